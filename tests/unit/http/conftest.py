"""Fixtures of the worker.http tests: a real HTTP server on 127.0.0.1 and a connection counter.

Tests allow the server's host (127.0.0.1) as a private host, except the SSRF tests, which
use other spellings of loopback or no allowance at all and prove with a connection counter
that a refused fetch never opened a TCP connection to its target. No mocks of httpx.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.unit.pipeline.loopback import ConnectionCounter, LoopbackServer


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with LoopbackServer() as s:
        yield s


@pytest.fixture
def target() -> Iterator[ConnectionCounter]:
    with ConnectionCounter() as c:
        yield c
