"""Dialect-aware INSERTs: ``ON CONFLICT`` upserts on SQLite and PostgreSQL alike, and batch
inserts that send PostgreSQL a whole batch as one JSON document."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import JSON, Table, Text, bindparam, func, literal_column, select
from sqlalchemy import cast as sql_cast
from sqlalchemy.dialects import postgresql, sqlite
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

    PostgreSQL gets ``INSERT ... SELECT ... FROM json_populate_recordset(NULL::table, :rows)``:
    the batch as one JSON text, which the standard library's C encoder writes and the server
    reads into the table's own column types. One SQL text for every batch size, prepared once
    per connection. (A multi-row ``VALUES`` list has a placeholder per value, which psycopg
    parses anew at every execution and the server plans anew; arrays per column, the way
    before this, cost psycopg a Python call and a regular expression per value to write the
    array literal, and escaped JSON columns in Python.) SQLite keeps a plain executemany
    (:func:`columnar` gives it the rows).
    """
    if session.get_bind().dialect.name == "postgresql":
        return _from_json(table, tuple(rows[0]))
    return sqlite.insert(table)


def columnar(session: Session, rows: Sequence[Mapping[str, Any]]) -> Any:
    """The parameters for :func:`insert_rows`: the rows as one JSON text on PostgreSQL, else
    the rows themselves."""
    names = rows[0].keys()
    if any(row.keys() != names for row in rows):
        raise ValueError("insert_rows: every row of a batch must have the same columns")
    if session.get_bind().dialect.name == "postgresql":
        return {"rows": _to_json(rows)}
    return list(rows)


def _to_json(rows: Sequence[Mapping[str, Any]]) -> str:
    """The rows as a JSON array of objects, in the forms PostgreSQL reads for each column:
    a datetime as ISO 8601 with its offset (timestamptz), bytes as ``\\x`` hex (bytea); JSON
    columns nest as they are. NaN and infinities have no JSON form: refused."""
    return json.dumps(
        rows if isinstance(rows, list) else list(rows),
        default=_json_value,
        ensure_ascii=False,
        allow_nan=False,
        separators=(",", ":"),
    )


def _json_value(value: Any) -> str:
    if isinstance(value, datetime):
        if value.tzinfo is None:  # as UTCDateTime refuses them
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).isoformat()
    if isinstance(value, bytes | bytearray | memoryview):
        return "\\x" + bytes(value).hex()
    raise TypeError(f"insert_rows: no JSON form for {type(value).__name__}")


@lru_cache(maxsize=32)
def _from_json(table: Table, names: tuple[str, ...]) -> Any:
    # NULL::table names the row type to read into; the records are selected by column name
    # (no column list after the alias, which would rename the type's columns by position).
    record: Any = literal_column(f"NULL::{table.name}")
    source = func.json_populate_recordset(
        record, sql_cast(bindparam("rows", type_=Text), JSON)
    ).table_valued(*names)
    return postgresql.insert(table).from_select(list(names), select(*source.c))
