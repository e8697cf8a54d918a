"""Migrations go up and down on SQLite and PostgreSQL: head -> base -> head, one step at a
time, keeping the rows and the article_tag_scores view; ``newsworker migrate`` says what it
applied; the shipped alembic.ini drives the standard ``alembic`` command."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from tests.conftest import fresh_pg_database
from worker.db.migrate import (
    MigrationError,
    alembic_config,
    current_revision,
    include_name,
    migrate,
)
from worker.db.models import Base
from worker.db.session import get_engine

ROOT = Path(__file__).resolve().parents[2]
VIEW = "article_tag_scores"
VIEW_SINCE = "0003"
# Revision 0005's downgrade rebuilds articles on SQLite: rows are written there.
REBUILT_AT = "0005"


def _history() -> list[tuple[str, str]]:
    """Every revision, base first, with its message."""
    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    walked = [(r.revision, r.doc) for r in script.walk_revisions("base", "heads")]
    return list(reversed(walked))


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database with nothing in it, of this test's own."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'roundtrip.db'}"
        return
    with fresh_pg_database("newsworker_migrate") as url:
        yield url


def _tables_and_views(url: str) -> tuple[set[str], set[str]]:
    with get_engine(url).connect() as conn:
        found = inspect(conn)
        return set(found.get_table_names()), set(found.get_view_names())


def _schema_diff(url: str) -> list[object]:
    with get_engine(url).connect() as conn:
        return list(
            compare_metadata(
                MigrationContext.configure(conn, opts={"include_name": include_name}), Base.metadata
            )
        )


def _write_article(url: str) -> None:
    now = datetime(2026, 1, 2, 3, 4, tzinfo=UTC)
    with get_engine(url).begin() as conn:
        conn.execute(
            text(
                "INSERT INTO articles (id, dedup_key, title, title_derived, text, first_seen_at,"
                " updated_at, content_hash, input_format, taxonomy_version, pipeline_version)"
                " VALUES ('a1', 'k1', 'Zölle', false, 'Zölle auf Stahl', :now, :now, 'h1',"
                " 'text', 't1', '1')"
            ),
            {"now": now},
        )
        conn.execute(
            text(
                "INSERT INTO article_tags (article_id, tag, score, code, evidence)"
                " VALUES ('a1', 'trade', 0.9, NULL, '[]')"
            )
        )


def _scores(url: str) -> list[tuple[str, str, str]]:
    with get_engine(url).connect() as conn:
        rows = conn.execute(text(f"SELECT article_id, tag, title FROM {VIEW}"))
        return [tuple(r) for r in rows]


def test_head_base_head_applies_and_reverts_every_revision_in_order(empty_db: str) -> None:
    history = _history()
    ids = [rev for rev, _ in history]
    up = migrate(empty_db)
    assert (up.before, up.after, up.direction) == (None, ids[-1], "up")
    assert [(s.revision, s.message) for s in up.steps] == history
    assert _schema_diff(empty_db) == []

    again = migrate(empty_db)
    assert (again.direction, again.steps, again.after) == ("none", (), ids[-1])

    down = migrate(empty_db, "base")
    assert (down.after, down.direction) == (None, "down")
    assert [s.revision for s in down.steps] == list(reversed(ids))
    tables, views = _tables_and_views(empty_db)
    assert tables <= {"alembic_version"}
    assert views == set()

    assert [s.revision for s in migrate(empty_db).steps] == ids
    assert _schema_diff(empty_db) == []
    assert VIEW in _tables_and_views(empty_db)[1]


def test_each_downgrade_step_keeps_the_rows_and_the_view(empty_db: str) -> None:
    ids = [rev for rev, _ in _history()]
    migrate(empty_db, REBUILT_AT)
    _write_article(empty_db)
    migrate(empty_db)
    for expected in reversed(ids[:-1]):
        step = migrate(empty_db, "-1")
        assert current_revision(empty_db) == expected
        assert step.direction == "down"
        assert len(step.steps) == 1
        if expected >= VIEW_SINCE:
            assert _scores(empty_db) == [("a1", "trade", "Zölle")], f"at {expected}"
    migrate(empty_db, "-1")
    assert current_revision(empty_db) is None
    migrate(empty_db, REBUILT_AT)
    _write_article(empty_db)
    migrate(empty_db, ids[ids.index(REBUILT_AT) - 1])  # the table rebuild on SQLite
    assert _scores(empty_db) == [("a1", "trade", "Zölle")]
    migrate(empty_db)
    assert _scores(empty_db) == [("a1", "trade", "Zölle")]
    assert _schema_diff(empty_db) == []


def test_an_unknown_revision_changes_nothing(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'unknown.db'}"
    migrate(url, REBUILT_AT)
    with pytest.raises(MigrationError, match="9999"):
        migrate(url, "9999")
    assert current_revision(url) == REBUILT_AT


def _run(args: list[str], cwd: Path, data: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NEWSWORKER_DATA_DIR": str(data), "COLUMNS": "200"}
    return subprocess.run(
        args, cwd=cwd, env=env, capture_output=True, text=True, timeout=120, check=False
    )


def test_the_migrate_command_says_what_it_applied_and_goes_down_too(tmp_path: Path) -> None:
    history = _history()
    nw = [sys.executable, "-m", "worker", "migrate"]
    first = _run(nw, tmp_path, tmp_path)
    assert first.returncode == 0, first.stderr
    for rev, message in history:
        assert f"applied {rev}: {message}" in first.stdout
    assert f"is at {history[-1][0]} (head): {len(history)} revision(s) applied" in first.stdout
    assert "up to date" not in first.stdout

    second = _run(nw, tmp_path, tmp_path)
    assert "nothing to apply" in second.stdout
    assert "applied" not in second.stdout

    target = history[-3][0]
    down = _run([*nw, "--revision", target], tmp_path, tmp_path)
    assert down.returncode == 0, down.stderr
    assert f"reverted {history[-1][0]}:" in down.stdout
    assert f"reverted {history[-2][0]}:" in down.stdout
    assert f"is at {target} (head: {history[-1][0]}): 2 revision(s) reverted" in down.stdout

    wrong = _run([*nw, "--revision", "nope"], tmp_path, tmp_path)
    assert wrong.returncode == 2
    assert "nope" in wrong.stderr


def test_the_shipped_alembic_ini_drives_the_alembic_command(tmp_path: Path) -> None:
    alembic = [sys.executable, "-m", "alembic", "-c", str(ROOT / "alembic.ini")]
    history = _history()
    up = _run([*alembic, "upgrade", "head"], tmp_path, tmp_path)
    assert up.returncode == 0, up.stderr
    assert f"Running upgrade {history[-2][0]} -> {history[-1][0]}" in up.stderr
    assert current_revision(f"sqlite:///{tmp_path / 'newsworker.db'}") == history[-1][0]
    current = _run([*alembic, "current"], tmp_path, tmp_path)
    assert f"{history[-1][0]} (head)" in current.stdout
    down = _run([*alembic, "downgrade", "base"], tmp_path, tmp_path)
    assert down.returncode == 0, down.stderr
    assert current_revision(f"sqlite:///{tmp_path / 'newsworker.db'}") is None
    # --sql prints PostgreSQL's DDL for a URL given with -x, without connecting to it.
    offline = ["-x", "url=postgresql+psycopg://nobody@db.invalid/news"]
    sql = _run([*alembic, *offline, "upgrade", "head", "--sql"], tmp_path, tmp_path)
    assert sql.returncode == 0, sql.stderr
    assert "PostgresqlImpl" in sql.stderr
    assert "CREATE TABLE articles" in sql.stdout
    assert "CREATE VIEW article_tag_scores" in sql.stdout


# Revision 0010: version rows recorded before it keep their hash and date, without content.
VERSIONS_BEFORE, VERSIONS_AT = "0008", "0010"


def _version_rows(url: str) -> list[tuple[object, ...]]:
    with get_engine(url).connect() as conn:
        return [tuple(r) for r in conn.execute(text("SELECT * FROM article_versions"))]


def test_versions_recorded_before_0010_survive_it_both_ways(empty_db: str) -> None:
    migrate(empty_db, VERSIONS_BEFORE)
    _write_article(empty_db)  # article a1, content h1
    now = datetime(2026, 1, 2, 3, 4, tzinfo=UTC)
    with get_engine(empty_db).begin() as conn:
        for digest in ("h1", "h2"):
            conn.execute(
                text("INSERT INTO article_versions VALUES ('a1', :h, :now)"),
                {"h": digest, "now": now},
            )
    migrate(empty_db, VERSIONS_AT)
    with get_engine(empty_db).connect() as conn:
        rows = conn.execute(
            text(
                "SELECT content_hash, title, text, superseded_at FROM article_versions"
                " ORDER BY content_hash"
            )
        ).all()
    assert [tuple(r) for r in rows] == [("h1", None, None, None), ("h2", None, None, None)]
    migrate(empty_db, VERSIONS_BEFORE)
    assert sorted(r[1] for r in _version_rows(empty_db)) == ["h1", "h2"]
    assert all(len(r) == 3 for r in _version_rows(empty_db))  # the three columns are gone


def _compression(url: str) -> dict[str, str]:
    with get_engine(url).connect() as conn:
        rows = conn.execute(text(
            "SELECT attrelid::regclass::text || '.' || attname, attcompression::text"
            " FROM pg_attribute WHERE (attrelid::regclass::text, attname) IN"
            " (('articles', 'text'), ('articles', 'summary'), ('article_versions', 'text'),"
            " ('outbox', 'payload'))"
        ))  # fmt: skip
        return {str(r[0]): str(r[1]) for r in rows}


@pytest.mark.postgres
def test_postgres_compresses_the_large_text_columns_with_lz4_and_goes_back(pg_url: str) -> None:
    with fresh_pg_database() as url:
        migrate(url)
        columns = ("articles.text", "articles.summary", "article_versions.text", "outbox.payload")
        assert _compression(url) == dict.fromkeys(columns, "l")  # lz4 (the server has it)
        migrate(url, "0012")
        assert _compression(url) == dict.fromkeys(columns, "p")  # pglz, set explicitly
