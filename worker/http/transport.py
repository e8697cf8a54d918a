"""An httpx transport over one httpcore connection pool that connects through the guard.

httpx 0.28's ``HTTPTransport`` takes no ``network_backend``, so :class:`GuardedTransport`
builds the httpcore pool itself, with public APIs only, and maps httpcore errors to httpx
ones. The pool keeps connections alive between fetches (HTTP/1.1 only); each was vetted by
:class:`worker.http.guard.GuardedBackend` when it was opened.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from ssl import SSLContext

import httpcore
import httpx

from worker.http.guard import GuardedBackend, Unresolvable

__all__ = ["GuardedTransport", "NameNotResolved"]


class NameNotResolved(httpx.ConnectError):
    """The host name did not resolve (httpx has no error of its own for it)."""


_CORE_TO_HTTPX: tuple[tuple[type[Exception], type[httpx.TransportError]], ...] = (
    (Unresolvable, NameNotResolved),
    (httpcore.ConnectTimeout, httpx.ConnectTimeout),
    (httpcore.ReadTimeout, httpx.ReadTimeout),
    (httpcore.WriteTimeout, httpx.WriteTimeout),
    (httpcore.PoolTimeout, httpx.PoolTimeout),
    (httpcore.ConnectError, httpx.ConnectError),
    (httpcore.ReadError, httpx.ReadError),
    (httpcore.WriteError, httpx.WriteError),
    (httpcore.RemoteProtocolError, httpx.RemoteProtocolError),
    (httpcore.LocalProtocolError, httpx.LocalProtocolError),
    (httpcore.UnsupportedProtocol, httpx.UnsupportedProtocol),
)
_CORE_ERRORS = (
    httpcore.TimeoutException,
    httpcore.NetworkError,
    httpcore.ProtocolError,
    httpcore.UnsupportedProtocol,
    httpcore.ProxyError,
)


@contextmanager
def _as_httpx_errors() -> Iterator[None]:
    try:
        yield
    except _CORE_ERRORS as e:
        mapped = next((x for core, x in _CORE_TO_HTTPX if isinstance(e, core)), None)
        raise (mapped or httpx.TransportError)(str(e)) from e


@lru_cache(maxsize=1)
def _ssl_context() -> SSLContext:
    return httpx.create_ssl_context(trust_env=False)


class _CoreStream(httpx.SyncByteStream):
    def __init__(self, stream: Iterable[bytes]) -> None:
        self._stream = stream

    def __iter__(self) -> Iterator[bytes]:
        with _as_httpx_errors():
            yield from self._stream

    def close(self) -> None:
        close = getattr(self._stream, "close", None)
        if close is not None:
            close()


class GuardedTransport(httpx.BaseTransport):
    """Sends requests over a pool whose every new connection goes through the guard."""

    def __init__(
        self,
        backend: GuardedBackend,
        *,
        max_connections: int = 20,
        keepalive_expiry: float = 30.0,
    ) -> None:
        self._pool = httpcore.ConnectionPool(
            ssl_context=_ssl_context(),
            network_backend=backend,
            max_connections=max_connections,
            keepalive_expiry=keepalive_expiry,
            http1=True,
            http2=False,
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(request.stream, httpx.SyncByteStream)
        core_request = httpcore.Request(
            method=request.method,
            url=httpcore.URL(
                scheme=request.url.raw_scheme,
                host=request.url.raw_host,
                port=request.url.port,
                target=request.url.raw_path,
            ),
            headers=request.headers.raw,
            content=request.stream,
            extensions=request.extensions,
        )
        with _as_httpx_errors():
            response = self._pool.handle_request(core_request)
        assert isinstance(response.stream, Iterable)
        return httpx.Response(
            status_code=response.status,
            headers=response.headers,
            stream=_CoreStream(response.stream),
            extensions=response.extensions,
        )

    def close(self) -> None:
        self._pool.close()
