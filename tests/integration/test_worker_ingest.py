"""A real worker process on the real Redis broker, storing into SQLite and PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from tests.integration.conftest import Stack, running_worker, wait_until
from worker.db.models import Article, DeadLetter

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_f2ff33e2eff4ce5e.txt"
INGEST = "newsworker.ingest_article"


def _seed_payload() -> dict[str, str]:
    return {"text": SEED.read_text(encoding="utf-8")}


def _articles(stack: Stack) -> list[Article]:
    with stack.sessions() as s:
        return list(s.scalars(select(Article).options(selectinload(Article.tags))))


def _article_titled(stack: Stack, start: str) -> Article | None:
    return next((a for a in _articles(stack) if a.title.startswith(start)), None)


def test_a_real_worker_ingests_the_seed_tagged_with_evidence(stack: Stack) -> None:
    with running_worker(stack):
        stack.send(INGEST, _seed_payload())
        article = wait_until(
            lambda: _article_titled(stack, "Le président russe"), what="the seed to be stored"
        )
    assert article.language == "fr"
    assert (article.published_precision, article.published_provenance) == ("month", "text-header")
    assert article.published_at is not None
    assert (article.published_at.year, article.published_at.month) == (2025, 5)
    tags = {t.tag: t for t in article.tags}
    assert set(tags) == {"russia", "china", "trade", "ukraine", "taiwan"}
    for t in tags.values():
        for ev in t.evidence:
            stored = article.title if ev["field"] == "title" else article.text
            assert stored[ev["start"] : ev["end"]] == ev["matched"]
    assert tags["ukraine"].evidence[0]["matched"] == "Ukraine"


def test_the_same_submission_sent_twice_is_stored_once(stack: Stack) -> None:
    with running_worker(stack):
        stack.send(INGEST, _seed_payload())
        stack.send(INGEST, _seed_payload())
        stack.send(INGEST, {"text": "Sentinelle. La Chine exporte."})  # FIFO, one process
        wait_until(lambda: _article_titled(stack, "Sentinelle"), what="the sentinel")
    assert sum(a.title.startswith("Le président russe") for a in _articles(stack)) == 1


def test_a_worker_killed_after_storing_but_before_acking_loses_nothing(stack: Stack) -> None:
    marker = Path(stack.env["NEWSWORKER_DATA_DIR"]) / "crashed-once"
    with running_worker(stack, app="tests.integration.crashing_app"):
        stack.send(INGEST, _seed_payload())
        wait_until(marker.exists, what="the pool process to be killed")
        stack.send(INGEST, {"text": "Sentinelle. La Russie importe."})
        wait_until(
            lambda: _article_titled(stack, "Sentinelle"),
            timeout=60,
            what="the worker to go on after the kill",
        )
        # The killed delivery comes back (retry on worker lost) and is a no-op upsert.
        wait_until(
            lambda: stack.log_text().count("succeeded in") >= 2,
            timeout=60,
            what="the redelivered seed task to succeed",
        )
    log = stack.log_text()
    assert "WorkerLostError" in log or "exited with 'signal 9 (SIGKILL)'" in log
    seeds = [a for a in _articles(stack) if a.title.startswith("Le président russe")]
    assert len(seeds) == 1
    assert len(seeds[0].tags) == 5


def test_bad_input_is_dead_lettered_whole_and_the_worker_keeps_consuming(stack: Stack) -> None:
    huge = "Le texte. " * 5_300_000  # 53 MB, over the 5 MiB default limit
    bad = {
        "empty-input": {"text": "   \n"},
        "not-text": {"text": "".join(chr(i % 32) for i in range(4000))},
        "invalid-submission": {"title": "no text nor html"},
        "too-large": {"text": huge},
    }
    with running_worker(stack):
        for payload in bad.values():
            stack.send(INGEST, payload)
        stack.send(INGEST, "a bare string, not an object")
        stack.send(INGEST, {"text": "Sentinelle. Le commerce avec la Chine."})
        wait_until(
            lambda: _article_titled(stack, "Sentinelle"),
            timeout=90,
            what="the good article after the bad ones",
        )
    with stack.sessions() as s:
        letters = s.scalars(select(DeadLetter)).all()
        assert s.scalar(select(func.count()).select_from(Article)) == 1
    by_reason: dict[str, list[DeadLetter]] = {}
    for d in letters:
        by_reason.setdefault(d.reason, []).append(d)
    assert set(by_reason) == set(bad)
    assert len(by_reason["invalid-submission"]) == 2
    big = by_reason["too-large"][0]
    assert json.loads(big.payload)["text"] == huge  # kept whole
    assert "NEWSWORKER_MAX_ARTICLE_BYTES" in big.error
    assert all(d.task_name == INGEST and d.task_id for d in letters)
    errors = sorted(d.error for d in by_reason["invalid-submission"])
    assert "give 'text', 'html', or a 'url' to fetch" in errors[1]  # says what to fix
    assert "expected a JSON object, got str" in errors[0]


def test_a_poison_message_is_tried_a_bounded_number_of_times_then_dead_lettered(
    stack: Stack,
) -> None:
    attempts = Path(stack.env["NEWSWORKER_DATA_DIR"]) / "poison-attempts"
    max_retries = int(stack.env["NEWSWORKER_MAX_RETRIES"])
    with running_worker(stack, app="tests.integration.crashing_app"):
        stack.send(INGEST, {"text": "POISON pill"})

        def dead() -> list[DeadLetter]:
            with stack.sessions() as s:
                return list(s.scalars(select(DeadLetter)))

        (letter,) = wait_until(dead, timeout=90, what="the poison message's dead letter")
        stack.send(INGEST, {"text": "Sentinelle. Le commerce avec la Chine."})
        wait_until(lambda: _article_titled(stack, "Sentinelle"), what="the worker to go on")
    assert len(attempts.read_text().split()) == 1 + max_retries
    assert letter.reason == "task-failed"
    assert "WorkerLostError" in letter.error
    assert json.loads(letter.payload)["args"] == [{"text": "POISON pill"}]
