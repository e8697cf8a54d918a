"""full-text search on articles: tsvector per language (PostgreSQL), FTS5 (SQLite)

PostgreSQL: a generated column ``articles.search_vector`` (title weighted A, text B), built
with the text-search configuration of the article's language (``simple`` for CJK and the
languages PostgreSQL has no stemmer for) over an accent-free copy (``unaccent``), and a GIN
index on it. SQLite: an FTS5 table ``articles_fts`` with external content (the articles
table itself, no second copy of the text), the ``unicode61`` tokenizer folding case and
diacritics, kept in step by triggers on insert, update and delete.

Neither is in the models (one is dialect-only, the other a virtual table):
``worker.db.migrate.include_name`` keeps them out of autogenerate and of the model check.
A later migration that rebuilds ``articles`` on SQLite (batch mode) must recreate the
triggers and run ``INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')``.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01
"""

from __future__ import annotations

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

# ISO 639-1 -> PostgreSQL text-search configuration; every other language: simple.
# Frozen with this revision: a change is a new migration (and worker.db.queries follows).
CONFIGS = {
    "ar": "arabic", "da": "danish", "de": "german", "en": "english", "es": "spanish",
    "fi": "finnish", "fr": "french", "it": "italian", "nl": "dutch", "pt": "portuguese",
    "ru": "russian", "sv": "swedish",
}  # fmt: skip

_CASES = "\n".join(f"        WHEN '{lang}' THEN '{cfg}'::regconfig" for lang, cfg in CONFIGS.items())

PG_UP = [
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    # unaccent() is only STABLE (its dictionary could change); a generated column needs an
    # IMMUTABLE function, hence the wrapper naming the dictionary explicitly.
    """
    CREATE FUNCTION newsworker_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT unaccent('unaccent'::regdictionary, $1) $$
    """,
    f"""
    CREATE FUNCTION newsworker_ts_config(text) RETURNS regconfig
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT CASE lower(split_part(coalesce($1, ''), '-', 1))
{_CASES}
        ELSE 'simple'::regconfig END $$
    """,
    """
    ALTER TABLE articles ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector(newsworker_ts_config(language),
                              newsworker_unaccent(coalesce(title, ''))), 'A')
        || setweight(to_tsvector(newsworker_ts_config(language),
                                 newsworker_unaccent(coalesce(text, ''))), 'B')
    ) STORED
    """,
    "CREATE INDEX ix_articles_search_vector ON articles USING gin (search_vector)",
]

PG_DOWN = [
    "DROP INDEX IF EXISTS ix_articles_search_vector",
    "ALTER TABLE articles DROP COLUMN IF EXISTS search_vector",
    "DROP FUNCTION IF EXISTS newsworker_ts_config(text)",
    "DROP FUNCTION IF EXISTS newsworker_unaccent(text)",
    # The extension stays: other schemas may use it, and dropping it needs more rights.
]

SQLITE_UP = [
    """
    CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text, content='articles', content_rowid='rowid',
        tokenize='unicode61 remove_diacritics 2'
    )
    """,
    """
    CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END
    """,
    """
    CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.rowid, old.title, old.text);
    END
    """,
    """
    CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.rowid, old.title, old.text);
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END
    """,
    "INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')",
]

SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS articles_fts_update",
    "DROP TRIGGER IF EXISTS articles_fts_delete",
    "DROP TRIGGER IF EXISTS articles_fts_insert",
    "DROP TABLE IF EXISTS articles_fts",
]


def _run(statements: list[str]) -> None:
    for statement in statements:
        op.execute(statement)


def upgrade() -> None:
    _run(PG_UP if op.get_context().dialect.name == "postgresql" else SQLITE_UP)


def downgrade() -> None:
    _run(PG_DOWN if op.get_context().dialect.name == "postgresql" else SQLITE_DOWN)
