"""Events and Redis replicas (``NEWSWORKER_EVENTS_MIN_REPLICAS``): an event is marked
published only once a replica holds it; with no replica connected, events wait in the
outbox and nothing is sent. A primary and a replica of the test's own (redis-server
``--replicaof``), never the shared Redis."""

from __future__ import annotations

import json
import os
import signal
import uuid
from pathlib import Path

import pytest
import redis
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from tests.integration.conftest import wait_until
from tests.integration.own_sentinel import own_redis_server
from worker.db.models import OutboxEvent
from worker.errors import EventsNotReplicated
from worker.events import publish_pending
from worker.pipeline import Item, ingest
from worker.taxonomy import load_taxonomy

pytestmark = pytest.mark.redis
TEXT = "Moscou et Pékin ont signé un accord commercial sur le gaz et les droits de douane."


def _pending(sessions: sessionmaker[Session]) -> int:
    with sessions() as s:
        unpublished = OutboxEvent.published_at.is_(None)
        return int(s.scalar(select(func.count()).where(unpublished)) or 0)


def _ingest(sessions: sessionmaker[Session], n: int, first: int = 0) -> None:
    ingest([Item({"text": f"{TEXT} Dépêche {i}.", "guid": f"r-{i}"})
            for i in range(first, first + n)],
           sessions=sessions, taxonomy=load_taxonomy(), max_bytes=10**6)  # fmt: skip


def _publish(sessions: sessionmaker[Session], client: redis.Redis, key: str) -> int:
    return publish_pending(sessions, client, stream=key, maxlen=1000, min_replicas=1)


def test_events_are_marked_published_once_a_replica_holds_them_and_wait_without_one(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    key = f"nwtest:events:{uuid.uuid4().hex[:8]}"
    with own_redis_server(tmp_path) as port:
        primary = redis.Redis(port=port)
        alone = tmp_path / "alone"
        alone.mkdir()
        _ingest(sessions, 3)
        # No replica yet: nothing is sent, the events wait in the outbox, the error says why.
        with pytest.raises(EventsNotReplicated, match="0 of 1 replica"):
            _publish(sessions, primary, key)
        assert primary.xlen(key) == 0
        assert _pending(sessions) == 3
        with own_redis_server(alone) as replica_port:
            replica = redis.Redis(port=replica_port)
            replica.replicaof("127.0.0.1", port)
            wait_until(lambda: replica.info("replication")["master_link_status"] == "up",
                       timeout=20, what="the replica to sync")  # fmt: skip
            assert _publish(sessions, primary, key) == 3
            assert _pending(sessions) == 0
            # Acknowledged by the replica: it holds every event the outbox marked published.
            wait_until(lambda: replica.xlen(key) == 3, timeout=5, what="the replica's copy")
            ids = {json.loads(f[b"event"])["event_id"] for _, f in replica.xrange(key)}
            with sessions() as s:
                assert ids == set(s.scalars(select(OutboxEvent.event_id)))
            # The replica stops (SIGSTOP) while still connected: the primary sends, the
            # replica acknowledges nothing, and the batch is not marked published.
            _ingest(sessions, 1, first=3)
            assert _pending(sessions) == 1
            pid = int(replica.info("server")["process_id"])
            os.kill(pid, signal.SIGSTOP)
            try:
                with pytest.raises(EventsNotReplicated, match="0 of 1 replica"):
                    _publish(sessions, primary, key)
            finally:
                os.kill(pid, signal.SIGCONT)
            assert _pending(sessions) == 1  # sent, not acknowledged: it is sent again later
            assert _publish(sessions, primary, key) == 1
            replica.close()
        primary.close()
