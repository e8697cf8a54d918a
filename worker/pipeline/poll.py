"""Polling one feed: fetch -> parse -> (normalize -> tag -> store) each entry -> reschedule.

The feed orchestrator, beside :func:`worker.pipeline.ingest` which it calls for the entries.
Every poll leaves a fetch record (status, bytes, duration, outcome, counts, error class),
written when the poll starts and completed when it ends, and the feed's state always says
what happened last: a feed is never dropped silently.

Outcomes: ``not-modified`` (304), ``same-hash`` (the body did not change: no parse),
``parsed`` (entries ingested), or ``error`` with a failure kind: temporary (timeouts, 5xx,
429: back off, retry), soft (not a feed, unreadable, or a fault of ours: back off), hard
(404, 410, refused address: poll daily; 410 marks the feed gone).

**Accounting**: every entry the parser finds ends new, updated, unchanged, dead-lettered
(with its reason, and the feed and fetch it came from) or skipped (with a reason); the fetch
record keeps each count and ``entries``, and they add up.

**Fault barrier**: whatever a poll raises past the fetch (a parser or scheduling bug, a
hostile document) becomes an ``error`` fetch record with the exception, ``last_error``, a
failure weight and a backoff; the entries stored before the fault stay counted.

**Identity**: each entry is identified by its GUID, or by its URL when it has none; a feed
that gives one GUID to entries with different links is identified by URL altogether, until
a poll shows unique GUIDs again. The decision and its reason are kept on the feed.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import partial
from typing import Any
from urllib.parse import urlsplit

import structlog
from sqlalchemy.orm import Session, sessionmaker

from worker.db import feeds as registry
from worker.db.models import utcnow
from worker.db.session import transaction
from worker.errors import InternalError, NewsworkerError, PermanentError
from worker.http import (
    FetchPolicy,
    FetchResult,
    HostThrottle,
    PermanentFetchError,
    TransientFetchError,
    fetch,
)
from worker.minhash import DEFAULT_THRESHOLD
from worker.pipeline import Item, ingest
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

__all__ = ["PollOutcome", "lease", "poll_feed"]

log = structlog.get_logger(__name__)
ENTRY_BATCH = 100  # entries stored per transaction


@dataclass(frozen=True, slots=True)
class PollOutcome:
    """What one poll of one feed did; ``new + updated + unchanged + dead + skipped`` is
    ``entries``, the number of entries the parser found."""

    feed_id: int
    outcome: str
    status_code: int | None = None
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    dead: int = 0
    error: str | None = None
    next_fetch_at: datetime | None = None
    skipped: int = 0
    entries: int = 0
    fetch_id: int | None = None


@dataclass(slots=True)
class _Poll:
    """One poll in progress: the feed's state read at the start, and the tally so far."""

    feed_id: int
    fetch_id: int
    state: dict[str, Any]
    started: datetime
    clock: float = field(default_factory=time.monotonic)
    entries: int = 0
    counts: Counter[str] = field(default_factory=Counter)
    skip_reasons: dict[str, int] = field(default_factory=dict)

    def tally(self) -> dict[str, Any]:
        c = self.counts
        return {"new": c["created"], "updated": c["updated"] + c["retagged"],
                "unchanged": c["unchanged"], "dead": c["dead"],
                "skipped": sum(self.skip_reasons.values()), "entries": self.entries,
                "skip_reasons": dict(self.skip_reasons) or None}  # fmt: skip

    def elapsed_ms(self) -> int:
        return int((time.monotonic() - self.clock) * 1000)


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
    send: Callable[[str, list[Any]], Any] | None = None,
) -> PollOutcome:
    """Poll one registered feed now and store what it brings; never raises for a feed's
    content (see the fault barrier above), only when the database itself fails.

    ``timezones`` maps a host to the zone of its dates that carry none. With ``send`` (a
    worker's), a full-text feed's pages are fetched by ``newsworker.ingest_url`` tasks of
    their own: the poll stores each entry's own text at once, and the page replaces it as an
    update when it arrives; a poll never waits for a hundred pages. Without it (``feeds
    poll``), pages are fetched inline.
    """
    started = utcnow()
    with transaction(sessions) as session:
        feed = registry.find_feed(session, str(feed_id))
        if feed is None:
            return PollOutcome(feed_id, "unknown-feed")
        state: dict[str, Any] = {
            "url": feed.url, "etag": feed.etag, "modified": feed.last_modified,
            "body_hash": feed.body_hash, "interval": feed.interval_seconds,
            "fixed": feed.interval_fixed, "failures": feed.failures,
            "weight": feed.failure_weight, "policy": feed.guid_policy,
            "policy_reason": feed.guid_policy_reason, "seen": feed.entries_seen,
            "title": feed.title, "full_text": feed.full_text, "html_url": feed.html_url,
        }  # fmt: skip
        fetch_id = registry.start_fetch(session, feed_id=feed_id, started_at=started)
    poll = _Poll(feed_id, fetch_id, state, started)
    result: FetchResult | None = None
    try:
        try:
            result = fetch(state["url"], policy, etag=state["etag"],
                           last_modified=state["modified"], throttle=throttle)  # fmt: skip
        except (TransientFetchError, PermanentFetchError) as e:
            return _failed(sessions, poll, e, getattr(e, "status", None))
        return _parse_and_store(sessions, poll, result, taxonomy=taxonomy, policy=policy,
                                throttle=throttle, max_bytes=max_bytes,
                                cluster_threshold=cluster_threshold,
                                timezone=(timezones or {}).get(_scope(state["url"])),
                                send=send)  # fmt: skip
    except Exception as e:  # the fault barrier: a feed's content must never kill its poll
        log.exception("feed poll raised", feed_id=feed_id)
        error = InternalError(f"poll: {type(e).__name__}: {str(e)[:500]}")
        return _failed(sessions, poll, error, result.status if result else None, result)


def _parse_and_store(
    sessions: sessionmaker[Session], poll: _Poll, result: FetchResult, *, taxonomy: Taxonomy,
    policy: FetchPolicy, throttle: HostThrottle | None, max_bytes: int,
    cluster_threshold: float, timezone: str | None,
    send: Callable[[str, list[Any]], Any] | None = None,
) -> PollOutcome:  # fmt: skip
    state = poll.state
    if result.not_modified or (result.body_sha256 and result.body_sha256 == state["body_hash"]):
        outcome = "not-modified" if result.not_modified else "same-hash"
        return _succeeded(sessions, poll, result, outcome, None)
    try:
        parsed = parse_feed(result.body or b"", result.headers, source=_scope(state["url"]),
                            timezone=timezone, link_only=state["full_text"])  # fmt: skip
    except PermanentError as e:
        return _failed(sessions, poll, e, result.status, result)
    poll.entries = parsed.found
    poll.skip_reasons = dict(parsed.skip_reasons)
    fan_out = bool(state["full_text"]) and send is not None
    inline = state["full_text"] and not fan_out
    pages = partial(fetch_page, policy=policy, throttle=throttle) if inline else None
    identity, reason = _identity(parsed, state["policy"])
    if identity != state["policy"]:
        log.warning("feed identity changed", feed_id=poll.feed_id, to=identity, reason=reason)
    state["policy"], state["policy_reason"] = identity, reason
    payloads = [_with_policy(p, identity) for p in parsed.entries]
    if fan_out:
        assert send is not None
        queued = [p for p in payloads if not _has_body(p)]
        payloads = [p for p in payloads if _has_body(p)]
        if queued:  # link-only entries: their page is all there is
            poll.skip_reasons["page-queued"] = poll.skip_reasons.get("page-queued", 0) + len(queued)
    items = [
        Item(p, date_provenance="feed", full_text=pages is not None, fragment=True)
        for p in payloads
    ]
    for start in range(0, len(items), ENTRY_BATCH):
        for r in ingest(items[start : start + ENTRY_BATCH], sessions=sessions,
                        taxonomy=taxonomy, max_bytes=max_bytes,
                        task_name=f"feed:{poll.feed_id}", fetch_page=pages,
                        cluster_threshold=cluster_threshold,
                        origin=(poll.feed_id, poll.fetch_id)):  # fmt: skip
            poll.counts[r.status] += 1
    if fan_out:
        assert send is not None
        for payload in [*payloads, *queued]:
            if isinstance(payload.get("url"), str):
                page = {k: v for k, v in payload.items() if k not in ("text", "html")}
                send("newsworker.ingest_url", [page])
    return _succeeded(sessions, poll, result, "parsed", parsed)


def _has_body(payload: Mapping[str, Any]) -> bool:
    return any(isinstance(payload.get(k), str) and payload[k].strip() for k in ("text", "html"))


def _identity(parsed: ParsedFeed, current: str) -> tuple[str, str | None]:
    """How this poll's entries are identified (``guid`` or ``url``) and why."""
    repeated = parsed.repeated_guid()
    if repeated is not None:
        return "url", f"GUID {repeated[:80]!r} names entries with different links"
    with_guid = sum(1 for e in parsed.entries if e.get("guid"))
    if current == "url" and not with_guid:
        return "url", "GUIDs were unusable and the feed still gives none"
    missing = len(parsed.entries) - with_guid
    if missing:
        return "guid", f"{missing} of {len(parsed.entries)} entries carry no GUID: by URL"
    if current == "url":
        return "guid", "GUIDs are unique again"
    return "guid", None


def _scope(url: str) -> str:
    """The GUID scope of a feed's entries: its host (one publisher's feeds share GUIDs)."""
    return (urlsplit(url).hostname or url).lower()


def _succeeded(
    sessions: sessionmaker[Session], poll: _Poll, result: FetchResult, outcome: str,
    parsed: ParsedFeed | None,
) -> PollOutcome:  # fmt: skip
    state = poll.state
    interval = state["interval"]
    hints = hints_from_headers(result.headers, poll.started)
    now = utcnow()
    if parsed is not None:
        if not state["fixed"]:
            interval = adaptive_interval(parsed.entry_dates(), interval, now=now)
        if parsed.ttl_minutes:
            hints = Hints(hints.retry_after, hints.max_age, hints.expires_in,
                          parsed.ttl_minutes * 60.0)  # fmt: skip
    nxt = next_fetch(now, interval, hints)
    tally = poll.tally()
    with transaction(sessions) as session:
        registry.update_feed(
            session, poll.feed_id, status="active", interval_seconds=interval,
            next_fetch_at=nxt, last_fetch_at=now, last_success_at=now,
            last_status=result.status, last_outcome=outcome,
            last_error=parsed.bozo if parsed else None, failures=0, failure_weight=0.0,
            etag=result.headers.get("etag"), last_modified=result.headers.get("last-modified"),
            body_hash=result.body_sha256, guid_policy=state["policy"],
            guid_policy_reason=state["policy_reason"],
            entries_seen=state["seen"] + tally["new"],
            title=(parsed.title if parsed and parsed.title else state["title"]),
            html_url=state["html_url"] or (parsed.link if parsed else None),
        )  # fmt: skip
        registry.finish_fetch(
            session, poll.fetch_id, outcome=outcome, duration_ms=poll.elapsed_ms(),
            status_code=result.status,
            bytes=len(result.body) if result.body is not None else 0,
            bozo=parsed.bozo if parsed else None, **tally,
        )  # fmt: skip
    return _outcome(poll, outcome, result.status, None, nxt)


def _outcome(
    poll: _Poll, outcome: str, status: int | None, error: str | None, nxt: datetime
) -> PollOutcome:
    t = poll.tally()
    return PollOutcome(poll.feed_id, outcome, status, t["new"], t["updated"], t["unchanged"],
                       t["dead"], error, nxt, t["skipped"], t["entries"],
                       poll.fetch_id)  # fmt: skip


def _with_policy(payload: dict[str, Any], policy: str) -> dict[str, Any]:
    if policy == "guid":
        return payload
    return {k: v for k, v in payload.items() if k != "guid"}


def _failed(
    sessions: sessionmaker[Session], poll: _Poll, error: NewsworkerError, status: int | None,
    result: FetchResult | None = None,
) -> PollOutcome:  # fmt: skip
    state = poll.state
    kind = _failure_kind(error)
    failures = state["failures"] + 1
    retry_after = getattr(error, "retry_after", None)
    now = utcnow()
    nxt = next_fetch(now, state["interval"], Hints(retry_after=retry_after),
                     failures=failures, failure=kind)  # fmt: skip
    gone = status == 410 or (status == 404 and failures >= 3)
    accounted = sum(poll.counts.values()) + sum(poll.skip_reasons.values())
    if poll.entries > accounted:  # the fault came before these entries were stored
        poll.skip_reasons["poll-error"] = poll.entries - accounted
    with transaction(sessions) as session:
        registry.update_feed(
            session, poll.feed_id, status="gone" if gone else "failing", next_fetch_at=nxt,
            last_fetch_at=now, last_status=status, last_outcome=f"error:{kind}",
            last_error=str(error), failures=failures,
            failure_weight=state["weight"] + WEIGHTS[kind],
            entries_seen=state["seen"] + poll.counts["created"],
        )  # fmt: skip
        registry.finish_fetch(
            session, poll.fetch_id, outcome="error", duration_ms=poll.elapsed_ms(),
            status_code=status, bytes=len(result.body) if result and result.body else None,
            error_class=type(error).__name__, error=str(error), **poll.tally(),
        )  # fmt: skip
    log.warning("feed poll failed", feed_id=poll.feed_id, kind=kind, error=str(error),
                next_fetch_at=nxt.isoformat())  # fmt: skip
    return _outcome(poll, "error", status, str(error), nxt)


def lease() -> timedelta:
    """How long a claimed feed stays claimed: longer than any fetch plus queue wait."""
    return timedelta(minutes=10)
