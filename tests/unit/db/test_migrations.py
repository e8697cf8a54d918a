"""Alembic migrations are the only way the schema changes: they must match the models."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from worker.db.migrate import include_name, upgrade
from worker.db.models import Base
from worker.db.session import get_engine


def test_the_migrated_schema_matches_the_models(db_url: str) -> None:
    upgrade(db_url)  # a second upgrade is a no-op
    with get_engine(db_url).connect() as conn:
        diff = compare_metadata(
            MigrationContext.configure(conn, opts={"include_name": include_name}), Base.metadata
        )
    assert diff == [], f"models and migrations differ; add a migration: {diff}"


def test_sqlite_runs_in_wal_mode_with_a_busy_timeout(sqlite_url: str) -> None:
    with get_engine(sqlite_url).connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 10_000
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
