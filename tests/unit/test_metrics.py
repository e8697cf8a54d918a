"""What monitoring sees: safe task arguments, and the database gauges (SQLite, PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from celery.worker.request import Request
from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy.orm import Session, sessionmaker

import worker.tasks  # noqa: F401  (registers the tasks on every app)
from worker.app import make_celery
from worker.config import Settings
from worker.db.feeds import add_feed, update_feed
from worker.db.session import transaction
from worker.health import FEED_STATUSES
from worker.metrics import DbCollector, SafeRequest, task_argsrepr, task_kwargsrepr
from worker.pipeline import Item, ingest
from worker.taxonomy import load_taxonomy


def test_article_bodies_become_their_length_and_the_rest_stays_readable() -> None:
    body = "Le président russe. " * 500
    shown = task_argsrepr(
        [{"text": body, "url": "https://example.org/a", "source": "afp", "title": "T" * 300}]
    )
    assert f"'text': '<{len(body)} chars>'" in shown
    assert "'url': 'https://example.org/a'" in shown
    assert "'source': 'afp'" in shown
    assert "T" * 120 + "…<300 chars>" in shown
    assert "Le président" not in shown


def test_batches_and_id_lists_are_summarized_and_bounded() -> None:
    batch = [{"html": "<p>x</p>" * 1000, "guid": str(i)} for i in range(50)]
    shown = task_argsrepr([batch])
    assert shown.count("'<8000 chars>'") == 5
    assert "'<45 more>'" in shown
    ids = [f"{i:036d}" for i in range(10_000)]
    assert len(task_argsrepr([ids])) <= 1024
    assert task_kwargsrepr({"payload": {"text": "abc"}}) == "{'payload': {'text': '<3 chars>'}}"


def test_hostile_arguments_cannot_exhaust_the_worker() -> None:
    deep: list[object] = []
    for _ in range(5000):
        deep = [deep]
    assert len(task_argsrepr([deep])) < 40  # no RecursionError, a few levels shown
    wide = {f"k{i}": i for i in range(100_000)}
    shown = task_argsrepr([wide])
    assert "'<99980 more keys>'" in shown
    assert len(shown) <= 1024


def test_every_task_of_the_app_gets_the_safe_request_and_retry_limits(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, max_retries=7, retry_backoff_max=30)
    app = make_celery(settings)

    @app.task(name="probe.add")
    def add(x: int, y: int) -> int:
        return x + y

    app.finalize()
    assert app.tasks["probe.add"].Request == "worker.metrics:SafeRequest"
    ingest = app.tasks["newsworker.ingest_article"]
    assert ingest.Request == "worker.metrics:SafeRequest"
    assert (ingest.max_retries, ingest.retry_backoff_max) == (7, 30)
    assert issubclass(SafeRequest, Request)


def _samples(registry: CollectorRegistry) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    text = generate_latest(registry).decode()
    return {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for family in text_string_to_metric_families(text)
        for s in family.samples
    }


def test_database_gauges_count_articles_tags_dead_letters_and_the_outbox(
    db_url: str, sessions: sessionmaker[Session], seed_bytes: bytes
) -> None:
    ingest(
        [Item({"text": seed_bytes.decode()}), Item({"title": "no text"})],
        sessions=sessions,
        taxonomy=load_taxonomy(),
        max_bytes=10**6,
    )
    registry = CollectorRegistry()
    registry.register(DbCollector(db_url))
    got = _samples(registry)
    assert got[("newsworker_db_up", ())] == 1
    assert got[("newsworker_articles_stored", (("language", "fr"),))] == 1
    for tag in ("russia", "china", "trade", "ukraine", "taiwan"):
        assert got[("newsworker_articles_tagged", (("language", "fr"), ("tag", tag)))] == 1
    assert got[("newsworker_dead_letters", (("reason", "invalid-submission"),))] == 1
    assert got[("newsworker_outbox_unpublished", ())] >= 1
    assert 0 <= got[("newsworker_outbox_lag_seconds", ())] < 600


def test_a_database_that_is_down_is_a_gauge_not_a_failed_scrape(tmp_path: Path) -> None:
    registry = CollectorRegistry()
    registry.register(DbCollector(f"sqlite:///{tmp_path / 'missing.db'}"))
    assert _samples(registry) == {("newsworker_db_up", ()): 0}
    assert not (tmp_path / "missing.db").exists()  # a scrape creates nothing


def test_feed_gauges_count_feeds_by_status_and_by_the_age_of_their_last_success(
    db_url: str, sessions: sessionmaker[Session]
) -> None:
    now = datetime.now(UTC)
    states = {  # url -> (status, last success, registered)
        "https://a.example/fresh": ("active", now - timedelta(minutes=10), now - timedelta(days=9)),
        "https://b.example/stale": ("failing", now - timedelta(days=2), now - timedelta(days=9)),
        "https://c.example/never": ("failing", None, now - timedelta(hours=5)),
        "https://d.example/gone": ("gone", now - timedelta(days=30), now - timedelta(days=90)),
        "https://e.example/paused": ("paused", None, now - timedelta(days=60)),
    }
    with transaction(sessions) as session:
        for url, (status, success, created) in states.items():
            feed, _ = add_feed(session, url, now=created)
            update_feed(session, feed.id, status=status, last_success_at=success,
                        created_at=created)  # fmt: skip
    registry = CollectorRegistry()
    registry.register(DbCollector(db_url))
    got = _samples(registry)
    by_status = {s: got[("newsworker_feeds", (("status", s),))] for s in FEED_STATUSES}
    assert by_status == {"active": 1, "failing": 2, "gone": 1, "paused": 1}
    assert got[("newsworker_feeds_failing", ())] == 2
    # Only polled feeds (active, failing) age; one that never worked ages from registration.
    within = {le: n for (name, labels), n in got.items()
              if name == "newsworker_feeds_by_success_age" for _, le in labels}  # fmt: skip
    assert within == {"900": 1, "3600": 1, "21600": 2, "86400": 2, "259200": 3,
                      "604800": 3, "+Inf": 3}  # fmt: skip
    oldest = got[("newsworker_feed_success_age_max_seconds", ())]
    assert 2 * 86400 - 60 < oldest < 2 * 86400 + 60


def test_with_no_feed_every_status_is_still_a_series_at_zero(db_url: str) -> None:
    registry = CollectorRegistry()
    registry.register(DbCollector(db_url))
    got = _samples(registry)
    assert {got[("newsworker_feeds", (("status", s),))] for s in FEED_STATUSES} == {0}
    assert got[("newsworker_feeds_by_success_age", (("le", "+Inf"),))] == 0
    assert got[("newsworker_feed_success_age_max_seconds", ())] == 0


def test_dead_letters_waiting_on_disk_are_a_gauge(tmp_path: Path) -> None:
    from worker.metrics import SpoolCollector

    settings = Settings(data_dir=tmp_path)
    registry = CollectorRegistry()
    registry.register(SpoolCollector(settings))
    assert _samples(registry)[("newsworker_dead_letters_spooled", ())] == 0
    spool = tmp_path / "dead-letter-spool"
    spool.mkdir()
    for name in ("a", "b"):
        (spool / f"{name}.json").write_text('{"payload": "x", "error": "db down"}')
    assert _samples(registry)[("newsworker_dead_letters_spooled", ())] == 2
