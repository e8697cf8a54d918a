"""Alembic environment: runs migrations on the engine newsworker itself uses.

The database URL is the first of: the one newsworker passes (:func:`worker.db.migrate.migrate`),
``alembic -x url=...``, ``sqlalchemy.url`` in alembic.ini, newsworker's settings
(``NEWSWORKER_DATABASE_URL``, else the embedded SQLite file under ``NEWSWORKER_DATA_DIR``).
``alembic upgrade head --sql`` prints the SQL instead of running it.
"""

from __future__ import annotations

from logging.config import fileConfig

from alembic import context

from worker.db.migrate import include_name
from worker.db.models import Base
from worker.db.session import get_engine

config = context.config
# The alembic command reads alembic.ini, whose logging sections make it report each step;
# newsworker's own code passes no file and keeps its logging as it is.
if config.config_file_name is not None and config.file_config.has_section("loggers"):
    fileConfig(config.config_file_name, disable_existing_loggers=False)


def _url() -> str:
    given = (
        config.attributes.get("url")
        or context.get_x_argument(as_dictionary=True).get("url")
        or config.get_main_option("sqlalchemy.url")
    )
    if given:
        return str(given)
    from worker.config import get_settings

    return get_settings().sqlalchemy_url


url = _url()
if context.is_offline_mode():
    context.configure(
        url=url,
        target_metadata=Base.metadata,
        literal_binds=True,
        include_name=include_name,
        render_as_batch=url.startswith("sqlite"),
    )
    with context.begin_transaction():
        context.run_migrations()
else:
    with get_engine(url).connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        # Batch mode rebuilds a table on SQLite (copy, drop, rename); with foreign keys on,
        # dropping articles would delete its tags by ON DELETE CASCADE. SQLite ignores this
        # pragma inside a transaction, so it is set on the driver's connection before one.
        raw = connection.connection.driver_connection if sqlite else None
        if raw is not None:
            raw.execute("PRAGMA foreign_keys=OFF")
        try:
            context.configure(
                connection=connection,
                target_metadata=Base.metadata,
                include_name=include_name,
                render_as_batch=sqlite,
                on_version_apply=config.attributes.get("on_version_apply"),
            )
            with context.begin_transaction():
                context.run_migrations()
                if raw is not None:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
                    if broken:
                        raise RuntimeError(f"migrate: rows break foreign keys: {broken[:5]}")
            if connection.in_transaction():
                connection.commit()
        finally:
            if raw is not None:
                if connection.in_transaction():
                    connection.rollback()
                raw.execute("PRAGMA foreign_keys=ON")
