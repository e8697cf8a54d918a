"""Rules read on the trade news pool (test_trade_news_pool.py) and on its candidates not drawn:
an import or export word after a software unit or a file format ("the APK imports") is
software's, not trade; the Italian, Spanish and Portuguese name of Moscow in English text is a
surname ("as Mosca put it"); a Swiss Army knife names no economy. The cases are in
trade_news_rules.jsonl (tag, whether the text gets it, why, text): quotes from the pages that
lose their tags, and constructed sentences, with controls that keep theirs."""

from __future__ import annotations

from typing import Any

import pytest
from tagged import jsonl_pool, prepared_tags


@pytest.mark.parametrize("case", jsonl_pool("trade_news_rules.jsonl"), ids=lambda c: c["why"])
def test_rules_read_on_the_trade_news_pool(case: dict[str, Any]) -> None:
    assert (case["tag"] in prepared_tags(case["text"])) is case["tagged"], case["why"]
