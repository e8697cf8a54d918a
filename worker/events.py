"""Outbox -> Redis Stream: every stored change reaches consumers, at least once.

Changes are written to the ``outbox`` table in the same transaction as the change itself
(the store stage). :func:`publish_pending` sends the unpublished ones to the stream, oldest
first, and stamps them, all inside one database transaction: a crash between the XADD and the
commit publishes those events again, with the same ``event_id``, so consumers drop repeats.

A stream entry has the fields ``event_id``, ``type``, ``article_id`` and ``event`` (the event
as JSON, schemas/article-event.schema.json). The outbox keeps each event with the article as
it was stored; the stream gets it without the article unless ``full_article`` is set
(``NEWSWORKER_EVENTS_FULL_ARTICLE``): the ids, what changed and the tags take a few hundred
bytes where the whole article takes kilobytes, so the stream's memory is bounded by
``NEWSWORKER_EVENTS_MAXLEN`` alone (tests/integration/test_events_memory.py measures it).
"""

from __future__ import annotations

import contextlib
import json
import time
import uuid
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from functools import lru_cache
from typing import Any, NamedTuple
from urllib.parse import unquote, urlsplit

import redis
from redis.backoff import ExponentialWithJitterBackoff
from redis.retry import Retry
from redis.sentinel import Sentinel, SentinelConnectionPool
from sqlalchemy.orm import Session, sessionmaker

from worker import PIPELINE_VERSION
from worker.contracts import ArticleEvent, tagged_to_out
from worker.db.articles import TRACKED_FIELDS, Previous
from worker.db.models import utcnow
from worker.db.outbox import lock_unpublished, mark_published, pending_events
from worker.db.session import transaction
from worker.errors import EventsNotReplicated
from worker.types import StoreStatus, TaggedArticle

__all__ = [
    "changed_fields",
    "outbox_row",
    "publish_pending",
    "publish_written",
    "redis_client",
    "sentinel_addresses",
    "stream_event",
    "tags_changed",
]

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
    full_article: bool = False,
    min_replicas: int = 0,
) -> int:
    """Publish every unpublished outbox event; returns how many were published.

    Each goes out without its ``article`` unless ``full_article`` is set. ``min_replicas``:
    events are marked published only once that many replicas hold them (``WAIT``); with
    fewer replicas connected nothing is sent (EventsNotReplicated): they wait in the outbox.
    An event sent to a primary that is then failed over, before a replica had it, is sent
    again (a consumer may see it twice: ``event_id`` is the same).
    """
    published = 0
    while True:
        with transaction(sessions) as session:
            events = pending_events(session, batch)
            if not events:
                return published
            _send(client, events, stream, maxlen, full_article, min_replicas)
            mark_published(session, [e.event_id for e in events], utcnow())
        published += len(events)
        if len(events) < batch:
            return published


def publish_written(
    sessions: sessionmaker[Session],
    client: redis.Redis,
    rows: Sequence[Mapping[str, Any]],
    *,
    stream: str,
    maxlen: int,
    full_article: bool = False,
    min_replicas: int = 0,
) -> int:
    """Publish outbox rows a batch has just committed, from the rows it wrote; returns how
    many were published.

    The batch has the rows in hand, so only their ids are read back, locked (a concurrent
    publisher that took one first keeps it). The rest is as :func:`publish_pending`; older
    unpublished events are left to it (beat's publisher).
    """
    if not rows:
        return 0
    with transaction(sessions) as session:
        ids = lock_unpublished(session, [r["event_id"] for r in rows])
        events = [_Event(r["event_id"], r["type"], r["article_id"], r["payload"])
                  for r in rows if r["event_id"] in ids]  # fmt: skip
        if events:
            _send(client, events, stream, maxlen, full_article, min_replicas)
            mark_published(session, [e.event_id for e in events], utcnow())
    return len(events)


class _Event(NamedTuple):
    event_id: str
    type: str
    article_id: str | None
    payload: Mapping[str, Any]


def _send(
    client: redis.Redis,
    events: Sequence[Any],
    stream: str,
    maxlen: int,
    full_article: bool,
    min_replicas: int,
) -> None:
    """XADD ``events`` (rows with ``event_id``, ``type``, ``article_id``, ``payload``) in one
    round trip; with ``min_replicas``, raise EventsNotReplicated unless that many replicas
    are connected before, and acknowledged them after."""
    if min_replicas:
        _check_replicas(client, min_replicas)
    pipe = client.pipeline(transaction=False)
    for e in events:
        fields = {
            "event_id": e.event_id,
            "type": e.type,
            "article_id": e.article_id,
            "event": json.dumps(
                stream_event(e.payload, full_article),
                ensure_ascii=False,
                separators=(",", ":"),  # compact: the stream's memory is the budget
            ),
        }
        pipe.xadd(stream, fields, maxlen=maxlen, approximate=True)  # type: ignore[arg-type]
    pipe.execute()
    if min_replicas:
        held = int(client.wait(min_replicas, REPLICA_WAIT_MS))
        if held < min_replicas:
            raise EventsNotReplicated(
                f"events: {held} of {min_replicas} replica(s) acknowledged "
                f"{len(events)} event(s) within {REPLICA_WAIT_MS} ms; they stay in "
                "the outbox and are sent again"
            )


#: How long a publish waits for the replicas to acknowledge its events.
REPLICA_WAIT_MS = 1000


def _check_replicas(client: redis.Redis, wanted: int) -> None:
    """Raise EventsNotReplicated unless the primary has ``wanted`` replicas connected."""
    info: Any = client.info("replication")
    connected = int(info.get("connected_slaves", 0))
    if info.get("role") != "master" or connected < wanted:
        raise EventsNotReplicated(
            f"events: Redis ({info.get('role')}) has {connected} of {wanted} replica(s) "
            "connected (NEWSWORKER_EVENTS_MIN_REPLICAS); events wait in the outbox"
        )


def stream_event(payload: Mapping[str, Any], full_article: bool) -> Mapping[str, Any]:
    """The event as the stream carries it: without the article unless ``full_article``.

    An outbox row written before events named their article (version 1) goes out whole.
    """
    if full_article or "article_id" not in payload:
        return payload
    return {k: v for k, v in payload.items() if k != "article"}


def _tracked(item: TaggedArticle) -> dict[str, Any]:
    a, published = item.article, item.article.published
    return {
        "title": a.title, "text": a.text, "summary": a.summary, "url": a.url,
        "canonical_url": a.canonical_url, "language": a.language,
        "published_at": published.value if published else None,
        "published_precision": published.precision if published else None,
        "author": a.meta.author, "site_name": a.meta.site_name, "image_url": a.meta.image_url,
    }  # fmt: skip


def _tag_key(tag: str, score: float, code: str | None, label: str | None,
             evidence: Any) -> tuple[Any, ...]:  # fmt: skip
    spans = tuple((e["term"], e["matched"], e["start"], e["end"], e["field"]) for e in evidence)
    return tag, round(score, 9), code, label, spans


def _tags_of(item: TaggedArticle) -> set[tuple[Any, ...]]:
    return {
        _tag_key(t.tag, t.score, t.code, t.label,
                 [{"term": e.term, "matched": e.matched, "start": e.start, "end": e.end,
                   "field": e.field} for e in t.evidence])
        for t in item.tags
    }  # fmt: skip


def tags_changed(stored: Iterable[Mapping[str, Any]], item: TaggedArticle) -> bool:
    """Whether ``item``'s tags differ from the ``stored`` tag rows: a tag added or removed,
    a score, a label or an evidence span changed."""
    old = {_tag_key(t["tag"], t["score"], t["code"], t["label"], t["evidence"] or [])
           for t in stored}  # fmt: skip
    return old != _tags_of(item)


def changed_fields(item: TaggedArticle, previous: Previous) -> list[str]:
    """What a consumer would see change: the tracked fields, then ``tags``."""
    now = _tracked(item)
    changed = [name for name in TRACKED_FIELDS if now[name] != previous.fields.get(name)]
    if tags_changed(previous.tags, item):
        changed.append("tags")
    return changed


def outbox_row(
    item: TaggedArticle,
    aid: str,
    status: StoreStatus,
    now: datetime,
    first_seen: datetime,
    cluster_id: str | None,
    previous: Previous | None = None,
) -> dict[str, Any] | None:
    """The outbox row for one change; its id is the same whenever the same change recurs.

    ``previous`` is the article as stored before an update or a re-tagging: the event names
    the fields that changed and the content it replaced. A re-tagging that leaves the tags
    (and every tracked field) as they were is no change to a consumer: None, no event.
    """
    etype = f"article.{status}"
    changed = changed_fields(item, previous) if previous is not None else []
    if status == "retagged" and previous is not None and not changed:
        return None
    change = "|".join(
        (aid, etype, item.article.content_hash, item.taxonomy_version, PIPELINE_VERSION)
    )
    event_id = str(uuid.uuid5(_EVENT_NAMESPACE, change))
    article = tagged_to_out(
        item, article_id=aid, first_seen_at=first_seen.isoformat(),
        updated_at=now.isoformat(), cluster_id=cluster_id,
    )  # fmt: skip
    replaced = previous.content_hash if previous is not None and status == "updated" else None
    event = ArticleEvent.model_validate(
        {
            "event_id": event_id, "type": etype, "occurred_at": now.isoformat(),
            "article_id": aid, "content_hash": item.article.content_hash,
            "previous_content_hash": replaced, "changed": changed,
            "tags": [{"tag": t.tag, "score": round(t.score, 4)} for t in item.tags],
            "taxonomy_version": item.taxonomy_version, "pipeline_version": PIPELINE_VERSION,
            "cluster_id": cluster_id, "article": article,
        }
    )  # fmt: skip
    return {
        "event_id": event_id,
        "type": etype,
        "article_id": aid,
        "occurred_at": now,
        "payload": event.model_dump(mode="json"),
        "published_at": None,
    }
