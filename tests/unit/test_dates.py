"""Dates as pages print them, read with the precision they give and never more."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from worker.dates import (
    PUBLISHED_AT_PATTERN,
    check_published_at,
    format_published,
    is_future,
    parse_date,
    parse_iso_partial,
)
from worker.types import PublishedDate

# Seconds on purpose: a relative date must not echo them.
NOW = datetime(2025, 5, 10, 12, 0, 7, tzinfo=UTC)


def parse(
    text: str, languages: list[str] | None = None, timezone: str | None = None
) -> PublishedDate | None:
    return parse_date(text, "page-metadata", languages=languages, timezone=timezone, now=NOW)


def shown(published: PublishedDate | None) -> tuple[str, str, bool] | None:
    return (
        None
        if published is None
        else (published.iso, published.precision, published.timezone_known)
    )


# (text, language hint, iso): eleven languages, a day each, with the time where one is given.
ABSOLUTE = [
    ("27 novembre 2026", "fr", "2026-11-27"),
    ("8 мая 2025", "ru", "2025-05-08"),
    ("8 мая 2025 года в 10:30", "ru", "2025-05-08T10:30"),
    ("2025年5月8日", "ja", "2025-05-08"),
    ("2025年5月8日", "zh", "2025-05-08"),
    ("2025年5月8日 10時30分", "ja", "2025-05-08T10:30"),
    ("8. Mai 2025", "de", "2025-05-08"),
    ("8. Mai 2025, 10:30 Uhr", "de", "2025-05-08T10:30"),
    ("8 de mayo de 2025", "es", "2025-05-08"),
    ("8 maggio 2025", "it", "2025-05-08"),
    ("8 de maio de 2025", "pt", "2025-05-08"),
    ("8 травня 2025", "uk", "2025-05-08"),
    ("8 maja 2025", "pl", "2025-05-08"),
    ("8 مايو 2025", "ar", "2025-05-08"),
    ("May 8, 2025", "en", "2025-05-08"),
    ("8 mai 2025 10:30:15", "fr", "2025-05-08T10:30:15"),
]


@pytest.mark.parametrize("detect", [False, True], ids=["hinted", "detected"])
@pytest.mark.parametrize(("text", "language", "iso"), ABSOLUTE)
def test_it_reads_absolute_dates_in_many_languages(
    text: str, language: str, iso: str, detect: bool
) -> None:
    published = parse(text, None if detect else [language])
    assert published is not None
    assert published.iso == iso
    assert published.precision == {10: "day", 16: "minute", 19: "second"}[len(iso)]
    assert not published.timezone_known  # none given, none configured
    assert published.provenance == "page-metadata"


@pytest.mark.parametrize(
    ("text", "timezone", "expected"),
    [
        # An explicit zone or offset wins, even over the source's configured zone.
        ("May 8, 2025 10:30 AM EST", None, ("2025-05-08T15:30+00:00", "minute", True)),
        ("May 8, 2025 10:30 AM EST", "Europe/Paris", ("2025-05-08T15:30+00:00", "minute", True)),
        ("Thu, 08 May 2025 10:00:00 GMT", None, ("2025-05-08T10:00:00+00:00", "second", True)),
        ("Thu, 08 May 2025 10:00:00 +0530", None, ("2025-05-08T04:30:00+00:00", "second", True)),
        ("8 de mayo de 2025 10:30 CET", None, ("2025-05-08T09:30+00:00", "minute", True)),
        ("2025-05-08T10:30:00+02:00", "Asia/Tokyo", ("2025-05-08T08:30:00+00:00", "second", True)),
        # No zone in the text: the source's zone if configured, else UTC, flagged unknown.
        ("8 mai 2025 10:30", "Europe/Paris", ("2025-05-08T08:30+00:00", "minute", True)),
        ("8 mai 2025 10:30", None, ("2025-05-08T10:30", "minute", False)),
        ("May 8, 2025 10:30 AM", "America/New_York", ("2025-05-08T14:30+00:00", "minute", True)),
        ("2025年5月8日 10時30分", "Asia/Tokyo", ("2025-05-08T01:30+00:00", "minute", True)),
        ("2025-05-08T10:30", "Europe/Paris", ("2025-05-08T08:30+00:00", "minute", True)),
        ("2025-05-08T10:30", None, ("2025-05-08T10:30", "minute", False)),
        # A date without a time stays the calendar date printed: no zone can move its day.
        ("8 mai 2025", "Pacific/Auckland", ("2025-05-08", "day", False)),
        ("8 May 2025 +0530", None, ("2025-05-08", "day", False)),
        ("8 May 2025 EST", None, ("2025-05-08", "day", False)),
        ("2025-05-08", "Pacific/Auckland", ("2025-05-08", "day", False)),
    ],
)
def test_time_zones_convert_to_utc_and_say_whether_they_were_known(
    text: str, timezone: str | None, expected: tuple[str, str, bool]
) -> None:
    assert shown(parse(text, timezone=timezone)) == expected


@pytest.mark.parametrize(
    ("text", "languages", "iso", "precision"),
    [
        ("mai 2025", ["fr"], "2025-05", "month"),
        ("mai 2025", None, "2025-05", "month"),
        ("May 2025", None, "2025-05", "month"),
        ("Mai 2025", ["de"], "2025-05", "month"),
        ("май 2025", ["ru"], "2025-05", "month"),
        ("2025年5月", ["ja"], "2025-05", "month"),
        ("2025", None, "2025", "year"),
        ("2025-05", None, "2025-05", "month"),
        ("Q2 2025", ["en"], "2025", "year"),
    ],
)
def test_partial_dates_keep_their_precision_and_start_their_period(
    text: str, languages: list[str] | None, iso: str, precision: str
) -> None:
    published = parse(text, languages)
    assert published is not None
    assert (published.iso, published.precision) == (iso, precision)
    year, month = int(iso[:4]), int(iso[5:7] or 1)
    assert published.value == datetime(year, month, 1, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "languages", "timezone", "expected"),
    [
        ("hier", ["fr"], None, ("2025-05-09", "day", False)),
        ("yesterday", None, None, ("2025-05-09", "day", False)),
        ("ayer", ["es"], None, ("2025-05-09", "day", False)),
        ("вчера", ["ru"], None, ("2025-05-09", "day", False)),
        ("il y a 3 jours", ["fr"], None, ("2025-05-07", "day", False)),
        ("3 months ago", None, None, ("2025-02", "month", False)),
        ("tonight", ["en"], None, ("2025-05-10", "day", False)),
        # 12:00Z is already 00:00 on the 11th in Auckland: yesterday there is the 10th.
        ("hier", ["fr"], "Pacific/Auckland", ("2025-05-10", "day", False)),
        ("2 hours ago", None, None, ("2025-05-10T10:00", "minute", False)),
        ("il y a 2 heures", ["fr"], "Europe/Paris", ("2025-05-10T10:00+00:00", "minute", True)),
        ("yesterday 10:30", ["en"], "America/New_York", ("2025-05-09T14:30+00:00", "minute", True)),
    ],
)
def test_relative_dates_count_from_now_with_an_honest_precision(
    text: str, languages: list[str] | None, timezone: str | None, expected: tuple[str, str, bool]
) -> None:
    assert shown(parse(text, languages, timezone)) == expected


def test_a_week_ago_is_not_given_an_invented_day() -> None:
    published = parse("last week")
    assert published is not None
    assert published.precision in ("month", "year")


@pytest.mark.parametrize(
    "text",
    [
        "8 mai",  # no year: it would come from now
        "10:30",  # no date at all
        "Thursday",
        "2025 10:30",  # a time without a day
        "12",  # two digits are no year
        "1746698400",  # not read as a timestamp
    ],
)
def test_it_never_takes_missing_parts_from_now(text: str) -> None:
    assert parse(text) is None


@pytest.mark.parametrize(
    "text",
    ["not a date", "", "   ", "32/13/2025", "2025-13", "2025-02-30", "lorem ipsum", "x" * 500],
)
def test_garbage_gives_none(text: str) -> None:
    assert parse(text) is None
    assert parse(text, ["fr"], "Europe/Paris") is None


def test_a_language_hint_sets_the_order_of_numeric_dates() -> None:
    assert shown(parse("08/05/2025", ["fr"])) == ("2025-05-08", "day", False)
    assert shown(parse("08.05.2025", ["de"])) == ("2025-05-08", "day", False)


def test_unknown_hints_are_ignored_and_regional_ones_reduced() -> None:
    assert shown(parse("8 mai 2025", ["xx", "fr-FR"])) == ("2025-05-08", "day", False)
    assert shown(parse("8 mai 2025", ["xx"])) == ("2025-05-08", "day", False)  # detected


def test_english_stays_a_fallback_behind_any_hint() -> None:
    assert shown(parse("Thu, 08 May 2025 10:00:00 GMT", ["fr"])) == (
        "2025-05-08T10:00:00+00:00",
        "second",
        True,
    )


def test_an_unknown_time_zone_is_a_configuration_error() -> None:
    with pytest.raises(ValueError, match="Mars/Olympus"):
        parse("8 mai 2025", timezone="Mars/Olympus")


def test_now_defaults_to_the_current_time() -> None:
    published = parse_date("2 hours ago", "feed")
    assert published is not None
    expected = datetime.now(UTC) - timedelta(hours=2)
    assert abs(published.value - expected) < timedelta(minutes=2)


def test_a_naive_now_is_read_as_utc() -> None:
    published = parse_date("yesterday", "feed", now=datetime(2025, 5, 10, 0, 30))
    assert shown(published) == ("2025-05-09", "day", False)


def _known(value: datetime, precision: str = "minute") -> PublishedDate:
    return PublishedDate(value, precision, "feed", timezone_known=True)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("published", "future"),
    [
        (_known(NOW + timedelta(days=2)), True),
        (_known(NOW + timedelta(hours=1)), False),
        (_known(NOW + timedelta(hours=7)), True),
        (_known(NOW - timedelta(days=400)), False),
        # A calendar date of unknown zone may be a day ahead of UTC in Asia or Oceania.
        (PublishedDate(datetime(2025, 5, 11, tzinfo=UTC), "day", "feed"), False),
        (PublishedDate(datetime(2025, 5, 12, tzinfo=UTC), "day", "feed"), True),
    ],
)
def test_is_future_allows_a_tolerance(published: PublishedDate, future: bool) -> None:
    assert is_future(published, NOW) is future


def test_is_future_takes_its_tolerance_and_a_naive_now() -> None:
    ahead = _known(NOW + timedelta(hours=1))
    assert is_future(ahead, NOW, tolerance=timedelta(0)) is True
    assert is_future(ahead, NOW.replace(tzinfo=None), tolerance=timedelta(hours=2)) is False


def test_a_future_date_is_parsed_and_then_flagged() -> None:
    published = parse("12 mai 2025 10:30", ["fr"], "Europe/Paris")
    assert published is not None
    assert is_future(published, NOW)


ISO_SHAPES = {
    "year": r"\d{4}",
    "month": r"\d{4}-\d{2}",
    "day": r"\d{4}-\d{2}-\d{2}",
    "minute": r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(\+00:00)?",  # offset only when known
    "second": r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\+00:00)?",
}
WORDS = st.sampled_from(
    ["8", "08", "31", "2025", "1999", "mai", "May", "мая", "年", "5月", "8日", "10:30", "10:30:15",
     "GMT", "+0200", "EST", "de", "hier", "ago", "2 hours", "il y a", "Thu,", "Q2", "/", "-", "."]
)  # fmt: skip
DATE_LIKE = st.lists(st.one_of(WORDS, st.text(max_size=6)), max_size=7).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(
    st.one_of(st.text(max_size=40), DATE_LIKE),
    st.sampled_from([None, ["fr"], ["en"], ["ja", "ru"]]),
    st.sampled_from([None, "Europe/Paris", "Asia/Kolkata"]),
)
def test_it_never_raises_and_never_shows_more_than_its_precision(
    text: str, languages: list[str] | None, timezone: str | None
) -> None:
    published = parse(text, languages, timezone)
    if published is None:
        return
    assert re.fullmatch(ISO_SHAPES[published.precision], published.iso), published
    value = published.value
    assert value.utcoffset() == timedelta(0)
    assert value.microsecond == 0
    assert published.precision != "minute" or value.second == 0
    if published.precision in ("year", "month", "day"):
        assert (value.hour, value.minute, value.second) == (0, 0, 0)
        assert not published.timezone_known
    if published.precision in ("year", "month"):
        assert value.day == 1
    if published.precision == "year":
        assert value.month == 1


@pytest.mark.parametrize(
    ("text", "languages", "timezone", "expected"),
    [
        # CJK dates with and without times, hinted or not: the day printed, never today's.
        ("2025年5月8日", None, None, ("2025-05-08", "day", False)),
        ("2025년 5월 8일", None, None, ("2025-05-08", "day", False)),
        ("2025년 5월 8일", ["ko"], None, ("2025-05-08", "day", False)),
        ("2025년 5월 8일 14:30", ["ko"], "Asia/Seoul", ("2025-05-08T05:30+00:00", "minute", True)),
        ("2025년 5월 8일 오후 2:30", ["ko"], None, ("2025-05-08T14:30", "minute", False)),
        ("2025年5月8日 14时30分", ["zh"], None, ("2025-05-08T14:30", "minute", False)),
        ("2025년 5월", ["ko"], None, ("2025-05", "month", False)),
        # Numeric dates: dots are day-first everywhere; slashes follow the language or zone.
        ("10.06.2025 14:30 MSK", None, None, ("2025-06-10T11:30+00:00", "minute", True)),
        ("10.06.2025 14:30 MSK", ["en"], None, ("2025-06-10T11:30+00:00", "minute", True)),
        ("10.06.2025", None, None, ("2025-06-10", "day", False)),
        ("10/06/2025 14:30", None, "Europe/Moscow", ("2025-06-10T11:30+00:00", "minute", True)),
        ("10/06/2025", None, "America/New_York", ("2025-10-06", "day", False)),
        ("10/06/2025", ["ru"], None, ("2025-06-10", "day", False)),
        # Zone abbreviations, and CST as China Standard Time in Chinese.
        ("10.06.2025 14:30 CEST", None, None, ("2025-06-10T12:30+00:00", "minute", True)),
        ("10.06.2025 14:30 CET", None, None, ("2025-06-10T13:30+00:00", "minute", True)),
        ("June 10, 2025 2:30 PM EST", None, None, ("2025-06-10T19:30+00:00", "minute", True)),
        ("2025年6月10日 14:30 JST", None, None, ("2025-06-10T05:30+00:00", "minute", True)),
        ("2025년 6월 10일 14:30 KST", ["ko"], None, ("2025-06-10T05:30+00:00", "minute", True)),
        ("2025年6月10日 14:30 CST", ["zh"], None, ("2025-06-10T06:30+00:00", "minute", True)),
        ("2025年6月10日 14:30 CST", None, None, ("2025-06-10T06:30+00:00", "minute", True)),
        ("June 10, 2025 2:30 PM CST", ["en"], None, ("2025-06-10T20:30+00:00", "minute", True)),
    ],
)
def test_cjk_numeric_and_zone_abbreviated_dates_read_as_their_source_meant(
    text: str, languages: list[str] | None, timezone: str | None, expected: tuple[str, str, bool]
) -> None:
    assert shown(parse(text, languages, timezone)) == expected


@pytest.mark.parametrize(
    ("published", "form"),
    [
        (PublishedDate(datetime(2025, 1, 1, tzinfo=UTC), "year", "feed"), "2025"),
        (PublishedDate(datetime(2025, 5, 1, tzinfo=UTC), "month", "feed"), "2025-05"),
        (PublishedDate(datetime(2025, 5, 8, tzinfo=UTC), "day", "feed"), "2025-05-08"),
        (_known(datetime(2025, 6, 10, 14, 0, tzinfo=UTC)), "2025-06-10T14:00Z"),
        (
            PublishedDate(datetime(2025, 6, 10, 14, 0, tzinfo=UTC), "minute", "feed"),
            "2025-06-10T14:00",
        ),
        (_known(datetime(2025, 6, 11, 4, 30, 5, tzinfo=UTC), "second"), "2025-06-11T04:30:05Z"),
    ],
)
def test_published_at_has_one_form_per_precision_that_reads_back(
    published: PublishedDate, form: str
) -> None:
    assert format_published(published) == form
    check_published_at(form, published.precision, published.timezone_known)
    assert re.fullmatch(PUBLISHED_AT_PATTERN, form)
    again = parse_iso_partial(form, published.provenance)
    assert again == published


@pytest.mark.parametrize(
    ("value", "precision", "known"),
    [
        ("2025-05-08", "month", False),  # more than a month
        ("2025-06-10T14:00+00:00", "minute", True),  # an offset, not Z
        ("2025-06-10T14:00", "minute", True),  # a known zone must say Z
        ("2025-06-10T14:00Z", "minute", False),  # an unknown one must not
        ("2025-06-10T14:00:00Z", "minute", True),
        ("2025-02-30", "day", False),
    ],
)
def test_the_published_at_validator_refuses_other_forms(
    value: str, precision: str, known: bool
) -> None:
    with pytest.raises(ValueError, match=r"^dates: "):
        check_published_at(value, precision, known)  # type: ignore[arg-type]


@settings(max_examples=100, deadline=None)
@given(st.one_of(st.text(max_size=30), DATE_LIKE), st.sampled_from([None, ["zh"], ["ru"]]))
def test_every_parsed_date_formats_to_a_valid_published_at(
    text: str, languages: list[str] | None
) -> None:
    published = parse(text, languages)
    if published is not None:
        check_published_at(format_published(published), published.precision,
                           published.timezone_known)  # fmt: skip


def test_iso_basic_format_is_read_without_dateparser() -> None:
    # JSON-LD datePublished as Nikkei writes it (tests/data/pages/nikkei.com...).
    assert shown(parse("20180619T055000+0900")) == ("2018-06-18T20:50:00+00:00", "second", True)
    assert shown(parse("20180619T0550", timezone="Asia/Tokyo")) == (
        "2018-06-18T20:50+00:00",
        "minute",
        True,
    )
