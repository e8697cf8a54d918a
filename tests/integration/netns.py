"""Hosts of the test's own: network namespaces joined to this machine by veth pairs, and the
Redis and PostgreSQL they share, reachable only at this machine's ends of those pairs.

Each host ``K`` is a namespace with a veth pair (``10.213.K.1`` on this side, ``10.213.K.2``
inside) and a route to every other ``10.213.0.0/16`` address through its own pair, so every
host reaches every address this machine holds on any pair (a feed server bound to one host's
pair serves them all). Nothing here listens on or talks to loopback from inside a host.
"""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import signal
import subprocess
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from tests.conftest import unavailable
from tests.integration.conftest import ROOT, wait_until
from tests.integration.own_postgres import own_postgres
from tests.integration.own_sentinel import own_redis_server
from worker.app import queue_names
from worker.config import Settings
from worker.db.migrate import upgrade
from worker.db.session import get_engine


@dataclass
class NetnsHost:
    """A network namespace and the veth pair joining it to this machine."""

    ns: str
    link: str  # this machine's end of the pair (its interface name)
    here: str  # this machine's address on the pair
    there: str  # the host's own address

    def run(self, cmd: list[str], **kw: object) -> subprocess.Popen[bytes]:
        return subprocess.Popen(["ip", "netns", "exec", self.ns, *cmd], **kw)  # type: ignore[call-overload]

    def cut(self) -> None:
        """Take this machine's end of the pair down: the host is cut off from everything."""
        _ip("link", "set", self.link, "down")


def _ip(*args: str) -> None:
    subprocess.run(["ip", *args], check=True, capture_output=True, timeout=20)


@contextmanager
def own_hosts(n: int) -> Iterator[list[NetnsHost]]:
    """``n`` namespaces with a veth pair each; all removed at the end."""
    if shutil.which("ip") is None or os.geteuid() != 0:
        unavailable("network namespaces", "they need `ip` and root")
    tag = uuid.uuid4().hex[:6]
    subnets = random.sample(range(100, 250), n)
    hosts: list[NetnsHost] = []
    try:
        for i, k in enumerate(subnets):
            ns, a, b = f"nw-{tag}-{i}", f"nw{tag}{i}a", f"nw{tag}{i}b"
            try:
                _ip("netns", "add", ns)
            except subprocess.CalledProcessError as e:
                # Root and `ip` are here, so the capability should be: under CI=true, a failure.
                unavailable("a network namespace", e.stderr.decode().strip())
            host = NetnsHost(ns, a, f"10.213.{k}.1", f"10.213.{k}.2")
            hosts.append(host)
            _ip("link", "add", a, "type", "veth", "peer", "name", b)
            _ip("link", "set", b, "netns", ns)
            _ip("addr", "add", f"{host.here}/24", "dev", a)
            _ip("link", "set", a, "up")
            _ip("-n", ns, "addr", "add", f"{host.there}/24", "dev", b)
            _ip("-n", ns, "link", "set", b, "up")
            _ip("-n", ns, "link", "set", "lo", "up")
            _ip("-n", ns, "route", "add", "10.213.0.0/16", "via", host.here)
        yield hosts
    finally:
        for host in hosts:
            with contextlib.suppress(subprocess.CalledProcessError):
                _ip("link", "del", host.link)  # removes both ends
            with contextlib.suppress(subprocess.CalledProcessError):
                _ip("netns", "del", host.ns)


@dataclass
class Shared:
    """The Redis and PostgreSQL the hosts share, and how each host and this machine reach them."""

    hosts: list[NetnsHost]
    redis_port: int
    pg_port: int
    password: str
    db: str  # this machine's URL of the database
    folder: Path
    queue: str

    def broker(self, address: str = "127.0.0.1") -> str:
        return f"redis://:{self.password}@{address}:{self.redis_port}/0"

    @property
    def settings(self) -> Settings:
        """This machine's settings (a producer's): the services on loopback."""
        return Settings(broker_url=self.broker(), database_url=self.db, queue=self.queue)

    def env(self, i: int, **extra: str) -> dict[str, str]:
        """Host ``i``'s worker environment: Redis and PostgreSQL at its pair's far end."""
        host = self.hosts[i]
        base = {k: v for k, v in os.environ.items() if not k.startswith("NEWSWORKER_")}
        return {
            **base,
            "NEWSWORKER_BROKER_URL": self.broker(host.here),
            "NEWSWORKER_DATABASE_URL": f"postgresql://postgres@{host.here}:{self.pg_port}/postgres",
            "NEWSWORKER_QUEUE": self.queue,
            "NEWSWORKER_DATA_DIR": str(self.folder / f"data{i}"),
            "NEWSWORKER_LOG_FORMAT": "json",
            "NEWSWORKER_METRICS_PORT": "0",
            "PYTHONPATH": str(ROOT),
            **extra,
        }

    def log(self, i: int) -> Path:
        return self.folder / f"host{i}.log"

    def node(self, i: int) -> str:
        return f"host{i}@{self.hosts[i].ns}"

    def start_worker(
        self, i: int, *, app: str = "worker.celery_app", concurrency: int = 1, **extra: str
    ) -> subprocess.Popen[bytes]:
        """A prefork worker on host ``i``, consuming every queue, named ``host<i>@<ns>``."""
        env = self.env(i, **extra)
        queues = ",".join(queue_names(Settings(queue=self.queue)))
        cmd = [sys.executable, "-m", "celery", "-A", app, "worker", "--loglevel=INFO",
               "--pool=prefork", f"--concurrency={concurrency}", f"--queues={queues}",
               "--without-mingle", "--without-gossip", "-n", self.node(i)]  # fmt: skip
        with self.log(i).open("ab") as log:
            return self.hosts[i].run(
                cmd, env=env, stdout=log, stderr=subprocess.STDOUT, cwd=ROOT,
                start_new_session=True,
            )  # fmt: skip

    def wait_ready(self, i: int, proc: subprocess.Popen[bytes]) -> None:
        def ready() -> bool:
            assert proc.poll() is None, f"host {i}'s worker exited:\n{self.log_text(i)[-3000:]}"
            return "ready." in self.log_text(i)

        wait_until(ready, 90, f"host {i}'s worker")

    def log_text(self, i: int) -> str:
        path = self.log(i)
        return path.read_text(errors="replace") if path.exists() else ""


@contextmanager
def shared_services(folder: Path, n: int = 2) -> Iterator[Shared]:
    """``n`` hosts, and a Redis (with a password) and a PostgreSQL of the test's own that
    listen on loopback and on this machine's end of every pair; all removed at the end."""
    password = uuid.uuid4().hex
    with own_hosts(n) as hosts, own_postgres() as pg:
        # PostgreSQL listens on the veth addresses too, and trusts the test hosts.
        hba = pg.folder / "data" / "pg_hba.conf"
        hba.write_text(hba.read_text() + "host all all 10.213.0.0/16 trust\n")
        pg.stop()
        listen = ",".join(["127.0.0.1", *(h.here for h in hosts)])
        pg.options = (f"listen_addresses='{listen}'",)
        pg.start()
        upgrade(pg.url)
        bind = ("127.0.0.1", *(h.here for h in hosts))
        with own_redis_server(folder, bind, password=password) as port:
            queue = f"nwhosts-{uuid.uuid4().hex[:8]}"
            yield Shared(hosts, port, pg.port, password, pg.url, folder, queue)
        get_engine(pg.url).dispose()


def kill_group(proc: subprocess.Popen[bytes]) -> None:
    """SIGKILL a process started in a session of its own, with its children."""
    if proc.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
