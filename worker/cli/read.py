"""Reading what was stored: articles, export, show, dead-letters."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn, TextIO

import typer
from rich.markup import escape
from rich.progress import Progress

from worker.cli._common import app, err, out, settings_or_exit

if TYPE_CHECKING:
    from types import ModuleType

    from worker.config import Settings
    from worker.contracts import ArticleOut
    from worker.services.read import ArticleFilter, ArticleVersionOut


def _service() -> ModuleType:
    """worker.services.read, imported when a command runs (see worker/cli)."""
    from worker.services import read

    return read


class ListFormat(StrEnum):
    """--format of listings: its values are the choices --help shows."""

    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


class TableFormat(StrEnum):
    """--format of the listings that have no CSV form."""

    table = "table"
    json = "json"


class ExportFormat(StrEnum):
    """--format of export files."""

    jsonl = "jsonl"
    json = "json"
    csv = "csv"


MAX_QUERY = 500
CSV_COLUMNS = ("id", "published_at", "published_precision", "first_seen_at", "language",
               "source", "url", "title", "tags")  # fmt: skip


def _date(value: str | None, option: str) -> datetime | None:
    from worker.dates import parse_iso_partial

    if value is None:
        return None
    parsed = parse_iso_partial(value, "submission")
    if parsed is None:
        raise typer.BadParameter(f"{option} {value!r} is not an ISO date such as 2025-05-08")
    return parsed.value


def _write(rows: Iterator[ArticleOut], fmt: str, sink: TextIO, total: int | None) -> int:
    """Stream articles to ``sink`` in ``fmt``; a progress bar on stderr when it helps."""
    show_progress = total is not None and err.is_terminal and not sink.isatty()
    written = 0
    with Progress(console=err, transient=True, disable=not show_progress) as progress:
        task = progress.add_task("exporting", total=total)
        writer = csv.writer(sink) if fmt == "csv" else None
        if writer:
            writer.writerow(CSV_COLUMNS)
        if fmt == "json":
            sink.write("[")
        for a in rows:
            if fmt == "jsonl":
                sink.write(a.model_dump_json() + "\n")
            elif fmt == "json":
                sink.write(("," if written else "") + "\n" + a.model_dump_json())
            elif writer:
                tags = ";".join(f"{t.tag}:{t.score:.3f}" for t in a.tags)
                writer.writerow([a.id, a.published_at, a.published_precision, a.first_seen_at,
                                 a.language, a.source, a.url, a.title, tags])  # fmt: skip
            written += 1
            progress.advance(task)
        if fmt == "json":
            sink.write("\n]\n")
    return written


def _run_query(f: ArticleFilter, fmt: str, sink: TextIO | None, count_first: bool) -> int:
    from worker.display import articles_table

    settings = settings_or_exit()
    with _service().query_articles(settings, f, count_first=count_first) as found:
        if fmt == "table":
            out.print(articles_table(list(found.rows)))
            return 0
        return _write(found.rows, fmt, sink or sys.stdout, found.total)


@app.command()
def articles(
    tag: Annotated[str | None, typer.Option(help="Only articles with this tag.")] = None,
    min_score: Annotated[float, typer.Option(help="With --tag: the lowest score.")] = 0.0,
    language: Annotated[str | None, typer.Option(help="ISO 639-1 language code.")] = None,
    source: Annotated[str | None, typer.Option(help="The source, as submitted.")] = None,
    published_from: Annotated[str | None, typer.Option(help="Published on or after.")] = None,
    published_to: Annotated[str | None, typer.Option(help="Published before.")] = None,
    seen_from: Annotated[str | None, typer.Option(help="First seen on or after.")] = None,
    seen_to: Annotated[str | None, typer.Option(help="First seen before.")] = None,
    query: Annotated[
        str | None,
        typer.Option(
            help="Words in the title or text, all of them, case and accents aside; best match "
            "first (full-text search; at most 500 characters)."
        ),
    ] = None,
    cluster: Annotated[
        str | None, typer.Option(help="Only this story: articles sharing a cluster id.")
    ] = None,
    limit: Annotated[
        int, typer.Option(min=0, max=10**9, help="How many, newest first (0: all).")
    ] = 20,
    fmt: Annotated[ListFormat, typer.Option("--format", help="Output format.")] = ListFormat.table,
    as_json: Annotated[bool, typer.Option("--json", help="Same as --format jsonl.")] = False,
) -> None:
    """List stored articles with their tags; large results stream, never load at once."""
    fmt = ListFormat.jsonl if as_json else fmt
    if query is not None and len(query) > MAX_QUERY:
        raise typer.BadParameter(f"--query is at most {MAX_QUERY} characters")
    if tag is not None:
        tag = _service().known_tag(settings_or_exit(), tag)
    f = _service().ArticleFilter(
        tag=tag, min_score=min_score, language=language, source=source,
        published_from=_date(published_from, "--published-from"),
        published_to=_date(published_to, "--published-to"),
        seen_from=_date(seen_from, "--seen-from"), seen_to=_date(seen_to, "--seen-to"),
        text=query, cluster=cluster, limit=limit or None,
    )  # fmt: skip
    _run_query(f, fmt.value, None, count_first=err.is_terminal and not sys.stdout.isatty())


@app.command()
def export(
    out_file: Annotated[Path, typer.Option("--out", help="The file to write (JSON lines).")],
    since: Annotated[str | None, typer.Option(help="Only articles first seen since.")] = None,
    tag: Annotated[str | None, typer.Option(help="Only articles with this tag.")] = None,
    fmt: Annotated[
        ExportFormat, typer.Option("--format", help="File format.")
    ] = ExportFormat.jsonl,
) -> None:
    """Write stored articles to a file: JSON lines valid against schemas/article.schema.json."""
    if tag is not None:
        tag = _service().known_tag(settings_or_exit(), tag)
    f = _service().ArticleFilter(tag=tag, seen_from=_date(since, "--since"))
    if not out_file.parent.is_dir():
        raise typer.BadParameter(f"no folder {out_file.parent} to write {out_file.name} in")
    tmp = out_file.with_name(out_file.name + ".partial")
    with tmp.open("w", encoding="utf-8", newline="") as sink:
        n = _run_query(f, fmt.value, sink, count_first=True)
    tmp.replace(out_file)  # a reader never sees half a file
    out.print(f"wrote {n} article(s) to {out_file}")


@app.command()
def show(
    article_id: Annotated[str, typer.Argument(help="An article id or a unique prefix of it.")],
    as_json: Annotated[bool, typer.Option("--json", help="The article as JSON.")] = False,
    versions: Annotated[
        bool, typer.Option("--versions", help="Every content it has had, with what changed.")
    ] = False,
) -> None:
    """Show one article with its tags and their evidence (or its versions)."""
    from worker.display import article_panel

    settings = settings_or_exit()
    if versions:
        _show_versions(settings, article_id, as_json)
        return
    article = _service().article_by_id(settings, article_id)
    if article is None:
        _no_single(article_id)
    if as_json:
        print(json.dumps(article.model_dump(), ensure_ascii=False, indent=2))
    else:
        out.print(article_panel(article))


def _no_single(article_id: str) -> NoReturn:
    err.print(f"no single article has an id starting {article_id!r}", soft_wrap=True)
    raise typer.Exit(1)


def _show_versions(settings: Settings, article_id: str, as_json: bool) -> None:
    found = _service().article_versions(settings, article_id)
    if found is None:
        _no_single(article_id)
    article, history = found
    if as_json:
        doc = {"article_id": article.id, "versions": [v.as_json() for v in history]}
        print(json.dumps(doc, ensure_ascii=False, indent=2))
        return
    out.print(f"[bold]{escape(article.title)}[/bold] ({article.id}): {len(history)} version(s)")
    previous: ArticleVersionOut | None = None
    for n, v in enumerate(history, 1):
        state = "current" if v.current else f"superseded {v.superseded_at or '(date unknown)'}"
        out.print(f"\n[bold]{n}.[/bold] {v.content_hash[:12]}  first seen {v.first_seen_at}, "
                  f"{state}", soft_wrap=True)  # fmt: skip
        if not v.kept:
            out.print("   content not kept (replaced before versions kept their text)")
        elif previous is None or not previous.kept:
            out.print(f"   title: {escape(v.title or '')}", soft_wrap=True)
            out.print(f"   text: {len((v.text or '').split())} words")
        else:
            out.print(escape(_diff(previous, v)), soft_wrap=True)
        previous = v


def _diff(old: ArticleVersionOut, new: ArticleVersionOut, limit: int = 40) -> str:
    """What changed from ``old`` to ``new``: a unified diff of title and text, by sentence."""
    import difflib
    import re

    def lines(v: ArticleVersionOut) -> list[str]:
        return [f"title: {v.title}", *re.split(r"(?<=[.!?。])\s+", v.text or "")]

    diff = [d for d in difflib.unified_diff(lines(old), lines(new), lineterm="", n=0)
            if not d.startswith(("---", "+++", "@@"))]  # fmt: skip
    shown = [f"   {d[0]} {d[1:]}" for d in diff[:limit]]
    if len(diff) > limit:
        shown.append(f"   ... {len(diff) - limit} more line(s)")
    return "\n".join(shown) or "   (same title and text)"


@app.command("dead-letters")
def dead_letters_cmd(
    limit: Annotated[int, typer.Option(min=1, max=100_000, help="How many, newest first.")] = 20,
    feed: Annotated[
        int | None, typer.Option(help="Only the entries of this feed (id), with their counts.")
    ] = None,
    replay: Annotated[
        bool,
        typer.Option("--replay-spool", help="First move dead letters spooled on disk in."),
    ] = False,
    fmt: Annotated[
        TableFormat,
        typer.Option("--format", help="table, or json: one array, each input whole."),
    ] = TableFormat.table,
) -> None:
    """List input that could not be processed, and why (and any still waiting on disk)."""
    from worker.display import dead_letters_table
    from worker.services.dead_letters import replay_spool, spooled

    settings = settings_or_exit()
    if replay:
        moved = replay_spool(settings)
        out.print(f"moved {moved} spooled dead letter(s) into the database")
    rows, times = _service().recent_dead(settings, limit, feed)
    if fmt == TableFormat.json:
        shown = [
            _service().dead_letter_json(r, times[i] if times else r.times)
            for i, r in enumerate(rows)
        ]
        print(json.dumps(shown, ensure_ascii=False, indent=2))
    else:
        out.print(dead_letters_table(rows, times))
    waiting = spooled(settings)
    if waiting:
        err.print(
            f"[yellow]{len(waiting)} dead letter(s) wait on disk[/yellow] in "
            f"{waiting[0].path.parent} (the database was down when they came): "
            "`newsworker dead-letters --replay-spool` moves them in"
        )
