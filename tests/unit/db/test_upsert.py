"""Batch inserts (worker.db.upsert.insert_rows): every value comes back as it went in.

On PostgreSQL a batch travels as one array per column (``unnest``); these are the values
whose array-literal form differs from their column's: quotes, backslashes, braces, commas
and characters outside ASCII in text, datetimes with another offset, bytes, floats that need
all 17 digits, booleans, NULL in every kind of column.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Float,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    select,
)
from sqlalchemy.orm import Session, sessionmaker

from worker.db.models import UTCDateTime
from worker.db.session import get_sessionmaker
from worker.db.upsert import columnar, insert_rows

AWKWARD = 'quote " backslash \\ brace {,} \\x41 tab\tnew\nline é 中文 😀 \u2028 \x01'


@pytest.fixture
def probe(sessions: sessionmaker[Session]) -> Iterator[Table]:
    table = Table(
        "upsert_probe",
        MetaData(),
        Column("id", String(8), primary_key=True),
        Column("body", Text),
        Column("at", UTCDateTime),
        Column("blob", LargeBinary),
        Column("ratio", Float),
        Column("count", Integer),
        Column("flag", Boolean),
    )
    engine = sessions.kw["bind"]
    table.create(engine)
    try:
        yield table
    finally:
        table.drop(engine)


def _rows() -> list[dict[str, Any]]:
    base = datetime(2026, 12, 1, 20, 0, 0, 123456, tzinfo=UTC)
    india = timezone(timedelta(hours=5, minutes=30))
    return [
        {
            "id": "a",
            "body": AWKWARD,
            "at": base.astimezone(india),  # another offset: the same instant comes back
            "blob": bytes(range(256)),
            "ratio": 0.1 + 0.2,
            "count": -(2**31),
            "flag": True,
        },
        {
            "id": "b",
            "body": "",
            "at": base + timedelta(microseconds=1),
            "blob": b"\\x00'\"",
            "ratio": -0.0,
            "count": 0,
            "flag": False,
        },
        dict.fromkeys(("body", "at", "blob", "ratio", "count", "flag")) | {"id": "c"},
    ]


def test_rows_come_back_as_they_went_in(sessions: sessionmaker[Session], probe: Table) -> None:
    rows = _rows()
    with sessions.begin() as s:
        stmt = insert_rows(s, probe, rows).on_conflict_do_nothing(index_elements=["id"])
        s.execute(stmt, columnar(s, rows))
        s.execute(stmt, columnar(s, rows))  # the same keys again: left alone
    with sessions() as s:
        got = {r.id: r._asdict() for r in s.execute(select(probe))}
    assert len(got) == len(rows)
    for row in rows:
        back = got[row["id"]]
        assert back == row
        if row["at"] is not None:
            assert back["at"].utcoffset() == timedelta(0)


def test_a_naive_datetime_is_refused(sessions: sessionmaker[Session], probe: Table) -> None:
    rows = _rows()[:1]
    rows[0]["at"] = datetime(2026, 12, 1, 20, 0, 0)
    with sessions() as s, pytest.raises(Exception, match="naive datetime"):
        s.execute(insert_rows(s, probe, rows), columnar(s, rows))


def test_rows_with_other_columns_are_refused(sessions: sessionmaker[Session]) -> None:
    with sessions() as s, pytest.raises(ValueError, match="same columns"):
        columnar(s, [{"id": "a", "body": "x"}, {"id": "b"}])


def test_json_columns_are_refused_on_postgresql(pg_url: str) -> None:
    # psycopg would escape every quote of the JSON inside an array literal in Python: such
    # tables take an executemany.
    table = Table("upsert_json_probe", MetaData(), Column("id", String(8)), Column("doc", JSON))
    with get_sessionmaker(pg_url)() as s, pytest.raises(TypeError, match="JSON columns"):
        insert_rows(s, table, [{"id": "a", "doc": {"k": 'say "hi"'}}])
