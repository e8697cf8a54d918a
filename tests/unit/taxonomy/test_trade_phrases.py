"""Trade words read on real text the tagger was not tuned on (taxonomy 2.19.0's pool: package
test data, fortunes, the People's Daily of January 1998; tests/eval/LABELLING.md): each case
is a short verbatim sentence of that pool, or a phrase of the same pattern in another
language."""

from __future__ import annotations

import pytest

from worker.contracts import ArticleSubmission
from worker.pipeline.normalize import normalize
from worker.pipeline.parse import parse_submission
from worker.pipeline.tag import tag
from worker.taxonomy import load_taxonomy


def _trade(text: str) -> bool:
    parsed = parse_submission(ArticleSubmission(text=text, title="x"), 10**6)
    return "trade" in {t.tag for t in tag(normalize(parsed), load_taxonomy()).tags}


@pytest.mark.parametrize(
    ("text", "trade"),
    [
        # Czech fortunes (Drucker): international and foreign trade in their case forms
        ("Je pravděpodobné, že nízké mzdové náklady budou v mezinárodním obchodu stále menší "
         "výhodou.", True),
        ("Kapitálové toky se pohybují naprosto nezávisle na zahraničním obchodu.", True),
        # the same phrase in the other languages that have it
        ("El comercio exterior creció un diez por ciento.", True),
        ("Le commerce extérieur a reculé en mars.", True),
        ("Il commercio internazionale rallenta.", True),
        ("O comércio exterior do país cresceu.", True),
        ("Spadek handlu światowego trwa.", True),
        ("Der internationale Handel bricht ein.", True),
        # a chamber of commerce is a name; a shop's business is not trade
        ("La Cámara de Comercio Internacional publicó sus reglas.", False),
        ("Základní pravidlo obchodu: Úspěch mají ti, kteří jednají okamžitě.", False),
    ],
)  # fmt: skip
def test_international_and_foreign_trade_named_as_such(text: str, trade: bool) -> None:
    assert _trade(text) is trade
