"""A PostgreSQL server of the test's own on a free loopback port, to stop and start at will.

:func:`own_postgres_pair` adds a streaming standby (``pg_basebackup -R`` writes its
``standby.signal`` and ``primary_conninfo``), to promote with ``pg_ctl promote``.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from tests.conftest import unavailable


def _bin(name: str) -> str:
    for root in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (root / name).exists():
            return str(root / name)
    found = shutil.which(name)
    if found is None:
        unavailable(f"PostgreSQL's {name} (to run a server of the test's own)", "not found")
    return str(found)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class OwnPostgres:
    """``url`` names database ``test`` on it; ``stop()`` and ``start()`` take it down and up."""

    folder: Path
    port: int
    data: str = "data"
    #: Extra ``-c name=value`` server options, given on the command line only (a standby
    #: copied from this server does not inherit them).
    options: tuple[str, ...] = ()

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def _ctl(self, *args: str) -> None:
        cmd = [_bin("pg_ctl"), "-D", str(self.folder / self.data), "-w", *args]
        subprocess.run(_as_postgres(cmd), check=True, capture_output=True, timeout=60)

    def start(self) -> None:
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        options += "".join(f" -c {o}" for o in self.options)
        self._ctl("-o", options, "-l", str(self.folder / f"{self.data}.log"), "start")

    def stop(self, mode: str = "fast") -> None:
        """``fast``: a clean shutdown; ``immediate``: as if the server crashed."""
        self._ctl("-m", mode, "stop")

    def promote(self) -> None:
        """A standby becomes a primary (accepts writes) and leaves recovery."""
        self._ctl("promote")


def _as_postgres(cmd: list[str]) -> list[str]:
    # PostgreSQL refuses to run as root; CI runs as root.
    return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else cmd


def _initdb(prefix: str, data: str) -> Path:
    """A new folder (the postgres user's) holding a new cluster in its subfolder ``data``."""
    folder = Path(tempfile.mkdtemp(prefix=prefix, dir="/tmp"))
    folder.chmod(0o755)
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
    init = [_bin("initdb"), "-D", str(folder / data), "-A", "trust", "-U", "postgres"]
    subprocess.run(_as_postgres([*init, "--no-sync"]), check=True, capture_output=True, timeout=120)
    return folder


@contextmanager
def own_postgres() -> Iterator[OwnPostgres]:
    """Initialise, start, and at the end stop and remove a PostgreSQL of the test's own."""
    folder = _initdb("nw-pg-", "data")
    server = OwnPostgres(folder, _free_port())
    server.start()
    try:
        yield server
    finally:
        with contextlib.suppress(subprocess.CalledProcessError):
            server.stop()  # unless already stopped
        shutil.rmtree(folder, ignore_errors=True)


@contextmanager
def own_postgres_pair() -> Iterator[tuple[OwnPostgres, OwnPostgres]]:
    """A primary and a streaming standby of it, in one folder; both stopped and removed after.

    Replication is synchronous (``synchronous_standby_names='*'`` on the primary's command
    line): a commit returns once the standby has flushed it, so nothing a client saw
    committed is missing after a promotion. The promoted standby does not wait for a
    standby of its own (the option is not in the copied configuration).
    """
    folder = _initdb("nw-pg-pair-", "primary")
    conf = folder / "primary" / "pg_hba.conf"
    conf.write_text(conf.read_text() + "host replication postgres 127.0.0.1/32 trust\n")
    sync = ("synchronous_standby_names='*'", "wal_level=replica")
    primary = OwnPostgres(folder, _free_port(), "primary", sync)
    standby = OwnPostgres(folder, _free_port(), "standby")
    started: list[OwnPostgres] = []
    try:
        primary.start()
        started.append(primary)
        backup = [_bin("pg_basebackup"), "-h", "127.0.0.1", "-p", str(primary.port)]
        backup += ["-U", "postgres", "-D", str(folder / "standby"), "-R", "-X", "stream"]
        subprocess.run(_as_postgres(backup), check=True, capture_output=True, timeout=120)
        standby.start()
        started.append(standby)
        yield primary, standby
    finally:
        for server in started:
            with contextlib.suppress(subprocess.CalledProcessError):
                server.stop("immediate")  # unless already stopped
        shutil.rmtree(folder, ignore_errors=True)
