"""Engines and sessions: SQLite tuned for concurrent writers, PostgreSQL pooled and recycled.

SQLite runs in WAL mode with a busy timeout, and every transaction starts with
``BEGIN IMMEDIATE`` so concurrent writers queue for the lock instead of failing midway.
Engines are cached per URL and disposed after a fork (``dispose_engines``).

PostgreSQL connections are not pinged at each checkout (a round trip per transaction):
they are recycled after ``POOL_RECYCLE`` seconds, and a connection that broke meanwhile
fails its statement, which invalidates the pool and becomes StorageUnavailable: the task
retries on fresh connections (worker.tasks).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError, ProgrammingError
from sqlalchemy.orm import Session, sessionmaker

from worker.errors import SchemaMissing, StorageUnavailable

__all__ = [
    "dispose_engines",
    "get_engine",
    "get_sessionmaker",
    "storage_error",
    "transaction",
]

SQLITE_BUSY_TIMEOUT_MS = 10_000
POOL_RECYCLE = 1800  # seconds


def _sqlite_engine(url: str) -> Engine:
    database = make_url(url).database
    if database and database != ":memory:":
        Path(database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the driver, decide when transactions begin.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # Take the write lock up front: a deferred transaction that later writes fails
        # with "database is locked" instead of waiting for the busy timeout.
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


_engines: dict[str, Engine] = {}


def get_engine(url: str) -> Engine:
    """The process's engine for ``url`` (created once)."""
    engine = _engines.get(url)
    if engine is None:
        if make_url(url).get_backend_name() == "sqlite":
            engine = _sqlite_engine(url)
        else:
            engine = create_engine(url, pool_recycle=POOL_RECYCLE, pool_size=5, max_overflow=5)
        _engines[url] = engine
    return engine


def get_sessionmaker(url: str) -> sessionmaker[Session]:
    """A session factory bound to the engine for ``url``; the caller owns transactions."""
    return sessionmaker(get_engine(url), expire_on_commit=False)


def dispose_engines() -> None:
    """Drop pooled connections inherited from a parent process (call after fork)."""
    for engine in _engines.values():
        engine.dispose(close=False)


@contextmanager
def transaction(sessions: sessionmaker[Session]) -> Iterator[Session]:
    """One transaction. A database that is down or locked becomes StorageUnavailable (retry
    later); one without newsworker's tables becomes SchemaMissing (run ``migrate``)."""
    try:
        with sessions.begin() as session:
            yield session
    except (OperationalError, ProgrammingError, DBAPIError) as e:
        known = storage_error(e)
        if known is None:
            raise
        raise known from e


def storage_error(e: BaseException) -> StorageUnavailable | SchemaMissing | None:
    """What a database exception means for the caller, or None if it is not about storage."""
    if not isinstance(e, DBAPIError):
        return None
    if "no such table" in str(e) or type(e.orig).__name__ in ("UndefinedTable", "UndefinedColumn"):
        return SchemaMissing(
            "store: the database has no newsworker tables (or an older schema): "
            "run `newsworker migrate`"
        )
    if isinstance(e, OperationalError) or e.connection_invalidated:
        return StorageUnavailable(f"store: database unavailable: {e.orig}")
    return None
