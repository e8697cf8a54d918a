"""An English pool of news and editorials read on taxonomy 2.21.0: 200 texts the corpus does
not hold, 120 New York Times editorials of vaderSentiment 3.3.2 (1987-1995) and 80 parts of
gensim 4.3.3's Lee corpus ABC stories (2001-2002), built as the corpus built its records,
drawn with ``random.Random(9806)`` and labelled by tests/eval/LABELLING.md before the tagger
was run on them (en_news_pool.jsonl: id, source, gold labels, a note on the decisive words
where there is one, the text as cut; LABELLING.md says how they were drawn). Every text whose
tags match its gold labels is checked; those that do not are listed below with the reason.
"""

from __future__ import annotations

from typing import Any

import pytest
from tagged import jsonl_pool, prepared_tags

POOL = "en_news_pool.jsonl"
TAGS = ("russia", "china", "ukraine", "taiwan", "trade")

# Texts the tagger still gets wrong, and why (see LABELLING.md, the paragraph on this pool).
NOT_YET = {
    "ennews-063": "reactors built in Iran under a deal whose seller is unnamed (trade missed)",
    "ennews-144": "gas piped from a Timor Sea field to Darwin, no trade word (trade missed)",
    "ennews-168": "US farm subsidies and protection fought by Australia, no trade word (missed)",
}


def _pool() -> list[dict[str, Any]]:
    return jsonl_pool(POOL)


def test_the_pool_is_whole() -> None:
    pool = _pool()
    assert len(pool) == 200
    assert len({r["id"] for r in pool}) == len({r["source"] for r in pool}) == 200
    assert sum("nytEditorial" in r["source"] for r in pool) == 120
    assert sum("gensim" in r["source"] for r in pool) == 80
    assert all(set(r["labels"]) <= set(TAGS) for r in pool)
    assert all(len(r["text"]) <= 1500 for r in pool)
    assert set(NOT_YET) <= {r["id"] for r in pool}


@pytest.mark.parametrize(
    "record", [r for r in _pool() if r["id"] not in NOT_YET], ids=lambda r: r["id"]
)
def test_tags_match_the_gold_labels(record: dict[str, Any]) -> None:
    found = prepared_tags(record["text"]) & set(TAGS)
    assert found == set(record["labels"]), (record["source"], record.get("note"))
