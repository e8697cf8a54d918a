"""The one dialect-aware INSERT: ``ON CONFLICT`` upserts on SQLite and PostgreSQL alike."""

from __future__ import annotations

from typing import Any

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

__all__ = ["insert_for"]


def insert_for(session: Session, target: Any) -> Any:
    """``INSERT INTO target`` in the session's dialect, with ``on_conflict_do_*`` available."""
    if session.get_bind().dialect.name == "postgresql":
        return postgresql.insert(target)
    return sqlite.insert(target)
