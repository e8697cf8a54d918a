"""Per-host politeness, in process and across processes through Redis."""

from __future__ import annotations

import itertools
import threading
import time
import uuid
from collections.abc import Iterator

import pytest
import redis

from tests.unit.http.helpers import FEED, LOCAL, POLICY
from tests.unit.pipeline.loopback import Exchange, LoopbackServer, Route
from worker.http import (
    Fetcher,
    FetchPolicy,
    HostThrottle,
    TransientFetchError,
    fetch,
)
from worker.http.throttle import MAX_DEFER

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


# --- Retry-After: a host that asked us to wait is held back -----------------------------------


def _busy_then_ok(stamps: list[float], delay: str = "1") -> Route:
    def route(h: Exchange) -> None:
        stamps.append(time.monotonic())
        if len(stamps) == 1:
            h.reply(429, b"slow down", {"Retry-After": delay})
        else:
            h.reply(200, FEED)

    return route


@pytest.fixture(params=["in-process", "redis"])
def polite(request: pytest.FixtureRequest) -> Iterator[HostThrottle]:
    """A throttle with a tiny interval, in this process or shared through Redis."""
    prefix = f"newsworker:test:throttle:{uuid.uuid4().hex}:"
    client = None
    if request.param == "redis":
        client = redis.Redis.from_url(request.getfixturevalue("redis_url"))
    yield HostThrottle(client, 0.01, prefix=prefix)
    if client is not None:
        client.delete(prefix + "127.0.0.1")
        client.close()


def test_a_retry_after_holds_the_host_back_until_the_time_it_asked_for(
    server: LoopbackServer, polite: HostThrottle
) -> None:
    stamps: list[float] = []
    server.routes["/page"] = _busy_then_ok(stamps)
    fetcher = Fetcher(POLICY, polite)
    try:
        with pytest.raises(TransientFetchError) as info:
            fetcher.fetch(server.url("/page"))
        assert (info.value.reason, info.value.retry_after) == ("fetch-rate-limited", 1)
        assert fetcher.fetch(server.url("/page")).body == FEED  # the retry, at once
    finally:
        fetcher.close()
    assert stamps[1] - stamps[0] >= 0.95  # it waited for the Retry-After, not the interval


def test_a_retry_after_past_the_deadline_fails_at_once_with_the_servers_reason(
    server: LoopbackServer, polite: HostThrottle
) -> None:
    stamps: list[float] = []
    server.routes["/page"] = _busy_then_ok(stamps, delay="120")
    fetcher = Fetcher(FetchPolicy(deadline=1.0, allow_private_hosts=LOCAL), polite)
    try:
        with pytest.raises(TransientFetchError):
            fetcher.fetch(server.url("/page"))
        started = time.monotonic()
        with pytest.raises(TransientFetchError) as info:
            fetcher.fetch(server.url("/page"))
        assert time.monotonic() - started < 0.5
    finally:
        fetcher.close()
    assert info.value.reason == "fetch-rate-limited"  # the real reason, not our own pause
    assert info.value.retry_after is not None
    assert 118 < info.value.retry_after <= 120.5
    assert len(stamps) == 1  # the host was not asked again


def test_a_deferral_never_outlasts_the_longest_broker_countdown(redis_url: str) -> None:
    prefix = f"newsworker:test:throttle:{uuid.uuid4().hex}:"
    client = redis.Redis.from_url(redis_url)
    try:
        HostThrottle(client, 1.0, prefix=prefix).defer("Feeds.Example.Test.", 10**9)
        ttl = client.pttl(prefix + "feeds.example.test")
        assert 0 < ttl <= MAX_DEFER * 1000
        # a shorter deferral does not shorten a longer one
        HostThrottle(client, 1.0, prefix=prefix).defer("feeds.example.test", 5)
        assert client.pttl(prefix + "feeds.example.test") > 5000
    finally:
        client.delete(prefix + "feeds.example.test")
        client.close()
