"""The Sentinel client follows the primary the sentinels name, even on connections kept open.

Two Redis servers of the test's own stand for an old primary that still takes writes (as
after a planned failover, until a sentinel demotes it) and the new one; the sentinels'
answer is set by the test. A write after the sentinels name the new primary must land
there, not on the connection the client already had open to the old one.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from contextlib import ExitStack
from pathlib import Path

import pytest
import redis

from tests.integration.conftest import ROOT
from tests.integration.own_sentinel import MASTER, own_redis_server, own_sentinel_group
from worker.events import redis_client

pytestmark = pytest.mark.redis


def test_writes_move_to_the_new_primary_once_the_sentinels_name_it(tmp_path: Path) -> None:
    with ExitStack() as stack:
        old, new = (stack.enter_context(own_redis_server(tmp_path)) for _ in range(2))
        redis_client.cache_clear()
        # No sentinel listens there: the test answers for them.
        client = redis_client("sentinel://127.0.0.1:1", "nwprimary")
        primary = [("127.0.0.1", old)]
        manager = client.connection_pool.sentinel_manager
        manager.discover_master = lambda name: primary[0]
        client.set("where", "old")  # opens a connection to the old primary, kept idle
        primary[0] = ("127.0.0.1", new)
        time.sleep(1.1)  # the pool asks the sentinels at most once a second
        client.set("where", "new")
        assert redis.Redis(port=new).get("where") == b"new"
        assert redis.Redis(port=old).get("where") == b"old"  # nothing more went there
        client.close()
        redis_client.cache_clear()


def test_status_names_the_primary_the_sentinels_report(tmp_path: Path) -> None:
    with own_sentinel_group() as group:
        env = {
            **{k: v for k, v in os.environ.items() if not k.startswith("NEWSWORKER_")},
            "NEWSWORKER_BROKER_URL": group.url,
            "NEWSWORKER_SENTINEL_MASTER": MASTER,
            "PYTHONPATH": str(ROOT),
            "COLUMNS": "300",
        }
        run = [sys.executable, "-m", "worker"]
        assert subprocess.run([*run, "migrate"], env=env, cwd=tmp_path, check=False,
                              capture_output=True, timeout=60).returncode == 0  # fmt: skip
        status = subprocess.run(
            [*run, "status", "--timeout", "0.5"], env=env, cwd=tmp_path, capture_output=True,
            text=True, timeout=60, check=False,
        )  # fmt: skip
        assert status.returncode == 0, status.stdout + status.stderr
        primary = group.primary_port()
        assert f"broker        {group.url}: reachable" in status.stdout
        line = f"sentinel      {MASTER}: primary 127.0.0.1:{primary}; 3/3 sentinels answering"
        assert line in status.stdout, status.stdout
