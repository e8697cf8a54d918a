"""Every entry a poll finds is accounted for: feedparser's own suite through the poll path.

Each document of the vendored feedparser sdist is served on loopback, registered as a feed
and polled into real SQLite; its fetch record's new + updated + unchanged + dead + skipped
must equal the number of entries feedparser itself finds in it.
"""

from __future__ import annotations

import io
import tarfile
from collections.abc import Iterator
from pathlib import Path

import feedparser
import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from tests.integration.feedserver import FeedServer, Route, feed_server
from worker.db.feeds import add_feed
from worker.db.models import DeadLetterOccurrence, Feed, FetchRecord, utcnow
from worker.db.session import get_sessionmaker, transaction
from worker.http import FetchPolicy
from worker.pipeline.poll import poll_feed
from worker.pipeline.schedule import MAX_INTERVAL
from worker.taxonomy import Taxonomy, load_taxonomy

ARCHIVE = Path(__file__).resolve().parents[1] / "data" / "feedparser-6.0.11.tar.gz"
POLICY = FetchPolicy(allow_private_hosts=frozenset({"127.0.0.1"}), deadline=5.0,
                     read_timeout=3.0)  # fmt: skip


def _documents() -> dict[str, bytes]:
    with tarfile.open(ARCHIVE) as tar:
        members = [
            m for m in tar.getmembers()
            if m.isfile() and "/tests/" in m.name and m.name.endswith((".xml", ".rdf", ".json"))
        ]  # fmt: skip
        return {m.name.split("/tests/", 1)[1]: tar.extractfile(m).read() for m in members}  # type: ignore[union-attr]


@pytest.fixture(scope="module")
def documents() -> dict[str, bytes]:
    return _documents()


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with feed_server() as s:
        yield s


def _poll_all(
    names: list[str], documents: dict[str, bytes], sessions: sessionmaker[Session],
    server: FeedServer, taxonomy: Taxonomy,
) -> tuple[int, int, int, list[str]]:  # fmt: skip
    """Poll each document once; (parsed documents, entries found, entries counted, misses)."""
    parsed_docs = found = counted = 0
    misses: list[str] = []
    for n, name in enumerate(names):
        path = f"/{n}.xml"
        server.routes[path] = Route(documents[name])
        with transaction(sessions) as s:
            feed, _ = add_feed(s, server.url(path), now=utcnow())
            feed_id = feed.id
        outcome = poll_feed(feed_id, sessions=sessions, taxonomy=taxonomy, policy=POLICY,
                            max_bytes=10**7)  # fmt: skip
        expected = len(feedparser.parse(io.BytesIO(documents[name])).entries)
        with sessions() as s:
            record = s.scalars(select(FetchRecord).where(FetchRecord.feed_id == feed_id)).one()
        assert record.outcome != "started", name
        if record.outcome != "parsed":
            assert record.entries == 0, name
            if expected:
                misses.append(f"{name}: {record.outcome} {record.error}")
            continue
        parsed_docs += 1
        found += expected
        total = record.new + record.updated + record.unchanged + record.dead + record.skipped
        counted += total
        if (total, record.entries, outcome.entries) != (expected,) * 3:
            misses.append(f"{name}: feedparser {expected}, record {record.entries}/{total}")
        assert record.skipped == sum((record.skip_reasons or {}).values()), name
    return parsed_docs, found, counted, misses


def _poll_one(
    name: str, documents: dict[str, bytes], sqlite_url: str, server: FeedServer
) -> tuple[FetchRecord, Feed]:
    sessions = get_sessionmaker(sqlite_url)
    _poll_all([name], documents, sessions, server, load_taxonomy())
    with sessions() as s:
        return s.scalars(select(FetchRecord)).one(), s.scalars(select(Feed)).one()


def _sample(documents: dict[str, bytes]) -> list[str]:
    named = [n for n in documents if n.startswith(("wellformed/cdf/", "wellformed/node_prec"))]
    return sorted(set(named) | set(sorted(documents)[::20]))


def test_a_sample_of_feedparsers_suite_counts_every_entry(
    documents: dict[str, bytes], sqlite_url: str, server: FeedServer
) -> None:
    names = _sample(documents)
    docs, found, counted, misses = _poll_all(
        names, documents, get_sessionmaker(sqlite_url), server, load_taxonomy()
    )
    assert not misses, misses
    assert found == counted, (docs, found, counted)
    assert docs > 100, docs
    assert found > 60, found


def test_node_precedence_entries_without_text_are_counted_as_skipped(
    documents: dict[str, bytes], sqlite_url: str, server: FeedServer
) -> None:
    record, _ = _poll_one("wellformed/node_precedence/atom10_id.xml", documents, sqlite_url,
                          server)  # fmt: skip
    assert (record.entries, record.skipped) == (2, 2)
    assert record.skip_reasons == {"empty": 2}


def test_cdf_documents_are_feeds(
    documents: dict[str, bytes], sqlite_url: str, server: FeedServer
) -> None:
    names = sorted(n for n in documents if n.startswith("wellformed/cdf/"))
    names.append("wellformed/rss/rss_version_090.xml")
    sessions = get_sessionmaker(sqlite_url)
    docs, found, counted, misses = _poll_all(names, documents, sessions, server, load_taxonomy())
    assert (docs, misses) == (len(names), [])
    assert found == counted == 7


@pytest.mark.slow  # about 15 s: 2,242 polls
def test_all_of_feedparsers_suite_counts_every_entry(
    documents: dict[str, bytes], sqlite_url: str, server: FeedServer
) -> None:
    sessions = get_sessionmaker(sqlite_url)
    docs, found, counted, misses = _poll_all(
        sorted(documents), documents, sessions, server, load_taxonomy()
    )
    print(f"feedparser suite: {len(documents)} documents, {docs} parsed, "
          f"{found} entries found, {counted} counted")  # fmt: skip
    assert not misses, misses[:20]
    assert found == counted
    assert docs > 2000
    with sessions() as s:
        dead = s.scalar(select(func.sum(FetchRecord.dead))) or 0
        occurrences = s.scalar(select(func.count(DeadLetterOccurrence.id))) or 0
        feeds = s.scalar(select(func.count(Feed.id)))
    assert dead == occurrences
    assert feeds == len(documents)


def test_an_archive_whose_newest_entry_is_from_2009_is_polled_daily(
    documents: dict[str, bytes], sqlite_url: str, server: FeedServer
) -> None:
    # 15 entries from 2009, a median 39 minutes apart: their pace alone said "every 39 min".
    name = "wellformed/sanitize/large_atom_feed_that_needs_css_sanitisation.xml"
    record, feed = _poll_one(name, documents, sqlite_url, server)
    assert (record.outcome, record.new) == ("parsed", 15)
    assert feed.interval_seconds == MAX_INTERVAL
