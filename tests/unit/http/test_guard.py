"""The connect-time guard: refused addresses never get a TCP connection; the deadline holds."""

from __future__ import annotations

import threading
import time

import pytest

from tests.unit.http.helpers import FEED, LOCAL, POLICY, fails, redirect
from tests.unit.pipeline.loopback import ConnectionCounter, Exchange, LoopbackServer
from worker.http import (
    FetchPolicy,
    PermanentFetchError,
    TransientFetchError,
    check_url,
    fetch,
    guard,
)
from worker.http.policy import IPAddress

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
    error = fails(url, policy)
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
    error = fails(f"http://127.0.0.1:{target.port}/", POLICY)
    assert isinstance(error, TransientFetchError)  # the counter hangs up without answering
    time.sleep(0.05)
    assert target.count >= 1


def test_a_redirect_from_an_allowed_host_to_loopback_is_refused(
    server: LoopbackServer, target: ConnectionCounter
) -> None:
    hops = {"/to-localhost": "localhost", "/to-v6": "[::1]", "/to-int": "2130706433"}
    for name, host in hops.items():
        location = f"http://{host}:{target.port}/admin"
        server.routes[name] = redirect(location)
        error = fails(server.url(name))
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
    real = guard._resolve
    seen: list[str] = []

    def rebinding(host: str, port: int) -> list[IPAddress]:
        seen.append(host)
        return real("127.0.0.1" if host == "feeds.example.test" else host, port)

    monkeypatch.setattr(guard, "_resolve", rebinding)
    url = f"http://feeds.example.test:{target.port}/feed"
    assert check_url(url) == url
    error = fails(url, FetchPolicy(deadline=3.0))
    assert isinstance(error, PermanentFetchError)
    assert error.reason == "fetch-blocked"
    assert "loopback" in str(error)
    assert "NEWSWORKER_ALLOW_PRIVATE_HOSTS=feeds.example.test" in str(error)
    # ... and the same through a redirect from the allowed test server.
    server.routes["/hop"] = redirect(url)
    error = fails(server.url("/hop"))
    assert error.reason == "fetch-blocked"
    assert seen.count("feeds.example.test") == 2
    time.sleep(0.05)
    assert target.count == 0


def test_an_allowed_name_connects_to_the_vetted_ip_and_keeps_its_host_header(
    monkeypatch: pytest.MonkeyPatch, server: LoopbackServer
) -> None:
    real = guard._resolve
    monkeypatch.setattr(
        guard,
        "_resolve",
        lambda host, port: real("127.0.0.1" if host == "onprem.example.test" else host, port),
    )
    server.routes["/feed"] = lambda h: h.reply(200, FEED)
    policy = FetchPolicy(allow_private_hosts=frozenset({"onprem.example.test"}))
    result = fetch(f"http://onprem.example.test:{server.port}/feed", policy)
    assert result.body == FEED
    assert server.requests[0][1]["host"] == f"onprem.example.test:{server.port}"


# --- the deadline, on every socket operation ----------------------------------------------


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
