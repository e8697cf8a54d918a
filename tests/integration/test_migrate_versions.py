"""Revision 0010 on SQLite and PostgreSQL: version rows recorded before it keep their hash and
date and get no content; going back down keeps them too."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.conftest import fresh_pg_database
from worker.db.migrate import migrate
from worker.db.session import get_engine

BEFORE = "0008"
THIS = "0010"


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'versions.db'}"
        return
    with fresh_pg_database("newsworker_versions") as url:
        yield url


def _rows(url: str) -> list[tuple[object, ...]]:
    with get_engine(url).connect() as conn:
        return [tuple(r) for r in conn.execute(text("SELECT * FROM article_versions"))]


def test_versions_recorded_before_0010_survive_it_both_ways(empty_db: str) -> None:
    migrate(empty_db, BEFORE)
    now = datetime(2026, 1, 2, 3, 4, tzinfo=UTC)
    with get_engine(empty_db).begin() as conn:
        conn.execute(
            text(
                "INSERT INTO articles (id, dedup_key, title, title_derived, text, first_seen_at,"
                " updated_at, content_hash, input_format, taxonomy_version, pipeline_version)"
                " VALUES ('a1', 'k1', 'T', false, 'Texte', :now, :now, 'h2', 'text', 't', '1')"
            ),
            {"now": now},
        )
        for digest in ("h1", "h2"):
            conn.execute(
                text("INSERT INTO article_versions VALUES ('a1', :h, :now)"),
                {"h": digest, "now": now},
            )
    migrate(empty_db, THIS)
    with get_engine(empty_db).connect() as conn:
        rows = conn.execute(
            text(
                "SELECT content_hash, title, text, superseded_at FROM article_versions"
                " ORDER BY content_hash"
            )
        ).all()
    assert [tuple(r) for r in rows] == [("h1", None, None, None), ("h2", None, None, None)]
    migrate(empty_db, BEFORE)
    assert sorted(r[1] for r in _rows(empty_db)) == ["h1", "h2"]
    assert all(len(r) == 3 for r in _rows(empty_db))  # the three columns are gone
