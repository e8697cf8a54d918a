"""The client: one :class:`Fetcher` per process, its keep-alive pool reused by every fetch.

A fetch checks the URL (:func:`worker.http.policy.check_url`), waits for the host's
throttle, sends a GET (conditional with ``If-None-Match``/``If-Modified-Since``) through the
guarded pool, follows redirects by hand, checking every hop again, and reads the body under
the cap (:func:`worker.http.decode.read_body`), all within one wall-clock deadline. A 304 is a
result (``not_modified``), not an error; any other failure is a Transient/PermanentFetchError.
A 429 or 503 with ``Retry-After`` also holds the host back in the throttle, so the task's retry
waits for the time the server asked for.

:func:`fetch` keeps the module-level call: it uses the process's default Fetcher for a policy.
"""

from __future__ import annotations

import atexit
import hashlib
import os
import threading
import time
from dataclasses import dataclass
from http.cookiejar import CookieJar, DefaultCookiePolicy
from typing import TYPE_CHECKING

import httpx

from worker.errors import TransientFetchError
from worker.http.decode import ACCEPT_ENCODING, read_body
from worker.http.guard import GuardedBackend, Refused, deadline
from worker.http.policy import FetchPolicy, check_hop, check_url, refusal
from worker.http.status import REDIRECTS, redirect_target, status_error, transport_error
from worker.http.throttle import HostThrottle
from worker.http.transport import GuardedTransport

if TYPE_CHECKING:
    import redis

    from worker.config import Settings

__all__ = ["FetchResult", "Fetcher", "default_fetcher", "fetch"]


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


class Fetcher:
    """The HTTP client of a process: build it once, fetch with it many times, close it at exit.

    It holds one httpx client over one guarded connection pool, so connections to a host are
    kept alive between fetches. Cookies live only for one fetch (its redirect hops), never
    from one fetch to the next. Safe to share between threads.
    """

    def __init__(self, policy: FetchPolicy, throttle: HostThrottle | None = None) -> None:
        self.policy = policy
        self.throttle = throttle
        self._client = httpx.Client(
            transport=GuardedTransport(GuardedBackend(policy.allow_private_hosts)),
            trust_env=False,
            follow_redirects=False,
            timeout=httpx.Timeout(policy.read_timeout, connect=policy.connect_timeout),
            headers={"User-Agent": policy.user_agent, "Accept-Encoding": ACCEPT_ENCODING},
            # The shared client keeps no cookies: each fetch carries its own jar.
            cookies=CookieJar(DefaultCookiePolicy(allowed_domains=[])),
        )

    @classmethod
    def from_settings(cls, settings: Settings, redis_client: redis.Redis | None = None) -> Fetcher:
        """The process's client: the settings' policy, and a throttle shared through Redis."""
        throttle = HostThrottle(redis_client, settings.host_min_interval)
        return cls(FetchPolicy.from_settings(settings), throttle)

    def close(self) -> None:
        """Close every pooled connection."""
        self._client.close()

    def fetch(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        accept: str | None = None,
        throttle: HostThrottle | None = None,
    ) -> FetchResult:
        """GET ``url``; a 304 answer is a result with ``not_modified=True``.

        ``throttle`` replaces the Fetcher's own for this fetch. Raises TransientFetchError
        (retry later, honouring ``retry_after``) or PermanentFetchError (the URL is at fault);
        both start their message with ``"fetch: "``.
        """
        started = time.monotonic()
        throttle = throttle or self.throttle
        check_url(url, allow_private_hosts=self.policy.allow_private_hosts)
        headers = {"Accept": accept or "*/*"}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        cookies = httpx.Cookies()
        hops: list[str] = []
        current = url
        with deadline(self.policy.deadline) as deadline_at:
            while True:
                host = httpx.URL(current).host
                if throttle is not None:
                    throttle.wait(host, max_wait=deadline_at - time.monotonic(), url=current)
                request = self._client.build_request(
                    "GET", current, headers=headers, cookies=cookies
                )
                try:
                    response = self._client.send(request, stream=True)
                except Refused as e:
                    raise refusal(current, e.host, str(e)) from e
                except httpx.TransportError as e:
                    raise transport_error(e, current, deadline_at) from e
                try:
                    cookies.extract_cookies(response)
                    target = self._answer(response, current, started, hops, throttle, host)
                except httpx.TransportError as e:
                    raise transport_error(e, current, deadline_at) from e
                finally:
                    response.close()
                if isinstance(target, FetchResult):
                    return target
                hops.append(current)
                check_hop(target, hops, self.policy)
                current = target

    def _answer(
        self,
        response: httpx.Response,
        url: str,
        started: float,
        hops: list[str],
        throttle: HostThrottle | None,
        host: str,
    ) -> FetchResult | str:
        """The result of a final answer, or the URL a redirect points to."""
        status = response.status_code
        if status in REDIRECTS:
            return redirect_target(response, url)
        if status == 304:
            body = None
        elif 200 <= status < 300:
            body = read_body(response, url, self.policy.max_bytes)
        else:
            error = status_error(response, url)
            if isinstance(error, TransientFetchError) and error.retry_after and throttle:
                throttle.defer(host, error.retry_after, reason=error.reason)
            raise error
        return FetchResult(
            url=url,
            status=status,
            headers=dict(response.headers.items()),
            body=body,
            not_modified=status == 304,
            elapsed=time.monotonic() - started,
            redirects=tuple(hops),
            body_sha256=hashlib.sha256(body).hexdigest() if body is not None else None,
        )


# --- the process's default clients, one per policy ------------------------------------------

_clients: dict[FetchPolicy, Fetcher] = {}
_clients_lock = threading.Lock()


def _forget_clients() -> None:
    """After a fork: the child must not share the parent's sockets, so it starts afresh."""
    global _clients_lock
    _clients.clear()
    _clients_lock = threading.Lock()


def _close_clients() -> None:
    """At exit: close pooled connections rather than leave them to the garbage collector."""
    with _clients_lock:
        for fetcher in _clients.values():
            fetcher.close()
        _clients.clear()


os.register_at_fork(after_in_child=_forget_clients)
atexit.register(_close_clients)


def default_fetcher(policy: FetchPolicy) -> Fetcher:
    """The process's Fetcher for ``policy``, built on first use and kept for keep-alive."""
    with _clients_lock:
        fetcher = _clients.get(policy)
        if fetcher is None:
            if len(_clients) >= 8:  # policies are few; a caller making new ones should not leak
                for old in _clients.values():
                    old.close()
                _clients.clear()
            fetcher = _clients[policy] = Fetcher(policy)
        return fetcher


def fetch(
    url: str,
    policy: FetchPolicy,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    accept: str | None = None,
    throttle: HostThrottle | None = None,
) -> FetchResult:
    """GET ``url`` under ``policy`` with the process's default client (:meth:`Fetcher.fetch`)."""
    return default_fetcher(policy).fetch(
        url, etag=etag, last_modified=last_modified, accept=accept, throttle=throttle
    )
