"""The ``newsworker`` command. Each module of this package registers its commands on the
one typer app in ``_common``; this module only gathers them.

Every call imports all of these modules, so they import what only some commands need (the
pipeline, the services, Alembic) inside those commands: ``newsworker --help`` or a read
command does not pay for the pipeline's imports.
"""

from __future__ import annotations

import sys

from rich.markup import escape

from worker.cli import events, feeds, ingest, ops, read, tagging  # noqa: F401  (register commands)
from worker.cli._common import app, err
from worker.errors import (
    BrokerUnavailable,
    ConfigError,
    NewsworkerError,
    SchemaMissing,
    StorageUnavailable,
)

__all__ = ["app", "main"]
app.info.help = (
    "newsworker: put news on the queue, run a worker, read what was stored.\n\n"
    "Exit codes: 0 success; 1 input refused or dead-lettered (the message says what to fix); "
    "2 usage or configuration; 3 database or broker unreachable."
)


#: Exit codes by error class, most specific first: the one map every command goes through.
EXIT_CODES: tuple[tuple[type[NewsworkerError], int], ...] = (
    (SchemaMissing, 3),
    (ConfigError, 2),
    (StorageUnavailable, 3),
    (BrokerUnavailable, 3),
    (NewsworkerError, 1),
)


def exit_code(error: NewsworkerError) -> int:
    """The documented exit code for ``error``."""
    return next(code for cls, code in EXIT_CODES if isinstance(error, cls))


def main() -> None:
    """Console-script entry point: one line and a documented exit code for every failure."""
    try:
        app()
    except OSError as e:  # a file or folder the user named: say which and why
        where = f"{e.filename}: " if e.filename is not None else ""
        err.print(f"[red]{escape(where + (e.strerror or str(e)))}[/red]", soft_wrap=True)
        sys.exit(1)
    except Exception as e:
        from worker.services.storage import as_newsworker_error

        known = as_newsworker_error(e)
        if known is None:
            raise
        err.print(f"[red]{escape(str(known))}[/red]", soft_wrap=True)
        sys.exit(exit_code(known))


if __name__ == "__main__":
    main()
