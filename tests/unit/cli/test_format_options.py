"""``--format`` is a closed set of choices, listed in ``--help``, and a value outside it is a
usage error (exit 2) that names the choices: on every command of the reading and feed groups
(worker/cli/read.py, worker/cli/feeds.py)."""

from __future__ import annotations

import re
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from worker.cli import app

MODULES = {"worker.cli.read", "worker.cli.feeds"}


def _commands_with_format() -> list[str]:
    found: list[str] = []

    def walk(command: Any, path: tuple[str, ...]) -> None:
        subcommands = getattr(command, "commands", None)
        if subcommands:
            for name, sub in subcommands.items():
                walk(sub, (*path, name))
        elif getattr(command.callback, "__module__", "") in MODULES and any(
            "--format" in p.opts for p in command.params
        ):
            found.append(" ".join(path))

    walk(typer.main.get_command(app), ())
    return sorted(found)


COMMANDS = _commands_with_format()
ENV = {"COLUMNS": "200", "NO_COLOR": "1"}


def test_the_listing_and_export_commands_have_a_format() -> None:
    assert {"articles", "export"} <= set(COMMANDS)


@pytest.mark.parametrize("path", COMMANDS)
def test_format_is_a_choice_shown_in_help_and_enforced(path: str) -> None:
    runner = CliRunner()
    shown = runner.invoke(app, [*path.split(), "--help"], env=ENV)
    assert shown.exit_code == 0, shown.output
    listed = re.search(r"--format\s+[<\[]([\w|]+)[>\]]", shown.output)
    assert listed, f"{path} --help shows no choices for --format:\n{shown.output}"
    choices = listed.group(1).split("|")
    assert len(choices) >= 2, f"{path} --format takes any {choices[0]}"
    wrong = runner.invoke(app, [*path.split(), "--format", "xml"], env=ENV)
    assert wrong.exit_code == 2, wrong.output
    for choice in choices:
        assert repr(choice) in wrong.output
