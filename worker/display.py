"""Rich rendering of articles and dead letters for the terminal."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Group
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from worker.contracts import ArticleOut
from worker.db.models import DeadLetter

__all__ = ["article_panel", "articles_table", "dead_letters_table"]


def _published(a: ArticleOut) -> str:
    if not a.published_at:
        return "unknown"
    return f"{a.published_at} (precision {a.published_precision}, from {a.published_provenance})"


def _rule(rule: str, origin: str | None) -> str:
    """How a mention decided its tag, shown unless it is a plain taxonomy alias."""
    if rule == "alias":
        return ""
    return f" ({rule}{': ' + origin if origin else ''})"


def article_panel(a: ArticleOut, evidence_limit: int = 6) -> Panel:
    """One article: its metadata, then each tag with score and evidence in context."""
    meta = Table.grid(padding=(0, 2))
    meta.add_column(style="dim")
    meta.add_column(overflow="fold")
    meta.add_row("id", a.id)
    conf = f" (confidence {a.language_confidence:.2f})" if a.language_confidence else ""
    meta.add_row("language", f"{a.language or 'unknown'}{conf}")
    meta.add_row("published", _published(a))
    meta.add_row("first seen", a.first_seen_at)
    meta.add_row("dedup key", a.dedup_key)
    meta.add_row("taxonomy", a.taxonomy_version)
    tags = Table(title="tags", show_lines=False, expand=True)
    tags.add_column("tag", style="bold")
    tags.add_column("code")
    tags.add_column("score", justify="right")
    tags.add_column("salience", justify="right")
    tags.add_column(escape("evidence: field[start:end] matched (rule)"))
    for t in a.tags:
        shown = [
            escape(f"{e.field}[{e.start}:{e.end}] {e.matched!r}{_rule(e.rule, e.origin)}")
            for e in t.evidence[:evidence_limit]
        ]
        more = len(t.evidence) - evidence_limit
        if more > 0:
            shown.append(f"... and {more} more")
        salience = "" if t.salience is None else f"{t.salience:.2f}"
        tags.add_row(t.tag, t.code or "", f"{t.score:.3f}", salience, "\n".join(shown))
    title = Text(a.title, style="bold")
    return Panel(Group(title, meta, tags), title="article", expand=True)


def articles_table(rows: Sequence[ArticleOut]) -> Table:
    """A line per article: id, published, language, title and tags."""
    table = Table(expand=True)
    for col in ("id", "published", "lang", "title", "tags"):
        table.add_column(col, overflow="fold")
    for a in rows:
        tags = ", ".join(f"{t.tag} {t.score:.2f}" for t in a.tags)
        table.add_row(a.id[:8], a.published_at or "", a.language or "", a.title, tags)
    return table


def dead_letters_table(rows: Sequence[DeadLetter], times: Sequence[int] | None = None) -> Table:
    """A line per dead letter: when, why, and what to fix (``times``: how often each came,
    when it is not the row's own count, as for one feed's dead letters)."""
    table = Table(expand=True)
    for col in ("id", "last seen", "times", "reason", "error", "size"):
        table.add_column(col, overflow="fold")
    for i, d in enumerate(rows):
        table.add_row(
            str(d.id),
            d.last_seen_at.isoformat(timespec="seconds"),
            str(times[i] if times is not None else d.times),
            d.reason,
            d.error,
            f"{len(d.payload):,}",
        )
    return table
