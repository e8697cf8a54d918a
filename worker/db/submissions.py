"""Submissions: recorded before they are enqueued, so a lost message can be sent again."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from worker.db.models import Submission, utcnow
from worker.db.upsert import insert_for

__all__ = [
    "finish_submissions",
    "received_payloads",
    "record_submissions",
    "stale_submissions",
    "waiting_since",
]


def record_submissions(session: Session, rows: Sequence[tuple[str, str, dict[str, Any]]]) -> None:
    """Record ``(id, origin, payload)`` submissions as received; a known id is left alone."""
    if not rows:
        return
    now = utcnow()
    stmt = insert_for(session, Submission).on_conflict_do_nothing(index_elements=["id"])
    session.execute(
        stmt,
        [
            {
                "id": sid,
                "origin": origin,
                "payload": payload,
                "status": "received",
                "created_at": now,
                "updated_at": now,
            }
            for sid, origin, payload in rows
        ],
    )


def finish_submissions(
    session: Session,
    results: Sequence[tuple[str | None, str, str | None, str | None]],
    now: datetime,
) -> None:
    """Mark recorded submissions done or dead: ``(submission_id, status, article_id, error)``."""
    for submission_id, status, aid, error in results:
        if submission_id is None:
            continue
        session.execute(
            update(Submission)
            .where(Submission.id == submission_id)
            .values(
                status="dead" if status == "dead" else "done",
                article_id=aid,
                error=error,
                updated_at=now,
            )
        )


def received_payloads(session: Session, ids: Sequence[str]) -> list[tuple[str, Any]]:
    """``(id, payload)`` of those submissions still waiting to be processed."""
    stmt = select(Submission.id, Submission.payload).where(
        Submission.id.in_(ids), Submission.status == "received"
    )
    return [(r.id, r.payload) for r in session.execute(stmt)]


def stale_submissions(session: Session, older_than: datetime, now: datetime) -> list[str]:
    """Ids of submissions still waiting since before ``older_than``; stamps them ``now``."""
    stmt = (
        update(Submission)
        .where(Submission.status == "received", Submission.updated_at < older_than)
        .values(updated_at=now)
        .returning(Submission.id)
    )
    return list(session.scalars(stmt))


def waiting_since(session: Session, cutoff: datetime) -> list[str]:
    """Ids of submissions still waiting that were recorded at or before ``cutoff``."""
    stmt = select(Submission.id).where(
        Submission.status == "received", Submission.created_at <= cutoff
    )
    return list(session.scalars(stmt))
