"""The naive design the benchmark compares against: a Celery app of its own, one task each.

One message per article, one task and one ORM transaction per article, ``ftfy.fix_text``
and py3langid on the whole text of every article, and one regular expression per tag
(built from the aliases of newsworker's default taxonomy). Late acks and prefetch 1, as
newsworker's own worker. It stores into a table of its own (``naive_articles``).

    celery -A bench.naive worker --concurrency=2   # env: NAIVE_BROKER_URL, NAIVE_DATABASE_URL
"""

from __future__ import annotations

import os
import re
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

import ftfy
import py3langid
import yaml
from celery import Celery
from sqlalchemy import JSON, DateTime, Integer, String, Text, create_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

TAXONOMY = Path(__file__).resolve().parents[1] / "worker" / "taxonomy" / "default.yaml"
TASK = "naive.ingest"


class Base(DeclarativeBase):
    pass


class NaiveArticle(Base):
    __tablename__ = "naive_articles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    guid: Mapped[str | None] = mapped_column(String(200), unique=True)
    title: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    language: Mapped[str] = mapped_column(String(16))
    tags: Mapped[list[str]] = mapped_column(JSON)
    stored_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


def _alias(term: str) -> str:
    stem = term.endswith("*")
    body = re.escape(term.rstrip("*"))
    return body + (r"\w*" if stem else r"\b")


@lru_cache(maxsize=1)
def tag_patterns() -> dict[str, re.Pattern[str]]:
    """One regex per tag: every alias of every language, case-insensitive."""
    rules = yaml.safe_load(TAXONOMY.read_text(encoding="utf-8"))["tags"]
    patterns = {}
    for rule in rules:
        terms = [t for terms in (rule.get("aliases") or {}).values() for t in terms]
        if terms:
            alternatives = "|".join(_alias(str(t)) for t in terms)
            patterns[rule["id"]] = re.compile(rf"\b(?:{alternatives})", re.IGNORECASE)
    return patterns


@lru_cache(maxsize=1)
def _engine() -> Any:
    engine = create_engine(os.environ["NAIVE_DATABASE_URL"])
    Base.metadata.create_all(engine)
    return engine


# Loaded once in the main process, before the pool forks (as newsworker does): the line
# measures the steady cost per article, not each pool process's first model load.
py3langid.classify("Warm up the language model.")

app = Celery("naive", broker=os.environ.get("NAIVE_BROKER_URL", "redis://127.0.0.1:6379/0"))
app.conf.update(
    task_serializer="json",
    accept_content=["json"],
    task_ignore_result=True,
    task_acks_late=True,
    worker_prefetch_multiplier=1,
    worker_send_task_events=True,
    task_default_queue=os.environ.get("NAIVE_QUEUE", "naive"),
)


@app.task(name=TASK)
def ingest(payload: dict[str, Any]) -> str:
    """Clean, identify the language, tag with a regex per tag and store: one transaction."""
    text = ftfy.fix_text(payload["text"])
    title = text.strip().split("\n", 1)[0][:200]
    language = py3langid.classify(text)[0]
    tags = [tag for tag, pattern in tag_patterns().items() if pattern.search(text)]
    with Session(_engine()) as session:
        session.add(
            NaiveArticle(
                guid=payload.get("guid"),
                title=title,
                text=text,
                language=language,
                tags=tags,
                stored_at=datetime.now(UTC),
            )
        )
        session.commit()
    return language
