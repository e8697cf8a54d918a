"""Words of one language that fold to a country's name in another are not that country in a
text of their own language (worker/pipeline/tag.py, ``_NOT_NAMES_IN``). The sentences are
constructed on the everyday phrases of each language ("seekor rusa", "am luat cina", "Cina
cea de Taină", "eiti į kiną"); each has a control naming the country in the same language,
and one in the language whose name the word is."""

from __future__ import annotations

import pytest
from tagged import tags as _tags


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Indonesian: rusa is a deer; Russia is Rusia
        ("Pemburu itu mendapatkan seekor rusa yang gemuk di hutan.", set()),
        ("Populasi rusa di taman nasional meningkat tahun ini.", set()),
        ("Rusia dan Tiongkok menandatangani perjanjian baru.", {"russia", "china"}),
        # Romanian: cina is dinner (and the Last Supper); China is China
        ("Mâine seară vom lua cina împreună cu familia.", set()),
        ("Preotul a vorbit despre Cina cea de Taină.", set()),
        ("China și Rusia au semnat un acord.", {"china", "russia"}),
        # Lithuanian: kinas is the cinema; China is Kinija
        ("Ar norėtum šiandien eiti į kiną?", set()),
        ("Kinas ekrane rodė naują filmą.", set()),
        ("Kinija ir Rusija pasirašė susitarimą.", {"china", "russia"}),
        # the words in the languages whose names they are
        ("La economía rusa creció el año pasado.", {"russia"}),
        ("Kinas ekonomi växer snabbt.", {"china"}),
        ("La Cina ha firmato un accordo con la Russia.", {"china", "russia"}),
    ],
)  # fmt: skip
def test_a_word_of_the_texts_own_language_is_not_a_foreign_name(
    text: str, expected: set[str]
) -> None:
    assert _tags(text) == expected
