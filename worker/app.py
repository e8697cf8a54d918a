"""The composition root: :func:`make_celery` builds the Celery app from one Settings.

Delivery is at least once: late acks, redelivery when a worker process dies (bounded by
``max_retries`` so a poison message cannot loop forever), one message reserved per process,
and a Redis visibility timeout above the longest a task may legitimately stay unacked.
Every task is idempotent (keyed upserts), so a second delivery changes nothing.

The app carries a :class:`worker.deps.Runtime` (``runtime_of(app)``): the settings, and per
process the parts built from them (sessions, taxonomy, Redis, fetch policy and throttle).
Nothing here reads settings or builds a client at import; the settings never enter the app's
configuration (``celery inspect conf`` and Flower show that), so no password does either.

Queues: ingest work on ``<queue>``, fetches (feeds, article pages) on ``<queue>.fetch``,
periodic work (publish events, dispatch feeds, sweep submissions) on ``<queue>.periodic``,
so a backlog of one never delays the others. ``newsworker worker`` consumes all three unless
told otherwise (``--queues``).
"""

from __future__ import annotations

import gc
from typing import Any

import structlog
from celery import Celery, current_app, signals

from worker.broker import raw_text, sentinel_failover, set_quarantine
from worker.config import Settings
from worker.deps import Runtime
from worker.errors import ConfigError
from worker.logging import configure_logging

__all__ = ["make_celery", "queue_names", "runtime_of", "unacked_keys"]

#: Tasks whose failures are retried with backoff (annotated with the settings' limits).
RETRIED_TASKS = frozenset(
    {
        "newsworker.ingest_article",
        "newsworker.ingest_articles",
        "newsworker.ingest_submissions",
        "newsworker.ingest_url",
    }
)
#: Tasks of one message per article that the worker consumes in batches.
BATCHED_TASKS = frozenset({"newsworker.ingest_article"})
FETCH_TASKS = ("newsworker.fetch_feed", "newsworker.ingest_url")
PERIODIC_TASKS = (
    "newsworker.publish_events",
    "newsworker.dispatch_feeds",
    "newsworker.sweep_submissions",
)


def queue_names(settings: Settings) -> tuple[str, str, str]:
    """``(ingest, fetch, periodic)`` queue names."""
    return settings.queue, f"{settings.queue}.fetch", f"{settings.queue}.periodic"


def unacked_keys(settings: Settings) -> dict[str, str]:
    """The Redis keys of the deployment's unacknowledged messages, named after its queue."""
    return {
        "unacked_key": f"{settings.queue}:unacked",
        "unacked_index_key": f"{settings.queue}:unacked_index",
        "unacked_mutex_key": f"{settings.queue}:unacked_mutex",
    }


def _transport_options(settings: Settings) -> dict[str, Any]:
    if settings.broker_url.startswith("filesystem"):
        folder = settings.broker_folder
        for sub in ("queue", "control"):
            (folder / sub).mkdir(parents=True, exist_ok=True)
        return {
            "data_folder_in": str(folder / "queue"),
            "data_folder_out": str(folder / "queue"),
            "control_folder": str(folder / "control"),
        }
    options: dict[str, Any] = {
        "visibility_timeout": settings.visibility_timeout,
        # Sweep for messages of lost workers every restore_interval seconds, every time
        # (kombu scans only every 10th call by default: up to 100 s late).
        "unacked_restore_interval": settings.restore_interval,
        "unacked_restore_throttle": 1,
        # A worker killed during a sweep holds its lock until this expires (default 300 s).
        "unacked_mutex_expire": 60,
        # The record of unacknowledged messages is the deployment's own (kombu's are one
        # "unacked" hash per Redis database): a sweep restores only this queue's messages,
        # by this deployment's visibility timeout. Shared, an app with a shorter timeout on
        # the same database delivered a message again while a worker here still held it.
        **unacked_keys(settings),
        "socket_timeout": 30,
        "socket_connect_timeout": 5,
        "socket_keepalive": True,
        "health_check_interval": 25,
        "max_retries": 3,  # publish retries of a producer
        # One message per article comes in bulk: each BRPOP that returns one from the
        # ingest queue is followed by one pop of as many more as the prefetch count allows
        # (worker/broker.py). Feed fetches and periodic tasks keep one message at a time.
        "bulk_queues": [settings.queue],
    }
    if settings.broker_url.startswith("sentinel://"):
        # The sentinels answer at once or not at all: short timeouts, so a dead sentinel
        # costs a moment before the next one is asked.
        options["master_name"] = settings.sentinel_master
        options["sentinel_kwargs"] = {"socket_timeout": 5, "socket_connect_timeout": 2}
    return options


def _transport(broker_url: str) -> str | None:
    """The guarded transports for redis://, sentinel:// and filesystem://; kombu's own
    otherwise (memory://)."""
    if broker_url.startswith("filesystem"):
        return "worker.fsbroker:Transport"
    if broker_url.startswith(("redis://", "rediss://")):
        return "worker.broker:Transport"
    if broker_url.startswith("sentinel://"):
        return "worker.broker:SentinelTransport"
    return None


class _Annotations:
    """Task attributes from the settings (Celery's task annotations): every task gets the
    request class with safe argument reprs and metrics; retried tasks get the retry limits."""

    def __init__(self, settings: Settings) -> None:
        self._retry = {
            "max_retries": settings.max_retries,
            "retry_backoff_max": settings.retry_backoff_max,
        }
        # One message per article is consumed in batches of this size (worker.batching).
        self._batch = {"batch_size": settings.batch_size}

    def annotate(self, task: Any) -> dict[str, Any]:
        attrs: dict[str, Any] = {"Request": "worker.metrics:SafeRequest"}
        if task.name in RETRIED_TASKS:
            attrs.update(self._retry)
        if task.name in BATCHED_TASKS:
            attrs.update(self._batch)
        return attrs


def _routes(settings: Settings) -> dict[str, dict[str, str]]:
    _, fetch, periodic = queue_names(settings)
    routes = {name: {"queue": fetch} for name in FETCH_TASKS}
    routes.update({name: {"queue": periodic} for name in PERIODIC_TASKS})
    return routes


def _beat_schedule(settings: Settings) -> dict[str, Any]:
    # Beat enqueues short periodic work; anything that must wait longer is a date in the
    # database, never a long countdown on the broker.
    return {
        "publish-events": {
            "task": "newsworker.publish_events",
            "schedule": 5.0,
            "options": {"expires": 30},
        },
        "dispatch-feeds": {
            "task": "newsworker.dispatch_feeds",
            "schedule": settings.dispatch_interval,
            "options": {"expires": 2 * settings.dispatch_interval},
        },
        "sweep-submissions": {
            "task": "newsworker.sweep_submissions",
            "schedule": 60.0,
            "options": {"expires": 120},
        },
    }


def make_celery(settings: Settings) -> Celery:
    """A Celery app configured from ``settings``, with its :class:`Runtime` attached."""
    app = Celery("newsworker", broker=settings.broker_url, include=["worker.tasks"])
    app.conf.update(
        broker_transport=_transport(settings.broker_url),
        broker_failover_strategy=(
            sentinel_failover if settings.broker_url.startswith("sentinel://") else None
        ),
        broker_transport_options=_transport_options(settings),
        broker_connection_retry_on_startup=True,
        broker_connection_max_retries=None,
        broker_channel_error_retry=True,
        # JSON only: pickle on a broker is remote code execution.
        task_serializer="json",
        result_serializer="json",
        event_serializer="json",
        accept_content=["json"],
        result_accept_content=["json"],
        task_ignore_result=True,
        result_backend=None,
        task_default_queue=settings.queue,
        task_routes=_routes(settings),
        task_annotations=[_Annotations(settings)],
        # At least once: ack after the work; redeliver when a worker process dies, boundedly.
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        task_retry_on_worker_lost=True,
        task_acks_on_failure_or_timeout=True,
        worker_prefetch_multiplier=1,
        task_soft_time_limit=settings.task_soft_time_limit,
        task_time_limit=settings.task_time_limit,
        worker_max_tasks_per_child=1000,
        worker_max_memory_per_child=512_000,  # KiB
        worker_cancel_long_running_tasks_on_connection_loss=True,
        worker_soft_shutdown_timeout=30,
        # Flower needs task events: the worker's (received, started, succeeded, failed).
        # Producers send no ``task-sent`` event: it was a second publish per message, a
        # third of what sending one article cost, for a state Flower shows at receipt anyway.
        worker_send_task_events=True,
        task_send_sent_event=False,
        worker_enable_remote_control=True,
        worker_hijack_root_logger=False,
        timezone="UTC",
        enable_utc=True,
        beat_schedule=_beat_schedule(settings),
    )
    app.newsworker = Runtime(settings, send=_sender(app))  # type: ignore[attr-defined]
    return app


def _sender(app: Celery) -> Any:
    def send(name: str, args: list[Any], **options: Any) -> Any:
        return app.send_task(name, args=args, **options)

    return send


def runtime_of(app: Any) -> Runtime:
    """The runtime :func:`make_celery` attached to ``app``."""
    runtime = getattr(app, "newsworker", None)
    if not isinstance(runtime, Runtime):
        raise ConfigError("app: this Celery app was not built by worker.app.make_celery")
    return runtime


# --- process life cycle (signals fire in worker processes only) ---------------------------


@signals.worker_init.connect
def _check_config(sender: Any = None, **_: Any) -> None:
    # A broken taxonomy stops the worker at start-up, not on the first article.
    runtime = runtime_of(getattr(sender, "app", None) or current_app)
    from worker.taxonomy import load_taxonomy

    load_taxonomy(runtime.settings.taxonomy)
    set_quarantine(_quarantine_for(runtime))
    # Load the language model here, before the pool forks: every pool process (and each
    # one that replaces a recycled process) shares it instead of loading it again, which
    # took seconds of CPU and 85 MB per process on its first article.
    from worker.pipeline.langid import detect_language

    detect_language("Warm up the language model.")
    from worker.taxonomy.fold import load_tables

    load_tables()  # the same for the fold's per-character tables
    # What is loaded now lives as long as the process: out of the collector's reach, its
    # pages are not written by a pool process's collections, so they stay shared.
    gc.collect()
    gc.freeze()


def _quarantine_for(runtime: Runtime) -> Any:
    def quarantine(raw: bytes, queue: str, error: BaseException) -> None:
        from worker.services.dead_letters import keep_undecodable

        keep_undecodable(runtime.settings, raw_text(raw), queue, error)

    return quarantine


@signals.worker_process_init.connect
def _after_fork(**_: Any) -> None:
    # Connections inherited through fork are shared with the parent: never reuse them.
    runtime_of(current_app).after_fork()


@signals.setup_logging.connect
def _setup_logging(**_: Any) -> None:
    settings = runtime_of(current_app).settings
    configure_logging(settings.log_format, settings.log_level)


@signals.worker_ready.connect
def _start_metrics(sender: Any = None, **_: Any) -> None:
    runtime = runtime_of(getattr(sender, "app", None) or current_app)
    from worker.metrics import start_server

    start_server(runtime.settings, getattr(sender, "hostname", None))


@signals.worker_shutdown.connect
def _stop_metrics(**_: Any) -> None:
    from worker.metrics import stop_server

    stop_server()


@signals.task_prerun.connect
def _bind_task(task_id: str | None = None, task: Any = None, **_: Any) -> None:
    structlog.contextvars.bind_contextvars(task_id=task_id, task_name=getattr(task, "name", None))


@signals.task_postrun.connect
def _clear_task(**_: Any) -> None:
    structlog.contextvars.clear_contextvars()
