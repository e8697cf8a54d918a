"""The ``newsworker`` command: submit work, run a worker, read what was stored.

Exit codes: 0 success; 1 some input was refused or dead-lettered (the message says what to
fix); 2 usage; 3 a service (database or broker) could not be reached.
"""

from __future__ import annotations

import json
import sys
import time
import uuid
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from sqlalchemy.exc import OperationalError as DBOperationalError
from sqlalchemy.exc import ProgrammingError

from worker.config import Settings, get_settings
from worker.errors import NewsworkerError, PermanentError
from worker.inputs import read_input

app = typer.Typer(no_args_is_help=True, add_completion=False, help=__doc__)
out = Console()
err = Console(stderr=True)


def _settings() -> Settings:
    try:
        return get_settings()
    except ValueError as e:  # pydantic's ValidationError is a ValueError
        err.print(f"[red]configuration error[/red]: {escape(str(e))}", soft_wrap=True)
        raise typer.Exit(2) from e


def _sessions(settings: Settings) -> Any:
    from worker.db.session import get_sessionmaker

    return get_sessionmaker(settings.sqlalchemy_url)


def _db_failed(e: Exception, settings: Settings) -> typer.Exit:
    if isinstance(e, ProgrammingError) or "no such table" in str(e):
        err.print("[red]the database has no newsworker tables[/red]: run `newsworker migrate`")
        return typer.Exit(3)
    where = _safe_url(settings.sqlalchemy_url)
    err.print(f"[red]database unreachable[/red] at {where}: {escape(str(e))}", soft_wrap=True)
    return typer.Exit(3)


def _safe_url(url: str) -> str:
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return "<unparseable url>"


def _refused(path: str, e: Exception) -> None:
    msg = e.strerror if isinstance(e, OSError) else str(e)
    err.print(f"[red]refused[/red] {escape(path)}: {escape(str(msg))}", soft_wrap=True)


@app.command()
def migrate() -> None:
    """Create or upgrade the database schema (Alembic)."""
    from worker.db.migrate import upgrade

    settings = _settings()
    try:
        upgrade(settings.sqlalchemy_url)
    except DBOperationalError as e:
        raise _db_failed(e, settings) from e
    out.print(f"database at {_safe_url(settings.sqlalchemy_url)} is up to date", soft_wrap=True)


@app.command()
def submit(
    paths: Annotated[
        list[str], typer.Argument(help="Files with article text or HTML; - reads stdin.")
    ],
    source: Annotated[str | None, typer.Option(help="Who published these articles.")] = None,
    wait: Annotated[bool, typer.Option(help="Wait until the workers have stored them.")] = False,
    show: Annotated[bool, typer.Option(help="With --wait: print each stored article.")] = False,
    timeout: Annotated[float, typer.Option(help="Seconds --wait waits at most.")] = 120.0,
) -> None:
    """Record articles as submissions and put them on the queue; prints their ids."""
    from kombu.exceptions import OperationalError as BrokerError

    from worker.celery_app import enqueue_submissions
    from worker.db.models import Submission

    settings = _settings()
    accepted: list[tuple[str, dict[str, Any]]] = []
    refused = 0
    for path in paths:
        try:
            inputs, _charset = read_input(path, settings.max_article_bytes)
        except (PermanentError, OSError) as e:
            refused += 1
            _refused(path, e)
            continue
        for label, payload in inputs:
            if source:
                payload["source"] = source
            accepted.append((label, payload))
    ids = [str(uuid.uuid4()) for _ in accepted]
    try:
        with _sessions(settings).begin() as session:
            session.add_all(
                Submission(id=sid, origin=path, payload=payload)
                for sid, (path, payload) in zip(ids, accepted, strict=True)
            )
    except (DBOperationalError, ProgrammingError) as e:
        raise _db_failed(e, settings) from e
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
        refused += _wait_for(ids, settings, timeout, show)
    if refused:
        raise typer.Exit(1)


def _wait_for(ids: list[str], settings: Settings, timeout: float, show: bool) -> int:
    """Poll the submissions until all are done or dead; returns how many failed."""
    from worker.db.models import Submission
    from worker.db.queries import article_out, find_article, submissions

    deadline = time.monotonic() + timeout
    sessions = _sessions(settings)
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

    settings = _settings()
    cutoff = datetime.now(UTC) - timedelta(seconds=older_than)
    with _sessions(settings)() as session:
        ids = list(
            session.scalars(
                select(Submission.id).where(
                    Submission.status == "received", Submission.created_at <= cutoff
                )
            )
        )
    enqueue_submissions(ids, settings.batch_size)
    out.print(f"sent {len(ids)} waiting submission(s) again", soft_wrap=True)


@app.command("tag")
def tag_files(
    paths: Annotated[list[str], typer.Argument(help="Text, HTML or feed files; - reads stdin.")],
    fmt: Annotated[str, typer.Option("--format", help="table or json.")] = "table",
) -> None:
    """Parse, normalize and tag files without storing anything; print tags with evidence."""
    from datetime import UTC, datetime

    from worker.contracts import tagged_to_out
    from worker.display import article_panel
    from worker.pipeline import prepare
    from worker.pipeline.dedup import article_id
    from worker.taxonomy import load_taxonomy

    if fmt not in ("table", "json"):
        raise typer.BadParameter("--format is table or json")
    settings = _settings()
    taxonomy = load_taxonomy(settings.taxonomy)
    now = datetime.now(UTC).isoformat()
    results: list[dict[str, Any]] = []
    failed = 0
    for path in paths:
        try:
            inputs, charset = read_input(path, settings.max_article_bytes)
        except (PermanentError, OSError) as e:
            failed += 1
            _refused(path, e)
            results.append({"input": path, "error": getattr(e, "strerror", None) or str(e)})
            continue
        for label, payload in inputs:
            try:
                tagged = prepare(payload, taxonomy, settings.max_article_bytes)
            except PermanentError as e:
                failed += 1
                _refused(label, e)
                results.append({"input": label, "error": str(e)})
                continue
            out_article = tagged_to_out(
                tagged,
                article_id=article_id(tagged.article.dedup_key),
                first_seen_at=now,
                updated_at=now,
            )
            if fmt == "table":
                out.print(f"[bold]{escape(label)}[/bold] (charset {charset or 'n/a'})")
                out.print(article_panel(out_article))
            results.append(
                {"input": label, "charset": charset, "article": out_article.model_dump(mode="json")}
            )
    if fmt == "json":
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

    settings = _settings()
    start = parse_iso_partial(since, "submission") if since else None
    if since and start is None:
        raise typer.BadParameter(f"--since {since!r} is not an ISO date such as 2025-05-08")
    taxonomy = load_taxonomy(settings.taxonomy)
    changed = 0
    try:
        for change in retag_stored(
            sessions=_sessions(settings),
            taxonomy=taxonomy,
            since=start.value if start else None,
            dry_run=dry_run,
        ):
            changed += 1
            added = ", ".join(f"+{t}" for t in change.added)
            removed = ", ".join(f"-{t}" for t in change.removed)
            what = " ".join(x for x in (added, removed) if x) or (
                "scores changed" if change.rescored else "same tags"
            )
            out.print(
                f"{change.article_id[:8]} {escape(change.title[:60])}: {what}", soft_wrap=True
            )
    except (DBOperationalError, ProgrammingError) as e:
        raise _db_failed(e, settings) from e
    verb = "would re-tag" if dry_run else "re-tagged"
    out.print(f"{verb} {changed} article(s) with taxonomy {taxonomy.version}")


@app.command()
def worker(
    concurrency: Annotated[int | None, typer.Option(help="Worker processes.")] = None,
    loglevel: Annotated[str, typer.Option(help="Celery log level.")] = "INFO",
    pool: Annotated[str, typer.Option(help="prefork (production) or solo.")] = "prefork",
) -> None:
    """Start a Celery worker consuming newsworker's queue (stop it with Ctrl-C or SIGTERM)."""
    from worker.celery_app import app as celery

    settings = _settings()
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
def articles(
    tag: Annotated[str | None, typer.Option(help="Only articles with this tag.")] = None,
    min_score: Annotated[float, typer.Option(help="With --tag: the lowest score.")] = 0.0,
    limit: Annotated[int, typer.Option(help="How many, newest first.")] = 20,
    as_json: Annotated[
        bool, typer.Option("--json", help="JSON lines (the article schema).")
    ] = False,
) -> None:
    """List stored articles with their tags."""
    from worker.db.queries import article_out, list_articles
    from worker.display import articles_table

    settings = _settings()
    try:
        with _sessions(settings)() as session:
            rows = [
                article_out(a)
                for a in list_articles(session, tag=tag, min_score=min_score, limit=limit)
            ]
    except (DBOperationalError, ProgrammingError) as e:
        raise _db_failed(e, settings) from e
    if as_json:
        for a in rows:
            print(a.model_dump_json())
    else:
        out.print(articles_table(rows))


@app.command()
def show(
    article_id: Annotated[str, typer.Argument(help="An article id or a unique prefix of it.")],
    as_json: Annotated[bool, typer.Option("--json", help="The article as JSON.")] = False,
) -> None:
    """Show one article with its tags and their evidence."""
    from worker.db.queries import article_out, find_article
    from worker.display import article_panel

    settings = _settings()
    try:
        with _sessions(settings)() as session:
            row = find_article(session, article_id)
            article = article_out(row) if row is not None else None
    except (DBOperationalError, ProgrammingError) as e:
        raise _db_failed(e, settings) from e
    if article is None:
        err.print(f"no single article has an id starting {article_id!r}", soft_wrap=True)
        raise typer.Exit(1)
    if as_json:
        print(json.dumps(article.model_dump(), ensure_ascii=False, indent=2))
    else:
        out.print(article_panel(article))


@app.command("dead-letters")
def dead_letters_cmd(
    limit: Annotated[int, typer.Option(help="How many, most recent first.")] = 20,
) -> None:
    """List input that could not be processed, and why."""
    from worker.db.queries import dead_letters
    from worker.display import dead_letters_table

    settings = _settings()
    try:
        with _sessions(settings)() as session:
            rows = list(dead_letters(session, limit))
    except (DBOperationalError, ProgrammingError) as e:
        raise _db_failed(e, settings) from e
    out.print(dead_letters_table(rows))


def main() -> None:
    """Console-script entry point."""
    try:
        app()
    except NewsworkerError as e:
        err.print(f"[red]{escape(str(e))}[/red]", soft_wrap=True)
        sys.exit(1)


if __name__ == "__main__":
    main()
