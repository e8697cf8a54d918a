"""The parse stage over every feed document of feedparser's own test suite (2,000+ files,
ill-formed ones included): no crash, no hang, and a recorded outcome for each."""

from __future__ import annotations

import tarfile
import time
from collections import Counter
from pathlib import Path

from worker.errors import PermanentError
from worker.pipeline.feed import parse_feed

ARCHIVE = Path(__file__).resolve().parents[1] / "data" / "feedparser-6.0.11.tar.gz"


def test_every_feed_in_feedparsers_suite_gets_an_outcome_quickly(tmp_path: Path) -> None:
    with tarfile.open(ARCHIVE) as tar:
        members = [
            m for m in tar.getmembers()
            if m.isfile() and "/tests/" in m.name and m.name.endswith((".xml", ".rdf", ".json"))
        ]  # fmt: skip
        documents = {m.name: tar.extractfile(m).read() for m in members}  # type: ignore[union-attr]
    assert len(documents) > 2000
    outcomes: Counter[str] = Counter()
    slowest = 0.0
    for name, data in documents.items():
        started = time.perf_counter()
        try:
            feed = parse_feed(data)
        except PermanentError as e:
            outcomes[e.reason] += 1
        else:
            outcomes["parsed" if feed.bozo_harmless else "parsed-with-errors"] += 1
            for entry in feed.entries:  # entries are valid submissions: http(s) links only
                assert str(entry.get("url", "https://")).startswith(("http://", "https://"))
        slowest = max(slowest, time.perf_counter() - started)
        assert slowest < 5, f"{name} took {slowest:.1f}s to parse"
    assert sum(outcomes.values()) == len(documents)
    assert outcomes["parsed"] > 1500, outcomes
    assert outcomes["not-a-feed"] > 0, outcomes  # the suite holds non-feeds on purpose
