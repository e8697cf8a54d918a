"""SQLAlchemy 2 typed models: the tables downstream SQL consumers read.

Schema changes go through Alembic migrations (``worker/db/migrations``) only.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, ClassVar, get_type_hints

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    TypeDecorator,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from worker.types import ArticleMeta, meta_fields

__all__ = [
    "Article",
    "ArticleTag",
    "ArticleVersion",
    "Base",
    "DeadLetter",
    "DeadLetterOccurrence",
    "Feed",
    "FetchRecord",
    "OutboxEvent",
    "Submission",
    "utcnow",
]


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on every dialect (SQLite keeps no zone of its own)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        assert isinstance(value, datetime)
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime,
        dict[str, Any]: JSON,
        list[Any]: JSON,
    }


def _meta_columns() -> type:
    """A mixin with one nullable column per field of the record's metadata group."""
    hints = get_type_hints(ArticleMeta)
    columns: dict[str, Any] = {}
    for f in meta_fields():
        length = f.metadata.get("max_length")
        kind: Any = String(length) if length else Text
        if hints[f.name] in (bool, bool | None):
            kind = Boolean
        columns[f.name] = mapped_column(kind, nullable=True)
    return type("ArticleMetaColumns", (), columns)


class Article(_meta_columns(), Base):  # type: ignore[misc]
    """One article, whatever way it arrived; ``id`` is derived from ``dedup_key``.

    The columns of the metadata group (``author``, ``charset``, ...) come from
    :class:`worker.types.ArticleMeta`, where they are listed once.
    """

    __tablename__ = "articles"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    dedup_key: Mapped[str] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(String(200))
    url: Mapped[str | None] = mapped_column(Text)
    canonical_url: Mapped[str | None] = mapped_column(Text)
    guid: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str] = mapped_column(Text)
    title_derived: Mapped[bool] = mapped_column(Boolean, default=False)
    text: Mapped[str] = mapped_column(Text)
    summary: Mapped[str | None] = mapped_column(Text)
    language: Mapped[str | None] = mapped_column(String(16), index=True)
    language_confidence: Mapped[float | None] = mapped_column(Float)
    language_declared: Mapped[str | None] = mapped_column(String(35))
    published_at: Mapped[datetime | None] = mapped_column(index=True)
    published_precision: Mapped[str | None] = mapped_column(String(8))
    published_provenance: Mapped[str | None] = mapped_column(String(16))
    published_timezone_known: Mapped[bool | None] = mapped_column(Boolean)
    first_seen_at: Mapped[datetime] = mapped_column(index=True)
    updated_at: Mapped[datetime]
    content_hash: Mapped[str] = mapped_column(String(64))
    duplicate_of: Mapped[str | None] = mapped_column(String(36))
    cluster_id: Mapped[str | None] = mapped_column(String(36), index=True)
    input_format: Mapped[str] = mapped_column(String(8), default="text")
    published_in_future: Mapped[bool | None] = mapped_column(Boolean)
    taxonomy_version: Mapped[str] = mapped_column(String(64))
    pipeline_version: Mapped[str] = mapped_column(String(32))

    tags: Mapped[list[ArticleTag]] = relationship(
        back_populates="article", cascade="all, delete-orphan", order_by="ArticleTag.score.desc()"
    )


class ArticleTag(Base):
    """A tag on an article: score, ISO country code and the evidence spans behind it."""

    __tablename__ = "article_tags"
    __table_args__ = (Index("ix_article_tags_tag_score", "tag", "score"),)

    article_id: Mapped[str] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    tag: Mapped[str] = mapped_column(String(64), primary_key=True)
    score: Mapped[float] = mapped_column(Float)
    salience: Mapped[float | None] = mapped_column(Float)
    code: Mapped[str | None] = mapped_column(String(2))
    label: Mapped[str | None] = mapped_column(String(200))
    evidence: Mapped[list[Any]] = mapped_column(JSON)

    article: Mapped[Article] = relationship(back_populates="tags")


class DeadLetter(Base):
    """Input that could not be processed, kept whole with the reason; never dropped.

    The same input failing the same way again bumps ``times`` instead of adding a row.
    """

    __tablename__ = "dead_letters"
    __table_args__ = (Index("uq_dead_letters_input", "payload_sha256", "reason", unique=True),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    last_seen_at: Mapped[datetime] = mapped_column(default=utcnow)
    times: Mapped[int] = mapped_column(Integer, default=1)
    stage: Mapped[str] = mapped_column(String(32))
    reason: Mapped[str] = mapped_column(String(64))
    error: Mapped[str] = mapped_column(Text)
    task_name: Mapped[str | None] = mapped_column(String(200))
    task_id: Mapped[str | None] = mapped_column(String(64))
    submission_id: Mapped[str | None] = mapped_column(String(36))
    payload: Mapped[str] = mapped_column(Text)
    payload_sha256: Mapped[str] = mapped_column(String(64))


class DeadLetterOccurrence(Base):
    """One time a feed entry was dead-lettered: which feed and which fetch it came from.

    A dead letter is kept once per payload and reason; its occurrences say where each repeat
    came from, so a feed's dead letters match the ``dead`` counts of its fetch records.
    """

    __tablename__ = "dead_letter_occurrences"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    dead_letter_id: Mapped[int] = mapped_column(
        ForeignKey("dead_letters.id", ondelete="CASCADE"), index=True
    )
    feed_id: Mapped[int | None] = mapped_column(Integer, index=True)
    fetch_id: Mapped[int | None] = mapped_column(Integer, index=True)
    seen_at: Mapped[datetime] = mapped_column(default=utcnow)


class Submission(Base):
    """A submission recorded before it is enqueued, so a lost message can be sent again."""

    __tablename__ = "submissions"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    status: Mapped[str] = mapped_column(String(16), default="received", index=True)
    origin: Mapped[str | None] = mapped_column(Text)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    article_id: Mapped[str | None] = mapped_column(String(36))
    error: Mapped[str | None] = mapped_column(Text)


class OutboxEvent(Base):
    """An article change, written in the same transaction as the change itself.

    A publisher sends unpublished rows to the Redis Stream and stamps ``published_at``;
    ``event_id`` is stable for a given change, so a consumer can drop repeats.
    """

    __tablename__ = "outbox"

    event_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    type: Mapped[str] = mapped_column(String(32))
    article_id: Mapped[str] = mapped_column(String(36), index=True)
    occurred_at: Mapped[datetime] = mapped_column(index=True)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    published_at: Mapped[datetime | None] = mapped_column(index=True)


class Feed(Base):
    """A feed newsworker polls, with its polling state; never dropped silently.

    ``status``: active, failing (recent failures, backing off), gone (the server said it is
    gone: polled daily in case it returns), paused (by an operator).
    """

    __tablename__ = "feeds"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    url: Mapped[str] = mapped_column(Text, unique=True)
    title: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default="active", index=True)
    interval_seconds: Mapped[int] = mapped_column(Integer, default=3600)
    interval_fixed: Mapped[bool] = mapped_column(Boolean, default=False)
    next_fetch_at: Mapped[datetime] = mapped_column(index=True)
    #: When a dispatch last claimed the feed: claimed and not polled since means queued.
    claimed_at: Mapped[datetime | None] = mapped_column(index=True)
    last_fetch_at: Mapped[datetime | None]
    last_success_at: Mapped[datetime | None]
    last_status: Mapped[int | None] = mapped_column(Integer)
    last_outcome: Mapped[str | None] = mapped_column(String(32))
    last_error: Mapped[str | None] = mapped_column(Text)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    failure_weight: Mapped[float] = mapped_column(Float, default=0.0)
    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(Text)
    body_hash: Mapped[str | None] = mapped_column(String(64))
    guid_policy: Mapped[str] = mapped_column(String(8), default="guid")
    #: Why entries are identified the way they are (the last identity decision, in words).
    guid_policy_reason: Mapped[str | None] = mapped_column(Text)
    full_text: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    entries_seen: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    #: The OPML folders the feed was filed under, outermost first ("News/World").
    category: Mapped[str | None] = mapped_column(Text)
    #: The site the feed belongs to (OPML ``htmlUrl``, else the feed's own link).
    html_url: Mapped[str | None] = mapped_column(Text)


class FetchRecord(Base):
    """One fetch of one feed: what the server said and what became of each entry.

    A record is written when the poll starts (outcome ``started``) and completed when it
    ends, so a poll that dies half-way still leaves a trace.
    """

    __tablename__ = "fetches"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    feed_id: Mapped[int] = mapped_column(ForeignKey("feeds.id", ondelete="CASCADE"), index=True)
    started_at: Mapped[datetime] = mapped_column(index=True)
    duration_ms: Mapped[int] = mapped_column(Integer)
    status_code: Mapped[int | None] = mapped_column(Integer)
    bytes: Mapped[int | None] = mapped_column(Integer)
    outcome: Mapped[str] = mapped_column(String(32))
    new: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    unchanged: Mapped[int] = mapped_column(Integer, default=0)
    dead: Mapped[int] = mapped_column(Integer, default=0)
    #: How many entries the parser found; new + updated + unchanged + dead + skipped = entries.
    entries: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    skipped: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    #: Why entries were skipped: reason -> count.
    skip_reasons: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    error_class: Mapped[str | None] = mapped_column(String(64))
    error: Mapped[str | None] = mapped_column(Text)
    bozo: Mapped[str | None] = mapped_column(Text)


class ArticleVersion(Base):
    """Every content an article has had: a changed article is an update, with its history.

    The current content is the article row's own; ``title`` and ``text`` are written when a
    newer content supersedes this one (``superseded_at``). They are NULL for the current
    version, and for versions superseded before revision 0010, which kept only hashes.
    """

    __tablename__ = "article_versions"

    article_id: Mapped[str] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    content_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    first_seen_at: Mapped[datetime]
    title: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str | None] = mapped_column(Text)
    superseded_at: Mapped[datetime | None]
