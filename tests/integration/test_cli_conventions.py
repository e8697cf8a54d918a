"""CLI conventions: --format values are choices --help lists, listings print JSON, and long
commands show a progress bar on a terminal, never in a pipe."""

from __future__ import annotations

import json
import os
import pty
import re
import subprocess
import sys
from pathlib import Path

from tests.integration.test_feeds_cli import nw
from worker.db.migrate import upgrade
from worker.db.session import get_sessionmaker
from worker.pipeline import Item, ingest
from worker.taxonomy import load_taxonomy

ROOT = Path(__file__).resolve().parents[2]


def test_format_values_are_choices_listed_in_help(tmp_path: Path) -> None:
    for command in (["articles"], ["tag"], ["dead-letters"], ["status"], ["feeds", "list"]):
        shown = nw(*command, "--help", cwd=tmp_path)
        choices = re.search(r"--format\s+[<\[]((?:\w+\|)+\w+)[>\]]", shown.stdout)
        assert choices, (command, shown.stdout)
        assert "json" in choices.group(1).split("|"), command
        wrong = nw(*command, "--format", "yaml", cwd=tmp_path)
        assert wrong.returncode == 2, command
        assert "yaml" in wrong.stderr


def test_dead_letters_list_as_json_with_each_input_whole(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'data' / 'newsworker.db'}"
    upgrade(url)
    ingest([Item({"title": "a title and no text"})], sessions=get_sessionmaker(url),
           taxonomy=load_taxonomy(), max_bytes=10**6)  # fmt: skip
    listed = nw("dead-letters", "--format", "json", cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    (letter,) = json.loads(listed.stdout)
    assert letter["reason"] == "invalid-submission"
    assert json.loads(letter["payload"]) == {"title": "a title and no text"}
    assert letter["times"] == 1


def _on_a_terminal(args: list[str], cwd: Path) -> tuple[int, str, str]:
    """Run newsworker with stderr on a pseudo-terminal and stdout on a pipe."""
    master, slave = pty.openpty()
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSWORKER_")}
    env.update(PYTHONPATH=str(ROOT), TERM="xterm-256color", COLUMNS="120")
    proc = subprocess.Popen([sys.executable, "-m", "worker", *args], cwd=cwd, env=env,
                            stdout=subprocess.PIPE, stderr=slave)  # fmt: skip
    os.close(slave)
    seen = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the other end closed
            break
        if not chunk:
            break
        seen += chunk
    stdout, _ = proc.communicate(timeout=60)
    os.close(master)
    return proc.returncode, stdout.decode(), seen.decode(errors="replace")


def test_opml_import_and_retag_show_progress_on_a_terminal_only(tmp_path: Path) -> None:
    assert nw("migrate", cwd=tmp_path).returncode == 0
    outlines = "".join(f'<outline xmlUrl="https://f{i}.example/rss"/>' for i in range(300))
    (tmp_path / "many.opml").write_text(f"<opml><body>{outlines}</body></opml>")
    code, stdout, terminal = _on_a_terminal(["feeds", "import", "many.opml"], tmp_path)
    assert code == 0
    assert "registering feeds" in terminal
    assert "300 feed(s) in many.opml: 300 new" in stdout
    assert "registering" not in stdout

    piped = nw("feeds", "import", "many.opml", cwd=tmp_path)  # stderr is a pipe here
    assert "registering" not in piped.stderr + piped.stdout

    code, stdout, terminal = _on_a_terminal(["retag", "--dry-run"], tmp_path)
    assert code == 0
    assert "re-tagging" in terminal
    assert "would re-tag 0 article(s)" in stdout
