"""The outbox: article changes written in the same transaction as the change itself.

A publisher (worker.events) sends unpublished rows to the Redis Stream and stamps them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from worker.db.models import OutboxEvent
from worker.db.upsert import insert_for

__all__ = ["add_events", "mark_published", "pending_events"]


def add_events(session: Session, rows: Sequence[dict[str, Any]]) -> None:
    """Write outbox rows; an event id already there (the same change again) is left alone."""
    if not rows:
        return
    stmt = insert_for(session, OutboxEvent.__table__).on_conflict_do_nothing(
        index_elements=["event_id"]
    )
    session.execute(stmt, list(rows))


def pending_events(session: Session, limit: int) -> list[OutboxEvent]:
    """The oldest unpublished outbox events, locked (skipped by other publishers on PG)."""
    stmt = (
        select(OutboxEvent)
        .where(OutboxEvent.published_at.is_(None))
        .order_by(OutboxEvent.occurred_at, OutboxEvent.event_id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    return list(session.scalars(stmt))


def mark_published(session: Session, event_ids: Sequence[str], now: datetime) -> None:
    """Stamp events as published."""
    session.execute(
        update(OutboxEvent).where(OutboxEvent.event_id.in_(event_ids)).values(published_at=now)
    )
