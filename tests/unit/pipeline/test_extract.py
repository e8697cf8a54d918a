"""Page metadata from real saved pages: the publisher's own statements first, checked values,
titles without the site's suffix, timestamps with their time and zone."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from worker.contracts import tagged_to_out
from worker.dates import PUBLISHED_AT_PATTERN, check_published_at, format_published
from worker.pipeline import prepare
from worker.pipeline.extract import extract_html
from worker.pipeline.page import decode_html
from worker.pipeline.pagemeta import clean_author, plausible_site_name, strip_site_suffix
from worker.taxonomy import load_taxonomy

PAGES = Path(__file__).parents[2] / "data" / "pages"


def _page(name: str, url: str) -> tuple[str | None, str | None, str | None, str | None]:
    html, _, _ = decode_html((PAGES / name).read_bytes())
    page = extract_html(html, url)
    published = format_published(page.published) if page.published else None
    return page.title, page.author, page.site_name, published


# (file, its URL, title, author, site name, published_at): what each page states about itself.
REAL = [
    ("yna.co.kr.drill.html", "https://en.yna.co.kr/view/AEN20190820000351325",
     "N. Korea slams S. Korea for joint military drill, warns of consequences", None,
     "Yonhap News Agency", "2019-08-20T00:31:01Z"),  # article:published_time +09:00
    ("news.cn.chinese_article_002.html", "http://www.news.cn/politics/2023-11/17/c_1129981476.htm",
     "短缺药品保供稳价 全力保障临床用药需求", None, "news.cn", "2023-11-17"),  # "-新华网" dropped
    ("ndr.de.podcastcoronavirus140.html",
     "https://www.ndr.de/nachrichten/info/16-Coronavirus-Update-Wir-brauchen-Abkuerzungen-bei-der-Impfstoffzulassung,podcastcoronavirus140.html",
     "(16) Coronavirus-Update: Brauchen Abkürzungen bei der Impfstoffzulassung",
     "Korinna Hennig", "Ndr", "2020-03-18T12:15:00Z"),  # microdata, +01:00
    ("spektrum.de.engelbart.html",
     "https://scilogs.spektrum.de/engelbart-galaxis/die-ablehnung-der-gendersprache/",
     "Die Ablehnung der Gendersprache", "Henning Lobin", "Die Engelbart-Galaxis",
     "2019-04-08T01:30:15Z"),  # "» SciLogs - Wissenschaftsblogs" dropped: the host's name
    ("nikkei.com.japanese_article.html",
     "https://www.nikkei.com/article/DGXMZO31897660Y8A610C1000000/",
     "米朝首脳直通電話 習氏に挑むトランプ戦術の成否（写真＝ロイター）", None,
     "日本経済新聞 電子版", "2018-06-18T20:50:00Z"),  # JSON-LD 20180619T055000+0900
    ("scs78.de.html", "https://www.scs78.de/news/items/warm-war-es-schoen-war-es.html",
     "Warm war es.... schön war es...", None, None, "2018-06-10"),  # site name = title: none
    ("weltwoche.ch.html",
     "https://www.weltwoche.ch/ausgaben/2019-4/artikel/forbes-die-weltwoche-ausgabe-4-2019.html",
     "Steve Forbes: Trump is indeed a billionaire.", "Weltwoche", None, "2019-01-23"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "url", "title", "author", "site", "published"), REAL)
def test_real_pages_give_their_stated_metadata(
    name: str, url: str, title: str, author: str | None, site: str | None, published: str
) -> None:
    assert _page(name, url) == (title, author, site, published)


BODY = "<p>" + "Le conseil municipal a voté le budget des écoles et des routes. " * 8 + "</p>"


def _html(head: str = "", body: str = "") -> str:
    return (
        f"<html><head><title>Budget municipal</title>{head}</head><body>"
        f"<article><h1>Budget municipal</h1>{body}{BODY}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("head", "body", "published"),
    [
        ('<meta property="article:published_time" content="2025-06-10T23:30:00-05:00">', "",
         "2025-06-11T04:30:00Z"),
        ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": '
         '"NewsArticle", "datePublished": "2025-06-10T23:30-05:00"}</script>', "",
         "2025-06-11T04:30Z"),
        ("", '<time datetime="2025-06-10T23:30:00-05:00">10 juin</time>',
         "2025-06-11T04:30:00Z"),
        # A day first, the same day's time later: the more precise statement wins.
        ('<meta name="date" content="2025-06-10">'
         '<meta property="og:published_time" content="2025-06-10T23:30:00-05:00">', "",
         "2025-06-11T04:30:00Z"),
        ('<meta property="article:published_time" content="2025-06-10">'
         '<meta itemprop="datePublished" content="2025-06-10T18:30:00+02:00">', "",
         "2025-06-10T16:30:00Z"),
        ("", "<p>2025年5月8日</p>", "2025-05-08"),  # htmldate alone says 2025-01-01
        ("", "<p>2025년 5월 8일 14:30</p>", "2025-05-08T14:30"),
    ],
)  # fmt: skip
def test_a_pages_timestamp_keeps_its_time_and_zone(head: str, body: str, published: str) -> None:
    page = extract_html(_html(head, body))
    assert page.published is not None
    assert format_published(page.published) == published


@pytest.mark.parametrize(
    "value",
    ["Sign In", "Account You're logged", "Autor; In Korinna Hennig", "Name; Email Com",
     "View comments", "https://www.facebook.com/HenningLobin/posts/", "@HenningLobin",
     "Süddeutsche.de GmbH; Munich; Germany", "Copyright 2019 Example"],
)  # fmt: skip
def test_interface_text_is_no_author(value: str) -> None:
    assert clean_author(value) is None


@pytest.mark.parametrize(
    ("value", "author"),
    [
        ("Autor/in: Korinna Hennig", "Korinna Hennig"),
        ("By Jane Doe and John Roe", "Jane Doe; John Roe"),
        ("View all posts by Daniel Lemire", "Daniel Lemire"),
        ("Marcus Bensmann; Justus von Daniels", "Marcus Bensmann; Justus von Daniels"),
    ],
)
def test_bylines_lose_their_labels(value: str, author: str) -> None:
    assert clean_author(value) == author


def test_ui_text_as_author_falls_back_to_none_on_a_page() -> None:
    page = extract_html(_html('<meta name="author" content="Sign In">'))
    assert page.author is None


@pytest.mark.parametrize(
    ("site", "title", "ok"),
    [
        ("Warm war es.... schön war es...", "Warm war es.... schön war es...", False),
        ("Die Weltwoche | Weltwoche Online – www.weltwoche.ch: America:Steve Forbes: Trump is "
         "indeed a billionaire.", "Steve Forbes: Trump is indeed a billionaire.", False),
        ("https://www.facebook.com/deutschland.de", "# Home | deutschland.de", False),
        ("Yonhap News Agency", "N. Korea slams S. Korea", True),
    ],
)  # fmt: skip
def test_site_names_that_are_the_title_or_a_header_line_are_refused(
    site: str, title: str, ok: bool
) -> None:
    assert plausible_site_name(site, title) is ok


@pytest.mark.parametrize(
    ("title", "site", "url", "headings", "expected"),
    [
        ("북한, 한미 연합훈련 비난 : 뉴스", "연합뉴스", None, (), "북한, 한미 연합훈련 비난"),
        ("短缺药品保供稳价-新华网", None, None, ("短缺药品保供稳价",), "短缺药品保供稳价"),
        ("Die Ablehnung der Gendersprache » SciLogs - Wissenschaftsblogs", "Die Engelbart-Galaxis",
         "https://scilogs.spektrum.de/x/", (), "Die Ablehnung der Gendersprache"),
        # A colon in the title itself stays: the part after it is no site's name.
        ("Zugverkehr: Im ICE von Frankfurt nach Barcelona", "ZEIT ONLINE", None, (),
         "Zugverkehr: Im ICE von Frankfurt nach Barcelona"),
        ("Coronavirus-Update: Drosten", "NDR", None, (), "Coronavirus-Update: Drosten"),
    ],
)  # fmt: skip
def test_a_site_suffix_is_dropped_only_when_it_is_the_sites(
    title: str, site: str | None, url: str | None, headings: tuple[str, ...], expected: str
) -> None:
    assert strip_site_suffix(title, site, url, headings) == expected


def test_structured_title_and_site_win_over_heuristics() -> None:
    head = (
        '<meta property="og:title" content="Le budget des écoles voté">'
        '<meta property="og:site_name" content="La Gazette">'
    )
    page = extract_html(_html(head))
    assert (page.title, page.site_name) == ("Le budget des écoles voté", "La Gazette")


def test_the_contract_carries_the_pages_instant_in_its_documented_form() -> None:
    head = '<meta property="article:published_time" content="2025-06-10T23:30:00-05:00">'
    tagged = prepare({"html": _html(head)}, load_taxonomy(), 10**6)
    out = tagged_to_out(tagged, article_id="a", first_seen_at="x", updated_at="x")
    assert (out.published_at, out.published_precision, out.published_timezone_known) == (
        "2025-06-11T04:30:00Z",
        "second",
        True,
    )
    assert out.published_at is not None
    assert re.fullmatch(PUBLISHED_AT_PATTERN, out.published_at)
    check_published_at(out.published_at, "second", True)


def test_a_feed_entrys_fragment_is_text_a_line_per_block_without_page_extraction() -> None:
    from worker.pipeline.extract import fragment_text

    body = (
        "<html><body><p>La Chine &amp; la Russie signent.</p><p>Deuxième   paragraphe<br>"
        "suite</p><ul><li>gaz</li><li>pétrole</li></ul><script>track('Taiwan')</script>"
        "<style>p{}</style>Fin <b>en gras</b>.</body></html>"
    )
    assert fragment_text(body) == (
        "La Chine & la Russie signent.\nDeuxième paragraphe\nsuite\ngaz\npétrole\nFin en gras."
    )
    assert fragment_text("") == ""
    assert fragment_text("du texte &lt;brut&gt;") == "du texte <brut>"


def test_a_feed_entry_is_prepared_as_a_fragment_and_says_so() -> None:
    payload = {"html": "<html><body><p>Moscou et Pékin.</p><p>Le commerce.</p></body></html>"}
    taxonomy = load_taxonomy()
    entry = prepare(payload, taxonomy, 10**6, "feed", fragment=True).article
    page = prepare(payload, taxonomy, 10**6, "feed").article
    assert entry.meta.extraction == "fragment"
    assert entry.text == "Moscou et Pékin.\nLe commerce."
    assert page.meta.extraction in ("trafilatura", "all-text")
