"""Rules drawn from the Spanish, Italian and Portuguese fortunes pool
(test_romance_fortunes_pool.py): porcelain named after China, people by nationality after a
word for a master of a school or a cook, and a joke's scene set at a customs post.

Each ``real`` case is a verbatim quote of its source; each ``constructed`` case is a news
sentence that must keep the tag."""

from __future__ import annotations

import pytest
from tagged import tags as _tags

IT = "fortunes-it==1.99-4.1 /usr/share/games/fortunes/it/"
ES = "fortunes-es==1.36 /usr/share/games/fortunes/es/"

CASES = [
    # real: IT + "luke #67"
    (
        "gli interrupt come un gorilla ubriaco maneggia la porcellana cinese.",
        "china",
        False,
    ),
    # constructed
    ("Le esportazioni di porcellana verso la Cina sono cresciute.", "china", True),
    ("La Cina produce porcellana per tutta l'Europa.", "china", True),
    ("Una porcelana china del siglo XVIII se subastó en Madrid.", "china", False),
    ("China exporta porcelana china a Europa y a Rusia.", "china", True),
    # real: ES + "sabiduria.fortunes #381"
    ("-- Zhuangzi. (S.IV a.C.) Mestro taoista chino.", "china", False),
    # real: IT + "definizioni #144"
    ("Cuoca cinese: Sughishapy\n\tCuoca russa: Tocotto Ottova", "china", False),
    ("Cuoca cinese: Sughishapy\n\tCuoca russa: Tocotto Ottova", "russia", False),
    # constructed
    ("Il cuoco ha lavorato dieci anni in Cina prima di tornare.", "china", True),
    ("El maestro viajó a la China rural para estudiar.", "china", True),
    ("China y Rusia firmaron un acuerdo comercial.", "russia", True),
    # real: IT + "italia #2749"
    (
        'Alla dogana: "Cosa c\'e\' in quelle bottiglie?".\n"Acqua santa di Lourdes".',
        "trade",
        False,
    ),
    # constructed
    ("Alla dogana le merci cinesi restano ferme per settimane.", "trade", True),
    ("Dogana: merci bloccate al porto di Genova per i nuovi controlli.", "trade", True),
    ("In dogana: le esportazioni verso la Cina calano del 5%.", "trade", True),
    ("I dazi pagati alla dogana: un miliardo di euro nel 2023.", "trade", True),
]


@pytest.mark.parametrize(("text", "tag", "expected"), CASES)
def test_romance_fortunes_rules(text: str, tag: str, expected: bool) -> None:
    assert (tag in _tags(text)) is expected, text
