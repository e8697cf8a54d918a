"""Batch consumption of one-message-per-article tasks (``newsworker.ingest_article``).

Outside producers send one message per article. Run one task each, an article costs a
Celery task (the main process decodes it, builds a request, sends three task events) and a
transaction of its own; that capped the worker far below its batched speed. So the
worker's main process holds such messages, up to ``size`` of them or for ``wait``
seconds, and hands them to a pool process as one job: one transaction, one publish of the
outbox. The messages themselves are not decoded here: the pool process does that.

The delivery guarantees are those of a task each:

- **Ack after commit.** A held message stays unacknowledged until its batch has
  committed, then the batch is acknowledged in one Redis round trip; a worker that dies
  meanwhile leaves it on the broker (Redis restores it after the visibility timeout, a warm
  shutdown at once), and the keyed upserts make the second delivery a no-op.
- **A batch that cannot finish runs one by one.** The database is down, a bug, or the pool
  process died (SIGKILL, the OOM killer, a time limit): each message of the batch is then
  handed to Celery's own strategy and runs alone, with its retries, its bounded retries on
  worker loss and its dead letter. A process that died counts as one attempt of each
  message (its ``retries`` header goes up by one), so a poison payload is tried as many
  times as on its own and dead-lettered alone, and its neighbours are stored.
- **Whatever Celery must see runs alone too:** a message with an ETA or a countdown, a
  retry, one that is not protocol 2 JSON, and a batch of one (so the message keeps its own
  task events, argument repr and metrics).

Prefetch: the worker reserves one message per process (``worker_prefetch_multiplier=1``).
Each held message raises the prefetch count by one (as Celery does for ETA tasks), up to
``size`` times one more than the pool's processes; the count comes back down when the
message is acknowledged or handed on. While a batch fills, the count is raised by ``size``
more: room for the rest of the batch, which the broker channel then fetches in one round
trip (worker/broker.py, ``bulk_queues``); that room is given back when the batch is handed
to the pool.

Flower sees one ``task-received`` and one ``task-succeeded`` event per batch, named after
the task, with ``<n messages>`` as its arguments; metrics count each message.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from celery import current_app
from celery.worker.strategy import default as default_strategy
from kombu.serialization import loads
from kombu.utils.uuid import uuid

from worker.broker import ack_together
from worker.metrics import TASK_SECONDS, TASKS

__all__ = ["Batcher", "run_in_pool", "strategy"]

log = logging.getLogger(__name__)
_JSON = "application/json"


def strategy(task: Any, app: Any, consumer: Any, **_: Any) -> Batcher:
    """Celery's ``Task.Strategy`` hook: the task's batch size and wait are its attributes."""
    return Batcher(task, app, consumer, size=task.batch_size, wait=task.batch_wait)


@dataclass(slots=True)
class _Held:
    message: Any
    ack: Any
    reject: Any
    callbacks: Any
    raised: bool  # whether holding it raised the prefetch count


class Batcher:
    """The task's strategy in the worker's main process: hold, then flush as one pool job."""

    def __init__(self, task: Any, app: Any, consumer: Any, *, size: int, wait: float) -> None:
        self.task = task
        self.app = app
        self.consumer = consumer
        self.size = max(1, size)
        self.wait = wait
        self.alone: Callable[..., Any] = default_strategy(task, app, consumer)
        self.held: list[_Held] = []
        self.raised = 0
        self.limit = self.size * (1 + max(1, int(getattr(consumer.pool, "limit", 1) or 1)))
        self._room = False  # whether the prefetch count holds room for the batch filling
        self._timer: Any = None
        eventer = consumer.event_dispatcher
        self._events = eventer if eventer is not None and eventer.enabled else None

    # --- receiving ---------------------------------------------------------------------

    def __call__(
        self, message: Any, body: Any, ack: Any, reject: Any, callbacks: Any, **kw: Any
    ) -> None:
        headers = message.headers
        if (
            self.size == 1
            or body is not None
            or not isinstance(headers, dict)
            or headers.get("eta")
            or headers.get("retries")
            or message.content_type != _JSON
        ):
            self.alone(message, body, ack, reject, callbacks, **kw)
            return
        raised = self.raised < self.limit
        if raised:
            self.raised += 1
            self.consumer.qos.increment_eventually()
        self.held.append(_Held(message, ack, reject, callbacks, raised))
        if not self._room and self.size > 1:
            self._room = True
            self.consumer.qos.increment_eventually(self.size)
        if len(self.held) >= self.size:
            self.flush()
        elif self._timer is None:
            self._timer = self.consumer.timer.call_after(self.wait, self.flush)

    def _release(self, held: list[_Held]) -> None:
        n = sum(h.raised for h in held)
        if n:
            self.raised -= n
            self.consumer.qos.decrement_eventually(n)

    # --- flushing ----------------------------------------------------------------------

    def flush(self) -> None:
        """Hand what is held to the pool: alone if it is one message, else as a batch."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if self._room:
            self._room = False
            self.consumer.qos.decrement_eventually(self.size)
        held, self.held = self.held, []
        if not held:
            return
        if len(held) == 1:
            self._one_by_one(held)
            return
        batch_id = uuid()
        jobs = [
            (h.message.headers.get("id"), h.message.body, h.message.content_encoding) for h in held
        ]
        started = time.monotonic()
        self._send("task-received", batch_id, args=f"(<{len(held)} messages>,)", kwargs="{}")
        conf = self.app.conf
        self.consumer.pool.apply_async(
            run_in_pool,
            (self.task.name, batch_id, jobs),
            callback=lambda counts: self._done(held, batch_id, started, counts),
            error_callback=lambda error: self._lost(held, batch_id, error),
            soft_timeout=conf.task_soft_time_limit,
            timeout=conf.task_time_limit,
        )

    def _done(self, held: list[_Held], batch_id: str, started: float, counts: Any) -> None:
        if counts is None:  # not stored: each message runs alone, retries unchanged
            self._one_by_one(held)
            return
        runtime = time.monotonic() - started
        errors = self.consumer.connection_errors
        try:
            together = ack_together([h.message for h in held])
        except errors as exc:  # as Celery's own ack: logged; Redis restores them later
            log.critical("Couldn't ack a batch of %d: %r", len(held), exc, exc_info=True)
            together = True
        if not together:
            for h in held:
                h.ack(log, errors)
        self._release(held)
        TASKS.labels(self.task.name, "succeeded").inc(len(held))
        TASK_SECONDS.labels(self.task.name, "succeeded").observe(runtime)
        self._send("task-succeeded", batch_id, result=repr(counts), runtime=runtime)
        log.info(
            "Batch of %d %s[%s] succeeded in %.3fs: %r",
            len(held),
            self.task.name,
            batch_id,
            runtime,
            counts,
        )

    def _lost(self, held: list[_Held], batch_id: str, error: Any) -> None:
        # The pool process died or overran its time limit: one attempt of each message.
        exc = getattr(error, "exception", error)
        log.warning(
            "Batch %s of %d lost (%s: %s); its messages run one by one",
            batch_id,
            len(held),
            type(exc).__name__,
            exc,
        )
        self._send("task-failed", batch_id, exception=repr(exc), traceback="")
        for h in held:
            h.message.headers["retries"] = int(h.message.headers.get("retries") or 0) + 1
        self._one_by_one(held)

    def _one_by_one(self, held: list[_Held]) -> None:
        self._release(held)
        for h in held:
            try:
                self.alone(h.message, None, h.ack, h.reject, h.callbacks)
            except Exception:  # one message must not cost the others
                log.exception("message %s could not be handed on", h.message.headers.get("id"))

    def _send(self, kind: str, batch_id: str, **fields: Any) -> None:
        if self._events is not None:
            self._events.send(kind, uuid=batch_id, name=self.task.name, **fields)


def run_in_pool(task_name: str, batch_id: str, jobs: list[tuple[str, Any, str]]) -> Any:
    """In a pool process: decode each message, then ingest the batch.

    A message that does not decode to one positional argument is left for its own run
    (where Celery says what is wrong with it): the batch ingests the others.
    """
    task: Any = current_app.tasks[task_name]
    payloads: list[tuple[str, Any]] = []
    for mid, body, encoding in jobs:
        try:
            args, kwargs, _embed = loads(body, _JSON, encoding, accept={_JSON})
            (payload,) = args if not kwargs else (kwargs["payload"],)
        except Exception:  # odd shape: run alone, and let Celery report it
            return None
        payloads.append((mid, payload))
    return task.run_batch(batch_id, payloads)
