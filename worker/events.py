"""Outbox -> Redis Stream: every stored change reaches consumers, at least once.

Changes are written to the ``outbox`` table in the same transaction as the change itself
(the store stage). :func:`publish_pending` sends the unpublished ones to the stream, oldest
first, and stamps them, all inside one database transaction: a crash between the XADD and the
commit publishes those events again, with the same ``event_id``, so consumers drop repeats.

A stream entry has the fields ``event_id``, ``type``, ``article_id`` and ``event`` (the whole
event as JSON, schemas/article-event.schema.json).
"""

from __future__ import annotations

import contextlib
import json
import time
import uuid
from datetime import datetime
from functools import lru_cache
from typing import Any
from urllib.parse import unquote, urlsplit

import redis
from redis.backoff import ExponentialWithJitterBackoff
from redis.retry import Retry
from redis.sentinel import Sentinel, SentinelConnectionPool
from sqlalchemy.orm import Session, sessionmaker

from worker import PIPELINE_VERSION
from worker.contracts import ArticleEvent, tagged_to_out
from worker.db.models import utcnow
from worker.db.outbox import mark_published, pending_events
from worker.db.session import transaction
from worker.types import StoreStatus, TaggedArticle

__all__ = ["outbox_row", "publish_pending", "redis_client", "sentinel_addresses"]

_EVENT_NAMESPACE = uuid.UUID("3b8f2c4e-9d1a-5e6f-8a7b-0c1d2e3f4a5b")


#: Through Sentinel, a command rides through a failover (the old primary refuses connections
#: until the sentinels agree on a new one) instead of failing at the first refusal: 20
#: retries with jittered backoff capped at 1 s, about 10 s in all.
_FAILOVER_RETRY = Retry(ExponentialWithJitterBackoff(base=0.1, cap=1.0), retries=20)
_SENTINEL_TIMEOUTS = {"socket_timeout": 5.0, "socket_connect_timeout": 2.0}


@lru_cache(maxsize=4)
def redis_client(url: str, sentinel_master: str = "") -> redis.Redis:
    """One client (and connection pool) per URL per process.

    ``redis://`` and ``rediss://`` name one server. ``sentinel://h1:26379;sentinel://h2:26379``
    names the sentinels (as Celery's broker URL does), and the client talks to whichever
    server they report as the primary of ``sentinel_master``, following it through failovers.
    A password, user and database number in the first sentinel URL are the primary's.
    """
    if url.startswith("sentinel://"):
        return _sentinel_client(url, sentinel_master)
    return redis.Redis.from_url(url, socket_connect_timeout=5, socket_timeout=30)


def sentinel_addresses(url: str) -> list[tuple[str, int]]:
    """The ``(host, port)`` of every sentinel a ``sentinel://...;sentinel://...`` URL names."""
    addresses = []
    for part in filter(None, (p.strip() for p in url.split(";"))):
        parsed = urlsplit(part)
        if parsed.scheme != "sentinel" or not parsed.hostname:
            raise ValueError(f"not a sentinel URL: {part.split('@')[-1]!r}")
        addresses.append((parsed.hostname, parsed.port or 26379))
    return addresses


class _PrimaryFollowingPool(SentinelConnectionPool):
    """A Sentinel pool that asks the sentinels where the primary is before lending a
    connection (at most once a second), not only when it opens one.

    redis-py's pool only looks again when a connection breaks. After a planned failover the
    old primary keeps taking writes until a sentinel demotes it (16 s measured), and
    connections kept open to it wrote there: events XADDed in that time were dropped with
    its data, yet stamped published. Asking before each use moves to the new primary as soon
    as the sentinels name it.
    """

    CHECK_EVERY = 1.0

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[no-untyped-call]
        self._checked = 0.0

    def get_connection(self, *args: Any, **kwargs: Any) -> Any:
        now = time.monotonic()
        if now - self._checked >= self.CHECK_EVERY:
            self._checked = now
            # Closes the idle connections when the primary moved. No sentinel answering is
            # no reason to fail here: the command itself will say so.
            with contextlib.suppress(redis.ConnectionError):
                self.get_master_address()  # type: ignore[no-untyped-call]
        return super().get_connection(*args, **kwargs)


def _sentinel_client(url: str, master: str) -> redis.Redis:
    if not master:
        raise ValueError("a sentinel:// URL needs the primary's name (NEWSWORKER_SENTINEL_MASTER)")
    first = urlsplit(url.split(";", 1)[0])
    db = first.path.strip("/")
    kwargs: dict[str, Any] = {
        "db": int(db) if db.isdigit() else 0,
        "socket_connect_timeout": 5,
        "socket_timeout": 30,
        "retry": _FAILOVER_RETRY,
    }
    if first.password:
        kwargs["password"] = unquote(first.password)
    if first.username:
        kwargs["username"] = unquote(first.username)
    # redis-py's sentinel module has no annotations.
    sentinels = Sentinel(  # type: ignore[no-untyped-call]
        sentinel_addresses(url), sentinel_kwargs=dict(_SENTINEL_TIMEOUTS)
    )
    client: redis.Redis = sentinels.master_for(  # type: ignore[no-untyped-call]
        master, connection_pool_class=_PrimaryFollowingPool, **kwargs
    )
    return client


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


def outbox_row(
    item: TaggedArticle,
    aid: str,
    status: StoreStatus,
    now: datetime,
    first_seen: datetime,
    cluster_id: str | None,
) -> dict[str, Any]:
    """The outbox row for one change; its id is the same whenever the same change recurs."""
    etype = f"article.{status}"
    change = "|".join(
        (aid, etype, item.article.content_hash, item.taxonomy_version, PIPELINE_VERSION)
    )
    event_id = str(uuid.uuid5(_EVENT_NAMESPACE, change))
    article = tagged_to_out(
        item, article_id=aid, first_seen_at=first_seen.isoformat(),
        updated_at=now.isoformat(), cluster_id=cluster_id,
    )  # fmt: skip
    event = ArticleEvent.model_validate(
        {"event_id": event_id, "type": etype, "occurred_at": now.isoformat(), "article": article}
    )
    return {
        "event_id": event_id,
        "type": etype,
        "article_id": aid,
        "occurred_at": now,
        "payload": event.model_dump(mode="json"),
        "published_at": None,
    }
