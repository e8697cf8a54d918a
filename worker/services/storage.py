"""The database as the CLI and the long-running commands see it: sessions, schema, errors."""

from __future__ import annotations

from kombu.exceptions import OperationalError as KombuOperationalError
from redis.exceptions import ConnectionError as RedisConnectionError
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from worker.config import Settings
from worker.db.migrate import Migration, MigrationError
from worker.db.migrate import migrate as run_migrations
from worker.db.session import get_sessionmaker, storage_error
from worker.errors import BrokerUnavailable, NewsworkerError

__all__ = ["Migration", "MigrationError", "as_newsworker_error", "migrate", "sessions_for"]


def sessions_for(settings: Settings) -> sessionmaker[Session]:
    """The session factory for the settings' database."""
    return get_sessionmaker(settings.sqlalchemy_url)


def migrate(settings: Settings, revision: str = "head") -> Migration:
    """Move the schema to ``revision``, up or down (Alembic); what was applied or reverted."""
    return run_migrations(settings.sqlalchemy_url, revision)


def as_newsworker_error(e: BaseException) -> NewsworkerError | None:
    """What an outside exception means in newsworker's error tree (None: not ours to say)."""
    if isinstance(e, NewsworkerError):
        return e
    if isinstance(e, DBAPIError):
        return storage_error(e)
    if isinstance(e, KombuOperationalError | RedisConnectionError):
        return BrokerUnavailable(f"broker: unreachable: {e}")
    return None
