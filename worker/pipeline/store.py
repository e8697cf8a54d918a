"""Store stage: idempotent upserts of tagged articles, and dead letters for bad input.

Every write is keyed: an article by its id (derived from its dedup key), a dead letter by
the hash of its input and its reason. A message delivered twice therefore changes nothing:
the second delivery finds the same content hash and taxonomy version and reports
``unchanged``. The caller owns the transaction (see :func:`transaction`).
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from worker import PIPELINE_VERSION
from worker.contracts import ArticleEvent, tagged_to_out
from worker.db.clusters import assign_clusters
from worker.db.models import (
    Article,
    ArticleTag,
    ArticleVersion,
    DeadLetter,
    DeadLetterOccurrence,
    OutboxEvent,
    Submission,
    utcnow,
)
from worker.errors import StorageUnavailable
from worker.minhash import DEFAULT_THRESHOLD
from worker.pipeline.dedup import article_id
from worker.types import StoreOutcome, StoreStatus, TaggedArticle

_EVENT_NAMESPACE = uuid.UUID("3b8f2c4e-9d1a-5e6f-8a7b-0c1d2e3f4a5b")

__all__ = [
    "finish_submissions",
    "mark_published",
    "pending_events",
    "received_payloads",
    "record_dead_letter",
    "record_submissions",
    "stale_submissions",
    "store_articles",
    "transaction",
    "utcnow",
]


@contextmanager
def transaction(sessions: sessionmaker[Session]) -> Iterator[Session]:
    """One transaction; a database that is down or locked becomes StorageUnavailable."""
    try:
        with sessions.begin() as session:
            yield session
    except (OperationalError, DBAPIError) as e:
        if isinstance(e, OperationalError) or e.connection_invalidated:
            raise StorageUnavailable(f"store: database unavailable: {e.orig}") from e
        raise


def _dialect_insert(session: Session) -> Any:
    name = session.get_bind().dialect.name
    return postgresql.insert if name == "postgresql" else sqlite.insert


def _article_values(item: TaggedArticle, now: datetime) -> dict[str, Any]:
    a = item.article
    published = a.published
    return {
        "dedup_key": a.dedup_key,
        "source": a.source,
        "url": a.url,
        "canonical_url": a.canonical_url,
        "guid": a.guid,
        "title": a.title,
        "title_derived": a.title_derived,
        "text": a.text,
        "summary": a.summary,
        "language": a.language,
        "language_confidence": a.language_confidence,
        "language_declared": a.language_declared,
        "published_at": published.value if published else None,
        "published_precision": published.precision if published else None,
        "published_provenance": published.provenance if published else None,
        "published_timezone_known": published.timezone_known if published else None,
        "updated_at": now,
        "content_hash": a.content_hash,
        "input_format": a.input_format,
        "charset": a.charset,
        "charset_source": a.charset_source,
        "extraction": a.extraction,
        "author": a.author,
        "site_name": a.site_name,
        "image_url": a.image_url,
        "published_in_future": a.published_in_future,
        "taxonomy_version": item.taxonomy_version,
        "pipeline_version": PIPELINE_VERSION,
    }


def _tag_rows(aid: str, item: TaggedArticle) -> list[dict[str, Any]]:
    return [
        {
            "article_id": aid,
            "tag": t.tag,
            "score": t.score,
            "code": t.code,
            "label": t.label,
            "evidence": [
                {
                    "term": e.term,
                    "matched": e.matched,
                    "start": e.start,
                    "end": e.end,
                    "field": e.field,
                }
                for e in t.evidence
            ],
        }
        for t in item.tags
    ]


def _store_round(
    session: Session, items: Sequence[TaggedArticle], now: datetime, cluster_threshold: float
) -> list[StoreOutcome]:
    """Store articles with distinct ids in a few statements, whatever the batch size."""
    aids = [article_id(item.article.dedup_key) for item in items]
    values = [_article_values(item, now) for item in items]
    current = _current(session, aids)
    fresh = [i for i, aid in enumerate(aids) if aid not in current]
    if fresh:
        stmt = _dialect_insert(session)(Article).on_conflict_do_nothing(index_elements=["id"])
        rows = [{"id": aids[i], "first_seen_at": now, **values[i]} for i in fresh]
        inserted = set(session.scalars(stmt.returning(Article.id), rows))
        if len(inserted) < len(fresh):  # another worker inserted some meanwhile
            current.update(_current(session, [aids[i] for i in fresh if aids[i] not in inserted]))
    statuses: list[StoreStatus] = []
    for item, aid in zip(items, aids, strict=True):
        row = current.get(aid)
        if row is None:
            statuses.append("created")
        elif row[0] != item.article.content_hash:
            statuses.append("updated")
        elif (row[1], row[2]) != (item.taxonomy_version, PIPELINE_VERSION):
            statuses.append("retagged")
        else:
            statuses.append("unchanged")
    changed = [i for i, st in enumerate(statuses) if st in ("updated", "retagged")]
    if changed:
        # first_seen_at is never overwritten: only the insert sets it.
        session.execute(update(Article), [{"id": aids[i], **values[i]} for i in changed])
        session.execute(
            delete(ArticleTag).where(ArticleTag.article_id.in_([aids[i] for i in changed]))
        )
    tag_rows = [
        row
        for i, st in enumerate(statuses)
        if st != "unchanged"
        for row in _tag_rows(aids[i], items[i])
    ]
    if tag_rows:
        # Core statements on the tables: executemany, without the ORM's per-row bookkeeping.
        session.execute(insert(ArticleTag.metadata.tables["article_tags"]), tag_rows)
    versions = [
        {"article_id": aids[i], "content_hash": items[i].article.content_hash,
         "first_seen_at": now}
        for i, st in enumerate(statuses)
        if st in ("created", "updated")
    ]  # fmt: skip
    if versions:
        stmt = _dialect_insert(session)(ArticleVersion.__table__).on_conflict_do_nothing(
            index_elements=["article_id", "content_hash"]
        )
        session.execute(stmt, versions)
    # New and changed texts join their story cluster; a retagged one keeps its own.
    clusters = assign_clusters(
        session,
        [(aids[i], items[i].article.text) for i, st in enumerate(statuses)
         if st in ("created", "updated")],
        cluster_threshold,
    )  # fmt: skip
    events = [
        _event(
            items[i], aids[i], st, now,
            current[aids[i]][3] if aids[i] in current else now,
            clusters.get(aids[i], current[aids[i]][4] if aids[i] in current else None),
        )
        for i, st in enumerate(statuses)
        if st != "unchanged"
    ]  # fmt: skip
    if events:
        stmt = _dialect_insert(session)(OutboxEvent.__table__).on_conflict_do_nothing(
            index_elements=["event_id"]
        )
        session.execute(stmt, events)
    return [
        StoreOutcome(aid, item.article.dedup_key, st)
        for aid, item, st in zip(aids, items, statuses, strict=True)
    ]


def _current(
    session: Session, aids: Sequence[str]
) -> dict[str, tuple[str, str, str, datetime, str | None]]:
    """content_hash, taxonomy and pipeline versions, first_seen_at and cluster of stored rows,
    locked."""
    stmt = (
        select(
            Article.id,
            Article.content_hash,
            Article.taxonomy_version,
            Article.pipeline_version,
            Article.first_seen_at,
            Article.cluster_id,
        )
        .where(Article.id.in_(aids))
        .with_for_update()
    )
    return {
        r.id: (
            r.content_hash,
            r.taxonomy_version,
            r.pipeline_version,
            r.first_seen_at,
            r.cluster_id,
        )
        for r in session.execute(stmt)
    }


def _event(
    item: TaggedArticle,
    aid: str,
    status: StoreStatus,
    now: datetime,
    first_seen: datetime,
    cluster_id: str | None,
) -> dict[str, Any]:
    """The outbox row for one change; its id is the same whenever the same change recurs."""
    etype = f"article.{status}"
    change = "|".join(
        (aid, etype, item.article.content_hash, item.taxonomy_version, PIPELINE_VERSION)
    )
    event_id = str(uuid.uuid5(_EVENT_NAMESPACE, change))
    article = tagged_to_out(
        item, article_id=aid, first_seen_at=first_seen.isoformat(),
        updated_at=now.isoformat(), cluster_id=cluster_id,
    )  # fmt: skip
    event = ArticleEvent.model_validate(
        {"event_id": event_id, "type": etype, "occurred_at": now.isoformat(), "article": article}
    )
    return {
        "event_id": event_id,
        "type": etype,
        "article_id": aid,
        "occurred_at": now,
        "payload": event.model_dump(mode="json"),
        "published_at": None,
    }


def store_articles(
    session: Session,
    items: Sequence[TaggedArticle],
    now: datetime | None = None,
    cluster_threshold: float = DEFAULT_THRESHOLD,
) -> list[StoreOutcome]:
    """Upsert each tagged article and its tags; returns what happened to each, in order.

    The same article twice in one batch is stored in order: the second sees the first.
    """
    now = now or utcnow()
    outcomes: list[StoreOutcome | None] = [None] * len(items)
    pending = list(range(len(items)))
    while pending:
        seen: set[str] = set()
        this_round: list[int] = []
        later: list[int] = []
        for i in pending:
            key = items[i].article.dedup_key
            (later if key in seen else this_round).append(i)
            seen.add(key)
        stored = _store_round(session, [items[i] for i in this_round], now, cluster_threshold)
        for i, outcome in zip(this_round, stored, strict=True):
            outcomes[i] = outcome
        pending = later
    return [o for o in outcomes if o is not None]


def record_dead_letter(
    session: Session,
    *,
    payload: str,
    stage: str,
    reason: str,
    error: str,
    task_name: str | None = None,
    task_id: str | None = None,
    submission_id: str | None = None,
    origin: tuple[int, int] | None = None,
) -> None:
    """Keep input that could not be processed, whole, with why; repeats bump ``times``.

    ``origin`` is the ``(feed id, fetch id)`` a feed entry came from: each occurrence is
    kept with it, so a feed's dead letters match its fetch records.
    """
    now = utcnow()
    digest = hashlib.sha256(payload.encode("utf-8", errors="surrogatepass")).hexdigest()
    stmt = _dialect_insert(session)(DeadLetter).values(
        created_at=now,
        last_seen_at=now,
        times=1,
        stage=stage,
        reason=reason,
        error=error,
        task_name=task_name,
        task_id=task_id,
        submission_id=submission_id,
        payload=payload,
        payload_sha256=digest,
    )
    stmt = stmt.on_conflict_do_update(
        index_elements=["payload_sha256", "reason"],
        set_={
            "times": DeadLetter.times + 1,
            "last_seen_at": now,
            "error": error,
            "task_id": task_id,
        },
    )
    dead_letter_id = session.execute(stmt.returning(DeadLetter.id)).scalar_one()
    if origin is not None:
        session.add(DeadLetterOccurrence(dead_letter_id=dead_letter_id, feed_id=origin[0],
                                         fetch_id=origin[1], seen_at=now))  # fmt: skip


def finish_submissions(
    session: Session,
    results: Sequence[tuple[str | None, str, str | None, str | None]],
    now: datetime,
) -> None:
    """Mark recorded submissions done or dead: ``(submission_id, status, article_id, error)``."""
    for submission_id, status, aid, error in results:
        if submission_id is None:
            continue
        session.execute(
            update(Submission)
            .where(Submission.id == submission_id)
            .values(
                status="dead" if status == "dead" else "done",
                article_id=aid,
                error=error,
                updated_at=now,
            )
        )


def pending_events(session: Session, limit: int) -> list[OutboxEvent]:
    """The oldest unpublished outbox events, locked (skipped by other publishers on PG)."""
    stmt = (
        select(OutboxEvent)
        .where(OutboxEvent.published_at.is_(None))
        .order_by(OutboxEvent.occurred_at, OutboxEvent.event_id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    return list(session.scalars(stmt))


def mark_published(session: Session, event_ids: Sequence[str], now: datetime) -> None:
    """Stamp events as published."""
    session.execute(
        update(OutboxEvent).where(OutboxEvent.event_id.in_(event_ids)).values(published_at=now)
    )


def stale_submissions(session: Session, older_than: datetime, now: datetime) -> list[str]:
    """Ids of submissions still waiting since before ``older_than``; stamps them ``now``."""
    stmt = (
        update(Submission)
        .where(Submission.status == "received", Submission.updated_at < older_than)
        .values(updated_at=now)
        .returning(Submission.id)
    )
    return list(session.scalars(stmt))


def record_submissions(session: Session, rows: Sequence[tuple[str, str, dict[str, Any]]]) -> None:
    """Record ``(id, origin, payload)`` submissions as received; a known id is left alone."""
    if not rows:
        return
    now = utcnow()
    stmt = _dialect_insert(session)(Submission).on_conflict_do_nothing(index_elements=["id"])
    session.execute(
        stmt,
        [
            {
                "id": sid,
                "origin": origin,
                "payload": payload,
                "status": "received",
                "created_at": now,
                "updated_at": now,
            }
            for sid, origin, payload in rows
        ],
    )


def received_payloads(session: Session, ids: Sequence[str]) -> list[tuple[str, Any]]:
    """``(id, payload)`` of those submissions still waiting to be processed."""
    stmt = select(Submission.id, Submission.payload).where(
        Submission.id.in_(ids), Submission.status == "received"
    )
    return [(r.id, r.payload) for r in session.execute(stmt)]
