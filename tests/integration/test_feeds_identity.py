"""Entry identity per entry, dead letters credited to the feed and fetch they came from, and
the fault barrier around each poll (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from tests.integration.feedserver import FeedServer, Route, feed_server, item, rss
from tests.integration.test_feeds import _feed, _register
from worker.db.feeds import dead_letters_of
from worker.db.models import Article, DeadLetter, FetchRecord, utcnow
from worker.http import FetchPolicy
from worker.metrics import DbCollector
from worker.pipeline import poll as poll_module
from worker.pipeline.poll import PollOutcome, poll_feed
from worker.taxonomy import load_taxonomy

POLICY = FetchPolicy(allow_private_hosts=frozenset({"127.0.0.1"}), deadline=5.0,
                     read_timeout=3.0)  # fmt: skip


@pytest.fixture
def web() -> Iterator[FeedServer]:
    with feed_server() as s:
        yield s


def _poll(sessions: sessionmaker[Session], feed_id: int, max_bytes: int = 10**7) -> PollOutcome:
    return poll_feed(feed_id, sessions=sessions, taxonomy=load_taxonomy(), policy=POLICY,
                     max_bytes=max_bytes)  # fmt: skip


def _records(sessions: sessionmaker[Session], feed_id: int) -> list[FetchRecord]:
    with sessions() as s:
        stmt = select(FetchRecord).where(FetchRecord.feed_id == feed_id).order_by(FetchRecord.id)
        return list(s.scalars(stmt))


def _no_guid(n: int) -> str:
    return item(f"x{n}", f"Titre {n}", f"La Chine, article {n}.").replace(f"<guid>x{n}</guid>", "")


def test_an_entry_without_a_guid_leaves_the_others_their_guids(
    sessions: sessionmaker[Session], web: FeedServer
) -> None:
    web.routes["/one"] = Route(rss(_no_guid(1)))
    feed_id = _register(sessions, web.url("/one"))
    assert _poll(sessions, feed_id).new == 1
    feed = _feed(sessions, feed_id)
    assert feed.guid_policy == "guid"
    assert "1 of 1 entries carry no GUID" in (feed.guid_policy_reason or "")
    web.routes["/one"] = Route(rss(_no_guid(1), item("g2", "Kyiv", "L'Ukraine et la Chine.")))
    second = _poll(sessions, feed_id)
    assert (second.new, second.unchanged) == (1, 1)
    with sessions() as s:
        keys = set(s.scalars(select(Article.dedup_key)))
    assert keys == {"url:https://news.example/x1", "guid:127.0.0.1:g2"}


def test_dead_letters_are_credited_to_each_feed_and_fetch_they_came_from(
    sessions: sessionmaker[Session], web: FeedServer
) -> None:
    # The same two oversized entries on two feeds of one host: the same payloads, twice each.
    long = "La Chine et la Russie. " * 40
    body = rss(item("big1", "Pékin", long), item("big2", "Moscou", long),
               item("ok", "Kyiv", "Ukraine."))  # fmt: skip
    web.routes["/a"], web.routes["/b"] = Route(body), Route(body)
    a, b = _register(sessions, web.url("/a")), _register(sessions, web.url("/b"))
    for n, feed_id in enumerate((a, b, a)):
        web.routes["/a"] = Route(body + b" " * n)  # a changed body: parsed again
        _poll(sessions, feed_id, max_bytes=500)
    for feed_id, polls in ((a, 2), (b, 1)):
        dead = sum(r.dead for r in _records(sessions, feed_id))
        with sessions() as s:
            listed = dead_letters_of(s, feed_id)
        assert dead == sum(n for _, n in listed) == 2 * polls
        assert {n for _, n in listed} == {polls}
    with sessions() as s:
        rows = int(s.scalar(select(func.count(DeadLetter.id))) or 0)
    assert rows == 2  # one row per payload and reason; occurrences say where each came from


def test_a_json_feed_with_a_non_object_item_stores_the_others(
    sessions: sessionmaker[Session], web: FeedServer
) -> None:
    doc = {"version": "https://jsonfeed.org/version/1.1", "title": "J",
           "items": [1, {"id": "j1", "url": "https://news.example/j1", "title": "Pékin",
                         "content_html": "<p>La Chine.</p>", "language": "fr"}]}  # fmt: skip
    web.routes["/j"] = Route(json.dumps(doc).encode())
    feed_id = _register(sessions, web.url("/j"))
    outcome = _poll(sessions, feed_id)
    assert (outcome.outcome, outcome.new, outcome.skipped, outcome.entries) == ("parsed", 1, 1, 2)
    (record,) = _records(sessions, feed_id)
    assert record.skip_reasons == {"not-an-object": 1}
    with sessions() as s:
        assert s.scalar(select(Article.language_declared)) == "fr"


def test_a_feed_mixing_zoned_and_zone_less_dates_is_scheduled(
    sessions: sessionmaker[Session], web: FeedServer
) -> None:
    zone_less = item("z3", "Moscou", "Russie.", day=10).replace(
        "Thu, 10 May 2025 10:00:00 GMT", "10 mai 2025 10:30"
    )  # read as 2025-05-10T10:30, no zone claimed, beside two dates in GMT
    entries = [item("z1", "Pékin", "La Chine."), item("z2", "Kyiv", "Ukraine.", day=9), zone_less]
    web.routes["/m"] = Route(rss(*entries))
    feed_id = _register(sessions, web.url("/m"))
    outcome = _poll(sessions, feed_id)
    assert (outcome.outcome, outcome.new, outcome.error) == ("parsed", 3, None)


def test_any_exception_in_a_poll_becomes_a_failed_fetch_record(
    sessions: sessionmaker[Session], web: FeedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_: Any, **__: Any) -> int:
        raise TypeError("can't compare offset-naive and offset-aware datetimes")

    monkeypatch.setattr(poll_module, "adaptive_interval", broken)
    web.routes["/x"] = Route(rss(item("e1", "Pékin", "La Chine."), item("e2", "Kyiv", "Kyiv.")))
    feed_id = _register(sessions, web.url("/x"))
    before = utcnow()
    outcome = _poll(sessions, feed_id)
    assert outcome.outcome == "error"
    assert "TypeError" in (outcome.error or "")
    feed = _feed(sessions, feed_id)
    assert feed.status == "failing"
    assert "TypeError" in (feed.last_error or "")
    assert feed.failure_weight > 0
    assert feed.next_fetch_at > before
    (record,) = _records(sessions, feed_id)
    assert (record.outcome, record.error_class, record.new, record.entries) == (
        "error", "InternalError", 2, 2
    )  # fmt: skip
    with sessions() as s:
        assert s.scalar(select(func.count(Article.id))) == 2  # the entries were stored


def test_the_feed_entry_gauges_add_up_to_what_was_found(
    db_url: str, sessions: sessionmaker[Session], web: FeedServer
) -> None:
    web.routes["/m"] = Route(rss(item("m1", "Pékin", "La Chine."), "<guid>nothing-else</guid>"))
    _poll(sessions, _register(sessions, web.url("/m")))
    registry = CollectorRegistry()
    registry.register(DbCollector(db_url))
    got = {
        s.labels["outcome"]: s.value
        for family in text_string_to_metric_families(generate_latest(registry).decode())
        for s in family.samples
        if s.name == "newsworker_feed_entries"
    }
    assert got == {"found": 2, "new": 1, "updated": 0, "unchanged": 0, "dead": 0, "skipped": 1}
