"""Workers on separate hosts: each in a network namespace of the test's own, sharing nothing
but the network with one Redis and one PostgreSQL.

The test creates two namespaces, each joined to this machine by a veth pair of its own
(``10.213.K.1`` on this side, ``10.213.K.2`` inside), starts a Redis and a PostgreSQL of its
own listening on loopback and on the veth addresses, and runs one worker in each namespace,
each under its own node name. Every address anything talks to is loopback or one of those
veth addresses. Articles sent from here must each be stored once, by workers on both hosts.
Everything is removed at the end. Where namespaces cannot be made, the test says so and
skips.
"""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import subprocess
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.conftest import unavailable
from tests.integration.conftest import ROOT, stop_group, wait_until
from tests.integration.own_postgres import own_postgres
from tests.integration.own_sentinel import own_redis_server
from worker.app import make_celery
from worker.config import Settings
from worker.db.migrate import upgrade
from worker.db.models import Article, OutboxEvent
from worker.db.session import get_engine, get_sessionmaker

pytestmark = [pytest.mark.slow, pytest.mark.postgres, pytest.mark.redis]


@dataclass
class NetnsHost:
    """A network namespace and the veth pair joining it to this machine."""

    ns: str
    here: str  # this machine's end of the pair
    there: str  # the host's own address

    def run(self, cmd: list[str], **kw: object) -> subprocess.Popen[bytes]:
        return subprocess.Popen(["ip", "netns", "exec", self.ns, *cmd], **kw)  # type: ignore[call-overload]


def _ip(*args: str) -> None:
    subprocess.run(["ip", *args], check=True, capture_output=True, timeout=20)


@contextmanager
def own_hosts(n: int) -> Iterator[list[NetnsHost]]:
    """``n`` namespaces with a veth pair each; all removed at the end."""
    if shutil.which("ip") is None or os.geteuid() != 0:
        pytest.skip("network namespaces need `ip` and root: not available here")
    tag = uuid.uuid4().hex[:6]
    subnets = random.sample(range(100, 250), n)
    hosts: list[NetnsHost] = []
    links: list[str] = []
    try:
        for i, k in enumerate(subnets):
            ns, a, b = f"nw-{tag}-{i}", f"nw{tag}{i}a", f"nw{tag}{i}b"
            try:
                _ip("netns", "add", ns)
            except subprocess.CalledProcessError as e:
                # Root and `ip` are here, so the capability should be: under CI=true, a failure.
                unavailable("a network namespace", e.stderr.decode().strip())
            hosts.append(NetnsHost(ns, f"10.213.{k}.1", f"10.213.{k}.2"))
            _ip("link", "add", a, "type", "veth", "peer", "name", b)
            links.append(a)
            _ip("link", "set", b, "netns", ns)
            _ip("addr", "add", f"10.213.{k}.1/24", "dev", a)
            _ip("link", "set", a, "up")
            _ip("-n", ns, "addr", "add", f"10.213.{k}.2/24", "dev", b)
            _ip("-n", ns, "link", "set", b, "up")
            _ip("-n", ns, "link", "set", "lo", "up")
        yield hosts
    finally:
        for link in links:
            with contextlib.suppress(subprocess.CalledProcessError):
                _ip("link", "del", link)  # removes both ends
        for host in hosts:
            with contextlib.suppress(subprocess.CalledProcessError):
                _ip("netns", "del", host.ns)


def test_workers_on_two_hosts_store_every_article_once(tmp_path: Path) -> None:
    with own_hosts(2) as hosts, own_postgres() as pg:
        # PostgreSQL listens on the veth addresses too, and trusts the test hosts.
        hba = pg.folder / "data" / "pg_hba.conf"
        hba.write_text(hba.read_text() + "host all all 10.213.0.0/16 trust\n")
        pg.stop()
        listen = ",".join(["127.0.0.1", *(h.here for h in hosts)])
        pg.options = (f"listen_addresses='{listen}'",)
        pg.start()
        upgrade(pg.url)
        with own_redis_server(tmp_path, ("127.0.0.1", *(h.here for h in hosts))) as port:
            _run_workers(hosts, pg.port, port, pg.url, tmp_path)
        get_engine(pg.url).dispose()


def _run_workers(hosts: list[NetnsHost], pg_port: int, port: int, db: str, tmp: Path) -> None:
    queue = f"nwhosts-{uuid.uuid4().hex[:8]}"
    base = {k: v for k, v in os.environ.items() if not k.startswith("NEWSWORKER_")}
    procs: list[subprocess.Popen[bytes]] = []
    logs = [tmp / f"host{i}.log" for i in range(len(hosts))]
    try:
        for i, host in enumerate(hosts):
            env = {
                **base,
                # Each host reaches Redis and PostgreSQL at this machine's end of its pair.
                "NEWSWORKER_BROKER_URL": f"redis://{host.here}:{port}/0",
                "NEWSWORKER_DATABASE_URL": f"postgresql://postgres@{host.here}:{pg_port}/postgres",
                "NEWSWORKER_QUEUE": queue,
                "NEWSWORKER_DATA_DIR": str(tmp / f"data{i}"),
                "NEWSWORKER_LOG_FORMAT": "json",
                "NEWSWORKER_METRICS_PORT": "0",
                "PYTHONPATH": str(ROOT),
            }
            cmd = [sys.executable, "-m", "celery", "-A", "worker.celery_app", "worker",
                   "--pool=prefork", "--concurrency=1", f"--queues={queue}",
                   "--without-mingle", "--without-gossip", "-n", f"host{i}@{host.ns}"]  # fmt: skip
            with logs[i].open("ab") as log:
                procs.append(host.run(cmd, env=env, stdout=log, stderr=subprocess.STDOUT,
                                      cwd=ROOT, start_new_session=True))  # fmt: skip
        for log in logs:
            wait_until(lambda log=log: "ready." in log.read_text(errors="replace"), 90, "worker")
        settings = Settings(broker_url=f"redis://127.0.0.1:{port}/0", database_url=db, queue=queue)
        # Every worker answers from its own host, as Flower and `newsworker status` see them.
        status = subprocess.run(
            [sys.executable, "-m", "worker", "status", "--timeout", "2"], cwd=tmp,
            env={**base, "PYTHONPATH": str(ROOT), "NEWSWORKER_BROKER_URL": settings.broker_url,
                 "NEWSWORKER_DATABASE_URL": db, "NEWSWORKER_QUEUE": queue, "COLUMNS": "300"},
            capture_output=True, text=True, timeout=60, check=False,
        )  # fmt: skip
        assert status.returncode == 0, status.stdout + status.stderr
        names = [f"host{i}@{h.ns}" for i, h in enumerate(hosts)]
        assert f"workers       {len(hosts)} answering: {', '.join(sorted(names))}" in status.stdout
        producer = make_celery(settings)
        texts = [
            f"Dépêche {i}. La Chine exporte du thé en Russie, lot h{i:03d}." for i in range(40)
        ]
        for t in texts:
            producer.send_task("newsworker.ingest_article", args=[{"text": t}])
        producer.close()
        sessions = get_sessionmaker(db)

        def count() -> int:
            with sessions() as s:
                return int(s.scalar(select(func.count()).select_from(Article)) or 0)

        wait_until(lambda: count() >= len(texts), timeout=120, what="every article")
        with sessions() as s:
            created = s.scalar(
                select(func.count())
                .select_from(OutboxEvent)
                .where(OutboxEvent.type == "article.created")
            )
        done = [log.read_text(errors="replace").count("succeeded in") for log in logs]
        print(f"\ntwo hosts: sent {len(texts)}, stored {count()}, created events {created}, "
              f"tasks per host {done}")  # fmt: skip
        assert count() == len(texts)
        assert created == len(texts)
        assert all(n > 0 for n in done), f"a host did no work: {done}"
        # Messages are consumed in batches: a task may store many articles, so the stored
        # count above, not the number of tasks, is what shows every article arrived.
    finally:
        for proc in procs:
            stop_group(proc)
