"""Tagging without storing (tag) and re-tagging what is stored (retag)."""

from __future__ import annotations

import json
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.markup import escape

from worker.cli._common import (
    app,
    out,
    progress,
    refused,
    sessions_for,
    settings_or_exit,
)
from worker.errors import PermanentError

if TYPE_CHECKING:
    from worker.pipeline import RetagChange


class Format(StrEnum):
    """--format of ``tag``: its values are the choices --help shows."""

    table = "table"
    json = "json"


@app.command("tag")
def tag_files(
    paths: Annotated[list[str], typer.Argument(help="Text, HTML or feed files; - reads stdin.")],
    fmt: Annotated[
        Format, typer.Option("--format", help="table, or json: one array of results.")
    ] = Format.table,
) -> None:
    """Parse, normalize and tag files without storing anything; print tags with evidence."""
    from datetime import UTC, datetime

    from worker.contracts import tagged_to_out
    from worker.display import article_panel
    from worker.inputs import read_input
    from worker.pipeline import prepare
    from worker.pipeline.dedup import article_id
    from worker.taxonomy import load_taxonomy

    settings = settings_or_exit()
    taxonomy = load_taxonomy(settings.taxonomy)
    now = datetime.now(UTC).isoformat()
    results: list[dict[str, Any]] = []
    failed = 0
    for path in paths:
        try:
            inputs, charset = read_input(path, settings.max_article_bytes)
        except (PermanentError, OSError) as e:
            failed += 1
            refused(path, e)
            results.append({"input": path, "error": getattr(e, "strerror", None) or str(e)})
            continue
        for label, payload in inputs:
            try:
                tagged = prepare(payload, taxonomy, settings.max_article_bytes)
            except PermanentError as e:
                failed += 1
                refused(label, e)
                results.append({"input": label, "error": str(e)})
                continue
            out_article = tagged_to_out(
                tagged,
                article_id=article_id(tagged.article.dedup_key),
                first_seen_at=now,
                updated_at=now,
            )
            if fmt == Format.table:
                out.print(f"[bold]{escape(label)}[/bold] (charset {charset or 'n/a'})")
                out.print(article_panel(out_article))
            results.append(
                {"input": label, "charset": charset, "article": out_article.model_dump(mode="json")}
            )
    if fmt == Format.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
    if failed:
        raise typer.Exit(1)


@app.command()
def retag(
    since: Annotated[
        str | None, typer.Option(help="Only articles first seen since this ISO date.")
    ] = None,
    dry_run: Annotated[bool, typer.Option(help="Report what would change; write nothing.")] = False,
) -> None:
    """Re-tag stored articles after a taxonomy change; report tags added and removed."""
    from worker.dates import parse_iso_partial
    from worker.pipeline import retag as retag_stored
    from worker.taxonomy import load_taxonomy

    settings = settings_or_exit()
    start = parse_iso_partial(since, "submission") if since else None
    if since and start is None:
        raise typer.BadParameter(f"--since {since!r} is not an ISO date such as 2025-05-08")
    taxonomy = load_taxonomy(settings.taxonomy)
    retagged = changed = 0
    changes = retag_stored(
        sessions=sessions_for(settings),
        taxonomy=taxonomy,
        since=start.value if start else None,
        dry_run=dry_run,
    )
    with progress("re-tagging") as advance:
        for change in changes:
            retagged += 1
            advance()
            if not change.changed:
                continue  # the new version is recorded; nothing a consumer sees changed
            changed += 1
            _report(change)
    verb = "would re-tag" if dry_run else "re-tagged"
    out.print(
        f"{verb} {retagged} article(s) with taxonomy {taxonomy.version}: "
        f"{changed} with changed tags ({'would get' if dry_run else 'got'} an event), "
        f"{retagged - changed} with the same tags (no event)"
    )


def _report(change: RetagChange) -> None:
    """One line per re-tagged article: the tags it gained and lost."""
    added = ", ".join(f"+{t}" for t in change.added)
    removed = ", ".join(f"-{t}" for t in change.removed)
    what = " ".join(x for x in (added, removed) if x) or (
        "scores changed" if change.rescored else "evidence changed"
    )
    out.print(f"{change.article_id[:8]} {escape(change.title[:60])}: {what}", soft_wrap=True)
