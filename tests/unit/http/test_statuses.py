"""Statuses and transport failures mapped into the error tree, with Retry-After."""

from __future__ import annotations

import email.utils
import pickle
import socket
import time
from typing import Any

import pytest

from tests.unit.http.helpers import fails
from tests.unit.pipeline.loopback import LoopbackServer
from worker.errors import PermanentError, RetryableError
from worker.http import FetchPolicy, PermanentFetchError, TransientFetchError

# --- statuses ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "reason"),
    [(404, "fetch-gone"), (410, "fetch-gone"), (401, "fetch-http-4xx"), (403, "fetch-http-4xx")],
)
def test_client_errors_are_permanent(server: LoopbackServer, status: int, reason: str) -> None:
    server.routes["/feed"] = lambda h: h.reply(status, b"no")
    error = fails(server.url("/feed"))
    assert isinstance(error, PermanentFetchError)
    assert isinstance(error, PermanentError)
    assert (error.status, error.reason, error.url) == (status, reason, server.url("/feed"))


@pytest.mark.parametrize("status", [500, 502, 503])
def test_server_errors_are_transient(server: LoopbackServer, status: int) -> None:
    server.routes["/feed"] = lambda h: h.reply(status, b"down")
    error = fails(server.url("/feed"))
    assert isinstance(error, TransientFetchError)
    assert isinstance(error, RetryableError)
    assert error.status == status
    assert error.retry_after is None


def test_429_with_retry_after_in_seconds_is_transient_with_that_delay(
    server: LoopbackServer,
) -> None:
    server.routes["/feed"] = lambda h: h.reply(429, b"slow down", {"Retry-After": "7200"})
    error = fails(server.url("/feed"))
    assert isinstance(error, TransientFetchError)
    assert (error.status, error.retry_after, error.reason) == (429, 7200, "fetch-rate-limited")


def test_retry_after_as_an_http_date_becomes_seconds_from_now(server: LoopbackServer) -> None:
    when = email.utils.formatdate(time.time() + 3600, usegmt=True)
    server.routes["/feed"] = lambda h: h.reply(503, b"later", {"Retry-After": when})
    error = fails(server.url("/feed"))
    assert isinstance(error, TransientFetchError)
    assert error.retry_after is not None
    assert 3590 <= error.retry_after <= 3600


def test_a_closed_port_is_a_transient_connection_error() -> None:
    with socket.create_server(("127.0.0.1", 0)) as probe:
        port = probe.getsockname()[1]
    error = fails(f"http://127.0.0.1:{port}/feed")
    assert isinstance(error, TransientFetchError)
    assert error.reason == "fetch-connect"


@pytest.mark.parametrize(
    ("status", "reason"),
    [(503, "fetch-unavailable"), (502, "fetch-unavailable"), (429, "fetch-rate-limited"),
     (408, "fetch-timeout")],
)  # fmt: skip
def test_each_transient_status_says_why_and_that_a_retry_can_help(
    server: LoopbackServer, status: int, reason: str
) -> None:
    server.routes["/page"] = lambda h: h.reply(status, b"later", {"Retry-After": "3"})
    error = fails(server.url("/page"))
    assert (error.reason, error.retryable, error.retry_after) == (reason, True, 3)
    assert error.status == status


def test_a_permanent_error_says_a_retry_cannot_help(server: LoopbackServer) -> None:
    error = fails(server.url("/missing"))
    assert (error.reason, error.retryable, error.retry_after) == ("fetch-gone", False, None)


def test_a_host_that_does_not_resolve_is_a_transient_dns_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = socket.getaddrinfo

    def lookup(host: str, *args: Any, **kwargs: Any) -> Any:
        if host == "nowhere.example.test":
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", lookup)
    error = fails("http://nowhere.example.test/page", FetchPolicy(deadline=3.0))
    assert isinstance(error, TransientFetchError)
    assert (error.reason, error.retryable) == ("fetch-dns", True)
    assert "nowhere.example.test" in str(error)


def test_a_fetch_error_survives_pickling_with_its_reason_and_delay() -> None:
    # Celery pickles a failed task's exception before the failure signal records it.
    error = TransientFetchError(
        "fetch: x answered HTTP 429", url="http://x/", status=429,
        reason="fetch-rate-limited", retry_after=3.0,
    )  # fmt: skip
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is TransientFetchError
    assert (str(copy), copy.url, copy.status, copy.reason, copy.retry_after) == (
        str(error), "http://x/", 429, "fetch-rate-limited", 3.0,
    )  # fmt: skip
    assert type(pickle.loads(pickle.dumps(PermanentFetchError("fetch: y", url="y")))) is (
        PermanentFetchError
    )
