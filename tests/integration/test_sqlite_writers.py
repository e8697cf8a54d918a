"""Concurrent writers on the embedded SQLite database: WAL + busy timeout + BEGIN IMMEDIATE."""

from __future__ import annotations

import multiprocessing as mp
from pathlib import Path

from sqlalchemy import func, select

from worker.db.migrate import upgrade
from worker.db.models import Article, ArticleTag
from worker.db.session import get_sessionmaker
from worker.pipeline import Item, ingest
from worker.taxonomy import load_taxonomy

WRITERS = 8
ARTICLES = 120  # per writer; every writer stores the same keys, in its own order


def _writer(url: str, offset: int, errors: mp.Queue) -> None:  # type: ignore[type-arg]
    try:
        sessions = get_sessionmaker(url)
        taxonomy = load_taxonomy()
        order = [(offset * 7 + i) % ARTICLES for i in range(ARTICLES)]
        for start in range(0, ARTICLES, 10):
            items = [
                Item({"text": f"Article {n}. La Chine et la Russie."})
                for n in order[start : start + 10]
            ]
            ingest(items, sessions=sessions, taxonomy=taxonomy, max_bytes=10**6)
    except Exception as e:
        errors.put(f"{type(e).__name__}: {e}")


def test_eight_processes_upserting_the_same_keys_never_fail_and_store_each_once(
    tmp_path: Path,
) -> None:
    url = f"sqlite:///{tmp_path / 'shared.db'}"
    upgrade(url)
    ctx = mp.get_context("spawn")
    errors = ctx.Queue()
    procs = [ctx.Process(target=_writer, args=(url, w, errors)) for w in range(WRITERS)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(timeout=120)
    failures = [errors.get() for _ in range(errors.qsize())] if not errors.empty() else []
    assert failures == []
    assert all(p.exitcode == 0 for p in procs)
    with get_sessionmaker(url)() as s:
        assert s.scalar(select(func.count()).select_from(Article)) == ARTICLES
        assert s.scalar(select(func.count()).select_from(ArticleTag)) == ARTICLES * 2
