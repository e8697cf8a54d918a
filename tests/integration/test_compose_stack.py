"""docker-compose.yml run without Docker: each service's own command as a local process.

This machine has no Docker engine, so the test reads the compose file and the Dockerfile
and runs what they say, with these mappings:

- The compose file is read with PyYAML (anchors and ``<<`` merges) and interpolated as
  compose does (``${VAR}``, ``${VAR:-default}``, ``${VAR-default}``, ``${VAR:?message}``,
  ``${VAR?message}``, ``$$``) with the test's variables: passwords, ``FLOWER_BASIC_AUTH``,
  a queue of its own in ``NEWSWORKER_QUEUE``.
- ``redis`` and ``postgres`` are not started (this machine runs both); their definitions are
  checked instead: AOF on, noeviction, a password, health checks, volumes.
- ``NEWSWORKER_BROKER_URL``: compose's ``redis://:PASSWORD@redis:6379/0`` becomes the shared
  Redis on 127.0.0.1:6379 with a database number of its own (``/5``) and the unique queue;
  the compose password does not exist there.
- ``NEWSWORKER_DATABASE_URL``: compose's ``postgresql://newsworker:PASSWORD@postgres:5432/
  newsworker`` becomes a fresh database on 127.0.0.1:5432 (user postgres, trust auth),
  created for the test and dropped after it, for the same reason.
- Listen addresses ``0.0.0.0`` become ``127.0.0.1``; the listen ports ``FLOWER_PORT`` and
  ``NEWSWORKER_METRICS_PORT`` become free loopback ports.
- The image's ``ENV`` (Dockerfile, last stage) is applied under each service's environment;
  paths under its home ``/home/newsworker`` (the working directory, data, beat's schedule,
  Flower's state) move to a temporary folder.
- Programs: ``newsworker`` is ``python -m worker``, ``celery`` is ``python -m celery``,
  ``python`` is this interpreter: the test's virtualenv stands for the image's.

Services start in ``depends_on`` order: ``migrate`` must exit 0 before ``worker``, ``beat`` and
``flower`` start. Health checks run with their service's environment, as Docker would.
"""

from __future__ import annotations

import base64
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
import redis
from celery import Celery
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import create_engine, select
from sqlalchemy.engine import Engine

from tests.conftest import fresh_pg_database
from tests.deploy.composefile import (
    MACHINE_SERVICES,
    ComposeError,
    Image,
    environment_of,
    interpolate,
    load_compose,
    read_dockerfile,
    start_order,
)
from tests.integration.conftest import ROOT, wait_until
from worker.app import unacked_keys
from worker.config import Settings
from worker.db.models import Article

SEED = ROOT / "seeds" / "000_f2ff33e2eff4ce5e.txt"
IMAGE_HOME = "/home/newsworker"
TAXONOMY_VERSION = "1.0.0-compose-mounted"
REDIS_DB = 5
PROGRAMS = {
    "newsworker": [sys.executable, "-m", "worker"],
    "celery": [sys.executable, "-m", "celery"],
    "python": [sys.executable],
}


# --- running services locally ---------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Local:
    """How this machine stands in for the compose network and the image."""

    home: Path
    broker_url: str
    database_url: str
    ports: dict[str, int] = field(default_factory=dict)

    def path(self, value: str) -> str:
        value = value.replace(IMAGE_HOME, str(self.home))
        return "127.0.0.1" if value == "0.0.0.0" else value

    def mount_volumes(self, service: Mapping[str, Any]) -> None:
        """Docker mounts each volume on its folder: the folder exists when the service starts.

        A bind mount (a host path, relative to the compose file) becomes a symbolic link to
        that folder; a host folder that does not exist is mounted empty (Docker creates it).
        """
        for volume in service.get("volumes") or []:
            source, target = str(volume).split(":")[:2]
            mount = Path(self.path(target))
            mount.parent.mkdir(parents=True, exist_ok=True)
            host = (ROOT / source).resolve()
            if source.startswith(("/", ".")) and host.is_dir():
                if not mount.is_symlink():
                    mount.symlink_to(host, target_is_directory=True)
            else:
                mount.mkdir(exist_ok=True)

    def argv(self, command: list[str]) -> list[str]:
        program, *args = command
        return [*PROGRAMS.get(program, [program]), *(self.path(a) for a in args)]

    def env(self, image: Image, service: Mapping[str, Any]) -> dict[str, str]:
        declared = environment_of(service)
        env = {k: self.path(v) for k, v in image.env.items() if k != "PATH"}
        env.update({k: self.path(v) for k, v in declared.items()})
        if "NEWSWORKER_BROKER_URL" in env:
            env["NEWSWORKER_BROKER_URL"] = self.broker_url
        if "NEWSWORKER_DATABASE_URL" in env:
            env["NEWSWORKER_DATABASE_URL"] = self.database_url
        for key in ("FLOWER_PORT", "NEWSWORKER_METRICS_PORT"):
            if key in env:
                env[key] = str(self.ports.setdefault(key, free_port()))
        env.update(PATH=os.environ["PATH"], HOME=str(self.home), PYTHONPATH=str(ROOT))
        return env


@dataclass
class Running:
    name: str
    proc: subprocess.Popen[bytes]
    log: Path
    env: dict[str, str]

    def text(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""


@contextmanager
def services_running(
    local: Local, image: Image, compose: dict[str, Any], names: list[str]
) -> Iterator[dict[str, Running]]:
    """Start ``names`` (long-running services); SIGTERM whatever still runs at the end."""
    running: dict[str, Running] = {}
    try:
        for name in names:
            service = compose["services"][name]
            local.mount_volumes(service)
            env = local.env(image, service)
            log = local.home / f"{name}.log"
            with log.open("wb") as out:
                proc = subprocess.Popen(
                    local.argv(service["command"]),
                    env=env,
                    cwd=local.path(image.workdir),
                    stdout=out,
                    stderr=subprocess.STDOUT,
                    start_new_session=True,
                )
            running[name] = Running(name, proc, log, env)
        yield running
    finally:
        for r in running.values():
            if r.proc.poll() is None:
                os.killpg(r.proc.pid, signal.SIGTERM)
        for r in running.values():
            try:
                r.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(r.proc.pid, signal.SIGKILL)
                r.proc.wait()


def run_healthcheck(local: Local, service: Mapping[str, Any], env: dict[str, str]) -> None:
    kind, *test = service["healthcheck"]["test"]
    assert kind == "CMD", f"{kind}: only exec-form health checks are run here"
    done = subprocess.run(
        local.argv(test), env=env, capture_output=True, text=True, timeout=30, check=False
    )
    assert done.returncode == 0, f"health check {test} failed:\n{done.stdout}{done.stderr}"


# --- the fixtures: a database and a broker of this test's own ---------------------------------


@pytest.fixture
def database() -> Iterator[str]:
    with fresh_pg_database("newsworker_compose") as url:
        yield url.replace("+psycopg", "")


@pytest.fixture
def broker(redis_url: str) -> Iterator[tuple[str, str]]:
    """The shared Redis with a database number and a queue of this test's own."""
    url = redis_url.rsplit("/", 1)[0] + f"/{REDIS_DB}"
    queue = f"nwcompose-{uuid.uuid4().hex[:12]}"
    yield url, queue
    client = redis.Redis.from_url(url)
    client.delete(queue, "newsworker:articles")
    client.close()


# --- the tests ------------------------------------------------------------------------------

VARIABLES = {
    "POSTGRES_PASSWORD": "pg-" + uuid.uuid4().hex,
    "REDIS_PASSWORD": "redis-" + uuid.uuid4().hex,
    "FLOWER_BASIC_AUTH": "ops:" + uuid.uuid4().hex,
}


def test_the_compose_file_keeps_the_queue_and_has_no_default_password() -> None:
    compose = load_compose(VARIABLES)
    services = compose["services"]
    assert set(services) == {"redis", "postgres", "migrate", "worker", "bridge", "beat", "flower"}

    redis_args = services["redis"]["command"]
    pairs = dict(zip(redis_args[1::2], redis_args[2::2], strict=False))
    assert pairs["--appendonly"] == "yes"
    assert pairs["--maxmemory-policy"] == "noeviction"
    assert pairs["--requirepass"] == VARIABLES["REDIS_PASSWORD"]
    assert services["redis"]["volumes"] == ["redis-data:/data"]
    assert any("postgresql/data" in v for v in services["postgres"]["volumes"])
    for name in services:
        assert services[name].get("healthcheck") or name == "migrate", f"{name}: no healthcheck"

    newsworker = {n for n, s in services.items() if n not in MACHINE_SERVICES}
    assert {services[n]["image"] for n in newsworker} == {"newsworker:latest"}
    image = read_dockerfile()
    assert image.base.endswith("-slim")
    assert image.user not in {"root", "0", ""}
    assert services["migrate"]["restart"] == "no"
    for name in ("worker", "bridge", "beat", "flower"):
        assert services[name]["depends_on"]["migrate"] == {
            "condition": "service_completed_successfully"
        }
    assert services["beat"]["deploy"]["replicas"] == 1
    assert "--enable-remote-control" in services["beat"]["command"]

    for secret in VARIABLES:
        without = {k: v for k, v in VARIABLES.items() if k != secret}
        with pytest.raises(ComposeError, match=secret):
            load_compose(without)
        with pytest.raises(ComposeError, match=secret):
            load_compose({**without, secret: ""})


def test_interpolation_follows_compose() -> None:
    env = {"SET": "x", "EMPTY": ""}
    assert interpolate("${SET:-d} ${EMPTY:-d} ${EMPTY-d} ${UNSET-d} $SET $$HOME", env) == (
        "x d  d x $HOME"
    )
    assert interpolate("${SET:+alt}${UNSET:+alt}", env) == "alt"
    with pytest.raises(ComposeError, match="UNSET is missing a value: say why"):
        interpolate("${UNSET:?say why}", env)


@dataclass
class Stack:
    """The running services and what the test uses to talk to them."""

    local: Local
    compose: dict[str, Any]
    running: dict[str, Running]
    queue: str
    engine: Engine
    client: redis.Redis
    producer: Celery
    flower: httpx.Client
    anonymous: httpx.Client

    def logs(self) -> str:
        return "\n".join(f"--- {r.name}.log\n{r.text()[-2500:]}" for r in self.running.values())

    def send(self, payload: dict[str, Any]) -> None:
        self.producer.send_task("newsworker.ingest_article", args=[payload], queue=self.queue)

    def stored(self, texts: set[str]) -> set[str]:
        with self.engine.connect() as conn:
            return set(conn.scalars(select(Article.text).where(Article.text.in_(texts))))

    def succeeded(self, task_name: str) -> list[dict[str, Any]]:
        reply = self.flower.get("/api/tasks", params={"taskname": task_name})
        reply.raise_for_status()
        return [t for t in reply.json().values() if t.get("state") == "SUCCESS"]


def _consumes(stack: Stack, seed: str) -> None:
    """An outside producer's article is stored by the worker."""
    stack.send({"text": seed, "source": "afp"})

    def seed_stored() -> bool:
        with stack.engine.connect() as conn:
            title = select(Article.id).where(Article.title.like("Le président russe%"))
            return conn.scalar(title) is not None

    wait_until(seed_stored, timeout=30, what="the seed to be stored")
    with stack.engine.connect() as conn:
        versions = set(conn.scalars(select(Article.taxonomy_version)))
    # The stored version is the file's, with a digest of its content after the "+".
    assert {v.split("+")[0] for v in versions} == {TAXONOMY_VERSION}, (
        f"the mounted taxonomy did not reach the worker: {versions}"
    )


def _flower_shows_the_worker_and_safe_task(stack: Stack, seed: str) -> None:
    assert stack.anonymous.get("/api/workers").status_code == 401
    assert stack.anonymous.get("/api/tasks").status_code == 401
    node = f"celery@{socket.gethostname()}"
    wait_until(
        lambda: node in stack.flower.get("/api/workers", params={"refresh": 1}).json(),
        timeout=20,
        what=f"Flower to list {node}",
    )
    (task,) = wait_until(
        lambda: stack.succeeded("newsworker.ingest_article"),
        timeout=20,
        what="Flower to show the ingest task succeeded",
    )
    assert f"'text': '<{len(seed)} chars>'" in task["args"]
    assert "'source': 'afp'" in task["args"]
    assert seed[:40] not in task["args"]
    assert seed[200:240] not in json.dumps(task)


def _beat_dispatches(stack: Stack) -> None:
    """The most frequent task of the beat schedule runs on the worker."""
    from worker.celery_app import app

    schedule = app.conf.beat_schedule
    assert schedule, "the beat schedule (worker/celery_app.py) has no entry"
    entry = min(schedule.values(), key=_every)
    wait_until(
        lambda: stack.succeeded(str(entry["task"])),
        timeout=_every(entry) + 20,
        what=f"beat to dispatch {entry['task']} and the worker to run it",
    )


def _every(entry: Mapping[str, Any]) -> float:
    """Seconds between two runs of a beat schedule entry (a number, timedelta or schedule)."""
    every = entry["schedule"]
    if isinstance(every, int | float):
        return float(every)
    if isinstance(every, timedelta):
        return every.total_seconds()
    return float(getattr(every, "seconds", 3600))


def _metrics(stack: Stack) -> None:
    flower_metrics = stack.anonymous.get("/metrics")
    assert flower_metrics.status_code == 200
    assert "flower_events_total" in flower_metrics.text
    port = stack.local.ports["NEWSWORKER_METRICS_PORT"]
    body = httpx.get(f"http://127.0.0.1:{port}/metrics", timeout=10).text
    assert _metric(body, "newsworker_db_up") == 1
    assert _metric(body, "newsworker_articles_stored", language="fr") == 1
    assert _metric(body, "newsworker_articles_tagged", tag="russia", language="fr") == 1
    ingest = {"task": "newsworker.ingest_article", "outcome": "succeeded"}
    assert _metric(body, "newsworker_tasks_total", **ingest) == 1
    assert _metric(body, "newsworker_task_duration_seconds_count", **ingest) == 1


def _health_and_status(stack: Stack) -> None:
    """The health checks as Docker runs them, and what an operator sees."""
    for name in ("worker", "beat", "flower"):
        run_healthcheck(stack.local, stack.compose["services"][name], stack.running[name].env)
    status = subprocess.run(
        stack.local.argv(["newsworker", "status"]),
        env={**stack.running["worker"].env, "COLUMNS": "200"},
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert status.returncode == 0, status.stdout + status.stderr
    host = socket.gethostname()
    assert f"1 answering: celery@{host}" in status.stdout
    assert f"celerybeat@{host}" in status.stdout
    assert "articles      1 stored" in status.stdout


def _sigterm_loses_nothing(stack: Stack) -> None:
    """SIGTERM in the middle of a burst: each message is stored or back in the queue."""
    burst = {f"Sentinelle {i}. La Chine exporte vers la Russie." for i in range(40)}
    for body in sorted(burst):
        stack.send({"text": body})
    wait_until(lambda: stack.stored(burst), timeout=30, what="the burst to start")
    for r in stack.running.values():
        os.killpg(r.proc.pid, signal.SIGTERM)
    for r in stack.running.values():
        assert r.proc.wait(timeout=60) == 0, f"{r.name} exited {r.proc.returncode}"
    assert "Warm shutdown" in stack.running["worker"].text()
    stored, queued = stack.stored(burst), _queued_texts(stack.client, stack.queue)
    # At least once: a message acked just as the connection closes may also be requeued.
    assert stored | queued == burst, (
        f"lost: {sorted(burst - stored - queued)} ({len(stored)} stored, {len(queued)} queued)"
    )
    assert _unacked_for(stack.client, stack.queue) == 0
    home = stack.local.home
    assert list(home.glob("beat/celerybeat-schedule*")), "beat kept no schedule"
    assert list(home.glob("flower/flower.db*")), "Flower kept no state"


def _metric(body: str, name: str, **labels: str) -> float | None:
    for family in text_string_to_metric_families(body):
        for sample in family.samples:
            if sample.name == name and all(sample.labels.get(k) == v for k, v in labels.items()):
                return float(sample.value)
    return None


def _queued_texts(client: redis.Redis, queue: str) -> set[str]:
    texts = set()
    for raw in client.lrange(queue, 0, -1):
        message = json.loads(raw)
        args = json.loads(base64.b64decode(message["body"]))[0]
        texts.add(args[0]["text"])
    return texts


def _unacked_for(client: redis.Redis, queue: str) -> int:
    key = unacked_keys(Settings(queue=queue))["unacked_key"]  # the deployment's own record
    return sum(1 for v in client.hvals(key) if json.loads(v)[-1] == queue)


def _migrate(local: Local, image: Image, service: Mapping[str, Any]) -> None:
    local.mount_volumes(service)
    done = subprocess.run(
        local.argv(service["command"]),
        env=local.env(image, service),
        cwd=local.path(image.workdir),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.redis
@pytest.mark.postgres
@pytest.mark.slow
def test_the_compose_services_run_consume_dispatch_and_stop_warmly(
    database: str, broker: tuple[str, str], tmp_path: Path
) -> None:
    started = time.monotonic()
    broker_url, queue = broker
    # A taxonomy of the operator's own, in the folder compose mounts (CONFIG_DIR).
    config = tmp_path / "config"
    config.mkdir()
    default = (ROOT / "worker" / "taxonomy" / "default.yaml").read_text(encoding="utf-8")
    custom = re.sub(
        r"^version: .*$", f'version: "{TAXONOMY_VERSION}"', default, count=1, flags=re.M
    )
    (config / "taxonomy.yaml").write_text(custom, encoding="utf-8")
    compose = load_compose(
        {
            **VARIABLES,
            "NEWSWORKER_QUEUE": queue,
            "CONFIG_DIR": str(config),
            "NEWSWORKER_TAXONOMY": f"{IMAGE_HOME}/config/taxonomy.yaml",
        }
    )
    services = compose["services"]
    declared = environment_of(services["worker"])
    assert declared["NEWSWORKER_BROKER_URL"] == (
        f"redis://:{VARIABLES['REDIS_PASSWORD']}@redis:6379/0"
    )
    assert "@postgres:5432/newsworker" in declared["NEWSWORKER_DATABASE_URL"]
    assert declared["NEWSWORKER_QUEUE"] == queue

    image = read_dockerfile()
    (tmp_path / "home").mkdir()
    local = Local(tmp_path / "home", broker_url, database)
    order = [n for n in start_order(services) if n not in MACHINE_SERVICES]
    assert order[0] == "migrate"
    assert set(order) == {"migrate", "worker", "bridge", "beat", "flower"}
    _migrate(local, image, services["migrate"])

    seed = SEED.read_text(encoding="utf-8")
    user, password = VARIABLES["FLOWER_BASIC_AUTH"].split(":", 1)
    with services_running(local, image, compose, order[1:]) as running:
        base = f"http://127.0.0.1:{local.ports['FLOWER_PORT']}"
        stack = Stack(
            local=local,
            compose=compose,
            running=running,
            queue=queue,
            engine=create_engine(database.replace("postgresql://", "postgresql+psycopg://")),
            client=redis.Redis.from_url(broker_url),
            producer=Celery(broker=broker_url),  # an outside producer, as in the README
            flower=httpx.Client(base_url=base, auth=(user, password), timeout=10),
            anonymous=httpx.Client(base_url=base, timeout=10),
        )
        try:
            _wait_for_start(stack)
            _consumes(stack, seed)
            _flower_shows_the_worker_and_safe_task(stack, seed)
            _beat_dispatches(stack)
            _metrics(stack)
            _health_and_status(stack)
            _sigterm_loses_nothing(stack)
        except AssertionError as e:
            raise AssertionError(f"{e}\n{stack.logs()}") from e
        finally:
            stack.producer.close()
            stack.client.close()
            stack.engine.dispose()
            stack.flower.close()
            stack.anonymous.close()
    assert time.monotonic() - started < 90


def _wait_for_start(stack: Stack) -> None:
    worker, flower = stack.running["worker"], stack.running["flower"]
    wait_until(
        lambda: "ready." in worker.text() or worker.proc.poll() is not None,
        timeout=60,
        what="the worker to start",
    )
    assert worker.proc.poll() is None, "the worker exited"

    def flower_up() -> bool:
        assert flower.proc.poll() is None, "Flower exited"
        with suppress(httpx.TransportError):
            return stack.anonymous.get("/healthcheck").status_code == 200
        return False

    wait_until(flower_up, timeout=30, what="Flower to listen")
