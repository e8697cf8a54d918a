"""What an answer means: HTTP statuses and transport failures mapped into the error tree.

Each error says whether a retry can help (TransientFetchError or PermanentFetchError), why
(``reason``: ``fetch-unavailable``, ``fetch-rate-limited``, ``fetch-timeout``, ``fetch-dns``...)
and, when the server said so, how long to wait (``retry_after``, from ``Retry-After``).
"""

from __future__ import annotations

import time
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import httpx

from worker.errors import FetchError, PermanentFetchError, TransientFetchError
from worker.http.transport import NameNotResolved

__all__ = ["REDIRECTS", "redirect_target", "retry_after", "status_error", "transport_error"]

#: The statuses followed as redirects (by hand, each hop checked again).
REDIRECTS = frozenset({301, 302, 303, 307, 308})


def retry_after(value: str | None) -> float | None:
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


def _transient_reason(status: int) -> str:
    if status == 429:
        return "fetch-rate-limited"
    return "fetch-timeout" if status == 408 else "fetch-unavailable"


def status_error(response: httpx.Response, url: str) -> FetchError:
    """The error for an answer that is neither a success, a 304 nor a redirect."""
    status = response.status_code
    label = f"HTTP {status} {response.reason_phrase}".rstrip()
    if status == 429 or status == 408 or status >= 500:
        delay = retry_after(response.headers.get("retry-after"))
        when = f"retry after {delay:.0f} s" if delay is not None else "retry later"
        return TransientFetchError(
            f"fetch: {url} answered {label}; {when}",
            url=url,
            status=status,
            reason=_transient_reason(status),
            retry_after=delay,
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


def transport_error(e: httpx.TransportError, url: str, deadline_at: float) -> FetchError:
    """The error for a request that got no complete answer (``deadline_at``: monotonic)."""
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
    if isinstance(e, NameNotResolved):
        return TransientFetchError(
            f"fetch: cannot look up the host of {url} ({e})", url=url, reason="fetch-dns"
        )
    if isinstance(e, httpx.ConnectError):
        return TransientFetchError(
            f"fetch: cannot connect to {url} ({e})", url=url, reason="fetch-connect"
        )
    return TransientFetchError(
        f"fetch: {url} failed mid-transfer ({type(e).__name__}: {e})",
        url=url,
        reason="fetch-network",
    )


def redirect_target(response: httpx.Response, url: str) -> str:
    """Where a redirect answer points, resolved against ``url``."""
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
