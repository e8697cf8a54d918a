"""Beat through Redis Sentinel failovers: the one beat process keeps sending its periodic
tasks after the primary is killed and the replica promoted, and again after a planned
``SENTINEL FAILOVER`` back, and still answers its health probe.

A primary, a replica and three sentinels of the test's own run on loopback
(tests/integration/own_sentinel.py); ``newsworker beat`` reaches Redis through the sentinels,
dispatching feeds every second. No worker runs: beat's messages pile up on the periodic
queue, so the test sees each one arrive on whichever server is the primary. A tick due while
no primary answers is skipped with an error in beat's log, and the next tick sends again.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
import redis

from tests.integration.conftest import ROOT, stop_group, wait_until
from tests.integration.own_sentinel import MASTER, own_sentinel_group
from worker.app import queue_names
from worker.config import Settings

pytestmark = [pytest.mark.slow, pytest.mark.redis]


def _queued(port: int, queue: str) -> int:
    try:
        return int(redis.Redis(port=port, socket_timeout=1, socket_connect_timeout=1).llen(queue))
    except redis.RedisError:
        return -1


def test_beat_keeps_dispatching_through_sentinel_failovers(tmp_path: Path) -> None:
    queue = f"nwbeat-{uuid.uuid4().hex[:8]}"
    periodic = queue_names(Settings(queue=queue))[2]
    with own_sentinel_group() as group:
        base = {k: v for k, v in os.environ.items() if not k.startswith("NEWSWORKER_")}
        env = {
            **base,
            "NEWSWORKER_BROKER_URL": group.url,
            "NEWSWORKER_SENTINEL_MASTER": MASTER,
            "NEWSWORKER_QUEUE": queue,
            "NEWSWORKER_DATA_DIR": str(tmp_path / "data"),
            "NEWSWORKER_DISPATCH_INTERVAL": "1",
            "NEWSWORKER_LOG_FORMAT": "json",
            "PYTHONPATH": str(ROOT),
        }
        log = tmp_path / "beat.log"
        with log.open("ab") as out:
            beat = subprocess.Popen(
                [sys.executable, "-m", "worker", "beat"], env=env, stdout=out,
                stderr=subprocess.STDOUT, cwd=tmp_path, start_new_session=True,
            )  # fmt: skip
        try:
            old, replica = group.ports
            wait_until(lambda: _queued(old, periodic) >= 3, 60, "beat's first dispatches")

            def health() -> subprocess.CompletedProcess[str]:
                return subprocess.run(
                    [sys.executable, "-m", "worker", "health", "beat", "--timeout", "3"],
                    env=env, cwd=tmp_path, capture_output=True, text=True, timeout=60,
                    check=False,
                )  # fmt: skip

            probe = health()
            assert probe.returncode == 0, probe.stdout + probe.stderr

            def moves(fault: Callable[[], None], primary: int) -> tuple[int, float, float]:
                """Fault, then wait until beat sends to the new primary: (its port, seconds
                until the sentinels named it, seconds until beat sent 3 tasks there)."""
                at = time.monotonic()
                fault()
                new = group.wait_for_primary_other_than(primary)
                named = time.monotonic() - at
                # More than the ticks of the second before the fault that may have reached the
                # new primary through replication: beat itself sends there.
                floor = _queued(new, periodic) + 3
                wait_until(lambda: _queued(new, periodic) >= floor, 60, "beat to send again")
                sent = time.monotonic() - at
                assert beat.poll() is None, "beat exited"
                assert wait_until(lambda: health().returncode == 0, 30, "beat to answer again")
                return new, named, sent

            group.wait_for_replica(replica, old)
            new, named, sent = moves(lambda: group.kill(old), old)
            # A tick that finds no primary is skipped (logged), not queued: the next one
            # sends again, and every periodic task is idempotent.
            missed = log.read_text(errors="replace").count("Couldn't apply scheduled task")
            print(
                f"\nbeat through a failover: new primary named {named:.1f} s after the kill, "
                f"3 dispatches on it {sent:.1f} s after; {missed} ticks skipped"
            )
            # Back to the first server by a planned failover: beat goes on writing to the
            # demoted primary until a sentinel turns it into a replica, then moves over.
            group.start_server(old, replica_of=new)
            group.wait_for_replica(old, new)
            _, named, sent = moves(group.failover, new)
            print(f"planned failover: primary named {named:.1f} s after it was asked, "
                  f"3 dispatches on it {sent:.1f} s after")  # fmt: skip
        finally:
            stop_group(beat, timeout=20)
