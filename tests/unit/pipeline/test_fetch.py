"""The fetch stage against a real HTTP server on 127.0.0.1 (no mocks of httpx).

Tests allow the server's host (127.0.0.1) as a private host, except the SSRF tests, which
use other spellings of loopback or no allowance at all and prove with a connection counter
that a refused fetch never opened a TCP connection to its target.
"""

from __future__ import annotations

import email.utils
import gzip
import hashlib
import itertools
import resource
import socket
import struct
import threading
import time
import tracemalloc
import uuid
import zlib
from collections.abc import Iterator

import pytest
import redis
from loopback import ConnectionCounter, Exchange, LoopbackServer, Route

from worker.config import Settings
from worker.errors import PermanentError, RetryableError
from worker.pipeline import fetch as fetch_module
from worker.pipeline.fetch import (
    FetchError,
    FetchPolicy,
    HostThrottle,
    PermanentFetchError,
    TransientFetchError,
    check_url,
    fetch,
)

LOCAL = frozenset({"127.0.0.1"})
POLICY = FetchPolicy(
    connect_timeout=2.0,
    read_timeout=5.0,
    deadline=8.0,
    max_bytes=1024 * 1024,
    user_agent="newsworker-test/1.0 (+https://example.test/contact)",
    allow_private_hosts=LOCAL,
)
FEED = b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>'


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with LoopbackServer() as s:
        yield s


@pytest.fixture
def target() -> Iterator[ConnectionCounter]:
    with ConnectionCounter() as c:
        yield c


def _fails(url: str, policy: FetchPolicy = POLICY) -> FetchError:
    """The error fetching ``url`` raises; every fetch error names its stage first."""
    with pytest.raises(FetchError) as info:
        fetch(url, policy)
    assert str(info.value).startswith("fetch: ")
    return info.value


# --- success, validators, headers ----------------------------------------------------------


def test_it_returns_the_body_its_sha256_and_lower_cased_headers(server: LoopbackServer) -> None:
    server.routes["/feed"] = lambda h: h.reply(200, FEED, {"Content-Type": "application/rss+xml"})
    result = fetch(server.url("/feed"), POLICY)
    assert result.status == 200
    assert result.body == FEED
    assert result.body_sha256 == hashlib.sha256(FEED).hexdigest()
    assert not result.not_modified
    assert result.url == server.url("/feed")
    assert result.redirects == ()
    assert result.headers["content-type"] == "application/rss+xml"
    assert all(name == name.lower() for name in result.headers)
    assert 0 < result.elapsed < 5


def test_it_identifies_itself_and_asks_only_for_encodings_it_can_bound(
    server: LoopbackServer,
) -> None:
    server.routes["/feed"] = lambda h: h.reply(200, FEED)
    fetch(server.url("/feed"), POLICY, accept="application/rss+xml")
    [(_, headers)] = server.requests
    assert headers["user-agent"] == POLICY.user_agent
    assert headers["accept-encoding"] == "gzip, deflate"
    assert headers["accept"] == "application/rss+xml"
    assert "if-none-match" not in headers
    assert "if-modified-since" not in headers


def _conditional(h: Exchange) -> None:
    if h.headers.get("If-None-Match") == '"v1"':
        h.reply(304, headers={"ETag": '"v1"'})
    elif h.headers.get("If-Modified-Since") == "Wed, 21 Oct 2015 07:28:00 GMT":
        h.reply(304)
    else:
        h.reply(200, FEED, {"ETag": '"v1"', "Last-Modified": "Wed, 21 Oct 2015 07:28:00 GMT"})


def test_a_matching_etag_gives_not_modified_without_a_body(server: LoopbackServer) -> None:
    server.routes["/feed"] = _conditional
    first = fetch(server.url("/feed"), POLICY)
    again = fetch(server.url("/feed"), POLICY, etag=first.headers["etag"])
    assert (again.status, again.not_modified, again.body, again.body_sha256) == (
        304,
        True,
        None,
        None,
    )
    assert server.requests[1][1]["if-none-match"] == '"v1"'


def test_a_matching_last_modified_gives_not_modified(server: LoopbackServer) -> None:
    server.routes["/feed"] = _conditional
    first = fetch(server.url("/feed"), POLICY)
    again = fetch(server.url("/feed"), POLICY, last_modified=first.headers["last-modified"])
    assert again.not_modified
    assert again.body is None
    assert server.requests[1][1]["if-modified-since"] == "Wed, 21 Oct 2015 07:28:00 GMT"


@pytest.mark.parametrize("encoding", ["gzip", "deflate-zlib", "deflate-raw"])
def test_compressed_bodies_are_decoded(server: LoopbackServer, encoding: str) -> None:
    if encoding == "gzip":
        wire, header = gzip.compress(FEED), "gzip"
    elif encoding == "deflate-zlib":
        wire, header = zlib.compress(FEED), "deflate"
    else:
        packer = zlib.compressobj(wbits=-zlib.MAX_WBITS)
        wire, header = packer.compress(FEED) + packer.flush(), "deflate"
    server.routes["/feed"] = lambda h: h.reply(200, wire, {"Content-Encoding": header})
    result = fetch(server.url("/feed"), POLICY)
    assert result.body == FEED
    assert result.body_sha256 == hashlib.sha256(FEED).hexdigest()


def test_an_encoding_we_did_not_ask_for_is_refused(server: LoopbackServer) -> None:
    server.routes["/feed"] = lambda h: h.reply(200, b"\x1b\x00", {"Content-Encoding": "br"})
    error = _fails(server.url("/feed"))
    assert isinstance(error, PermanentFetchError)
    assert error.reason == "fetch-encoding"


# --- statuses ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "reason"),
    [(404, "fetch-gone"), (410, "fetch-gone"), (401, "fetch-http-4xx"), (403, "fetch-http-4xx")],
)
def test_client_errors_are_permanent(server: LoopbackServer, status: int, reason: str) -> None:
    server.routes["/feed"] = lambda h: h.reply(status, b"no")
    error = _fails(server.url("/feed"))
    assert isinstance(error, PermanentFetchError)
    assert isinstance(error, PermanentError)
    assert (error.status, error.reason, error.url) == (status, reason, server.url("/feed"))


@pytest.mark.parametrize("status", [500, 502, 503])
def test_server_errors_are_transient(server: LoopbackServer, status: int) -> None:
    server.routes["/feed"] = lambda h: h.reply(status, b"down")
    error = _fails(server.url("/feed"))
    assert isinstance(error, TransientFetchError)
    assert isinstance(error, RetryableError)
    assert error.status == status
    assert error.retry_after is None


def test_429_with_retry_after_in_seconds_is_transient_with_that_delay(
    server: LoopbackServer,
) -> None:
    server.routes["/feed"] = lambda h: h.reply(429, b"slow down", {"Retry-After": "7200"})
    error = _fails(server.url("/feed"))
    assert isinstance(error, TransientFetchError)
    assert (error.status, error.retry_after, error.reason) == (429, 7200, "fetch-rate-limited")


def test_retry_after_as_an_http_date_becomes_seconds_from_now(server: LoopbackServer) -> None:
    when = email.utils.formatdate(time.time() + 3600, usegmt=True)
    server.routes["/feed"] = lambda h: h.reply(503, b"later", {"Retry-After": when})
    error = _fails(server.url("/feed"))
    assert isinstance(error, TransientFetchError)
    assert error.retry_after is not None
    assert 3590 <= error.retry_after <= 3600


def test_a_closed_port_is_a_transient_connection_error() -> None:
    with socket.create_server(("127.0.0.1", 0)) as probe:
        port = probe.getsockname()[1]
    error = _fails(f"http://127.0.0.1:{port}/feed")
    assert isinstance(error, TransientFetchError)
    assert error.reason == "fetch-connect"


# --- redirects -----------------------------------------------------------------------------


def _redirect(location: str, status: int = 302) -> Route:
    return lambda h: h.reply(status, headers={"Location": location})


def _chain(server: LoopbackServer, name: str, length: int) -> None:
    """/name/length -> /name/length-1 -> ... -> /name/0 (200)."""
    for i in range(1, length + 1):
        server.routes[f"/{name}/{i}"] = _redirect(f"/{name}/{i - 1}")
    server.routes[f"/{name}/0"] = lambda h: h.reply(200, FEED)


def test_a_chain_of_three_redirects_is_followed_and_recorded(server: LoopbackServer) -> None:
    _chain(server, "c", 3)
    result = fetch(server.url("/c/3"), POLICY)
    assert result.body == FEED
    assert result.url == server.url("/c/0")
    assert result.redirects == tuple(server.url(f"/c/{i}") for i in (3, 2, 1))
    assert server.paths() == ["/c/3", "/c/2", "/c/1", "/c/0"]


def test_a_chain_of_ten_redirects_stops_after_five_hops(server: LoopbackServer) -> None:
    _chain(server, "c", 10)
    error = _fails(server.url("/c/10"))
    assert isinstance(error, PermanentFetchError)
    assert error.reason == "fetch-redirects"
    assert "more than 5" in str(error)
    assert len(server.requests) == 6  # the first request and five followed hops


def test_a_redirect_loop_is_refused(server: LoopbackServer) -> None:
    server.routes["/a"] = _redirect("/b", 301)
    server.routes["/b"] = _redirect(server.url("/a"), 307)
    error = _fails(server.url("/a"))
    assert isinstance(error, PermanentFetchError)
    assert error.reason == "fetch-redirects"
    assert "loop" in str(error)
    assert server.paths() == ["/a", "/b"]


# --- deadline, size cap, bombs -------------------------------------------------------------


def _trickle(h: Exchange) -> None:
    h.send_response(200)
    h.send_header("Content-Length", "100")
    h.end_headers()
    for _ in range(100):
        try:
            h.wfile.write(b"x")
            h.wfile.flush()
        except OSError:
            return
        if h.stopping.wait(1.0):
            return


def test_a_server_sending_one_byte_a_second_is_cut_off_by_the_deadline(
    server: LoopbackServer,
) -> None:
    server.routes["/slow"] = _trickle
    # 1.5 s falls between two bytes: only a deadline enforced on each socket read, not
    # merely checked between reads, stops the fetch before the next byte at 2 s.
    policy = FetchPolicy(deadline=1.5, read_timeout=20.0, allow_private_hosts=LOCAL)
    outcome: list[BaseException] = []

    def run() -> None:
        try:
            fetch(server.url("/slow"), policy)
        except BaseException as e:
            outcome.append(e)

    worker = threading.Thread(target=run)
    started = time.monotonic()
    worker.start()
    worker.join(timeout=6)
    assert not worker.is_alive(), "the fetch still holds its worker thread"
    elapsed = time.monotonic() - started
    [error] = outcome
    assert isinstance(error, TransientFetchError)
    assert error.reason == "fetch-deadline"
    assert elapsed >= 1.4  # not before the deadline...
    assert elapsed < 4.0  # ...and soon after it (the bound is loose: CI machines are busy)


def _chunked(total: int, piece: int = 64 * 1024) -> Route:
    def route(h: Exchange) -> None:
        h.send_response(200)
        h.send_header("Transfer-Encoding", "chunked")
        h.end_headers()
        sent = 0
        try:
            while sent < total:
                n = min(piece, total - sent)
                h.wfile.write(f"{n:x}\r\n".encode() + b"a" * n + b"\r\n")
                sent += n
            h.wfile.write(b"0\r\n\r\n")
        except OSError:
            return

    return route


@pytest.mark.parametrize("size", [POLICY.max_bytes, POLICY.max_bytes + 1])
def test_the_cap_is_exact_on_a_chunked_body(server: LoopbackServer, size: int) -> None:
    server.routes["/feed"] = _chunked(size)
    if size <= POLICY.max_bytes:
        result = fetch(server.url("/feed"), POLICY)
        assert result.body is not None
        assert len(result.body) == size
    else:
        error = _fails(server.url("/feed"))
        assert isinstance(error, PermanentFetchError)
        assert error.reason == "fetch-too-large"


def test_an_endless_chunked_body_stops_at_the_cap(server: LoopbackServer) -> None:
    server.routes["/feed"] = _chunked(200 * 1024 * 1024)
    started = time.monotonic()
    error = _fails(server.url("/feed"))
    assert isinstance(error, PermanentFetchError)
    assert error.reason == "fetch-too-large"
    assert time.monotonic() - started < 2  # 200 MB were not read


def test_a_declared_length_over_the_cap_is_refused_before_reading(
    server: LoopbackServer,
) -> None:
    def lying(h: Exchange) -> None:
        h.send_response(200)
        h.send_header("Content-Length", str(50 * 1024 * 1024))
        h.end_headers()
        h.wfile.write(b"a" * 1024)
        h.wfile.flush()
        h.stopping.wait(5)  # never sends the rest: only a client that reads on would hang

    server.routes["/feed"] = lying
    started = time.monotonic()
    error = _fails(server.url("/feed"))
    assert isinstance(error, PermanentFetchError)
    assert error.reason == "fetch-too-large"
    assert time.monotonic() - started < 1


def _gzip_bomb(decoded: int) -> bytes:
    """``decoded`` zero bytes as one gzip member, built block by block (no 1 GiB buffer)."""
    block = bytes(1024 * 1024)
    packer = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    # After a full flush a block never refers back, so one compressed block can be repeated.
    deflated = packer.compress(block) + packer.flush(zlib.Z_FULL_FLUSH)
    crc = 0
    for _ in range(decoded // len(block)):
        crc = zlib.crc32(block, crc)
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"
    body = deflated * (decoded // len(block)) + packer.flush(zlib.Z_FINISH)
    return header + body + struct.pack("<II", crc, decoded & 0xFFFFFFFF)


def test_the_bomb_helper_builds_a_valid_gzip_stream() -> None:
    assert gzip.decompress(_gzip_bomb(4 * 1024 * 1024)) == bytes(4 * 1024 * 1024)


def test_a_gzip_bomb_stops_at_the_cap_with_little_memory(server: LoopbackServer) -> None:
    bomb = _gzip_bomb(1024**3)
    assert len(bomb) < 2 * 1024 * 1024
    server.routes["/bomb"] = lambda h: h.reply(200, bomb, {"Content-Encoding": "gzip"})
    policy = FetchPolicy(allow_private_hosts=LOCAL)  # the production cap: 10 MiB
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    tracemalloc.start()
    try:
        error = _fails(server.url("/bomb"), policy)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    rss_growth = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss_before
    assert isinstance(error, PermanentFetchError)
    assert error.reason == "fetch-too-large"
    assert peak < 32 * 1024 * 1024, f"peak traced memory {peak / 2**20:.1f} MiB"
    assert rss_growth < 100 * 1024, f"peak RSS grew {rss_growth / 1024:.1f} MiB"


# --- SSRF ----------------------------------------------------------------------------------

SPELLINGS = [
    "http://127.0.0.1:{port}/",
    "http://localhost:{port}/",
    "http://LocalHost.:{port}/",
    "http://feeds.localhost:{port}/",
    "http://[::1]:{port}/",
    "http://2130706433:{port}/",
    "http://0x7f.1:{port}/",
    "http://0177.0.0.1:{port}/",
    "http://127.1:{port}/",
    "http://0.0.0.0:{port}/",
    "http://0:{port}/",
    "http://[::ffff:127.0.0.1]:{port}/",
    "http://[::ffff:10.0.0.1]:{port}/",
    "http://[::127.0.0.1]:{port}/",
    "http://[64:ff9b::7f00:1]:{port}/",
    "http://[2002:7f00:1::]:{port}/",
    "http://169.254.169.254:{port}/latest/meta-data/",
    "http://10.0.0.1:{port}/",
    "http://192.168.1.1:{port}/",
    "http://100.64.0.1:{port}/",
    "http://[fe80::1]:{port}/",
    "http://224.0.0.1:{port}/",
]


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_non_public_addresses_are_refused_before_any_connection(
    target: ConnectionCounter, spelling: str
) -> None:
    url = spelling.format(port=target.port)
    policy = FetchPolicy(connect_timeout=1.0, deadline=3.0)  # no allowance at all
    error = _fails(url, policy)
    assert isinstance(error, PermanentFetchError)
    assert error.reason in ("fetch-blocked", "fetch-url")
    assert "NEWSWORKER_ALLOW_PRIVATE_HOSTS" in str(error) or error.reason == "fetch-url"
    with pytest.raises(PermanentFetchError):
        check_url(url)
    time.sleep(0.05)  # let the counter's accept loop see any connection
    assert target.count == 0


def test_the_connection_counter_does_count_a_fetch_that_is_allowed(
    target: ConnectionCounter,
) -> None:
    # The control for the test above: the same target, allowed, is reached.
    error = _fails(f"http://127.0.0.1:{target.port}/", POLICY)
    assert isinstance(error, TransientFetchError)  # the counter hangs up without answering
    time.sleep(0.05)
    assert target.count >= 1


def test_a_redirect_from_an_allowed_host_to_loopback_is_refused(
    server: LoopbackServer, target: ConnectionCounter
) -> None:
    hops = {"/to-localhost": "localhost", "/to-v6": "[::1]", "/to-int": "2130706433"}
    for name, host in hops.items():
        location = f"http://{host}:{target.port}/admin"
        server.routes[name] = _redirect(location)
        error = _fails(server.url(name))
        assert isinstance(error, PermanentFetchError)
        assert error.reason == "fetch-blocked"
        assert error.url == location
    assert server.paths() == ["/to-localhost", "/to-v6", "/to-int"]
    time.sleep(0.05)
    assert target.count == 0


def test_a_public_name_that_resolves_to_loopback_is_refused_at_connect_time(
    monkeypatch: pytest.MonkeyPatch, server: LoopbackServer, target: ConnectionCounter
) -> None:
    # DNS under an attacker's control: check_url passes the name, the socket guard must not.
    real = fetch_module._resolve
    seen: list[str] = []

    def rebinding(host: str, port: int) -> list[fetch_module.IPAddress]:
        seen.append(host)
        return real("127.0.0.1" if host == "feeds.example.test" else host, port)

    monkeypatch.setattr(fetch_module, "_resolve", rebinding)
    url = f"http://feeds.example.test:{target.port}/feed"
    assert check_url(url) == url
    error = _fails(url, FetchPolicy(deadline=3.0))
    assert isinstance(error, PermanentFetchError)
    assert error.reason == "fetch-blocked"
    assert "loopback" in str(error)
    assert "NEWSWORKER_ALLOW_PRIVATE_HOSTS=feeds.example.test" in str(error)
    # ... and the same through a redirect from the allowed test server.
    server.routes["/hop"] = _redirect(url)
    error = _fails(server.url("/hop"))
    assert error.reason == "fetch-blocked"
    assert seen.count("feeds.example.test") == 2
    time.sleep(0.05)
    assert target.count == 0


def test_an_allowed_name_connects_to_the_vetted_ip_and_keeps_its_host_header(
    monkeypatch: pytest.MonkeyPatch, server: LoopbackServer
) -> None:
    real = fetch_module._resolve
    monkeypatch.setattr(
        fetch_module,
        "_resolve",
        lambda host, port: real("127.0.0.1" if host == "onprem.example.test" else host, port),
    )
    server.routes["/feed"] = lambda h: h.reply(200, FEED)
    policy = FetchPolicy(allow_private_hosts=frozenset({"onprem.example.test"}))
    result = fetch(f"http://onprem.example.test:{server.port}/feed", policy)
    assert result.body == FEED
    assert server.requests[0][1]["host"] == f"onprem.example.test:{server.port}"


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "ftp://example.com/feed.xml",
        "gopher://example.com:70/_GET",
        "javascript:alert(1)",
        "data:text/xml,<rss/>",
        "example.com/feed.xml",
        "//example.com/feed.xml",
        "http:///feed.xml",
        "http://user:pass@example.com/feed.xml",
        "http://example.com@127.0.0.1/",
        "http://evil.example\\@good.example/",
        "http://exa mple.com/",
        "http://ex%41mple.com/",
    ],
)
def test_check_url_refuses_what_is_not_a_plain_http_url(url: str) -> None:
    with pytest.raises(PermanentFetchError) as info:
        check_url(url)
    assert info.value.reason in ("fetch-scheme", "fetch-url", "fetch-blocked")
    assert str(info.value).startswith("fetch: ")
    # fetch itself refuses the same URL without touching the network
    with pytest.raises(PermanentFetchError):
        fetch(url, FetchPolicy(deadline=1.0))


def test_check_url_refuses_other_schemes_with_their_reason() -> None:
    for url in ("file:///etc/passwd", "ftp://example.com/", "gopher://example.com/"):
        with pytest.raises(PermanentFetchError) as info:
            check_url(url)
        assert info.value.reason == "fetch-scheme"


@pytest.mark.parametrize(
    "url",
    [
        "http://example.com/feed.xml",
        "https://news.example.org:8443/rss?x=1#top",
        "https://ĕxample.com/feed",
        "http://8.8.8.8/feed",
        "http://[2001:4860:4860::8888]/feed",
        "http://134744072/feed",  # 8.8.8.8 spelled as one number: odd but public
        "http://123.example.com/feed",
    ],
)
def test_check_url_accepts_public_http_urls_unchanged(url: str) -> None:
    assert check_url(url) == url


def test_check_url_lets_an_allowed_private_host_through() -> None:
    url = "http://127.0.0.1:8080/feed"
    assert check_url(url, allow_private_hosts=LOCAL) == url
    with pytest.raises(PermanentFetchError, match=r"NEWSWORKER_ALLOW_PRIVATE_HOSTS=127\.0\.0\.1"):
        check_url(url)


def test_the_policy_comes_from_the_settings() -> None:
    settings = Settings(
        allow_private_hosts=" Feeds.Intranet. , [::1],,127.0.0.1 ",
        fetch_deadline=12.0,
        fetch_max_bytes=4096,
        fetch_max_redirects=2,
        user_agent="ua/1",
    )
    policy = FetchPolicy.from_settings(settings)
    assert policy.allow_private_hosts == frozenset({"feeds.intranet", "::1", "127.0.0.1"})
    assert (policy.deadline, policy.max_bytes, policy.max_redirects, policy.user_agent) == (
        12.0,
        4096,
        2,
        "ua/1",
    )
    assert policy.connect_timeout == settings.fetch_connect_timeout
    assert policy.read_timeout == settings.fetch_read_timeout


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
