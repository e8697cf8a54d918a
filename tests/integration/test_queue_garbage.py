"""Any bytes on the queue: kept as a dead letter with the reason, and the worker goes on."""

from __future__ import annotations

import base64
import json

import pytest
import redis
from sqlalchemy import select

from tests.integration.conftest import Stack, running_worker, wait_until
from worker.db.models import Article, DeadLetter

GARBAGE = [
    b"this is not json",
    b"[1,2]",
    b"\xff\xfe not utf-8 \x00",
    json.dumps(
        {
            "body": "!!! not base64 !!!",
            "headers": {"task": "newsworker.ingest_article", "id": "x"},
            "properties": {"body_encoding": "base64", "delivery_tag": "t1"},
            "content-type": "application/json",
            "content-encoding": "utf-8",
        }
    ).encode(),
]


@pytest.mark.redis
def test_garbage_on_the_queue_is_dead_lettered_whole_and_the_worker_goes_on(
    stack: Stack, redis_url: str
) -> None:
    client = redis.Redis.from_url(redis_url)
    with running_worker(stack) as proc:
        for raw in GARBAGE:
            client.lpush(stack.queue, raw)
        stack.send("newsworker.ingest_article", {"text": "Sentinelle. La Chine exporte du thé."})

        def stored() -> Article | None:
            with stack.sessions() as s:
                return s.scalar(select(Article).where(Article.title.startswith("Sentinelle")))

        wait_until(stored, what="the article sent after the garbage")
        wait_until(lambda: len(_letters(stack)) == len(GARBAGE), what="a dead letter per entry")
        assert proc.poll() is None, stack.log_text()[-3000:]
    letters = _letters(stack)
    assert {d.reason for d in letters} == {"undecodable-message"}
    kept = {d.payload for d in letters}
    assert "this is not json" in kept
    assert "[1,2]" in kept
    assert "base64:" + base64.b64encode(GARBAGE[2]).decode() in kept
    assert GARBAGE[3].decode() in kept
    assert "Unrecoverable error" not in stack.log_text()


def _letters(stack: Stack) -> list[DeadLetter]:
    with stack.sessions() as s:
        return list(s.scalars(select(DeadLetter).where(DeadLetter.stage == "broker")))
