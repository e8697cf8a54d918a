"""Fetch stage: the one hardened HTTP client for every outbound request newsworker makes.

Every request goes through :func:`fetch`, which enforces, per call:

* only ``http``/``https`` URLs without userinfo (:func:`check_url`, also used at submission);
* an SSRF guard **at connect time**: a custom httpcore network backend resolves the host once,
  refuses private, loopback, link-local, multicast, reserved, shared and unspecified addresses
  (and IPv6 forms embedding them), then connects to the vetted IP itself, so nothing can
  re-resolve the name between the check and the connection;
* connect and read timeouts plus a wall-clock deadline over the whole fetch, enforced on every
  socket operation (a server trickling one byte a second is cut off at the deadline);
* a cap on *decoded* body bytes, decompressing gzip/deflate ourselves in bounded pieces so a
  compression bomb stops at the cap with little memory;
* redirects followed by hand, at most ``max_redirects``, each hop checked again;
* conditional GET (``If-None-Match``/``If-Modified-Since``): 304 is a result, not an error;
* optional per-host politeness (:class:`HostThrottle`), shared by all workers through Redis.

Errors, split by what the caller should do::

    FetchError (NewsworkerError)         .url, .status, .reason
    ├── TransientFetchError (Retryable)  timeouts, connection errors, 5xx, 408, 429; .retry_after
    └── PermanentFetchError (Permanent)  4xx, refused address, too large, too many redirects,
                                         bad scheme/URL, unsupported content encoding
"""

from __future__ import annotations

import hashlib
import ipaddress
import re
import socket
import ssl
import threading
import time
import zlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from functools import lru_cache
from typing import TYPE_CHECKING

import httpcore
import httpx
import redis

from worker.errors import NewsworkerError, PermanentError, RetryableError

if TYPE_CHECKING:
    from worker.config import Settings

__all__ = [
    "FetchError",
    "FetchPolicy",
    "FetchResult",
    "HostThrottle",
    "PermanentFetchError",
    "TransientFetchError",
    "check_url",
    "fetch",
]

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

_PIECE = 64 * 1024  # largest decoded piece held at once: bounds a bomb's memory
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_HOST_CHARS = re.compile(r"[a-z0-9_.-]+")
_BAD_URL_CHARS = re.compile(r"[\x00-\x20\x7f\\]")
_LEGACY_PART = re.compile(r"0x[0-9a-f]*|0[0-7]*|[1-9][0-9]*")
_SHARED = ipaddress.IPv4Network("100.64.0.0/10")
_V4_COMPAT = ipaddress.IPv6Network("::/96")
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")
_ALLOW_HINT = "set NEWSWORKER_ALLOW_PRIVATE_HOSTS={host} to allow an on-premise feed"


# --- policy and result ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FetchPolicy:
    """Limits of one fetch; build it once from the settings and pass it down."""

    connect_timeout: float = 3.05
    read_timeout: float = 20.0
    deadline: float = 30.0
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    user_agent: str = "newsworker/0.1"
    allow_private_hosts: frozenset[str] = frozenset()

    @classmethod
    def from_settings(cls, settings: Settings) -> FetchPolicy:
        """The policy the settings describe (``allow_private_hosts`` is comma-separated)."""
        hosts = (_norm_host(h) for h in settings.allow_private_hosts.split(","))
        return cls(
            connect_timeout=settings.fetch_connect_timeout,
            read_timeout=settings.fetch_read_timeout,
            deadline=settings.fetch_deadline,
            max_bytes=settings.fetch_max_bytes,
            max_redirects=settings.fetch_max_redirects,
            user_agent=settings.user_agent,
            allow_private_hosts=frozenset(h for h in hosts if h),
        )


@dataclass(frozen=True, slots=True)
class FetchResult:
    """What one fetch got.

    ``redirects`` lists, in order, each URL that answered with a redirect, so
    ``(*redirects, url)`` is the whole path from the requested URL to the final one.
    """

    url: str
    status: int
    headers: dict[str, str]
    body: bytes | None
    not_modified: bool
    elapsed: float
    redirects: tuple[str, ...]
    body_sha256: str | None


# --- errors --------------------------------------------------------------------------------


class FetchError(NewsworkerError):
    """A fetch failed; ``url`` is the URL being fetched, ``status`` the HTTP status if any."""

    reason = "fetch"

    def __init__(
        self, message: str, *, url: str, status: int | None = None, reason: str | None = None
    ) -> None:
        super().__init__(message)
        self.url = url
        self.status = status
        if reason is not None:
            self.reason = reason


class TransientFetchError(FetchError, RetryableError):
    """Timeouts, connection errors, 5xx, 408 and 429: the same fetch may work later.

    ``retry_after`` is the server's ``Retry-After`` in seconds, when it sent one; store it as
    the feed's next fetch time rather than as a broker countdown.
    """

    reason = "fetch-transient"

    def __init__(
        self,
        message: str,
        *,
        url: str,
        status: int | None = None,
        reason: str | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message, url=url, status=status, reason=reason)
        self.retry_after = retry_after


class PermanentFetchError(FetchError, PermanentError):
    """The URL itself is at fault (4xx, refused address, too large, redirects, scheme)."""

    reason = "fetch-permanent"


# --- URL and address checks ----------------------------------------------------------------


def _norm_host(host: str) -> str:
    return host.strip().strip("[]").rstrip(".").lower()


def _legacy_ipv4(host: str) -> ipaddress.IPv4Address | None:
    """The address inet_aton() would read from ``host`` (2130706433, 0x7f.1, 0177.0.0.1, 127.1)."""
    parts = host.split(".")
    if len(parts) > 1 and parts[-1] == "":
        parts.pop()
    if not 1 <= len(parts) <= 4 or not all(_LEGACY_PART.fullmatch(p) for p in parts):
        return None
    numbers = [
        int(p[2:] or "0", 16) if p.startswith("0x") else int(p, 8 if p.startswith("0") else 10)
        for p in parts
    ]
    *head, last = numbers
    if any(n > 255 for n in head) or last >= 256 ** (5 - len(numbers)):
        return None
    value = last
    for i, n in enumerate(head):
        value += n << (8 * (3 - i))
    return ipaddress.IPv4Address(value)


def _literal_ip(host: str) -> IPAddress | None:
    if ":" in host:
        try:
            return ipaddress.IPv6Address(host)
        except ValueError:
            return None
    return _legacy_ipv4(host)


def _why_blocked(ip: IPAddress) -> str | None:
    """Why connecting to ``ip`` is refused, or None for a public address."""
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return "an IPv4-mapped IPv6"
        if ip in _V4_COMPAT and not (ip.is_unspecified or ip.is_loopback):
            return "an IPv4-compatible IPv6"
        embedded = ip.sixtofour
        if embedded is None and ip in _NAT64:
            embedded = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
        if embedded is not None:
            why = _why_blocked(embedded)
            return f"{why} (embedded in {ip})" if why else None
    checks = (
        ("an unspecified", ip.is_unspecified),
        ("a loopback", ip.is_loopback),
        ("a link-local", ip.is_link_local),
        ("a multicast", ip.is_multicast),
        ("a shared (100.64/10)", isinstance(ip, ipaddress.IPv4Address) and ip in _SHARED),
        ("a private", ip.is_private),
        ("a reserved", ip.is_reserved),
        ("a non-public", not ip.is_global),
    )
    return next((f"{kind} address {ip}" for kind, hit in checks if hit), None)


def check_url(url: str, *, allow_private_hosts: frozenset[str] = frozenset()) -> str:
    """Return ``url`` if it may be fetched; raise PermanentFetchError otherwise.

    Refuses non-http(s) schemes, missing hosts, userinfo (``http://good@evil/``), spaces and
    backslashes, and hosts that spell a non-public address (``127.0.0.1``, ``[::1]``,
    ``2130706433``, ``0x7f.1``, ``localhost``...) unless listed in ``allow_private_hosts``.
    Names are not resolved here: :func:`fetch` checks every address again at connect time.
    """
    if _BAD_URL_CHARS.search(url):
        raise PermanentFetchError(
            f"fetch: {url!r} contains spaces, control characters or backslashes; "
            "percent-encode them",
            url=url,
            reason="fetch-url",
        )
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as e:
        raise PermanentFetchError(
            f"fetch: {url!r} is not a valid URL ({e})", url=url, reason="fetch-url"
        ) from e
    if parsed.scheme not in ("http", "https"):
        scheme = f"{parsed.scheme}:" if parsed.scheme else "no scheme"
        raise PermanentFetchError(
            f"fetch: only http:// and https:// URLs can be fetched, {url!r} has {scheme}",
            url=url,
            reason="fetch-scheme",
        )
    host = _norm_host(parsed.raw_host.decode("ascii"))
    if not host:
        raise PermanentFetchError(f"fetch: {url!r} has no host", url=url, reason="fetch-url")
    if parsed.userinfo:
        raise PermanentFetchError(
            f"fetch: {url!r} carries a user name or password before the host; remove it",
            url=url,
            reason="fetch-url",
        )
    ip = _literal_ip(host)
    if ip is None and not _HOST_CHARS.fullmatch(host):
        raise PermanentFetchError(
            f"fetch: {url!r} has an invalid host {host!r}", url=url, reason="fetch-url"
        )
    if host in allow_private_hosts:
        return url
    why = _why_blocked(ip) if ip is not None else None
    if why is None and (host == "localhost" or host.endswith(".localhost")):
        why = "a loopback name"
    if why is not None:
        raise PermanentFetchError(
            f"fetch: refused {url!r}: its host is {why}; " + _ALLOW_HINT.format(host=host),
            url=url,
            reason="fetch-blocked",
        )
    return url


# --- the connect-time guard: an httpcore network backend -----------------------------------


class _Refused(Exception):
    """Raised inside the transport when a host resolves to a refused address."""

    def __init__(self, host: str, why: str) -> None:
        super().__init__(f"{host} resolves to {why}")
        self.host = host
        self.why = why


def _resolve(host: str, port: int) -> list[IPAddress]:
    """Every address ``host`` resolves to, in resolver order (one lookup, no re-resolution)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as e:
        raise httpcore.ConnectError(f"cannot resolve {host!r}: {e}") from e
    addresses = (ipaddress.ip_address(info[4][0]) for info in infos)
    return list(dict.fromkeys(addresses))


def _budget(deadline_at: float, timeout: float | None, error: type[Exception]) -> float:
    """``timeout`` shortened to what is left before the deadline; raises once it has passed."""
    left = deadline_at - time.monotonic()
    if left <= 0:
        raise error("the fetch deadline has passed")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    """A network stream whose every read and write ends by the fetch deadline."""

    def __init__(self, inner: httpcore.NetworkStream, deadline_at: float) -> None:
        self._inner = inner
        self._deadline_at = deadline_at

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        budget = _budget(self._deadline_at, timeout, httpcore.ReadTimeout)
        return self._inner.read(max_bytes, budget)

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        budget = _budget(self._deadline_at, timeout, httpcore.WriteTimeout)
        self._inner.write(buffer, budget)

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        budget = _budget(self._deadline_at, timeout, httpcore.ConnectTimeout)
        inner = self._inner.start_tls(ssl_context, server_hostname, budget)
        return _DeadlineStream(inner, self._deadline_at)

    def get_extra_info(self, info: str) -> object:
        return self._inner.get_extra_info(info)


class _GuardedBackend(httpcore.NetworkBackend):
    """Resolves once, vets every address, then connects to a vetted IP (SNI keeps the name)."""

    def __init__(self, allow: frozenset[str], deadline_at: float) -> None:
        self._inner = httpcore.SyncBackend()
        self._allow = allow
        self._deadline_at = deadline_at

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        addresses = _resolve(host, port)
        if _norm_host(host) not in self._allow:
            # One bad record refuses the host: a public name has no business pointing inside.
            for ip in addresses:
                if why := _why_blocked(ip):
                    raise _Refused(host, why)
        failure: Exception = httpcore.ConnectError(f"{host!r} has no address")
        for ip in addresses:
            budget = _budget(self._deadline_at, timeout, httpcore.ConnectTimeout)
            try:
                stream = self._inner.connect_tcp(
                    str(ip), port, budget, local_address, socket_options
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as e:
                failure = e
                continue
            return _DeadlineStream(stream, self._deadline_at)
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


# --- an httpx transport over an httpcore pool that uses the guarded backend ----------------
# httpx 0.28's HTTPTransport takes no network_backend, so this small transport builds the
# httpcore pool itself, with public APIs only, and maps httpcore errors to httpx ones.

_CORE_TO_HTTPX: tuple[tuple[type[Exception], type[httpx.TransportError]], ...] = (
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
def _ssl_context() -> ssl.SSLContext:
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


class _GuardedTransport(httpx.BaseTransport):
    def __init__(self, backend: httpcore.NetworkBackend) -> None:
        self._pool = httpcore.ConnectionPool(
            ssl_context=_ssl_context(), network_backend=backend, http1=True, http2=False
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


# --- bounded decompression -----------------------------------------------------------------


class _Undecodable(Exception):
    """A body in an encoding we did not ask for, or corrupt compressed data."""


class _Inflater:
    """Decodes one gzip or deflate layer in pieces of at most ``_PIECE`` bytes."""

    def __init__(self, kind: str) -> None:
        self._kind = kind
        self._raw_deflate = False
        self._started = False
        self._obj = self._new()

    def _new(self) -> zlib._Decompress:
        if self._kind == "gzip":
            return zlib.decompressobj(16 + zlib.MAX_WBITS)
        return zlib.decompressobj(-zlib.MAX_WBITS if self._raw_deflate else zlib.MAX_WBITS)

    def feed(self, data: bytes) -> Iterator[bytes]:
        while data:
            if self._obj.eof:
                if self._kind != "gzip":
                    return  # bytes after the end of a deflate stream are ignored
                self._obj = self._new()  # concatenated gzip members
            try:
                piece = self._obj.decompress(data, _PIECE)
            except zlib.error as e:
                if self._kind == "deflate" and not self._started and not self._raw_deflate:
                    # Many servers send raw deflate under "deflate"; retry without the header.
                    self._raw_deflate = True
                    self._obj = self._new()
                    continue
                raise _Undecodable(f"corrupt {self._kind} data ({e})") from e
            self._started = True
            if piece:
                yield piece
            data = self._obj.unused_data if self._obj.eof else self._obj.unconsumed_tail

    def finish(self) -> Iterator[bytes]:
        if not self._obj.eof:
            tail = self._obj.flush(_PIECE)
            if tail:
                yield tail


def _decoders(content_encoding: str) -> list[_Inflater]:
    """One inflater per encoding, outermost last; raises _Undecodable for anything else."""
    layers = [c.strip().lower() for c in content_encoding.split(",") if c.strip()]
    inflaters = []
    for layer in reversed(layers):
        if layer in ("gzip", "x-gzip"):
            inflaters.append(_Inflater("gzip"))
        elif layer == "deflate":
            inflaters.append(_Inflater("deflate"))
        elif layer != "identity":
            raise _Undecodable(f"unsupported content encoding {layer!r}")
    return inflaters


def _decoded(raw: Iterator[bytes], inflaters: list[_Inflater]) -> Iterator[bytes]:
    """The decoded body, piece by piece, never more than ``_PIECE`` bytes at a time per layer."""
    stream = raw
    for inflater in inflaters:
        stream = _through(stream, inflater)
    return stream


def _through(source: Iterator[bytes], inflater: _Inflater) -> Iterator[bytes]:
    for chunk in source:
        yield from inflater.feed(chunk)
    yield from inflater.finish()


def _read_body(response: httpx.Response, url: str, max_bytes: int) -> bytes:
    """The decoded body; PermanentFetchError as soon as it grows past ``max_bytes``."""
    too_large = PermanentFetchError(
        f"fetch: {url} sent more than the {max_bytes:,}-byte cap on decoded bodies; "
        "raise NEWSWORKER_FETCH_MAX_BYTES if this feed is legitimately that large",
        url=url,
        status=response.status_code,
        reason="fetch-too-large",
    )
    pieces: list[bytes] = []
    total = 0
    try:
        inflaters = _decoders(response.headers.get("content-encoding", ""))
        declared = response.headers.get("content-length", "")
        if not inflaters and declared.isdigit() and int(declared) > max_bytes:
            raise too_large  # refused before reading a byte of it
        for piece in _decoded(response.iter_raw(), inflaters):
            total += len(piece)
            if total > max_bytes:
                raise too_large
            pieces.append(piece)
    except _Undecodable as e:
        raise PermanentFetchError(
            f"fetch: {url} sent a body newsworker cannot decode: {e}",
            url=url,
            status=response.status_code,
            reason="fetch-encoding",
        ) from e
    return b"".join(pieces)


# --- statuses ------------------------------------------------------------------------------


def _retry_after(value: str | None) -> float | None:
    """Seconds from a ``Retry-After`` header (delta-seconds or HTTP-date); None if unusable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _status_error(response: httpx.Response, url: str) -> FetchError:
    status = response.status_code
    label = f"HTTP {status} {response.reason_phrase}".rstrip()
    if status == 429 or status == 408 or status >= 500:
        retry_after = _retry_after(response.headers.get("retry-after"))
        when = f"retry after {retry_after:.0f} s" if retry_after is not None else "retry later"
        return TransientFetchError(
            f"fetch: {url} answered {label}; {when}",
            url=url,
            status=status,
            reason="fetch-rate-limited" if status == 429 else "fetch-http-5xx",
            retry_after=retry_after,
        )
    if status in (404, 410):
        return PermanentFetchError(
            f"fetch: {url} answered {label}: the feed is gone; fix or remove its URL",
            url=url,
            status=status,
            reason="fetch-gone",
        )
    if 400 <= status < 500:
        return PermanentFetchError(
            f"fetch: {url} answered {label}; check the URL and whether the site allows us",
            url=url,
            status=status,
            reason="fetch-http-4xx",
        )
    return PermanentFetchError(
        f"fetch: {url} answered {label}, which newsworker does not handle",
        url=url,
        status=status,
        reason="fetch-http-status",
    )


def _redirect_target(response: httpx.Response, url: str) -> str | None:
    if response.status_code not in _REDIRECTS:
        return None
    location = response.headers.get("location")
    if not location:
        raise PermanentFetchError(
            f"fetch: {url} answered HTTP {response.status_code} without a Location",
            url=url,
            status=response.status_code,
            reason="fetch-redirects",
        )
    try:
        return str(response.url.join(location))
    except httpx.InvalidURL as e:
        raise PermanentFetchError(
            f"fetch: {url} redirects to an invalid URL {location!r}",
            url=url,
            status=response.status_code,
            reason="fetch-url",
        ) from e


def _result(
    response: httpx.Response, url: str, started: float, hops: list[str], cap: int
) -> FetchResult:
    status = response.status_code
    headers = dict(response.headers.items())
    if status == 304:
        body = None
    elif 200 <= status < 300:
        body = _read_body(response, url, cap)
    else:
        raise _status_error(response, url)
    return FetchResult(
        url=url,
        status=status,
        headers=headers,
        body=body,
        not_modified=status == 304,
        elapsed=time.monotonic() - started,
        redirects=tuple(hops),
        body_sha256=hashlib.sha256(body).hexdigest() if body is not None else None,
    )


# --- fetch ---------------------------------------------------------------------------------


def _request_headers(
    policy: FetchPolicy, etag: str | None, last_modified: str | None, accept: str | None
) -> dict[str, str]:
    headers = {
        "User-Agent": policy.user_agent,
        "Accept": accept or "*/*",
        # No br/zstd: only what _Inflater can decode within the cap.
        "Accept-Encoding": "gzip, deflate",
    }
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    return headers


def _check_hop(target: str, hops: list[str], policy: FetchPolicy) -> None:
    if target in hops:
        raise PermanentFetchError(
            f"fetch: redirect loop: {hops[-1]} sends us back to {target}",
            url=target,
            reason="fetch-redirects",
        )
    if len(hops) > policy.max_redirects:
        raise PermanentFetchError(
            f"fetch: {hops[0]} redirects more than {policy.max_redirects} times; "
            "use the final URL of the feed instead",
            url=target,
            reason="fetch-redirects",
        )
    check_url(target, allow_private_hosts=policy.allow_private_hosts)


def _transport_error(e: httpx.TransportError, url: str, deadline_at: float) -> FetchError:
    if isinstance(e, httpx.TimeoutException):
        if time.monotonic() >= deadline_at - 0.05:
            return TransientFetchError(
                f"fetch: {url} did not finish within the fetch deadline (slow server?)",
                url=url,
                reason="fetch-deadline",
            )
        return TransientFetchError(
            f"fetch: {url} timed out ({type(e).__name__}: {e})", url=url, reason="fetch-timeout"
        )
    if isinstance(e, httpx.UnsupportedProtocol):
        return PermanentFetchError(f"fetch: {url}: {e}", url=url, reason="fetch-scheme")
    if isinstance(e, httpx.ConnectError):
        return TransientFetchError(
            f"fetch: cannot connect to {url} ({e})", url=url, reason="fetch-connect"
        )
    return TransientFetchError(
        f"fetch: {url} failed mid-transfer ({type(e).__name__}: {e})",
        url=url,
        reason="fetch-network",
    )


def fetch(
    url: str,
    policy: FetchPolicy,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    accept: str | None = None,
    throttle: HostThrottle | None = None,
) -> FetchResult:
    """GET ``url`` under ``policy``; a 304 answer is a result with ``not_modified=True``.

    Raises TransientFetchError (retry later, honouring ``retry_after``) or
    PermanentFetchError (the URL is at fault); both start their message with ``"fetch: "``.
    """
    started = time.monotonic()
    deadline_at = started + policy.deadline
    check_url(url, allow_private_hosts=policy.allow_private_hosts)
    transport = _GuardedTransport(_GuardedBackend(policy.allow_private_hosts, deadline_at))
    client = httpx.Client(
        transport=transport,
        trust_env=False,
        follow_redirects=False,
        timeout=httpx.Timeout(policy.read_timeout, connect=policy.connect_timeout),
        headers=_request_headers(policy, etag, last_modified, accept),
    )
    hops: list[str] = []
    current = url
    with client:
        while True:
            if throttle is not None:
                left = deadline_at - time.monotonic()
                throttle.wait(httpx.URL(current).host, max_wait=left, url=current)
            try:
                with client.stream("GET", current) as response:
                    target = _redirect_target(response, current)
                    if target is None:
                        return _result(response, current, started, hops, policy.max_bytes)
            except _Refused as e:
                raise PermanentFetchError(
                    f"fetch: refused {current}: {e}; " + _ALLOW_HINT.format(host=e.host),
                    url=current,
                    reason="fetch-blocked",
                ) from e
            except httpx.TransportError as e:
                raise _transport_error(e, current, deadline_at) from e
            hops.append(current)
            _check_hop(target, hops, policy)
            current = target


# --- per-host politeness -------------------------------------------------------------------


class HostThrottle:
    """Spaces requests to one host by at least ``interval`` seconds.

    With a Redis client the spacing holds across every worker process: each request claims
    ``<prefix><host>`` with ``SET NX PX interval``, so a second claim succeeds only after the
    first key expired. Without Redis it holds within this process (a lock and a dict).
    """

    def __init__(
        self,
        redis_client: redis.Redis | None = None,
        interval: float = 1.0,
        *,
        prefix: str = "newsworker:throttle:",
    ) -> None:
        self.interval = interval
        self._redis = redis_client
        self._prefix = prefix
        self._lock = threading.Lock()
        self._next: dict[str, float] = {}

    def wait(self, host: str, *, max_wait: float | None = None, url: str = "") -> float:
        """Block until ``host`` may be contacted; returns the seconds slept.

        Raises TransientFetchError at once if that would take longer than ``max_wait``.
        """
        host = _norm_host(host)
        if self.interval <= 0:
            return 0.0
        if self._redis is None:
            return self._wait_local(host, max_wait, url)
        try:
            return self._wait_redis(self._redis, host, max_wait, url)
        except redis.RedisError as e:
            raise TransientFetchError(
                f"fetch: the per-host throttle cannot reach Redis ({e}); retry once it is back",
                url=url or host,
                reason="fetch-throttle",
            ) from e

    def _too_long(self, host: str, delay: float, url: str) -> TransientFetchError:
        return TransientFetchError(
            f"fetch: {host} was contacted too recently; the {delay:.1f} s politeness wait "
            "does not fit in the fetch deadline",
            url=url or host,
            reason="fetch-throttled",
            retry_after=delay,
        )

    def _wait_local(self, host: str, max_wait: float | None, url: str) -> float:
        began = time.monotonic()
        while True:
            with self._lock:
                now = time.monotonic()
                pause = self._next.get(host, now) - now
                if pause <= 0:
                    # Stamp the grant itself, not a planned start, so oversleeping cannot
                    # bring two grants closer than the interval.
                    self._next[host] = now + self.interval
                    if len(self._next) > 4096:
                        self._next = {h: t for h, t in self._next.items() if t > now}
                    return now - began
            if max_wait is not None and now - began + pause > max_wait:
                raise self._too_long(host, now - began + pause, url)
            time.sleep(pause)

    def _wait_redis(
        self, client: redis.Redis, host: str, max_wait: float | None, url: str
    ) -> float:
        key = self._prefix + host
        ms = max(1, round(self.interval * 1000))
        began = time.monotonic()
        while not client.set(key, b"1", nx=True, px=ms):
            ttl = client.pttl(key)
            pause = ttl / 1000 if isinstance(ttl, int) and ttl > 0 else 0.001
            waited = time.monotonic() - began
            if max_wait is not None and waited + pause > max_wait:
                raise self._too_long(host, waited + pause, url)
            time.sleep(pause)
        return time.monotonic() - began
