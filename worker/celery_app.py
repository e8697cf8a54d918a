"""The Celery app: broker, delivery guarantees, limits, queues and per-task log context.

Delivery is at least once: late acks, redelivery when a worker process dies (bounded by
``max_retries`` so a poison message cannot loop forever), one message reserved per process,
and a Redis visibility timeout above the longest a task may legitimately stay unacked.
Every task is idempotent (keyed upserts), so a second delivery changes nothing.

``celery -A worker.celery_app worker`` and ``newsworker worker`` start a worker on it.
"""

from __future__ import annotations

from typing import Any

import structlog
from celery import Celery, signals

from worker.config import Settings, get_settings
from worker.db.session import dispose_engines
from worker.logging import configure_logging

__all__ = ["app", "enqueue_submissions", "make_celery"]


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
    return {
        "visibility_timeout": settings.visibility_timeout,
        "socket_timeout": 30,
        "socket_connect_timeout": 5,
        "socket_keepalive": True,
        "health_check_interval": 25,
        "max_retries": 3,  # publish retries of a producer
    }


def make_celery(settings: Settings) -> Celery:
    """A Celery app configured from ``settings``."""
    app = Celery("newsworker", broker=settings.broker_url, include=["worker.tasks"])
    app.conf.update(
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
        # Flower needs task events.
        worker_send_task_events=True,
        task_send_sent_event=True,
        worker_enable_remote_control=True,
        worker_hijack_root_logger=False,
        timezone="UTC",
        enable_utc=True,
        # Beat enqueues short periodic work; anything that must wait longer is a date in the
        # database, never a long countdown on the broker.
        beat_schedule={
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
        },
    )
    app.conf.newsworker_settings = settings
    return app


app = make_celery(get_settings())


@signals.worker_init.connect
def _check_config(**_: Any) -> None:
    # A broken taxonomy stops the worker at start-up, not on the first article.
    from worker.taxonomy import load_taxonomy

    load_taxonomy(app.conf.newsworker_settings.taxonomy)


@signals.worker_process_init.connect
def _after_fork(**_: Any) -> None:
    # Connections inherited through fork are shared with the parent: never reuse them.
    dispose_engines()


@signals.setup_logging.connect
def _setup_logging(**_: Any) -> None:
    settings: Settings = app.conf.newsworker_settings
    configure_logging(settings.log_format, settings.log_level)


@signals.task_prerun.connect
def _bind_task(task_id: str | None = None, task: Any = None, **_: Any) -> None:
    structlog.contextvars.bind_contextvars(task_id=task_id, task_name=getattr(task, "name", None))


@signals.task_postrun.connect
def _clear_task(**_: Any) -> None:
    structlog.contextvars.clear_contextvars()


def enqueue_submissions(
    submission_ids: list[str], batch_size: int, celery: Celery | None = None
) -> list[str]:
    """Send recorded submissions to the workers in batches; returns the task ids.

    Raises kombu's OperationalError when the broker cannot be reached: the submissions stay
    recorded as ``received`` and ``newsworker resend`` sends them again.
    """
    task_ids = []
    for start in range(0, len(submission_ids), batch_size):
        chunk = submission_ids[start : start + batch_size]
        result = (celery or app).send_task("newsworker.ingest_submissions", args=[chunk])
        task_ids.append(str(result.id))
    return task_ids


import worker.metrics  # noqa: E402, F401  (Prometheus metrics, safe task arguments for Flower)
