"""The only place the stages meet: submission -> parse -> normalize -> tag -> store.

:func:`prepare` runs the pure stages on one payload (no database, no broker);
:func:`ingest` runs them on a batch and stores the results in one transaction, putting each
payload that cannot be processed in the dead-letter table with the reason. One bad payload
never costs the others in its batch.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, Literal

import structlog
from sqlalchemy.orm import Session, sessionmaker

from worker.db.dead_letters import record_dead_letter
from worker.db.models import utcnow
from worker.db.queries import articles_page, stored_article
from worker.db.session import transaction
from worker.db.submissions import finish_submissions
from worker.errors import InternalError, NewsworkerError, PermanentError
from worker.events import tags_changed
from worker.minhash import DEFAULT_THRESHOLD
from worker.pipeline.normalize import normalize
from worker.pipeline.page import Page
from worker.pipeline.parse import parse_submission
from worker.pipeline.store import store_articles
from worker.pipeline.tag import tag
from worker.pipeline.validate import validate_submission
from worker.taxonomy import Taxonomy
from worker.types import Provenance, TaggedArticle

__all__ = [
    "Item",
    "ItemResult",
    "PageFetcher",
    "RetagChange",
    "ingest",
    "prepare",
    "retag",
    "validate_submission",
]

log = structlog.get_logger("worker.pipeline")  # the name the logs have always carried
#: Fetches an article page by URL (worker.pipeline.page.fetch_page bound to a policy).
PageFetcher = Callable[[str], Page]


@dataclass(frozen=True, slots=True)
class Item:
    """One payload to ingest, the submission row it came from, if any, and its date's origin."""

    payload: Any
    submission_id: str | None = None
    date_provenance: Provenance = "submission"
    charset: tuple[str, str] | None = None
    #: A feed entry whose page should replace its summary (the summary stays the fallback).
    full_text: bool = False
    #: The message it came in, when a batch holds several (its dead letter names it).
    task_id: str | None = None
    #: A feed entry: its HTML is a sanitized fragment, made text without page extraction.
    fragment: bool = False


@dataclass(frozen=True, slots=True)
class ItemResult:
    """What became of one item: stored (and how) or dead-lettered (and why)."""

    status: Literal["created", "updated", "retagged", "unchanged", "dead"]
    article_id: str | None = None
    error: str | None = None
    submission_id: str | None = None
    #: The outbox row the change wrote, if any (see StoreOutcome.event).
    event: Mapping[str, Any] | None = None


def prepare(
    payload: Any,
    taxonomy: Taxonomy,
    max_bytes: int,
    date_provenance: Provenance = "submission",
    charset: tuple[str, str] | None = None,
    fragment: bool = False,
) -> TaggedArticle:
    """Validate, parse, normalize and tag one payload; raises PermanentError on bad input.

    ``fragment``: the payload's HTML is a feed entry's body, not a page (see parse)."""
    submission = validate_submission(payload)
    parsed = parse_submission(submission, max_bytes, date_provenance, charset, fragment)
    return tag(normalize(parsed), taxonomy)


def _fetched(item: Item, fetch_page: PageFetcher | None) -> tuple[Item, bool]:
    """A URL-only submission, or a full-text feed entry, with its page fetched.

    Returns the item and whether it fell back: a full-text entry whose page cannot be had
    keeps the feed's own text, and says so.
    """
    payload = item.payload
    if fetch_page is None or not isinstance(payload, Mapping):
        return item, False
    if not isinstance(payload.get("url"), str):
        return item, False
    has_body = payload.get("text") is not None or payload.get("html") is not None
    if has_body and not item.full_text:
        return item, False
    try:
        page = fetch_page(payload["url"])
    except NewsworkerError:
        if not has_body:
            raise
        log.warning("page not fetched; keeping the feed's text", url=payload["url"])
        return item, True
    fetched = {k: v for k, v in payload.items() if k != "text"}
    fetched.update(html=page.html, url=page.url)
    return replace(item, payload=fetched, charset=(page.charset, page.charset_source)), False


def _stage_of(error: PermanentError) -> str:
    return str(error).split(":", 1)[0] if ":" in str(error) else "pipeline"


def _raw(payload: Any) -> str:
    """The payload as text for the dead-letter table: ASCII JSON, so any database takes it."""
    try:
        return json.dumps(payload, ensure_ascii=True)
    except (TypeError, ValueError):
        return repr(payload)


def ingest(
    items: Sequence[Item],
    *,
    sessions: sessionmaker[Session],
    taxonomy: Taxonomy,
    max_bytes: int,
    task_name: str | None = None,
    task_id: str | None = None,
    fetch_page: PageFetcher | None = None,
    cluster_threshold: float = DEFAULT_THRESHOLD,
    origin: tuple[int, int] | None = None,
) -> list[ItemResult]:
    """Prepare every item, then store the good ones and dead-letter the bad in one transaction.

    URL-only submissions are fetched first with ``fetch_page``; a page that cannot be had
    (404, a refused address) is dead-lettered like any bad input. Raises RetryableError
    (StorageUnavailable, a transient fetch failure) when a retry can help: nothing was
    written, and the whole batch can be retried safely. ``origin`` is the ``(feed id, fetch
    id)`` feed entries came from: each dead letter records it.
    """
    prepared: list[tuple[Item, TaggedArticle]] = []
    failed: list[tuple[Item, PermanentError]] = []
    for item in items:
        try:
            ready, fell_back = _fetched(item, fetch_page)
            # A fetched page replaces the entry's fragment: it is a page again.
            tagged = prepare(
                ready.payload, taxonomy, max_bytes, ready.date_provenance, ready.charset,
                fragment=ready.fragment and ready.payload is item.payload,
            )  # fmt: skip
            if fell_back:
                a = tagged.article
                meta = replace(a.meta, extraction="feed-text")
                tagged = replace(tagged, article=replace(a, meta=meta))
            prepared.append((item, tagged))
        except PermanentError as e:
            failed.append((item, e))
        except Exception as e:  # a bug must not cost the batch, nor lose the input
            if isinstance(e, NewsworkerError) and e.retryable and not item.full_text:
                raise  # a page that may load later: the task retries the batch with backoff
            log.exception("prepare failed unexpectedly", submission_id=item.submission_id)
            failed.append((item, InternalError(f"pipeline: {type(e).__name__}: {e}")))
    results: dict[int, ItemResult] = {}
    now = utcnow()
    with transaction(sessions) as session:
        outcomes = store_articles(session, [t for _, t in prepared], now, cluster_threshold)
        for (item, _), outcome in zip(prepared, outcomes, strict=True):
            results[id(item)] = ItemResult(
                outcome.status, outcome.article_id, None, item.submission_id, outcome.event
            )
        for item, error in failed:
            record_dead_letter(
                session,
                payload=_raw(item.payload),
                stage=_stage_of(error),
                reason=error.reason,
                error=str(error),
                task_name=task_name,
                task_id=item.task_id or task_id,
                submission_id=item.submission_id,
                origin=origin,
            )
            results[id(item)] = ItemResult("dead", None, str(error), item.submission_id)
        finish_submissions(
            session,
            [(r.submission_id, r.status, r.article_id, r.error) for r in results.values()],
            now,
        )
    for item, error in failed:
        log.warning(
            "dead-lettered", reason=error.reason, error=str(error), submission_id=item.submission_id
        )
    return [results[id(item)] for item in items]


@dataclass(frozen=True, slots=True)
class RetagChange:
    """What re-tagging did (or, in a dry run, would do) to one stored article."""

    article_id: str
    title: str
    added: tuple[str, ...]
    removed: tuple[str, ...]
    rescored: bool
    #: Anything of the tags changed (evidence too): only then is an event written.
    changed: bool = True


def retag(
    *,
    sessions: sessionmaker[Session],
    taxonomy: Taxonomy,
    since: datetime | None = None,
    dry_run: bool = False,
    batch: int = 200,
) -> Iterator[RetagChange]:
    """Re-tag stored articles whose taxonomy version differs; yields each one re-tagged.

    Every one gets the new taxonomy version and its tags; those whose tags changed
    (``RetagChange.changed``) also get an ``article.retagged`` event in the outbox, in the
    same transaction. A dry run writes nothing. Paged by id: memory stays flat.
    """
    after = ""
    while True:
        with transaction(sessions) as session:
            rows = articles_page(session, after_id=after, since=since, limit=batch)
            if not rows:
                return
            after = rows[-1].id
            pending = [r for r in rows if r.taxonomy_version != taxonomy.version]
            tagged = [tag(stored_article(r), taxonomy) for r in pending]
            changes = [_change(r, t) for r, t in zip(pending, tagged, strict=True)]
            if not dry_run and tagged:
                store_articles(session, tagged)
        yield from changes


def _change(row: Any, tagged: TaggedArticle) -> RetagChange:
    old = {t.tag: t.score for t in row.tags}
    new = {t.tag: t.score for t in tagged.tags}
    stored = [{"tag": t.tag, "score": t.score, "code": t.code, "label": t.label,
               "evidence": t.evidence} for t in row.tags]  # fmt: skip
    return RetagChange(
        article_id=row.id,
        title=row.title,
        added=tuple(sorted(set(new) - set(old))),
        removed=tuple(sorted(set(old) - set(new))),
        rescored=any(old[k] != new[k] for k in set(old) & set(new)),
        changed=tags_changed(stored, tagged),
    )
