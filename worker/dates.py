"""Publication dates with the precision their source gave: never invent a day or an hour.

:func:`parse_iso_partial` reads ISO 8601 exactly; :func:`parse_date` reads anything else a page
or feed prints ("8 mai 2025", "2025年5月8日 10時30分", "Thu, 08 May 2025 10:00:00 GMT",
"il y a 2 heures") through dateparser, the only module that imports it. dateparser fills the
parts a text lacks from "now" or with 1, so the precision comes from the parts it reports
having *read*, never from the datetime it returns.

Numeric dates are day-first unless the source is known to write month-first: "10.06.2025" is
10 June everywhere (nobody writes month-first with dots), and "10/06/2025" follows the text's
language, else the source's zone (month-first only for American zones). Zone abbreviations
(MSK, CET, CEST, EST, JST, KST, ...) become offsets; "CST" is US Central, except in Chinese
text, where it is China Standard Time.

:func:`format_published` writes the one form per precision that the article contract
documents (:data:`PUBLISHED_AT_FORMS`); :func:`check_published_at` refuses any other.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from email.utils import parsedate_to_datetime
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

# No py.typed in dateparser 1.5; unused-ignore keeps this valid once an override exists.
from dateparser import DateDataParser  # type: ignore[import-untyped, unused-ignore]
from dateparser.data.languages_info import (  # type: ignore[import-untyped, unused-ignore]
    language_order,
)

from worker.types import Precision, Provenance, PublishedDate

__all__ = [
    "ISO_PARTIAL",
    "PUBLISHED_AT_FORMS",
    "PUBLISHED_AT_PATTERN",
    "check_published_at",
    "format_published",
    "is_future",
    "parse_date",
    "parse_iso_partial",
]

#: ISO 8601 calendar dates of any precision: 2025, 2025-05, 2025-05-08, 2025-05-08T10:30[:00][Z].
ISO_PARTIAL = re.compile(
    r"(?P<year>\d{4})"
    r"(?:-(?P<month>\d{2})"
    r"(?:-(?P<day>\d{2})"
    r"(?:[T ](?P<hour>\d{2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:\.\d+)?)?"
    r"(?P<tz>Z|[+-]\d{2}:?\d{2})?)?)?)?"
)


#: The contract's ``published_at``, one form per precision. Times are in UTC and end in "Z"
#: when the zone was known; without "Z" they are the wall-clock time the source printed, in a
#: zone nobody gave. Dates never carry a zone: shifting a day to UTC could change it.
PUBLISHED_AT_FORMS: dict[Precision, str] = {
    "year": r"\d{4}",  # 2025
    "month": r"\d{4}-\d{2}",  # 2025-05
    "day": r"\d{4}-\d{2}-\d{2}",  # 2025-05-08
    "minute": r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}Z?",  # 2025-06-10T14:00Z, 2025-06-10T14:00
    "second": r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z?",  # 2025-06-10T14:00:05Z
}
#: Any of :data:`PUBLISHED_AT_FORMS` (the JSON Schema ``pattern`` of ``published_at``).
PUBLISHED_AT_PATTERN = r"^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?Z?)?)?)?$"


def format_published(published: PublishedDate) -> str:
    """``published`` in its contract form: as much as is known, "Z" only for a known zone."""
    v = published.value.astimezone(UTC)
    day = f"{v.year:04d}-{v.month:02d}-{v.day:02d}"
    zone = "Z" if published.timezone_known else ""
    return {
        "year": f"{v.year:04d}",
        "month": f"{v.year:04d}-{v.month:02d}",
        "day": day,
        "minute": f"{day}T{v.hour:02d}:{v.minute:02d}{zone}",
        "second": f"{day}T{v.hour:02d}:{v.minute:02d}:{v.second:02d}{zone}",
    }[published.precision]


def check_published_at(value: str, precision: Precision, timezone_known: bool) -> None:
    """Raise ValueError unless ``value`` is the contract form for ``precision`` and zone."""
    if re.fullmatch(PUBLISHED_AT_FORMS[precision], value) is None:
        raise ValueError(f"dates: {value!r} is not a {precision}-precise published_at")
    if precision in ("minute", "second") and value.endswith("Z") != timezone_known:
        raise ValueError(
            f"dates: {value!r} must {'' if timezone_known else 'not '}end in Z "
            f"(timezone_known={timezone_known})"
        )
    if parse_iso_partial(value, "submission") is None:
        raise ValueError(f"dates: {value!r} is no calendar date")


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
    if _RFC822.fullmatch(text):  # most feeds: no need for dateparser's cost
        return _rfc822(text, provenance)
    if m := _ISO_BASIC.fullmatch(text):  # 20180619T055000+0900, as some JSON-LD has it
        return _reinterpret(parse_iso_partial(_extended(m), provenance), zone)
    now = datetime.now(UTC) if now is None else now
    now = now.replace(tzinfo=UTC) if now.tzinfo is None else now
    hints = _hints(tuple(languages)) if languages else None
    try:
        if _DIGIT.search(text):  # no digit, no year: only a relative date can remain
            text = _zone_offsets(text, hints)
            order = _date_order(text, hints, timezone)
            data = _absolute_parser(hints, order).get_date_data(text)
            if data.date_obj is None and hints is not None and not text.isascii():
                # A hint is the source's language, not always the date's ("2025年5月8日"
                # in a feed that says it is Russian): detection gets the last word.
                data = _absolute_parser(None, order).get_date_data(text)
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
def _absolute_parser(languages: tuple[str, ...] | None, order: str | None = None) -> Any:
    return DateDataParser(
        languages=list(languages) if languages else None,
        use_given_order=languages is not None,
        settings={**_ABSOLUTE, "DATE_ORDER": order} if order else _ABSOLUTE,
    )


# RFC 822 with a numeric offset or GMT/UT: the feed norm, which the standard library reads.
_RFC822 = re.compile(
    r"(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d{1,2}:\d{2}(?P<s>:\d{2})?"
    r"\s+(?:[+-]\d{4}|GMT|UTC?|Z)"
)
_ISO_BASIC = re.compile(
    r"(?P<y>\d{4})(?P<mo>\d{2})(?P<d>\d{2})T(?P<h>\d{2})(?P<mi>\d{2})(?P<s>\d{2})?"
    r"(?P<tz>Z|[+-]\d{2}:?\d{2})?"
)


def _extended(m: re.Match[str]) -> str:
    seconds = f":{m['s']}" if m["s"] else ""
    return f"{m['y']}-{m['mo']}-{m['d']}T{m['h']}:{m['mi']}{seconds}{m['tz'] or ''}"


_NUMERIC_DAY_FIRST = re.compile(r"\b\d{1,2}\.\d{1,2}\.\d{2,4}\b")
_NUMERIC_AMBIGUOUS = re.compile(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b")
_MONTH_FIRST_ZONES = ("America/", "US/", "Pacific/Honolulu")


def _rfc822(text: str, provenance: Provenance) -> PublishedDate | None:
    try:
        stamp = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    # "-0000" means "no zone given" in RFC 5322; the standard library returns it naive.
    known = stamp.tzinfo is not None
    stamp = stamp if known else stamp.replace(tzinfo=UTC)
    m = _RFC822.fullmatch(text)
    precision: Precision = "second" if m is not None and m["s"] else "minute"
    return _instant(stamp, precision, provenance, known)


# Zone abbreviations as offsets: dateparser knows most of them, but not next to CJK dates
# ("2025年6月10日 14:30 JST"), and "CST" to it is always US Central.
_ABBREVIATIONS = {
    "MSK": "+03:00", "CET": "+01:00", "CEST": "+02:00", "EET": "+02:00", "EEST": "+03:00",
    "WET": "+00:00", "WEST": "+01:00", "BST": "+01:00", "JST": "+09:00", "KST": "+09:00",
    "HKT": "+08:00", "SGT": "+08:00", "AEST": "+10:00", "AEDT": "+11:00", "EST": "-05:00",
    "EDT": "-04:00", "CST": "-06:00", "CDT": "-05:00", "MST": "-07:00", "MDT": "-06:00",
    "PST": "-08:00", "PDT": "-07:00",
}  # fmt: skip
_ABBREVIATION = re.compile(r"(?<![A-Za-z])(" + "|".join(_ABBREVIATIONS) + r")(?![A-Za-z])")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_KANA_HANGUL = re.compile(r"[\u3040-\u30ff\uac00-\ud7af]")


def _zone_offsets(text: str, hints: tuple[str, ...] | None) -> str:
    """Known zone abbreviations as numeric offsets; "CST" in Chinese text is China's."""
    if not _ABBREVIATION.search(text):
        return text
    chinese = (hints[0] == "zh" if hints else bool(_HAN.search(text))) and not (
        _KANA_HANGUL.search(text)
    )

    def offset(m: re.Match[str]) -> str:
        return "+08:00" if m[1] == "CST" and chinese else _ABBREVIATIONS[m[1]]

    return _ABBREVIATION.sub(offset, text)


def _date_order(text: str, hints: tuple[str, ...] | None, timezone: str | None) -> str | None:
    """DMY for numeric dates the source writes day-first; None lets the language decide."""
    if _NUMERIC_DAY_FIRST.search(text):
        return "DMY"
    if hints is None and _NUMERIC_AMBIGUOUS.search(text) and timezone is not None:
        # No language to go by: the source's zone says which half of the world it writes in.
        return None if timezone.startswith(_MONTH_FIRST_ZONES) else "DMY"
    return None


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
