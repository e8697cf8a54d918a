"""The feed registry: feeds add, import, export, list, remove, poll."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape
from rich.table import Table

from worker.cli._common import app, err, out, producer, progress, safe_url, settings_or_exit
from worker.errors import PermanentError
from worker.opml import OpmlFeed

if TYPE_CHECKING:
    from types import ModuleType

    from worker.services.feeds import FeedView, LastPoll

feeds_app = typer.Typer(no_args_is_help=True, help="The feeds newsworker polls.")
app.add_typer(feeds_app, name="feeds")


class Format(StrEnum):
    """--format of ``feeds list``: its values are the choices --help shows."""

    table = "table"
    json = "json"


def _registry() -> ModuleType:
    """worker.services.feeds, imported when a command runs (see worker/cli)."""
    from worker.services import feeds

    return feeds


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


def _register(
    feeds: Sequence[OpmlFeed], interval: int | None, full_text: bool = False
) -> Counter[str]:
    """Check and register feeds; returns how many were ``new``, ``known`` and ``refused``."""
    counts: Counter[str] = Counter()
    settings = settings_or_exit()
    with progress("registering feeds", len(feeds)) as advance:
        results = _registry().register(settings, feeds, interval, full_text, on_each=advance)
    for r in results:
        counts[r.outcome] += 1
        if r.outcome == "refused":
            err.print(f"[red]refused[/red] {escape(r.feed.url)}: {escape(r.error or '')}",
                      soft_wrap=True)  # fmt: skip
        else:
            verb = "added" if r.outcome == "new" else "already registered:"
            out.print(f"{verb} feed {r.feed_id} {escape(r.feed.url)}", soft_wrap=True)
    if counts["new"]:
        if _registry().dispatch_now(producer(settings)):
            out.print(f"{counts['new']} new feed(s): polled as soon as a worker is free")
        else:
            err.print(f"broker unreachable at {safe_url(settings.broker_url)}: new feeds are "
                      "polled at the scheduler's next dispatch")  # fmt: skip
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
    """Register a feed; a worker polls it at once (else at the next dispatch).

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

    from worker.opml import write_opml

    data = write_opml(_registry().opml_feeds(settings_or_exit()))
    if out_file is None:
        sys.stdout.buffer.write(data)
    else:
        out_file.write_bytes(data)


def _last_poll(record: LastPoll | None) -> str:
    """What the last poll found and what became of each entry (they add up)."""
    if record is None or record.outcome in ("not-modified", "same-hash"):
        return ""
    parts = [f"{n} {word}" for n, word in (
        (record.new, "new"), (record.updated, "updated"), (record.unchanged, "unchanged"),
        (record.dead, "dead"), (record.skipped, "skipped")) if n]  # fmt: skip
    reasons = ", ".join(f"{k} {v}" for k, v in sorted(record.skip_reasons.items()))
    return (
        f"{record.entries} found"
        + (f": {', '.join(parts)}" if parts else "")
        + (f" ({reasons})" if reasons else "")
    )


def _table(rows: list[FeedView]) -> Table:
    now = datetime.now(UTC)
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
            _ago(f.next_fetch_at, now), str(f.entries_seen), _last_poll(f.last_poll),
            f"{f.last_outcome or ''} {f.last_status or ''}".strip(),
            escape(f.last_error or ""),
        )  # fmt: skip
    return table


@feeds_app.command("list")
def list_cmd(
    fmt: Annotated[
        Format, typer.Option("--format", help="table, or json: one array of feeds.")
    ] = Format.table,
) -> None:
    """Every feed: status, last and next fetch, entries, last poll's counts, outcome, error."""
    rows = _registry().feed_views(settings_or_exit())
    if fmt == Format.json:
        print(json.dumps([f.as_json() for f in rows], ensure_ascii=False, indent=2))
    else:
        out.print(_table(rows))


@feeds_app.command("remove")
def remove(ref: Annotated[str, typer.Argument(help="A feed id or URL.")]) -> None:
    """Stop polling a feed and forget its fetch records (its articles stay)."""
    if not _registry().remove(settings_or_exit(), ref):
        err.print(f"no feed {ref!r}; see `newsworker feeds list`")
        raise typer.Exit(1)
    out.print(f"removed feed {ref}")


@feeds_app.command("poll")
def poll(
    ref: Annotated[str, typer.Argument(help="A feed id or URL.")],
    queue: Annotated[
        bool, typer.Option(help="Hand it to a worker instead of polling here.")
    ] = False,
) -> None:
    """Poll a feed now and print what it brought."""
    settings = settings_or_exit()
    feed_id = _registry().feed_id(settings, ref)
    if feed_id is None:
        err.print(f"no feed {ref!r}; see `newsworker feeds list`")
        raise typer.Exit(1)
    if queue:
        from worker.cli._common import producer

        producer(settings)("newsworker.fetch_feed", [feed_id])
        out.print(f"feed {feed_id} queued for polling")
        return
    (result,) = _registry().poll_here(settings, [feed_id])
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
