"""The feed registry: feeds add, import, export, list, remove, poll."""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape
from rich.table import Table
from sqlalchemy.exc import OperationalError as DBOperationalError
from sqlalchemy.exc import ProgrammingError

from worker.cli._common import app, db_failed, err, out, sessions_for, settings_or_exit
from worker.errors import PermanentError
from worker.opml import OpmlFeed

if TYPE_CHECKING:
    from worker.db.models import FetchRecord

feeds_app = typer.Typer(no_args_is_help=True, help="The feeds newsworker polls.")
app.add_typer(feeds_app, name="feeds")


def _ago(when: datetime | None, now: datetime) -> str:
    if when is None:
        return "never"
    seconds = (when - now).total_seconds()
    word = "in " if seconds > 0 else ""
    seconds = abs(seconds)
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size:
            return f"{word}{seconds / size:.0f}{unit}{'' if word else ' ago'}"
    return f"{word}{seconds:.0f}s{'' if word else ' ago'}"


def _register(feeds: list[OpmlFeed], interval: int | None, full_text: bool = False) -> Counter[str]:
    """Check and register feeds; returns how many were ``new``, ``known`` and ``refused``."""
    from worker.db.feeds import add_feed
    from worker.db.models import utcnow
    from worker.db.session import transaction
    from worker.http import FetchPolicy, check_url

    settings = settings_or_exit()
    allowed = FetchPolicy.from_settings(settings).allow_private_hosts
    counts: Counter[str] = Counter()
    try:
        with transaction(sessions_for(settings)) as session:
            for f in feeds:
                try:
                    check_url(f.url, allow_private_hosts=allowed)
                except PermanentError as e:
                    counts["refused"] += 1
                    err.print(f"[red]refused[/red] {escape(f.url)}: {escape(str(e))}",
                              soft_wrap=True)  # fmt: skip
                    continue
                feed, created = add_feed(session, f.url, now=utcnow(), interval=interval,
                                         title=f.title, full_text=full_text,
                                         category=f.category, html_url=f.html_url)  # fmt: skip
                counts["new" if created else "known"] += 1
                verb = "added" if created else "already registered:"
                out.print(f"{verb} feed {feed.id} {escape(f.url)}", soft_wrap=True)
    except (DBOperationalError, ProgrammingError) as e:
        raise db_failed(e, settings) from e
    return counts


@feeds_app.command("add")
def add(
    url: Annotated[str, typer.Argument(help="The feed's http(s) URL.")],
    interval: Annotated[
        int | None,
        typer.Option(
            min=60, max=7 * 86400, help="Seconds between polls (default: adapt to the feed)."
        ),
    ] = None,
    full_text: Annotated[
        bool, typer.Option(help="Fetch each entry's page for its full text (feeds of summaries).")
    ] = False,
) -> None:
    """Register a feed; it is polled at the next dispatch (within a minute).

    ``--full-text`` fetches each entry's page and stores its text (the feed's own text stays
    the fallback): for feeds that carry only summaries, or only links.
    """
    if _register([OpmlFeed(url)], interval, full_text)["refused"]:
        raise typer.Exit(1)


@feeds_app.command("import")
def import_opml(path: Annotated[Path, typer.Argument(help="An OPML file.")]) -> None:
    """Register every feed an OPML file lists."""
    from worker.opml import read_opml

    try:
        feeds = read_opml(path.read_bytes())
    except ValueError as e:  # a NUL in the name
        err.print(f"cannot read {escape(repr(str(path)))}: {e}")
        raise typer.Exit(1) from e
    except OSError as e:
        err.print(f"cannot read {path}: {e.strerror}")
        raise typer.Exit(1) from e
    except PermanentError as e:
        err.print(f"[red]{escape(str(e))}[/red]")
        raise typer.Exit(1) from e
    counts = _register(feeds, None)
    out.print(f"{len(feeds)} feed(s) in {path}: {counts['new']} new, "
              f"{counts['known']} already registered, {counts['refused']} refused")  # fmt: skip
    if counts["refused"]:
        raise typer.Exit(1)


@feeds_app.command("export")
def export_opml(
    out_file: Annotated[Path | None, typer.Option("--out", help="File (default: stdout).")] = None,
) -> None:
    """Write every registered feed as OPML."""
    import sys

    from worker.db.feeds import list_feeds
    from worker.opml import write_opml

    settings = settings_or_exit()
    with sessions_for(settings)() as session:
        data = write_opml(
            OpmlFeed(f.url, f.title, f.category, f.html_url) for f in list_feeds(session)
        )
    if out_file is None:
        sys.stdout.buffer.write(data)
    else:
        out_file.write_bytes(data)


def _last_poll(record: FetchRecord | None) -> str:
    """What the last poll found and what became of each entry (they add up)."""
    if record is None or record.outcome in ("not-modified", "same-hash"):
        return ""
    parts = [f"{n} {word}" for n, word in (
        (record.new, "new"), (record.updated, "updated"), (record.unchanged, "unchanged"),
        (record.dead, "dead"), (record.skipped, "skipped")) if n]  # fmt: skip
    reasons = ", ".join(f"{k} {v}" for k, v in sorted((record.skip_reasons or {}).items()))
    return (
        f"{record.entries} found"
        + (f": {', '.join(parts)}" if parts else "")
        + (f" ({reasons})" if reasons else "")
    )


@feeds_app.command("list")
def list_cmd() -> None:
    """Every feed: status, last and next fetch, entries, last poll's counts, outcome, error."""
    from worker.db.feeds import latest_fetches, list_feeds
    from worker.db.models import utcnow

    settings = settings_or_exit()
    now = utcnow()
    try:
        with sessions_for(settings)() as session:
            rows = list(list_feeds(session))
            last = latest_fetches(session)
    except (DBOperationalError, ProgrammingError) as e:
        raise db_failed(e, settings) from e
    table = Table(expand=True)
    for col in ("id", "status", "feed", "every", "last fetch", "next fetch", "entries",
                "last poll", "last outcome", "last error"):  # fmt: skip
        table.add_column(col, overflow="fold")
    for f in rows:
        style = {"failing": "yellow", "gone": "red", "paused": "dim"}.get(f.status, "")
        name = escape(f.title or f.url) + ("" if not f.title else f"\n[dim]{escape(f.url)}[/dim]")
        if f.category:
            name += f"\n[dim]in {escape(f.category)}[/dim]"
        table.add_row(
            str(f.id), f"[{style}]{f.status}[/{style}]" if style else f.status, name,
            f"{f.interval_seconds // 60} min", _ago(f.last_fetch_at, now),
            _ago(f.next_fetch_at, now), str(f.entries_seen), _last_poll(last.get(f.id)),
            f"{f.last_outcome or ''} {f.last_status or ''}".strip(),
            escape(f.last_error or ""),
        )  # fmt: skip
    out.print(table)


@feeds_app.command("remove")
def remove(ref: Annotated[str, typer.Argument(help="A feed id or URL.")]) -> None:
    """Stop polling a feed and forget its fetch records (its articles stay)."""
    from worker.db.feeds import find_feed, remove_feed
    from worker.db.session import transaction

    settings = settings_or_exit()
    with transaction(sessions_for(settings)) as session:
        feed = find_feed(session, ref)
        if feed is None:
            err.print(f"no feed {ref!r}; see `newsworker feeds list`")
            raise typer.Exit(1)
        remove_feed(session, feed)
    out.print(f"removed feed {ref}")


@feeds_app.command("poll")
def poll(
    ref: Annotated[str, typer.Argument(help="A feed id or URL.")],
    queue: Annotated[
        bool, typer.Option(help="Hand it to a worker instead of polling here.")
    ] = False,
) -> None:
    """Poll a feed now and print what it brought."""
    from worker.db.feeds import find_feed

    settings = settings_or_exit()
    with sessions_for(settings)() as session:
        feed = find_feed(session, ref)
        feed_id = feed.id if feed else None
    if feed_id is None:
        err.print(f"no feed {ref!r}; see `newsworker feeds list`")
        raise typer.Exit(1)
    if queue:
        from worker.cli._common import producer

        producer(settings)("newsworker.fetch_feed", [feed_id])
        out.print(f"feed {feed_id} queued for polling")
        return
    from worker.http import FetchPolicy
    from worker.pipeline.poll import poll_feed
    from worker.taxonomy import load_taxonomy

    result = poll_feed(
        feed_id, sessions=sessions_for(settings), taxonomy=load_taxonomy(settings.taxonomy),
        policy=FetchPolicy.from_settings(settings), max_bytes=settings.max_article_bytes,
        cluster_threshold=settings.cluster_threshold, timezones=settings.timezones,
    )  # fmt: skip
    summary = (
        f"feed {feed_id}: {result.outcome}"
        + (f" (HTTP {result.status_code})" if result.status_code else "")
        + (f", {result.entries} entries" if result.entries else "")
        + f", {result.new} new, {result.updated} updated, {result.unchanged} unchanged"
        + (f", {result.dead} dead-lettered" if result.dead else "")
        + (f", {result.skipped} skipped" if result.skipped else "")
    )
    out.print(summary, soft_wrap=True)
    if result.error:
        err.print(f"[red]{escape(result.error)}[/red]", soft_wrap=True)
        raise typer.Exit(1)
