"""``articles --query`` is full-text search on both databases (revision 0009): case and
accents aside, every word required, best match first, kept in step with every write."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import delete, select, text, update
from sqlalchemy.orm import Session, sessionmaker

from worker.db.migrate import migrate
from worker.db.models import Article
from worker.db.queries import TS_CONFIGS, ArticleFilter, iter_articles
from worker.db.session import get_engine, get_sessionmaker, transaction
from worker.pipeline import Item, ingest
from worker.taxonomy import load_taxonomy

ARTICLES = {
    "zoelle": ("Neue Zölle auf Stahl", "Die Regierung kündigte neue Zölle auf Stahl und "
               "Aluminium an. Die Zölle treten im Juni in Kraft.", "de"),
    "summit": ("Putin and Xi meet in Beijing", "Vladimir Putin and Xi Jinping discussed "
               "trade, energy and the war in Ukraine.", "en"),
    "putin": ("A speech in Moscow", "Putin spoke about the economy; Xi was not mentioned "
              "by name, only China.", "en"),
    "kremlin": ("Le Kremlin répond", "Le porte-parole du Kremlin a évoqué Putin sans "
                "autre détail.", "fr"),
    "zh": ("普京与习近平会谈", "俄罗斯总统普京与中国国家主席习近平在北京举行会谈。", "zh"),
}  # fmt: skip


def _store(sessions: sessionmaker[Session]) -> dict[str, str]:
    """Store every article; returns key -> article id."""
    items = [
        Item({"title": title, "text": body, "language": lang, "guid": key, "source": "t"})
        for key, (title, body, lang) in ARTICLES.items()
    ]
    ingest(items, sessions=sessions, taxonomy=load_taxonomy(), max_bytes=10**6)
    with sessions() as session:
        return {row.guid: row.id for row in session.execute(select(Article.guid, Article.id))}


def _found(sessions: sessionmaker[Session], query: str, ids: dict[str, str]) -> list[str]:
    keys = {v: k for k, v in ids.items()}
    with sessions() as session:
        return [keys[a.id] for a in iter_articles(session, ArticleFilter(text=query))]


def test_words_match_whatever_their_case_and_accents(sessions: sessionmaker[Session]) -> None:
    ids = _store(sessions)
    for query in ("zolle", "Zölle", "ZOLLE", "zölle stahl"):
        assert _found(sessions, query, ids) == ["zoelle"], query
    assert _found(sessions, "kremlin repond", ids) == ["kremlin"]


def test_several_words_are_all_required_and_the_best_match_comes_first(
    sessions: sessionmaker[Session],
) -> None:
    ids = _store(sessions)
    # Both words in the title and the text ranks above both words in the text only;
    # the French article names Putin but not Xi.
    assert _found(sessions, "Putin Xi", ids) == ["summit", "putin"]
    assert set(_found(sessions, "putin", ids)) == {"summit", "putin", "kremlin"}
    assert _found(sessions, "Putin Xi Kremlin", ids) == []


def test_cjk_words_match_inside_unspaced_text(sessions: sessionmaker[Session]) -> None:
    ids = _store(sessions)
    assert _found(sessions, "习近平", ids) == ["zh"]
    assert _found(sessions, "习近平 北京", ids) == ["zh"]
    assert _found(sessions, "习近平 东京", ids) == []


def test_the_index_follows_updates_and_deletes(sessions: sessionmaker[Session]) -> None:
    ids = _store(sessions)
    with transaction(sessions) as session:
        session.execute(
            update(Article).where(Article.id == ids["zoelle"]).values(text="Subventionen.")
        )
        session.execute(delete(Article).where(Article.id == ids["summit"]))
    assert _found(sessions, "aluminium", ids) == []
    assert _found(sessions, "subventionen", ids) == ["zoelle"]
    assert _found(sessions, "zolle", ids) == ["zoelle"]  # still in the title
    assert _found(sessions, "Putin Xi", ids) == ["putin"]


def test_a_query_of_punctuation_only_finds_nothing(sessions: sessionmaker[Session]) -> None:
    ids = _store(sessions)
    assert _found(sessions, "?!", ids) == []


def test_articles_stored_before_the_migration_are_indexed_by_it(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'before.db'}"
    migrate(url)
    sessions = get_sessionmaker(url)
    ids = _store(sessions)
    with transaction(sessions) as session:  # a gap in the rowids, which a table rebuild closes
        session.execute(delete(Article).where(Article.id == ids["summit"]))
    # Back to before the index existed (the models are newer than 0008), then up again.
    migrate(url, "0008")
    migrate(url)
    assert _found(sessions, "zolle", ids) == ["zoelle"]
    assert _found(sessions, "Putin Xi", ids) == ["putin"]
    # The external-content index agrees with the articles row for row: a later migration
    # that rebuilds the articles table on SQLite (new rowids) must rebuild the index too.
    with get_engine(url).begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)"
        )


@pytest.mark.postgres
def test_every_language_config_of_the_migration_is_queried(pg_url: str) -> None:
    with get_engine(pg_url).connect() as conn:
        langs = ["ar", "da", "de", "en", "es", "fi", "fr", "it", "nl", "pt", "ru", "sv",
                 "zh", "ja", "uk", "pl", None, "de-AT"]  # fmt: skip
        used = {
            conn.execute(text("SELECT newsworker_ts_config(:l)::text"), {"l": lang}).scalar()
            for lang in langs
        }
    assert used == set(TS_CONFIGS)
