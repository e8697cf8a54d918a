"""Ingestion throughput, side by side: ~3 KB articles of real news text, Redis, PostgreSQL.

Each line of the table is a way in: the naive design (bench/naive.py), one message per
article (``newsworker.ingest_article``), batches of 50 (``newsworker.ingest_articles``).
Every run starts its worker on a fresh database, sends N articles as fast as the producer
can, and waits for the last row. It prints, per line, the median and range of the runs:

- items/s: N over the time from the first send to the last row committed;
- worker CPU ms/item: user + system time of the worker's processes (main and pool, all of
  its process group) over the run, from /proc, per item; DB CPU ms/item: the same for the
  PostgreSQL backends of the run's database over their life;
- x naive: items/s over the naive design's median in the same run;
- p50 / p99 ms: from each article's send to its stored timestamp (``first_seen_at``,
  taken in the transaction that commits it), under this full-speed burst;
- peak RSS MiB: the largest VmHWM among the worker's processes;
- the command that reproduces the line.

A benchmark, not a test: it asserts nothing but that every article arrived.

    python bench/ingest.py                       # the whole table (make bench)
    python bench/ingest.py --paths single --n 4000 --repeat 1
"""

from __future__ import annotations

import argparse
import atexit
import json
import os
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import redis
from celery import Celery
from sqlalchemy import create_engine, func, select, text

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from worker.celery_app import make_celery  # noqa: E402
from worker.config import Settings  # noqa: E402
from worker.db.migrate import upgrade  # noqa: E402
from worker.db.models import Article  # noqa: E402
from worker.db.session import _engines, get_engine  # noqa: E402

CORPUS = ROOT / "tests" / "eval" / "corpus.jsonl"


@lru_cache(maxsize=1)
def _texts() -> list[str]:
    """Real news text in ten languages (tests/eval/corpus.jsonl), at least ~3 KB each."""
    texts = [json.loads(line)["text"] for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    return [(t + "\n\n") * (1 + 3000 // max(len(t), 1)) for t in texts]


def article(i: int, rng: random.Random) -> dict[str, str]:
    """A ~3 KB article of real news text, made unique so that none is a duplicate."""
    text = rng.choice(_texts())[:3000]
    return {"text": f"date 2025-05-{1 + i % 28:02d} Article {i}. {text}", "source": "bench"}


def _pg_database(admin: str) -> str:
    """A fresh PostgreSQL database for one run; dropped at exit."""
    name = f"newsworker_bench_{uuid.uuid4().hex[:8]}"
    engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))

    url = admin.rsplit("/", 1)[0] + f"/{name}"
    _ADMIN[url] = (engine, name)
    atexit.register(_drop, url)
    return url


_ADMIN: dict[str, tuple[Any, str]] = {}


def _drop(url: str) -> None:
    """Drop a database :func:`_pg_database` created (once)."""
    entry = _ADMIN.pop(url, None)
    if entry is None:
        return
    engine, name = entry
    for cached in list(_engines.values()):
        cached.dispose()
    _engines.clear()
    with engine.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@dataclass
class Run:
    """One measured run of one path."""

    rate: float  # items/s, first send to last row committed
    worker_ms: float  # worker CPU per item (main process and pool, from /proc)
    db_ms: float  # PostgreSQL backend CPU per item (from /proc)
    p50: float  # ms, submission -> stored
    p99: float
    rss_mib: float  # peak RSS of the largest worker process


@dataclass(frozen=True)
class Line:
    """A line of the table: how to start its worker and how to send its articles."""

    name: str
    note: str


PATHS = {
    "naive": Line("naive", "bench/naive.py: a task + an ORM transaction per article"),
    "single": Line("single", "newsworker.ingest_article, one message per article"),
    "batched": Line("batched", "newsworker.ingest_articles, 50 articles per message"),
}


def _proc_stat(pid: int) -> tuple[int, int] | None:
    """(process group, utime + stime in clock ticks) of a process, None if it is gone."""
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = raw[raw.rindex(")") + 2 :].split()
    return int(fields[2]), int(fields[11]) + int(fields[12])


def _group_pids(pgid: int) -> list[int]:
    pids = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            stat = _proc_stat(int(entry))
            if stat is not None and stat[0] == pgid:
                pids.append(int(entry))
    return pids


def _cpu_seconds(pids: list[int]) -> float:
    ticks = os.sysconf("SC_CLK_TCK")
    return sum(s[1] for p in pids if (s := _proc_stat(p)) is not None) / ticks


def _peak_rss_mib(pids: list[int]) -> float:
    peak = 0
    for pid in pids:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    peak = max(peak, int(line.split()[1]))
        except OSError:
            continue
    return peak / 1024


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


def run_once(path: str, n: int, args: argparse.Namespace) -> Run:
    """Start a worker for ``path`` on a fresh database, send ``n`` articles, measure."""
    tmp = Path(tempfile.mkdtemp(prefix="nwbench-"))
    db_url = _pg_database(args.pg_admin)
    queue = f"nwbench-{uuid.uuid4().hex[:8]}"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    if path == "naive":
        env.update(NAIVE_BROKER_URL=args.redis, NAIVE_DATABASE_URL=db_url, NAIVE_QUEUE=queue)
        cmd = [sys.executable, "-m", "celery", "-A", "bench.naive", "worker", "-Q", queue]
        cmd += [f"--concurrency={args.concurrency}", "--loglevel=WARNING", "-E"]
        cmd += ["--without-mingle", "--without-gossip"]
        from bench.naive import Base, NaiveArticle

        Base.metadata.create_all(get_engine(db_url))
        table, stamp = NaiveArticle.__table__, NaiveArticle.stored_at
    else:
        upgrade(db_url)
        env.update(
            NEWSWORKER_BROKER_URL=args.redis,
            NEWSWORKER_DATABASE_URL=db_url,
            NEWSWORKER_QUEUE=queue,
            NEWSWORKER_DATA_DIR=str(tmp),
            NEWSWORKER_LOG_LEVEL="WARNING",
            NEWSWORKER_METRICS_PORT="0",
        )
        cmd = [sys.executable, "-m", "worker", "worker", f"--concurrency={args.concurrency}"]
        cmd += ["--loglevel=WARNING"]
        table, stamp = Article.__table__, Article.first_seen_at
    log = (tmp / "worker.log").open("wb")
    worker = subprocess.Popen(
        cmd, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True, cwd=ROOT
    )
    if path == "naive":
        producer = Celery("naive-producer", broker=args.redis)
        producer.conf.update(task_serializer="json", task_default_queue=queue)
    else:
        producer = make_celery(Settings(broker_url=args.redis, database_url=db_url, queue=queue))
    rng = random.Random(7)
    payloads = [{**article(i, rng), "guid": f"bench-{i}"} for i in range(n)]
    engine = get_engine(db_url)
    sent: dict[str, float] = {}

    def stored() -> int:
        with engine.connect() as conn:
            return int(conn.scalar(select(func.count()).select_from(table)) or 0)

    try:
        time.sleep(args.warmup)  # the worker's start-up is not what is measured
        pids = _group_pids(worker.pid)
        cpu0 = _cpu_seconds(pids)
        started = time.perf_counter()
        step = 50 if path == "batched" else 1
        for i in range(0, n, step):
            chunk = payloads[i : i + step]
            now = time.time()
            if path == "naive":
                producer.send_task("naive.ingest", args=[chunk[0]])
            elif path == "single":
                producer.send_task("newsworker.ingest_article", args=[chunk[0]])
            else:
                producer.send_task("newsworker.ingest_articles", args=[chunk])
            for p in chunk:
                sent[p["guid"]] = now
        while (count := stored()) < n:
            if time.perf_counter() - started > args.timeout:
                raise SystemExit(f"{path}: only {count}/{n} stored; see {log.name}")
            time.sleep(0.02)
        elapsed = time.perf_counter() - started
        pids = _group_pids(worker.pid)
        worker_cpu = _cpu_seconds(pids) - cpu0
        rss = _peak_rss_mib(pids)
        with engine.connect() as conn:
            backends = list(
                conn.scalars(
                    text(
                        "SELECT pid FROM pg_stat_activity "
                        "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                    )
                )
            )
            rows = conn.execute(select(table.c.guid, stamp)).all()
        db_cpu = _cpu_seconds(backends)  # their whole life: they started with this run
        latencies = [(at.timestamp() - sent[guid]) * 1000 for guid, at in rows if guid in sent]
    finally:
        os.killpg(worker.pid, signal.SIGTERM)
        worker.wait(timeout=60)
        producer.close()
        redis.Redis.from_url(args.redis).delete(queue)
        engine.dispose()
        _drop(db_url)
    return Run(
        rate=n / elapsed,
        worker_ms=worker_cpu / n * 1000,
        db_ms=db_cpu / n * 1000,
        p50=_percentile(latencies, 0.5),
        p99=_percentile(latencies, 0.99),
        rss_mib=rss,
    )


def _fmt(values: list[float], spec: str) -> str:
    """Median and range of repeated runs."""
    mid = statistics.median(values)
    if len(values) == 1:
        return format(mid, spec)
    return f"{format(mid, spec)} ({format(min(values), spec)}-{format(max(values), spec)})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paths", default="naive,single,batched", help="lines of the table")
    parser.add_argument("--n", type=int, default=2000, help="articles per run")
    parser.add_argument("--repeat", type=int, default=3, help="runs per line")
    parser.add_argument("--concurrency", type=int, default=2, help="worker processes")
    parser.add_argument("--warmup", type=float, default=4.0, help="seconds for start-up")
    parser.add_argument("--timeout", type=float, default=600.0)
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/0")
    parser.add_argument("--pg-admin", default="postgresql+psycopg://postgres@127.0.0.1:5432/test")
    args = parser.parse_args()
    paths = [p.strip() for p in args.paths.split(",") if p.strip()]
    runs: dict[str, list[Run]] = {p: [] for p in paths}
    for rep in range(args.repeat):  # interleaved: a noisy minute hits every line alike
        for path in paths:
            run = run_once(path, args.n, args)
            runs[path].append(run)
            print(f"# run {rep + 1} {path}: {run.rate:,.0f}/s", file=sys.stderr, flush=True)
    naive = statistics.median(r.rate for r in runs["naive"]) if "naive" in runs else None
    print(
        f"{args.n} articles of ~3 KB per run, PostgreSQL, Redis, {args.concurrency} worker "
        f"processes, producer on the same machine; median (min-max) of {args.repeat} runs"
    )
    header = ("path", "items/s", "worker CPU ms/item", "DB CPU ms/item", "x naive",
              "p50 ms", "p99 ms", "peak RSS MiB", "reproduce")  # fmt: skip
    print(" | ".join(header))
    print(" | ".join("---" for _ in header))
    for path in paths:
        rs = runs[path]
        ratio = _fmt([r.rate / naive for r in rs], ".1f") if naive else "-"
        line = (
            path,
            _fmt([r.rate for r in rs], ",.0f"),
            _fmt([r.worker_ms for r in rs], ".2f"),
            _fmt([r.db_ms for r in rs], ".2f"),
            ratio,
            _fmt([r.p50 for r in rs], ",.0f"),
            _fmt([r.p99 for r in rs], ",.0f"),
            _fmt([r.rss_mib for r in rs], ".0f"),
            f"`python bench/ingest.py --paths {path} --n {args.n} --repeat {args.repeat}`",
        )
        print(" | ".join(line))


if __name__ == "__main__":
    main()
