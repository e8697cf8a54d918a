"""PostgreSQL failover through a libpq multi-host URL: the worker follows the new primary.

Two clusters of the test's own on loopback: a primary and a streaming standby with
synchronous replication. ``NEWSWORKER_DATABASE_URL`` names both hosts with
``target_session_attrs=read-write``, so libpq connects to whichever accepts writes. Under
load the primary is stopped as if it crashed (``pg_ctl stop -m immediate``); after a pause
the standby is promoted. What must hold: the worker never gives up on an article (in-flight
transactions fail as StorageUnavailable, retried for as long as the database is down), no
article is lost or stored twice, and the worker writes to the new primary by itself.
"""

from __future__ import annotations

import os
import time
import uuid
from pathlib import Path

import pytest
import redis
from sqlalchemy import create_engine, func, select, text

from tests.integration.conftest import ROOT, Stack, running_worker, wait_until
from tests.integration.own_postgres import OwnPostgres, own_postgres_pair
from worker.app import make_celery, queue_names
from worker.config import Settings
from worker.db.migrate import upgrade
from worker.db.models import Article, DeadLetter, OutboxEvent
from worker.db.session import get_engine, get_sessionmaker

pytestmark = [pytest.mark.slow, pytest.mark.postgres, pytest.mark.redis]

#: Seconds between the primary's crash and the standby's promotion (an operator, or a
#: failover manager, deciding); the worker must hold its work that long.
PROMOTE_AFTER = float(os.environ.get("NEWSWORKER_TEST_PG_PROMOTE_AFTER", "5"))


def _urls(primary: OwnPostgres, standby: OwnPostgres) -> list[str]:
    """The same two hosts in each spelling SQLAlchemy and libpq accept."""
    a, b = primary.port, standby.port
    rw = "target_session_attrs=read-write"
    return [
        f"postgresql+psycopg://postgres@/postgres?host=127.0.0.1:{a}&host=127.0.0.1:{b}&{rw}",
        f"postgresql://postgres@/postgres?host=127.0.0.1,127.0.0.1&port={a},{b}&{rw}",
        f"postgresql://postgres@/postgres?host=127.0.0.1:{a},127.0.0.1:{b}&{rw}",
    ]


def _port_written_by(url: str) -> int:
    engine = create_engine(Settings(database_url=url).sqlalchemy_url)
    try:
        with engine.connect() as conn:
            port, standby = conn.execute(
                text("select inet_server_port(), pg_is_in_recovery()")
            ).one()
        assert standby is False
        return int(port)
    finally:
        engine.dispose()


def test_every_spelling_of_a_multi_host_url_reaches_the_primary() -> None:
    with own_postgres_pair() as (primary, standby):
        for url in _urls(primary, standby):
            assert _port_written_by(url) == primary.port, url
        # Listed the other way round, the read-only standby is passed over.
        swapped = _urls(standby, primary)[0]
        assert _port_written_by(swapped) == primary.port


def test_articles_survive_a_primary_crash_and_a_promotion(redis_url: str, tmp_path: Path) -> None:
    with own_postgres_pair() as (primary, standby):
        url = _urls(primary, standby)[0]
        upgrade(url)
        queue = f"nwtest-{uuid.uuid4().hex[:12]}"
        env = {
            **{k: v for k, v in os.environ.items() if not k.startswith("NEWSWORKER_")},
            "NEWSWORKER_BROKER_URL": redis_url,
            "NEWSWORKER_DATABASE_URL": url,
            "NEWSWORKER_QUEUE": queue,
            "NEWSWORKER_DATA_DIR": str(tmp_path / "data"),
            "NEWSWORKER_LOG_FORMAT": "json",
            "NEWSWORKER_MAX_RETRIES": "1",
            "NEWSWORKER_RETRY_BACKOFF_MAX": "2",
            "NEWSWORKER_METRICS_PORT": "0",
            "PYTHONPATH": str(ROOT),
        }
        settings = Settings(broker_url=redis_url, database_url=url, queue=queue)
        producer = make_celery(settings)
        sessions = get_sessionmaker(url)
        stack = Stack(env, producer, sessions, tmp_path / "worker.log", queue)
        texts = [
            f"Dépêche {i}. La Chine exporte du thé vers la Russie, lot p{i:03d}." for i in range(60)
        ]
        try:
            with running_worker(stack):
                for t in texts[:20]:
                    stack.send("newsworker.ingest_article", {"text": t})
                    time.sleep(0.05)
                wait_until(lambda: _count(standby.url) >= 5, timeout=60, what="the first articles")
                crashed_at = time.monotonic()
                primary.stop("immediate")  # in-flight transactions die with it
                for t in texts[20:40]:
                    stack.send("newsworker.ingest_article", {"text": t})
                time.sleep(PROMOTE_AFTER)
                # Read on the standby (synchronous: it has every commit the worker saw).
                stored_before = _count(standby.url)
                standby.promote()
                promoted_at = time.monotonic()
                for t in texts[40:]:
                    stack.send("newsworker.ingest_article", {"text": t})
                wait_until(
                    lambda: _count(standby.url) > stored_before, 120, "a write on the new primary"
                )
                recovered = time.monotonic() - promoted_at
                wait_until(
                    lambda: _count(standby.url) >= len(texts), timeout=180, what="every article"
                )
                all_in = time.monotonic() - promoted_at
                time.sleep(2)  # late duplicates would show now
            # The test's own pooled connections still point at the crashed primary (no
            # pre-ping: the workers meet that as StorageUnavailable and retry).
            get_engine(url).dispose()
            with sessions() as s:
                articles = s.scalar(select(func.count()).select_from(Article))
                created = s.scalar(
                    select(func.count())
                    .select_from(OutboxEvent)
                    .where(OutboxEvent.type == "article.created")
                )
                dead = s.scalar(select(func.count()).select_from(DeadLetter))
            retried = stack.log_text().count("database unavailable")
            print(
                f"\npostgres failover: sent {len(texts)}, stored {articles}, "
                f"'created' events {created}, dead letters {dead}; primary down "
                f"{promoted_at - crashed_at:.1f} s until promotion; first write on the new "
                f"primary {recovered:.2f} s after it, all stored {all_in:.2f} s after it; "
                f"{retried} retries as StorageUnavailable"
            )
            assert _port_written_by(url) == standby.port
            assert articles == len(texts)
            assert created == len(texts)
            assert dead == 0
            assert retried > 0, "no transaction ever met the outage"
        finally:
            producer.close()
            get_engine(url).dispose()
            client = redis.Redis.from_url(redis_url)
            client.delete(*queue_names(settings))
            client.close()


def _count(url: str) -> int:
    engine = create_engine(url, connect_args={"connect_timeout": 2})
    try:
        with engine.connect() as conn:
            return int(conn.scalar(select(func.count()).select_from(Article)) or 0)
    except Exception:
        return 0
    finally:
        engine.dispose()
