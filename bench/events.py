"""Event publisher throughput: outbox rows -> Redis Stream, events/s.

Stores N generated articles (not timed; each writes one article.created event to the outbox),
then times the publisher draining the outbox to a fresh stream, and the same events sent
as a worker sends them right after each batch's commit, from the rows the batch wrote
(``publish_written``, batches of 50 as stored). Prints events/s, this process's CPU per event
and, on PostgreSQL, the database's, and the command.

    python bench/events.py --n 5000 --db sqlite
"""

from __future__ import annotations

import argparse
import shlex
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import redis
from sqlalchemy import create_engine, update

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.clusters import _backend_cpu  # noqa: E402
from bench.ingest import _pg_database, article  # noqa: E402
from worker.db.migrate import upgrade  # noqa: E402
from worker.db.models import OutboxEvent  # noqa: E402
from worker.db.session import get_sessionmaker  # noqa: E402
from worker.events import publish_pending, publish_written  # noqa: E402
from worker.pipeline import Item, ingest  # noqa: E402
from worker.taxonomy import load_taxonomy  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=5000, help="events")
    parser.add_argument("--db", choices=["sqlite", "postgresql"], default="sqlite")
    parser.add_argument("--batch", type=int, default=500, help="events per transaction")
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/0")
    parser.add_argument("--pg-admin", default="postgresql+psycopg://postgres@127.0.0.1:5432/test")
    args = parser.parse_args()
    import random

    tmp = Path(tempfile.mkdtemp(prefix="nwbench-"))
    url = f"sqlite:///{tmp / 'bench.db'}" if args.db == "sqlite" else _pg_database(args.pg_admin)
    upgrade(url)
    sessions = get_sessionmaker(url)
    rng = random.Random(7)
    taxonomy = load_taxonomy()
    written = []
    for start in range(0, args.n, 50):
        items = [Item(article(i, rng)) for i in range(start, min(args.n, start + 50))]
        results = ingest(items, sessions=sessions, taxonomy=taxonomy, max_bytes=10**7)
        written.append([r.event for r in results if r.event is not None])
    client = redis.Redis.from_url(args.redis)
    stream = f"nwbench:events:{uuid.uuid4().hex[:8]}"
    database = _database_cpu(url)
    try:
        cpu, db, started = time.process_time(), database(), time.perf_counter()
        n = publish_pending(sessions, client, stream=stream, maxlen=args.n * 2, batch=args.batch)
        drained = (time.perf_counter() - started, time.process_time() - cpu, database() - db)
        size = client.memory_usage(stream) or 0
        with sessions.begin() as session:  # unpublished again, for the same events once more
            session.execute(update(OutboxEvent).values(published_at=None))
        cpu, db, started = time.process_time(), database(), time.perf_counter()
        after = 0
        for rows in written:
            after += publish_written(sessions, client, rows, stream=stream, maxlen=args.n * 2)
        committed = (time.perf_counter() - started, time.process_time() - cpu, database() - db)
    finally:
        client.delete(stream)
    print(f"database       {args.db}")
    print(f"events         {n} (about {size / max(n, 1) / 1024:.1f} KiB each on the stream)")
    for label, count, (elapsed, used, db_used), how in (
        ("publisher", n, drained, f"{args.batch} per batch"),
        ("after commit", after, committed, "the rows of each batch of 50"),
    ):
        cost = f"{used / count * 1000:.3f} ms CPU per event" + (
            f", database {db_used / count * 1000:.3f} ms" if args.db == "postgresql" else ""
        )
        print(f"{label:14s} {count / elapsed:,.0f} events/s ({elapsed:.2f} s, {how}; {cost})")
    print(f"reproduce      python bench/events.py {shlex.join(sys.argv[1:])}".rstrip())


def _database_cpu(url: str) -> Callable[[], float]:
    """CPU seconds of the PostgreSQL backends serving ``url``'s database so far (0 on SQLite)."""
    if not url.startswith("postgresql"):
        return lambda: 0.0
    engine = create_engine(url.rsplit("/", 1)[0] + "/postgres", isolation_level="AUTOCOMMIT")
    return lambda: _backend_cpu(engine, url.rsplit("/", 1)[1])


if __name__ == "__main__":
    main()
