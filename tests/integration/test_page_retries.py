"""Article URLs that fail for a moment are retried by a real worker, honouring Retry-After, and
dead-lettered with the real reason only once the attempts are spent (issue 13, item 6)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import pytest
from sqlalchemy import select

from tests.integration.conftest import ROOT, Stack, running_worker, wait_until
from tests.integration.feedserver import Response, feed_server
from worker.db.models import Article, DeadLetter

PAGE = (ROOT / "tests" / "data" / "pages" / "scmp.com.playbook.html").read_bytes()
HTML = {"Content-Type": "text/html; charset=utf-8"}


def _failing(
    times: int, status: int, headers: dict[str, str], stamps: list[float]
) -> Callable[[dict[str, str]], Response]:
    """A route that answers ``status`` ``times`` times, then the page; stamps every request."""
    lock = threading.Lock()

    def route(_: dict[str, str]) -> Response:
        with lock:
            stamps.append(time.monotonic())
            if len(stamps) <= times:
                return status, headers, b"try again later"
        return 200, HTML, PAGE

    return route


def _articles(stack: Stack) -> list[Article]:
    with stack.sessions() as s:
        return list(s.scalars(select(Article)))


def _dead_letters(stack: Stack) -> list[DeadLetter]:
    with stack.sessions() as s:
        return list(s.scalars(select(DeadLetter)))


@pytest.mark.parametrize(
    ("status", "headers"), [(503, {}), (429, {"Retry-After": "1"})], ids=["503", "429"]
)
def test_a_page_that_fails_once_is_stored_after_the_retry(
    stack: Stack, status: int, headers: dict[str, str]
) -> None:
    stack.env["NEWSWORKER_ALLOW_PRIVATE_HOSTS"] = "127.0.0.1"
    stamps: list[float] = []
    with feed_server() as server, running_worker(stack):
        server.routes["/opinion/playbook"] = _failing(1, status, headers, stamps)
        stack.send("newsworker.ingest_url", server.url("/opinion/playbook"))
        (article,) = wait_until(lambda: _articles(stack), what="the page stored after a retry")
    assert article.title.startswith("Carrie Lam should study Tsai Ing-wen")
    assert len(stamps) == 2  # one failure, one retry
    assert _dead_letters(stack) == []
    if "Retry-After" in headers:
        assert stamps[1] - stamps[0] >= 0.95  # the retry waited as long as the server asked


def test_a_page_that_stays_unavailable_is_dead_lettered_with_the_real_reason(
    stack: Stack,
) -> None:
    stack.env["NEWSWORKER_ALLOW_PRIVATE_HOSTS"] = "127.0.0.1"
    stamps: list[float] = []
    with feed_server() as server, running_worker(stack):
        server.routes["/down"] = _failing(100, 503, {}, stamps)
        url = server.url("/down")
        stack.send("newsworker.ingest_url", url)
        (letter,) = wait_until(lambda: _dead_letters(stack), what="the dead letter")
    assert letter.reason == "fetch-unavailable"
    assert "HTTP 503" in letter.error
    assert url in letter.payload
    assert len(stamps) == 3  # the first attempt and NEWSWORKER_MAX_RETRIES=2 retries
    assert _articles(stack) == []
