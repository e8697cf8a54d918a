"""The connect-time guard: an httpcore network backend that only connects to public addresses.

:class:`GuardedBackend` resolves a host once, refuses it if *any* address it resolves to is
non-public (:func:`worker.http.policy.why_blocked`), then connects to a vetted IP itself, so
nothing can re-resolve the name between the check and the connection (DNS rebinding). TLS
keeps the name for SNI and certificate checks. Pooled connections were vetted when opened.

Every socket operation also ends by the current fetch's wall-clock deadline
(:func:`deadline`), so a server trickling one byte a second is cut off on time. The deadline
lives in a context variable, not in the backend: one backend and its pool of kept-alive
connections serve every fetch of a process, each under its own deadline.
"""

from __future__ import annotations

import ipaddress
import math
import socket
import ssl
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

import httpcore

from worker.http.policy import IPAddress, normalize_host, why_blocked

__all__ = ["GuardedBackend", "Refused", "Unresolvable", "deadline", "deadline_at"]

_deadline_at: ContextVar[float] = ContextVar("newsworker_fetch_deadline", default=math.inf)


class Refused(Exception):
    """Raised inside the transport when a host resolves to a refused address."""

    def __init__(self, host: str, why: str) -> None:
        super().__init__(f"{host} resolves to {why}")
        self.host = host
        self.why = why


class Unresolvable(httpcore.ConnectError):
    """The host name does not resolve (a DNS failure: often temporary)."""


@contextmanager
def deadline(seconds: float) -> Iterator[float]:
    """Within the block, every socket operation ends by ``seconds`` from now.

    Yields the deadline as a ``time.monotonic()`` value.
    """
    at = time.monotonic() + seconds
    token = _deadline_at.set(at)
    try:
        yield at
    finally:
        _deadline_at.reset(token)


def deadline_at() -> float:
    """The current fetch's deadline (``time.monotonic()``; infinite outside a fetch)."""
    return _deadline_at.get()


def _resolve(host: str, port: int) -> list[IPAddress]:
    """Every address ``host`` resolves to, in resolver order (one lookup, no re-resolution)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as e:
        raise Unresolvable(f"cannot resolve {host!r}: {e}") from e
    addresses = (ipaddress.ip_address(info[4][0]) for info in infos)
    return list(dict.fromkeys(addresses))


def _budget(timeout: float | None, error: type[Exception]) -> float | None:
    """``timeout`` shortened to what is left before the deadline; raises once it has passed."""
    left = _deadline_at.get() - time.monotonic()
    if left <= 0:
        raise error("the fetch deadline has passed")
    if math.isinf(left):
        return timeout
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    """A network stream whose every read and write ends by the current fetch's deadline."""

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _budget(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _budget(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        budget = _budget(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._inner.start_tls(ssl_context, server_hostname, budget))

    def get_extra_info(self, info: str) -> object:
        return self._inner.get_extra_info(info)


class GuardedBackend(httpcore.NetworkBackend):
    """Resolves once, vets every address, then connects to a vetted IP.

    Hosts in ``allow`` (normalized names or literal addresses) skip the vetting: on-premise
    feeds and tests.
    """

    def __init__(self, allow: frozenset[str] = frozenset()) -> None:
        self._inner = httpcore.SyncBackend()
        self._allow = allow

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        addresses = _resolve(host, port)
        if normalize_host(host) not in self._allow:
            # One bad record refuses the host: a public name has no business pointing inside.
            for ip in addresses:
                if why := why_blocked(ip):
                    raise Refused(host, why)
        failure: Exception = httpcore.ConnectError(f"{host!r} has no address")
        for ip in addresses:
            budget = _budget(timeout, httpcore.ConnectTimeout)
            try:
                stream = self._inner.connect_tcp(
                    str(ip), port, budget, local_address, socket_options
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as e:
                failure = e
                continue
            return _DeadlineStream(stream)
        raise failure

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        raise httpcore.ConnectError("fetch never connects to unix sockets")

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)
