"""Ingestion throughput: N ~3 KB articles of real news text through Redis and a real worker.

Prints articles/s end to end (first send to last row stored) and the command that
reproduced the figure. A benchmark, not a test: it asserts nothing but that all arrived.

    python bench/ingest.py --n 2000 --batch 50 --db sqlite
    python bench/ingest.py --n 2000 --batch 1 --db postgresql
"""

from __future__ import annotations

import argparse
import atexit
import json
import os
import random
import shlex
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from functools import lru_cache
from pathlib import Path

import redis
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

    def drop() -> None:
        for cached in list(_engines.values()):
            cached.dispose()
        with engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))

    atexit.register(drop)
    return admin.rsplit("/", 1)[0] + f"/{name}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000, help="articles to ingest")
    parser.add_argument("--batch", type=int, default=50, help="articles per task (1: one each)")
    parser.add_argument("--db", choices=["sqlite", "postgresql"], default="sqlite")
    parser.add_argument("--concurrency", type=int, default=2, help="worker processes")
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/0")
    parser.add_argument("--pg-admin", default="postgresql+psycopg://postgres@127.0.0.1:5432/test")
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="nwbench-"))
    db_url = f"sqlite:///{tmp / 'bench.db'}" if args.db == "sqlite" else _pg_database(args.pg_admin)
    upgrade(db_url)
    queue = f"nwbench-{uuid.uuid4().hex[:8]}"
    env = {
        **os.environ,
        "NEWSWORKER_BROKER_URL": args.redis,
        "NEWSWORKER_DATABASE_URL": db_url,
        "NEWSWORKER_QUEUE": queue,
        "NEWSWORKER_DATA_DIR": str(tmp),
        "NEWSWORKER_LOG_LEVEL": "WARNING",
        "PYTHONPATH": str(ROOT),
    }
    log = (tmp / "worker.log").open("wb")
    worker = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "worker",
            "worker",
            f"--concurrency={args.concurrency}",
            "--loglevel=WARNING",
        ],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    producer = make_celery(Settings(broker_url=args.redis, database_url=db_url, queue=queue))
    rng = random.Random(7)
    payloads = [article(i, rng) for i in range(args.n)]
    engine = get_engine(db_url)

    def stored() -> int:
        with engine.connect() as conn:
            return int(conn.scalar(select(func.count()).select_from(Article)) or 0)

    try:
        time.sleep(3)  # let the worker start; its start-up is not what is measured
        started = time.perf_counter()
        for i in range(0, args.n, args.batch):
            chunk = payloads[i : i + args.batch]
            if args.batch == 1:
                producer.send_task("newsworker.ingest_article", args=[chunk[0]])
            else:
                producer.send_task("newsworker.ingest_articles", args=[chunk])
        sent = time.perf_counter() - started
        while (count := stored()) < args.n:
            if time.perf_counter() - started > 600:
                raise SystemExit(f"only {count}/{args.n} stored after 600 s; see {log.name}")
            time.sleep(0.05)
        elapsed = time.perf_counter() - started
    finally:
        os.killpg(worker.pid, signal.SIGTERM)
        worker.wait(timeout=60)
        producer.close()
        redis.Redis.from_url(args.redis).delete(queue)
        engine.dispose()
    print(f"database       {args.db}")
    print(f"articles       {args.n} (about 3 KB each), {args.batch} per task")
    print(f"worker         {args.concurrency} prefork processes, Redis broker")
    print(f"producer       {args.n / sent:,.0f} articles/s enqueued ({sent:.2f} s)")
    print(f"end to end     {args.n / elapsed:,.0f} articles/s ({elapsed:.2f} s)")
    print(f"reproduce      python bench/ingest.py {shlex.join(sys.argv[1:])}".rstrip())


if __name__ == "__main__":
    main()
