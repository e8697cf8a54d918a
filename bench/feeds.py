"""Feed parse throughput: entries/s through the parse stage (feedparser from bytes), and the
whole of feedparser's own test suite as a robustness/throughput figure.

    python bench/feeds.py --entries 50 --rounds 40
"""

from __future__ import annotations

import argparse
import shlex
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from worker.errors import PermanentError  # noqa: E402
from worker.pipeline.feed import parse_feed  # noqa: E402

ITEM = (
    "<item><guid>g{i}</guid><title>Title {i} about China and Russia</title>"
    "<link>https://news.example/{i}</link><description>&lt;p&gt;{body}&lt;/p&gt;</description>"
    "<pubDate>Thu, 08 May 2025 10:00:00 GMT</pubDate></item>"
)
BODY = "La Chine et la Russie ont signé un accord commercial important. " * 6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=50, help="entries per feed")
    parser.add_argument("--rounds", type=int, default=40, help="feeds parsed")
    args = parser.parse_args()
    items = "".join(ITEM.format(i=i, body=BODY) for i in range(args.entries))
    rss = (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>{items}</channel></rss>'
    )
    started, parsed = time.perf_counter(), 0
    for _ in range(args.rounds):
        parsed += len(parse_feed(rss.encode()).entries)
    elapsed = time.perf_counter() - started
    print(f"RSS feed       {args.entries} entries of ~400 characters, {args.rounds} rounds")
    print(
        f"parse stage    {parsed / elapsed:,.0f} entries/s ({elapsed / parsed * 1e3:.2f} ms each)"
    )
    with tarfile.open(ROOT / "tests" / "data" / "feedparser-6.0.11.tar.gz") as tar:
        members = [m for m in tar.getmembers() if m.isfile() and "/tests/" in m.name]
        docs = [
            tar.extractfile(m).read()  # type: ignore[union-attr]
            for m in members
            if m.name.endswith((".xml", ".rdf"))
        ]
    started, entries, refused = time.perf_counter(), 0, 0
    for doc in docs:
        try:
            entries += len(parse_feed(doc).entries)
        except PermanentError:
            refused += 1
    elapsed = time.perf_counter() - started
    print(f"feedparser's suite  {len(docs)} documents ({refused} not feeds), {entries} entries, "
          f"{len(docs) / elapsed:,.0f} documents/s")  # fmt: skip
    print(f"reproduce      python bench/feeds.py {shlex.join(sys.argv[1:])}".rstrip())


if __name__ == "__main__":
    main()
