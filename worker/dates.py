"""Publication dates with the precision their source gave: never invent a day or an hour.

:func:`parse_iso_partial` reads ISO 8601 exactly; :func:`parse_date` reads anything else a page
or feed prints ("8 mai 2025", "2025年5月8日 10時30分", "Thu, 08 May 2025 10:00:00 GMT",
"il y a 2 heures") through dateparser, the only module that imports it. dateparser fills the
parts a text lacks from "now" or with 1, so the precision comes from the parts it reports
having *read*, never from the datetime it returns.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

# No py.typed in dateparser 1.5; unused-ignore keeps this valid once an override exists.
from dateparser import DateDataParser  # type: ignore[import-untyped, unused-ignore]
from dateparser.data.languages_info import (  # type: ignore[import-untyped, unused-ignore]
    language_order,
)

from worker.types import Precision, Provenance, PublishedDate

__all__ = ["ISO_PARTIAL", "is_future", "parse_date", "parse_iso_partial"]

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


# A date line is short; longer text is prose, and dateparser's cost grows with it.
_MAX_CHARS = 120
_PARTS = ("year", "month", "day", "time")
_DATE_PRECISIONS: tuple[Precision, ...] = ("year", "month", "day")
_SECONDS = re.compile(r"\d:\d{2}:\d{2}|\d\s*秒")
_FOUR_DIGITS = re.compile(r"\d{4}")
_DIGIT = re.compile(r"\d")
_SUPPORTED = frozenset(language_order)
_COMMON = {
    # TIMEZONE defaults to "local": the machine's zone, and a FutureWarning where it is unset.
    "TIMEZONE": "UTC",
    "RETURN_TIME_AS_PERIOD": True,  # period "time" / "part_of_day" instead of "day"
    "PREFER_DAY_OF_MONTH": "first",
    "PREFER_MONTH_OF_YEAR": "first",
}
# Absolute dates must give their year: "8 mai" or "10:30" would take it from now.
# No timestamp parser: a bare number in a page is far likelier a count than an epoch.
_ABSOLUTE = {**_COMMON, "PARSERS": ["absolute-time"], "REQUIRE_PARTS": ["year"]}
_RELATIVE = {**_COMMON, "PARSERS": ["relative-time"]}


def parse_date(
    text: str,
    provenance: Provenance,
    *,
    languages: Sequence[str] | None = None,
    timezone: str | None = None,
    now: datetime | None = None,
) -> PublishedDate | None:
    """Read a date as a page or feed prints it, in any of dateparser's languages; None if none.

    ``languages`` are ISO 639-1 hints tried in order (English goes last as a fallback), None
    detects; ``timezone`` is the source's IANA zone for times printed without one (then
    ``timezone_known=True``); ``now`` (default: the current time) anchors relative dates
    ("hier", "2 hours ago"). The precision is what the text gave: "mai 2025" is month-precise,
    "hier" day-precise, a time needs a day to count. A date without a time stays a calendar
    date (``timezone_known=False``, like :func:`parse_iso_partial`), since shifting it to UTC
    could change its day. Raises ValueError for an unknown ``timezone``, never for ``text``.
    """
    zone = _zone(timezone)
    text = text.strip()
    if not text or len(text) > _MAX_CHARS:
        return None
    if ISO_PARTIAL.fullmatch(text):
        return _reinterpret(parse_iso_partial(text, provenance), zone)
    now = datetime.now(UTC) if now is None else now
    now = now.replace(tzinfo=UTC) if now.tzinfo is None else now
    hints = _hints(tuple(languages)) if languages else None
    try:
        if _DIGIT.search(text):  # no digit, no year: only a relative date can remain
            data = _absolute_parser(hints).get_date_data(text)
            if data.date_obj is not None:
                return _absolute(text, data, provenance, zone)
        base = now.astimezone(zone or UTC)
        data = _relative_parser(hints, base).get_date_data(text)
        return _relative(data, provenance, zone) if data.date_obj is not None else None
    except Exception:  # dateparser's errors on odd text are many and undocumented
        return None


def is_future(
    published: PublishedDate, now: datetime, tolerance: timedelta = timedelta(hours=6)
) -> bool:
    """Whether even the earliest instant ``published`` can mean is after ``now + tolerance``.

    A date whose zone is unknown is a label in some zone between UTC-12 and UTC+14: it gets
    14 more hours, or a Sydney article dated today would look as if it came from tomorrow.
    """
    now = now.replace(tzinfo=UTC) if now.tzinfo is None else now
    slack = tolerance if published.timezone_known else tolerance + timedelta(hours=14)
    return published.value > now + slack


def _zone(name: str | None) -> ZoneInfo | None:
    if name is None:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as e:
        raise ValueError(f"dates: unknown time zone {name!r}") from e


def _reinterpret(parsed: PublishedDate | None, zone: ZoneInfo | None) -> PublishedDate | None:
    """An ISO time without an offset is in the source's zone when that zone is configured."""
    if parsed is None or zone is None or parsed.timezone_known:
        return parsed
    if parsed.precision in _DATE_PRECISIONS:
        return parsed
    local = parsed.value.replace(tzinfo=zone)
    return PublishedDate(local.astimezone(UTC), parsed.precision, parsed.provenance, True)


@lru_cache(maxsize=256)
def _hints(languages: tuple[str, ...]) -> tuple[str, ...] | None:
    """Codes dateparser knows, "fr-FR" read as "fr", English appended; None if none is known."""
    found: list[str] = []
    for code in languages:
        code = code.strip().replace("_", "-")
        for candidate in (code, code.split("-")[0].lower()):
            if candidate in _SUPPORTED:
                if candidate not in found:
                    found.append(candidate)
                break
    if not found:
        return None
    # RFC 822 and English month names turn up on every site; English goes last so that
    # "08/05/2025" stays day-first on a French source.
    return (*found, "en") if "en" not in found else tuple(found)


@lru_cache(maxsize=64)
def _absolute_parser(languages: tuple[str, ...] | None) -> Any:
    return DateDataParser(
        languages=list(languages) if languages else None,
        use_given_order=languages is not None,
        settings=_ABSOLUTE,
    )


def _relative_parser(languages: tuple[str, ...] | None, base: datetime) -> Any:
    # RELATIVE_BASE is a constructor setting, so this parser is built per call: ~50 µs, as
    # dateparser keeps its locale data at module level (the cost is the first parse).
    return DateDataParser(
        languages=list(languages) if languages else None,
        use_given_order=languages is not None,
        settings={**_RELATIVE, "RELATIVE_BASE": base},
    )


def _absolute(
    text: str, data: Any, provenance: Provenance, zone: ZoneInfo | None
) -> PublishedDate | None:
    precision = _precision(tuple(data.parts), data.period)
    obj: datetime = data.date_obj
    if precision is None or (precision == "year" and not _FOUR_DIGITS.search(text)):
        return None  # "12" or "99" read as a year; "2025-13" as a year and a day
    if precision in _DATE_PRECISIONS:
        if obj.tzinfo is not None:
            # dateparser moved local midnight to UTC ("8 May 2025 +0530" -> 7 May 18:30Z);
            # the nearest midnight gives the printed day back for offsets within ±12 h.
            obj = obj.astimezone(UTC) + timedelta(hours=12)
        return _calendar(obj.date(), precision, provenance)
    if not (obj.second or obj.microsecond or _SECONDS.search(text)):
        precision = "minute"
    known = obj.tzinfo is not None or zone is not None
    stamp = obj if obj.tzinfo is not None else obj.replace(tzinfo=zone or UTC)
    return _instant(stamp, precision, provenance, known)


def _relative(data: Any, provenance: Provenance, zone: ZoneInfo | None) -> PublishedDate | None:
    obj: datetime = data.date_obj
    if data.period == "week":
        # "last week", "il y a 2 semaines": dateparser returns now minus 7 days, an invented
        # day. Keep what the whole week around it agrees on.
        first, last = obj - timedelta(days=6), obj + timedelta(days=6)
        if first.month == last.month:
            return _calendar(obj.date(), "month", provenance)
        return _calendar(obj.date(), "year", provenance) if first.year == last.year else None
    precision = _precision(tuple(data.parts), data.period)
    if precision is None:
        return None
    if precision in _DATE_PRECISIONS:
        return _calendar(obj.date(), precision, provenance)
    # "2 hours ago" is no more precise than its unit; seconds would only echo now's.
    known = obj.tzinfo is not None or zone is not None
    stamp = obj if obj.tzinfo is not None else obj.replace(tzinfo=zone or UTC)
    return _instant(stamp, "minute", provenance, known)


def _precision(parts: tuple[str, ...], period: str | None) -> Precision | None:
    """The precision the parts read allow: a gap ("2025 10:30", year and time) reads as none."""
    if not parts or parts != _PARTS[: len(parts)]:
        return None
    if "time" in parts and period != "part_of_day":  # "tonight" is a day, not 20:00
        return "second"  # the caller lowers it to minute unless seconds were given
    return _DATE_PRECISIONS[min(len(parts), 3) - 1]


def _calendar(day: date, precision: Precision, provenance: Provenance) -> PublishedDate:
    month = day.month if precision != "year" else 1
    first = day.day if precision == "day" else 1
    return PublishedDate(datetime(day.year, month, first, tzinfo=UTC), precision, provenance)


def _instant(
    stamp: datetime, precision: Precision, provenance: Provenance, known: bool
) -> PublishedDate:
    stamp = stamp.astimezone(UTC).replace(microsecond=0)
    if precision == "minute":
        stamp = stamp.replace(second=0)
    return PublishedDate(stamp, precision, provenance, timezone_known=known)
