"""Per-host politeness: a pause between two requests to one host, and a server's Retry-After.

:class:`HostThrottle` spaces requests to one host by at least ``interval`` seconds and, when
a host answers 429 or 503 with ``Retry-After``, keeps every request to it back until then
(:meth:`HostThrottle.defer`), so a retried task waits for the time the server asked for
instead of hitting it again early. With a Redis client both hold across every worker process;
without one they hold within this process.
"""

from __future__ import annotations

import threading
import time

import redis

from worker.errors import TransientFetchError
from worker.http.policy import normalize_host

__all__ = ["MAX_DEFER", "HostThrottle"]

#: The longest pause a Retry-After sets: the longest broker countdown. Longer waits belong in
#: the database (a feed's ``next_fetch_at``), not in a shared key that holds back every fetch.
MAX_DEFER = 600.0
_POLITE = b"1"  # the value of a plain politeness claim; a deferral stores its reason instead


class HostThrottle:
    """Spaces requests to one host by at least ``interval`` seconds.

    With a Redis client the spacing holds across every worker process: each request claims
    ``<prefix><host>`` with ``SET NX PX interval``, so a second claim succeeds only after the
    first key expired; a deferral sets the same key for longer. Without Redis it holds within
    this process (a lock and a dict). An ``interval`` of 0 turns the throttle off entirely.
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
        self._why: dict[str, str] = {}

    def wait(self, host: str, *, max_wait: float | None = None, url: str = "") -> float:
        """Block until ``host`` may be contacted; returns the seconds slept.

        Raises TransientFetchError at once if that would take longer than ``max_wait``.
        """
        host = normalize_host(host)
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

    def defer(self, host: str, seconds: float, *, reason: str = "fetch-throttled") -> None:
        """Hold back every request to ``host`` for ``seconds`` (at most :data:`MAX_DEFER`).

        ``reason`` is what a request that cannot wait that long fails with. Best effort: with
        Redis unreachable the deferral is skipped (the fetch error itself still stands).
        """
        host = normalize_host(host)
        seconds = min(seconds, MAX_DEFER)
        if self.interval <= 0 or seconds <= 0:
            return
        if self._redis is None:
            with self._lock:
                until = time.monotonic() + seconds
                if until > self._next.get(host, 0.0):
                    self._next[host], self._why[host] = until, reason
            return
        key, ms = self._prefix + host, round(seconds * 1000)
        try:
            ttl = self._redis.pttl(key)
            if not isinstance(ttl, int) or ttl < ms:
                self._redis.set(key, reason.encode(), px=ms)
        except redis.RedisError:
            pass

    def _too_long(self, host: str, delay: float, url: str, why: str | None) -> TransientFetchError:
        if why is None:
            return TransientFetchError(
                f"fetch: {host} was contacted too recently; the {delay:.1f} s politeness wait "
                "does not fit in the fetch deadline",
                url=url or host,
                reason="fetch-throttled",
                retry_after=delay,
            )
        return TransientFetchError(
            f"fetch: {host} asked us to wait with Retry-After ({why}); the {delay:.1f} s left "
            "do not fit in the fetch deadline",
            url=url or host,
            reason=why,
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
                    self._why.pop(host, None)
                    if len(self._next) > 4096:
                        self._next = {h: t for h, t in self._next.items() if t > now}
                        self._why = {h: w for h, w in self._why.items() if h in self._next}
                    return now - began
                why = self._why.get(host)
            if max_wait is not None and now - began + pause > max_wait:
                raise self._too_long(host, now - began + pause, url, why)
            time.sleep(pause)

    def _wait_redis(
        self, client: redis.Redis, host: str, max_wait: float | None, url: str
    ) -> float:
        key = self._prefix + host
        ms = max(1, round(self.interval * 1000))
        began = time.monotonic()
        while not client.set(key, _POLITE, nx=True, px=ms):
            ttl = client.pttl(key)
            pause = ttl / 1000 if isinstance(ttl, int) and ttl > 0 else 0.001
            waited = time.monotonic() - began
            if max_wait is not None and waited + pause > max_wait:
                value = client.get(key)
                why = value.decode() if isinstance(value, bytes) and value != _POLITE else None
                raise self._too_long(host, waited + pause, url, why)
            time.sleep(pause)
        return time.monotonic() - began
