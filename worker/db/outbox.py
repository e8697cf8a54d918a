"""The outbox: article changes written in the same transaction as the change itself.

A publisher (worker.events) sends unpublished rows to the Redis Stream and stamps them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Row, Table, select, update
from sqlalchemy.orm import Session

from worker.db.articles import among
from worker.db.models import OutboxEvent
from worker.db.upsert import insert_for

_OUTBOX = cast(Table, OutboxEvent.__table__)

__all__ = ["add_events", "lock_unpublished", "mark_published", "pending_events"]


def add_events(session: Session, rows: Sequence[dict[str, Any]]) -> None:
    """Write outbox rows; an event id already there (the same change again) is left alone."""
    if not rows:
        return
    stmt = insert_for(session, OutboxEvent.__table__).on_conflict_do_nothing(
        index_elements=["event_id"]
    )
    session.execute(stmt, list(rows))


def pending_events(session: Session, limit: int) -> list[Row[Any]]:
    """The oldest unpublished outbox events, locked (skipped by other publishers on PG).

    Rows (``event_id``, ``type``, ``article_id``, ``payload``), not ORM objects: a publisher
    only reads them, once.
    """
    c = _OUTBOX.c
    stmt = (
        select(c.event_id, c.type, c.article_id, c.payload)
        .where(c.published_at.is_(None))
        .order_by(c.occurred_at, c.event_id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    return list(session.execute(stmt))


def lock_unpublished(session: Session, event_ids: Sequence[str]) -> set[str]:
    """Those of ``event_ids`` still unpublished, locked (skipped when another publisher holds
    them, on PostgreSQL)."""
    c = _OUTBOX.c
    matching, params = among(session, OutboxEvent.event_id, event_ids, "ids")
    stmt = (
        select(c.event_id)
        .where(matching, c.published_at.is_(None))
        .with_for_update(skip_locked=True)
    )
    return set(session.scalars(stmt, params))


def mark_published(session: Session, event_ids: Sequence[str], now: datetime) -> None:
    """Stamp events as published."""
    matching, params = among(session, OutboxEvent.event_id, event_ids, "ids")
    session.execute(update(_OUTBOX).where(matching).values(published_at=now), params)
