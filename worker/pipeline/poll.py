"""Polling one feed: fetch -> parse -> (normalize -> tag -> store) each entry -> reschedule.

The feed orchestrator, beside :func:`worker.pipeline.ingest` which it calls for the entries.
Every poll leaves a fetch record (status, bytes, duration, outcome, counts, error class), and
the feed's state always says what happened last: a feed is never dropped silently.

Outcomes: ``not-modified`` (304), ``same-hash`` (the body did not change: no parse),
``parsed`` (entries ingested), or ``error`` with a failure kind: temporary (timeouts, 5xx,
429: back off, retry), soft (not a feed, unreadable: back off), hard (404, 410, refused
address: poll daily; 410 marks the feed gone).
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import partial
from typing import Any
from urllib.parse import urlsplit

import structlog
from sqlalchemy.orm import Session, sessionmaker

from worker.db import feeds as registry
from worker.db.models import utcnow
from worker.db.session import transaction
from worker.errors import NewsworkerError, PermanentError
from worker.http import (
    FetchPolicy,
    FetchResult,
    HostThrottle,
    PermanentFetchError,
    TransientFetchError,
    fetch,
)
from worker.minhash import DEFAULT_THRESHOLD
from worker.pipeline import Item, PageFetcher, ingest
from worker.pipeline.feed import ParsedFeed, parse_feed
from worker.pipeline.page import fetch_page
from worker.pipeline.schedule import (
    WEIGHTS,
    FailureKind,
    Hints,
    adaptive_interval,
    hints_from_headers,
    next_fetch,
)
from worker.taxonomy import Taxonomy

__all__ = ["PollOutcome", "poll_feed"]

log = structlog.get_logger(__name__)
ENTRY_BATCH = 100  # entries stored per transaction


@dataclass(frozen=True, slots=True)
class PollOutcome:
    """What one poll of one feed did."""

    feed_id: int
    outcome: str
    status_code: int | None = None
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    dead: int = 0
    error: str | None = None
    next_fetch_at: datetime | None = None


def _failure_kind(error: NewsworkerError) -> FailureKind:
    if isinstance(error, TransientFetchError):
        return "temporary"
    if isinstance(error, PermanentFetchError) and error.status in (404, 410, None):
        return "hard"
    return "soft"


def poll_feed(
    feed_id: int,
    *,
    sessions: sessionmaker[Session],
    taxonomy: Taxonomy,
    policy: FetchPolicy,
    max_bytes: int,
    throttle: HostThrottle | None = None,
    cluster_threshold: float = DEFAULT_THRESHOLD,
    timezones: Mapping[str, str] | None = None,
) -> PollOutcome:
    """Poll one registered feed now and store what it brings.

    ``timezones`` maps a host to the zone of its dates that carry none.
    """
    with transaction(sessions) as session:
        feed = registry.find_feed(session, str(feed_id))
        if feed is None:
            return PollOutcome(feed_id, "unknown-feed")
        url, etag, modified, body_hash = feed.url, feed.etag, feed.last_modified, feed.body_hash
        state = {
            "interval": feed.interval_seconds, "fixed": feed.interval_fixed,
            "failures": feed.failures, "weight": feed.failure_weight,
            "policy": feed.guid_policy, "seen": feed.entries_seen, "title": feed.title,
            "full_text": feed.full_text,
        }  # fmt: skip
    started = utcnow()
    clock = time.monotonic()
    try:
        result = fetch(url, policy, etag=etag, last_modified=modified, throttle=throttle)
    except (TransientFetchError, PermanentFetchError) as e:
        return _failed(sessions, feed_id, state, started, clock, e, getattr(e, "status", None))
    if result.not_modified or (result.body_sha256 and result.body_sha256 == body_hash):
        outcome = "not-modified" if result.not_modified else "same-hash"
        return _succeeded(sessions, feed_id, state, started, clock, result, outcome, None)
    try:
        parsed = parse_feed(result.body or b"", result.headers, source=_scope(url),
                            timezone=(timezones or {}).get(_scope(url)))  # fmt: skip
    except PermanentError as e:
        return _failed(sessions, feed_id, state, started, clock, e, result.status, result)
    pages = partial(fetch_page, policy=policy, throttle=throttle) if state["full_text"] else None
    return _succeeded(sessions, feed_id, state, started, clock, result, "parsed", parsed,
                      taxonomy=taxonomy, max_bytes=max_bytes,
                      cluster_threshold=cluster_threshold, pages=pages)  # fmt: skip


def _scope(url: str) -> str:
    """The GUID scope of a feed's entries: its host (one publisher's feeds share GUIDs)."""
    return (urlsplit(url).hostname or url).lower()


def _succeeded(
    sessions: sessionmaker[Session], feed_id: int, state: dict[str, Any], started: datetime,
    clock: float, result: FetchResult, outcome: str, parsed: ParsedFeed | None,
    *, taxonomy: Taxonomy | None = None, max_bytes: int = 0,
    cluster_threshold: float = DEFAULT_THRESHOLD,
    pages: PageFetcher | None = None,
) -> PollOutcome:  # fmt: skip
    counts = {"created": 0, "updated": 0, "unchanged": 0, "retagged": 0, "dead": 0}
    policy = state["policy"]
    interval = state["interval"]
    hints = hints_from_headers(result.headers, started)
    if parsed is not None and taxonomy is not None:
        if policy == "guid" and not parsed.guids_usable():
            policy = "url"  # blank or repeated GUIDs: identify entries by link instead
            log.warning("feed GUIDs unusable; identifying entries by URL", feed_id=feed_id)
        items = [
            Item(_with_policy(p, policy), date_provenance="feed", full_text=pages is not None)
            for p in parsed.entries
        ]
        for start in range(0, len(items), ENTRY_BATCH):
            for r in ingest(items[start : start + ENTRY_BATCH], sessions=sessions,
                            taxonomy=taxonomy, max_bytes=max_bytes,
                            task_name=f"feed:{feed_id}", fetch_page=pages,
                            cluster_threshold=cluster_threshold):  # fmt: skip
                counts[r.status] += 1
        if not state["fixed"]:
            interval = adaptive_interval(parsed.entry_dates(), interval)
        if parsed.ttl_minutes:
            hints = Hints(hints.retry_after, hints.max_age, hints.expires_in,
                          parsed.ttl_minutes * 60.0)  # fmt: skip
    now = utcnow()
    nxt = next_fetch(now, interval, hints)
    with transaction(sessions) as session:
        registry.update_feed(
            session, feed_id, status="active", interval_seconds=interval, next_fetch_at=nxt,
            last_fetch_at=now, last_success_at=now, last_status=result.status,
            last_outcome=outcome, last_error=parsed.bozo if parsed else None, failures=0,
            failure_weight=0.0, etag=result.headers.get("etag"),
            last_modified=result.headers.get("last-modified"), body_hash=result.body_sha256,
            guid_policy=policy, entries_seen=state["seen"] + counts["created"],
            title=(parsed.title if parsed and parsed.title else state["title"]),
        )  # fmt: skip
        registry.record_fetch(
            session, feed_id=feed_id, started_at=started, outcome=outcome,
            duration_ms=int((time.monotonic() - clock) * 1000), status_code=result.status,
            bytes=len(result.body) if result.body is not None else 0,
            new=counts["created"], updated=counts["updated"] + counts["retagged"],
            unchanged=counts["unchanged"], dead=counts["dead"],
            bozo=parsed.bozo if parsed else None,
        )  # fmt: skip
    return PollOutcome(feed_id, outcome, result.status, counts["created"],
                       counts["updated"] + counts["retagged"], counts["unchanged"],
                       counts["dead"], None, nxt)  # fmt: skip


def _with_policy(payload: dict[str, Any], policy: str) -> dict[str, Any]:
    if policy == "guid":
        return payload
    return {k: v for k, v in payload.items() if k != "guid"}


def _failed(
    sessions: sessionmaker[Session], feed_id: int, state: dict[str, Any], started: datetime,
    clock: float, error: NewsworkerError, status: int | None,
    result: FetchResult | None = None,
) -> PollOutcome:  # fmt: skip
    kind = _failure_kind(error)
    failures = state["failures"] + 1
    retry_after = getattr(error, "retry_after", None)
    now = utcnow()
    nxt = next_fetch(now, state["interval"], Hints(retry_after=retry_after),
                     failures=failures, failure=kind)  # fmt: skip
    gone = status == 410 or (status == 404 and failures >= 3)
    with transaction(sessions) as session:
        registry.update_feed(
            session, feed_id, status="gone" if gone else "failing", next_fetch_at=nxt,
            last_fetch_at=now, last_status=status, last_outcome=f"error:{kind}",
            last_error=str(error), failures=failures,
            failure_weight=state["weight"] + WEIGHTS[kind],
        )  # fmt: skip
        registry.record_fetch(
            session, feed_id=feed_id, started_at=started, outcome="error",
            duration_ms=int((time.monotonic() - clock) * 1000), status_code=status,
            bytes=len(result.body) if result and result.body else None,
            error_class=type(error).__name__, error=str(error),
        )  # fmt: skip
    log.warning("feed poll failed", feed_id=feed_id, kind=kind, error=str(error),
                next_fetch_at=nxt.isoformat())  # fmt: skip
    return PollOutcome(feed_id, "error", status, error=str(error), next_fetch_at=nxt)


def lease() -> timedelta:
    """How long a claimed feed stays claimed: longer than any fetch plus queue wait."""
    return timedelta(minutes=10)
