"""The events stream is bounded by what it costs in Redis memory (real Redis, SQLite).

N worst-case events (the seed, which carries every default tag, updated with every tracked
field changed: previous hash and the longest ``changed`` list) go through the real path,
outbox to stream; ``MEMORY USAGE`` of the stream key divided by N must stay under the bound
the README states, so that ``NEWSWORKER_EVENTS_MAXLEN`` events fit in the broker's Redis.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import redis
from sqlalchemy.orm import Session, sessionmaker

from worker.config import Settings
from worker.db.migrate import upgrade
from worker.db.session import get_sessionmaker
from worker.events import publish_pending
from worker.pipeline import Item, ingest
from worker.taxonomy import load_taxonomy

ROOT = Path(__file__).resolve().parents[2]
SEED = (ROOT / "seeds" / "000_f2ff33e2eff4ce5e.txt").read_text(encoding="utf-8")
N = 500
#: The bound the README states for an event without the article (default taxonomy): 1.25 KiB.
BYTES_PER_EVENT = 1280


def _compose_maxmemory() -> int:
    """compose's Redis ``--maxmemory`` default (docker-compose.yml), in bytes."""
    found = re.search(r"REDIS_MAXMEMORY:-(\d+)(mb|gb)", (ROOT / "docker-compose.yml").read_text())
    assert found, "docker-compose.yml: no --maxmemory default for redis"
    return int(found[1]) * 1024 ** (3 if found[2] == "gb" else 2)


@pytest.fixture
def sessions(tmp_path: Path) -> sessionmaker[Session]:
    url = f"sqlite:///{tmp_path / 'events.db'}"
    upgrade(url)
    return get_sessionmaker(url)


@pytest.fixture
def client(redis_url: str) -> Iterator[redis.Redis]:
    r = redis.Redis.from_url(redis_url)
    keys: list[str] = []
    r.test_keys = keys  # type: ignore[attr-defined]
    yield r
    if keys:
        r.delete(*keys)
    r.close()


def _key(client: redis.Redis) -> str:
    key = f"nwtest:events-memory:{uuid.uuid4().hex[:10]}"
    client.test_keys.append(key)  # type: ignore[attr-defined]
    return key


def _article(i: int, version: int) -> dict[str, Any]:
    """The seed as a wire story, then revised: every tracked field different."""
    text = SEED if version == 1 else SEED.replace("ce jeudi", "jeudi soir") + " Mise à jour."
    return {
        "text": text,
        "title": f"Poutine et Xi, dépêche {i}" + (" (mise à jour)" if version > 1 else ""),
        "url": f"https://news.example.org/2025/05/08/poutine-xi-{i}" + ("-v2" * (version > 1)),
        "guid": f"wire-{i}",
        "source": "wire",
        "published": "2025-05-08" if version == 1 else "2025-05-08T18:30Z",
    }


def _worst_case_stream(
    sessions: sessionmaker[Session], client: redis.Redis, full_article: bool
) -> tuple[str, int]:
    taxonomy = load_taxonomy()
    for version in (1, 2):
        for start in range(0, N, 100):
            items = [Item(_article(i, version)) for i in range(start, start + 100)]
            ingest(items, sessions=sessions, taxonomy=taxonomy, max_bytes=10**7)
        # the created events go elsewhere: the stream measured holds only the updates
        key = _key(client)
        published = publish_pending(
            sessions, client, stream=key, maxlen=10 * N, full_article=full_article
        )
        assert published == N
    return key, N


def _bytes_per_event(client: redis.Redis, key: str, n: int) -> float:
    entries: Any = client.xinfo_stream(key)
    assert entries["length"] == n
    usage = client.memory_usage(key, samples=0)  # every node counted, not a sample
    assert usage is not None
    return float(usage) / n


def test_an_event_without_the_article_stays_under_the_stated_bound(
    sessions: sessionmaker[Session], client: redis.Redis
) -> None:
    key, n = _worst_case_stream(sessions, client, full_article=False)
    last: Any = client.xrevrange(key, count=1)
    assert b'"changed":["title","text","url","canonical_url","published_at"' in last[0][1][b"event"]
    per_event = _bytes_per_event(client, key, n)
    print(f"\nslim events: {per_event:.0f} bytes per event in Redis (MEMORY USAGE / {n})")
    assert per_event < BYTES_PER_EVENT
    maxlen = Settings.model_fields["events_maxlen"].default
    # approximate trimming keeps up to one more node of entries (100) beyond MAXLEN
    # a quarter of compose's Redis at most: the queue and the unacked messages need the rest
    assert (maxlen + 100) * BYTES_PER_EVENT < _compose_maxmemory() / 4


def test_the_full_article_costs_kilobytes_per_event(
    sessions: sessionmaker[Session], client: redis.Redis
) -> None:
    key, n = _worst_case_stream(sessions, client, full_article=True)
    per_event = _bytes_per_event(client, key, n)
    print(f"\nfull-article events: {per_event:.0f} bytes per event in Redis")
    # the seed's 2 KB of text comes back with its evidence spans and every field
    assert per_event > 4 * BYTES_PER_EVENT
