"""Names the reviews of taxonomy 2.21.0 found missing or misread, in constructed sentences:
Crimea in Chinese (Ukraine's, as Крым and Крим are), the GRU left out (its abbreviation is a
Ukrainian word in lower case), English "china" beside the table's silver or crystal
(porcelain), and Russian "в украинском" as the language beside another language so named."""

from __future__ import annotations

import pytest
from tagged import tags as _tags


@pytest.mark.parametrize(
    ("text", "tag", "tagged"),
    [
        ("俄罗斯2014年吞并了克里米亚。", "ukraine", True),
        ("克里米亚半岛的居民", "ukraine", True),
        # not the GRU by its abbreviation: the matcher reads it in any case, and Ukrainian
        # "гру" is the accusative of гра, a game ("любить гру в шахи", ua-gec)
        ("Вона дуже любить гру в шахи.", "russia", False),
        ("She set the table with her grandmother's old china and silver.", "china", False),
        ("They packed the silver and china before the move.", "china", False),
        # the country, capitalised or not
        ("China and Silver Lake Resources signed a deal.", "china", True),
        ("Exports to china rose sharply.", "china", True),
        # the languages, and the state's embassy
        ("Этот термин есть в русском, но нет в украинском.", "ukraine", False),
        ("Он служил в украинском посольстве в Москве.", "ukraine", True),
    ],
)
def test_names_found_and_words_left(text: str, tag: str, tagged: bool) -> None:
    found = _tags(text)
    assert (tag in found) is tagged, found
