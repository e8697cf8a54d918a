"""Thin task shells with stable names: payload or ids in, one pipeline call, retry on
RetryableError only. Any producer can ``send_task`` them by name without importing newsworker:

- ``newsworker.ingest_article(payload)``: one raw article (schemas/submission.schema.json);
- ``newsworker.ingest_articles(payloads)``: a batch of them, stored in one transaction;
- ``newsworker.ingest_submissions(ids)``: submissions recorded in the database first
  (what ``newsworker submit`` sends: ids are safe to show in Flower, bodies are not).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path
from typing import Any

import structlog
from celery import Task, signals
from redis.exceptions import RedisError

from worker.celery_app import app, enqueue_submissions
from worker.config import Settings
from worker.db.session import get_sessionmaker
from worker.errors import RetryableError
from worker.events import publish_pending, redis_client
from worker.pipeline import Item, ItemResult, ingest
from worker.pipeline.store import (
    finish_submissions,
    received_payloads,
    record_dead_letter,
    stale_submissions,
    transaction,
    utcnow,
)
from worker.taxonomy import load_taxonomy

__all__ = [
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
_settings: Settings = app.conf.newsworker_settings
WORKER_LOST_RETRY_DELAY = 5  # seconds; a short ETA, far below the visibility timeout


class PipelineTask(Task[Any, Any]):
    """Retries transient failures with backoff and jitter; dead-letters what still fails."""

    autoretry_for = (RetryableError,)
    retry_backoff = True
    retry_backoff_max = _settings.retry_backoff_max
    retry_jitter = True
    max_retries = _settings.max_retries
    acks_late = True
    # Delay before a task whose pool process died runs again (retry_on_worker_lost).
    default_retry_delay = WORKER_LOST_RETRY_DELAY


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
    reason = getattr(exception, "reason", "task-failed")
    error = f"{type(exception).__name__}: {exception}"
    try:
        with transaction(_sessions()) as session:
            record_dead_letter(
                session,
                payload=payload,
                stage="task",
                reason=reason,
                error=error,
                task_name=sender.name,
                task_id=task_id,
            )
            if sender.name == ingest_submissions.name and args and isinstance(args[0], list):
                # The payloads stay in the submissions table; say why they stopped.
                finish_submissions(
                    session, [(str(s), "dead", None, error) for s in args[0]], utcnow()
                )
    except Exception:
        # The database itself is down: spool to disk so the input is still not lost.
        spool = Path(_settings.data_dir) / "dead-letter-spool"
        spool.mkdir(parents=True, exist_ok=True)
        (spool / f"{task_id or uuid.uuid4()}.json").write_text(payload, encoding="utf-8")
        log.exception("dead letter spooled to disk", task_id=task_id, folder=str(spool))


def _sessions() -> Any:
    return get_sessionmaker(_settings.sqlalchemy_url)


def _run(task: Task[Any, Any], items: Sequence[Item]) -> dict[str, int]:
    results = ingest(
        items,
        sessions=_sessions(),
        taxonomy=load_taxonomy(_settings.taxonomy),
        max_bytes=_settings.max_article_bytes,
        task_name=task.name,
        task_id=task.request.id,
        fetch_page=_page_fetcher(),
        cluster_threshold=_settings.cluster_threshold,
    )
    if any(r.status in ("created", "updated", "retagged") for r in results):
        _publish_now()
    return _summary(results)


def _publish_now() -> int:
    """Publish outbox events right after the commit; beat's run catches what this misses."""
    url = _settings.events_url
    if url is None:
        return 0
    try:
        return publish_pending(
            _sessions(),
            redis_client(url),
            stream=_settings.events_stream,
            maxlen=_settings.events_maxlen,
        )
    except (RedisError, RetryableError) as e:
        log.warning("events not published yet; the beat publisher will retry", error=str(e))
        return 0


def _summary(results: Sequence[ItemResult]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for r in results:
        counts[r.status] = counts.get(r.status, 0) + 1
    log.info("ingested", **counts)
    return counts


def _page_fetcher() -> Any:
    from functools import partial

    from worker.pipeline.fetch import FetchPolicy
    from worker.pipeline.page import fetch_page

    return partial(fetch_page, policy=FetchPolicy.from_settings(_settings), throttle=_throttle())


@app.task(base=PipelineTask, bind=True, name="newsworker.ingest_url")
def ingest_url(self: Task[Any, Any], url: Any) -> dict[str, int]:
    """Fetch an article page, extract its text and metadata, and ingest it."""
    payload = url if isinstance(url, dict) else {"url": url}
    return _run(self, [Item(payload)])


@app.task(base=PipelineTask, bind=True, name="newsworker.ingest_article")
def ingest_article(self: Task[Any, Any], payload: Any) -> dict[str, int]:
    """Ingest one raw article submission."""
    return _run(self, [Item(payload)])


@app.task(base=PipelineTask, bind=True, name="newsworker.ingest_articles")
def ingest_articles(self: Task[Any, Any], payloads: Any) -> dict[str, int]:
    """Ingest a batch of raw article submissions in one transaction."""
    if not isinstance(payloads, list):
        payloads = [payloads]  # a lone payload: the pipeline says what is wrong with it
    return _run(self, [Item(p) for p in payloads])


@app.task(base=PipelineTask, bind=True, name="newsworker.ingest_submissions")
def ingest_submissions(self: Task[Any, Any], submission_ids: list[str]) -> dict[str, int]:
    """Ingest submissions recorded by ``newsworker submit``; done ones are skipped."""
    with transaction(_sessions()) as session:
        rows = received_payloads(session, submission_ids)
    if len(rows) < len(submission_ids):
        log.info("submissions already handled or unknown", skipped=len(submission_ids) - len(rows))
    if not rows:
        return {}
    return _run(self, [Item(payload, sid) for sid, payload in rows])


@app.task(name="newsworker.publish_events", ignore_result=True)
def publish_events() -> int:
    """Publish unpublished outbox events to the stream (beat runs it every few seconds)."""
    return _publish_now()


@app.task(name="newsworker.sweep_submissions", ignore_result=True)
def sweep_submissions() -> int:
    """Send again submissions whose message was lost (broker restart, killed worker)."""
    now = utcnow()
    with transaction(_sessions()) as session:
        ids = stale_submissions(session, now - timedelta(seconds=_settings.resend_after), now)
    if ids:
        enqueue_submissions(ids, _settings.batch_size)
        log.warning("re-sent waiting submissions", count=len(ids))
    return len(ids)


@app.task(name="newsworker.dispatch_feeds", ignore_result=True)
def dispatch_feeds() -> int:
    """Enqueue a poll of every feed that is due (beat runs this every minute)."""
    from worker.db.feeds import claim_due, dispatch_limit
    from worker.pipeline.poll import lease

    with transaction(_sessions()) as session:
        now = utcnow()
        limit = dispatch_limit(session, now, interval=_settings.dispatch_interval, lease=lease())
        ids = claim_due(session, now, lease(), limit=limit)
    for feed_id in ids:
        app.send_task("newsworker.fetch_feed", args=[feed_id])
    if ids:
        log.info("feeds dispatched", count=len(ids))
    return len(ids)


@app.task(name="newsworker.fetch_feed", bind=True, acks_late=True, ignore_result=True)
def fetch_feed(self: Task[Any, Any], feed_id: int) -> str:
    """Poll one feed; failures are rescheduled in the database, never retried on the broker."""
    from worker.pipeline.fetch import FetchPolicy
    from worker.pipeline.poll import poll_feed

    structlog.contextvars.bind_contextvars(feed_id=feed_id)
    outcome = poll_feed(
        int(feed_id),
        sessions=_sessions(),
        taxonomy=load_taxonomy(_settings.taxonomy),
        policy=FetchPolicy.from_settings(_settings),
        max_bytes=_settings.max_article_bytes,
        throttle=_throttle(),
        cluster_threshold=_settings.cluster_threshold,
        timezones=_settings.timezones,
    )
    log.info("feed polled", outcome=outcome.outcome, new=outcome.new, updated=outcome.updated)
    return outcome.outcome


def _throttle() -> Any:
    """Per-host politeness shared by every worker through Redis (in-process without one)."""
    from worker.pipeline.fetch import HostThrottle

    url = _settings.events_url
    return HostThrottle(redis_client(url) if url else None, _settings.host_min_interval)
