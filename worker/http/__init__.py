"""The one hardened HTTP client for every outbound request newsworker makes.

Every request goes through a :class:`Fetcher` (or the module-level :func:`fetch`, which uses
the process's default one), which enforces, per fetch:

* only ``http``/``https`` URLs without userinfo (:func:`check_url`, also used at submission;
  :mod:`worker.http.policy`);
* an SSRF guard **at connect time**: a custom httpcore network backend resolves the host once,
  refuses private, loopback, link-local, multicast, reserved, shared and unspecified addresses
  (and IPv6 forms embedding them), then connects to the vetted IP itself, so nothing can
  re-resolve the name between the check and the connection (:mod:`worker.http.guard`);
* connect and read timeouts plus a wall-clock deadline over the whole fetch, enforced on every
  socket operation (a server trickling one byte a second is cut off at the deadline);
* a cap on *decoded* body bytes, decompressing gzip/deflate ourselves in bounded pieces so a
  compression bomb stops at the cap with little memory (:mod:`worker.http.decode`);
* redirects followed by hand, at most ``max_redirects``, each hop checked again;
* conditional GET (``If-None-Match``/``If-Modified-Since``): 304 is a result, not an error
  (:mod:`worker.http.client`);
* optional per-host politeness and Retry-After (:class:`HostThrottle`), shared by all workers
  through Redis (:mod:`worker.http.throttle`).

Connections are kept alive in one pool per process (:mod:`worker.http.transport`).

Errors (defined in :mod:`worker.errors`, mapped in :mod:`worker.http.status`)::

    FetchError (NewsworkerError)         .url, .status, .reason, .retry_after, .retryable
    ├── TransientFetchError (Retryable)  DNS, connect, timeouts, 5xx, 408, 429
    └── PermanentFetchError (Permanent)  4xx, refused address, too large, too many redirects,
                                         bad scheme/URL, unsupported content encoding
"""

from __future__ import annotations

from worker.errors import FetchError, PermanentFetchError, TransientFetchError
from worker.http.client import Fetcher, FetchResult, default_fetcher, fetch
from worker.http.policy import FetchPolicy, check_url
from worker.http.throttle import HostThrottle

__all__ = [
    "FetchError",
    "FetchPolicy",
    "FetchResult",
    "Fetcher",
    "HostThrottle",
    "PermanentFetchError",
    "TransientFetchError",
    "check_url",
    "default_fetcher",
    "fetch",
]
