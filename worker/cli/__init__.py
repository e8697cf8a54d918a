"""The ``newsworker`` command. Each module of this package registers its commands on the
one typer app in ``_common``; this module only gathers them."""

from __future__ import annotations

import sys

from rich.markup import escape

from worker.cli import events, feeds, ingest, ops, read, tagging  # noqa: F401  (register commands)
from worker.cli._common import app, err
from worker.errors import NewsworkerError

__all__ = ["app", "main"]
app.info.help = (
    "newsworker: put news on the queue, run a worker, read what was stored.\n\n"
    "Exit codes: 0 success; 1 input refused or dead-lettered (the message says what to fix); "
    "2 usage or configuration; 3 database or broker unreachable."
)


def main() -> None:
    """Console-script entry point."""
    try:
        app()
    except NewsworkerError as e:
        err.print(f"[red]{escape(str(e))}[/red]", soft_wrap=True)
        sys.exit(1)


if __name__ == "__main__":
    main()
