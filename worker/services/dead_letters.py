"""Keeping what could not be processed: in the dead-letter table, or on disk meanwhile.

When the database itself is down, a dead letter goes to ``data_dir/dead-letter-spool`` as
one JSON file, so the input is still not lost; :func:`replay_spool` moves those files into
the table once the database answers (``newsworker dead-letters --replay-spool``, and every
sweep), and :func:`spooled` lists them (``dead-letters`` and ``status`` count them).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import structlog

from worker.config import Settings
from worker.db.dead_letters import record_dead_letter
from worker.db.models import utcnow
from worker.db.session import get_sessionmaker, transaction
from worker.db.submissions import finish_submissions

__all__ = ["SpooledLetter", "keep_failed_task", "keep_undecodable", "replay_spool", "spooled"]

log = structlog.get_logger(__name__)


@dataclass(frozen=True, slots=True)
class SpooledLetter:
    """A dead letter waiting on disk for the database."""

    path: Path
    fields: dict[str, Any]


def _spool(settings: Settings) -> Path:
    return Path(settings.data_dir) / "dead-letter-spool"


def _keep(settings: Settings, fields: dict[str, Any], submission_ids: Sequence[str] = ()) -> None:
    try:
        with transaction(get_sessionmaker(settings.sqlalchemy_url)) as session:
            record_dead_letter(session, **fields)
            if submission_ids:
                # The payloads stay in the submissions table; say why they stopped.
                rows = [(s, "dead", None, fields["error"]) for s in submission_ids]
                finish_submissions(session, rows, utcnow())
    except Exception:
        # The database itself is down: spool to disk so the input is still not lost.
        folder = _spool(settings)
        folder.mkdir(parents=True, exist_ok=True)
        name = f"{fields.get('task_id') or uuid.uuid4()}.json"
        record = {**fields, "submission_ids": list(submission_ids)}
        (folder / name).write_text(json.dumps(record, ensure_ascii=True), encoding="utf-8")
        log.exception("dead letter spooled to disk", file=str(folder / name))


def keep_failed_task(
    settings: Settings,
    *,
    payload: str,
    task_name: str,
    task_id: str | None,
    exception: BaseException | None,
    submission_ids: Sequence[str] | None = None,
) -> None:
    """A task that failed for good: keep its input with the reason."""
    fields = {
        "payload": payload,
        "stage": "task",
        "reason": getattr(exception, "reason", "task-failed"),
        "error": f"{type(exception).__name__}: {exception}",
        "task_name": task_name,
        "task_id": task_id,
    }
    _keep(settings, fields, submission_ids or ())


def keep_undecodable(settings: Settings, text: str, queue: str, error: BaseException) -> None:
    """Bytes on the queue that are not a message: keep them whole, with why."""
    fields = {
        "payload": text,
        "stage": "broker",
        "reason": "undecodable-message",
        "error": f"broker: queue {queue}: not a message: {type(error).__name__}: {error}",
        "task_name": f"queue:{queue}",
        "task_id": None,
    }
    _keep(settings, fields)


def spooled(settings: Settings) -> list[SpooledLetter]:
    """The dead letters waiting on disk, oldest first."""
    folder = _spool(settings)
    if not folder.is_dir():
        return []
    letters = []
    for path in sorted(folder.glob("*.json"), key=lambda p: p.stat().st_mtime):
        try:
            fields = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            fields = {"payload": path.read_bytes().decode("utf-8", "replace"), "error": "?"}
        letters.append(SpooledLetter(path, fields))
    return letters


def replay_spool(settings: Settings) -> int:
    """Move spooled dead letters into the table; returns how many. Raises StorageUnavailable
    while the database is still down (the files stay)."""
    moved = 0
    sessions = get_sessionmaker(settings.sqlalchemy_url)
    for letter in spooled(settings):
        fields = dict(letter.fields)
        submission_ids = fields.pop("submission_ids", []) or []
        error = str(fields.get("error") or "")
        with transaction(sessions) as session:
            record_dead_letter(
                session,
                payload=str(fields.get("payload") or ""),
                stage=str(fields.get("stage") or "task"),
                reason=str(fields.get("reason") or "task-failed"),
                error=error,
                task_name=fields.get("task_name"),
                task_id=fields.get("task_id"),
            )
            if submission_ids:
                rows = [(str(s), "dead", None, error) for s in submission_ids]
                finish_submissions(session, rows, utcnow())
        letter.path.unlink(missing_ok=True)
        moved += 1
    return moved
