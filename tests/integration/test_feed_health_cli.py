"""Feed health as an operator reads it: ``feeds list --format json`` and the feeds section of
``status`` (text and ``--format json``), after one feed polled well and one that fails."""

from __future__ import annotations

import json
import socket
from pathlib import Path

from tests.integration.feedserver import Route, feed_server, item, rss
from tests.integration.test_feeds_cli import nw


def test_feeds_list_and_status_say_which_feed_fails_in_text_and_json(tmp_path: Path) -> None:
    env = {"NEWSWORKER_ALLOW_PRIVATE_HOSTS": "127.0.0.1"}
    assert nw("migrate", cwd=tmp_path).returncode == 0
    with feed_server() as server:
        server.routes["/ok"] = Route(rss(item("n1", "Pékin", "La Chine et Taïwan.")))
        server.routes["/broken"] = Route(b"down", status=500)
        for path in ("/ok", "/broken"):
            assert nw("feeds", "add", server.url(path), cwd=tmp_path, env=env).returncode == 0
        assert nw("feeds", "poll", "1", cwd=tmp_path, env=env).returncode == 0
        assert nw("feeds", "poll", "2", cwd=tmp_path, env=env).returncode == 1

    listed = nw("feeds", "list", "--format", "json", cwd=tmp_path, env=env)
    assert listed.returncode == 0, listed.stderr
    feeds = {f["id"]: f for f in json.loads(listed.stdout)}
    assert feeds[1]["status"] == "active"
    assert feeds[1]["last_success_at"] is not None
    assert feeds[1]["last_poll"]["entries"] == feeds[1]["last_poll"]["new"] == 1
    assert feeds[2]["status"] == "failing"
    assert feeds[2]["last_success_at"] is None
    assert feeds[2]["last_poll"]["status_code"] == 500
    assert feeds[2]["url"].endswith("/broken")

    report = nw("status", "--format", "json", "--timeout", "0.2", cwd=tmp_path, env=env)
    assert report.returncode == 0, report.stderr
    health = json.loads(report.stdout)["database"]["feeds"]
    assert health["by_status"] == {"active": 1, "failing": 1, "gone": 0, "paused": 0}
    assert health["failing"] == 1
    assert health["oldest_feed"]["id"] == 2  # never succeeded: the longest without one

    text = nw("status", "--timeout", "0.2", cwd=tmp_path, env=env)
    line = next(x for x in text.stdout.splitlines() if x.startswith("feeds "))
    assert line.startswith("feeds         2: 1 active, 1 failing; longest without a success:")
    assert f"(feed 2, {feeds[2]['url']})" in line


def test_status_as_json_still_says_what_is_down_and_exits_3(tmp_path: Path) -> None:
    assert nw("migrate", cwd=tmp_path).returncode == 0
    with socket.socket() as s:  # a port nothing listens on once closed
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {"NEWSWORKER_BROKER_URL": f"redis://127.0.0.1:{port}/0"}
    report = nw("status", "--format", "json", "--timeout", "0.2", cwd=tmp_path, env=env)
    assert report.returncode == 3, report.stderr
    document = json.loads(report.stdout)
    assert document["broker"]["reachable"] is False
    assert "Connection refused" in document["broker"]["error"]
    assert document["database"]["reachable"] is True
    assert document["database"]["feeds"]["total"] == 0
