"""The CLI as a user runs it, on the embedded defaults: SQLite and the filesystem broker,
with a real worker process (what `make run` does)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import jsonschema
import pytest

from tests.integration.conftest import ROOT, wait_until

SEED = ROOT / "seeds" / "000_f2ff33e2eff4ce5e.txt"
ARTICLE_SCHEMA = json.loads((ROOT / "schemas" / "article.schema.json").read_text())


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSWORKER_")}
    env.update(PYTHONPATH=str(ROOT), COLUMNS="200", NEWSWORKER_LOG_FORMAT="json")
    return env


def nw(*args: str, cwd: Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "worker", *args],
        cwd=cwd,
        env=_env(),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


@pytest.fixture
def embedded(tmp_path: Path) -> Iterator[Path]:
    """A migrated embedded setup in ``tmp_path`` with a worker running on it."""
    assert nw("migrate", cwd=tmp_path).returncode == 0
    log = (tmp_path / "worker.log").open("wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "worker", "worker", "--concurrency=1"],
        cwd=tmp_path,
        env=_env(),
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        wait_until(
            lambda: "ready." in (tmp_path / "worker.log").read_text(errors="replace"),
            timeout=60,
            what="the embedded worker",
        )
        yield tmp_path
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=40)
        log.close()


def test_submit_wait_show_prints_the_stored_seed_with_its_tags(embedded: Path) -> None:
    result = nw("submit", "--wait", "--show", str(SEED), cwd=embedded)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Le président russe Vladimir Poutine" in out
    assert "2025-05 (precision month, from text-header)" in out
    for tag in ("russia", "china", "trade", "ukraine", "taiwan"):
        assert tag in out
    assert "'Taïwan'" in out  # evidence, as matched in the stored text
    assert (embedded / "data" / "newsworker.db").exists()

    listed = nw("articles", "--json", cwd=embedded)
    (line,) = listed.stdout.splitlines()
    article = json.loads(line)
    jsonschema.validate(article, ARTICLE_SCHEMA)
    assert article["published_at"] == "2025-05"
    assert {t["tag"] for t in article["tags"]} == {"russia", "china", "trade", "ukraine", "taiwan"}

    shown = nw("show", article["id"][:8], "--json", cwd=embedded)
    assert json.loads(shown.stdout) == article

    again = nw("submit", "--wait", str(SEED), cwd=embedded)
    assert again.returncode == 0
    assert f"as article {article['id']}" in again.stdout  # same article, not a new one
    assert len(nw("articles", "--json", cwd=embedded).stdout.splitlines()) == 1


def test_bad_files_are_refused_with_what_to_fix_and_good_ones_still_go(embedded: Path) -> None:
    (embedded / "empty.txt").write_bytes(b"")
    (embedded / "binary.bin").write_bytes(bytes(range(256)) * 64)
    with (embedded / "huge.txt").open("wb") as f:
        f.write(b"Le texte. " * 5_300_000)
    result = nw(
        "submit",
        "--wait",
        "empty.txt",
        "binary.bin",
        "huge.txt",
        "missing.txt",
        str(SEED),
        cwd=embedded,
    )
    assert result.returncode == 1
    err = result.stderr
    assert "refused empty.txt: parse: input is empty" in err
    assert "refused binary.bin: parse: input looks binary" in err
    assert "refused huge.txt" in err
    assert "NEWSWORKER_MAX_ARTICLE_BYTES" in err
    assert "refused missing.txt: No such file or directory" in err
    assert "stored" in result.stdout
    assert str(SEED) in result.stdout


def test_without_migrations_the_cli_says_what_to_run(tmp_path: Path) -> None:
    result = nw("articles", cwd=tmp_path)
    assert result.returncode == 3
    assert "run `newsworker migrate`" in result.stderr
