"""Reading what was stored: articles (filtered, streamed), one article, dead letters."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from worker.config import Settings
from worker.contracts import ArticleOut, tagged_to_out
from worker.db.articles import versions_of
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
    "ArticleVersionOut",
    "article_by_id",
    "article_out",
    "article_versions",
    "dead_letter_json",
    "known_tag",
    "query_articles",
    "recent_dead",
]


def article_out(row: Article) -> ArticleOut:
    """A stored article as the article contract defines it."""
    tags = tuple(
        TagResult(
            t.tag, t.score, tuple(Evidence(**e) for e in t.evidence), t.code, t.label, t.salience
        )
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


@dataclass(frozen=True, slots=True)
class ArticleVersionOut:
    """One content an article has had, oldest first. ``kept`` is False for contents replaced
    before versions kept their text (revision 0010): only the hash is known of them."""

    content_hash: str
    first_seen_at: str
    superseded_at: str | None
    current: bool
    kept: bool
    title: str | None
    text: str | None

    def as_json(self) -> dict[str, Any]:
        """The version as a JSON object (``show --versions --json``)."""
        return {name: getattr(self, name) for name in self.__slots__}


def article_versions(
    settings: Settings, id_prefix: str
) -> tuple[ArticleOut, list[ArticleVersionOut]] | None:
    """The one article whose id is or starts with ``id_prefix`` and every content it has
    had, oldest first; the current one's title and text are the article's own."""
    with transaction(get_sessionmaker(settings.sqlalchemy_url)) as session:
        row = find_article(session, id_prefix)
        if row is None:
            return None
        versions = []
        for v in versions_of(session, row.id):
            current = v.content_hash == row.content_hash
            title, text = (row.title, row.text) if current else (v.title, v.text)
            versions.append(
                ArticleVersionOut(
                    content_hash=v.content_hash,
                    first_seen_at=v.first_seen_at.isoformat(),
                    superseded_at=None if current or v.superseded_at is None
                    else v.superseded_at.isoformat(),
                    current=current,
                    kept=text is not None,
                    title=title,
                    text=text,
                )
            )  # fmt: skip
        if not any(v.current for v in versions):  # stored before versions were recorded
            current_version = ArticleVersionOut(
                row.content_hash, row.updated_at.isoformat(), None, True, True, row.title, row.text
            )
            versions.append(current_version)
        return article_out(row), versions


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
