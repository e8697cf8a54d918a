"""Getting work in: migrate, submit, resend, and running a worker."""

from __future__ import annotations

import time
import uuid
from typing import Annotated, Any

import typer
from rich.markup import escape
from sqlalchemy.exc import OperationalError as DBOperationalError
from sqlalchemy.exc import ProgrammingError

from worker.cli._common import (
    app,
    db_failed,
    err,
    out,
    refused,
    safe_url,
    sessions_for,
    settings_or_exit,
)
from worker.config import Settings
from worker.errors import PermanentError
from worker.inputs import read_input
from worker.pipeline.fetch import FetchPolicy, check_url


@app.command()
def migrate(
    revision: Annotated[
        str,
        typer.Option(help="Target: head, base, a revision id (up or down), or -1 / +1."),
    ] = "head",
) -> None:
    """Create, upgrade or downgrade the database schema (Alembic); prints each step."""
    from worker.db.migrate import MigrationError
    from worker.db.migrate import migrate as run_migrations

    settings = settings_or_exit()
    try:
        done = run_migrations(settings.sqlalchemy_url, revision)
    except MigrationError as e:
        err.print(f"[red]{escape(str(e))}[/red]", soft_wrap=True)
        raise typer.Exit(2) from e
    except DBOperationalError as e:
        raise db_failed(e, settings) from e
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
    from kombu.exceptions import OperationalError as BrokerError

    from worker.celery_app import enqueue_submissions
    from worker.db.models import Submission

    settings = settings_or_exit()
    accepted: list[tuple[str, dict[str, Any]]] = []
    n_refused = 0
    allowed = FetchPolicy.from_settings(settings).allow_private_hosts
    for page in url or []:
        try:
            check_url(page, allow_private_hosts=allowed)
        except PermanentError as e:
            n_refused += 1
            refused(page, e)
            continue
        accepted.append((page, {"url": page, **({"source": source} if source else {})}))
    if not paths and not url:
        err.print("give files to submit, or --url URL")
        raise typer.Exit(2)
    for path in paths or []:
        try:
            inputs, _charset = read_input(path, settings.max_article_bytes)
        except (PermanentError, OSError) as e:
            n_refused += 1
            refused(path, e)
            continue
        for label, payload in inputs:
            if source:
                payload["source"] = source
            accepted.append((label, payload))
    ids = [str(uuid.uuid4()) for _ in accepted]
    try:
        with sessions_for(settings).begin() as session:
            session.add_all(
                Submission(id=sid, origin=path, payload=payload)
                for sid, (path, payload) in zip(ids, accepted, strict=True)
            )
    except (DBOperationalError, ProgrammingError) as e:
        raise db_failed(e, settings) from e
    try:
        enqueue_submissions(ids, settings.batch_size)
    except BrokerError as e:
        err.print(
            f"[red]broker unreachable[/red] at {settings.broker_url}: {escape(str(e))}. "
            f"{len(ids)} submission(s) are recorded; `newsworker resend` sends them again."
        )
        raise typer.Exit(3) from e
    for sid, (path, _) in zip(ids, accepted, strict=True):
        out.print(f"submitted {escape(str(path))} as {sid}", soft_wrap=True)
    if wait and ids:
        n_refused += _wait_for(ids, settings, timeout, show)
    if n_refused:
        raise typer.Exit(1)


def _wait_for(ids: list[str], settings: Settings, timeout: float, show: bool) -> int:
    """Poll the submissions until all are done or dead; returns how many failed."""
    from worker.db.models import Submission
    from worker.db.queries import article_out, find_article, submissions

    deadline = time.monotonic() + timeout
    sessions = sessions_for(settings)
    with out.status(f"waiting for {len(ids)} submission(s) to be stored..."):
        while True:
            with sessions() as session:
                rows: list[Submission] = list(submissions(session, ids))
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

            with sessions() as session:
                article = find_article(session, row.article_id)
                if article is not None:
                    out.print(article_panel(article_out(article)))
    return failed


@app.command()
def resend(
    older_than: Annotated[
        float, typer.Option(help="Only submissions waiting this many seconds.")
    ] = 0,
) -> None:
    """Send again the submissions still waiting (lost messages, broker restarts)."""
    from datetime import UTC, datetime, timedelta

    from sqlalchemy import select

    from worker.celery_app import enqueue_submissions
    from worker.db.models import Submission

    settings = settings_or_exit()
    cutoff = datetime.now(UTC) - timedelta(seconds=older_than)
    with sessions_for(settings)() as session:
        ids = list(
            session.scalars(
                select(Submission.id).where(
                    Submission.status == "received", Submission.created_at <= cutoff
                )
            )
        )
    enqueue_submissions(ids, settings.batch_size)
    out.print(f"sent {len(ids)} waiting submission(s) again", soft_wrap=True)


@app.command()
def worker(
    concurrency: Annotated[int | None, typer.Option(help="Worker processes.")] = None,
    loglevel: Annotated[str, typer.Option(help="Celery log level.")] = "INFO",
    pool: Annotated[str, typer.Option(help="prefork (production) or solo.")] = "prefork",
) -> None:
    """Start a Celery worker consuming newsworker's queue (stop it with Ctrl-C or SIGTERM)."""
    from worker.celery_app import app as celery

    settings = settings_or_exit()
    argv = [
        "worker",
        f"--loglevel={loglevel}",
        f"--pool={pool}",
        f"--concurrency={concurrency or settings.concurrency}",
        f"--queues={settings.queue}",
        "--task-events",
        "--without-mingle",
        "--without-gossip",
    ]
    celery.worker_main(argv)


@app.command()
def beat(
    loglevel: Annotated[str, typer.Option(help="Celery log level.")] = "INFO",
) -> None:
    """Start the scheduler: dispatches due feeds, publishes events, re-sends lost work.

    Run exactly one. Its schedule state is kept in the data folder.
    """
    from worker.celery_app import app as celery

    settings = settings_or_exit()
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    schedule = settings.data_dir / "beat-schedule"
    celery.start(
        ["beat", f"--loglevel={loglevel}", f"--schedule={schedule}", "--enable-remote-control"]
    )
