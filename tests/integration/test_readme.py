"""The README runs as written: every ``sh`` block, in order, in a fresh copy of the
repository (the files git tracks or would track), against the real Redis and PostgreSQL.

Blocks marked ``sh docker``, ``sh pypi``, ``sh bench`` or ``sh suite`` are left out, as the
README says; any other marker is an error, so a block cannot drop out by a typo.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import subprocess
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis

from tests.conftest import fresh_pg_database
from tests.integration.conftest import ROOT
from worker.app import queue_names
from worker.config import Settings

pytestmark = [pytest.mark.redis, pytest.mark.postgres, pytest.mark.slow]  # about a minute

BLOCK = re.compile(r"^```(\w*)(?: (\w+))?\n(.*?)^```$", re.M | re.S)
SKIPPED = {"docker", "pypi", "bench", "suite"}
README = ROOT / "README.md"


def shell_blocks(text: str) -> list[tuple[str | None, str]]:
    """Every ``sh`` block of the README: its marker (None for a plain ``sh``) and body."""
    return [(marker or None, body) for lang, marker, body in BLOCK.findall(text) if lang == "sh"]


def test_every_marker_is_one_the_readme_explains() -> None:
    blocks = shell_blocks(README.read_text(encoding="utf-8"))
    assert len([m for m, _ in blocks if m is None]) >= 6
    assert {m for m, _ in blocks if m} <= SKIPPED
    for marker in SKIPPED:
        assert f"`sh {marker}`" in README.read_text(encoding="utf-8")


def test_runnable_blocks_call_newsworker_from_the_virtualenv() -> None:
    for marker, body in shell_blocks(README.read_text(encoding="utf-8")):
        if marker is None:
            bare = re.findall(r"(?:^|[|;&(]\s*|\$\(\s*)newsworker\b", body, re.M)
            assert not bare, f"a bare `newsworker` (not on PATH in a fresh clone):\n{body}"


@pytest.fixture
def clone(tmp_path: Path) -> Path:
    """The repository as a fresh clone has it, with this checkout's virtualenv."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT, capture_output=True, check=True,
    ).stdout.decode().split("\0")  # fmt: skip
    target = tmp_path / "newsworker"
    for name in filter(None, listed):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    (target / ".venv").symlink_to(ROOT / ".venv")
    # The virtualenv is shared: the copy's inputs must never look newer than its stamp, or a
    # `make` block would reinstall the package from this temporary copy into it.
    for name in ("pyproject.toml", "requirements.lock", "requirements-prod.lock"):
        if (target / name).exists():
            os.utime(target / name, (0, 0))
    return target


@pytest.fixture
def services(redis_url: str) -> Iterator[dict[str, str]]:
    """Settings for the README's commands: the real broker and a PostgreSQL of their own."""
    queue = f"nwreadme-{uuid.uuid4().hex[:8]}"
    with fresh_pg_database("newsworker_readme") as db:
        yield {"NEWSWORKER_BROKER_URL": redis_url, "NEWSWORKER_DATABASE_URL": db,
               "NEWSWORKER_QUEUE": queue}  # fmt: skip
    client = redis.Redis.from_url(redis_url)
    client.delete(*queue_names(Settings(queue=queue)))
    client.close()


def _run(body: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    proc = subprocess.Popen(
        ["bash", "-euo", "pipefail", "-c", body], cwd=cwd, env=env, text=True,
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True,
    )  # fmt: skip
    try:
        output, _ = proc.communicate(timeout=300)
    finally:
        with contextlib.suppress(ProcessLookupError):  # what a failed block left running
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    return subprocess.CompletedProcess(proc.args, proc.returncode, output, "")


def test_every_shell_block_runs_as_written(clone: Path, services: dict[str, str]) -> None:
    # No virtualenv on PATH: a block must name .venv/bin/ itself, as on a fresh clone.
    path = ":".join(p for p in os.environ["PATH"].split(":") if ".venv" not in p)
    base = {k: v for k, v in os.environ.items() if not k.startswith(("NEWSWORKER_", "VIRTUAL"))}
    env = {**base, **services, "PATH": path, "COLUMNS": "120"}
    ran = []
    for marker, body in shell_blocks((clone / "README.md").read_text(encoding="utf-8")):
        if marker in SKIPPED:
            continue
        started = time.monotonic()
        result = _run(body, clone, env)
        print(f"--- {time.monotonic() - started:.1f} s\n{body}\n{result.stdout}")
        assert result.returncode == 0, f"this block failed:\n{body}\n--- output:\n{result.stdout}"
        ran.append(result.stdout)
    everything = "\n".join(ran)
    assert "Le président russe" in everything  # the seed, stored and shown
    assert "N. Korea slams S. Korea" in everything  # the saved page, submitted and fetched
    assert re.search(r"feed 1: \S+ \(HTTP 200\), 3 entries, 3 new", everything), everything
    assert (clone / "feeds.opml").exists()
    assert (clone / "articles.jsonl").exists()
