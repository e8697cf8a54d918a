"""Trade "between the two countries": a weak trade word in a sentence that refers back to two
economies by "the two countries" (worker/pipeline/tag.py, ``_between_two_countries``). Every
case is ``constructed``: news sentences of the pattern in each language, and controls where
two teams, clubs, states of one federation or sides do something else."""

from __future__ import annotations

import pytest
from tagged import tags


@pytest.mark.parametrize(
    "text",
    [
        "Trade between the two countries grew 12 percent last year.",
        "The two countries resumed trade talks on Monday.",
        "Both nations agreed to settle the trade dispute by March.",
        "Le commerce entre les deux pays a progressé de 12 %.",
        "Der Handel zwischen den beiden Ländern wuchs um zwölf Prozent.",
        "El comercio entre ambos países creció un 12 %.",
        "O comércio entre os dois países cresceu 12 %.",
        "Il commercio tra i due paesi è cresciuto del 12 per cento.",
        "Торговля между двумя странами выросла на 12 процентов.",
        "Торгівля між двома країнами зросла на 12 відсотків.",
        "Handel między obu krajami wzrósł o 12 procent.",
        "Trade between our two countries has never been stronger, the minister said.",
        "Der Handel zwischen unseren beiden Ländern wächst.",
        "Торговля между нашими странами растёт.",
    ],
)
def test_trade_between_the_two_countries_is_trade(text: str) -> None:
    assert "trade" in tags(text)


@pytest.mark.parametrize(
    "text",
    [
        "The two countries' rugby teams will trade tries in Cardiff.",
        "Trade between the two clubs was completed on deadline day.",
        "Trade between the two teams sent the pitcher to Boston.",
        "Commerce between the two states is regulated by Congress.",
        "El comercio entre estados está regulado por el Congreso.",
        "The two sides traded accusations over the border.",
        "Both countries' stock markets saw heavy trading on Friday.",
        "Handel zwischen den beiden Filialen der Kette ist nicht erlaubt.",
        # the phrase elsewhere in the sentence (a review's): retail, a match, a composer
        "Der Handel klagt über schwaches Weihnachtsgeschäft, während die Spannungen zwischen "
        "den beiden Staaten zunehmen.",
        "Der Handel zwischen den beiden Staaten Kalifornien und Nevada boomt.",
        "Il commercio tra i due stati americani è cresciuto.",
        "El comercio local se vio afectado por el partido entre los dos países.",
        "Торговля в торговых центрах упала, а отношения между двумя странами остаются "
        "напряжёнными.",
        "Tensions between the two countries rose after a trade official's son was arrested.",
        "Handel's Messiah was performed at the summit between the two countries.",
    ],
)
def test_two_teams_states_or_sides_are_not_trade(text: str) -> None:
    assert "trade" not in tags(text)
