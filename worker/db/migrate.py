"""Alembic, driven from code: ``newsworker migrate`` and the tests call :func:`migrate`.

:func:`migrate` moves the schema to any revision, up or down, and says which revisions it
applied or reverted. alembic.ini at the top of the repository points the standard ``alembic``
command at the same migrations; both read the database URL from newsworker's settings unless
given one.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError

from worker.db.session import get_engine

__all__ = [
    "Migration",
    "MigrationError",
    "Step",
    "alembic_config",
    "current_revision",
    "include_name",
    "migrate",
    "upgrade",
]

MIGRATIONS = Path(__file__).with_name("migrations")

#: What revision 0009 keeps outside the models: the FTS5 table on SQLite (and the shadow
#: tables FTS5 makes for it), the generated tsvector column and its index on PostgreSQL.
FULLTEXT_NAMES = frozenset({
    "articles_fts", "articles_fts_data", "articles_fts_idx", "articles_fts_docsize",
    "articles_fts_config", "search_vector", "ix_articles_search_vector",
})  # fmt: skip


def include_name(name: str | None, type_: str, parent_names: Any) -> bool:
    """Alembic's ``include_name`` hook: everything but the full-text machinery, which is
    dialect-specific SQL of its own (autogenerate would otherwise propose to drop it)."""
    return name not in FULLTEXT_NAMES


class MigrationError(Exception):
    """The requested revision does not exist or cannot be reached (nothing was changed)."""


@dataclass(frozen=True, slots=True)
class Step:
    """One revision applied (up) or reverted (down), with its message."""

    revision: str
    message: str


@dataclass(frozen=True, slots=True)
class Migration:
    """What :func:`migrate` did: the revisions before and after, and each step in order."""

    before: str | None
    after: str | None
    head: str | None
    direction: Literal["up", "down", "none"]
    steps: tuple[Step, ...]


def alembic_config(url: str) -> Config:
    """An Alembic config for the database at ``url``, with no alembic.ini needed."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["url"] = url
    return config


def current_revision(url: str) -> str | None:
    """The revision the database at ``url`` is at; None: no newsworker schema (base)."""
    with get_engine(url).connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _is_downgrade(script: ScriptDirectory, before: str | None, revision: str) -> bool:
    if revision.startswith("-"):
        return True
    if revision.startswith("+") or revision in ("head", "heads"):
        return False
    if revision == "base":
        return before is not None
    try:
        target = script.get_revision(revision)
    except CommandError as e:
        raise MigrationError(f"migrate: {e}") from e
    if target is None:
        raise MigrationError(f"migrate: no revision {revision!r}")
    if before is None or target.revision == before:
        return False
    # Down when the target is one of the current revision's ancestors.
    return any(r.revision == target.revision for r in script.iterate_revisions(before, "base"))


def migrate(url: str, revision: str = "head") -> Migration:
    """Upgrade or downgrade the database at ``url`` to ``revision`` (an id, a unique prefix,
    ``head``, ``base``, or relative: ``-1``, ``+2``). Running it again changes nothing."""
    config = alembic_config(url)
    script = ScriptDirectory.from_config(config)
    steps: list[Step] = []

    def record(*, step: Any, **_: Any) -> None:
        # Up or down, a step is named by its upper revision: the one applied or reverted.
        steps.append(Step(step.up_revision_id, step.up_revision.doc or ""))

    config.attributes["on_version_apply"] = record
    before = current_revision(url)
    down = _is_downgrade(script, before, revision)
    try:
        if down:
            command.downgrade(config, revision)
        else:
            command.upgrade(config, revision)
    except CommandError as e:
        raise MigrationError(f"migrate: {e}") from e
    direction: Literal["up", "down", "none"] = "none" if not steps else "down" if down else "up"
    return Migration(
        before, current_revision(url), script.get_current_head(), direction, tuple(steps)
    )


def upgrade(url: str, revision: str = "head") -> None:
    """Bring the database at ``url`` up to ``revision`` (idempotent)."""
    command.upgrade(alembic_config(url), revision)
