"""Polling feeds against a loopback server, storing into SQLite and PostgreSQL."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from tests.integration.feedserver import FeedServer, Route, feed_server, item, rss
from worker.db.feeds import add_feed
from worker.db.models import Article, Feed, FetchRecord, utcnow
from worker.db.session import transaction
from worker.http import FetchPolicy
from worker.pipeline.poll import PollOutcome, poll_feed
from worker.taxonomy import load_taxonomy

POLICY = FetchPolicy(allow_private_hosts=frozenset({"127.0.0.1"}), deadline=5.0,
                     read_timeout=3.0)  # fmt: skip
CHINA = item("a1", "Pékin et Moscou", "La Chine et la Russie signent un accord commercial.")
UKRAINE = item("a2", "Kyiv", "L'Ukraine demande des sanctions.", day=9)


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with feed_server() as s:
        yield s


def _register(sessions: sessionmaker[Session], url: str) -> int:
    with transaction(sessions) as s:
        feed, _ = add_feed(s, url, now=utcnow())
        return feed.id


def _poll(sessions: sessionmaker[Session], feed_id: int) -> PollOutcome:
    return poll_feed(feed_id, sessions=sessions, taxonomy=load_taxonomy(), policy=POLICY,
                     max_bytes=10**7)  # fmt: skip


def _feed(sessions: sessionmaker[Session], feed_id: int) -> Feed:
    with sessions() as s:
        feed = s.get(Feed, feed_id)
        assert feed is not None
        return feed


def _count(sessions: sessionmaker[Session], model: Any) -> int:
    with sessions() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_entries_are_stored_once_and_an_etag_makes_the_next_poll_free(
    sessions: sessionmaker[Session], server: FeedServer
) -> None:
    server.routes["/f"] = Route(rss(CHINA, UKRAINE), headers={"ETag": '"v1"'})
    feed_id = _register(sessions, server.url("/f"))
    first = _poll(sessions, feed_id)
    assert (first.outcome, first.new) == ("parsed", 2)
    second = _poll(sessions, feed_id)
    assert (second.outcome, second.new, second.status_code) == ("not-modified", 0, 304)
    assert _count(sessions, Article) == 2
    with sessions() as s:
        china = s.scalar(select(Article).where(Article.guid == "a1"))
        assert china is not None
        assert {t.tag for t in china.tags} >= {"china", "russia", "trade"}
        assert (china.published_provenance, china.published_precision) == ("feed", "second")
        assert china.dedup_key == "guid:127.0.0.1:a1"
        assert china.extraction == "fragment"  # the entry's own HTML: no page extraction
        records = s.scalars(select(FetchRecord).order_by(FetchRecord.id)).all()
    assert [(r.outcome, r.status_code, r.new) for r in records] == [
        ("parsed", 200, 2), ("not-modified", 304, 0)
    ]  # fmt: skip
    assert all(ua.startswith("newsworker") for ua in server.user_agents)


def test_last_modified_and_an_unchanged_body_cost_no_parse(
    sessions: sessionmaker[Session], server: FeedServer
) -> None:
    server.routes["/lm"] = Route(
        rss(CHINA), headers={"Last-Modified": "Thu, 08 May 2025 10:00:00 GMT"}
    )
    server.routes["/same"] = Route(rss(CHINA))
    lm, same = _register(sessions, server.url("/lm")), _register(sessions, server.url("/same"))
    assert _poll(sessions, lm).outcome == "parsed"
    assert _poll(sessions, lm).outcome == "not-modified"
    assert _poll(sessions, same).outcome == "parsed"
    assert _poll(sessions, same).outcome == "same-hash"


def test_a_changed_entry_updates_its_article(
    sessions: sessionmaker[Session], server: FeedServer
) -> None:
    server.routes["/u"] = Route(rss(CHINA))
    feed_id = _register(sessions, server.url("/u"))
    _poll(sessions, feed_id)
    server.routes["/u"] = Route(rss(item("a1", "Pékin", "Nouveaux droits de douane sur l'acier.")))
    result = _poll(sessions, feed_id)
    assert (result.new, result.updated) == (0, 1)
    assert _count(sessions, Article) == 1


def test_repeated_guids_switch_the_feed_to_urls_until_they_are_unique_again(
    sessions: sessionmaker[Session], server: FeedServer
) -> None:
    bad = [item("same", f"Titre {n}", f"La Chine, article {n}.").replace(
        "news.example/same", f"news.example/n{n}") for n in range(3)]  # fmt: skip
    server.routes["/g"] = Route(rss(*bad))
    feed_id = _register(sessions, server.url("/g"))
    assert _poll(sessions, feed_id).new == 3
    feed = _feed(sessions, feed_id)
    assert feed.guid_policy == "url"
    assert "'same'" in (feed.guid_policy_reason or "")
    server.routes["/g"] = Route(rss(item("u1", "Pékin", "La Chine."), item("u2", "Kyiv", "Kyiv.")))
    _poll(sessions, feed_id)  # GUIDs fixed: the feed recovers
    feed = _feed(sessions, feed_id)
    assert (feed.guid_policy, feed.guid_policy_reason) == ("guid", "GUIDs are unique again")


def test_429_with_retry_after_waits_in_the_database(
    sessions: sessionmaker[Session], server: FeedServer
) -> None:
    server.routes["/busy"] = Route(b"slow down", status=429, headers={"Retry-After": "7200"})
    feed_id = _register(sessions, server.url("/busy"))
    before = utcnow()
    result = _poll(sessions, feed_id)
    assert result.outcome == "error"
    feed = _feed(sessions, feed_id)
    assert feed.status == "failing"
    assert before + timedelta(seconds=7190) <= feed.next_fetch_at <= before + timedelta(hours=3)
    assert feed.last_status == 429


@pytest.mark.parametrize(
    ("status", "expected"), [(404, "failing"), (410, "gone"), (503, "failing")]
)
def test_http_failures_are_weighted_and_visible(
    sessions: sessionmaker[Session], server: FeedServer, status: int, expected: str
) -> None:
    server.routes["/x"] = Route(b"no", status=status)
    feed_id = _register(sessions, server.url("/x"))
    before = utcnow()
    _poll(sessions, feed_id)
    feed = _feed(sessions, feed_id)
    assert (feed.status, feed.failures, feed.last_status) == (expected, 1, status)
    assert feed.last_error
    wait = (feed.next_fetch_at - before).total_seconds()
    if status == 503:  # temporary: back off from the interval, not a day
        assert wait < 86_400 * 0.9
    else:  # hard: poll daily, in case it comes back
        assert wait > 86_400 * 0.85


@pytest.mark.parametrize(
    ("body", "headers"),
    [
        (b"<html><body><p>Not a feed</p></body></html>", {"Content-Type": "text/html"}),
        (b"", {}),
        (b'{"hello": "world"}', {"Content-Type": "application/json"}),
        (bytes(range(256)) * 10, {}),
    ],
)
def test_documents_that_are_not_feeds_are_a_clear_soft_failure(
    sessions: sessionmaker[Session], server: FeedServer, body: bytes, headers: dict[str, str]
) -> None:
    server.routes["/nf"] = Route(body, headers=headers)
    feed_id = _register(sessions, server.url("/nf"))
    result = _poll(sessions, feed_id)
    assert result.outcome == "error"
    assert "not a feed" in (result.error or "")
    assert _feed(sessions, feed_id).last_outcome == "error:soft"


def test_a_truncated_feed_keeps_the_entries_read_before_the_break(
    sessions: sessionmaker[Session], server: FeedServer
) -> None:
    whole = rss(CHINA, UKRAINE)
    server.routes["/t"] = Route(whole[: whole.index(b"<item>", whole.index(b"</item>")) + 30])
    feed_id = _register(sessions, server.url("/t"))
    result = _poll(sessions, feed_id)
    assert (result.outcome, result.new) == ("parsed", 1)
    with sessions() as s:
        record = s.scalars(select(FetchRecord)).one()
    assert record.bozo


def test_entity_bombs_and_external_entities_are_not_expanded(
    sessions: sessionmaker[Session], server: FeedServer, tmp_path: Any
) -> None:
    canary = tmp_path / "canary.txt"
    canary.write_text("CANARY-SECRET")
    laughs = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    channel = '<rss version="2.0"><channel><title>{t}</title><item><title>{i}</title>'
    end = "<description>La Chine {d}</description><guid>{g}</guid></item></channel></rss>"
    bomb = f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY l0 "lol">{laughs}]>' + (
        channel + end
    ).format(t="&l9;", i="x", d="", g="b1")
    xxe = f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file://{canary}">]>' + (
        channel + end
    ).format(t="t", i="&x;", d="&x;", g="x1")
    server.routes["/bomb"] = Route(bomb.encode())
    server.routes["/xxe"] = Route(xxe.encode())
    for path in ("/bomb", "/xxe"):
        _poll(sessions, _register(sessions, server.url(path)))
    with sessions() as s:
        texts = " ".join(a.title + a.text for a in s.scalars(select(Article)))
    assert "CANARY-SECRET" not in texts
    assert "lollollol" not in texts


PEKIN = item("e1", "Pékin", "Échanges à Pékin.")
LATIN1_DECLARED_UTF8 = rss(PEKIN).decode().encode("latin-1")
UTF16_BOM = rss(PEKIN, encoding="utf-16")
HEADER_ONLY = rss(PEKIN, encoding="iso-8859-1").replace(b' encoding="iso-8859-1"', b"")
LATIN1_TYPE = {"Content-Type": "application/rss+xml; charset=iso-8859-1"}


@pytest.mark.parametrize(
    ("body", "headers"),
    [(LATIN1_DECLARED_UTF8, {}), (UTF16_BOM, {}), (HEADER_ONLY, LATIN1_TYPE)],
    ids=["latin1-declared-utf8", "utf16-bom", "charset-in-header-only"],
)
def test_encodings_decode_to_the_right_text(
    sessions: sessionmaker[Session], server: FeedServer, body: bytes, headers: dict[str, str]
) -> None:
    server.routes["/enc"] = Route(body, headers=headers)
    result = _poll(sessions, _register(sessions, server.url("/enc")))
    assert result.new == 1, result
    with sessions() as s:
        article = s.scalars(select(Article)).one()
        assert "Pékin" in article.text
        assert {t.tag for t in article.tags} >= {"china"}


def test_json_feed_entries_are_stored(sessions: sessionmaker[Session], server: FeedServer) -> None:
    doc = {"version": "https://jsonfeed.org/version/1.1", "title": "J",
           "items": [{"id": "j1", "url": "https://news.example/j1", "title": "Taïwan",
                      "content_html": "<p>Taipei et Pékin.</p>",
                      "date_published": "2025-05-08T10:00:00Z"}]}  # fmt: skip
    server.routes["/j"] = Route(
        json.dumps(doc).encode(), headers={"Content-Type": "application/feed+json"}
    )
    assert _poll(sessions, _register(sessions, server.url("/j"))).new == 1


def test_a_date_feedparser_cannot_read_is_parsed_in_its_language(
    sessions: sessionmaker[Session], server: FeedServer
) -> None:
    entry = item("d1", "Pékin", "La Chine exporte.").replace(
        "Thu, 08 May 2025 10:00:00 GMT", "8 mai 2025"
    )
    server.routes["/fr-date"] = Route(rss(entry))
    assert _poll(sessions, _register(sessions, server.url("/fr-date"))).new == 1
    with sessions() as s:
        article = s.scalars(select(Article)).one()
        assert article.published_at is not None
        assert (article.published_at.date().isoformat(), article.published_precision) == (
            "2025-05-08",
            "day",
        )
        assert article.published_provenance == "feed"


def test_a_full_text_feed_stores_each_entrys_page_and_falls_back_to_its_summary(
    sessions: sessionmaker[Session], server: FeedServer
) -> None:
    page = ("<html><head><title>Page</title></head><body><nav>Ukraine</nav><article>"
            + "<p>Le texte intégral : la Chine et la Russie signent un accord commercial.</p>" * 6
            + "</article></body></html>")  # fmt: skip
    entries = [
        item("p1", "Accord", "Résumé court.").replace("https://news.example/p1", server.url("/p1")),
        item("p2", "Perdu", "Résumé seul sur Taïwan.").replace(
            "https://news.example/p2", server.url("/missing")
        ),
    ]
    entries.append(f"<link>{server.url('/p3')}</link>")  # only a link: the page is the entry
    server.routes["/full"] = Route(rss(*entries))
    for path in ("/p1", "/p3"):
        server.routes[path] = Route(
            page.encode(), headers={"Content-Type": "text/html; charset=utf-8"}
        )
    with transaction(sessions) as s:
        feed, _ = add_feed(s, server.url("/full"), now=utcnow(), full_text=True)
        feed_id = feed.id
    polled = _poll(sessions, feed_id)
    assert (polled.new, polled.skipped, polled.entries) == (3, 0, 3)
    with sessions() as s:
        full = s.scalar(select(Article).where(Article.guid == "p1"))
        fallback = s.scalar(select(Article).where(Article.guid == "p2"))
        assert full is not None
        assert fallback is not None
        assert "texte intégral" in full.text
        assert "Ukraine" not in full.text  # the page's chrome stays out
        assert (full.extraction, full.charset_source) == ("trafilatura", "http-header")
        assert full.title == "Accord"  # the feed's own title is kept
        assert "Résumé seul sur Taïwan" in fallback.text
        assert fallback.extraction == "feed-text"
