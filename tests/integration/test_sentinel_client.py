"""The Sentinel client follows the primary the sentinels name, even on connections kept open.

Two Redis servers of the test's own stand for an old primary that still takes writes (as
after a planned failover, until a sentinel demotes it) and the new one; the sentinels'
answer is set by the test. A write after the sentinels name the new primary must land
there, not on the connection the client already had open to the old one.
"""

from __future__ import annotations

import time
from contextlib import ExitStack
from pathlib import Path

import pytest
import redis

from tests.integration.own_sentinel import own_redis_server
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
