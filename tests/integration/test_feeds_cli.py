"""Feeds as an operator manages them: OPML in and out, list, remove; and a feed polled on
schedule by beat and a worker, started as the README says."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.integration.conftest import ROOT, Stack, running_worker, wait_until
from tests.integration.feedserver import Route, feed_server, item, rss
from worker.db.models import Article, Feed
from worker.opml import read_opml

OPML = b"""<?xml version="1.0"?>
<opml version="2.0"><head><title>mine</title></head><body>
  <outline text="World"><outline type="rss" text="A" xmlUrl="https://a.example/feed.xml"
    htmlUrl="https://a.example/"/>
    <outline text="Asia"><outline type="rss" text="B" xmlUrl="https://b.example/rss"/></outline>
  </outline>
  <outline type="rss" text="bad" xmlUrl="file:///etc/passwd"/>
</body></opml>"""


def nw(
    *args: str, cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    full = {k: v for k, v in os.environ.items() if not k.startswith("NEWSWORKER_")}
    # A stack's env copies os.environ, which may hold COLUMNS already: the wide terminal wins.
    full.update({**(env or {}), "PYTHONPATH": str(ROOT), "COLUMNS": "250"})
    return subprocess.run([sys.executable, "-m", "worker", *args], cwd=cwd, env=full,
                          capture_output=True, text=True, timeout=120, check=False)  # fmt: skip


def test_opml_round_trip_list_and_remove(tmp_path: Path) -> None:
    assert nw("migrate", cwd=tmp_path).returncode == 0
    (tmp_path / "in.opml").write_bytes(OPML)
    imported = nw("feeds", "import", "in.opml", cwd=tmp_path)
    assert imported.returncode == 1  # one outline refused...
    assert "refused file:///etc/passwd" in imported.stderr
    assert "3 feed(s) in in.opml: 2 new, 0 already registered, 1 refused" in imported.stdout
    again = nw("feeds", "import", "in.opml", cwd=tmp_path)
    assert "0 new, 2 already registered, 1 refused" in again.stdout
    exported = nw("feeds", "export", "--out", "out.opml", cwd=tmp_path)
    assert exported.returncode == 0
    feeds = sorted(read_opml((tmp_path / "out.opml").read_bytes()), key=lambda f: f.url)
    assert [(f.url, f.category, f.html_url) for f in feeds] == [  # folders and sites kept
        ("https://a.example/feed.xml", "World", "https://a.example/"),
        ("https://b.example/rss", "World/Asia", None),
    ]
    listed = nw("feeds", "list", cwd=tmp_path)
    assert "a.example" in listed.stdout
    assert "never" in listed.stdout  # not fetched yet: said, not hidden
    assert nw("feeds", "remove", "1", cwd=tmp_path).returncode == 0
    assert nw("feeds", "remove", "1", cwd=tmp_path).returncode == 1
    assert nw("feeds", "add", "ftp://x.example/feed", cwd=tmp_path).returncode == 1


def test_a_feed_added_by_url_is_polled_by_beat_and_a_worker(stack: Stack, tmp_path: Path) -> None:
    env = {**stack.env, "NEWSWORKER_DISPATCH_INTERVAL": "2",
           "NEWSWORKER_ALLOW_PRIVATE_HOSTS": "127.0.0.1"}  # fmt: skip
    env.pop("PYTHONPATH", None)
    procs: list[subprocess.Popen[bytes]] = []
    log = (tmp_path / "stack.log").open("wb")
    with feed_server() as server:
        server.routes["/news"] = Route(rss(
            item("n1", "Pékin", "La Chine réduit ses droits de douane."),
            item("n2", "Kyiv", "L'Ukraine et la Russie négocient."),
        ))  # fmt: skip
        added = nw("feeds", "add", server.url("/news"), cwd=tmp_path, env=env)
        assert added.returncode == 0, added.stderr
        started = time.monotonic()
        try:
            for command in (["worker", "--concurrency=1"], ["beat"]):
                procs.append(subprocess.Popen(
                    [sys.executable, "-m", "worker", *command], cwd=tmp_path,
                    env={**env, "PYTHONPATH": str(ROOT)}, stdout=log, stderr=subprocess.STDOUT,
                    start_new_session=True,
                ))  # fmt: skip

            def stored() -> int:
                with stack.sessions() as s:
                    return int(s.scalar(select(func.count()).select_from(Article)) or 0)

            wait_until(lambda: stored() == 2, timeout=60, what="beat + worker to poll the feed")
            latency = time.monotonic() - started

            def recorded() -> bool:  # the feed's state is saved just after its entries
                with stack.sessions() as s:
                    return s.scalars(select(Feed)).one().last_outcome == "parsed"

            wait_until(recorded, timeout=30, what="the poll to be recorded")
        finally:
            for p in procs:
                os.killpg(p.pid, signal.SIGTERM)
            for p in procs:
                p.wait(timeout=40)
            log.close()
    with stack.sessions() as s:
        feed = s.scalars(select(Feed)).one()
        assert (feed.status, feed.last_outcome, feed.entries_seen) == ("active", "parsed", 2)
        assert feed.next_fetch_at > feed.last_fetch_at  # type: ignore[operator]
    print(f"feed added -> 2 entries stored: {latency:.1f} s (worker and beat start included)")


def test_a_feed_added_is_fetched_at_once_not_at_the_next_dispatch(
    stack: Stack, tmp_path: Path
) -> None:
    # No beat runs: only the dispatch `feeds add` asks for can get the feed polled.
    env = {**stack.env, "NEWSWORKER_ALLOW_PRIVATE_HOSTS": "127.0.0.1"}
    with feed_server() as server, running_worker(replace(stack, env=env)):
        env.pop("PYTHONPATH", None)
        server.routes["/now"] = Route(rss(item("n1", "Pékin", "La Chine et la Russie.")))
        started = time.monotonic()
        added = nw("feeds", "add", server.url("/now"), cwd=tmp_path, env=env)
        assert added.returncode == 0, added.stderr
        assert "polled as soon as a worker is free" in added.stdout

        def stored() -> int:
            with stack.sessions() as s:
                return int(s.scalar(select(func.count()).select_from(Article)) or 0)

        wait_until(lambda: stored() == 1, timeout=20, what="the new feed to be polled")
        print(f"feeds add -> entry stored: {time.monotonic() - started:.1f} s")


def test_a_feed_added_with_the_broker_down_waits_for_the_next_dispatch(tmp_path: Path) -> None:
    env = {"NEWSWORKER_BROKER_URL": "redis://127.0.0.1:1/0"}  # nothing listens there
    assert nw("migrate", cwd=tmp_path, env=env).returncode == 0
    added = nw("feeds", "add", "https://news.example/rss", cwd=tmp_path, env=env)
    assert added.returncode == 0, added.stderr  # registered all the same
    assert "added feed 1" in added.stdout
    assert "broker unreachable at redis://127.0.0.1:1/0" in added.stderr
    assert "polled at the scheduler's next dispatch" in added.stderr


@pytest.mark.slow  # about 15 s: seven CLI processes
def test_feeds_list_and_dead_letters_show_what_became_of_every_entry(tmp_path: Path) -> None:
    env = {"NEWSWORKER_ALLOW_PRIVATE_HOSTS": "127.0.0.1", "NEWSWORKER_MAX_ARTICLE_BYTES": "1024"}
    assert nw("migrate", cwd=tmp_path).returncode == 0
    with feed_server() as server:
        body = rss(
            item("n1", "Pékin", "La Chine réduit ses droits de douane."),
            item("big", "Moscou", "La Russie et la Chine. " * 60),  # over the size limit
            "<link>https://news.example/only-a-link</link>", "<guid>nothing</guid>",
        )  # fmt: skip
        server.routes["/f"], server.routes["/g"] = Route(body), Route(body)
        outlines = "".join(f'<outline xmlUrl="{server.url(p)}"/>' for p in ("/f", "/g"))
        (tmp_path / "two.opml").write_text(f"<opml><body>{outlines}</body></opml>")
        assert nw("feeds", "import", "two.opml", cwd=tmp_path, env=env).returncode == 0
        polled = nw("feeds", "poll", "1", cwd=tmp_path, env=env)
        assert nw("feeds", "poll", "2", cwd=tmp_path, env=env).returncode == 0
    want = "4 entries, 1 new, 0 updated, 0 unchanged, 1 dead-lettered, 2 skipped"
    assert want in polled.stdout, polled
    listed = nw("feeds", "list", cwd=tmp_path, env=env).stdout
    assert "4 found: 1 new, 1 dead, 2 skipped (empty 1, link-only 1)" in listed, listed

    def times(*args: str) -> list[str]:  # the "times" cell of each too-large row
        listing = nw("dead-letters", *args, cwd=tmp_path, env=env).stdout
        return re.findall(r"^│ \d+\s+│ \S+\s+│ (\d+)\s+│ too-large", listing, re.M)

    assert times() == ["2"]  # one payload, one row, seen twice...
    assert times("--feed", "1") == times("--feed", "2") == ["1"]  # ...once by each feed
