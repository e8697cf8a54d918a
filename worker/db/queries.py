"""Reads for the services, exports and re-tagging: filtered, paged, streamed."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import cast

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session, selectinload

from worker.db.models import Article, ArticleTag, DeadLetter, Submission
from worker.types import Article as ArticleData
from worker.types import ArticleMeta, Precision, Provenance, PublishedDate, meta_fields

__all__ = [
    "ArticleFilter",
    "articles_page",
    "count_articles",
    "dead_letters",
    "find_article",
    "iter_articles",
    "list_articles",
    "stored_article",
    "submissions",
]


@dataclass(frozen=True, slots=True)
class ArticleFilter:
    """What ``newsworker articles`` and ``export`` select; every field narrows the set."""

    tag: str | None = None
    min_score: float = 0.0
    language: str | None = None
    source: str | None = None
    published_from: datetime | None = None
    published_to: datetime | None = None
    seen_from: datetime | None = None
    seen_to: datetime | None = None
    text: str | None = None
    cluster: str | None = None
    limit: int | None = None


def _filtered(f: ArticleFilter) -> Select[Article]:
    stmt = select(Article)
    if f.tag:
        tagged = select(ArticleTag.article_id).where(
            ArticleTag.tag == f.tag, ArticleTag.score >= f.min_score
        )
        stmt = stmt.where(Article.id.in_(tagged))
    if f.language:
        stmt = stmt.where(Article.language == f.language)
    if f.cluster:
        stmt = stmt.where(Article.cluster_id == f.cluster)
    if f.source:
        stmt = stmt.where(Article.source == f.source)
    if f.published_from:
        stmt = stmt.where(Article.published_at >= f.published_from)
    if f.published_to:
        stmt = stmt.where(Article.published_at < f.published_to)
    if f.seen_from:
        stmt = stmt.where(Article.first_seen_at >= f.seen_from)
    if f.seen_to:
        stmt = stmt.where(Article.first_seen_at < f.seen_to)
    if f.text:
        stmt = stmt.where(
            or_(
                Article.title.icontains(f.text, autoescape=True),
                Article.text.icontains(f.text, autoescape=True),
            )
        )
    return stmt


def count_articles(session: Session, f: ArticleFilter) -> int:
    """How many articles the filter selects (before its limit)."""
    return int(session.scalar(select(func.count()).select_from(_filtered(f).subquery())) or 0)


def iter_articles(session: Session, f: ArticleFilter, chunk: int = 500) -> Iterator[Article]:
    """The selected articles, newest first, fetched ``chunk`` rows at a time."""
    stmt = _filtered(f).options(selectinload(Article.tags))
    stmt = stmt.order_by(Article.first_seen_at.desc(), Article.id)
    if f.limit is not None:
        stmt = stmt.limit(f.limit)
    yield from session.scalars(stmt.execution_options(yield_per=chunk))


def list_articles(
    session: Session, *, tag: str | None = None, min_score: float = 0.0, limit: int = 20
) -> Sequence[Article]:
    """The newest articles first, optionally only those with ``tag`` at ``min_score``."""
    return list(iter_articles(session, ArticleFilter(tag=tag, min_score=min_score, limit=limit)))


def find_article(session: Session, id_prefix: str) -> Article | None:
    """The article whose id is or starts with ``id_prefix`` (None if none or ambiguous)."""
    stmt = (
        select(Article)
        .options(selectinload(Article.tags))
        .where(Article.id.startswith(id_prefix, autoescape=True))
        .limit(2)
    )
    rows = session.scalars(stmt).all()
    return rows[0] if len(rows) == 1 else None


def dead_letters(session: Session, limit: int = 20) -> Sequence[DeadLetter]:
    """The most recent dead letters."""
    stmt = select(DeadLetter).order_by(DeadLetter.last_seen_at.desc()).limit(limit)
    return session.scalars(stmt).all()


def submissions(session: Session, ids: Sequence[str]) -> Sequence[Submission]:
    """The submission rows with these ids."""
    return session.scalars(select(Submission).where(Submission.id.in_(ids))).all()


def stored_article(row: Article) -> ArticleData:
    """A stored row back as the pipeline's normalized article (for re-tagging)."""
    published = None
    if row.published_at is not None and row.published_precision:
        published = PublishedDate(
            row.published_at,
            cast(Precision, row.published_precision),
            cast(Provenance, row.published_provenance or "submission"),
            bool(row.published_timezone_known),
        )
    return ArticleData(
        title=row.title,
        title_derived=row.title_derived,
        text=row.text,
        summary=row.summary,
        url=row.url,
        canonical_url=row.canonical_url,
        guid=row.guid,
        source=row.source,
        language=row.language,
        language_confidence=row.language_confidence,
        language_declared=row.language_declared,
        published=published,
        content_hash=row.content_hash,
        dedup_key=row.dedup_key,
        input_format=row.input_format,
        meta=ArticleMeta(**{f.name: getattr(row, f.name) for f in meta_fields()}),
        published_in_future=row.published_in_future,
    )


def articles_page(
    session: Session, *, after_id: str, since: datetime | None, limit: int
) -> Sequence[Article]:
    """Articles in id order after ``after_id`` (keyset paging), first seen since ``since``."""
    stmt = select(Article).options(selectinload(Article.tags)).where(Article.id > after_id)
    if since is not None:
        stmt = stmt.where(Article.first_seen_at >= since)
    return session.scalars(stmt.order_by(Article.id).limit(limit)).all()
