"""A second Ukrainian pool: 200 ua-gec 2.1.3 source texts that neither the corpus nor the first
pool (uk_gec_pool.jsonl) holds, labelled by tests/eval/LABELLING.md before the tagger was run
on them (uk_gec_pool2.jsonl: id, source file, gold labels, a note on the decisive words, the
text as cut). Drawn as the first pool was: the essays and text donations (`is_sensitive` 0),
cut as corpus version 8's were; every text sharing a 20-letter run (letters and digits,
casefolded) with a corpus record or a first-pool text, and every repeat, dropped unread (626
left); with `random.Random(9804)`, all 88 naming a keyword (the first pool's list, and
Ukraine's regions and centres, Crimea, the Russian spellings and the people's nouns) and 112
of the 538 naming none. LABELLING.md says more. Every text whose tags match its gold labels
is checked; the few that do not are listed below with the reason, and are left out.
"""

from __future__ import annotations

from typing import Any

import pytest
from tagged import jsonl_pool, prepared_tags

POOL = "uk_gec_pool2.jsonl"
TAGS = ("russia", "china", "ukraine", "taiwan", "trade")

# Texts the tagger still gets wrong, and why (see LABELLING.md).
NOT_YET = {
    "ukgec2-003": "«Китайська Кімната», Searle's Chinese Room, a problem's name, read as China",
    "ukgec2-008": "Дніпровської медичної академії: Dnipro's adjective, left out (the river's too)",
    "ukgec2-036": "Національний фонд досліджень, the state's research foundation (ukraine missed)",
    "ukgec2-053": "дім на Дніпрі: the gazetteer leaves Дніпро out (the Dnieper, three countries)",
    "ukgec2-054": "мумійо з Алтаю: Altai alone, a range of four countries (russia missed)",
    "ukgec2-059": "москалів as the market the films served, the pejorative people's noun",
    "ukgec2-089": "English “Ukrainian” chosen in a spell checker's menu, read as Ukraine",
    "ukgec2-109": "Черемош, a river no shipped data names (ukraine missed)",
    "ukgec2-155": "в українській нерозвинені: the language's locative before a predicate",
    "ukgec2-165": "the same text as ukgec2-155, with a title",
    "ukgec2-190": "у Дніпрі, the river: the gazetteer leaves Дніпро out (ukraine missed)",
}


def _pool() -> list[dict[str, Any]]:
    return jsonl_pool(POOL)


def test_the_pool_is_whole() -> None:
    pool = _pool()
    assert len(pool) == 200
    assert len({r["id"] for r in pool}) == len({r["source"] for r in pool}) == 200
    assert all(set(r["labels"]) <= set(TAGS) for r in pool)
    assert set(NOT_YET) <= {r["id"] for r in pool}


def test_no_text_of_the_first_pool() -> None:
    sources = {r["source"] for r in jsonl_pool("uk_gec_pool.jsonl")}
    assert not sources & {r["source"] for r in _pool()}


@pytest.mark.parametrize(
    "record", [r for r in _pool() if r["id"] not in NOT_YET], ids=lambda r: r["id"]
)
def test_tags_match_the_gold_labels(record: dict[str, Any]) -> None:
    found = prepared_tags(record["text"]) & set(TAGS)
    assert found == set(record["labels"]), (record["source"], record.get("note"))
