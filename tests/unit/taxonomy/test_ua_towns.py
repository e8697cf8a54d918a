"""Ukraine's towns of war news, below the gazetteer's floor of 50,000 people for cities: kept
by their Latin spellings (worker/taxonomy/gazetteer.py, _TOWN_FLOOR), without the words,
given names and surnames their other spellings are."""

from __future__ import annotations

import pytest
from tagged import tags

from worker.taxonomy.gazetteer import _town_spelling, load_places


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces captured Avdiivka after months of fighting.",
        "Troops advanced near Kupiansk overnight.",
        "Shelling of Toretsk continued for a third day.",
        "The dam at Nova Kakhovka was destroyed in June.",
        "Bodies were found in Bucha after the troops withdrew.",
        "Moscow says it took Vuhledar.",
        "The airport at Hostomel was the first target.",
    ],
)
def test_the_town_names_ukraine(text: str) -> None:
    assert "ukraine" in tags(text)


@pytest.mark.parametrize(
    "text",
    [
        "She wore a balaclava against the cold.",
        "Borislav Mikhailov saved two penalties.",
        "Vladimir Sorokin's novels were banned.",
        "The poet Andrey Voznesensky read at the stadium.",
        "The village of Kalinovka lies near Kursk.",
    ],
)
def test_a_word_a_given_name_or_a_surname_is_no_town(text: str) -> None:
    assert "ukraine" not in tags(text)


def test_a_town_keeps_only_spellings_close_to_its_name() -> None:
    assert _town_spelling("Avdiivka", "Avdiyivka")
    assert _town_spelling("Kupiansk", "Kupyansk")
    assert not _town_spelling("Sorokin", "Sorokyne")  # a surname's ending
    assert not _town_spelling("Kalinovka", "Kalynivka")  # the villages' -ovka
    assert not _town_spelling("Stalino", "Donetsk")  # another name
    assert _town_spelling("Toretsk", "Toretsk")  # the name itself
    towns = {p.name for p in load_places() if p.tag == "ukraine"}
    assert {"Avdiyivka", "Toretsk", "Nova Kakhovka", "Kurakhove"} <= towns
