"""The feed registry as the CLI sees it: register, list, export, remove, poll one now.

Feeds come out as :class:`FeedView`, plain values the CLI renders as a table or as JSON;
nothing here prints. Database errors come out as SQLAlchemy's, which the CLI maps to its
exit codes in one place (``worker.cli.main``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal

from kombu.exceptions import OperationalError as KombuOperationalError

from worker.config import Settings
from worker.db.feeds import add_feed, find_feed, latest_fetches, list_feeds, remove_feed
from worker.db.models import Feed, FetchRecord, utcnow
from worker.db.session import get_sessionmaker, transaction
from worker.errors import PermanentError
from worker.opml import OpmlFeed

if TYPE_CHECKING:
    from worker.deps import Send
    from worker.pipeline.poll import PollOutcome

__all__ = [
    "FeedView",
    "LastPoll",
    "Registered",
    "dispatch_now",
    "feed_id",
    "feed_views",
    "opml_feeds",
    "poll_here",
    "register",
    "remove",
]


@dataclass(frozen=True, slots=True)
class LastPoll:
    """A feed's latest fetch record: what the server said and what became of each entry."""

    started_at: datetime
    outcome: str
    status_code: int | None
    entries: int
    new: int
    updated: int
    unchanged: int
    dead: int
    skipped: int
    skip_reasons: dict[str, int] = field(default_factory=dict)
    error: str | None = None


@dataclass(frozen=True, slots=True)
class FeedView:
    """One registered feed with its polling state and its last poll."""

    id: int
    url: str
    title: str | None
    category: str | None
    html_url: str | None
    status: str
    interval_seconds: int
    full_text: bool
    last_fetch_at: datetime | None
    last_success_at: datetime | None
    next_fetch_at: datetime
    last_status: int | None
    last_outcome: str | None
    last_error: str | None
    failures: int
    entries_seen: int
    last_poll: LastPoll | None

    def as_json(self) -> dict[str, Any]:
        """A JSON-ready dict: datetimes as ISO 8601 strings."""
        data: dict[str, Any] = _jsonable(asdict(self))
        return data


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, datetime):
        return value.isoformat()
    return value


def _last_poll(r: FetchRecord | None) -> LastPoll | None:
    if r is None:
        return None
    return LastPoll(
        started_at=r.started_at, outcome=r.outcome, status_code=r.status_code,
        entries=r.entries, new=r.new, updated=r.updated, unchanged=r.unchanged, dead=r.dead,
        skipped=r.skipped, skip_reasons=dict(r.skip_reasons or {}), error=r.error,
    )  # fmt: skip


def _view(f: Feed, last: FetchRecord | None) -> FeedView:
    return FeedView(
        id=f.id, url=f.url, title=f.title, category=f.category, html_url=f.html_url,
        status=f.status, interval_seconds=f.interval_seconds, full_text=f.full_text,
        last_fetch_at=f.last_fetch_at, last_success_at=f.last_success_at,
        next_fetch_at=f.next_fetch_at, last_status=f.last_status, last_outcome=f.last_outcome,
        last_error=f.last_error, failures=f.failures, entries_seen=f.entries_seen,
        last_poll=_last_poll(last),
    )  # fmt: skip


def feed_views(settings: Settings) -> list[FeedView]:
    """Every feed, failing ones first, then by next fetch, each with its last poll."""
    with get_sessionmaker(settings.sqlalchemy_url)() as session:
        last = latest_fetches(session)
        return [_view(f, last.get(f.id)) for f in list_feeds(session)]


@dataclass(frozen=True, slots=True)
class Registered:
    """What became of one feed handed to :func:`register`."""

    feed: OpmlFeed
    outcome: Literal["new", "known", "refused"]
    feed_id: int | None = None
    error: str | None = None


def register(
    settings: Settings, feeds: Iterable[OpmlFeed], interval: int | None = None,
    full_text: bool = False, on_each: Callable[[], object] | None = None,
) -> list[Registered]:  # fmt: skip
    """Check each feed's URL and register it (in one transaction); refused ones are named.
    ``on_each`` is called after each feed (a progress bar)."""
    from worker.http import FetchPolicy, check_url

    allowed = FetchPolicy.from_settings(settings).allow_private_hosts
    results: list[Registered] = []
    with transaction(get_sessionmaker(settings.sqlalchemy_url)) as session:
        for f in feeds:
            try:
                check_url(f.url, allow_private_hosts=allowed)
            except PermanentError as e:
                results.append(Registered(f, "refused", error=str(e)))
            else:
                feed, created = add_feed(session, f.url, now=utcnow(), interval=interval,
                                         title=f.title, full_text=full_text,
                                         category=f.category, html_url=f.html_url)  # fmt: skip
                results.append(Registered(f, "new" if created else "known", feed_id=feed.id))
            if on_each is not None:
                on_each()
    return results


def opml_feeds(settings: Settings) -> list[OpmlFeed]:
    """Every registered feed, as OPML outlines."""
    with get_sessionmaker(settings.sqlalchemy_url)() as session:
        return [OpmlFeed(f.url, f.title, f.category, f.html_url) for f in list_feeds(session)]


def feed_id(settings: Settings, ref: str) -> int | None:
    """The id of the feed ``ref`` names (an id or a URL), if it is registered."""
    with get_sessionmaker(settings.sqlalchemy_url)() as session:
        feed = find_feed(session, ref)
        return feed.id if feed else None


def remove(settings: Settings, ref: str) -> bool:
    """Forget the feed ``ref`` names and its fetch records; False if there is none."""
    with transaction(get_sessionmaker(settings.sqlalchemy_url)) as session:
        feed = find_feed(session, ref)
        if feed is None:
            return False
        remove_feed(session, feed)
        return True


def dispatch_now(send: Send) -> bool:
    """Ask the workers to dispatch due feeds now (new feeds are due at once), not at the
    next beat tick; False when the broker cannot be reached (beat's next dispatch will)."""
    try:
        send("newsworker.dispatch_feeds", [])
    except KombuOperationalError:
        return False
    return True


def poll_here(settings: Settings, feed_ids: Sequence[int]) -> list[PollOutcome]:
    """Poll these feeds now, in this process, through the same pipeline as a worker."""
    from worker.http import FetchPolicy
    from worker.pipeline.poll import poll_feed
    from worker.taxonomy import load_taxonomy

    taxonomy = load_taxonomy(settings.taxonomy)
    policy = FetchPolicy.from_settings(settings)
    return [
        poll_feed(
            fid,
            sessions=get_sessionmaker(settings.sqlalchemy_url),
            taxonomy=taxonomy,
            policy=policy,
            max_bytes=settings.max_article_bytes,
            cluster_threshold=settings.cluster_threshold,
            timezones=settings.timezones,
        )
        for fid in feed_ids
    ]
