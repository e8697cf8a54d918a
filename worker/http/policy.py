"""URL policy: what may be fetched at all, decided from the URL alone.

:class:`FetchPolicy` holds the limits of a fetch. :func:`check_url` refuses non-http(s)
schemes, userinfo, odd characters and hosts that *spell* a non-public address in any of the
forms ``inet_aton`` accepts (``2130706433``, ``0x7f.1``, ``[::ffff:10.0.0.1]``...).
:func:`why_blocked` classifies one IP address; the connect-time guard (:mod:`worker.http.guard`)
asks it again for every address a name resolves to.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

import httpx

from worker.errors import PermanentFetchError

if TYPE_CHECKING:
    from worker.config import Settings

__all__ = [
    "FetchPolicy",
    "IPAddress",
    "check_hop",
    "check_url",
    "normalize_host",
    "refusal",
    "why_blocked",
]

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

_HOST_CHARS = re.compile(r"[a-z0-9_.-]+")
_BAD_URL_CHARS = re.compile(r"[\x00-\x20\x7f\\]")
_LEGACY_PART = re.compile(r"0x[0-9a-f]*|0[0-7]*|[1-9][0-9]*")
_SHARED = ipaddress.IPv4Network("100.64.0.0/10")
_V4_COMPAT = ipaddress.IPv6Network("::/96")
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")


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
        hosts = (normalize_host(h) for h in settings.allow_private_hosts.split(","))
        return cls(
            connect_timeout=settings.fetch_connect_timeout,
            read_timeout=settings.fetch_read_timeout,
            deadline=settings.fetch_deadline,
            max_bytes=settings.fetch_max_bytes,
            max_redirects=settings.fetch_max_redirects,
            user_agent=settings.user_agent,
            allow_private_hosts=frozenset(h for h in hosts if h),
        )


def normalize_host(host: str) -> str:
    """``host`` as the allow list and the throttle compare it: bare, lower case, no final dot."""
    return host.strip().strip("[]").rstrip(".").lower()


def refusal(url: str, host: str, why: str, *, quote: bool = False) -> PermanentFetchError:
    """The error for a URL whose host is (or resolves to) a refused address."""
    shown = repr(url) if quote else url
    return PermanentFetchError(
        f"fetch: refused {shown}: {why}; set NEWSWORKER_ALLOW_PRIVATE_HOSTS={host} "
        "to allow an on-premise feed",
        url=url,
        reason="fetch-blocked",
    )


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


def why_blocked(ip: IPAddress) -> str | None:
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
            why = why_blocked(embedded)
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


def _bad_url(url: str, problem: str, reason: str = "fetch-url") -> PermanentFetchError:
    return PermanentFetchError(f"fetch: {url!r} {problem}", url=url, reason=reason)


def check_url(url: str, *, allow_private_hosts: frozenset[str] = frozenset()) -> str:
    """Return ``url`` if it may be fetched; raise PermanentFetchError otherwise.

    Refuses non-http(s) schemes, missing hosts, userinfo (``http://good@evil/``), spaces and
    backslashes, and hosts that spell a non-public address (``127.0.0.1``, ``[::1]``,
    ``2130706433``, ``0x7f.1``, ``localhost``...) unless listed in ``allow_private_hosts``.
    Names are not resolved here: the guard checks every address again at connect time.
    """
    if _BAD_URL_CHARS.search(url):
        raise _bad_url(
            url, "contains spaces, control characters or backslashes; percent-encode them"
        )
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as e:
        raise _bad_url(url, f"is not a valid URL ({e})") from e
    if parsed.scheme not in ("http", "https"):
        scheme = f"{parsed.scheme}:" if parsed.scheme else "no scheme"
        raise PermanentFetchError(
            f"fetch: only http:// and https:// URLs can be fetched, {url!r} has {scheme}",
            url=url,
            reason="fetch-scheme",
        )
    host = normalize_host(parsed.raw_host.decode("ascii"))
    if not host:
        raise _bad_url(url, "has no host")
    if parsed.userinfo:
        raise _bad_url(url, "carries a user name or password before the host; remove it")
    ip = _literal_ip(host)
    if ip is None and not _HOST_CHARS.fullmatch(host):
        raise _bad_url(url, f"has an invalid host {host!r}")
    if host in allow_private_hosts:
        return url
    why = why_blocked(ip) if ip is not None else None
    if why is None and (host == "localhost" or host.endswith(".localhost")):
        why = "a loopback name"
    if why is not None:
        raise refusal(url, host, f"its host is {why}", quote=True)
    return url


def check_hop(target: str, hops: list[str], policy: FetchPolicy) -> None:
    """Refuse a redirect to ``target`` after ``hops``: a loop, one hop too many, a bad URL."""
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
