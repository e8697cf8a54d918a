"""A database outage longer than the retry budget loses nothing: every article stored once.

The test's own PostgreSQL is stopped under load for far longer than the retries would last
(one retry, two seconds of backoff at most), then started again.
"""

from __future__ import annotations

import os
import time
import uuid
from pathlib import Path

import pytest
import redis
from sqlalchemy import func, select

from tests.integration.conftest import ROOT, Stack, running_worker, wait_until
from tests.integration.own_postgres import own_postgres
from worker.app import make_celery, queue_names
from worker.config import Settings
from worker.db.migrate import upgrade
from worker.db.models import Article, DeadLetter
from worker.db.session import get_sessionmaker

OUTAGE_SECONDS = float(os.environ.get("NEWSWORKER_TEST_OUTAGE_SECONDS", "20"))


@pytest.mark.slow
@pytest.mark.postgres
@pytest.mark.redis
def test_articles_sent_during_a_long_outage_are_all_stored_once(
    redis_url: str, tmp_path: Path
) -> None:
    with own_postgres() as pg:
        upgrade(pg.url)
        queue = f"nwtest-{uuid.uuid4().hex[:12]}"
        env = {
            **{k: v for k, v in os.environ.items() if not k.startswith("NEWSWORKER_")},
            "NEWSWORKER_BROKER_URL": redis_url,
            "NEWSWORKER_DATABASE_URL": pg.url,
            "NEWSWORKER_QUEUE": queue,
            "NEWSWORKER_DATA_DIR": str(tmp_path / "data"),
            "NEWSWORKER_LOG_FORMAT": "json",
            "NEWSWORKER_MAX_RETRIES": "1",
            "NEWSWORKER_RETRY_BACKOFF_MAX": "2",
            "NEWSWORKER_METRICS_PORT": "0",
            "PYTHONPATH": str(ROOT),
        }
        settings = Settings(broker_url=redis_url, database_url=pg.url, queue=queue)
        producer = make_celery(settings)
        sessions = get_sessionmaker(pg.url)
        stack = Stack(env, producer, sessions, tmp_path / "worker.log", queue)
        texts = [
            f"Article {i}. La Chine exporte du thé vers la Russie, lot {i}." for i in range(40)
        ]
        try:
            with running_worker(stack):
                for text in texts[:10]:
                    stack.send("newsworker.ingest_article", {"text": text})
                pg.stop()
                for text in texts[10:]:
                    stack.send("newsworker.ingest_article", {"text": text})
                time.sleep(OUTAGE_SECONDS)
                pg.start()
                wait_until(lambda: _count(stack) >= len(texts), timeout=120, what="every article")
                time.sleep(2)  # late duplicates would show now
            with sessions() as s:
                assert s.scalar(select(func.count()).select_from(Article)) == len(texts)
                assert s.scalar(select(func.count()).select_from(DeadLetter)) == 0
            spool = tmp_path / "data" / "dead-letter-spool"
            assert not spool.exists() or not any(spool.iterdir())
        finally:
            producer.close()
            sessions.kw["bind"].dispose()
            client = redis.Redis.from_url(redis_url)
            client.delete(*queue_names(settings))
            client.close()


def _count(stack: Stack) -> int:
    try:
        with stack.sessions() as s:
            return int(s.scalar(select(func.count()).select_from(Article)) or 0)
    except Exception:
        return 0
