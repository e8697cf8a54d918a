"""Store stage: idempotent upserts of tagged articles, their tags, versions and events.

Every write is keyed: an article by its id (derived from its dedup key). A message delivered
twice therefore changes nothing: the second delivery finds the same content hash and taxonomy
version and reports ``unchanged``. New and changed articles join their story cluster
(worker.pipeline.cluster) and get an outbox event (worker.events) in the same transaction;
an updated article's previous title and text are kept in its version row, and a re-tagging
that leaves the tags as they were writes no event.
The statements are in worker.db; the caller owns the transaction (worker.db.session).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from worker import PIPELINE_VERSION
from worker.db.articles import (
    Previous,
    StoredState,
    add_versions,
    current_states,
    insert_articles,
    previous_states,
    replace_tags,
    supersede_versions,
    update_articles,
)
from worker.db.models import utcnow
from worker.db.outbox import add_events
from worker.events import outbox_row
from worker.minhash import DEFAULT_THRESHOLD
from worker.pipeline.cluster import assign_clusters
from worker.pipeline.dedup import article_id
from worker.types import StoreOutcome, StoreStatus, TaggedArticle, flat

__all__ = ["store_articles"]


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
        **flat(a.meta),
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
            "salience": t.salience,
            "evidence": [flat(e) for e in t.evidence],
        }
        for t in item.tags
    ]


def _store_round(
    session: Session, items: Sequence[TaggedArticle], now: datetime, cluster_threshold: float
) -> list[StoreOutcome]:
    """Store articles with distinct ids in a few statements, whatever the batch size."""
    aids = [article_id(item.article.dedup_key) for item in items]
    values = [_article_values(item, now) for item in items]
    current = current_states(session, aids)
    fresh = [i for i, aid in enumerate(aids) if aid not in current]
    inserted = insert_articles(
        session, [{"id": aids[i], "first_seen_at": now, **values[i]} for i in fresh]
    )
    if len(inserted) < len(fresh):  # another worker inserted some meanwhile
        current.update(current_states(session, [aids[i] for i in fresh if aids[i] not in inserted]))
    statuses = [_status(item, current.get(aid)) for item, aid in zip(items, aids, strict=True)]
    changed = [i for i, st in enumerate(statuses) if st in ("updated", "retagged")]
    # What each change replaces (fields, tags, content), read before it is overwritten.
    before = previous_states(session, [aids[i] for i in changed])
    # first_seen_at is never overwritten: only the insert sets it.
    update_articles(session, [{"id": aids[i], **values[i]} for i in changed])
    replace_tags(
        session,
        [aids[i] for i in changed],
        [row for i, st in enumerate(statuses) if st != "unchanged"
         for row in _tag_rows(aids[i], items[i])],
    )  # fmt: skip
    new_content = [i for i, st in enumerate(statuses) if st in ("created", "updated")]
    supersede_versions(
        session, [before[aids[i]] for i, st in enumerate(statuses) if st == "updated"], now
    )
    add_versions(
        session,
        [{"article_id": aids[i], "content_hash": items[i].article.content_hash,
          "first_seen_at": now} for i in new_content],
    )  # fmt: skip
    # New and changed texts join their story cluster; a retagged one keeps its own.
    clusters = assign_clusters(
        session,
        [(aids[i], items[i].article.text) for i in new_content],
        cluster_threshold,
        fresh=inserted,
    )
    events = [
        _event_row(items[i], aids[i], st, now, current.get(aids[i]), clusters, before)
        if st != "unchanged" else None
        for i, st in enumerate(statuses)
    ]  # fmt: skip
    add_events(session, [row for row in events if row is not None])
    return [
        StoreOutcome(aid, item.article.dedup_key, st, event)
        for aid, item, st, event in zip(aids, items, statuses, events, strict=True)
    ]


def _status(item: TaggedArticle, stored: StoredState | None) -> StoreStatus:
    if stored is None:
        return "created"
    if stored.content_hash != item.article.content_hash:
        return "updated"
    if (stored.taxonomy_version, stored.pipeline_version) != (
        item.taxonomy_version,
        PIPELINE_VERSION,
    ):
        return "retagged"
    return "unchanged"


def _event_row(
    item: TaggedArticle,
    aid: str,
    status: StoreStatus,
    now: datetime,
    stored: StoredState | None,
    clusters: dict[str, str],
    before: dict[str, Previous],
) -> dict[str, Any] | None:
    first_seen = stored.first_seen_at if stored else now
    cluster_id = clusters.get(aid, stored.cluster_id if stored else None)
    return outbox_row(item, aid, status, now, first_seen, cluster_id, before.get(aid))


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
