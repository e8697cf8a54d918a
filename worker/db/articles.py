"""Articles, their tags and their versions: batch statements for the store stage.

Every function takes a batch and issues a fixed number of statements for it, whatever its
size. The caller owns the transaction.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.orm import Session

from worker.db.models import Article, ArticleTag, ArticleVersion
from worker.db.upsert import insert_for

__all__ = [
    "StoredState",
    "add_versions",
    "current_states",
    "insert_articles",
    "replace_tags",
    "update_articles",
]

_TAGS: Table = ArticleTag.__table__  # type: ignore[assignment]
_VERSIONS: Table = ArticleVersion.__table__  # type: ignore[assignment]


class StoredState(NamedTuple):
    """What the store stage needs to know of an article already stored."""

    content_hash: str
    taxonomy_version: str
    pipeline_version: str
    first_seen_at: datetime
    cluster_id: str | None


def current_states(session: Session, ids: Sequence[str]) -> dict[str, StoredState]:
    """The stored state of those ``ids`` that exist, locked for this transaction."""
    stmt = (
        select(
            Article.id,
            Article.content_hash,
            Article.taxonomy_version,
            Article.pipeline_version,
            Article.first_seen_at,
            Article.cluster_id,
        )
        .where(Article.id.in_(ids))
        .with_for_update()
    )
    return {r.id: StoredState(*r[1:]) for r in session.execute(stmt)}


def insert_articles(session: Session, rows: Sequence[Mapping[str, Any]]) -> set[str]:
    """Insert new articles; returns the ids inserted (another writer may have won some)."""
    if not rows:
        return set()
    stmt = insert_for(session, Article).on_conflict_do_nothing(index_elements=["id"])
    return set(session.scalars(stmt.returning(Article.id), list(rows)))


def update_articles(session: Session, rows: Sequence[Mapping[str, Any]]) -> None:
    """Update changed articles by id (``first_seen_at`` is never in ``rows``)."""
    if rows:
        session.execute(update(Article), list(rows))


def replace_tags(
    session: Session, cleared: Sequence[str], rows: Sequence[Mapping[str, Any]]
) -> None:
    """Drop the tags of the ``cleared`` articles, then insert ``rows``."""
    if cleared:
        session.execute(delete(ArticleTag).where(ArticleTag.article_id.in_(list(cleared))))
    if rows:
        # Core executemany, without the ORM's per-row bookkeeping.
        session.execute(insert(_TAGS), list(rows))


def add_versions(session: Session, rows: Sequence[Mapping[str, Any]]) -> None:
    """Record contents an article has had; a content already recorded is left alone."""
    if rows:
        stmt = insert_for(session, _VERSIONS).on_conflict_do_nothing(
            index_elements=["article_id", "content_hash"]
        )
        session.execute(stmt, list(rows))
