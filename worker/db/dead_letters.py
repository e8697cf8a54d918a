"""Dead letters: input that could not be processed, kept whole with the reason.

Keyed by the hash of the input and the reason, so the same input failing the same way again
bumps ``times`` instead of adding a row. Every text is made storable first (PostgreSQL
refuses NUL in text columns): one odd byte must never cost the input it came with.
"""

from __future__ import annotations

import hashlib

from sqlalchemy.orm import Session

from worker.db.models import DeadLetter, utcnow
from worker.db.storable import storable
from worker.db.upsert import insert_for

__all__ = ["record_dead_letter"]


def record_dead_letter(
    session: Session,
    *,
    payload: str,
    stage: str,
    reason: str,
    error: str,
    task_name: str | None = None,
    task_id: str | None = None,
    submission_id: str | None = None,
) -> None:
    """Keep input that could not be processed, whole, with why; repeats bump ``times``."""
    now = utcnow()
    digest = hashlib.sha256(payload.encode("utf-8", errors="surrogatepass")).hexdigest()
    error = storable(error)
    stmt = insert_for(session, DeadLetter).values(
        created_at=now,
        last_seen_at=now,
        times=1,
        stage=storable(stage)[:32],
        reason=reason,
        error=error,
        task_name=storable(task_name)[:200] if task_name else None,
        task_id=storable(task_id)[:64] if task_id else None,
        submission_id=submission_id,
        payload=storable(payload),
        payload_sha256=digest,
    )
    stmt = stmt.on_conflict_do_update(
        index_elements=["payload_sha256", "reason"],
        set_={
            "times": DeadLetter.times + 1,
            "last_seen_at": now,
            "error": error,
            "task_id": stmt.excluded.task_id,
        },
    )
    session.execute(stmt)
