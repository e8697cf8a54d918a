"""Alembic environment: runs migrations on the engine newsworker itself uses."""

from __future__ import annotations

from alembic import context

from worker.db.models import Base
from worker.db.session import get_engine

url = context.config.attributes.get("url") or context.config.get_main_option("sqlalchemy.url")
if not url:
    raise RuntimeError("migrate: no database URL given")

engine = get_engine(url)
with engine.connect() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()
