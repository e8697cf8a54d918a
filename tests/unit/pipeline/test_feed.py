from __future__ import annotations

import json

import pytest

from worker.dates import format_published
from worker.opml import read_opml, write_opml
from worker.pipeline import prepare
from worker.pipeline.feed import NotAFeed, parse_feed
from worker.taxonomy import load_taxonomy

RSS = (
    '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
    "<item><guid>a</guid><title>Pékin</title><link>{link}</link>"
    "<description>La Chine.</description><pubDate>{date}</pubDate></item></channel></rss>"
)


def _feed(date: str, link: str = "https://news.example/a") -> bytes:
    return RSS.format(date=date, link=link).encode()


def test_a_zone_less_date_is_read_in_the_sources_time_zone() -> None:
    (entry,) = parse_feed(_feed("8 mai 2025 10:30"), timezone="Europe/Paris").entries
    assert entry["published"] == "2025-05-08T08:30Z"
    (bare,) = parse_feed(_feed("8 mai 2025 10:30")).entries
    assert bare["published"] == "2025-05-08T10:30"  # no zone given: none claimed


def test_links_that_are_not_http_are_dropped() -> None:
    (entry,) = parse_feed(_feed("Thu, 08 May 2025 10:00:00 GMT", "javascript:alert(1)")).entries
    assert "url" not in entry


def test_json_that_is_not_a_json_feed_is_not_a_feed() -> None:
    with pytest.raises(NotAFeed, match="not a feed"):
        parse_feed(b'{"version": "something else", "items": []}')


RDF_DATE = (
    '<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">'
    "<channel><title>T</title><language>{lang}</language><item><guid>a</guid><title>Pékin</title>"
    "<link>https://news.example/a</link><description>La Chine.</description>"
    "<dc:date>{date}</dc:date></item></channel></rss>"
)


# Date strings from feedparser 6.0.11's own date tests (tests/runtests.py, in tests/data),
# plus the CJK and day-first forms real feeds print.
@pytest.mark.parametrize(
    ("lang", "date", "published", "precision", "known"),
    [
        ("en", "2003", "2003", "year", False),
        ("en", "2003-12", "2003-12", "month", False),
        ("en", "2003-12-31", "2003-12-31", "day", False),
        ("en", "2003-12-31T10:14:55-08:00", "2003-12-31T18:14:55Z", "second", True),
        ("en", "Thu, 01 Jan 2004 00:00 GMT", "2004-01-01T00:00Z", "minute", True),
        ("ko", "2004년 05월 28일  01:31:15", "2004-05-28T01:31:15", "second", False),
        ("zh", "2025年5月8日", "2025-05-08", "day", False),
        ("ko", "2025년 5월 8일", "2025-05-08", "day", False),
        ("ru", "2025年5月8日", "2025-05-08", "day", False),  # the language is no date's
        ("ru", "10.06.2025 14:30 MSK", "2025-06-10T11:30Z", "minute", True),
        ("fr", "10/06/2025", "2025-06-10", "day", False),
    ],
)
def test_entry_dates_keep_the_precision_and_zone_the_feed_wrote(
    lang: str, date: str, published: str, precision: str, known: bool
) -> None:
    (entry,) = parse_feed(RDF_DATE.format(lang=lang, date=date).encode()).entries
    assert entry["published"] == published
    article = prepare(entry, load_taxonomy(), 10**6, "feed").article
    assert article.published is not None
    assert (article.published.precision, article.published.timezone_known) == (precision, known)
    assert format_published(article.published) == published


def test_entry_dates_of_mixed_precision_all_count_for_polling() -> None:
    dates = ["2025-06", "2025-06-12", "Thu, 12 Jun 2025 10:00:00 GMT", "2025年6月13日"]
    items = "".join(
        f"<item><guid>{i}</guid><title>t{i}</title><description>x</description>"
        f"<dc:date>{d}</dc:date></item>"
        for i, d in enumerate(dates)
    )
    doc = RDF_DATE.split("<item>")[0].format(lang="en") + items + "</channel></rss>"
    found = parse_feed(doc.encode()).entry_dates()
    assert len(found) == 4
    assert all(d.utcoffset() is not None for d in found)


def test_a_cjk_date_nobody_reads_gets_no_date_rather_than_todays() -> None:
    # feedparser reads "2025年..." as the year with today's month and day.
    (entry,) = parse_feed(RDF_DATE.format(lang="zh", date="2025年 第二季度").encode()).entries
    assert "published" not in entry


def _rss_item(inner: str, ns: str = "") -> bytes:
    return (
        f'<?xml version="1.0"?><rss version="2.0" {ns}><channel><title>T</title>'
        f"<item>{inner}</item></channel></rss>"
    ).encode()


YANDEX = 'xmlns:yandex="http://news.yandex.ru"'
CONTENT = 'xmlns:content="http://purl.org/rss/1.0/modules/content/"'
ARTICLE = "A Casa Branca anunciou tarifas sobre o aço chinês. " * 8


def test_yandex_full_text_wins_over_a_byline_summary() -> None:
    doc = _rss_item(
        "<title>Tarifas</title><link>https://news.example/t</link>"
        "<description>Por Matt Spetalnick e Jason Szep</description>"
        f"<yandex:full-text>{ARTICLE}</yandex:full-text>",
        YANDEX,
    )
    (entry,) = parse_feed(doc).entries
    assert "Casa Branca" in entry["html"]
    assert "Spetalnick" not in entry["html"]


def test_content_encoded_wins_whichever_comes_first() -> None:
    doc = _rss_item(
        f"<title>Tarifas</title><content:encoded><![CDATA[<p>{ARTICLE}</p>]]></content:encoded>"
        "<description>Por Matt Spetalnick e Jason Szep</description>",
        CONTENT,
    )
    (entry,) = parse_feed(doc).entries
    assert "Casa Branca" in entry["html"]


def test_a_json_feed_item_keeps_its_full_html_and_declared_language() -> None:
    doc = {
        "version": "https://jsonfeed.org/version/1.1", "language": "pt-BR",
        "items": [
            {"id": "1", "title": "Tarifas", "summary": "Por Matt Spetalnick",
             "content_html": f"<p>{ARTICLE}</p>", "language": "pt"},
            {"id": "2", "title": "Aço", "content_text": "Tarifas <sobre> o aço."},
        ],
    }  # fmt: skip
    first, second = parse_feed(json.dumps(doc).encode()).entries
    assert "Casa Branca" in first["html"]
    assert first["language"] == "pt"
    assert second["language"] == "pt-BR"  # the feed's language, where the item names none
    assert "&lt;sobre&gt;" in second["html"]  # content_text is text, not markup


def test_a_json_feed_language_that_is_not_a_tag_is_not_declared() -> None:
    doc = {"version": "https://jsonfeed.org/version/1", "items": [
        {"id": "1", "title": "T", "content_text": "x", "language": "not a language!"}]}  # fmt: skip
    (entry,) = parse_feed(json.dumps(doc).encode()).entries
    assert "language" not in entry


def test_every_entry_is_a_payload_or_skipped_with_a_reason() -> None:
    doc = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
        "<item><title>Pékin</title></item>"
        "<item><link>https://news.example/only-a-link</link></item>"
        "<item><guid>nothing-else</guid></item>"
        "</channel></rss>"
    ).encode()
    plain = parse_feed(doc)
    assert (len(plain.entries), dict(plain.skip_reasons), plain.found) == (
        1, {"link-only": 1, "empty": 1}, 3
    )  # fmt: skip
    pages = parse_feed(doc, link_only=True)  # a full-text feed keeps the link: the page is it
    assert [e.get("url") for e in pages.entries] == [None, "https://news.example/only-a-link"]
    assert dict(pages.skip_reasons) == {"empty": 1}


def test_json_items_of_the_wrong_type_are_skipped_not_fatal() -> None:
    doc = {"version": "https://jsonfeed.org/version/1.1", "title": 5,
           "items": [1, None, "x", {"id": 7, "title": ["a"], "url": 3,
                                    "content_html": {"no": 1}, "summary": "Resumo."}]}  # fmt: skip
    feed = parse_feed(json.dumps(doc).encode())
    assert dict(feed.skip_reasons) == {"not-an-object": 3}
    (entry,) = feed.entries
    assert (entry["guid"], "url" in entry, "Resumo." in entry["html"]) == ("7", False, True)


def test_cdf_documents_are_read_with_their_items() -> None:
    doc = b'<!-- a comment --><CHANNEL HREF="http://www.example.org/"><ITEM HREF="http://www.example.org/a"><TITLE>Item</TITLE></ITEM></CHANNEL>'
    feed = parse_feed(doc)
    assert feed.version == "cdf"
    assert [e["url"] for e in feed.entries] == ["http://www.example.org/a"]


def test_opml_folders_and_category_attributes_round_trip() -> None:
    doc = b"""<?xml version="1.0"?><opml version="2.0"><head/><body>
      <outline text="News"><outline text="World">
        <outline type="rss" text="A" xmlUrl="https://a.example/f" htmlUrl="https://a.example/"/>
      </outline></outline>
      <outline type="rss" text="B" xmlUrl="https://b.example/f" category="/Tech/AI,/Other"/>
      <outline type="rss" text="C" xmlUrl="https://c.example/f"/>
    </body></opml>"""
    feeds = read_opml(doc)
    assert [(f.title, f.category, f.html_url) for f in feeds] == [
        ("A", "News/World", "https://a.example/"), ("B", "Tech/AI", None), ("C", None, None)
    ]  # fmt: skip
    assert read_opml(write_opml(feeds)) == feeds
