"""The rule the Russian feeds pool (test_ru_feeds_pool.py) led to: Russian towns below the
gazetteer's population floor, down to GeoNames' 15,000, by their Russian names in -ск or
-цк, with their case forms, and their adjectives only where the stem is no word or name."""

from __future__ import annotations

import pytest
from tagged import tags

from worker.taxonomy.gazetteer import load_places

COUNTRIES = {"russia", "china", "ukraine", "taiwan"}


def _forms(name: str) -> set[str]:
    return {f for p in load_places() if p.name == name for f in p.forms}


@pytest.mark.parametrize(
    "text",
    [
        # rn-094, an orphanage's site in a children's portal's feed
        'Алапаевский детский дом\nНа сайте детского дома открылся раздел "Познакомьтесь с'
        ' нами" за этот учебный год.',
        "Вчера в Алапаевске прошёл митинг работников завода.",
        "Из Ялуторовска в Тюмень пустили новый автобус.",
        "На Невьянском заводе запустили новую линию.",
        "Жители Заринска пожаловались на выбросы коксохимического завода.",
        "Суд в Михайловске рассмотрит дело о поджоге.",
        # Bulgarian writes the town's name the same way
        "Фестивалът в Алапаевск събра над хиляда гости.",
    ],
)
def test_small_russian_towns_in_sk_tag_russia(text: str) -> None:
    assert "russia" in tags(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the adjectives of towns named after a word, a person, a sea or a peninsula
        ("Советский Союз распался в 1991 году.", set()),
        ("Партизанский отряд действовал в лесах Белоруссии.", set()),
        ("Михайловский театр показал новый балет.", set()),
        ("Ленинский проспект перекрыт из-за ремонта.", set()),
        ("Балтийское море замёрзло у берегов Финляндии.", set()),
        ("Каспийский трубопроводный консорциум", set()),
        ("Крымский мост закрыли для машин.", {"ukraine"}),
        ("Мариинский дворец в Киеве отреставрируют.", {"ukraine"}),
        ("Петровский парк открылся после ремонта.", set()),
        ("Богородицкий собор в Киеве открыт для посетителей.", {"ukraine"}),
        ("Черняховская культура оставила много городищ.", set()),
        ("Учебник написан на карачаевском языке.", set()),
        # a town's Latin name is not read below the floor; other countries' papers keep
        # their own
        ("The Alapayevsk plant was sold in 2004.", set()),
        ("Заринский район Армении", set()),
    ],
)
def test_town_adjectives_that_are_words_or_other_places_are_not_read(
    text: str, expected: set[str]
) -> None:
    assert tags(text) & COUNTRIES == expected


def test_small_towns_keep_their_russian_case_forms_and_no_latin_names() -> None:
    forms = _forms("Alapayevsk")
    assert {"Алапаевск", "Алапаевске", "Алапаевска", "Алапаевский"} <= forms
    assert not {f for f in forms if f.isascii()}


def test_town_adjectives_from_words_names_seas_and_peninsulas_are_left_out() -> None:
    for name, noun, adjective in [
        ("Mikhaylovsk", "Михайловске", "Михайловский"),
        ("Baltiysk", "Балтийске", "Балтийский"),
        ("Kaspiysk", "Каспийске", "Каспийский"),
        ("Partizansk", "Партизанске", "Партизанский"),
        ("Mariinsk", "Мариинске", "Мариинский"),
        ("Krymsk", "Крымске", "Крымский"),
    ]:
        forms = _forms(name)
        assert noun in forms, name
        assert adjective not in forms, name
    assert not {
        f for f in _forms("Krymsk") if f.startswith(("Крымск", "Кримск")) and f.endswith("ий")
    }


def test_small_towns_of_other_shapes_are_not_places() -> None:
    # names not in -ск are too often words, names or phrases: Анна, Озёры, Ломоносов,
    # Большой Камень, Парнас
    assert not {"Анна", "Озёры", "Ломоносов", "Большой Камень", "Парнас"} & {
        f for p in load_places() for f in p.forms
    }
