"""Adaptive polling: how often a feed publishes, and how long ago it last did."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from worker.pipeline.schedule import DEFAULT_INTERVAL, MAX_INTERVAL, MIN_INTERVAL, adaptive_interval

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)


def _every(minutes: int, newest: datetime, n: int = 10) -> list[datetime]:
    return [newest - timedelta(minutes=minutes * i) for i in range(n)]


def test_a_busy_feed_is_polled_at_its_pace() -> None:
    assert adaptive_interval(_every(10, NOW - timedelta(minutes=5)), 3600, now=NOW) == 600


def test_an_archive_whose_newest_entry_is_years_old_is_polled_daily() -> None:
    old = datetime(2005, 6, 1, tzinfo=UTC)
    assert adaptive_interval(_every(10, old), 3600, now=NOW) == MAX_INTERVAL
    assert adaptive_interval([old], 3600, now=NOW) == MAX_INTERVAL


def test_a_feed_quiet_for_a_day_slows_down_but_not_to_the_ceiling() -> None:
    interval = adaptive_interval(_every(10, NOW - timedelta(hours=24)), 600, now=NOW)
    assert interval == 6 * 3600


def test_zoned_and_zone_less_dates_mix() -> None:
    dates = [NOW - timedelta(minutes=30), (NOW - timedelta(minutes=60)).replace(tzinfo=None),
             NOW - timedelta(minutes=90)]  # fmt: skip
    assert adaptive_interval(dates, 3600, now=NOW) == 1800


def test_dates_far_in_the_future_are_ignored_and_few_dates_keep_the_default() -> None:
    future = [NOW + timedelta(days=400), NOW + timedelta(days=800)]
    assert adaptive_interval(future, 1234, now=NOW) == 1234
    assert adaptive_interval([NOW - timedelta(minutes=1)], 600, now=NOW) == DEFAULT_INTERVAL
    assert adaptive_interval(_every(1, NOW), 3600, now=NOW) == MIN_INTERVAL
