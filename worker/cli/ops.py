"""Operating a running newsworker: status (broker, workers, queue, database) and health probes.

``newsworker status`` is for people: every figure at once, exit 3 when the broker or the
database cannot be reached. ``newsworker health worker|beat`` is for container health checks:
silent on success, one line and exit 1 when the node does not answer its ping.
"""

from __future__ import annotations

import json
import socket
from datetime import UTC, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.markup import escape
from sqlalchemy.exc import ProgrammingError

from worker.cli._common import app, err, out, safe_url, settings_or_exit
from worker.config import Settings, mask_url

if TYPE_CHECKING:
    from worker.health import FeedHealth

health_app = typer.Typer(
    no_args_is_help=True, help="Health probes for container health checks (exit 0 or 1)."
)
app.add_typer(health_app, name="health")


def _broker_display(url: str) -> str:
    """The broker URL without its password (each server of a Sentinel URL's list)."""
    return ";".join(mask_url(part) for part in url.split(";"))


def _ago(when: datetime) -> str:
    seconds = max(0, int((datetime.now(UTC) - when).total_seconds()))
    for unit, size in (("d", 86400), ("h", 3600), ("min", 60)):
        if seconds >= size:
            return f"{seconds // size} {unit} ago"
    return f"{seconds} s ago"


def _broker_report(settings: Settings, timeout: float) -> dict[str, Any]:
    from worker.app import make_celery
    from worker.health import broker_status

    status = broker_status(make_celery(settings), settings.queue, timeout)
    return {
        "url": _broker_display(settings.broker_url),
        "reachable": status.reachable,
        "error": status.error,
        "workers": status.workers,
        "beats": status.beats,
        "queue": settings.queue,
        "waiting": status.waiting,
        "sentinel": (
            _sentinel_line(settings) if settings.broker_url.startswith("sentinel://") else None
        ),
    }


def _broker_lines(b: dict[str, Any]) -> list[str]:
    where = escape(b["url"])
    if not b["reachable"]:
        return [f"[red]broker unreachable[/red] at {where}: {escape(str(b['error']))}"]
    workers = escape(", ".join(b["workers"])) or "[yellow]none answered the ping[/yellow]"
    sentinel = [b["sentinel"]] if b.get("sentinel") else []
    return [
        f"broker        {where}: reachable",
        *sentinel,
        f"workers       {len(b['workers'])} answering: {workers}",
        f"beat          {escape(', '.join(b['beats'])) or 'no answer (remote control off?)'}",
        f"queue         {escape(b['queue'])}: {b['waiting']} message(s) waiting",
    ]


def _sentinel_line(settings: Settings) -> str:
    from worker.health import sentinel_status

    s = sentinel_status(settings.broker_url, settings.sentinel_master)
    primary = escape(s.primary) if s.primary else "[red]none named[/red]"
    split = f", [yellow]{s.disagreeing} name another[/yellow]" if s.disagreeing else ""
    return (
        f"sentinel      {escape(s.master)}: primary {primary}; "
        f"{s.answering}/{s.sentinels} sentinels answering{split}"
    )


def _feeds_report(feeds: FeedHealth | None) -> dict[str, Any] | None:
    if feeds is None:
        return None
    return {
        "total": feeds.total,
        "by_status": feeds.by_status,
        "failing": feeds.failing,
        "polled": feeds.polled,
        "oldest_success_age_seconds": feeds.oldest_age_seconds,
        "oldest_feed": (
            {"id": feeds.oldest_feed_id, "url": feeds.oldest_feed_url}
            if feeds.oldest_feed_id is not None
            else None
        ),
    }


def _db_report(settings: Settings) -> dict[str, Any]:
    from worker.health import db_snapshot, probe_engine
    from worker.services.dead_letters import spooled

    report: dict[str, Any] = {"url": safe_url(settings.sqlalchemy_url)}
    try:
        engine = probe_engine(settings.sqlalchemy_url)
        try:
            with engine.connect() as conn:
                snap = db_snapshot(conn)
        finally:
            engine.dispose()
    except Exception as e:
        first = str(e).splitlines()[0] if str(e) else type(e).__name__
        migrated = not (
            isinstance(e, FileNotFoundError | ProgrammingError) or "no such table" in str(e)
        )
        return {**report, "reachable": False, "migrated": migrated, "error": first}
    last = snap.last_article
    oldest = snap.outbox_oldest_unpublished
    return {
        **report,
        "reachable": True,
        "migrated": True,
        "error": None,
        "articles": snap.articles,
        "last_article": (
            {"id": last.id, "title": last.title, "updated_at": last.updated_at.isoformat()}
            if last
            else None
        ),
        "submissions_waiting": snap.submissions_by_status.get("received", 0),
        "dead_letters": snap.dead_letters,
        "dead_letters_on_disk": len(spooled(settings)),
        "outbox_unpublished": snap.outbox_unpublished,
        "outbox_lag_seconds": (
            max(0.0, (datetime.now(UTC) - oldest).total_seconds()) if oldest else 0.0
        ),
        "feeds": _feeds_report(snap.feeds),
    }


def _duration(seconds: float) -> str:
    for unit, size in (("d", 86400), ("h", 3600), ("min", 60)):
        if seconds >= size:
            return f"{seconds // size:.0f} {unit}"
    return f"{seconds:.0f} s"


def _feeds_line(feeds: dict[str, Any] | None) -> str:
    if not feeds or not feeds["total"]:
        return "feeds         none registered"
    counts = ", ".join(f"{n} {status}" for status, n in feeds["by_status"].items() if n)
    if feeds["failing"]:
        counts = counts.replace(
            f"{feeds['failing']} failing", f"[yellow]{feeds['failing']} failing[/yellow]"
        )
    line = f"feeds         {feeds['total']}: {counts}"
    oldest = feeds["oldest_feed"]
    if oldest is not None and feeds["oldest_success_age_seconds"] is not None:
        age = _duration(feeds["oldest_success_age_seconds"])
        line += f"; longest without a success: {age} (feed {oldest['id']}, {escape(oldest['url'])})"
    return line


def _db_lines(d: dict[str, Any]) -> list[str]:
    where = escape(d["url"])
    if not d["reachable"]:
        first = escape(d["error"])
        if not d["migrated"]:
            return [
                f"[red]database not migrated[/red] at {where}: {first} (run `newsworker migrate`)"
            ]
        return [f"[red]database unreachable[/red] at {where}: {first}"]
    last = d["last_article"]
    last_line = (
        f"{escape(last['title'][:60])} ({last['id'][:8]}, "
        f"{_ago(datetime.fromisoformat(last['updated_at']))})"
        if last
        else "none"
    )
    on_disk = d["dead_letters_on_disk"]
    spool = f"; [yellow]{on_disk} on disk[/yellow] (dead-letters --replay-spool)" if on_disk else ""
    return [
        f"database      {where}: reachable",
        f"articles      {d['articles']} stored; last: {last_line}",
        f"submissions   {d['submissions_waiting']} waiting",
        f"dead letters  {d['dead_letters']}{spool}",
        f"outbox        {d['outbox_unpublished']} event(s) unpublished",
        _feeds_line(d["feeds"]),
    ]


class Format(StrEnum):
    """--format of ``status``: its values are the choices --help shows."""

    text = "text"
    json = "json"


@app.command()
def status(
    timeout: Annotated[float, typer.Option(help="Seconds to wait for workers to answer.")] = 1.0,
    fmt: Annotated[
        Format, typer.Option("--format", help="text, or json: one object, the same figures.")
    ] = Format.text,
) -> None:
    """Broker, workers, queue depth, database figures, feeds; exit 3 if the broker or DB is
    down (with --format json, the object still says which)."""
    settings = settings_or_exit()
    broker = _broker_report(settings, timeout)
    db = _db_report(settings)
    if fmt == Format.json:
        print(json.dumps({"broker": broker, "database": db}, ensure_ascii=False, indent=2))
    else:
        for lines, ok in (
            (_broker_lines(broker), broker["reachable"]),
            (_db_lines(db), db["reachable"]),
        ):
            for line in lines:
                (out if ok else err).print(line, soft_wrap=True)
    if not (broker["reachable"] and db["reachable"]):
        raise typer.Exit(3)


def _probe(node: str, timeout: float) -> None:
    from worker.app import make_celery
    from worker.health import node_answers

    celery = make_celery(settings_or_exit())
    try:
        answered = node_answers(celery, node, timeout)
    except Exception as e:
        err.print(f"{escape(node)}: broker unreachable: {escape(str(e))}", soft_wrap=True)
        raise typer.Exit(1) from e
    if not answered:
        err.print(f"{escape(node)} did not answer a ping within {timeout:g} s", soft_wrap=True)
        raise typer.Exit(1)


def _node(prefix: str, node: str | None) -> str:
    return node or f"{prefix}@{socket.gethostname()}"


Node = Annotated[str | None, typer.Option(help="Node name; default: on this host.")]
Timeout = Annotated[float, typer.Option(help="Seconds to wait for the answer.")]


@health_app.command("worker")
def health_worker(node: Node = None, timeout: Timeout = 5.0) -> None:
    """Exit 0 if the worker on this host (celery@HOST) answers a ping."""
    _probe(_node("celery", node), timeout)


@health_app.command("beat")
def health_beat(node: Node = None, timeout: Timeout = 5.0) -> None:
    """Exit 0 if beat on this host (celerybeat@HOST, started with --enable-remote-control)
    answers a ping; beat stops answering when its scheduler has not ticked for a while."""
    _probe(_node("celerybeat", node), timeout)


@health_app.command("bridge")
def health_bridge(
    max_age: Annotated[float, typer.Option(help="Seconds since the bridge's last pass.")] = 60.0,
) -> None:
    """Exit 0 if the bridge on this host completed a pass within ``max_age`` seconds."""
    import time

    settings = settings_or_exit()
    beat_file = settings.data_dir / "bridge.heartbeat"
    try:
        age = time.time() - beat_file.stat().st_mtime
    except OSError:
        err.print(f"no bridge heartbeat at {beat_file}: is `newsworker bridge` running here?")
        raise typer.Exit(1) from None
    if age > max_age:
        err.print(f"the bridge's last pass was {age:.0f} s ago (more than {max_age:g} s)")
        raise typer.Exit(1)
