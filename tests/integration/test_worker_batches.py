"""One message per article, consumed in batches: the guarantees of one task each.

Messages sent together (or queued before the worker starts) arrive together and form
batches of up to NEWSWORKER_BATCH_SIZE. Real Redis, real worker, SQLite and PostgreSQL.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest
import redis
from sqlalchemy import func, select

from tests.integration.conftest import Stack, running_worker, wait_until
from worker.db.models import Article, DeadLetter, OutboxEvent

INGEST = "newsworker.ingest_article"
VISIBILITY_TIMEOUT = 6  # seconds
TEXT = "Article {i}. La Chine exporte du thé vers la Russie ; le commerce reprend, lot {i}."


def _stored(stack: Stack) -> list[tuple[str | None, str]]:
    with stack.sessions() as s:
        return [(r.guid, r.id) for r in s.execute(select(Article.guid, Article.id))]


def _count(stack: Stack, model: Any) -> int:
    with stack.sessions() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def _batched(stack: Stack, size: int, **env: str) -> Stack:
    stack.env.update(NEWSWORKER_BATCH_SIZE=str(size), **env)
    return stack


@pytest.mark.redis
@pytest.mark.slow
def test_a_worker_killed_in_the_middle_of_a_batch_stores_each_article_once(
    stack: Stack, redis_url: str
) -> None:
    key = f"{stack.queue}:events"
    # A short visibility timeout: the messages the dead worker held come back within seconds.
    _batched(
        stack,
        10,
        NEWSWORKER_EVENTS_STREAM=key,
        NEWSWORKER_VISIBILITY_TIMEOUT=str(VISIBILITY_TIMEOUT),
        NEWSWORKER_RETRY_BACKOFF_MAX="1",
        NEWSWORKER_TASK_TIME_LIMIT="4",
        NEWSWORKER_TASK_SOFT_TIME_LIMIT="3",
    )
    n = 30
    marker = Path(stack.env["NEWSWORKER_DATA_DIR"]) / "worker-killed"
    with running_worker(stack, app="tests.integration.killing_app") as proc:
        # Sent together, well within the time a batch waits to fill: they arrive as batches.
        for i in range(n):
            stack.send(INGEST, {"text": TEXT.format(i=i), "guid": f"g{i}"})
        wait_until(marker.exists, what="the worker to be killed after a batch committed")
        wait_until(lambda: proc.poll() is not None, what="the whole worker to be gone")
    killed_after = len(_stored(stack))
    assert killed_after > 0  # the batch committed before the kill is kept
    # What the dead worker held is restored by the next worker's sweep of messages unacked
    # for longer than the visibility timeout; it sweeps at start, then every 100 s.
    time.sleep(VISIBILITY_TIMEOUT + 1)
    with running_worker(stack):
        wait_until(lambda: len(_stored(stack)) == n, timeout=90, what="every article")
        # The dead worker's unacked messages come back after the visibility timeout and
        # find their articles stored: nothing new may appear.
        time.sleep(8)
        wait_until(
            lambda: _count(stack, OutboxEvent) == n and not _count_unpublished(stack),
            timeout=30,
            what="every event published",
        )
    stored = _stored(stack)
    assert sorted(g for g, _ in stored) == sorted(f"g{i}" for i in range(n))
    with stack.sessions() as s:
        per_article = s.execute(
            select(OutboxEvent.article_id, func.count()).group_by(OutboxEvent.article_id)
        ).all()
    assert len(per_article) == n
    assert all(c == 1 for _, c in per_article)
    client = redis.Redis.from_url(redis_url)
    try:
        events = [json.loads(f[b"event"]) for _, f in client.xrange(key)]
    finally:
        client.delete(key)
        client.close()
    # At least once on the stream; one distinct event per article.
    assert {e["article_id"] for e in events} == {aid for _, aid in stored}
    assert len({e["event_id"] for e in events}) == n


def _count_unpublished(stack: Stack) -> int:
    with stack.sessions() as s:
        stmt = select(func.count()).select_from(OutboxEvent)
        return int(s.scalar(stmt.where(OutboxEvent.published_at.is_(None))) or 0)


@pytest.mark.redis
@pytest.mark.slow
def test_a_poison_payload_in_a_batch_is_dead_lettered_alone(stack: Stack) -> None:
    _batched(stack, 10)
    # crashing_app also kills a pool process once after its first success: not wanted here.
    data = Path(stack.env["NEWSWORKER_DATA_DIR"])
    data.mkdir(parents=True, exist_ok=True)
    (data / "crashed-once").write_text("disabled")
    good = [{"text": TEXT.format(i=i), "guid": f"g{i}"} for i in range(8)]
    batch = [*good[:4], {"text": "POISON pill"}, {"title": "no text"}, *good[4:]]
    for payload in batch:
        stack.send(INGEST, payload)
    max_retries = int(stack.env["NEWSWORKER_MAX_RETRIES"])
    with running_worker(stack, app="tests.integration.crashing_app"):

        def letters() -> list[DeadLetter]:
            with stack.sessions() as s:
                found = list(s.scalars(select(DeadLetter)))
            return found if len(found) == 2 else []

        dead = wait_until(letters, timeout=120, what="the two dead letters")
        wait_until(lambda: len(_stored(stack)) == len(good), what="the neighbours")
    assert sorted(g for g, _ in _stored(stack)) == sorted(p["guid"] for p in good)
    by_reason = {d.reason: d for d in dead}
    assert set(by_reason) == {"task-failed", "invalid-submission"}
    poison = by_reason["task-failed"]
    assert json.loads(poison.payload)["args"] == [{"text": "POISON pill"}]
    assert "WorkerLostError" in poison.error
    attempts = (data / "poison-attempts").read_text().split()
    assert len(attempts) == 1 + max_retries  # the batch's attempt counts as the first
    assert by_reason["invalid-submission"].task_name == INGEST
    assert "its messages run one by one" in stack.log_text()
