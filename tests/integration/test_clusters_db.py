"""Story clusters in the database: assign_clusters on stored articles (SQLite and PostgreSQL).

The texts are real: a Reuters story and its reissue eight minutes later with one paragraph
added, a different Reuters story on the same subject, and two captures of one SCMP page
(tests/eval/clusters.jsonl; provenance in tests/eval/SOURCES.md).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import column, event, select, table
from sqlalchemy.orm import Session, sessionmaker

from worker.db.clusters import ArticleBand, ArticleSignature
from worker.db.session import transaction
from worker.minhash import DEFAULT_THRESHOLD, bands, matches, pack, signature, similarity
from worker.pipeline import Item, ingest
from worker.pipeline.cluster import assign_clusters
from worker.taxonomy import load_taxonomy

PAIRS = {
    p["id"]: p
    for p in map(
        json.loads,
        (Path(__file__).resolve().parents[1] / "eval" / "clusters.jsonl")
        .read_text(encoding="utf-8")
        .splitlines(),
    )
}


def _first(kind: str, marker: str = "") -> dict[str, Any]:
    return next(p for p in PAIRS.values() if p["kind"] == kind and marker in p["source"])


REISSUE = _first("real-reissue")  # Reuters crude reut-00018 / reut-00019
RECAPTURE = _first("real-recapture", "scmp.com")  # one SCMP page captured twice
OTHER = _first("real-same-topic", "crude/reut-00011.xml")  # another OPEC story
ARTICLES = table("articles", column("id"), column("text"), column("cluster_id"))


def _ingest(sessions: sessionmaker[Session], **texts: str) -> dict[str, str]:
    """Store one article per keyword (its guid); returns {guid: article id}."""
    results = ingest(
        [Item({"text": t, "guid": g, "source": "wire"}) for g, t in texts.items()],
        sessions=sessions, taxonomy=load_taxonomy(), max_bytes=10**7,
    )  # fmt: skip
    assert all(r.article_id for r in results), results
    return {g: r.article_id for g, r in zip(texts, results, strict=True) if r.article_id}


def _assign(sessions: sessionmaker[Session], *aids: str) -> dict[str, str]:
    """Cluster stored articles from their stored text, in one transaction."""
    with transaction(sessions) as session:
        rows = session.execute(
            select(ARTICLES.c.id, ARTICLES.c.text).where(ARTICLES.c.id.in_(aids))
        )
        stored = {r.id: r.text for r in rows}
        return assign_clusters(session, [(a, stored[a]) for a in aids], DEFAULT_THRESHOLD)


def _clusters(sessions: sessionmaker[Session]) -> dict[str, str | None]:
    with sessions() as session:
        rows = session.execute(select(ARTICLES.c.id, ARTICLES.c.cluster_id))
        return {r.id: r.cluster_id for r in rows}


def _stored_bands(sessions: sessionmaker[Session], aid: str) -> list[tuple[int, str]]:
    with sessions() as session:
        rows = session.execute(
            select(ArticleBand.band, ArticleBand.hash)
            .where(ArticleBand.article_id == aid)
            .order_by(ArticleBand.band)
        )
        return [(r.band, r.hash) for r in rows]


@contextmanager
def _writes(sessions: sessionmaker[Session]) -> Iterator[list[str]]:
    """The INSERT, UPDATE and DELETE statements run on the engine meanwhile."""
    engine = sessions.kw["bind"]
    seen: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        if statement.lstrip().split(None, 1)[0].upper() in ("INSERT", "UPDATE", "DELETE"):
            seen.append(statement)

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", record)


def test_republished_copies_share_a_cluster_and_a_different_story_does_not(
    sessions: sessionmaker[Session],
) -> None:
    ids = _ingest(sessions, first=REISSUE["a"], other=OTHER["a"])
    first = _assign(sessions, ids["first"], ids["other"])
    assert first == {ids["first"]: ids["first"], ids["other"]: ids["other"]}
    # Later batches find the earlier articles through their stored bands.
    ids |= _ingest(sessions, reissue=REISSUE["b"], page=RECAPTURE["a"])
    ids |= _ingest(sessions, capture=RECAPTURE["b"])
    assert _assign(sessions, ids["reissue"], ids["page"]) == {
        ids["reissue"]: ids["first"],
        ids["page"]: ids["page"],
    }
    assert _assign(sessions, ids["capture"]) == {ids["capture"]: ids["page"]}
    clusters = _clusters(sessions)
    assert clusters[ids["first"]] == clusters[ids["reissue"]] == ids["first"]
    assert clusters[ids["page"]] == clusters[ids["capture"]] == ids["page"]
    assert clusters[ids["other"]] == ids["other"]
    assert _stored_bands(sessions, ids["reissue"]) == bands(signature(REISSUE["b"]))


def test_an_earlier_article_of_the_same_batch_is_a_candidate(
    sessions: sessionmaker[Session],
) -> None:
    ids = _ingest(sessions, one=RECAPTURE["a"], other=OTHER["a"], two=RECAPTURE["b"])
    result = _assign(sessions, ids["one"], ids["other"], ids["two"])
    assert result == {ids["one"]: ids["one"], ids["other"]: ids["other"], ids["two"]: ids["one"]}
    assert _clusters(sessions)[ids["two"]] == ids["one"]


def test_running_it_again_changes_nothing(sessions: sessionmaker[Session]) -> None:
    ids = _ingest(sessions, a=REISSUE["a"], b=REISSUE["b"], c=OTHER["a"], short="Too short.")
    before = _assign(sessions, *ids.values())
    assert before[ids["b"]] == before[ids["a"]] != before[ids["c"]]
    assert before[ids["short"]] == ids["short"]  # too short to sign: a story of its own
    with _writes(sessions) as writes:
        again = _assign(sessions, *reversed(ids.values()))
    assert again == before
    assert writes == []
    assert _clusters(sessions) == before
    with transaction(sessions) as session:
        assert assign_clusters(session, [], DEFAULT_THRESHOLD) == {}


def test_an_updated_article_is_clustered_again_with_new_bands(
    sessions: sessionmaker[Session],
) -> None:
    ids = _ingest(sessions, a=REISSUE["a"], b=OTHER["a"])
    assert _assign(sessions, *ids.values()) == {ids["a"]: ids["a"], ids["b"]: ids["b"]}
    # The same guid now carries the reissued story: an update, re-clustered with it.
    assert _ingest(sessions, b=REISSUE["b"]) == {"b": ids["b"]}
    assert _assign(sessions, ids["b"]) == {ids["b"]: ids["a"]}
    assert _stored_bands(sessions, ids["b"]) == bands(signature(REISSUE["b"]))
    with sessions() as session:
        stored = session.get(ArticleSignature, ids["b"])
        assert stored is not None
        assert stored.signature == pack(signature(REISSUE["b"]))


def test_an_article_leaving_the_cluster_named_after_it_takes_a_new_name(
    sessions: sessionmaker[Session],
) -> None:
    ids = _ingest(sessions, a=REISSUE["a"], b=REISSUE["b"])
    _assign(sessions, ids["a"], ids["b"])
    assert _ingest(sessions, a=RECAPTURE["a"]) == {"a": ids["a"]}
    moved = _assign(sessions, ids["a"])[ids["a"]]
    assert moved not in (ids["a"], ids["b"])
    assert _clusters(sessions)[ids["b"]] == ids["a"]  # b's story keeps its name
    assert _assign(sessions, ids["a"]) == {ids["a"]: moved}  # and a's new name is stable


def test_candidates_sharing_a_band_are_confirmed_on_similarity(
    sessions: sessionmaker[Session],
) -> None:
    # Two different stories carrying the same boilerplate block share a band, but their
    # estimated similarity stays below the threshold: only a lax threshold would merge them.
    pair = next(
        p
        for p in PAIRS.values()
        if p["kind"].startswith("derived-shared-boilerplate")
        and matches(signature(p["a"]), signature(p["b"]), 0.0)
        and similarity(signature(p["a"]), signature(p["b"])) < DEFAULT_THRESHOLD - 0.2
    )
    ids = _ingest(sessions, a=pair["a"], b=pair["b"])  # storing clusters them too
    assert _assign(sessions, ids["a"]) == {ids["a"]: ids["a"]}
    assert _assign(sessions, ids["b"]) == {ids["b"]: ids["b"]}  # candidates, not merged
    assert 0.1 <= similarity(signature(pair["a"]), signature(pair["b"])) < DEFAULT_THRESHOLD
