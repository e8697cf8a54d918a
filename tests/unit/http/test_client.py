"""The client against a real HTTP server on 127.0.0.1: results, validators, headers, redirects."""

from __future__ import annotations

import hashlib
import time

from tests.unit.http.helpers import FEED, LOCAL, POLICY, fails, redirect
from tests.unit.pipeline.loopback import Exchange, LoopbackServer
from worker.config import Settings
from worker.http import Fetcher, FetchPolicy, PermanentFetchError, default_fetcher, fetch

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


# --- redirects -----------------------------------------------------------------------------


def _chain(server: LoopbackServer, name: str, length: int) -> None:
    """/name/length -> /name/length-1 -> ... -> /name/0 (200)."""
    for i in range(1, length + 1):
        server.routes[f"/{name}/{i}"] = redirect(f"/{name}/{i - 1}")
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
    error = fails(server.url("/c/10"))
    assert isinstance(error, PermanentFetchError)
    assert error.reason == "fetch-redirects"
    assert "more than 5" in str(error)
    assert len(server.requests) == 6  # the first request and five followed hops


def test_a_redirect_loop_is_refused(server: LoopbackServer) -> None:
    server.routes["/a"] = redirect("/b", 301)
    server.routes["/b"] = redirect(server.url("/a"), 307)
    error = fails(server.url("/a"))
    assert isinstance(error, PermanentFetchError)
    assert error.reason == "fetch-redirects"
    assert "loop" in str(error)
    assert server.paths() == ["/a", "/b"]


# --- one client per process: keep-alive, per-fetch deadline and cookies ---------------------


def test_fetches_with_one_policy_share_one_kept_alive_connection(server: LoopbackServer) -> None:
    server.routes["/feed"] = lambda h: h.reply(200, FEED)
    assert default_fetcher(POLICY) is default_fetcher(POLICY)
    for _ in range(3):
        assert fetch(server.url("/feed"), POLICY).body == FEED
    assert server.connections == 1
    assert len(server.requests) == 3


def test_a_fetcher_reuses_its_connection_and_closes_it_at_the_end(server: LoopbackServer) -> None:
    server.routes["/feed"] = lambda h: h.reply(200, FEED)
    fetcher = Fetcher(POLICY)
    try:
        assert [fetcher.fetch(server.url("/feed")).status for _ in range(3)] == [200, 200, 200]
    finally:
        fetcher.close()
    assert server.connections == 1


def test_a_kept_alive_connection_serves_a_later_fetch_under_that_fetchs_deadline(
    server: LoopbackServer,
) -> None:
    # The deadline belongs to each fetch, not to the connection it happens to reuse.
    server.routes["/feed"] = lambda h: h.reply(200, FEED)
    fetcher = Fetcher(FetchPolicy(deadline=0.5, allow_private_hosts=LOCAL))
    try:
        fetcher.fetch(server.url("/feed"))
        time.sleep(0.7)  # past the first fetch's deadline
        assert fetcher.fetch(server.url("/feed")).body == FEED
    finally:
        fetcher.close()
    assert server.connections == 1


def test_cookies_follow_redirect_hops_but_never_reach_the_next_fetch(
    server: LoopbackServer,
) -> None:
    server.routes["/login"] = lambda h: h.reply(
        302, headers={"Location": "/feed", "Set-Cookie": "consent=yes; Path=/"}
    )
    server.routes["/feed"] = lambda h: h.reply(200, FEED)
    fetch(server.url("/login"), POLICY)
    fetch(server.url("/feed"), POLICY)
    cookies = [headers.get("cookie") for _, headers in server.requests]
    assert cookies == [None, "consent=yes", None]


def test_the_process_fetcher_comes_from_the_settings() -> None:
    settings = Settings(allow_private_hosts="127.0.0.1", host_min_interval=0.5, fetch_deadline=9)
    fetcher = Fetcher.from_settings(settings)
    try:
        assert fetcher.policy == FetchPolicy.from_settings(settings)
        assert fetcher.throttle is not None
        assert fetcher.throttle.interval == 0.5
    finally:
        fetcher.close()
