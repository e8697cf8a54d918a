from __future__ import annotations

import pytest

from worker.pipeline.feed import NotAFeed, parse_feed

RSS = (
    '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
    "<item><guid>a</guid><title>Pékin</title><link>{link}</link>"
    "<description>La Chine.</description><pubDate>{date}</pubDate></item></channel></rss>"
)


def _feed(date: str, link: str = "https://news.example/a") -> bytes:
    return RSS.format(date=date, link=link).encode()


def test_a_zone_less_date_is_read_in_the_sources_time_zone() -> None:
    (entry,) = parse_feed(_feed("8 mai 2025 10:30"), timezone="Europe/Paris").entries
    assert entry["published"] == "2025-05-08T08:30+00:00"
    (bare,) = parse_feed(_feed("8 mai 2025 10:30")).entries
    assert bare["published"] == "2025-05-08T10:30"  # no zone given: none claimed


def test_links_that_are_not_http_are_dropped() -> None:
    (entry,) = parse_feed(_feed("Thu, 08 May 2025 10:00:00 GMT", "javascript:alert(1)")).entries
    assert "url" not in entry


def test_json_that_is_not_a_json_feed_is_not_a_feed() -> None:
    with pytest.raises(NotAFeed, match="not a feed"):
        parse_feed(b'{"version": "something else", "items": []}')
