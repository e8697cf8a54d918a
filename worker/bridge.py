"""Submissions stream -> queue, for producers in any language.

A producer XADDs ``submission=<JSON>`` (schemas/submission.schema.json) to the submissions
stream. The bridge reads it with a consumer group, records each valid submission in the
database, enqueues it, and only then acknowledges the entry; an invalid one is dead-lettered
with the reason and acknowledged. A bridge that dies before acknowledging leaves its entries
pending: it (or another bridge, after a minute) reads them again, and since a submission's id
is derived from its stream entry id, nothing is recorded twice.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import Any

import redis
import structlog
from redis.exceptions import ResponseError
from sqlalchemy.orm import Session, sessionmaker

from worker.db.dead_letters import record_dead_letter
from worker.db.session import transaction
from worker.db.submissions import record_submissions
from worker.deps import Send
from worker.errors import InvalidSubmission, PermanentError
from worker.pipeline import validate_submission
from worker.services.submissions import enqueue_submissions

__all__ = ["GROUP", "BridgeResult", "bridge_once", "ensure_group"]

GROUP = "newsworker-bridge"
_RECLAIM_IDLE_MS = 60_000  # entries a dead bridge left pending this long are taken over
_NAMESPACE = uuid.UUID("0d3c8a5e-2b71-5f4e-9c2d-7a1b3e5f6c80")
log = structlog.get_logger(__name__)


@dataclass(frozen=True, slots=True)
class BridgeResult:
    """What one pass did: submissions enqueued and entries dead-lettered."""

    enqueued: int
    dead: int


def ensure_group(client: redis.Redis, stream: str, group: str, start: str = "0") -> None:
    """Create the consumer group (and the stream) unless it exists; new groups read from 0."""
    try:
        client.xgroup_create(stream, group, id=start, mkstream=True)
    except ResponseError as e:
        if "BUSYGROUP" not in str(e):
            raise


def _entries(client: redis.Redis, stream: str, consumer: str, count: int, block_ms: int) -> Any:
    # Our own pending entries first (a previous pass failed before XACK), then others'
    # abandoned ones, then new ones.
    mine: Any = client.xreadgroup(GROUP, consumer, {stream: "0"}, count=count)
    if mine and mine[0][1]:
        return mine[0][1]
    claimed: Any = client.xautoclaim(stream, GROUP, consumer, _RECLAIM_IDLE_MS, "0-0", count=count)
    if claimed and claimed[1]:
        return claimed[1]
    new: Any = client.xreadgroup(GROUP, consumer, {stream: ">"}, count=count, block=block_ms)
    return new[0][1] if new else []


def bridge_once(
    client: redis.Redis,
    sessions: sessionmaker[Session],
    send: Send,
    *,
    stream: str,
    consumer: str,
    batch_size: int,
    count: int = 100,
    block_ms: int = 1000,
) -> BridgeResult:
    """Move one batch of stream entries to the queue (``send``: how to send a task)."""
    entries = _entries(client, stream, consumer, count, block_ms)
    if not entries:
        return BridgeResult(0, 0)
    accepted: list[tuple[str, str, dict[str, Any]]] = []
    dead: list[tuple[str, str, PermanentError]] = []
    for entry_id, fields in entries:
        eid = entry_id.decode() if isinstance(entry_id, bytes) else str(entry_id)
        raw = fields.get(b"submission", fields.get("submission", b""))
        text = raw.decode("utf-8", errors="replace") if isinstance(raw, bytes) else str(raw)
        try:
            payload = json.loads(text)
            validate_submission(payload)
        except ValueError as e:  # JSONDecodeError included
            dead.append((eid, text, InvalidSubmission(f"bridge: entry {eid}: not JSON: {e}")))
            continue
        except PermanentError as e:
            dead.append((eid, text, e))
            continue
        sid = str(uuid.uuid5(_NAMESPACE, f"{stream}/{eid}"))
        accepted.append((sid, f"stream:{stream}/{eid}", payload))
    with transaction(sessions) as session:
        record_submissions(session, accepted)
        for eid, text, error in dead:
            record_dead_letter(
                session,
                payload=text,
                stage="bridge",
                reason=error.reason,
                error=str(error),
                task_name=f"stream:{stream}",
                task_id=eid,
            )
    enqueue_submissions(send, [sid for sid, _, _ in accepted], batch_size)
    # Acknowledge only what is now safe: recorded and enqueued, or dead-lettered.
    client.xack(stream, GROUP, *[entry_id for entry_id, _ in entries])
    if dead:
        log.warning("bridge dead-lettered entries", count=len(dead))
    return BridgeResult(len(accepted), len(dead))
