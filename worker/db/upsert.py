"""Dialect-aware INSERTs: ``ON CONFLICT`` upserts on SQLite and PostgreSQL alike, and batch
inserts that send PostgreSQL one array per column."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any

from sqlalchemy import JSON, Table, bindparam, func, select
from sqlalchemy import cast as sql_cast
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session

__all__ = ["columnar", "insert_for", "insert_rows"]


def insert_for(session: Session, target: Any) -> Any:
    """``INSERT INTO target`` in the session's dialect, with ``on_conflict_do_*`` available."""
    if session.get_bind().dialect.name == "postgresql":
        return postgresql.insert(target)
    return sqlite.insert(target)


def insert_rows(session: Session, table: Table, rows: Sequence[Mapping[str, Any]]) -> Any:
    """``INSERT INTO table`` for a batch of ``rows`` (all with the same keys), with
    ``on_conflict_do_*`` available; execute it with :func:`columnar` of the rows.

    PostgreSQL gets ``INSERT ... SELECT * FROM unnest(:a, :b, ...)``: one array parameter per
    column, so one SQL text for every batch size, prepared once per connection. A multi-row
    ``VALUES`` list has a placeholder per value (some 1,600 for 50 articles): psycopg parses
    such a long text anew at every execution (it caches short ones only) and the server
    plans it anew. SQLite keeps a plain executemany (:func:`columnar` gives it the rows).

    Not for JSON columns: psycopg escapes every quote of a JSON text inside an array literal
    in Python, slower than an executemany.
    """
    if session.get_bind().dialect.name == "postgresql":
        return _unnested(table, tuple(rows[0]))
    return sqlite.insert(table)


def columnar(session: Session, rows: Sequence[Mapping[str, Any]]) -> Any:
    """The parameters for :func:`insert_rows`: a list per column on PostgreSQL, else the rows."""
    names = rows[0].keys()
    if any(row.keys() != names for row in rows):
        raise ValueError("insert_rows: every row of a batch must have the same columns")
    if session.get_bind().dialect.name == "postgresql":
        return {name: [row[name] for row in rows] for name in names}
    return list(rows)


@lru_cache(maxsize=32)
def _unnested(table: Table, names: tuple[str, ...]) -> Any:
    types = [table.c[name].type for name in names]
    if any(isinstance(t, JSON) for t in types):
        raise TypeError(f"insert_rows: {table.name} has JSON columns; use an executemany")
    # Each array parameter has its column's type, so each value gets that type's own bind
    # processing (UTCDateTime refuses a naive datetime); types without any cost nothing.
    arrays = [
        sql_cast(bindparam(n, type_=ARRAY(t)), ARRAY(t)) for n, t in zip(names, types, strict=True)
    ]
    source = func.unnest(*arrays).table_valued(*names).render_derived()
    return postgresql.insert(table).from_select(list(names), select(*source.c))
