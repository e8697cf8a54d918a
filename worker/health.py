"""What an operator or a scraper asks of a running newsworker: is the broker up, which nodes
answer, how much work waits, and what the database holds (articles, dead letters, outbox).

Read-only and bounded: every probe has a timeout, and the database is read through an engine
without a pool (``probe_engine``), so a probe never keeps connections across a fork or a
database restart. ``newsworker status`` prints these figures; ``worker.metrics`` exports them.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, case, create_engine, func, select
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from worker.db.models import (
    Article,
    ArticleTag,
    DeadLetter,
    Feed,
    FetchRecord,
    OutboxEvent,
    Submission,
)

__all__ = [
    "FEED_AGE_BUCKETS",
    "FEED_STATUSES",
    "BrokerStatus",
    "DbSnapshot",
    "FeedHealth",
    "LastArticle",
    "SentinelStatus",
    "broker_status",
    "db_snapshot",
    "feed_health",
    "node_answers",
    "probe_engine",
    "sentinel_status",
]

CONNECT_TIMEOUT = 5  # seconds, for the database and the broker alike


@dataclass(frozen=True)
class LastArticle:
    """The most recently stored (created or updated) article."""

    id: str
    title: str
    updated_at: datetime


#: Every status a feed can have (``worker.db.models.Feed``); each is reported, even at 0.
FEED_STATUSES = ("active", "failing", "gone", "paused")
#: Upper bounds (seconds) of the buckets of feeds by age of their last successful fetch.
FEED_AGE_BUCKETS = (900.0, 3600.0, 6 * 3600.0, 86400.0, 3 * 86400.0, 7 * 86400.0)


@dataclass(frozen=True)
class FeedHealth:
    """The feeds at a glance, in numbers that do not grow with the number of feeds.

    The *age* of a polled feed (active or failing; paused and gone ones are not expected to
    bring anything) is the time since its last successful fetch, or since it was registered
    when it never had one: a feed that never worked ages like one that stopped working.
    """

    by_status: dict[str, int]
    #: Polled feeds whose age is at most each bound of ``FEED_AGE_BUCKETS`` (cumulative).
    age_buckets: dict[float, int]
    polled: int
    oldest_age_seconds: float | None = None
    oldest_feed_id: int | None = None
    oldest_feed_url: str | None = None

    @property
    def total(self) -> int:
        return sum(self.by_status.values())

    @property
    def failing(self) -> int:
        return self.by_status.get("failing", 0)


def feed_health(conn: Connection, now: datetime | None = None) -> FeedHealth:
    """Feeds by status and by the age of their last success: a few aggregate queries."""
    now = now or datetime.now(UTC)
    by_status = dict.fromkeys(FEED_STATUSES, 0)
    by_status.update(_counts(conn, Feed.status, "unknown"))
    since = func.coalesce(Feed.last_success_at, Feed.created_at)
    polled = Feed.status.in_(("active", "failing"))
    bucket_sums = [
        func.coalesce(func.sum(case((since >= now - timedelta(seconds=b), 1), else_=0)), 0)
        for b in FEED_AGE_BUCKETS
    ]
    row = conn.execute(select(func.count(), *bucket_sums).where(polled)).one()
    oldest = conn.execute(
        select(Feed.id, Feed.url, since).where(polled).order_by(since, Feed.id).limit(1)
    ).first()
    age = None
    if oldest is not None and oldest[2] is not None:
        # A coalesce loses the UTC column type on SQLite: a naive value there is UTC.
        when = oldest[2] if oldest[2].tzinfo else oldest[2].replace(tzinfo=UTC)
        age = max(0.0, (now - when).total_seconds())
    return FeedHealth(
        by_status=by_status,
        age_buckets={b: int(n) for b, n in zip(FEED_AGE_BUCKETS, row[1:], strict=True)},
        polled=int(row[0]),
        oldest_age_seconds=age,
        oldest_feed_id=oldest[0] if oldest else None,
        oldest_feed_url=oldest[1] if oldest else None,
    )


@dataclass(frozen=True)
class DbSnapshot:
    """Counts read from the database, the source of truth shared by every worker."""

    articles_by_language: dict[str, int]
    submissions_by_status: dict[str, int]
    dead_letters_by_reason: dict[str, int]
    outbox_unpublished: int
    outbox_oldest_unpublished: datetime | None
    last_article: LastArticle | None
    # (tag, language) -> articles; only filled when asked for (a join over every tag row).
    tagged: dict[tuple[str, str], int] = field(default_factory=dict)
    #: Feed entries over every fetch record: found, and new/updated/unchanged/dead/skipped.
    feed_entries: dict[str, int] = field(default_factory=dict)
    feeds: FeedHealth | None = None

    @property
    def articles(self) -> int:
        return sum(self.articles_by_language.values())

    @property
    def dead_letters(self) -> int:
        return sum(self.dead_letters_by_reason.values())


def probe_engine(url: str) -> Engine:
    """An engine for short read-only probes: no pool, a bounded connect.

    Raises FileNotFoundError for an SQLite file that does not exist (reading would create
    an empty one).
    """
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if database and database != ":memory:" and not Path(database).exists():
            raise FileNotFoundError(f"no SQLite database at {database}")
        return create_engine(url, poolclass=NullPool, connect_args={"timeout": CONNECT_TIMEOUT})
    return create_engine(url, poolclass=NullPool, connect_args={"connect_timeout": CONNECT_TIMEOUT})


def _counts(conn: Connection, column: Any, default: str) -> dict[str, int]:
    rows = conn.execute(select(column, func.count()).group_by(column)).all()
    return {(key if key is not None else default): int(n) for key, n in rows}


def db_snapshot(conn: Connection, *, with_tags: bool = False) -> DbSnapshot:
    """Read the figures in one go. Raises SQLAlchemy's errors when the database is down."""
    unpublished = conn.execute(
        select(func.count(), func.min(OutboxEvent.occurred_at)).where(
            OutboxEvent.published_at.is_(None)
        )
    ).one()
    last = conn.execute(
        select(Article.id, Article.title, Article.updated_at)
        .order_by(Article.updated_at.desc())
        .limit(1)
    ).first()
    tagged: dict[tuple[str, str], int] = {}
    if with_tags:
        language = func.coalesce(Article.language, "und")
        rows = conn.execute(
            select(ArticleTag.tag, language, func.count())
            .join(Article, Article.id == ArticleTag.article_id)
            .group_by(ArticleTag.tag, language)
        ).all()
        tagged = {(tag, lang): int(n) for tag, lang, n in rows}
    outcomes = ("entries", "new", "updated", "unchanged", "dead", "skipped")
    sums = conn.execute(
        select(*(func.coalesce(func.sum(getattr(FetchRecord, c)), 0) for c in outcomes))
    ).one()
    return DbSnapshot(
        feed_entries={
            ("found" if c == "entries" else c): int(n) for c, n in zip(outcomes, sums, strict=True)
        },
        articles_by_language=_counts(conn, Article.language, "und"),
        submissions_by_status=_counts(conn, Submission.status, "unknown"),
        dead_letters_by_reason=_counts(conn, DeadLetter.reason, "unknown"),
        outbox_unpublished=int(unpublished[0]),
        outbox_oldest_unpublished=unpublished[1],  # MIN() keeps the UTC column type
        last_article=LastArticle(last[0], last[1], last[2]) if last else None,
        tagged=tagged,
        feeds=feed_health(conn),
    )


@dataclass(frozen=True)
class BrokerStatus:
    """The broker seen from outside: reachable or why not, the queue, the nodes answering."""

    error: str | None
    waiting: int | None = None
    workers: list[str] = field(default_factory=list)
    beats: list[str] = field(default_factory=list)

    @property
    def reachable(self) -> bool:
        return self.error is None


def broker_status(app: Any, queue: str, timeout: float = 1.0) -> BrokerStatus:
    """Connect to ``app``'s broker, count what waits in ``queue`` and ping every node.

    Workers answer as ``celery@host``, beat (``--enable-remote-control``) as
    ``celerybeat@host``; a node that does not answer within ``timeout`` is not listed.
    """
    try:
        with _connected(app) as conn:
            # A plain declare counts the messages of any virtual transport (Redis lists,
            # filesystem files); it creates nothing on Redis, and a worker declares it anyway.
            waiting = int(conn.default_channel.queue_declare(queue=queue).message_count)
            replies = app.control.ping(timeout=timeout, connection=conn)
    except Exception as e:  # kombu wraps every transport's errors differently
        return BrokerStatus(error=f"{type(e).__name__}: {e}")
    nodes = sorted(name for reply in replies for name in reply)
    return BrokerStatus(
        error=None,
        waiting=waiting,
        workers=[n for n in nodes if not n.startswith("celerybeat@")],
        beats=[n for n in nodes if n.startswith("celerybeat@")],
    )


def node_answers(app: Any, node: str, timeout: float) -> bool:
    """Whether the node named ``node`` (``celery@host``, ``celerybeat@host``) answers a ping.

    Raises kombu's OperationalError when the broker cannot be reached.
    """
    with _connected(app) as conn:
        replies = app.control.ping(destination=[node], timeout=timeout, connection=conn)
    return any(node in reply for reply in replies)


@contextmanager
def _connected(app: Any) -> Iterator[Any]:
    """A broker connection, tried twice at most (the app's own policy retries for ever)."""
    with app.connection_for_write() as conn:
        conn.ensure_connection(
            max_retries=1, interval_start=0, interval_step=0.5, timeout=CONNECT_TIMEOUT
        )
        yield conn


@dataclass(frozen=True)
class SentinelStatus:
    """What the sentinels of a ``sentinel://`` URL say of the primary named ``master``."""

    master: str
    sentinels: int
    answering: int
    #: ``host:port`` of the primary, as most answering sentinels report it; None: none does.
    primary: str | None
    #: Sentinels that name another primary (a failover in progress, or a split).
    disagreeing: int = 0


def sentinel_status(url: str, master: str, timeout: float = CONNECT_TIMEOUT) -> SentinelStatus:
    """Ask every sentinel of ``url`` where the primary ``master`` is (bounded by ``timeout``)."""
    import redis

    from worker.events import sentinel_addresses

    addresses = sentinel_addresses(url)
    answers: list[str] = []
    for host, port in addresses:
        client = redis.Redis(
            host=host, port=port, socket_timeout=timeout, socket_connect_timeout=timeout
        )
        try:
            addr: Any = client.sentinel_get_master_addr_by_name(master)
        except redis.RedisError:
            continue
        finally:
            client.close()
        if not addr:
            answers.append("")
            continue
        name = addr[0].decode() if isinstance(addr[0], bytes) else str(addr[0])
        answers.append(f"{name}:{int(addr[1])}")
    named = [a for a in answers if a]
    primary = max(set(named), key=named.count) if named else None
    return SentinelStatus(
        master=master,
        sentinels=len(addresses),
        answering=len(answers),
        primary=primary,
        disagreeing=sum(1 for a in named if a != primary),
    )
