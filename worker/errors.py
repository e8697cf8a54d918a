"""newsworker's one error tree, split by what the caller should do next.

::

    NewsworkerError                 base of everything newsworker raises on purpose
    ├── ConfigError                 newsworker is set up wrongly: fix the settings, restart
    │   ├── TaxonomyError           a taxonomy file is malformed (raised at load time)
    │   └── SchemaMissing           the database has no newsworker tables: run ``migrate``
    ├── RetryableError              the same input may succeed later: retry with backoff
    │   ├── StorageUnavailable      the database could not be reached or was locked
    │   └── BrokerUnavailable       the broker (Redis) could not be reached
    └── PermanentError              the input itself is at fault: retrying cannot help;
        │                           the raw input goes to the dead-letter table
        ├── InvalidSubmission       the payload does not match the submission contract
        ├── EmptyInput              nothing to ingest (empty or whitespace-only)
        ├── NotText                 bytes that are not text in any known encoding
        ├── InputTooLarge           larger than ``max_article_bytes``
        └── InternalError           a bug met this input: kept for replay once fixed

Every message starts with its stage (``"parse: ..."``) and, where the user can act, says
what to fix. Outside exceptions are wrapped at the stage boundary with ``raise ... from e``.
"""

from __future__ import annotations

__all__ = [
    "BrokerUnavailable",
    "ConfigError",
    "EmptyInput",
    "InputTooLarge",
    "InternalError",
    "InvalidSubmission",
    "NewsworkerError",
    "NotText",
    "PermanentError",
    "RetryableError",
    "SchemaMissing",
    "StorageUnavailable",
    "TaxonomyError",
]


class NewsworkerError(Exception):
    """Base of every error newsworker raises on purpose."""

    #: Short machine-readable reason recorded in the dead-letter table.
    reason = "error"


class RetryableError(NewsworkerError):
    """A transient failure: the same input may succeed if tried again later."""

    reason = "retryable"


class StorageUnavailable(RetryableError):
    """The database refused the connection or stayed locked past its busy timeout."""

    reason = "storage-unavailable"


class BrokerUnavailable(RetryableError):
    """The broker refused the connection; recorded submissions wait for ``resend``."""

    reason = "broker-unavailable"


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
