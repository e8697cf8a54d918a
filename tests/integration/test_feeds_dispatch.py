"""A dispatch claims what the workers can take: measured capacity minus what is pending."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy.orm import Session, sessionmaker

from worker.db.feeds import add_feed, claim_due, dispatch_limit, finish_fetch, start_fetch
from worker.db.models import utcnow
from worker.db.session import transaction

LEASE = timedelta(minutes=10)


def _feeds(
    sessions: sessionmaker[Session], n: int, ago: timedelta = timedelta(minutes=1)
) -> list[int]:
    now = utcnow() - ago
    with transaction(sessions) as s:
        return [add_feed(s, f"https://f{i}.example/rss", now=now)[0].id for i in range(n)]


def _finished_polls(sessions: sessionmaker[Session], feed_id: int, n: int) -> None:
    with transaction(sessions) as s:
        for _ in range(n):
            fetch_id = start_fetch(s, feed_id=feed_id, started_at=utcnow() - timedelta(minutes=2))
            finish_fetch(s, fetch_id, outcome="parsed", duration_ms=10)


def test_an_idle_system_claims_the_floor_then_what_the_workers_finished(
    sessions: sessionmaker[Session],
) -> None:
    ids = _feeds(sessions, 40)
    with transaction(sessions) as s:
        now = utcnow()
        first = claim_due(s, now, LEASE, dispatch_limit(s, now, interval=60, lease=LEASE, floor=5))
    assert len(first) == 5
    with transaction(sessions) as s:  # nothing polled yet: the five are still pending
        assert dispatch_limit(s, utcnow(), interval=60, lease=LEASE, floor=5) == 0
    _finished_polls(sessions, ids[0], 50)  # 50 polls in 5 min: 10 per minute, 20 with headroom
    with transaction(sessions) as s:
        assert dispatch_limit(s, utcnow(), interval=60, lease=LEASE, floor=5) == 20 - 5


def test_claims_whose_lease_ran_out_are_no_longer_pending(
    sessions: sessionmaker[Session],
) -> None:
    _feeds(sessions, 10, ago=3 * LEASE)
    with transaction(sessions) as s:  # claimed long ago, never polled: the message was lost
        assert len(claim_due(s, utcnow() - 2 * LEASE, LEASE, 10)) == 10
    with transaction(sessions) as s:
        assert dispatch_limit(s, utcnow(), interval=60, lease=LEASE, floor=7) == 7
