"""A real Celery worker process on the real Redis broker, one queue per test."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import redis
from celery import Celery
from sqlalchemy.orm import Session, sessionmaker

from worker.app import make_celery, queue_names, runtime_of
from worker.config import Settings
from worker.db.session import get_sessionmaker

ROOT = Path(__file__).resolve().parents[2]


def wait_until(check: Callable[[], Any], timeout: float = 30.0, what: str = "condition") -> Any:
    """Poll ``check`` until it returns something truthy; fail after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"timed out after {timeout}s waiting for {what}")


@dataclass
class Stack:
    """A producer app, the worker's environment and the database it writes to."""

    env: dict[str, str]
    producer: Celery
    sessions: sessionmaker[Session]
    log: Path
    queue: str

    def send(self, name: str, *args: Any) -> str:
        return str(self.producer.send_task(name, args=list(args)).id)

    @property
    def sender(self) -> Any:
        """The producer's ``send(name, args)``, as the service layer takes it."""
        return runtime_of(self.producer).send

    @property
    def queues(self) -> str:
        """Every queue of the stack (ingest, fetch, periodic), as ``--queues`` takes them."""
        env = {k: v for k, v in self.env.items() if k.startswith("NEWSWORKER_")}
        return ",".join(queue_names(Settings(queue=env["NEWSWORKER_QUEUE"])))

    def log_text(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""


@contextmanager
def running_worker(
    stack: Stack, app: str = "worker.celery_app"
) -> Iterator[subprocess.Popen[bytes]]:
    """Start a prefork worker process for ``stack`` and stop it (SIGTERM, warm) afterwards."""
    cmd = [
        sys.executable,
        "-m",
        "celery",
        "-A",
        app,
        "worker",
        "--loglevel=INFO",
        "--pool=prefork",
        "--concurrency=1",
        f"--queues={stack.queues}",
        "--without-mingle",
        "--without-gossip",
        "-n",
        f"{stack.queue}@%h",
    ]
    with stack.log.open("ab") as log:
        proc = subprocess.Popen(
            cmd,
            env=stack.env,
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=ROOT,
            start_new_session=True,
        )
    try:
        wait_until(
            lambda: "ready." in stack.log_text() or proc.poll() is not None,
            timeout=60,
            what="the worker to start",
        )
        assert proc.poll() is None, f"worker exited early:\n{stack.log_text()[-3000:]}"
        yield proc
    finally:
        stop_group(proc, timeout=40)


def stop_group(proc: subprocess.Popen[bytes], timeout: float = 40) -> None:
    """Stop a process started in a session of its own, warmly (SIGTERM), else by SIGKILL."""
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


@pytest.fixture
def stack(redis_url: str, db_url: str, tmp_path: Path) -> Iterator[Stack]:
    queue = f"nwtest-{uuid.uuid4().hex[:12]}"
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("NEWSWORKER_")},
        "NEWSWORKER_BROKER_URL": redis_url,
        "NEWSWORKER_DATABASE_URL": db_url,
        "NEWSWORKER_QUEUE": queue,
        "NEWSWORKER_DATA_DIR": str(tmp_path / "data"),
        "NEWSWORKER_LOG_FORMAT": "json",
        "NEWSWORKER_MAX_RETRIES": "2",
        "NEWSWORKER_METRICS_PORT": "0",  # tests run workers side by side
        "PYTHONPATH": str(ROOT),
    }
    settings = Settings(
        broker_url=redis_url, database_url=db_url, queue=queue, data_dir=tmp_path / "data"
    )
    producer = make_celery(settings)
    yield Stack(env, producer, get_sessionmaker(db_url), tmp_path / "worker.log", queue)
    producer.close()
    r = redis.Redis.from_url(redis_url)
    r.delete(*queue_names(settings))
    r.close()
