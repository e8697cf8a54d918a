"""Thin task shells with stable names: payload or ids in, one pipeline call, retry on
RetryableError only. Any producer can ``send_task`` them by name without importing newsworker:

- ``newsworker.ingest_article(payload)``: one raw article (schemas/submission.schema.json);
- ``newsworker.ingest_articles(payloads)``: a batch of them, stored in one transaction;
- ``newsworker.ingest_submissions(ids)``: submissions recorded in the database first
  (what ``newsworker submit`` sends: ids are safe to show in Flower, bodies are not).

The tasks are shared: every app :func:`worker.app.make_celery` builds has them, and each
reaches its process's parts through ``runtime_of(self.app).deps``.
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import Callable, Sequence
from datetime import timedelta
from typing import Any

import structlog
from celery import Task, shared_task, signals

from worker.app import runtime_of
from worker.db.models import utcnow
from worker.db.session import transaction
from worker.db.submissions import received_payloads, stale_submissions
from worker.deps import Deps
from worker.errors import RetryableError, StorageUnavailable, TransientFetchError
from worker.pipeline import Item, ItemResult, ingest
from worker.services.dead_letters import keep_failed_task, replay_spool
from worker.services.events import publish_now
from worker.services.submissions import enqueue_submissions

__all__ = [
    "BatchedIngest",
    "dispatch_feeds",
    "fetch_feed",
    "ingest_article",
    "ingest_articles",
    "ingest_submissions",
    "ingest_url",
    "publish_events",
    "sweep_submissions",
]

log = structlog.get_logger(__name__)
WORKER_LOST_RETRY_DELAY = 5  # seconds; a short ETA, far below the visibility timeout
INGEST_SUBMISSIONS = "newsworker.ingest_submissions"


class PipelineTask(Task[Any, Any]):
    """Retries transient failures with backoff and jitter; dead-letters what still fails.

    ``max_retries`` and ``retry_backoff_max`` come from the settings (task annotations set
    by the composition root).
    """

    autoretry_for = (RetryableError,)
    retry_backoff = True
    retry_jitter = True
    acks_late = True
    # Delay before a task whose pool process died runs again (retry_on_worker_lost).
    default_retry_delay = WORKER_LOST_RETRY_DELAY


def _deps(task: Task[Any, Any]) -> Deps:
    return runtime_of(task.app).deps


def _outage_delay(retries: int, cap: int) -> float:
    """Capped exponential backoff with equal jitter, for as long as the database is down."""
    step = float(min(cap, 2 ** min(retries, 16)))
    return step / 2 + random.uniform(0, step / 2)  # noqa: S311  (jitter, not a secret)


def _until_stored(task: Task[Any, Any], work: Callable[[], dict[str, int]]) -> dict[str, int]:
    """Run ``work``; while the database is down, wait for it instead of failing.

    A storage outage is not the message's fault: counting it against ``max_retries`` lost
    every article that arrived during an outage longer than the retry budget. So the task
    holds its message (unacknowledged) and tries again with capped, jittered backoff: the
    process takes no new message meanwhile, which is the circuit breaker, and resumes by
    itself when the database answers. Near the soft time limit it hands over to a retry
    with no limit, published before the delivery in hand is acknowledged.
    """
    settings = _deps(task).settings
    cap = settings.retry_backoff_max
    deadline = time.monotonic() + max(0.0, settings.task_soft_time_limit - 30.0)
    attempt = 0
    while True:
        try:
            return work()
        except StorageUnavailable as e:
            delay = _outage_delay(attempt, cap)
            attempt += 1
            if time.monotonic() + delay < deadline:
                log.warning("database unavailable; waiting", error=str(e), seconds=round(delay, 1))
                time.sleep(delay)
                continue
            log.warning("database still unavailable; retrying later", error=str(e))
            # retry(max_retries=None) means "the default limit"; no limit is max_retries = None.
            limit, task.max_retries = task.max_retries, None
            try:
                raise task.retry(exc=e, countdown=delay) from e
            finally:
                task.max_retries = limit
        except TransientFetchError as e:
            if not e.retry_after:
                raise  # autoretry: the usual backoff
            # The server said when to come back: wait that long (capped), not the backoff.
            wait = min(float(e.retry_after), float(cap))
            log.info("page asked to wait; retrying then", url=e.url, countdown=round(wait, 1))
            raise task.retry(exc=e, countdown=wait) from e


@signals.task_failure.connect
def _dead_letter_failed_task(
    sender: Task[Any, Any] | None = None,
    task_id: str | None = None,
    exception: BaseException | None = None,
    args: Any = None,
    kwargs: Any = None,
    **_: Any,
) -> None:
    """Retries exhausted, a process lost too often, or a bug: keep the task's input.

    A signal rather than ``Task.on_failure``: when the pool process dies (a poison message,
    the OOM killer) only the signal runs, in the parent process.
    """
    if not isinstance(sender, PipelineTask):
        return
    payload = json.dumps(
        {"task": sender.name, "args": args, "kwargs": kwargs}, ensure_ascii=True, default=repr
    )
    submission_ids = None
    if sender.name == INGEST_SUBMISSIONS and args and isinstance(args[0], list):
        submission_ids = [str(s) for s in args[0]]
    keep_failed_task(
        runtime_of(sender.app).settings,
        payload=payload,
        task_name=sender.name,
        task_id=task_id,
        exception=exception,
        submission_ids=submission_ids,
    )


def _ingest(deps: Deps, items: Sequence[Item], task_name: str, task_id: Any) -> list[ItemResult]:
    settings = deps.settings
    results = ingest(
        items,
        sessions=deps.sessions,
        taxonomy=deps.taxonomy,
        max_bytes=settings.max_article_bytes,
        task_name=task_name,
        task_id=task_id,
        fetch_page=deps.fetch_page,
        cluster_threshold=settings.cluster_threshold,
    )
    if events := [r.event for r in results if r.event is not None]:
        publish_now(deps, events)  # once per batch, after its commit
    return results


def _run(task: Task[Any, Any], items: Sequence[Item]) -> dict[str, int]:
    return _summary(_ingest(_deps(task), items, task.name, task.request.id))


def _summary(results: Sequence[ItemResult]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for r in results:
        counts[r.status] = counts.get(r.status, 0) + 1
    log.info("ingested", **counts)
    return counts


@shared_task(base=PipelineTask, bind=True, name="newsworker.ingest_url")
def ingest_url(self: Task[Any, Any], url: Any) -> dict[str, int]:
    """Fetch an article page, extract its text and metadata, and ingest it."""
    payload = url if isinstance(url, dict) else {"url": url}
    return _until_stored(self, lambda: _run(self, [Item(payload)]))


class BatchedIngest(PipelineTask):
    """``ingest_article``: one message per article, consumed by the worker in batches.

    The worker's main process holds up to ``batch_size`` messages for up to ``batch_wait``
    seconds and hands them to a pool process as one batch: one transaction, one publish of
    the outbox (worker.batching). A message is acknowledged only after its batch commits;
    whenever a batch cannot finish (the database is down, a bug, its process died), each of
    its messages runs alone through Celery's own path, with its retries and dead letters.
    """

    batch_size = 50
    batch_wait = 0.05  # seconds

    Strategy = "worker.batching:strategy"

    def run_batch(self, batch_id: str, payloads: Sequence[tuple[str, Any]]) -> Any:
        """In a pool process: ingest a batch of ``(message id, payload)`` in one transaction.

        Returns the counts, or None when the batch could not be stored (its messages then run
        alone). Celery's task signals are sent per message, as if each had run alone.
        """
        items = [Item(payload, task_id=mid) for mid, payload in payloads]
        for mid, payload in payloads:
            signals.task_prerun.send(sender=self, task_id=mid, task=self, args=[payload], kwargs={})
        try:
            results = _ingest(_deps(self), items, self.name, batch_id)
        except Exception as e:  # the messages run alone: each meets its own retry or dead letter
            log.warning("batch not stored; its messages run one by one", error=str(e))
            return None
        counts = _summary(results)
        for mid, payload in payloads:
            signals.task_success.send(sender=self, result=counts)
            signals.task_postrun.send(
                sender=self, task_id=mid, task=self, args=[payload], kwargs={}, retval=counts,
                state="SUCCESS",
            )  # fmt: skip
        return counts


@shared_task(base=BatchedIngest, bind=True, name="newsworker.ingest_article")
def ingest_article(self: Task[Any, Any], payload: Any) -> dict[str, int]:
    """Ingest one raw article submission (alone: when it is not part of a batch)."""
    return _until_stored(self, lambda: _run(self, [Item(payload)]))


@shared_task(base=PipelineTask, bind=True, name="newsworker.ingest_articles")
def ingest_articles(self: Task[Any, Any], payloads: Any) -> dict[str, int]:
    """Ingest a batch of raw article submissions in one transaction."""
    if not isinstance(payloads, list):
        payloads = [payloads]  # a lone payload: the pipeline says what is wrong with it
    return _until_stored(self, lambda: _run(self, [Item(p) for p in payloads]))


@shared_task(base=PipelineTask, bind=True, name=INGEST_SUBMISSIONS)
def ingest_submissions(self: Task[Any, Any], submission_ids: list[str]) -> dict[str, int]:
    """Ingest submissions recorded by ``newsworker submit``; done ones are skipped."""

    def work() -> dict[str, int]:
        with transaction(_deps(self).sessions) as session:
            rows = received_payloads(session, submission_ids)
        if len(rows) < len(submission_ids):
            skipped = len(submission_ids) - len(rows)
            log.info("submissions already handled or unknown", skipped=skipped)
        if not rows:
            return {}
        return _run(self, [Item(payload, sid) for sid, payload in rows])

    return _until_stored(self, work)


@shared_task(bind=True, name="newsworker.publish_events", ignore_result=True)
def publish_events(self: Task[Any, Any]) -> int:
    """Publish unpublished outbox events to the stream (beat runs it every few seconds)."""
    return publish_now(_deps(self))


@shared_task(bind=True, name="newsworker.sweep_submissions", ignore_result=True)
def sweep_submissions(self: Task[Any, Any]) -> int:
    """Send again submissions whose message was lost (broker restart, killed worker)."""
    deps = _deps(self)
    now = utcnow()
    with transaction(deps.sessions) as session:
        ids = stale_submissions(session, now - timedelta(seconds=deps.settings.resend_after), now)
    if ids:
        enqueue_submissions(deps.send, ids, deps.settings.batch_size)
        log.warning("re-sent waiting submissions", count=len(ids))
    moved = replay_spool(deps.settings)  # dead letters kept on disk while the DB was down
    if moved:
        log.warning("spooled dead letters moved into the database", count=moved)
    return len(ids)


@shared_task(bind=True, name="newsworker.dispatch_feeds", ignore_result=True)
def dispatch_feeds(self: Task[Any, Any]) -> int:
    """Enqueue a poll of every feed that is due (beat runs this every minute)."""
    from worker.db.feeds import claim_due, dispatch_limit
    from worker.pipeline.poll import lease

    deps = _deps(self)
    with transaction(deps.sessions) as session:
        now = utcnow()
        interval = deps.settings.dispatch_interval
        limit = dispatch_limit(session, now, interval=interval, lease=lease())
        ids = claim_due(session, now, lease(), limit=limit)
    for feed_id in ids:
        deps.send("newsworker.fetch_feed", [feed_id])
    if ids:
        log.info("feeds dispatched", count=len(ids))
    return len(ids)


@shared_task(name="newsworker.fetch_feed", bind=True, acks_late=True, ignore_result=True)
def fetch_feed(self: Task[Any, Any], feed_id: int) -> str:
    """Poll one feed; failures are rescheduled in the database, never retried on the broker."""
    from worker.pipeline.poll import poll_feed

    deps = _deps(self)
    settings = deps.settings
    structlog.contextvars.bind_contextvars(feed_id=feed_id)
    outcome = poll_feed(
        int(feed_id),
        sessions=deps.sessions,
        taxonomy=deps.taxonomy,
        policy=deps.policy,
        max_bytes=settings.max_article_bytes,
        throttle=deps.throttle,
        cluster_threshold=settings.cluster_threshold,
        timezones=settings.timezones,
        send=deps.send,
    )
    log.info("feed polled", outcome=outcome.outcome, new=outcome.new, updated=outcome.updated)
    return outcome.outcome
