"""Workers on separate hosts: each in a network namespace of the test's own, sharing nothing
but the network with one Redis and one PostgreSQL (tests/integration/netns.py).

Every address anything talks to from a host is one of this machine's veth addresses. The
tests show, across hosts: every article stored once, by workers on both hosts, with Flower
listing both; feeds and their pages on one site each fetched once, every request to that site
spaced by the per-host pause although two hosts fetch; and a host cut off from the network
while it holds messages in flight, its work stored by the other host within the stated bound
(the visibility timeout plus one restore sweep), each article once. Where namespaces cannot
be made (no root, no ``ip``), the tests say so and skip; under CI=true they fail.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import uuid
from collections import Counter
from contextlib import suppress
from itertools import pairwise
from pathlib import Path

import httpx
import pytest
import redis
from sqlalchemy import func, select

from tests.integration.conftest import ROOT, stop_group, wait_until
from tests.integration.feedserver import Route, feed_server, item, rss
from tests.integration.netns import Shared, kill_group, shared_services
from worker.app import make_celery, unacked_keys
from worker.config import Settings
from worker.db.feeds import add_feed
from worker.db.models import Article, OutboxEvent, utcnow
from worker.db.session import get_sessionmaker, transaction

pytestmark = [pytest.mark.slow, pytest.mark.postgres, pytest.mark.redis]


def _articles(db: str) -> int:
    with get_sessionmaker(db)() as s:
        return int(s.scalar(select(func.count()).select_from(Article)) or 0)


def _created_events(db: str) -> int:
    with get_sessionmaker(db)() as s:
        query = select(func.count()).select_from(OutboxEvent)
        return int(s.scalar(query.where(OutboxEvent.type == "article.created")) or 0)


def test_workers_on_two_hosts_store_every_article_once_and_flower_lists_both(
    tmp_path: Path,
) -> None:
    with shared_services(tmp_path) as sh:
        procs = [sh.start_worker(i) for i in range(len(sh.hosts))]
        flower = None
        try:
            for i, proc in enumerate(procs):
                sh.wait_ready(i, proc)
            names = [sh.node(i) for i in range(len(sh.hosts))]
            _status_lists(sh, names)
            flower, base, auth = _start_flower(sh)
            _flower_lists(sh, base, auth, names)
            _every_article_once_on_both_hosts(sh)
        finally:
            if flower is not None:
                stop_group(flower, timeout=10)
            for proc in procs:
                stop_group(proc)


def _status_lists(sh: Shared, names: list[str]) -> None:
    """Every worker answers from its own host, as `newsworker status` sees them."""
    base = {k: v for k, v in os.environ.items() if not k.startswith("NEWSWORKER_")}
    status = subprocess.run(
        [sys.executable, "-m", "worker", "status", "--timeout", "2"], cwd=sh.folder,
        env={**base, "PYTHONPATH": str(ROOT), "NEWSWORKER_BROKER_URL": sh.broker(),
             "NEWSWORKER_DATABASE_URL": sh.db, "NEWSWORKER_QUEUE": sh.queue, "COLUMNS": "300"},
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert status.returncode == 0, status.stdout + status.stderr
    assert f"workers       {len(names)} answering: {', '.join(sorted(names))}" in status.stdout


def _start_flower(sh: Shared) -> tuple[subprocess.Popen[bytes], str, tuple[str, str]]:
    """Flower as docker-compose.yml runs it (basic auth, read-only), on this machine."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    auth = ("ops", uuid.uuid4().hex)
    env = {
        **sh.env(0),
        "NEWSWORKER_BROKER_URL": sh.broker(),
        "NEWSWORKER_DATABASE_URL": sh.db,
        "FLOWER_BASIC_AUTH": ":".join(auth),
        "FLOWER_ADDRESS": "127.0.0.1",
        "FLOWER_PORT": str(port),
        "FLOWER_READ_ONLY": "true",
        "FLOWER_PURGE_OFFLINE_WORKERS": "600",
    }
    cmd = [sys.executable, "-m", "celery", "-A", "worker.celery_app", "flower"]
    with (sh.folder / "flower.log").open("ab") as log:
        proc = subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT,
                                cwd=sh.folder, start_new_session=True)  # fmt: skip
    base = f"http://127.0.0.1:{port}"

    def up() -> bool:
        assert proc.poll() is None, (sh.folder / "flower.log").read_text(errors="replace")
        with suppress(httpx.TransportError):
            return httpx.get(f"{base}/healthcheck", timeout=5).status_code == 200
        return False

    wait_until(up, timeout=60, what="Flower to listen")
    return proc, base, auth


def _flower_lists(sh: Shared, base: str, auth: tuple[str, str], names: list[str]) -> None:
    assert httpx.get(f"{base}/api/workers", timeout=10).status_code == 401
    seen: dict[str, object] = {}

    def both() -> bool:
        reply = httpx.get(f"{base}/api/workers", params={"refresh": 1}, auth=auth, timeout=20)
        reply.raise_for_status()
        seen.update(reply.json())
        return all(n in seen for n in names)

    wait_until(both, timeout=30, what=f"Flower to list {names}")
    reply = httpx.get(f"{base}/api/workers", auth=auth, timeout=20)
    assert sh.password not in reply.text, "Flower shows the broker password"
    print(f"\nFlower lists {sorted(seen)}")


def _every_article_once_on_both_hosts(sh: Shared) -> None:
    producer = make_celery(sh.settings)
    sent = 0
    try:
        # A worker takes a burst of messages as one batch: send rounds until both hosts
        # have stored some (each round must be stored before the next).
        for _ in range(12):
            for _ in range(8):
                text = f"Dépêche {sent}. La Chine exporte du thé en Russie, lot h{sent:03d}."
                producer.send_task("newsworker.ingest_article", args=[{"text": text}])
                sent += 1
            wait_until(lambda n=sent: _articles(sh.db) >= n, timeout=60, what="every article")
            done = [sh.log_text(i).count("succeeded in") for i in range(len(sh.hosts))]
            if all(done):
                break
    finally:
        producer.close()
    stored, created = _articles(sh.db), _created_events(sh.db)
    print(f"two hosts: sent {sent}, stored {stored}, created events {created}, tasks {done}")
    assert stored == sent
    assert created == sent
    assert all(done), f"a host did no work: {done}"


# --- per-host politeness across hosts --------------------------------------------------------

PAUSE = 0.3  # NEWSWORKER_HOST_MIN_INTERVAL for the test: short, so it runs quickly
PAGE = (
    "<html><head><title>Page</title></head><body><article>"
    + "<p>Le texte intégral : la Chine et la Russie signent un accord commercial.</p>" * 6
    + "</article></body></html>"
).encode()


def test_feeds_on_one_site_are_fetched_once_and_politely_by_two_hosts(tmp_path: Path) -> None:
    with shared_services(tmp_path) as sh, feed_server(sh.hosts[0].here) as site:
        feeds, pages = 6, 2
        for f in range(feeds):
            entries = [
                item(f"f{f}p{p}", f"Accord {f}.{p}", "Résumé court.").replace(
                    f"https://news.example/f{f}p{p}", site.url(f"/f{f}/p{p}")
                )
                for p in range(pages)
            ]
            site.routes[f"/f{f}"] = Route(rss(*entries))
            for p in range(pages):
                site.routes[f"/f{f}/p{p}"] = Route(
                    PAGE, headers={"Content-Type": "text/html; charset=utf-8"}
                )
        with transaction(get_sessionmaker(sh.db)) as s:
            for f in range(feeds):
                add_feed(s, site.url(f"/f{f}"), now=utcnow(), full_text=True)
        extra = {"NEWSWORKER_ALLOW_PRIVATE_HOSTS": site.host,
                 "NEWSWORKER_HOST_MIN_INTERVAL": str(PAUSE)}  # fmt: skip
        procs = [sh.start_worker(i, concurrency=2, **extra) for i in range(len(sh.hosts))]
        producer = make_celery(sh.settings)
        try:
            for i, proc in enumerate(procs):
                sh.wait_ready(i, proc)
            # Two dispatches, as two beats would send: each feed is claimed by one of them.
            for _ in range(2):
                producer.send_task("newsworker.dispatch_feeds", queue=f"{sh.queue}.periodic")
            want = feeds * pages

            def full_texts() -> int:
                with get_sessionmaker(sh.db)() as s:
                    texts = s.scalars(select(Article.text)).all()
                return sum("texte intégral" in t for t in texts)

            wait_until(lambda: full_texts() >= want, timeout=60, what="every page's article")
            time.sleep(2 * PAUSE)  # a late duplicate request would arrive by now
        finally:
            producer.close()
            for proc in procs:
                stop_group(proc)
        requests = sorted(site.requests, key=lambda r: r.at)
        hits = Counter(r.path for r in requests)
        by_host = Counter(r.client for r in requests)
        gaps = [b.at - a.at for a, b in pairwise(requests)]
        print(f"\npoliteness: {len(requests)} requests to {site.host}, by host {dict(by_host)}, "
              f"smallest gap {min(gaps):.3f} s (pause {PAUSE} s)")  # fmt: skip
        assert set(hits) == set(site.routes), f"not fetched: {set(site.routes) - set(hits)}"
        assert max(hits.values()) == 1, f"fetched more than once: {hits.most_common(3)}"
        assert _articles(sh.db) == want
        assert set(by_host) == {h.there for h in sh.hosts}, f"a host fetched nothing: {by_host}"
        # The pause holds across both hosts (the claim lives in Redis). The claims are spaced
        # exactly; their requests arrive a connect time later, which varies: 50 ms for that.
        assert min(gaps) >= PAUSE - 0.05, f"requests to one site {min(gaps):.3f} s apart"


# --- a host cut off with messages in flight -------------------------------------------------

SHORT = {  # a short visibility timeout, and the limits it must exceed
    "NEWSWORKER_VISIBILITY_TIMEOUT": "15",
    "NEWSWORKER_TASK_SOFT_TIME_LIMIT": "12",
    "NEWSWORKER_TASK_TIME_LIMIT": "13",
    "NEWSWORKER_RETRY_BACKOFF_MAX": "1",
}
HOLDING = "tests.integration.holding_app"


def _attempts(data_dir: Path) -> list[tuple[str, float]]:
    path = data_dir / "attempts"
    if not path.exists():
        return []
    rows = (line.split() for line in path.read_text().splitlines() if line.strip())
    return [(guid, float(at)) for guid, at in rows]


def test_a_cut_off_hosts_work_in_flight_is_stored_once_by_the_other_in_the_bound(
    tmp_path: Path,
) -> None:
    short = Settings(**{k.removeprefix("NEWSWORKER_").lower(): v for k, v in SHORT.items()})  # type: ignore[arg-type]
    bound = short.lost_task_recovery  # the visibility timeout plus one restore sweep
    n = 30
    with shared_services(tmp_path) as sh:
        client = redis.Redis(port=sh.redis_port, password=sh.password)
        cut_off = sh.start_worker(0, app=HOLDING, NWTEST_HOLD="1", **SHORT)
        other = None
        try:
            sh.wait_ready(0, cut_off)
            producer = make_celery(sh.settings)
            for k in range(n):
                text = f"Dépêche {k}. La Chine exporte du thé en Russie, lot c{k:03d}."
                producer.send_task(
                    "newsworker.ingest_article", args=[{"text": text, "guid": f"c{k}"}]
                )
            producer.close()
            # Host 0 takes every message and holds them unacknowledged, its tasks hanging.
            index = unacked_keys(sh.settings)["unacked_index_key"]
            wait_until(
                lambda: client.llen(sh.queue) == 0 and client.zcard(index) == n,
                timeout=30, what="host 0 to hold every message",
            )  # fmt: skip
            taken = [score for _, score in client.zrange(index, 0, -1, withscores=True)]
            other = sh.start_worker(1, app=HOLDING, **SHORT)
            sh.wait_ready(1, other)
            held = len(_attempts(tmp_path / "data0"))
            assert held > 0
            assert _articles(sh.db) == 0
            sh.hosts[0].cut()
            cut = time.time()
            wait_until(lambda: _articles(sh.db) >= n, timeout=bound + 30, what="every article")
            stored_at = time.time()
            time.sleep(3)  # a second delivery would run by now
            stored, created = _articles(sh.db), _created_events(sh.db)
        finally:
            kill_group(cut_off)  # cut off, it cannot shut down warmly
            if other is not None:
                stop_group(other)
            client.close()
    runs = Counter(guid for guid, _ in _attempts(tmp_path / "data1"))
    first_rerun = min(at for _, at in _attempts(tmp_path / "data1"))
    duplicated = sum(c - 1 for c in runs.values())
    lost = n - len(runs)
    print(f"\ncut-off host: submitted {n}, held in flight by the cut-off host {n} "
          f"(tasks hanging {held}), stored {stored}, created events {created}, "
          f"re-run on the other host {len(runs)}, duplicated {duplicated}, lost {lost}; "
          f"first re-run {first_rerun - max(taken):.1f} s after the last take, all stored "
          f"{stored_at - cut:.1f} s after the cut, {stored_at - max(taken):.1f} s after the "
          f"last take (bound {bound} s)")  # fmt: skip
    assert (stored, created, len(runs), duplicated, lost) == (n, n, n, 0, 0)
    # Not delivered again before the visibility timeout ran out (that would be a duplicate
    # delivery to a live host), and within one sweep after it (1 s for the workers' timers,
    # 2 s to store the batch).
    assert first_rerun - min(taken) >= short.visibility_timeout
    assert stored_at - max(taken) <= bound + 3
