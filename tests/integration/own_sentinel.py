"""A Redis primary, a replica and three sentinels of the test's own, on free loopback ports.

Everything runs in a temporary folder and is killed at the end. The sentinels watch the
primary under the name ``MASTER`` and declare it down after ``DOWN_AFTER_MS`` of silence, so
a failover takes a few seconds rather than Sentinel's default half-minute.
"""

from __future__ import annotations

import contextlib
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import redis

from tests.conftest import unavailable

MASTER = "nwprimary"
DOWN_AFTER_MS = 1000
FAILOVER_TIMEOUT_MS = 4000


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def answers(port: int, password: str | None = None) -> bool:
    try:
        client = redis.Redis(
            port=port, password=password, socket_timeout=1, socket_connect_timeout=1
        )
        return bool(client.ping())
    except redis.RedisError:
        return False


def _wait(check: object, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():  # type: ignore[operator]
            return
        time.sleep(0.1)
    raise AssertionError(f"timed out after {timeout}s waiting for {what}")


@dataclass
class SentinelGroup:
    """The servers: ``ports[0]`` starts as the primary, ``ports[1]`` as its replica."""

    folder: Path
    binary: str
    ports: list[int]
    sentinel_ports: list[int]
    procs: dict[int, subprocess.Popen[bytes]] = field(default_factory=dict)

    @property
    def url(self) -> str:
        """The sentinels as newsworker's broker URL names them."""
        return ";".join(f"sentinel://127.0.0.1:{p}" for p in self.sentinel_ports)

    def start_server(self, port: int, replica_of: int | None = None) -> None:
        cmd = [self.binary, "--port", str(port), "--bind", "127.0.0.1", "--dir", str(self.folder)]
        # AOF on, as production runs it; a distinct file per server in the shared folder.
        cmd += ["--appendonly", "yes", "--appenddirname", f"aof-{port}", "--save", ""]
        cmd += ["--dbfilename", f"dump-{port}.rdb"]
        if replica_of is not None:
            cmd += ["--replicaof", "127.0.0.1", str(replica_of)]
        self._spawn(port, cmd)

    def start_sentinel(self, port: int) -> None:
        conf = self.folder / f"sentinel-{port}.conf"
        primary = self.ports[0]
        conf.write_text(
            f"port {port}\nbind 127.0.0.1\ndir {self.folder}\n"
            f"sentinel monitor {MASTER} 127.0.0.1 {primary} 2\n"
            f"sentinel down-after-milliseconds {MASTER} {DOWN_AFTER_MS}\n"
            f"sentinel failover-timeout {MASTER} {FAILOVER_TIMEOUT_MS}\n"
            f"sentinel parallel-syncs {MASTER} 1\n"
        )
        self._spawn(port, [self.binary, str(conf), "--sentinel"])

    def _spawn(self, port: int, cmd: list[str]) -> None:
        log = (self.folder / f"redis-{port}.log").open("ab")
        self.procs[port] = subprocess.Popen(
            cmd, cwd=self.folder, stdout=log, stderr=subprocess.STDOUT
        )
        log.close()
        _wait(lambda: answers(port), 10, f"redis on port {port}")

    def kill(self, port: int) -> None:
        """SIGKILL the server on ``port``: no shutdown, no last write."""
        proc = self.procs.pop(port)
        proc.kill()
        proc.wait(timeout=10)

    def sentinel(self, port: int | None = None) -> redis.Redis:
        return redis.Redis(
            port=port or self.sentinel_ports[0], socket_timeout=2, socket_connect_timeout=2
        )

    def primary_port(self) -> int | None:
        """The primary's port as the first sentinel reports it."""
        try:
            addr = self.sentinel().sentinel_get_master_addr_by_name(MASTER)
        except redis.RedisError:
            return None
        return int(addr[1]) if addr else None

    def wait_for_primary_other_than(self, port: int, timeout: float = 30) -> int:
        """Wait until every sentinel names a primary other than ``port`` that answers."""

        def moved() -> bool:
            for s in self.sentinel_ports:
                try:
                    addr = self.sentinel(s).sentinel_get_master_addr_by_name(MASTER)
                except redis.RedisError:
                    return False
                if not addr or int(addr[1]) == port:
                    return False
            new = self.primary_port()
            return new is not None and answers(new) and _role(new) == "master"

        _wait(moved, timeout, f"the sentinels to promote a primary other than {port}")
        new = self.primary_port()
        assert new is not None
        return new

    def wait_for_replica(self, port: int, of: int, timeout: float = 30) -> None:
        """Wait until ``port`` is a replica of ``of`` with its link up and in sync."""

        def in_sync() -> bool:
            try:
                info = redis.Redis(port=port, socket_timeout=1).info("replication")
            except redis.RedisError:
                return False
            return (
                info.get("role") == "slave"
                and int(info.get("master_port", 0)) == of
                and info.get("master_link_status") == "up"
            )

        _wait(in_sync, timeout, f"redis {port} to replicate {of}")

    def failover(self) -> None:
        """A planned failover (``SENTINEL FAILOVER``): the primary hands over to a replica."""
        self.sentinel().execute_command("SENTINEL", "FAILOVER", MASTER)

    def stop(self) -> None:
        for port in list(self.procs):
            with contextlib.suppress(Exception):
                self.kill(port)


def _role(port: int) -> str | None:
    try:
        return str(redis.Redis(port=port, socket_timeout=1).info("replication").get("role"))
    except redis.RedisError:
        return None


@contextmanager
def own_sentinel_group() -> Iterator[SentinelGroup]:
    """Start a primary, a replica in sync with it and three sentinels; kill all at the end."""
    binary = shutil.which("redis-server")
    if binary is None:
        unavailable("redis-server (to run Redis and Sentinel of the test's own)", "not on PATH")
        raise AssertionError("unreachable")
    folder = Path(tempfile.mkdtemp(prefix="nw-sentinel-", dir="/tmp"))
    group = SentinelGroup(folder, binary, [free_port(), free_port()], [free_port() for _ in "abc"])
    try:
        primary, replica = group.ports
        group.start_server(primary)
        group.start_server(replica, replica_of=primary)
        group.wait_for_replica(replica, primary)
        for port in group.sentinel_ports:
            group.start_sentinel(port)

        def all_see_the_replica_and_each_other() -> bool:
            for s in group.sentinel_ports:
                try:
                    state = group.sentinel(s).sentinel_master(MASTER)
                except redis.RedisError:
                    return False
                if int(state.get("num-slaves", 0)) < 1:
                    return False
                if int(state.get("num-other-sentinels", 0)) < 2:
                    return False
            return True

        _wait(all_see_the_replica_and_each_other, 30, "the sentinels to discover the group")
        yield group
    finally:
        group.stop()
        shutil.rmtree(folder, ignore_errors=True)


@contextmanager
def own_redis_server(
    folder: Path, bind: tuple[str, ...] = ("127.0.0.1",), *, password: str | None = None
) -> Iterator[int]:
    """A plain redis-server of the test's own on a free port (its port), with ``password``
    required if given; killed at the end."""
    binary = shutil.which("redis-server")
    if binary is None:
        unavailable("redis-server (to run Redis of the test's own)", "not on PATH")
        raise AssertionError("unreachable")
    port = free_port()
    cmd = [binary, "--port", str(port), "--bind", *bind, "--save", "", "--appendonly", "no"]
    cmd += ["--protected-mode", "no"]  # the test's own hosts connect from their namespaces
    if password:
        cmd += ["--requirepass", password]
    proc = subprocess.Popen(cmd, cwd=folder, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait(lambda: answers(port, password), 10, f"redis on port {port}")
        yield port
    finally:
        proc.kill()
        proc.wait(timeout=10)
