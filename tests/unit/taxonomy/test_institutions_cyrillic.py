"""Officials, bodies and towns Russian and Ukrainian news names alone (institutions.yaml
1.8.0, default.yaml), by full name where the surname is a word or a common one, and the
ministries another country owns when it is named after them."""

from __future__ import annotations

import pytest
from tagged import tags


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("Дмитрий Песков заявил журналистам, что Кремль ответит.", "russia"),
        ("ЧВК «Вагнер» ушла из Мали.", "russia"),
        ("Под Авдеевкой идут тяжёлые бои.", "ukraine"),
        ("Кирило Буданов заявив про нові атаки.", "ukraine"),
        ("Олександр Сирський доповів про ситуацію на фронті.", "ukraine"),
        ("Одеса знову під ударом дронів.", "ukraine"),
        ("Міноборони повідомило про нову допомогу.", "ukraine"),
        ("Офіс президента відреагував на заяву.", "ukraine"),
        ("Посилка прийшла Новою поштою за день.", "ukraine"),
        ("Бої точаться біля Авдіївки та Торецька.", "ukraine"),
    ],
)
def test_the_name_names_its_country(text: str, tag: str) -> None:
    assert tag in tags(text)


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("Из зыбучих песков не выбраться без помощи.", "russia"),
        ("Міноборони Росії заявило про удари.", "ukraine"),
        ("МЗС Польщі викликало посла.", "ukraine"),
        ("Нацгвардія США прибула до міста.", "ukraine"),
        ("У класі піднялася справжня буча.", "ukraine"),
        ("Купили ізюм і горіхи до пирога.", "ukraine"),
    ],
)
def test_a_word_or_another_country_s_body_is_not(text: str, tag: str) -> None:
    assert tag not in tags(text)
