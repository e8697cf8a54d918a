"""newsworker's one error tree, split by what the caller should do next.

::

    NewsworkerError                 base of everything newsworker raises on purpose
    ├── ConfigError                 newsworker is set up wrongly: fix the settings, restart
    │   ├── TaxonomyError           a taxonomy file is malformed (raised at load time)
    │   └── SchemaMissing           the database has no newsworker tables: run ``migrate``
    ├── RetryableError              the same input may succeed later: retry with backoff
    │   ├── StorageUnavailable      the database could not be reached or was locked
    │   ├── BrokerUnavailable       the broker (Redis) could not be reached
    │   └── TransientFetchError     DNS, connect, timeout, 5xx, 408, 429: the URL may work later
    └── PermanentError              the input itself is at fault: retrying cannot help;
        │                           the raw input goes to the dead-letter table
        ├── InvalidSubmission       the payload does not match the submission contract
        ├── EmptyInput              nothing to ingest (empty or whitespace-only)
        ├── NotText                 bytes that are not text in any known encoding
        ├── InputTooLarge           larger than ``max_article_bytes``
        ├── PermanentFetchError     4xx, refused address, too large, redirects, bad URL/scheme
        └── InternalError           a bug met this input: kept for replay once fixed

    FetchError                      base of both fetch errors (worker.http raises them):
                                    .url, .status, .reason, .retry_after, .retryable

Every error says whether a retry can help (``retryable``) and why it happened (``reason``, the
code recorded with a dead letter: ``fetch-unavailable``, ``fetch-rate-limited``, ...).

Every message starts with its stage (``"parse: ..."``) and, where the user can act, says
what to fix. Outside exceptions are wrapped at the stage boundary with ``raise ... from e``.
"""

from __future__ import annotations

from functools import partial
from typing import Any

__all__ = [
    "BrokerUnavailable",
    "ConfigError",
    "EmptyInput",
    "FetchError",
    "InputTooLarge",
    "InternalError",
    "InvalidSubmission",
    "NewsworkerError",
    "NotText",
    "PermanentError",
    "PermanentFetchError",
    "RetryableError",
    "SchemaMissing",
    "StorageUnavailable",
    "TaxonomyError",
    "TransientFetchError",
]


class NewsworkerError(Exception):
    """Base of every error newsworker raises on purpose."""

    #: Short machine-readable reason recorded in the dead-letter table.
    reason = "error"
    #: Whether the same input may succeed if tried again later.
    retryable = False


class RetryableError(NewsworkerError):
    """A transient failure: the same input may succeed if tried again later."""

    reason = "retryable"
    retryable = True


class StorageUnavailable(RetryableError):
    """The database refused the connection or stayed locked past its busy timeout."""

    reason = "storage-unavailable"


class BrokerUnavailable(RetryableError):
    """The broker refused the connection; recorded submissions wait for ``resend``."""

    reason = "broker-unavailable"


class EventsNotReplicated(RetryableError):
    """Redis has fewer replicas than ``events_min_replicas``: events wait in the outbox."""

    reason = "events-not-replicated"


class PermanentError(NewsworkerError):
    """The input is at fault; retrying cannot help. The raw input is dead-lettered."""

    reason = "permanent"


class InvalidSubmission(PermanentError):
    """The payload does not match the submission contract (schemas/submission.schema.json)."""

    reason = "invalid-submission"


class EmptyInput(PermanentError):
    """The input holds no text to ingest."""

    reason = "empty-input"


class NotText(PermanentError):
    """The input is binary data, not text in any encoding newsworker recognises."""

    reason = "not-text"


class InputTooLarge(PermanentError):
    """The input exceeds the configured ``max_article_bytes``."""

    reason = "too-large"


class ConfigError(NewsworkerError):
    """newsworker is configured wrongly; no input is at fault. Fix the setting and restart."""

    reason = "config"


class TaxonomyError(ConfigError):
    """A taxonomy file cannot be loaded: the message names the file and the problem."""

    reason = "taxonomy"


class InternalError(PermanentError):
    """newsworker failed on this input through a fault of its own; the input is kept."""

    reason = "internal-error"


class SchemaMissing(ConfigError):
    """The database has no newsworker tables (or an old schema): run ``newsworker migrate``."""

    reason = "schema-missing"


class FetchError(NewsworkerError):
    """A fetch failed: ``url`` was being fetched, ``status`` is the HTTP status if any.

    ``retry_after`` is the delay in seconds the server asked for (``Retry-After``), if it sent
    one. Only the two subclasses below are raised.
    """

    reason = "fetch"

    def __init__(
        self,
        message: str,
        *,
        url: str,
        status: int | None = None,
        reason: str | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message)
        self.url = url
        self.status = status
        self.retry_after = retry_after
        if reason is not None:
            self.reason = reason

    def __reduce__(self) -> tuple[Any, tuple[str]]:
        # Celery pickles a failed task's exception; without this the keyword-only arguments
        # make it fall back to a bare base class, and the dead letter loses its reason.
        rebuild = partial(
            type(self),
            url=self.url,
            status=self.status,
            reason=self.reason,
            retry_after=self.retry_after,
        )
        return rebuild, (str(self),)


class TransientFetchError(FetchError, RetryableError):
    """The same fetch may work later; ``reason`` says what went wrong.

    ``fetch-dns``, ``fetch-connect``, ``fetch-timeout`` (a timeout or a 408), ``fetch-deadline``,
    ``fetch-network``, ``fetch-unavailable`` (5xx), ``fetch-rate-limited`` (429),
    ``fetch-throttled`` (our own per-host pause does not fit in the deadline) and
    ``fetch-throttle`` (the throttle cannot reach Redis). A feed stores ``retry_after`` as its
    next fetch time; an article URL is retried by its task, and the host's pause makes the
    retry wait for it.
    """

    reason = "fetch-transient"


class PermanentFetchError(FetchError, PermanentError):
    """The URL itself is at fault (4xx, refused address, too large, redirects, scheme)."""

    reason = "fetch-permanent"
