"""Per-host politeness, in process and across processes through Redis."""

from __future__ import annotations

import itertools
import threading
import time
import uuid

import pytest
import redis

from tests.unit.http.helpers import FEED, POLICY
from tests.unit.pipeline.loopback import Exchange, LoopbackServer
from worker.http import (
    HostThrottle,
    TransientFetchError,
    fetch,
)

# --- per-host politeness -------------------------------------------------------------------


def _spacing(throttle: HostThrottle, host: str, n: int = 3) -> list[float]:
    stamps = []
    for _ in range(n):
        throttle.wait(host)
        stamps.append(time.monotonic())
    return [b - a for a, b in itertools.pairwise(stamps)]


def test_the_in_process_throttle_spaces_requests_to_one_host() -> None:
    throttle = HostThrottle(None, 0.25)
    assert all(gap >= 0.25 for gap in _spacing(throttle, "feeds.example.test"))
    started = time.monotonic()
    throttle.wait("other.example.test")  # another host does not wait
    assert time.monotonic() - started < 0.05


def test_the_in_process_throttle_spaces_concurrent_workers() -> None:
    throttle = HostThrottle(None, 0.2)
    stamps: list[float] = []
    lock = threading.Lock()

    def worker() -> None:
        throttle.wait("feeds.example.test")
        with lock:
            stamps.append(time.monotonic())

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    stamps.sort()
    assert all(b - a >= 0.19 for a, b in itertools.pairwise(stamps))


def test_the_redis_throttle_spaces_requests_across_clients(redis_url: str) -> None:
    prefix = f"newsworker:test:throttle:{uuid.uuid4().hex}:"
    one = redis.Redis.from_url(redis_url)
    two = redis.Redis.from_url(redis_url)  # a second worker with its own connection
    try:
        first, second = HostThrottle(one, 0.3, prefix=prefix), HostThrottle(two, 0.3, prefix=prefix)
        first.wait("feeds.example.test")
        t0 = time.monotonic()
        second.wait("feeds.example.test")
        t1 = time.monotonic()
        first.wait("feeds.example.test")
        t2 = time.monotonic()
        assert t1 - t0 >= 0.25  # the first grant was at most a few ms before t0
        assert t2 - t1 >= 0.29
        assert one.pttl(prefix + "feeds.example.test") > 0
    finally:
        for key in one.scan_iter(match=prefix + "*"):
            one.delete(key)
        one.close()
        two.close()


def test_a_throttle_wait_longer_than_allowed_fails_at_once(redis_url: str) -> None:
    prefix = f"newsworker:test:throttle:{uuid.uuid4().hex}:"
    client = redis.Redis.from_url(redis_url)
    try:
        for throttle in (HostThrottle(None, 5.0), HostThrottle(client, 5.0, prefix=prefix)):
            throttle.wait("feeds.example.test")
            started = time.monotonic()
            with pytest.raises(TransientFetchError) as info:
                throttle.wait("feeds.example.test", max_wait=0.5)
            assert time.monotonic() - started < 0.6
            assert info.value.reason == "fetch-throttled"
    finally:
        client.delete(prefix + "feeds.example.test")
        client.close()


def test_fetch_waits_for_the_throttle_between_two_requests(server: LoopbackServer) -> None:
    stamps: list[float] = []

    def route(h: Exchange) -> None:
        stamps.append(time.monotonic())
        h.reply(200, FEED)

    server.routes["/feed"] = route
    throttle = HostThrottle(None, 0.3)
    fetch(server.url("/feed"), POLICY, throttle=throttle)
    fetch(server.url("/feed"), POLICY, throttle=throttle)
    assert stamps[1] - stamps[0] >= 0.29
