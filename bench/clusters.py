"""Clustering cost as the database grows: 100K articles of repeating stories, PostgreSQL.

Each article retells one of ``--stories`` stories (real news text from tests/eval/corpus.jsonl)
with a few sentences dropped and a line of its own, so that it is a near duplicate of every
earlier telling and joins that story's cluster: by the end each story has ``n / stories``
members. Articles go through the real pipeline (``worker.pipeline.ingest``: prepare, store,
cluster, outbox) in batches of 50, in this process, on a fresh PostgreSQL database.

It prints, per tenth of the run, this process's CPU ms per article and the database
backend's (from /proc), the candidates the clustering stage compared, and the ratio of the
last tenth to the first: bounded clustering keeps it near 1 (the issue's bound is 1.2).

A benchmark, not a test: it asserts nothing.

    python bench/clusters.py                    # 100,000 articles, 300 stories
    python bench/clusters.py --n 20000 --stories 100
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shlex
import sys
import time
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, func, select, text

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.ingest import _cpu_seconds  # noqa: E402
from worker.config import Settings  # noqa: E402
from worker.db.migrate import upgrade  # noqa: E402
from worker.db.models import Article  # noqa: E402
from worker.deps import Deps  # noqa: E402
from worker.minhash import words  # noqa: E402
from worker.pipeline import Item, ingest  # noqa: E402
from worker.pipeline import cluster as cluster_stage  # noqa: E402

_SENTENCE = re.compile(r"(?<=[.!?\u3002\uff01\uff1f])\s*")
CORPUS = ROOT / "tests" / "eval" / "corpus.jsonl"
BATCH = 50


def stories(count: int) -> list[list[str]]:
    """Up to ``count`` distinct long texts of the corpus (100 words or more), as sentences."""
    texts = [json.loads(line)["text"] for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    long = sorted({t for t in texts if len(words(t)) >= 100}, key=len, reverse=True)[:count]
    return [[f"Story {i} of the benchmark.", *_SENTENCE.split(t)] for i, t in enumerate(long)]


def others(count: int) -> list[str]:
    """Texts of the corpus too short to be stories (40 to 99 words): the warm-up."""
    texts = [json.loads(line)["text"] for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    return sorted({t for t in texts if 40 <= len(words(t)) < 100})[:count]


def telling(story: list[str], i: int, rng: random.Random) -> str:
    """One article retelling ``story``: most sentences kept, two dropped, a line of its own."""
    keep = list(story)
    for _ in range(min(2, len(keep) - 8)):
        keep.pop(rng.randrange(1, len(keep)))
    return f"{keep[0]} Report {i} from the wire. " + " ".join(keep[1:])


def _backend_cpu(engine: Any, database: str) -> float:
    """CPU seconds of the PostgreSQL backends connected to ``database`` (from /proc)."""
    with engine.connect() as conn:
        pids = list(conn.scalars(text(
            "SELECT pid FROM pg_stat_activity WHERE datname = :d AND pid <> pg_backend_pid()"
        ), {"d": database}))  # fmt: skip
    return _cpu_seconds(pids)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000, help="articles")
    parser.add_argument("--stories", type=int, default=300, help="distinct stories (at most 346)")
    parser.add_argument("--pg-admin", default="postgresql+psycopg://postgres@127.0.0.1:5432/test")
    args = parser.parse_args()
    name = f"newsworker_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(args.pg_admin, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = args.pg_admin.rsplit("/", 1)[0] + f"/{name}"
    compared = [0]
    best = cluster_stage._Pool.best

    def counting(pool: cluster_stage._Pool, s: object, threshold: float) -> str | None:
        found = {i for key in s.bands for i in pool._by_band.get(key, ())}  # type: ignore[attr-defined]
        compared[0] += len(found)
        return best(pool, s, threshold)  # type: ignore[arg-type]

    cluster_stage._Pool.best = counting  # type: ignore[method-assign]
    try:
        upgrade(url)
        settings = Settings(database_url=url, broker_url="redis://127.0.0.1:6379/0")
        deps = Deps.build(settings, lambda *a, **k: None)
        rng = random.Random(11)
        told = stories(args.stories)
        tenth = max(BATCH, args.n // 10 // BATCH * BATCH)
        # Warm up (language model, taxonomy, connections) on texts of no story: not measured.
        warm = [Item({"text": t, "guid": f"warm-{i}"}) for i, t in enumerate(others(BATCH))]
        run = {
            "sessions": deps.sessions,
            "taxonomy": deps.taxonomy,
            "max_bytes": settings.max_article_bytes,
            "task_name": "bench.clusters",
            "fetch_page": deps.fetch_page,
            "cluster_threshold": settings.cluster_threshold,
        }
        ingest(warm, task_id="warm", **run)  # fmt: skip
        rows: list[tuple[int, float, float, float, float]] = []
        cpu0, db0 = time.process_time(), _backend_cpu(admin, name)
        seen0, wall0 = compared[0], time.perf_counter()
        for begin in range(0, args.n, BATCH):
            items = [
                Item({"text": telling(told[i % len(told)], i, rng), "source": "bench",
                      "guid": f"clusters-{i}"})
                for i in range(begin, min(args.n, begin + BATCH))
            ]  # fmt: skip
            ingest(items, task_id=str(begin), **run)
            done = begin + len(items)
            if done % tenth == 0 or done == args.n:
                cpu, db = time.process_time(), _backend_cpu(admin, name)
                count = done - (rows[-1][0] if rows else 0)
                cand = (compared[0] - seen0) / count
                rows.append((done, (cpu - cpu0) / count * 1000, (db - db0) / count * 1000, cand,
                             time.perf_counter() - wall0))  # fmt: skip
                cpu0, db0, seen0, wall0 = cpu, db, compared[0], time.perf_counter()
                print(f"# {done:,} stored", file=sys.stderr, flush=True)
        engine = deps.sessions.kw["bind"]
        with engine.connect() as conn:
            stored = conn.scalar(select(func.count()).select_from(Article))
            clusters = conn.scalar(select(func.count(func.distinct(Article.cluster_id))))
            size = conn.scalar(text("SELECT pg_size_pretty(pg_database_size(current_database()))"))
        print(f"{stored:,} articles, {clusters:,} clusters ({len(told):,} stories), "
              f"database {size}; batches of {BATCH}, one process, PostgreSQL")  # fmt: skip
        print("articles stored | worker CPU ms/article | DB CPU ms/article | "
              "candidates compared/article | seconds")  # fmt: skip
        print("--- | --- | --- | --- | ---")
        for done, cpu_ms, db_ms, cand, secs in rows:
            print(f"{done:,} | {cpu_ms:.2f} | {db_ms:.2f} | {cand:.1f} | {secs:.1f}")
        first, last = rows[0], rows[-1]
        print(f"last tenth / first tenth: worker CPU x{last[1] / first[1]:.2f}, "
              f"worker + DB CPU x{(last[1] + last[2]) / (first[1] + first[2]):.2f}")  # fmt: skip
        print(f"reproduce: python bench/clusters.py {shlex.join(sys.argv[1:])}".rstrip())
    finally:
        cluster_stage._Pool.best = best  # type: ignore[method-assign]
        from worker.db.session import _engines

        for engine in list(_engines.values()):
            engine.dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


if __name__ == "__main__":
    main()
