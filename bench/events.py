"""Event publisher throughput: outbox rows -> Redis Stream, events/s.

Stores N generated articles (not timed; each writes one article.created event to the outbox),
then times the publisher draining the outbox to a fresh stream. Prints the command.

    python bench/events.py --n 5000 --db sqlite
"""

from __future__ import annotations

import argparse
import shlex
import sys
import tempfile
import time
import uuid
from pathlib import Path

import redis

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.ingest import _pg_database, article  # noqa: E402
from worker.db.migrate import upgrade  # noqa: E402
from worker.db.session import get_sessionmaker  # noqa: E402
from worker.events import publish_pending  # noqa: E402
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
    for start in range(0, args.n, 200):
        items = [Item(article(i, rng)) for i in range(start, min(args.n, start + 200))]
        ingest(items, sessions=sessions, taxonomy=taxonomy, max_bytes=10**7)
    client = redis.Redis.from_url(args.redis)
    stream = f"nwbench:events:{uuid.uuid4().hex[:8]}"
    try:
        started = time.perf_counter()
        n = publish_pending(sessions, client, stream=stream, maxlen=args.n * 2, batch=args.batch)
        elapsed = time.perf_counter() - started
        size = client.memory_usage(stream) or 0
    finally:
        client.delete(stream)
    print(f"database       {args.db}")
    print(f"events         {n} (about {size / max(n, 1) / 1024:.1f} KiB each on the stream)")
    print(f"publisher      {n / elapsed:,.0f} events/s ({elapsed:.2f} s, {args.batch} per batch)")
    print(f"reproduce      python bench/events.py {shlex.join(sys.argv[1:])}".rstrip())


if __name__ == "__main__":
    main()
