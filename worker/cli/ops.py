"""Operating a running newsworker: status (broker, workers, queue, database) and health probes.

``newsworker status`` is for people: every figure at once, exit 3 when the broker or the
database cannot be reached. ``newsworker health worker|beat`` is for container health checks:
silent on success, one line and exit 1 when the node does not answer its ping.
"""

from __future__ import annotations

import socket
from datetime import UTC, datetime
from typing import Annotated
from urllib.parse import urlsplit, urlunsplit

import typer
from rich.markup import escape
from sqlalchemy.exc import ProgrammingError

from worker.cli._common import app, err, out, safe_url, settings_or_exit
from worker.config import Settings

health_app = typer.Typer(
    no_args_is_help=True, help="Health probes for container health checks (exit 0 or 1)."
)
app.add_typer(health_app, name="health")


def _broker_display(url: str) -> str:
    """The broker URL without its password (each server of a Sentinel URL's list)."""
    if ";" in url:
        return ";".join(_broker_display(part) for part in url.split(";"))
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)[1]
    user = parts.username or ""
    return urlunsplit(parts._replace(netloc=f"{user}:***@{netloc}"))


def _ago(when: datetime) -> str:
    seconds = max(0, int((datetime.now(UTC) - when).total_seconds()))
    for unit, size in (("d", 86400), ("h", 3600), ("min", 60)):
        if seconds >= size:
            return f"{seconds // size} {unit} ago"
    return f"{seconds} s ago"


def _broker_lines(settings: Settings, timeout: float) -> tuple[list[str], bool]:
    from worker.app import make_celery
    from worker.health import broker_status

    celery = make_celery(settings)

    where = escape(_broker_display(settings.broker_url))
    status = broker_status(celery, settings.queue, timeout)
    if not status.reachable:
        return [f"[red]broker unreachable[/red] at {where}: {escape(str(status.error))}"], False
    workers = escape(", ".join(status.workers)) or "[yellow]none answered the ping[/yellow]"
    lines = [
        f"broker        {where}: reachable",
        f"workers       {len(status.workers)} answering: {workers}",
        f"beat          {escape(', '.join(status.beats)) or 'no answer (remote control off?)'}",
        f"queue         {escape(settings.queue)}: {status.waiting} message(s) waiting",
    ]
    if settings.broker_url.startswith("sentinel://"):
        lines.insert(1, _sentinel_line(settings))
    return lines, True


def _sentinel_line(settings: Settings) -> str:
    from worker.health import sentinel_status

    s = sentinel_status(settings.broker_url, settings.sentinel_master)
    primary = escape(s.primary) if s.primary else "[red]none named[/red]"
    split = f", [yellow]{s.disagreeing} name another[/yellow]" if s.disagreeing else ""
    return (
        f"sentinel      {escape(s.master)}: primary {primary}; "
        f"{s.answering}/{s.sentinels} sentinels answering{split}"
    )


def _db_lines(settings: Settings) -> tuple[list[str], bool]:
    from worker.health import db_snapshot, probe_engine

    where = escape(safe_url(settings.sqlalchemy_url))
    try:
        engine = probe_engine(settings.sqlalchemy_url)
        try:
            with engine.connect() as conn:
                snap = db_snapshot(conn)
        finally:
            engine.dispose()
    except Exception as e:
        first = escape(str(e).splitlines()[0] if str(e) else type(e).__name__)
        if isinstance(e, FileNotFoundError | ProgrammingError) or "no such table" in str(e):
            line = (
                f"[red]database not migrated[/red] at {where}: {first} (run `newsworker migrate`)"
            )
            return [line], False
        return [f"[red]database unreachable[/red] at {where}: {first}"], False
    last = snap.last_article
    last_line = (
        f"{escape(last.title[:60])} ({last.id[:8]}, {_ago(last.updated_at)})" if last else "none"
    )
    waiting = snap.submissions_by_status.get("received", 0)
    lines = [
        f"database      {where}: reachable",
        f"articles      {snap.articles} stored; last: {last_line}",
        f"submissions   {waiting} waiting",
        f"dead letters  {snap.dead_letters}{_spool_note(settings)}",
        f"outbox        {snap.outbox_unpublished} event(s) unpublished",
    ]
    return lines, True


def _spool_note(settings: Settings) -> str:
    from worker.services.dead_letters import spooled

    waiting = len(spooled(settings))
    return f"; [yellow]{waiting} on disk[/yellow] (dead-letters --replay-spool)" if waiting else ""


@app.command()
def status(
    timeout: Annotated[float, typer.Option(help="Seconds to wait for workers to answer.")] = 1.0,
) -> None:
    """Broker, workers, queue depth, database figures; exit 3 if the broker or DB is down."""
    settings = settings_or_exit()
    broker, broker_ok = _broker_lines(settings, timeout)
    db, db_ok = _db_lines(settings)
    for lines, ok in ((broker, broker_ok), (db, db_ok)):
        for line in lines:
            (out if ok else err).print(line, soft_wrap=True)
    if not (broker_ok and db_ok):
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
