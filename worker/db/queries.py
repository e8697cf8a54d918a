"""Reads for the services, exports and re-tagging: filtered, paged, streamed."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import reduce
from typing import Any, cast

from sqlalchemy import ColumnElement, Select, and_, bindparam, func, literal_column, or_, select
from sqlalchemy import table as sql_table
from sqlalchemy.orm import Session, selectinload

from worker.db.models import Article, ArticleTag, DeadLetter, Submission
from worker.types import Article as ArticleData
from worker.types import ArticleMeta, Precision, Provenance, PublishedDate, meta_fields

__all__ = [
    "TS_CONFIGS",
    "ArticleFilter",
    "articles_page",
    "count_articles",
    "dead_letters",
    "find_article",
    "iter_articles",
    "list_articles",
    "query_terms",
    "stored_article",
    "stored_tags",
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


#: The text-search configurations of revision 0009's ``newsworker_ts_config`` (PostgreSQL):
#: a query is parsed with each, since an article's words were stemmed in its own language.
TS_CONFIGS = ("arabic", "danish", "dutch", "english", "finnish", "french", "german",
              "italian", "portuguese", "russian", "simple", "spanish", "swedish")  # fmt: skip
_WORD = re.compile(r"\w+")
# Han, kana, hangul: written without spaces, so a tokenizer sees a whole run as one "word";
# such terms are matched as substrings instead.
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def query_terms(text: str) -> tuple[list[str], list[str]]:
    """The words of a query: those the full-text index knows, and CJK runs (substrings)."""
    words = _WORD.findall(text)
    cjk = [w for w in words if _CJK.search(w)]
    return [w for w in words if not _CJK.search(w)], cjk


def _fulltext(
    stmt: Select[Article], dialect: str, words: list[str]
) -> tuple[Select[Article], ColumnElement[Any]]:
    """Keep the articles with every word (case and accents aside); returns the statement and
    a rank expression, lower first."""
    if dialect == "postgresql":
        vector: ColumnElement[Any] = literal_column("articles.search_vector")
        plain = func.newsworker_unaccent(bindparam("fulltext_query", " ".join(words)))
        queries: list[ColumnElement[Any]] = [
            func.plainto_tsquery(literal_column(f"'{c}'::regconfig"), plain) for c in TS_CONFIGS
        ]
        tsquery = reduce(lambda a, b: a.op("||")(b), queries)
        return stmt.where(vector.bool_op("@@")(tsquery)), -func.ts_rank_cd(vector, tsquery)
    fts = sql_table("articles_fts")
    match = " ".join('"' + w.replace('"', '""') + '"' for w in words)  # every word: AND
    hits = (
        select(
            literal_column("articles_fts.rowid").label("rid"),
            # bm25 is negative, better first; a word in the title counts ten times more.
            literal_column("bm25(articles_fts, 10.0, 1.0)").label("rank"),
        )
        .select_from(fts)
        .where(literal_column("articles_fts").bool_op("MATCH")(bindparam("fts_match", match)))
        .subquery("fulltext")
    )
    joined = stmt.join(hits, hits.c.rid == literal_column("articles.rowid"))
    return joined, hits.c.rank


def _filtered(
    f: ArticleFilter, dialect: str = "sqlite"
) -> tuple[Select[Article], ColumnElement[Any] | None]:
    """The statement selecting ``f``'s articles, and the rank of a text query (if any)."""
    stmt = select(Article)
    rank = None
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
        words, runs = query_terms(f.text)
        if words:
            stmt, rank = _fulltext(stmt, dialect, words)
        if runs:
            stmt = stmt.where(and_(*(
                or_(Article.title.contains(r, autoescape=True),
                    Article.text.contains(r, autoescape=True)) for r in runs)))  # fmt: skip
        if not words and not runs:  # only punctuation: nothing can match
            stmt = stmt.where(literal_column("1") == 0)
    return stmt, rank


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name


def count_articles(session: Session, f: ArticleFilter) -> int:
    """How many articles the filter selects (before its limit)."""
    stmt, _ = _filtered(f, _dialect(session))
    return int(session.scalar(select(func.count()).select_from(stmt.subquery())) or 0)


def iter_articles(session: Session, f: ArticleFilter, chunk: int = 500) -> Iterator[Article]:
    """The selected articles, best match first for a text query, else newest first, fetched
    ``chunk`` rows at a time."""
    stmt, rank = _filtered(f, _dialect(session))
    stmt = stmt.options(selectinload(Article.tags))
    if rank is not None:
        stmt = stmt.order_by(rank)
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


def stored_tags(session: Session) -> list[str]:
    """Every tag some stored article carries, sorted."""
    return sorted(session.scalars(select(ArticleTag.tag).distinct()))


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
