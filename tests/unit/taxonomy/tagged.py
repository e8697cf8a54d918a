"""The tags a short text gets through the pipeline's parse, normalize and tag stages, for the
taxonomy tests that check rules on sentences."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from worker.contracts import ArticleSubmission
from worker.pipeline import prepare
from worker.pipeline.normalize import normalize
from worker.pipeline.parse import parse_submission
from worker.pipeline.tag import tag
from worker.taxonomy import load_taxonomy


def tags(text: str) -> set[str]:
    """The tag ids of ``text`` submitted as an article (title "x")."""
    parsed = parse_submission(ArticleSubmission(text=text, title="x"), 10**6)
    return {t.tag for t in tag(normalize(parsed), load_taxonomy()).tags}


def prepared_tags(text: str) -> set[str]:
    """The tag ids of ``text`` as the worker's prepare step gives them (no title), as the pools
    kept in JSON Lines files are checked."""
    return {t.tag for t in prepare({"text": text}, load_taxonomy(), 10**7).tags}


@cache
def jsonl_pool(name: str) -> list[dict[str, Any]]:
    """The records of the pool file ``name`` beside this module, one JSON object a line."""
    path = Path(__file__).with_name(name)
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


POOL_TAGS = frozenset(("russia", "china", "ukraine", "taiwan", "trade"))


def checked_records(name: str, not_yet: dict[str, str]) -> list[dict[str, Any]]:
    """The records of the pool file ``name`` that are checked: all but those ``not_yet``
    lists (the texts the tagger still gets wrong)."""
    return [r for r in jsonl_pool(name) if r["id"] not in not_yet]


def assert_gold(record: dict[str, Any]) -> None:
    """The record's text, prepared as the worker prepares it, gets its gold labels."""
    found = prepared_tags(record["text"]) & POOL_TAGS
    assert found == set(record["labels"]), (record["source"], record.get("note"))


def assert_pool_whole(name: str, not_yet: dict[str, str], size: int = 200) -> None:
    """The pool file ``name`` holds ``size`` records of distinct ids and sources, labelled only
    with the pool tags, and ``not_yet`` names only its records."""
    pool = jsonl_pool(name)
    assert len(pool) == size
    assert len({r["id"] for r in pool}) == len({r["source"] for r in pool}) == size
    assert all(set(r["labels"]) <= POOL_TAGS for r in pool)
    assert set(not_yet) <= {r["id"] for r in pool}
