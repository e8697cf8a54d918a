"""What every command shares: the app, the consoles, settings and database access."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import typer
from pydantic import ValidationError
from rich.console import Console
from rich.markup import escape
from sqlalchemy.exc import ProgrammingError

from worker.config import Settings, get_settings

__all__ = [
    "app",
    "db_failed",
    "err",
    "out",
    "producer",
    "progress",
    "refused",
    "safe_url",
    "sessions_for",
    "settings_or_exit",
]

app = typer.Typer(no_args_is_help=True, add_completion=False)
out = Console()
err = Console(stderr=True)


def settings_or_exit() -> Settings:
    """The settings, or exit 2 with what is wrong with them."""
    try:
        return get_settings()
    except ValidationError as e:
        problems = "; ".join(
            f"NEWSWORKER_{'_'.join(str(p) for p in x['loc']).upper() or 'SETTINGS'}: {x['msg']}"
            for x in e.errors()
        )
        err.print(f"[red]configuration error[/red]: {escape(problems)}", soft_wrap=True)
        raise typer.Exit(2) from e
    except ValueError as e:
        err.print(f"[red]configuration error[/red]: {escape(str(e))}", soft_wrap=True)
        raise typer.Exit(2) from e


def producer(settings: Settings) -> Any:
    """How the CLI sends tasks: ``send(name, args)`` on an app built from ``settings``."""
    from worker.app import make_celery, runtime_of

    return runtime_of(make_celery(settings)).send


def sessions_for(settings: Settings) -> Any:
    from worker.services.storage import sessions_for as factory

    return factory(settings)


def db_failed(e: Exception, settings: Settings) -> typer.Exit:
    if isinstance(e, ProgrammingError) or "no such table" in str(e):
        err.print("[red]the database has no newsworker tables[/red]: run `newsworker migrate`")
        return typer.Exit(3)
    where = safe_url(settings.sqlalchemy_url)
    err.print(f"[red]database unreachable[/red] at {where}: {escape(str(e))}", soft_wrap=True)
    return typer.Exit(3)


def safe_url(url: str) -> str:
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return "<unparseable url>"


def refused(path: str, e: Exception) -> None:
    msg = e.strerror if isinstance(e, OSError) else str(e)
    err.print(f"[red]refused[/red] {escape(path)}: {escape(str(msg))}", soft_wrap=True)


@contextmanager
def progress(description: str, total: int | None = None) -> Iterator[Callable[..., None]]:
    """A progress bar on stderr for a long command, shown only when stderr is a terminal
    (never in pipes, logs or JSON output); yields ``advance(n)``. Without ``total``, it
    counts and spins."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
    )

    columns = (
        (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
        if total is not None
        else (
            SpinnerColumn(),
            TextColumn("{task.description}: {task.completed}"),
            TimeElapsedColumn(),
        )
    )
    with Progress(*columns, console=err, transient=True, disable=not err.is_terminal) as bar:
        task = bar.add_task(description, total=total)

        def advance(n: int = 1) -> None:
            bar.advance(task, n)

        yield advance
