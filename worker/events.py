"""Outbox -> Redis Stream: every stored change reaches consumers, at least once.

Changes are written to the ``outbox`` table in the same transaction as the change itself
(the store stage). :func:`publish_pending` sends the unpublished ones to the stream, oldest
first, and stamps them, all inside one database transaction: a crash between the XADD and the
commit publishes those events again, with the same ``event_id``, so consumers drop repeats.

A stream entry has the fields ``event_id``, ``type``, ``article_id`` and ``event`` (the whole
event as JSON, schemas/article-event.schema.json).
"""

from __future__ import annotations

import json
from functools import lru_cache

import redis
from sqlalchemy.orm import Session, sessionmaker

from worker.pipeline.store import mark_published, pending_events, transaction, utcnow

__all__ = ["publish_pending", "redis_client"]


@lru_cache(maxsize=4)
def redis_client(url: str) -> redis.Redis:
    """One client (and connection pool) per URL per process."""
    return redis.Redis.from_url(url, socket_connect_timeout=5, socket_timeout=30)


def publish_pending(
    sessions: sessionmaker[Session],
    client: redis.Redis,
    *,
    stream: str,
    maxlen: int,
    batch: int = 500,
) -> int:
    """Publish every unpublished outbox event; returns how many were published."""
    published = 0
    while True:
        with transaction(sessions) as session:
            events = pending_events(session, batch)
            if not events:
                return published
            pipe = client.pipeline(transaction=False)
            for e in events:
                fields = {
                    "event_id": e.event_id,
                    "type": e.type,
                    "article_id": e.article_id,
                    "event": json.dumps(e.payload, ensure_ascii=False),
                }
                pipe.xadd(stream, fields, maxlen=maxlen, approximate=True)  # type: ignore[arg-type]
            pipe.execute()
            mark_published(session, [e.event_id for e in events], utcnow())
        published += len(events)
        if len(events) < batch:
            return published
