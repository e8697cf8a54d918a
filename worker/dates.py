"""Publication dates with the precision their source gave: never invent a day or an hour."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from worker.types import Precision, Provenance, PublishedDate

__all__ = ["ISO_PARTIAL", "parse_iso_partial"]

#: ISO 8601 calendar dates of any precision: 2025, 2025-05, 2025-05-08, 2025-05-08T10:30[:00][Z].
ISO_PARTIAL = re.compile(
    r"(?P<year>\d{4})"
    r"(?:-(?P<month>\d{2})"
    r"(?:-(?P<day>\d{2})"
    r"(?:[T ](?P<hour>\d{2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:\.\d+)?)?"
    r"(?P<tz>Z|[+-]\d{2}:?\d{2})?)?)?)?"
)


def parse_iso_partial(value: str, provenance: Provenance) -> PublishedDate | None:
    """Parse an ISO date of any precision; None when ``value`` is not a valid one.

    A date without a time zone is read as UTC and flagged ``timezone_known=False``.
    """
    m = ISO_PARTIAL.fullmatch(value.strip())
    if m is None:
        return None
    g = m.groupdict()
    precision: Precision = "year"
    if g["month"]:
        precision = "month"
    if g["day"]:
        precision = "day"
    if g["hour"]:
        precision = "second" if g["second"] else "minute"
    try:
        if g["hour"]:
            tz = g["tz"] or ""
            stamp = datetime.fromisoformat(value.strip().replace(" ", "T").replace("Z", "+00:00"))
            known = bool(tz)
            stamp = stamp.replace(tzinfo=UTC) if stamp.tzinfo is None else stamp.astimezone(UTC)
        else:
            known = False
            stamp = datetime(int(g["year"]), int(g["month"] or 1), int(g["day"] or 1), tzinfo=UTC)
    except ValueError:
        return None
    return PublishedDate(stamp, precision, provenance, timezone_known=known)
