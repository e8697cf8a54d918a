"""Submissions: record, enqueue, re-send, and read back their state."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from kombu.exceptions import OperationalError as KombuOperationalError

from worker.config import Settings, mask_url
from worker.db.models import Submission
from worker.db.queries import submissions as submission_rows
from worker.db.session import get_sessionmaker, transaction
from worker.db.submissions import record_submissions, waiting_since
from worker.deps import Send
from worker.errors import BrokerUnavailable

__all__ = ["enqueue_submissions", "resend", "states", "submit"]

INGEST_SUBMISSIONS = "newsworker.ingest_submissions"


def enqueue_submissions(
    send: Send, submission_ids: Sequence[str], batch_size: int, broker_url: str = ""
) -> int:
    """Send recorded submissions to the workers in batches; returns the messages sent.

    Raises BrokerUnavailable when the broker cannot be reached: the submissions stay
    recorded as ``received``; ``newsworker resend`` (or the sweeper) sends them again.
    """
    ids = list(submission_ids)
    sent = 0
    try:
        for start in range(0, len(ids), batch_size):
            send(INGEST_SUBMISSIONS, [ids[start : start + batch_size]])
            sent += 1
    except KombuOperationalError as e:
        where = f" at {mask_url(broker_url)}" if broker_url else ""
        raise BrokerUnavailable(
            f"broker: unreachable{where}: {str(e).rstrip('.')}. {len(ids)} submission(s) "
            "are recorded; `newsworker resend` sends them again"
        ) from e
    return sent


def submit(
    settings: Settings, send: Send, accepted: Sequence[tuple[str, dict[str, Any]]]
) -> list[str]:
    """Record ``(origin, payload)`` submissions, then enqueue them; returns their ids."""
    ids = [str(uuid.uuid4()) for _ in accepted]
    with transaction(get_sessionmaker(settings.sqlalchemy_url)) as session:
        record_submissions(
            session,
            [(sid, origin, payload) for sid, (origin, payload) in zip(ids, accepted, strict=True)],
        )
    enqueue_submissions(send, ids, settings.batch_size, settings.broker_url)
    return ids


def resend(settings: Settings, send: Send, older_than: float = 0) -> int:
    """Send again the submissions still waiting since ``older_than`` seconds; returns how many."""
    cutoff = datetime.now(UTC) - timedelta(seconds=older_than)
    with transaction(get_sessionmaker(settings.sqlalchemy_url)) as session:
        ids = waiting_since(session, cutoff)
    enqueue_submissions(send, ids, settings.batch_size, settings.broker_url)
    return len(ids)


def states(settings: Settings, ids: Sequence[str]) -> list[Submission]:
    """The submission rows with these ids, as they stand."""
    with transaction(get_sessionmaker(settings.sqlalchemy_url)) as session:
        return list(submission_rows(session, ids))
