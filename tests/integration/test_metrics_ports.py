"""Several workers on one host each serve /metrics: the first takes NEWSWORKER_METRICS_PORT,
the next the next free port, and each says where in data/metrics/<node>.json (Prometheus
file_sd); ``--metrics-port`` sets the port of one worker."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import urllib.request
import uuid
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

import pytest
import redis
from prometheus_client.parser import text_string_to_metric_families

from tests.integration.conftest import ROOT, stop_group, wait_until
from worker.app import queue_names
from worker.config import Settings
from worker.db.migrate import upgrade

pytestmark = [pytest.mark.redis, pytest.mark.slow]  # about 10 s: three worker processes


def _free_run(length: int) -> int:
    """A port from which ``length`` consecutive loopback ports are free just now."""
    for _ in range(50):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            base = int(s.getsockname()[1])
        if base + length > 65535:
            continue
        try:
            with ExitStack() as held:
                for port in range(base, base + length):
                    sock = held.enter_context(socket.socket())
                    sock.bind(("127.0.0.1", port))
        except OSError:
            continue
        return base
    raise AssertionError("no run of free ports")


@contextmanager
def _worker(env: dict[str, str], node: str, *extra: str) -> Iterator[subprocess.Popen[bytes]]:
    log = Path(env["NEWSWORKER_DATA_DIR"]) / f"{node.split('@')[0]}.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    cmd = [sys.executable, "-m", "worker", "worker", "--pool", "solo", "--hostname", node,
           "--loglevel", "INFO", *extra]  # fmt: skip
    with log.open("ab") as sink:
        proc = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=sink, stderr=subprocess.STDOUT,
                                start_new_session=True)  # fmt: skip
    try:
        yield proc
    finally:
        stop_group(proc, timeout=30)


def _target(data: Path, node: str) -> tuple[str, int] | None:
    path = data / "metrics" / f"{node}.json"
    if not path.exists():
        return None
    (group,) = json.loads(path.read_text())
    assert group["labels"] == {"node": node}
    host, port = group["targets"][0].rsplit(":", 1)
    return host, int(port)


def _db_up(port: int) -> float:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=10) as response:
        text = response.read().decode()
    samples = {s.name: s.value for f in text_string_to_metric_families(text) for s in f.samples}
    return samples["newsworker_db_up"]


def test_two_workers_on_one_host_both_serve_metrics(redis_url: str, tmp_path: Path) -> None:
    base = _free_run(3)
    queue = f"nwports-{uuid.uuid4().hex[:8]}"
    data = tmp_path / "data"
    db = f"sqlite:///{tmp_path / 'newsworker.db'}"
    upgrade(db)
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("NEWSWORKER_")},
        "NEWSWORKER_BROKER_URL": redis_url, "NEWSWORKER_DATABASE_URL": db,
        "NEWSWORKER_QUEUE": queue, "NEWSWORKER_DATA_DIR": str(data),
        "NEWSWORKER_METRICS_PORT": str(base), "PYTHONPATH": str(ROOT),
    }  # fmt: skip
    nodes = [f"one-{queue}@localhost", f"two-{queue}@localhost"]
    try:
        with _worker(env, nodes[0]) as first:
            found = wait_until(lambda: _target(data, nodes[0]), 60, "the first worker's port")
            assert found == ("127.0.0.1", base)
            with _worker(env, nodes[1]):
                second = wait_until(lambda: _target(data, nodes[1]), 60, "the second's port")
                assert second == ("127.0.0.1", base + 1)
                assert _db_up(base) == _db_up(base + 1) == 1
            wait_until(lambda: _target(data, nodes[1]) is None, 30, "the second's file gone")
            assert first.poll() is None
        assert not list((data / "metrics").glob("*.json"))  # each worker removed its own

        explicit = base + 2
        with _worker(env, nodes[0], "--metrics-port", str(explicit)):
            assert wait_until(lambda: _target(data, nodes[0]), 60, "the port given") == (
                "127.0.0.1",
                explicit,
            )
            assert _db_up(explicit) == 1
    finally:
        client = redis.Redis.from_url(redis_url)
        client.delete(*queue_names(Settings(queue=queue)))
        client.close()
