"""Article pages: real saved pages extracted, encodings decided and recorded, and a URL
submitted through the CLI, fetched from a loopback copy by a real worker."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from tests.integration.conftest import ROOT, Stack, running_worker, wait_until
from tests.integration.feedserver import Route, feed_server
from worker.dates import format_published
from worker.db.models import Article, ArticleVersion, DeadLetter
from worker.pipeline import prepare
from worker.pipeline.page import decode_html
from worker.taxonomy import load_taxonomy

PAGES = ROOT / "tests" / "data" / "pages"

# (file, title, published_at, precision, language, words of the article, chrome kept out):
# the date is the page's own statement (article:published_time, <time>), time and zone kept.
REAL = [
    ("dw.com.colonial.html", "Berlin confronts Germany's colonial past", "2020-01-19", "day",
     "en", "five-year project", ["Newsletter", "Podcasts"]),
    ("mediapart.fr.violences.html", "Violences policières: bombe à retardement médiatique",
     "2019-06-27", "day", "fr", "Violences policières", ["Newsletter", "Podcasts"]),
    # <time datetime="2019-05-15 05:28:29">: no zone given, none claimed; htmldate's
    # 2019-05-17 was the page's last modification.
    ("sueddeutsche.de.flixtrain.html", "Flixbus attackiert Deutsche Bahn", "2019-05-15T05:28:29",
     "second", "de", "Flixbus", ["Datenschutz"]),
    ("zeit.de.zugverkehr.html", "Zugverkehr: Im ICE von Frankfurt nach Barcelona",
     "2020-01-14T08:21:29Z", "second", "de", "36 Stunden", ["Anmelden", "Podcasts"]),
    ("scmp.com.playbook.html", "Carrie Lam should study Tsai Ing-wen", "2020-01-20T02:00:08Z",
     "second", "en", "Tsai Ing-wen", []),
]  # fmt: skip


@pytest.mark.parametrize(("name", "title", "date", "precision", "lang", "words", "chrome"), REAL)
def test_real_pages_give_clean_text_title_date_and_language(
    name: str, title: str, date: str, precision: str, lang: str, words: str, chrome: list[str]
) -> None:
    html, charset, source = decode_html((PAGES / name).read_bytes())
    tagged = prepare({"html": html, "url": f"https://news.example/{name}"}, load_taxonomy(),
                     10**7, charset=(charset, source))  # fmt: skip
    a = tagged.article
    assert a.title.startswith(title)
    assert a.published is not None
    assert (format_published(a.published), a.published.precision, a.published.provenance) == (
        date, precision, "page-metadata"
    )  # fmt: skip
    assert a.language == lang
    assert words in a.text
    for word in chrome:
        assert word not in a.text, f"page chrome {word!r} leaked into the text"
    assert (a.meta.extraction, a.meta.charset, a.meta.charset_source) == (
        "trafilatura",
        "utf-8",
        "meta",
    )


def test_a_country_named_only_in_the_sidebar_does_not_tag_the_article() -> None:
    article = (
        "<p>" + "Le conseil municipal a voté le budget des écoles et des routes. " * 8 + "</p>"
    )
    html = (
        "<html><head><title>Budget municipal</title></head><body>"
        "<nav><a href='/monde/russie'>Russie</a> <a href='/monde/chine'>Chine</a></nav>"
        f"<article><h1>Budget municipal</h1>{article}</article>"
        "<aside><h3>À lire aussi</h3><a href='/ukraine'>La guerre en Ukraine</a></aside>"
        "<div class='comments'><p>Commentaire : et Taïwan ?</p></div></body></html>"
    )
    tagged = prepare({"html": html}, load_taxonomy(), 10**7)
    assert "budget des écoles" in tagged.article.text
    assert tagged.tags == ()


@pytest.mark.parametrize(
    ("body", "content_type", "charset", "source"),
    [
        ("Le président à Pékin".encode("latin-1"), "text/html; charset=utf-8", None, "detected"),
        ("<p>Президент России прибыл в Пекин для переговоров о торговле.</p>".encode("cp1251"),
         None, None, "detected"),
        ('<meta charset="gb2312"><p>中国与俄罗斯签署贸易协定</p>'.encode("gb2312"), None, "gb2312",
         "meta"),
        ("<p>ロシアと中国の貿易協定</p>".encode("shift_jis"), "text/html; charset=Shift_JIS",
         "shift_jis", "http-header"),
        ("<p>Le président à Pékin</p>".encode("utf-16"), None, "utf-16", "bom"),
    ],
    ids=["latin1-declared-utf8", "cp1251-undeclared", "gb2312-meta", "shift-jis", "utf16-bom"],
)  # fmt: skip
def test_every_encoding_decodes_and_says_what_decided(
    body: bytes, content_type: str | None, charset: str | None, source: str
) -> None:
    text, decided, why = decode_html(body, content_type)
    assert why == source
    if charset:
        assert decided == charset
    assert any(word in text for word in ("Pékin", "России", "中国", "ロシア"))
    text.encode("utf-8")  # always valid UTF-8


def nw(*args: str, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "worker", *args], env=env, cwd=cwd,
                          capture_output=True, text=True, timeout=120, check=False)  # fmt: skip


def test_submit_url_stores_a_local_copy_of_a_real_page(stack: Stack, tmp_path: Path) -> None:
    stack.env["NEWSWORKER_ALLOW_PRIVATE_HOSTS"] = "127.0.0.1"  # the worker's and the CLI's
    env = {**stack.env, "COLUMNS": "200"}
    page = (PAGES / "scmp.com.playbook.html").read_bytes()
    with feed_server() as server, running_worker(stack):
        server.routes["/opinion/playbook?utm_source=rss&id=7"] = Route(
            page, headers={"Content-Type": "text/html; charset=utf-8"}
        )
        url = server.url("/opinion/playbook?utm_source=rss&id=7")
        result = nw("submit", "--url", url, "--url", server.url("/gone"), "--wait",
                    env=env, cwd=tmp_path)  # fmt: skip
        assert result.returncode == 1, result.stderr  # the 404 is reported...
        assert "dead-lettered" in result.stderr
        with stack.sessions() as s:  # ...and the page stored
            a = s.scalars(select(Article).options(selectinload(Article.tags))).one()
            assert a.title.startswith("Carrie Lam should study Tsai Ing-wen")
            assert (a.published_precision, a.published_provenance) == ("second", "page-metadata")
            assert a.published_timezone_known  # article:published_time gave its offset
            assert a.language == "en"
            assert a.canonical_url == server.url("/opinion/playbook?id=7")  # tracking gone
            assert a.charset == "utf-8"
            assert (a.charset_source, a.extraction) == ("http-header", "trafilatura")
            assert "taiwan" in {t.tag for t in a.tags}
            (letter,) = s.scalars(select(DeadLetter)).all()
            assert letter.reason == "fetch-gone"


def test_a_changed_page_is_an_update_with_its_history(stack: Stack) -> None:
    from worker.pipeline import Item, ingest

    def store(text: str) -> str:
        html = f"<html><body><article><p>{text}</p></article></body></html>"
        item = Item({"html": html, "url": "https://news.example/a?utm_campaign=x"})
        (r,) = ingest([item], sessions=stack.sessions, taxonomy=load_taxonomy(), max_bytes=10**7)
        return r.status

    first = "La Chine annonce de nouveaux droits de douane sur l'acier européen. " * 5
    second = "La Chine suspend les droits de douane sur l'acier européen. " * 5
    assert [store(first), store(first), store(second)] == ["created", "unchanged", "updated"]
    with stack.sessions() as s:
        assert len(s.scalars(select(ArticleVersion)).all()) == 2
        assert len(s.scalars(select(Article)).all()) == 1


def test_the_worker_dead_letters_a_refused_address_without_connecting(stack: Stack) -> None:
    env_before = dict(os.environ)
    with feed_server() as server, running_worker(stack):
        stack.send("newsworker.ingest_url", server.url("/page"))  # loopback: not allowed here

        def dead() -> list[DeadLetter]:
            with stack.sessions() as s:
                return list(s.scalars(select(DeadLetter)))

        (letter,) = wait_until(dead, what="the refused URL's dead letter")
    assert letter.reason == "fetch-blocked"
    assert server.user_agents == []  # no request reached the server
    assert dict(os.environ) == env_before
