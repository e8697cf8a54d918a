"""Reading what was stored: articles (filtered, streamed), one article, dead letters."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from worker.config import Settings
from worker.contracts import ArticleOut, tagged_to_out
from worker.db.feeds import dead_letters_of
from worker.db.models import Article, DeadLetter
from worker.db.queries import (
    ArticleFilter,
    count_articles,
    dead_letters,
    find_article,
    iter_articles,
    stored_article,
    stored_tags,
)
from worker.db.session import get_sessionmaker, transaction
from worker.db.storable import restore
from worker.errors import ConfigError
from worker.types import Evidence, TaggedArticle, TagResult

__all__ = [
    "ArticleFilter",
    "ArticleStream",
    "article_by_id",
    "article_out",
    "dead_letter_json",
    "known_tag",
    "query_articles",
    "recent_dead",
]


def article_out(row: Article) -> ArticleOut:
    """A stored article as the article contract defines it."""
    tags = tuple(
        TagResult(t.tag, t.score, tuple(Evidence(**e) for e in t.evidence), t.code, t.label)
        for t in row.tags
    )
    return tagged_to_out(
        TaggedArticle(stored_article(row), tags, row.taxonomy_version),
        article_id=row.id,
        first_seen_at=row.first_seen_at.isoformat(),
        updated_at=row.updated_at.isoformat(),
        pipeline_version=row.pipeline_version,
        duplicate_of=row.duplicate_of,
        cluster_id=getattr(row, "cluster_id", None),
    )


def known_tag(settings: Settings, tag: str) -> str:
    """``tag`` as stored (tags are lower-case ids: ``TAIWAN`` is ``taiwan``), if the taxonomy
    or a stored article knows it. Raises ConfigError naming the known tags otherwise: an
    unknown tag would silently select nothing."""
    from worker.taxonomy import load_taxonomy

    wanted = tag.strip().casefold()
    known = set(load_taxonomy(settings.taxonomy).by_id)
    if wanted in known:
        return wanted
    with transaction(get_sessionmaker(settings.sqlalchemy_url)) as session:
        known.update(stored_tags(session))
    if wanted in known:
        return wanted
    raise ConfigError(f"--tag: unknown tag {tag!r}; known tags: {', '.join(sorted(known))}")


@dataclass(frozen=True, slots=True)
class ArticleStream:
    """Matching articles, streamed in chunks, and how many there are (if counted)."""

    total: int | None
    rows: Iterator[ArticleOut]


@contextmanager
def query_articles(
    settings: Settings, f: ArticleFilter, *, count_first: bool = False
) -> Iterator[ArticleStream]:
    """The articles matching ``f``; the stream is readable inside the ``with`` block."""
    with transaction(get_sessionmaker(settings.sqlalchemy_url)) as session:
        total = count_articles(session, f) if count_first else None
        if f.limit is not None and total is not None:
            total = min(total, f.limit)
        yield ArticleStream(total, (article_out(a) for a in iter_articles(session, f)))


def article_by_id(settings: Settings, id_prefix: str) -> ArticleOut | None:
    """The one article whose id is or starts with ``id_prefix``, if exactly one does."""
    with transaction(get_sessionmaker(settings.sqlalchemy_url)) as session:
        row = find_article(session, id_prefix)
        return article_out(row) if row is not None else None


def dead_letter_json(row: DeadLetter, times: int) -> dict[str, object]:
    """A dead letter as ``dead-letters --format json`` prints it: whole, with its reason."""
    return {
        "id": row.id, "created_at": row.created_at.isoformat(),
        "last_seen_at": row.last_seen_at.isoformat(), "times": times, "stage": row.stage,
        "reason": row.reason, "error": row.error, "task_name": row.task_name,
        "task_id": row.task_id, "submission_id": row.submission_id, "payload": row.payload,
    }  # fmt: skip


def recent_dead(
    settings: Settings, limit: int, feed: int | None = None
) -> tuple[list[DeadLetter], list[int] | None]:
    """The most recent dead letters, their texts as they came in; with ``feed``, only that
    feed's, each with how often it came from that feed."""
    times: list[int] | None = None
    with transaction(get_sessionmaker(settings.sqlalchemy_url)) as session:
        if feed is None:
            rows = list(dead_letters(session, limit))
        else:
            pairs = dead_letters_of(session, feed, limit)
            rows, times = [r for r, _ in pairs], [n for _, n in pairs]
        for row in rows:
            session.expunge(row)
    for row in rows:
        row.payload = restore(row.payload)
        row.error = restore(row.error)
    return rows, times
