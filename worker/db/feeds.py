"""The feed registry: feeds, their polling state, and a record of every fetch.

Work is claimed with a conditional UPDATE, so parallel dispatchers cannot both enqueue a
feed: claiming pushes ``next_fetch_at`` one lease ahead. If the fetch is lost (worker killed,
broker restarted), the feed simply comes due again when the lease runs out.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from worker.db.models import DeadLetter, DeadLetterOccurrence, Feed, FetchRecord
from worker.db.upsert import insert_for

#: Polls finished within this window measure what the workers can take.
CAPACITY_WINDOW = timedelta(minutes=5)
DISPATCH_FLOOR = 100  # claimed per dispatch at least, when nothing is pending
DISPATCH_CEILING = 20_000  # one claim transaction at most

__all__ = [
    "add_feed",
    "claim_due",
    "dead_letters_of",
    "dispatch_limit",
    "find_feed",
    "finish_fetch",
    "latest_fetches",
    "list_feeds",
    "recent_fetches",
    "record_fetch",
    "remove_feed",
    "start_fetch",
    "update_feed",
]


def add_feed(
    session: Session, url: str, *, now: datetime, interval: int | None = None,
    title: str | None = None, full_text: bool = False, category: str | None = None,
    html_url: str | None = None,
) -> tuple[Feed, bool]:  # fmt: skip
    """Register a feed (due now); returns it and whether it is new. Known URLs are kept,
    and get the category and site they lacked."""
    values: dict[str, Any] = {
        "url": url, "title": title, "status": "active", "next_fetch_at": now, "created_at": now,
        "interval_seconds": interval or 3600, "interval_fixed": interval is not None,
        "failures": 0, "failure_weight": 0.0, "guid_policy": "guid", "entries_seen": 0,
        "full_text": full_text, "category": category, "html_url": html_url,
    }  # fmt: skip
    stmt = insert_for(session, Feed).values(**values).on_conflict_do_nothing(index_elements=["url"])
    created = session.execute(stmt.returning(Feed.id)).first() is not None
    feed = session.scalars(select(Feed).where(Feed.url == url)).one()
    if not created:
        feed.category = feed.category or category
        feed.html_url = feed.html_url or html_url
    return feed, created


def find_feed(session: Session, ref: str) -> Feed | None:
    """A feed by id (digits) or URL."""
    if ref.isdigit():
        return session.get(Feed, int(ref))
    return session.scalars(select(Feed).where(Feed.url == ref)).first()


def remove_feed(session: Session, feed: Feed) -> None:
    """Forget a feed and its fetch records (its articles stay)."""
    session.execute(delete(FetchRecord).where(FetchRecord.feed_id == feed.id))
    session.delete(feed)


def list_feeds(session: Session) -> Sequence[Feed]:
    """Every feed, failing ones first, then by next fetch."""
    stmt = select(Feed).order_by(Feed.failures.desc(), Feed.next_fetch_at, Feed.id)
    return session.scalars(stmt).all()


def claim_due(session: Session, now: datetime, lease: timedelta, limit: int) -> list[int]:
    """Claim up to ``limit`` due feeds (not paused); each is pushed one lease ahead."""
    due = (
        select(Feed.id)
        .where(Feed.next_fetch_at <= now, Feed.status != "paused")
        .order_by(Feed.next_fetch_at)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    ids = list(session.scalars(due))
    if ids:
        session.execute(
            update(Feed).where(Feed.id.in_(ids)).values(next_fetch_at=now + lease, claimed_at=now)
        )
    return ids


def dispatch_limit(
    session: Session, now: datetime, *, interval: float, lease: timedelta,
    floor: int = DISPATCH_FLOOR,
) -> int:  # fmt: skip
    """How many feeds a dispatch should claim: what the workers can take.

    Their capacity is measured, not configured: the polls finished in the last
    ``CAPACITY_WINDOW``, scaled to one dispatch ``interval`` and doubled for headroom (at
    least ``floor``, so an idle system starts and a faster one is found within a few
    dispatches). Feeds claimed and not polled yet (queued or running) are taken off, so
    claims never pile up behind a slow worker pool and expire there.
    """
    since = now - CAPACITY_WINDOW
    finished = session.scalar(
        select(func.count(FetchRecord.id)).where(
            FetchRecord.started_at >= since, FetchRecord.outcome != "started"
        )
    )
    pending = session.scalar(
        select(func.count(Feed.id)).where(
            Feed.claimed_at >= now - lease,
            (Feed.last_fetch_at.is_(None)) | (Feed.last_fetch_at < Feed.claimed_at),
        )
    )
    per_dispatch = (finished or 0) * interval / CAPACITY_WINDOW.total_seconds()
    capacity = min(DISPATCH_CEILING, max(floor, int(2 * per_dispatch)))
    return max(0, capacity - (pending or 0))


def update_feed(session: Session, feed_id: int, **values: Any) -> None:
    """Store a feed's new polling state."""
    session.execute(update(Feed).where(Feed.id == feed_id).values(**values))


def record_fetch(session: Session, **values: Any) -> None:
    """Keep the record of one fetch, so an operator can see why a feed yields nothing."""
    session.add(FetchRecord(**values))


def start_fetch(session: Session, *, feed_id: int, started_at: datetime) -> int:
    """Open the record of a poll that starts now (outcome ``started``); returns its id.

    A poll that dies before :func:`finish_fetch` leaves this record as its trace.
    """
    record = FetchRecord(feed_id=feed_id, started_at=started_at, outcome="started",
                         duration_ms=0, new=0, updated=0, unchanged=0, dead=0, entries=0,
                         skipped=0)  # fmt: skip
    session.add(record)
    session.flush()
    return record.id


def finish_fetch(session: Session, fetch_id: int, **values: Any) -> None:
    """Complete a poll's record: outcome, status, and what became of each entry."""
    session.execute(update(FetchRecord).where(FetchRecord.id == fetch_id).values(**values))


def recent_fetches(session: Session, feed_id: int, limit: int = 10) -> Sequence[FetchRecord]:
    """A feed's latest fetch records, newest first."""
    stmt = (
        select(FetchRecord)
        .where(FetchRecord.feed_id == feed_id)
        .order_by(FetchRecord.started_at.desc(), FetchRecord.id.desc())
        .limit(limit)
    )
    return session.scalars(stmt).all()


def dead_letters_of(
    session: Session, feed_id: int, limit: int = 20
) -> list[tuple[DeadLetter, int]]:
    """A feed's dead letters, most recent first, each with how often this feed sent it.

    The occurrences add up to the ``dead`` counts of the feed's fetch records.
    """
    times = func.count(DeadLetterOccurrence.id)
    stmt = (
        select(DeadLetter, times)
        .join(DeadLetterOccurrence, DeadLetterOccurrence.dead_letter_id == DeadLetter.id)
        .where(DeadLetterOccurrence.feed_id == feed_id)
        .group_by(DeadLetter.id)
        .order_by(func.max(DeadLetterOccurrence.seen_at).desc(), DeadLetter.id.desc())
        .limit(limit)
    )
    return [(row, int(n)) for row, n in session.execute(stmt).all()]


def latest_fetches(session: Session) -> dict[int, FetchRecord]:
    """Each feed's latest fetch record, by feed id (one query for every feed)."""
    latest = select(func.max(FetchRecord.id)).group_by(FetchRecord.feed_id)
    records = session.scalars(select(FetchRecord).where(FetchRecord.id.in_(latest)))
    return {r.feed_id: r for r in records}
