"""Articles, their tags and their versions: batch statements for the store stage.

Every function takes a batch and issues a fixed number of statements for it, whatever its
size. The caller owns the transaction.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, String, Table, any_, bindparam, delete, insert, select, update
from sqlalchemy import cast as sql_cast
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import InstrumentedAttribute, Session

from worker.db.models import Article, ArticleTag, ArticleVersion
from worker.db.upsert import columnar, insert_for, insert_rows

__all__ = [
    "TRACKED_FIELDS",
    "Previous",
    "StoredState",
    "add_versions",
    "among",
    "current_states",
    "insert_articles",
    "previous_states",
    "replace_tags",
    "supersede_versions",
    "update_articles",
    "versions_of",
]

_ARTICLES: Table = Article.__table__  # type: ignore[assignment]
_TAGS: Table = ArticleTag.__table__  # type: ignore[assignment]
_VERSIONS: Table = ArticleVersion.__table__  # type: ignore[assignment]

#: The article columns whose change an ``article.updated`` event names (bookkeeping such as
#: ``updated_at`` or a detector's confidence is left out).
TRACKED_FIELDS = (
    "title", "text", "summary", "url", "canonical_url", "language", "published_at",
    "published_precision", "author", "site_name", "image_url",
)  # fmt: skip


def among(
    session: Session, column: InstrumentedAttribute[Any], values: Sequence[Any], name: str
) -> tuple[ColumnElement[bool], dict[str, Any]]:
    """``column IN values`` as a statement whose text does not depend on how many values.

    PostgreSQL gets ``column = ANY(:name)`` with one array parameter: the same SQL for every
    batch, compiled and parsed once. An ``IN`` list of 50 placeholders is new SQL text for
    each length, and psycopg parses long texts anew at every execution. SQLite keeps ``IN``
    (its own statement cache is keyed on the text, and it has no arrays).
    Returns the condition and the parameters to execute it with.
    """
    if session.get_bind().dialect.name == "postgresql":
        array = sql_cast(bindparam(name), ARRAY(String))
        return column == any_(array), {name: list(values)}
    return column.in_(bindparam(name, expanding=True)), {name: list(values)}


class StoredState(NamedTuple):
    """What the store stage needs to know of an article already stored."""

    content_hash: str
    taxonomy_version: str
    pipeline_version: str
    first_seen_at: datetime
    cluster_id: str | None


def current_states(session: Session, ids: Sequence[str]) -> dict[str, StoredState]:
    """The stored state of those ``ids`` that exist, locked for this transaction."""
    if not ids:
        return {}
    matching, params = among(session, Article.id, ids, "ids")
    stmt = (
        select(
            Article.id,
            Article.content_hash,
            Article.taxonomy_version,
            Article.pipeline_version,
            Article.first_seen_at,
            Article.cluster_id,
        )
        .where(matching)
        .with_for_update()
    )
    return {r.id: StoredState(*r[1:]) for r in session.execute(stmt, params)}


def insert_articles(session: Session, rows: Sequence[Mapping[str, Any]]) -> set[str]:
    """Insert new articles; returns the ids inserted (another writer may have won some)."""
    if not rows:
        return set()
    # Core, not the ORM's bulk insert: no per-row bookkeeping for rows nobody reads back.
    stmt = insert_rows(session, _ARTICLES, rows).on_conflict_do_nothing(index_elements=["id"])
    return set(session.scalars(stmt.returning(_ARTICLES.c.id), columnar(session, rows)))


def update_articles(session: Session, rows: Sequence[Mapping[str, Any]]) -> None:
    """Update changed articles by id (``first_seen_at`` is never in ``rows``)."""
    if rows:
        session.execute(update(Article), list(rows))


def replace_tags(
    session: Session, cleared: Sequence[str], rows: Sequence[Mapping[str, Any]]
) -> None:
    """Drop the tags of the ``cleared`` articles, then insert ``rows``."""
    if cleared:
        matching, params = among(session, ArticleTag.article_id, cleared, "ids")
        session.execute(delete(ArticleTag).where(matching), params)
    if rows:
        # Core executemany, without the ORM's per-row bookkeeping. (Not insert_rows: psycopg
        # escapes the quotes of JSON in an array literal in Python, slower than this.)
        session.execute(insert(_TAGS), list(rows))


def add_versions(session: Session, rows: Sequence[Mapping[str, Any]]) -> None:
    """Record contents an article has had; a content already recorded keeps its first date
    and becomes current again (an article can return to an earlier content)."""
    if rows:
        stmt = insert_rows(session, _VERSIONS, rows).on_conflict_do_update(
            index_elements=["article_id", "content_hash"], set_={"superseded_at": None}
        )
        session.execute(stmt, columnar(session, rows))


class Previous(NamedTuple):
    """An article as stored before this change: its content, tracked fields and tags."""

    article_id: str
    content_hash: str
    updated_at: datetime
    fields: dict[str, Any]
    tags: list[dict[str, Any]]


def previous_states(session: Session, ids: Sequence[str]) -> dict[str, Previous]:
    """The stored fields and tags of the articles ``ids`` (two statements), before a change."""
    if not ids:
        return {}
    columns = [getattr(Article, name) for name in TRACKED_FIELDS]
    stmt = select(Article.id, Article.content_hash, Article.updated_at, *columns).where(
        Article.id.in_(ids)
    )
    tags: dict[str, list[dict[str, Any]]] = {}
    tag_stmt = select(_TAGS).where(_TAGS.c.article_id.in_(ids))
    for t in session.execute(tag_stmt).mappings():
        tags.setdefault(t["article_id"], []).append(dict(t))
    return {
        r.id: Previous(r.id, r.content_hash, r.updated_at,
                       dict(zip(TRACKED_FIELDS, r[3:], strict=True)), tags.get(r.id, []))
        for r in session.execute(stmt)
    }  # fmt: skip


def supersede_versions(session: Session, previous: Sequence[Previous], now: datetime) -> None:
    """Keep the title and text of contents that a newer one replaced, in their version row.

    An article stored before versions were recorded has no row for its old content yet: it
    gets one, dated from the article's last update.
    """
    if not previous:
        return
    rows = [
        {"article_id": p.article_id, "content_hash": p.content_hash,
         "first_seen_at": p.updated_at, "title": p.fields["title"], "text": p.fields["text"],
         "superseded_at": now}
        for p in previous
    ]  # fmt: skip
    stmt = insert_for(session, _VERSIONS)
    stmt = stmt.on_conflict_do_update(
        index_elements=["article_id", "content_hash"],
        set_={name: stmt.excluded[name] for name in ("title", "text", "superseded_at")},
    )
    session.execute(stmt, rows)


def versions_of(session: Session, article_id: str) -> list[ArticleVersion]:
    """Every version recorded for one article, oldest first."""
    stmt = (
        select(ArticleVersion)
        .where(ArticleVersion.article_id == article_id)
        .order_by(ArticleVersion.first_seen_at, ArticleVersion.content_hash)
    )
    return list(session.scalars(stmt))
