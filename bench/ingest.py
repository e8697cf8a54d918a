"""Ingestion throughput, side by side: ~3 KB articles of real news text, Redis, PostgreSQL.

Each line of the table is a way in: the naive design (bench/naive.py), one message per
article (``newsworker.ingest_article``), batches of 50 (``newsworker.ingest_articles``),
``newsworker submit`` of N files, the submissions stream through ``newsworker bridge``
(whose CPU is counted with the worker's), feeds through beat and a worker, and reader.
Every run starts its worker on a fresh database, sends N articles as fast as the producer
can, and waits for the last row. It prints, per line, the median and range of the runs:

- items/s: N over the time from the first send to the last row committed;
- worker CPU ms/item: user + system time of the worker's processes (main and pool, all of
  its process group) over the run, from /proc, per item, and of which its main process
  (consuming, acknowledging, task events); DB CPU ms/item: the same for the PostgreSQL
  backends of the run's database over their life;
- x naive: items/s over the naive design's median in the same run;
- p50 / p99 ms: from each article's send to its stored timestamp (``first_seen_at``,
  taken in the transaction that commits it), under this full-speed burst, except for
  ``paced``: single messages sent at half the single line's median rate (``--pace``), whose
  latency is the one a producer sees below saturation;
- peak RSS MiB: the largest VmHWM among the worker's processes (pages shared with the
  other processes, such as the language model and taxonomy loaded before the fork, count
  in full in each);
- PSS MiB: the proportional set size of all the worker's processes together at the end
  (each shared page divided among the processes sharing it): what the worker costs the
  machine;
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

from bench.feedgen import serve, write_feeds  # noqa: E402
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
    main_ms: float  # of which the main process (consuming, acking, events)
    db_ms: float  # PostgreSQL backend CPU per item (from /proc)
    p50: float  # ms, submission -> stored
    p99: float
    rss_mib: float  # peak RSS of the largest worker process
    pss_mib: float = float("nan")  # PSS of all the worker's processes, at the end


#: The lines of the table, in order.
PATHS = ("naive", "single", "paced", "batched", "submit", "bridge", "feeds", "reader")
FEED_PATHS = ("feeds", "reader")
READER = ("reader==3.26", "sgmllib3k==1.0.0")
READER_VENV = ROOT / ".venv" / "bench-reader-3.26"


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


def _kib(pid: int, name: str, field: str) -> int:
    """A ``field: N kB`` line of ``/proc/<pid>/<name>``; 0 when the process is gone."""
    try:
        for line in Path(f"/proc/{pid}/{name}").read_text().splitlines():
            if line.startswith(field):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _peak_rss_mib(pids: list[int]) -> float:
    return max((_kib(pid, "status", "VmHWM:") for pid in pids), default=0) / 1024


def _pss_mib(pids: list[int]) -> float:
    return sum(_kib(pid, "smaps_rollup", "Pss:") for pid in pids) / 1024


_BACKENDS = (
    "SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
    "AND pid <> pg_backend_pid()"
)


def _wait_idle(pid: int, limit: float) -> None:
    """Wait until the worker's processes have started and gone quiet (at most ``limit`` s)."""
    deadline = time.monotonic() + limit
    time.sleep(2)
    before = _cpu_seconds(_group_pids(pid))
    while time.monotonic() < deadline:
        time.sleep(0.5)
        now = _cpu_seconds(_group_pids(pid))
        if now - before < 0.05 and len(_group_pids(pid)) > 1:
            return
        before = now


def _usage(
    pid: int, cpu0: float, main0: float, engine: Any, also: int | None = None
) -> tuple[float, float, float, float, float]:
    """CPU seconds of the worker (all, main) since the start figures, of the database's
    backends over their life (they started with the run), the worker's peak RSS and PSS
    (MiB).
    ``also``: another process group counted with the worker (the bridge)."""
    pids = _group_pids(pid) + (_group_pids(also) if also else [])
    with engine.connect() as conn:
        backends = list(conn.scalars(text(_BACKENDS)))
    return (
        _cpu_seconds(pids) - cpu0,
        _cpu_seconds([pid]) - main0,
        _cpu_seconds(backends),
        _peak_rss_mib(pids),
        _pss_mib(pids),
    )


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


def run_once(path: str, n: int, args: argparse.Namespace, pace: float = 0.0) -> Run:
    """Start a worker for ``path`` on a fresh database, send ``n`` articles, measure.

    ``pace``: articles/s to send at (``paced``: single messages, not as fast as possible).
    """
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
    stream = f"{queue}:submissions"
    env["NEWSWORKER_SUBMISSIONS_STREAM"] = stream
    log = (tmp / "worker.log").open("wb")
    worker = subprocess.Popen(
        cmd, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True, cwd=ROOT
    )
    bridge = None
    if path == "bridge":  # its CPU is counted with the worker's
        bridge = subprocess.Popen(
            [sys.executable, "-m", "worker", "bridge"], env=env, stdout=log,
            stderr=subprocess.STDOUT, start_new_session=True, cwd=ROOT,
        )  # fmt: skip
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
        _wait_idle(worker.pid, args.warmup)  # the worker's start-up is not what is measured
        pids = _group_pids(worker.pid) + (_group_pids(bridge.pid) if bridge else [])
        cpu0, main0 = _cpu_seconds(pids), _cpu_seconds([worker.pid])
        started = time.perf_counter()
        step = 50 if path == "batched" else 1
        if path == "submit":  # `newsworker submit` of N files, as an operator runs it
            files = []
            for i, p in enumerate(payloads):
                files.append(tmp / f"a{i}.txt")
                files[-1].write_text(p["text"], encoding="utf-8")
            submit = [sys.executable, "-m", "worker", "submit", "--source", "bench"]
            subprocess.run([*submit, *map(str, files)], env=env, check=True, capture_output=True)
        if path == "bridge":  # a producer XADDs each submission to the stream
            client = redis.Redis.from_url(args.redis)
            for i in range(0, n, 500):
                pipe = client.pipeline(transaction=False)
                for p in payloads[i : i + 500]:
                    pipe.xadd(stream, {"submission": json.dumps(p)})
                    sent[p["guid"]] = time.time()
                pipe.execute()
        for i in range(0, n if path not in ("submit", "bridge") else 0, step):
            chunk = payloads[i : i + step]
            now = time.time()
            if path == "naive":
                producer.send_task("naive.ingest", args=[chunk[0]])
            elif path in ("single", "paced"):
                if pace:
                    time.sleep(max(0.0, started + i / pace - time.perf_counter()))
                    now = time.time()
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
        worker_cpu, main_cpu, db_cpu, rss, pss = _usage(
            worker.pid, cpu0, main0, engine, bridge.pid if bridge else None
        )
        with engine.connect() as conn:
            rows = conn.execute(select(table.c.guid, stamp)).all()
        first = time.time() - elapsed
        latencies = [(at.timestamp() - sent.get(guid, first)) * 1000 for guid, at in rows]
    finally:
        os.killpg(worker.pid, signal.SIGTERM)
        worker.wait(timeout=60)
        if bridge is not None:
            os.killpg(bridge.pid, signal.SIGTERM)
            bridge.wait(timeout=60)
        producer.close()
        redis.Redis.from_url(args.redis).delete(queue, stream)
        engine.dispose()
        _drop(db_url)
    return Run(
        rate=n / elapsed,
        worker_ms=worker_cpu / n * 1000,
        main_ms=main_cpu / n * 1000,
        db_ms=db_cpu / n * 1000,
        p50=_percentile(latencies, 0.5),
        p99=_percentile(latencies, 0.99),
        rss_mib=rss,
        pss_mib=pss,
    )


def _reader_python() -> Path:
    """The interpreter of reader's own virtualenv (made once, kept in .venv/)."""
    python = READER_VENV / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(READER_VENV)], check=True)
        pip = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
        subprocess.run([*pip, *READER], check=True)
    return python


def run_feeds(path: str, args: argparse.Namespace) -> tuple[Run, int]:
    """Generated feeds on loopback, through newsworker's feed path or through reader."""
    tmp = Path(tempfile.mkdtemp(prefix="nwbench-feeds-"))
    folder = tmp / "feeds"
    folder.mkdir()
    server, base = serve(folder)
    opml = write_feeds(folder, base, args.feeds, args.entries)
    n = args.feeds * args.entries
    nan = float("nan")
    try:
        if path == "reader":
            urls = [f"{base}/feed{f}.xml" for f in range(args.feeds)]
            python = _reader_python()
            script = [str(python), str(ROOT / "bench" / "reader_feeds.py"), str(tmp / "r.sqlite")]
            out = subprocess.run([*script, *urls], check=True, capture_output=True, text=True)
            result = json.loads(out.stdout.strip().splitlines()[-1])
            stored = int(result["entries"])
            run = Run(stored / result["seconds"], result["cpu"] / stored * 1000, nan, 0.0, nan,
                      nan, result["rss_mib"])  # fmt: skip
            return run, stored
        return _newsworker_feeds(opml, n, tmp, args), n
    finally:
        server.shutdown()


def _newsworker_feeds(opml: Path, n: int, tmp: Path, args: argparse.Namespace) -> Run:
    db_url = _pg_database(args.pg_admin)
    upgrade(db_url)
    queue = f"nwbench-{uuid.uuid4().hex[:8]}"
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "NEWSWORKER_BROKER_URL": args.redis,
        "NEWSWORKER_DATABASE_URL": db_url,
        "NEWSWORKER_QUEUE": queue,
        "NEWSWORKER_DATA_DIR": str(tmp),
        "NEWSWORKER_LOG_LEVEL": "WARNING",
        "NEWSWORKER_METRICS_PORT": "0",
        # The benchmark's one host is loopback: allowed, and polled without a pause.
        "NEWSWORKER_ALLOW_PRIVATE_HOSTS": "127.0.0.1",
        "NEWSWORKER_HOST_MIN_INTERVAL": "0",
        "NEWSWORKER_DISPATCH_INTERVAL": "2",
    }
    nw = [sys.executable, "-m", "worker"]
    logs = (tmp / "worker.log").open("wb")
    worker = subprocess.Popen(
        [*nw, "worker", f"--concurrency={args.concurrency}", "--loglevel=WARNING"],
        env=env, stdout=logs, stderr=subprocess.STDOUT, start_new_session=True, cwd=ROOT,
    )  # fmt: skip
    beat = subprocess.Popen(
        [*nw, "beat", "--loglevel=WARNING"],
        env=env, stdout=logs, stderr=subprocess.STDOUT, start_new_session=True, cwd=ROOT,
    )  # fmt: skip
    engine = get_engine(db_url)

    def stored() -> int:
        with engine.connect() as conn:
            return int(conn.scalar(select(func.count()).select_from(Article)) or 0)

    try:
        _wait_idle(worker.pid, args.warmup)
        pids = _group_pids(worker.pid)
        cpu0, main0 = _cpu_seconds(pids), _cpu_seconds([worker.pid])
        started = time.perf_counter()
        subprocess.run([*nw, "feeds", "import", str(opml)], env=env, check=True,
                       capture_output=True)  # fmt: skip
        last, changed = 0, time.perf_counter()
        while (count := stored()) < n:
            now = time.perf_counter()
            if count != last:
                last, changed = count, now
            if now - changed > 30 or now - started > args.timeout:
                raise SystemExit(f"feeds: only {count}/{n} stored; see {logs.name}")
            time.sleep(0.05)
        elapsed = time.perf_counter() - started
        worker_cpu, main_cpu, db_cpu, rss, pss = _usage(worker.pid, cpu0, main0, engine)
    finally:
        for proc in (beat, worker):
            os.killpg(proc.pid, signal.SIGTERM)
        for proc in (beat, worker):
            proc.wait(timeout=60)
        client = redis.Redis.from_url(args.redis)
        client.delete(queue, f"{queue}.fetch", f"{queue}.periodic")
        engine.dispose()
        _drop(db_url)
    nan = float("nan")
    return Run(n / elapsed, worker_cpu / n * 1000, main_cpu / n * 1000, db_cpu / n * 1000,
               nan, nan, rss, pss)  # fmt: skip


def _fmt(values: list[float], spec: str) -> str:
    """Median and range of repeated runs ("-" where a line has no such figure)."""
    values = [v for v in values if v == v]  # NaN: not measured for this line
    if not values:
        return "-"
    mid = statistics.median(values)
    if len(values) == 1:
        return format(mid, spec)
    return f"{format(mid, spec)} ({format(min(values), spec)}-{format(max(values), spec)})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paths", default=",".join(PATHS), help="lines of the table")
    parser.add_argument("--n", type=int, default=2000, help="articles per run")
    parser.add_argument("--repeat", type=int, default=3, help="runs per line")
    parser.add_argument(
        "--pace", type=float, default=0.0, help="paced: articles/s (default: half of single)"
    )
    parser.add_argument("--feeds", type=int, default=100, help="generated feeds (feeds, reader)")
    parser.add_argument("--entries", type=int, default=50, help="entries per feed")
    parser.add_argument("--concurrency", type=int, default=2, help="worker processes")
    parser.add_argument("--warmup", type=float, default=30.0, help="most seconds for start-up")
    parser.add_argument("--timeout", type=float, default=600.0)
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/0")
    parser.add_argument("--pg-admin", default="postgresql+psycopg://postgres@127.0.0.1:5432/test")
    args = parser.parse_args()
    paths = [p.strip() for p in args.paths.split(",") if p.strip()]
    if unknown := set(paths) - set(PATHS):
        parser.error(f"unknown paths {sorted(unknown)}; known: {', '.join(PATHS)}")
    runs: dict[str, list[Run]] = {p: [] for p in paths}
    paces: list[float] = []
    for rep in range(args.repeat):  # interleaved: a noisy minute hits every line alike
        for path in paths:
            if path in FEED_PATHS:
                run = run_feeds(path, args)[0]
            elif path == "paced":  # half the single line's median so far in this run
                single = [r.rate for r in runs.get("single", [])]
                pace = args.pace or (statistics.median(single) / 2 if single else 100.0)
                run = run_once(path, args.n, args, pace=pace)
                paces.append(pace)
            else:
                run = run_once(path, args.n, args)
            runs[path].append(run)
            print(f"# run {rep + 1} {path}: {run.rate:,.0f}/s", file=sys.stderr, flush=True)
    naive = statistics.median(r.rate for r in runs["naive"]) if "naive" in runs else None
    reader = statistics.median(r.rate for r in runs["reader"]) if "reader" in runs else None
    print(
        f"{args.n} articles of ~3 KB per run (feeds, reader: {args.feeds} local feeds x "
        f"{args.entries} entries), PostgreSQL, Redis, {args.concurrency} worker processes, "
        f"producer on the same machine; median (min-max) of {args.repeat} runs"
    )
    header = ("path", "items/s", "worker CPU ms/item", "of which main", "DB CPU ms/item",
              "x naive", "x reader", "p50 ms", "p99 ms", "peak RSS MiB", "PSS MiB",
              "reproduce")  # fmt: skip
    print(" | ".join(header))
    print(" | ".join("---" for _ in header))
    for path in paths:
        rs = runs[path]
        ratio = _fmt([r.rate / naive for r in rs], ".1f") if naive else "-"
        to_reader = (
            _fmt([r.rate / reader for r in rs], ".2f") if reader and path in FEED_PATHS else "-"
        )
        size = f"--feeds {args.feeds} --entries {args.entries}" if path in FEED_PATHS else ""
        size = size or f"--n {args.n}"
        if path == "paced" and paces:
            size += f" --pace {statistics.median(paces):.0f}"
        line = (
            path,
            _fmt([r.rate for r in rs], ",.0f"),
            _fmt([r.worker_ms for r in rs], ".2f"),
            _fmt([r.main_ms for r in rs], ".2f"),
            _fmt([r.db_ms for r in rs], ".2f"),
            ratio,
            to_reader,
            _fmt([r.p50 for r in rs], ",.0f"),
            _fmt([r.p99 for r in rs], ",.0f"),
            _fmt([r.rss_mib for r in rs], ".0f"),
            _fmt([r.pss_mib for r in rs], ".0f"),
            f"`python bench/ingest.py --paths {path} {size} --repeat {args.repeat}`",
        )
        print(" | ".join(line))


if __name__ == "__main__":
    main()
