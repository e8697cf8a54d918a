"""A NUL byte on the submissions stream never blocks the batch it came in."""

from __future__ import annotations

import json
import uuid
from typing import Any

import pytest
import redis
from sqlalchemy import select

from tests.integration.conftest import Stack, running_worker, wait_until
from worker.bridge import GROUP, bridge_once, ensure_group
from worker.db.models import Article, DeadLetter
from worker.db.storable import restore


@pytest.mark.redis
def test_nul_bytes_are_kept_and_their_neighbours_stored(stack: Stack, redis_url: str) -> None:
    client = redis.Redis.from_url(redis_url)
    key = f"nwtest:submissions:{uuid.uuid4().hex[:10]}"
    raw_nul = '{"text": "Pékin\x00 exporte", "source": "nul-raw"}'  # not JSON: a raw NUL
    client.xadd(key, {"submission": raw_nul})
    escaped = json.dumps({"text": "Moscou\u0000 importe du gaz. Fin.", "source": "nul-escaped"})
    client.xadd(key, {"submission": escaped})
    client.xadd(key, {"submission": json.dumps({"text": "Taipei exporte.", "source": "clean"})})
    ensure_group(client, key, GROUP)
    try:
        with running_worker(stack):
            result = bridge_once(client, stack.sessions, stack.sender, stream=key,
                                 consumer="t1", batch_size=10, block_ms=10)  # fmt: skip
            assert (result.enqueued, result.dead) == (2, 1)

            def stored(source: str) -> Any:
                with stack.sessions() as s:
                    return s.scalar(select(Article).where(Article.source == source))

            wait_until(lambda: stored("clean"), what="the clean neighbour to be stored")
            wait_until(
                lambda: stored("nul-escaped") or _letter(stack, "nul-escaped"),
                what="the escaped NUL to be stored or dead-lettered",
            )
        pending: Any = client.xpending(key, GROUP)
        assert pending["pending"] == 0
        letter = _letter(stack, "nul-raw")
        assert letter is not None
        assert restore(letter.payload) == raw_nul
        article = stored("nul-escaped")
        if article is not None:
            assert "\x00" not in article.text
    finally:
        client.delete(key)


def _letter(stack: Stack, source: str) -> DeadLetter | None:
    with stack.sessions() as s:
        for row in s.scalars(select(DeadLetter)):
            if source in restore(row.payload):
                return row
    return None
