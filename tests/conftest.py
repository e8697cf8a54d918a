"""Shared fixtures: real SQLite and PostgreSQL databases, the real Redis broker.

A missing service skips its tests on a developer's machine and fails them under CI=true.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session, sessionmaker

from worker.db.migrate import upgrade
from worker.db.models import Base
from worker.db.session import get_engine, get_sessionmaker

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_f2ff33e2eff4ce5e.txt"
IN_CI = os.environ.get("CI", "").lower() == "true"
REDIS_URL = os.environ.get("NEWSWORKER_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
PG_HOST = os.environ.get("NEWSWORKER_TEST_PG_HOST", "127.0.0.1:5432")


def unavailable(what: str, why: object) -> None:
    """Skip on a developer's machine; fail under CI=true, where every service must be up."""
    message = f"{what} is not reachable: {why}"
    if IN_CI:
        pytest.fail(f"{message} (CI=true: a missing service is a failure, not a skip)")
    pytest.skip(message)


@pytest.fixture(autouse=True)
def _no_ambient_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Tests see only the settings they set themselves."""
    for key in list(os.environ):
        if key.startswith("NEWSWORKER_") and not key.startswith("NEWSWORKER_TEST_"):
            monkeypatch.delenv(key)
    monkeypatch.chdir(tmp_path)


@pytest.fixture(scope="session")
def redis_url() -> str:
    import redis

    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2).ping()
    except Exception as e:
        unavailable(f"Redis at {REDIS_URL}", e)
    return REDIS_URL


def _pg_admin() -> str:
    errors = []
    for user in ("postgres", "root"):
        url = f"postgresql+psycopg://{user}@{PG_HOST}/test"
        probe = create_engine(url)
        try:
            with probe.connect() as conn:
                conn.execute(text("select 1"))
            return url
        except Exception as e:
            errors.append(f"{user}: {e}")
        finally:
            probe.dispose()
    unavailable(f"PostgreSQL at {PG_HOST}", "; ".join(errors))
    raise AssertionError("unreachable")


@contextmanager
def fresh_pg_database(prefix: str = "newsworker_test") -> Iterator[str]:
    """An empty PostgreSQL database of the caller's own (its SQLAlchemy URL), dropped after."""
    admin_url = _pg_admin()
    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = admin_url.rsplit("/", 1)[0] + f"/{name}"
    try:
        yield url
    finally:
        get_engine(url).dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """A fresh PostgreSQL database for this test session, migrated, dropped at the end."""
    with fresh_pg_database() as url:
        upgrade(url)
        yield url


def _empty(url: str) -> None:
    with get_engine(url).begin() as conn:
        for table in reversed(Base.metadata.sorted_tables):
            conn.execute(table.delete())


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'newsworker.db'}"
    upgrade(url)
    return url


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Each test using it runs once on SQLite and once on PostgreSQL, on empty tables."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'newsworker.db'}"
        upgrade(url)
        return url
    url: str = request.getfixturevalue("pg_url")
    _empty(url)
    return url


@pytest.fixture
def sessions(db_url: str) -> sessionmaker[Session]:
    return get_sessionmaker(db_url)


@pytest.fixture(scope="session")
def seed_bytes() -> bytes:
    return SEED.read_bytes()
