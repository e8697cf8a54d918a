"""Publishing outbox events from a worker process."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import structlog
from redis.exceptions import RedisError

from worker.deps import Deps
from worker.errors import RetryableError
from worker.events import publish_pending, publish_written

__all__ = ["publish_now"]

log = structlog.get_logger(__name__)


def publish_now(deps: Deps, written: Sequence[Mapping[str, Any]] | None = None) -> int:
    """Publish outbox events right after a commit; beat's run catches what this misses.

    ``written``: the outbox rows the commit wrote; only those are published, from the rows
    in hand. Without it, every unpublished event is (beat's run).
    """
    if deps.redis is None:
        return 0
    settings = deps.settings
    options: dict[str, Any] = {
        "stream": settings.events_stream,
        "maxlen": settings.events_maxlen,
        "full_article": settings.events_full_article,
        "min_replicas": settings.events_min_replicas,
    }
    try:
        if written is not None:
            return publish_written(deps.sessions, deps.redis, written, **options)
        return publish_pending(deps.sessions, deps.redis, **options)
    except (RedisError, RetryableError) as e:
        log.warning("events not published yet; the beat publisher will retry", error=str(e))
        return 0
