"""A libpq multi-host database URL reaches SQLAlchemy in a form it reads, in every spelling."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import make_url

from worker.config import Settings


@pytest.mark.parametrize(
    ("given", "hosts", "ports"),
    [
        # host:port pairs in one parameter (libpq alone would look up "a:5432" as a name)
        ("postgresql://u:p@/db?host=a:5432,b:5433&target_session_attrs=read-write",
         ("a", "b"), (5432, 5433)),
        # repeated host parameters, SQLAlchemy's own spelling
        ("postgresql+psycopg://u:p@/db?host=a:5432&host=b:5433&target_session_attrs=read-write",
         ("a", "b"), (5432, 5433)),
    ],
)  # fmt: skip
def test_host_port_pairs_become_one_host_parameter_each(
    given: str, hosts: tuple[str, ...], ports: tuple[int, ...]
) -> None:
    url = make_url(Settings(database_url=given).sqlalchemy_url)
    assert url.drivername == "postgresql+psycopg"
    assert url.query["host"] == tuple(f"{h}:{p}" for h, p in zip(hosts, ports, strict=True))
    assert url.query["target_session_attrs"] == "read-write"
    assert url.password == "p"


def test_libpq_lists_of_hosts_and_ports_pass_unchanged() -> None:
    given = "postgresql://u@/db?host=a,b&port=5432,5433&target_session_attrs=read-write"
    url = Settings(database_url=given).sqlalchemy_url
    assert (
        url == "postgresql+psycopg://u@/db?host=a,b&port=5432,5433&target_session_attrs=read-write"
    )


def test_a_single_host_url_is_untouched() -> None:
    given = "postgresql://u:p%40ss@db.internal:5432/news?sslmode=require"
    assert Settings(database_url=given).sqlalchemy_url == (
        "postgresql+psycopg://u:p%40ss@db.internal:5432/news?sslmode=require"
    )
