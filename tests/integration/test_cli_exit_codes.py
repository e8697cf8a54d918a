"""Every command fails with one line and a documented exit code, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from worker import cli
from worker.db.migrate import upgrade

ROOT = Path(__file__).resolve().parents[2]
DOCUMENTED = {0, 1, 2, 3}


def _newsworker(
    args: list[str], env: dict[str, str], cwd: Path
) -> subprocess.CompletedProcess[str]:
    full = {**{k: v for k, v in os.environ.items() if not k.startswith("NEWSWORKER_")}, **env}
    return subprocess.run(
        [sys.executable, "-m", "worker", *args],
        env={**full, "PYTHONPATH": str(ROOT)},
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_worker_with_a_bad_setting_exits_2_with_the_setting_named(tmp_path: Path) -> None:
    done = _newsworker(["worker"], {"NEWSWORKER_CONCURRENCY": "many"}, tmp_path)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr + done.stdout
    assert "NEWSWORKER_CONCURRENCY" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_resend_with_the_broker_down_exits_3_and_shows_no_password(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'nw.db'}"
    env = {
        "NEWSWORKER_DATABASE_URL": db,
        "NEWSWORKER_BROKER_URL": "redis://:Zq9-secret@127.0.0.1:1/0",
    }
    article = tmp_path / "a.txt"
    article.write_text("La Chine et la Russie signent un accord commercial.", encoding="utf-8")
    assert _newsworker(["migrate"], env, tmp_path).returncode == 0
    submitted = _newsworker(["submit", str(article)], env, tmp_path)
    assert submitted.returncode == 3, submitted.stderr
    done = _newsworker(["resend"], env, tmp_path)
    assert done.returncode == 3, done.stderr
    for run in (submitted, done):
        text = run.stdout + run.stderr
        assert "Traceback" not in text
        assert "Zq9-secret" not in text
        assert "resend" in text
        assert "****" in text


def test_feeds_export_on_an_unmigrated_database_exits_3(tmp_path: Path) -> None:
    env = {"NEWSWORKER_DATABASE_URL": f"sqlite:///{tmp_path / 'empty.db'}"}
    done = _newsworker(["feeds", "export"], env, tmp_path)
    assert done.returncode == 3, done.stderr
    assert "Traceback" not in done.stderr
    assert "migrate" in done.stderr


_TEXT = st.text(st.characters(blacklist_categories=["Cs"]), max_size=30)
_ARGS = st.one_of(
    st.tuples(st.just("articles"), st.just("--limit"), st.integers().map(str)),
    st.tuples(st.just("articles"), st.just("--query"), st.text(min_size=0, max_size=2000)),
    st.tuples(st.just("articles"), st.just("--tag"), _TEXT),
    st.tuples(st.just("articles"), st.just("--published-from"), _TEXT),
    st.tuples(st.just("export"), st.just("--out"), _TEXT.map(lambda s: f"/nonexistent/{s}/x")),
    st.tuples(st.just("show"), _TEXT),
    st.tuples(st.just("dead-letters"), st.just("--limit"), st.integers().map(str)),
    st.tuples(
        st.just("feeds"),
        st.just("add"),
        st.just("https://example.org/f.xml"),
        st.just("--interval"),
        st.integers().map(str),
    ),
    st.tuples(st.just("resend"), st.just("--older-than"), st.floats().map(str)),
    st.tuples(st.just("show"), _TEXT, st.just("--versions")),
    st.tuples(st.just("submit"), _TEXT.map(lambda s: f"/nonexistent/{s}")),
    st.tuples(st.just("submit"), st.just("--url"), _TEXT),
    st.tuples(st.just("tag"), _TEXT.map(lambda s: f"/nonexistent/{s}")),
    st.tuples(st.just("retag"), st.just("--since"), _TEXT, st.just("--dry-run")),
    st.tuples(st.just("migrate"), st.just("--revision"), _TEXT),
    st.tuples(st.just("feeds"), st.just("add"), _TEXT),
    st.tuples(st.just("feeds"), st.just("remove"), _TEXT),
    st.tuples(st.just("feeds"), st.just("poll"), _TEXT),
    st.tuples(st.just("feeds"), st.just("import"), _TEXT.map(lambda s: f"/nonexistent/{s}")),
    st.tuples(st.just("feeds"), st.just("export"), st.just("--out"), _TEXT),
    st.tuples(st.just("feeds"), st.just("list")),
    st.tuples(st.just("events"), st.just("publish")),
    st.tuples(st.just("health"), _TEXT),
    st.tuples(_TEXT),
)


@pytest.fixture
def embedded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    db = tmp_path / "nw.db"
    upgrade(f"sqlite:///{db}")
    monkeypatch.setenv("NEWSWORKER_DATABASE_URL", f"sqlite:///{db}")
    monkeypatch.setenv("NEWSWORKER_DATA_DIR", str(tmp_path / "data"))
    return tmp_path


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(args=_ARGS)
def test_generated_arguments_get_a_documented_exit_and_no_traceback(
    args: tuple[str, ...],
    embedded: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys, "argv", ["newsworker", *args])
    code: object = 0
    try:
        cli.main()
    except SystemExit as e:
        code = e.code if e.code is not None else 0
    captured = capsys.readouterr()
    assert code in DOCUMENTED, (args, code, captured.err)
    assert "Traceback" not in captured.err + captured.out
