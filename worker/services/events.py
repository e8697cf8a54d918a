"""Publishing outbox events from a worker process."""

from __future__ import annotations

import structlog
from redis.exceptions import RedisError

from worker.deps import Deps
from worker.errors import RetryableError
from worker.events import publish_pending

__all__ = ["publish_now"]

log = structlog.get_logger(__name__)


def publish_now(deps: Deps) -> int:
    """Publish outbox events right after a commit; beat's run catches what this misses."""
    if deps.redis is None:
        return 0
    settings = deps.settings
    try:
        return publish_pending(
            deps.sessions,
            deps.redis,
            stream=settings.events_stream,
            maxlen=settings.events_maxlen,
            full_article=settings.events_full_article,
            min_replicas=settings.events_min_replicas,
        )
    except (RedisError, RetryableError) as e:
        log.warning("events not published yet; the beat publisher will retry", error=str(e))
        return 0
