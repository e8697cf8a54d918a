"""An English Wikipedia pool read on taxonomy 2.22.0: 200 parts of gensim 4.3.3's shortened
English Wikipedia dump (``enwiki-latest-pages-articles1.xml-p000000010p000030302-shortened.bz2``,
early articles: countries and their economies, history, science), cut as taxonomy 2.19.0 cut
them (article text with templates, tables, references, headings and link markup stripped by
mwparserfromhell, parts of at most 1,500 characters ending at a sentence end), none sharing a
20-letter run with a corpus record or an earlier test, drawn with ``random.Random(9811)``: 120
of the parts naming a word of a broad trade lexicon and 80 of the rest, and labelled by
tests/eval/LABELLING.md before the tagger was run on them (enwiki_pool.jsonl: id, source, gold
labels, a note on the decisive words where there is one, the text as cut; LABELLING.md says how
they were drawn). Every text whose tags match its gold labels is checked; those that do not are
listed below with the reason.
"""

from __future__ import annotations

from typing import Any

import pytest
from tagged import jsonl_pool, prepared_tags

POOL = "enwiki_pool.jsonl"
TAGS = ("russia", "china", "ukraine", "taiwan", "trade")

# Texts the tagger still gets wrong, and why (see LABELLING.md, the paragraph on this pool).
NOT_YET = {
    "enwiki-002": "the Oscars' TV rights sold to 50 countries: no goods named (trade missed)",
    "enwiki-015": "trade with the northeastern tribes on the Ohio River: no economy (missed)",
    "enwiki-032": "the abacus 'exported to other countries' as an invention spread (false trade)",
    "enwiki-110": "Britain's 'informal trading influence' in Central America (trade missed)",
    "enwiki-127": "Moscow spelt with a Cyrillic М in a Latin word (russia missed)",
    "enwiki-148": "asphalt from a French mine introduced to Britain, no trade word (trade missed)",
    "enwiki-166": "civilizations connected by the Silk Road, no trade word (trade missed)",
}


def _pool() -> list[dict[str, Any]]:
    return jsonl_pool(POOL)


def test_the_pool_is_whole() -> None:
    pool = _pool()
    assert len(pool) == 200
    assert len({r["id"] for r in pool}) == len({r["source"] for r in pool}) == 200
    assert all(r["source"].startswith("gensim==4.3.3 ") for r in pool)
    assert all(set(r["labels"]) <= set(TAGS) for r in pool)
    assert all(len(r["text"]) <= 1500 for r in pool)
    assert set(NOT_YET) <= {r["id"] for r in pool}


@pytest.mark.parametrize(
    "record", [r for r in _pool() if r["id"] not in NOT_YET], ids=lambda r: r["id"]
)
def test_tags_match_the_gold_labels(record: dict[str, Any]) -> None:
    found = prepared_tags(record["text"]) & set(TAGS)
    assert found == set(record["labels"]), (record["source"], record.get("note"))
