"""lemon24/reader on the benchmark's feeds: add every feed, update them all, count entries.

Run by bench/ingest.py with the interpreter of a virtualenv of its own that holds
``reader==3.26`` and ``sgmllib3k`` (reader parses and stores only: no tagging, clustering
or events). Prints one JSON line: entries stored, seconds taken (adding and updating the
feeds), CPU seconds and peak RSS of the process.

    python bench/reader_feeds.py DB_PATH FEED_URL...
"""

from __future__ import annotations

import json
import resource
import sys
import time

from reader import make_reader  # type: ignore[import-not-found]


def main() -> None:
    db, urls = sys.argv[1], sys.argv[2:]
    reader = make_reader(db)
    started = time.perf_counter()
    for url in urls:
        reader.add_feed(url)
    reader.update_feeds(workers=2)
    elapsed = time.perf_counter() - started
    entries = reader.get_entry_counts().total
    usage = resource.getrusage(resource.RUSAGE_SELF)
    cpu = usage.ru_utime + usage.ru_stime  # its whole life, start-up included
    print(json.dumps({"entries": entries, "seconds": elapsed, "cpu": cpu,
                      "rss_mib": usage.ru_maxrss / 1024}))  # fmt: skip


if __name__ == "__main__":
    main()
