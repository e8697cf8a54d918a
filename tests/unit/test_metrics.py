"""What monitoring sees: safe task arguments, and the database gauges (SQLite, PostgreSQL)."""

from __future__ import annotations

from pathlib import Path

from celery.worker.request import Request
from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy.orm import Session, sessionmaker

import worker.tasks  # noqa: F401  (registers the tasks on every app)
from worker.app import make_celery
from worker.config import Settings
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
