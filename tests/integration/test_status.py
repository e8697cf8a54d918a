"""``newsworker status`` and ``newsworker health``, against services that are up, then down.

A Redis of the test's own (``redis-server`` on a free port) is killed to take the broker
down; a database URL pointing at a closed port stands for PostgreSQL down.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis

from tests.conftest import unavailable
from tests.integration.conftest import ROOT, wait_until

pytestmark = pytest.mark.redis


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def own_redis(tmp_path: Path) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """A redis-server on a free loopback port, stopped at the end if the test did not."""
    binary = shutil.which("redis-server")
    if binary is None:
        unavailable("redis-server (to start a Redis of the test's own)", "not on PATH")
        raise AssertionError("unreachable")
    port = free_port()
    proc = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"redis://127.0.0.1:{port}/0"
    try:

        def answers() -> bool:
            try:
                return bool(redis.Redis.from_url(url, socket_timeout=1).ping())
            except redis.ConnectionError:
                return False

        wait_until(answers, timeout=10, what="redis-server to start")
        yield url, proc
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=10)


def newsworker(*args: str, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith("NEWSWORKER_")}
    return subprocess.run(
        [sys.executable, "-m", "worker", *args],
        cwd=cwd,
        env={**base, "PYTHONPATH": str(ROOT), "COLUMNS": "200", **env},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_status_reports_every_figure_and_exits_3_once_redis_is_down(
    own_redis: tuple[str, subprocess.Popen[bytes]], tmp_path: Path
) -> None:
    url, proc = own_redis
    env = {"NEWSWORKER_BROKER_URL": url, "NEWSWORKER_QUEUE": "nwstatus"}
    assert newsworker("migrate", cwd=tmp_path).returncode == 0
    client = redis.Redis.from_url(url)
    client.rpush("nwstatus", b"{}", b"{}")  # two messages waiting, no worker to take them
    client.close()

    up = newsworker("status", "--timeout", "0.5", cwd=tmp_path, **env)
    assert up.returncode == 0, up.stdout + up.stderr
    assert f"broker        {url}: reachable" in up.stdout
    assert "workers       0 answering: none answered the ping" in up.stdout
    assert "queue         nwstatus: 2 message(s) waiting" in up.stdout
    assert "articles      0 stored; last: none" in up.stdout
    assert "dead letters  0" in up.stdout

    proc.kill()
    proc.wait(timeout=10)
    down = newsworker("status", cwd=tmp_path, **env)
    assert down.returncode == 3, down.stdout + down.stderr
    assert f"broker unreachable at {url}" in down.stderr
    assert "Connection refused" in down.stderr
    assert "database      sqlite:///" in down.stdout  # the database is still reported


def test_status_exits_3_when_the_database_is_down(redis_url: str, tmp_path: Path) -> None:
    port = free_port()  # nothing listens there
    db = f"postgresql://postgres@127.0.0.1:{port}/newsworker"
    result = newsworker(
        "status",
        "--timeout",
        "0.2",
        cwd=tmp_path,
        NEWSWORKER_BROKER_URL=redis_url,
        NEWSWORKER_DATABASE_URL=db,
    )
    assert result.returncode == 3, result.stdout + result.stderr
    where = f"postgresql+psycopg://postgres@127.0.0.1:{port}/newsworker"
    assert f"database unreachable at {where}" in result.stderr
    assert "broker        redis://" in result.stdout  # the broker is still reported


def test_status_without_migrations_says_what_to_run(tmp_path: Path) -> None:
    result = newsworker("status", "--timeout", "0.2", cwd=tmp_path)
    assert result.returncode == 3
    assert "run `newsworker migrate`" in result.stderr


def test_health_probes_fail_when_no_node_answers(redis_url: str, tmp_path: Path) -> None:
    # A database of its own: kombu prefixes broadcast channels with it, so a worker someone
    # runs on this machine under the default name cannot answer this probe.
    quiet = redis_url.rsplit("/", 1)[0] + "/13"
    for kind, node in (("worker", "celery"), ("beat", "celerybeat")):
        result = newsworker(
            "health", kind, "--timeout", "0.5", cwd=tmp_path, NEWSWORKER_BROKER_URL=quiet
        )
        assert result.returncode == 1
        assert f"{node}@{socket.gethostname()} did not answer a ping within 0.5 s" in (
            result.stderr
        )


def test_health_probe_fails_when_the_broker_is_down(tmp_path: Path) -> None:
    url = f"redis://127.0.0.1:{free_port()}/0"
    result = newsworker(
        "health", "worker", "--timeout", "0.5", cwd=tmp_path, NEWSWORKER_BROKER_URL=url
    )
    assert result.returncode == 1
    assert "broker unreachable" in result.stderr
