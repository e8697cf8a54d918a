"""A full-text feed polled by a worker: each page is fetched by an ingest_url task of its own."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import select

from tests.integration.conftest import Stack, running_worker, wait_until
from tests.integration.feedserver import FeedServer, Route, feed_server, item, rss
from worker.db.feeds import add_feed
from worker.db.models import Article, DeadLetter, FetchRecord, utcnow
from worker.db.session import transaction

PAGE = (
    "<html><head><title>Page</title></head><body><nav>Ukraine</nav><article>"
    + "<p>Le texte intégral : la Chine et la Russie signent un accord commercial.</p>" * 6
    + "</article></body></html>"
).encode()


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with feed_server() as s:
        yield s


@pytest.mark.redis
def test_pages_are_fetched_by_tasks_of_their_own_and_replace_the_summaries(
    stack: Stack, server: FeedServer
) -> None:
    entries = [
        item("p1", "Accord", "Résumé court.").replace("https://news.example/p1", server.url("/p1")),
        item("p2", "Perdu", "Résumé seul sur Taïwan.").replace(
            "https://news.example/p2", server.url("/missing")
        ),
        f"<link>{server.url('/p3')}</link>",  # only a link: the page is the entry
    ]
    server.routes["/full"] = Route(rss(*entries))
    for path in ("/p1", "/p3"):
        server.routes[path] = Route(PAGE, headers={"Content-Type": "text/html; charset=utf-8"})
    with transaction(stack.sessions) as s:
        feed, _ = add_feed(s, server.url("/full"), now=utcnow(), full_text=True)
        feed_id = feed.id
    stack.env.update(NEWSWORKER_ALLOW_PRIVATE_HOSTS="127.0.0.1", NEWSWORKER_HOST_MIN_INTERVAL="0")
    with running_worker(stack):
        stack.send("newsworker.fetch_feed", feed_id)

        def article(guid: str) -> Any:
            with stack.sessions() as s:
                return s.scalar(select(Article).where(Article.guid == guid))

        def full(guid: str) -> bool:
            found = article(guid)
            return found is not None and "texte intégral" in found.text

        wait_until(lambda: full("p1"), what="p1's page to replace its summary")
        wait_until(lambda: _dead(stack), what="the missing page to be dead-lettered")
        wait_until(lambda: _articles_with_full_text(stack) == 2, what="the link-only entry")
    fallback = article("p2")
    assert fallback is not None
    assert "Résumé seul sur Taïwan" in fallback.text  # the entry's own text stays
    assert article("p1").title == "Accord"
    with stack.sessions() as s:
        record = s.scalar(select(FetchRecord).where(FetchRecord.feed_id == feed_id))
    assert record is not None
    assert (record.entries, record.new, record.skipped) == (3, 2, 1)
    assert record.skip_reasons == {"page-queued": 1}
    log = stack.log_text()
    assert log.count("newsworker.ingest_url[") >= 3  # one task per page


def _dead(stack: Stack) -> bool:
    with stack.sessions() as s:
        rows = s.scalars(select(DeadLetter)).all()
    return any(r.reason == "fetch-gone" for r in rows)


def _articles_with_full_text(stack: Stack) -> int:
    with stack.sessions() as s:
        return sum("texte intégral" in a.text for a in s.scalars(select(Article)))
