"""Getting work in: migrate, submit, resend, and running a worker."""

from __future__ import annotations

import math
import time
from typing import Annotated, Any

import typer
from rich.markup import escape

from worker.cli._common import (
    app,
    err,
    out,
    producer,
    refused,
    safe_url,
    settings_or_exit,
)
from worker.config import Settings
from worker.errors import PermanentError


@app.command()
def migrate(
    revision: Annotated[
        str,
        typer.Option(help="Target: head, base, a revision id (up or down), or -1 / +1."),
    ] = "head",
) -> None:
    """Create, upgrade or downgrade the database schema (Alembic); prints each step."""
    from worker.services.storage import MigrationError
    from worker.services.storage import migrate as run_migrations

    if not revision.strip() or not revision.isprintable():
        raise typer.BadParameter("--revision is head, base, a revision id, -1 or +1")
    settings = settings_or_exit()
    try:
        done = run_migrations(settings, revision.strip())
    except MigrationError as e:  # an unknown or unreachable revision: a usage error
        err.print(f"[red]{escape(str(e))}[/red]", soft_wrap=True)
        raise typer.Exit(2) from e
    verb = "reverted" if done.direction == "down" else "applied"
    for step in done.steps:
        out.print(f"{verb} {step.revision}: {escape(step.message)}", soft_wrap=True)
    at = done.after or "base (no tables)"
    where = f"database at {safe_url(settings.sqlalchemy_url)} is at {at}"
    head = " (head)" if done.after == done.head else f" (head: {done.head})"
    tail = f"{len(done.steps)} revision(s) {verb}" if done.steps else "nothing to apply"
    out.print(f"{where}{'' if done.after is None else head}: {tail}", soft_wrap=True)


@app.command()
def submit(
    paths: Annotated[
        list[str] | None, typer.Argument(help="Files with article text or HTML; - reads stdin.")
    ] = None,
    url: Annotated[
        list[str] | None, typer.Option("--url", help="An article page to fetch (repeatable).")
    ] = None,
    source: Annotated[str | None, typer.Option(help="Who published these articles.")] = None,
    wait: Annotated[bool, typer.Option(help="Wait until the workers have stored them.")] = False,
    show: Annotated[bool, typer.Option(help="With --wait: print each stored article.")] = False,
    timeout: Annotated[float, typer.Option(help="Seconds --wait waits at most.")] = 120.0,
) -> None:
    """Record articles as submissions and put them on the queue; prints their ids."""
    from worker.http import FetchPolicy, check_url  # imported per command: see worker/cli
    from worker.inputs import read_input
    from worker.services import submissions as service

    settings = settings_or_exit()
    if not paths and not url:
        err.print("give files to submit, or --url URL")
        raise typer.Exit(2)
    accepted: list[tuple[str, dict[str, Any]]] = []
    n_refused = 0
    allowed = FetchPolicy.from_settings(settings).allow_private_hosts
    extra = {"source": source} if source else {}
    for page in url or []:
        try:
            check_url(page, allow_private_hosts=allowed)
        except PermanentError as e:
            n_refused += 1
            refused(page, e)
            continue
        accepted.append((page, {"url": page, **extra}))
    for path in paths or []:
        try:
            inputs, _charset = read_input(path, settings.max_article_bytes)
        except (PermanentError, OSError) as e:
            n_refused += 1
            refused(path, e)
            continue
        accepted.extend((label, {**payload, **extra}) for label, payload in inputs)
    ids = service.submit(settings, producer(settings), accepted)
    for sid, (path, _) in zip(ids, accepted, strict=True):
        out.print(f"submitted {escape(str(path))} as {sid}", soft_wrap=True)
    if wait and ids:
        n_refused += _wait_for(ids, settings, timeout, show)
    if n_refused:
        raise typer.Exit(1)


def _wait_for(ids: list[str], settings: Settings, timeout: float, show: bool) -> int:
    """Poll the submissions until all are done or dead; returns how many failed."""
    from worker.services import submissions as service
    from worker.services.read import article_by_id

    deadline = time.monotonic() + timeout
    with out.status(f"waiting for {len(ids)} submission(s) to be stored..."):
        while True:
            rows = service.states(settings, ids)
            pending = [r for r in rows if r.status == "received"]
            if not pending:
                break
            if time.monotonic() > deadline:
                err.print(
                    f"[red]timed out[/red]: {len(pending)} submission(s) not processed after "
                    f"{timeout:.0f}s; is a worker running (`newsworker worker`)?"
                )
                return len(pending)
            time.sleep(0.2)
    failed = 0
    for row in sorted(rows, key=lambda r: ids.index(r.id)):
        if row.status == "dead":
            failed += 1
            err.print(
                f"[red]dead-lettered[/red] {escape(str(row.origin))}: {escape(str(row.error))}",
                soft_wrap=True,
            )
            continue
        out.print(f"stored {escape(str(row.origin))} as article {row.article_id}", soft_wrap=True)
        if show and row.article_id:
            from worker.display import article_panel

            article = article_by_id(settings, row.article_id)
            if article is not None:
                out.print(article_panel(article))
    return failed


@app.command()
def resend(
    older_than: Annotated[
        float, typer.Option(min=0, max=10**9, help="Only submissions waiting this many seconds.")
    ] = 0,
) -> None:
    """Send again the submissions still waiting (lost messages, broker restarts)."""
    if not math.isfinite(older_than):
        raise typer.BadParameter("--older-than is a number of seconds")
    from worker.services import submissions as service

    settings = settings_or_exit()
    count = service.resend(settings, producer(settings), older_than)
    out.print(f"sent {count} waiting submission(s) again", soft_wrap=True)


@app.command()
def worker(
    concurrency: Annotated[int | None, typer.Option(min=1, help="Worker processes.")] = None,
    loglevel: Annotated[str, typer.Option(help="Celery log level.")] = "INFO",
    pool: Annotated[str, typer.Option(help="prefork (production) or solo.")] = "prefork",
    queues: Annotated[
        str | None,
        typer.Option(help="Comma-separated queues to consume; default: ingest, fetch, periodic."),
    ] = None,
    hostname: Annotated[
        str | None,
        typer.Option(help="Node name (name@host); give each worker on one host its own."),
    ] = None,
    metrics_port: Annotated[
        int | None,
        typer.Option(
            min=0,
            max=65535,
            help="First port to try for /metrics (default NEWSWORKER_METRICS_PORT; 0: off); "
            "taken, the next free one is used.",
        ),
    ] = None,
) -> None:
    """Start a Celery worker consuming newsworker's queues (stop it with Ctrl-C or SIGTERM)."""
    from worker.app import make_celery, queue_names

    settings = settings_or_exit()
    if metrics_port is not None:
        settings = settings.model_copy(update={"metrics_port": metrics_port})
    argv = [
        "worker",
        f"--loglevel={loglevel}",
        f"--pool={pool}",
        f"--concurrency={concurrency or settings.concurrency}",
        f"--queues={queues or ','.join(queue_names(settings))}",
        "--task-events",
        "--without-mingle",
        "--without-gossip",
        *([f"--hostname={hostname}"] if hostname else []),
    ]
    make_celery(settings).worker_main(argv)


@app.command()
def beat(
    loglevel: Annotated[str, typer.Option(help="Celery log level.")] = "INFO",
) -> None:
    """Start the scheduler: dispatches due feeds, publishes events, re-sends lost work.

    Run exactly one. Its schedule state is kept in the data folder.
    """
    from worker.app import make_celery

    settings = settings_or_exit()
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    schedule = settings.data_dir / "beat-schedule"
    make_celery(settings).start(
        ["beat", f"--loglevel={loglevel}", f"--schedule={schedule}", "--enable-remote-control"]
    )
