"""Outbox -> Redis Stream, the submissions bridge, exports and the SQL view (real Redis,
SQLite and PostgreSQL)."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import redis
from sqlalchemy import delete, func, select, text, update
from sqlalchemy.orm import Session, sessionmaker

from tests.integration.conftest import Stack, running_worker, wait_until
from worker.bridge import GROUP, bridge_once, ensure_group
from worker.db.models import Article, DeadLetter, OutboxEvent, Submission
from worker.db.outbox import lock_unpublished
from worker.db.session import get_sessionmaker
from worker.events import publish_pending, publish_written
from worker.pipeline import Item, ingest
from worker.taxonomy import load_taxonomy

ROOT = Path(__file__).resolve().parents[2]
SEED = (ROOT / "seeds" / "000_f2ff33e2eff4ce5e.txt").read_text(encoding="utf-8")
EVENT_SCHEMA = json.loads((ROOT / "schemas" / "article-event.schema.json").read_text())
EVENT_SCHEMA_V1 = json.loads((ROOT / "schemas" / "article-event.v1.schema.json").read_text())
FIVE = {"russia", "china", "trade", "ukraine", "taiwan"}


@pytest.fixture
def stream(redis_url: str) -> Iterator[tuple[redis.Redis, str]]:
    client = redis.Redis.from_url(redis_url)
    key = f"nwtest:events:{uuid.uuid4().hex[:10]}"
    yield client, key
    client.delete(key)
    client.close()


def _ingest(sessions: sessionmaker[Session], *payloads: dict[str, Any]) -> None:
    ingest([Item(p) for p in payloads], sessions=sessions, taxonomy=load_taxonomy(),
           max_bytes=10**7)  # fmt: skip


def _read_all(client: redis.Redis, key: str) -> list[dict[str, Any]]:
    return [json.loads(f[b"event"]) for _, f in client.xrange(key)]


def _publish(
    sessions: sessionmaker[Session], client: redis.Redis, key: str, full: bool = False
) -> int:
    return publish_pending(sessions, client, stream=key, maxlen=1000, full_article=full)


def test_each_change_is_published_once_with_ids_what_changed_and_tags(
    sessions: sessionmaker[Session], stream: tuple[redis.Redis, str]
) -> None:
    client, key = stream
    _ingest(sessions, {"text": SEED})
    _ingest(sessions, {"text": SEED})  # the same article again: a no-op, no event
    assert _publish(sessions, client, key) == 1
    assert _publish(sessions, client, key) == 0  # nothing left in the outbox
    _ingest(sessions, {"text": "La Chine exporte.", "guid": "g1", "source": "afp"})
    _ingest(sessions, {"text": "La Chine importe.", "guid": "g1", "source": "afp"})
    assert _publish(sessions, client, key) == 2
    events = _read_all(client, key)
    for e in events:
        jsonschema.validate(e, EVENT_SCHEMA)
        assert "article" not in e  # the stream carries no article by default
    assert [e["type"] for e in events] == ["article.created", "article.created", "article.updated"]
    assert {t["tag"] for t in events[0]["tags"]} == FIVE
    created, updated = events[1], events[2]
    assert updated["article_id"] == created["article_id"]
    assert updated["previous_content_hash"] == created["content_hash"]
    assert updated["changed"] == ["title", "text", "tags"]  # "importe": other evidence
    with sessions() as s:
        stored = s.get(Article, updated["article_id"])
        assert stored is not None
        assert stored.content_hash == updated["content_hash"]


def test_with_the_full_article_setting_an_event_is_also_valid_as_version_1(
    sessions: sessionmaker[Session], stream: tuple[redis.Redis, str]
) -> None:
    client, key = stream
    _ingest(sessions, {"text": SEED})
    assert _publish(sessions, client, key, full=True) == 1
    (event,) = _read_all(client, key)
    jsonschema.validate(event, EVENT_SCHEMA)
    jsonschema.validate(event, EVENT_SCHEMA_V1)
    assert {t["tag"] for t in event["article"]["tags"]} == FIVE
    assert event["article"]["published_at"] == "2025-05"
    assert event["article"]["id"] == event["article_id"]


def test_a_crash_after_the_xadd_republishes_with_the_same_event_id(
    sessions: sessionmaker[Session], stream: tuple[redis.Redis, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    client, key = stream
    _ingest(sessions, {"text": SEED})

    def crash(*_: object) -> None:
        raise RuntimeError("killed between XADD and commit")

    monkeypatch.setattr("worker.events.mark_published", crash)
    with pytest.raises(RuntimeError):
        _publish(sessions, client, key)
    monkeypatch.undo()
    assert _publish(sessions, client, key) == 1  # the outbox row survived
    events = _read_all(client, key)
    assert len(events) == 2  # at least once...
    assert len({e["event_id"] for e in events}) == 1  # ...and a consumer drops the repeat
    with sessions() as s:
        assert s.scalar(select(func.count()).where(OutboxEvent.published_at.is_(None))) == 0


def _written(sessions: sessionmaker[Session], *payloads: dict[str, Any]) -> list[Any]:
    results = ingest([Item(p) for p in payloads], sessions=sessions, taxonomy=load_taxonomy(),
                     max_bytes=10**7)  # fmt: skip
    return [r.event for r in results if r.event is not None]


def test_a_batch_publishes_the_rows_it_wrote_as_the_outbox_publisher_would(
    sessions: sessionmaker[Session], stream: tuple[redis.Redis, str]
) -> None:
    client, key = stream
    rows = _written(sessions, {"text": SEED}, {"text": "La Chine exporte.", "guid": "g1"})
    assert _written(sessions, {"text": SEED}) == []  # unchanged: no row, nothing to send
    assert publish_written(sessions, client, rows, stream=key, maxlen=1000) == 2
    assert publish_written(sessions, client, rows, stream=key, maxlen=1000) == 0  # sent once
    assert _publish(sessions, client, key) == 0  # and marked published
    from_rows = _read_all(client, key)
    client.delete(key)
    with sessions.begin() as s:  # the same events, as the outbox publisher sends them
        s.execute(update(OutboxEvent).values(published_at=None))
    assert _publish(sessions, client, key) == 2
    assert sorted(from_rows, key=str) == sorted(_read_all(client, key), key=str)
    for e in from_rows:
        jsonschema.validate(e, EVENT_SCHEMA)


def test_a_row_another_publisher_holds_is_left_to_it(
    pg_url: str, stream: tuple[redis.Redis, str]
) -> None:
    client, key = stream
    sessions = get_sessionmaker(pg_url)
    with sessions.begin() as s:
        s.execute(delete(OutboxEvent))
    guids = [uuid.uuid4().hex for _ in range(2)]  # the database is shared with other tests
    rows = _written(sessions, *({"text": "La Chine exporte.", "guid": g} for g in guids))
    assert len(rows) == 2
    with sessions.begin() as other:  # a publisher that locked the first row meanwhile
        assert lock_unpublished(other, [rows[0]["event_id"]]) == {rows[0]["event_id"]}
        assert publish_written(sessions, client, rows, stream=key, maxlen=1000) == 1
    assert [e["event_id"] for e in _read_all(client, key)] == [rows[1]["event_id"]]
    assert _publish(sessions, client, key) == 1  # the other publisher's turn


def test_a_consumer_group_started_late_reads_from_the_start(
    sessions: sessionmaker[Session], stream: tuple[redis.Redis, str]
) -> None:
    client, key = stream
    _ingest(sessions, {"text": SEED}, {"text": "Deuxième article sur la Russie."})
    _publish(sessions, client, key)
    ensure_group(client, key, "late-consumer")
    reply: Any = client.xreadgroup("late-consumer", "c1", {key: ">"}, count=10)
    assert len(reply[0][1]) == 2


def test_events_tail_prints_the_seed_event_as_a_group_consumer(
    stack: Stack, stream: tuple[redis.Redis, str]
) -> None:
    import subprocess
    import sys

    client, key = stream
    _ingest(stack.sessions, {"text": SEED})
    env = {**stack.env, "NEWSWORKER_EVENTS_STREAM": key}
    run = [sys.executable, "-m", "worker", "events"]
    published = subprocess.run([*run, "publish"], env=env, capture_output=True, text=True,
                               timeout=60, check=False)  # fmt: skip
    assert "published 1 event(s)" in published.stdout, published.stderr
    args = [*run, "tail", "--group", "g1", "--count", "1", "--no-follow"]
    tail = subprocess.run(args, env=env, capture_output=True, text=True, timeout=60, check=False)
    event = json.loads(tail.stdout)
    jsonschema.validate(event, EVENT_SCHEMA)
    assert {t["tag"] for t in event["tags"]} == FIVE
    pending: Any = client.xpending(key, "g1")
    assert pending["pending"] == 0  # acknowledged


def test_the_bridge_enqueues_valid_stream_submissions_and_dead_letters_the_rest(
    stack: Stack, stream: tuple[redis.Redis, str]
) -> None:
    client, key = stream
    client.xadd(key, {"submission": json.dumps({"text": SEED, "source": "stream-producer"})})
    client.xadd(key, {"submission": "{not json"})
    client.xadd(key, {"submission": json.dumps({"title": "no body"})})
    ensure_group(client, key, GROUP)
    with running_worker(stack):
        result = bridge_once(client, stack.sessions, stack.sender, stream=key, consumer="t1",
                             batch_size=10)  # fmt: skip
        assert (result.enqueued, result.dead) == (1, 2)

        def stored() -> Any:
            with stack.sessions() as s:
                return s.scalar(select(Article).where(Article.source == "stream-producer"))

        article = wait_until(stored, what="the stream submission to be stored")
    assert article.title.startswith("Le président russe")
    pending: Any = client.xpending(key, GROUP)
    assert pending["pending"] == 0
    again = bridge_once(client, stack.sessions, stack.sender, stream=key, consumer="t1",
                        batch_size=10, block_ms=10)  # fmt: skip
    assert (again.enqueued, again.dead) == (0, 0)
    with stack.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Submission)) == 1
        reasons = sorted(d.reason for d in s.scalars(select(DeadLetter)))
    assert reasons == ["invalid-submission", "invalid-submission"]


def test_the_sql_view_has_one_row_per_article_and_tag(sessions: sessionmaker[Session]) -> None:
    _ingest(sessions, {"text": SEED})
    with sessions() as s:
        rows = s.execute(
            text("SELECT tag, country_code, score, language FROM article_tag_scores")
        ).all()
    assert {r.tag for r in rows} == FIVE
    assert {r.tag: r.country_code for r in rows}["taiwan"] == "TW"
    assert all(r.language == "fr" for r in rows)


def test_the_readme_consumer_receives_the_seed_created_event(
    sessions: sessionmaker[Session], stream: tuple[redis.Redis, str], redis_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    client, key = stream
    _ingest(sessions, {"text": SEED})
    _publish(sessions, client, key)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    snippet = readme.split("A consumer in plain redis-py:\n\n```python\n", 1)[1].split("```", 1)[0]
    snippet = (
        snippet.replace("redis://127.0.0.1:6379/0", redis_url)
        .replace('"newsworker:articles"', repr(key))
        .replace("while True:", "for _ in range(1):")  # one read, then stop
    )
    exec(compile(snippet, "README.md", "exec"), {})
    printed = capsys.readouterr().out
    with sessions() as s:
        (article_id,) = s.scalars(select(Article.id)).all()
    assert printed.startswith(f"article.created {article_id} ")
    for tag in FIVE:
        assert f"'{tag}'" in printed
