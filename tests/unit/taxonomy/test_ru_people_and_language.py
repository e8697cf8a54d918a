"""Russian русский as a people, a character, a joke's characters or a language, not the
country (LABELLING.md: ethnicity, culture, language and a person's nationality are not the
country): the adjective before a noun for a member of a people, its classes and trades, its
soul, character and ways ("У русского человека", "Русские программисты"), a nationality
before scholars ("Российским ученым удалось"), the idiom "новые русские" with no noun after
it, and the masculine locative after в with no noun of its own case ("в русском наоборот").

``real`` cases quote Debian's fortunes-ru 1.52-3.1 (``/usr/share/games/fortunes/ru/<file>``,
entry number from 1, split at lone ``%`` lines) verbatim; ``constructed`` controls must keep
the tag: the state, its army, hackers, places, and nouns of their own case after в русском.
"""

from __future__ import annotations

import pytest
from tagged import tags as _tags

# (source, text): each names Russia only as a people, a character or a language.
REAL_NOT_RUSSIA = (
    ("real, 2002.11 #13", "У русского человека аппетит приходит во время... пития."),
    ("real, freewill #98", "Русский человек - хороший человек, добрый, да только отчего-то все"),
    (
        "real, freewill #95",
        '"Широкая натура", "душа-человек" - каких только мерзостей не простит \n'
        "своему ближнему русская вареная душа за это качество.",
    ),
    (
        "real, polit #191",
        "Когда присмотришься к русскому добродушию, видишь его очень похожим на\n"
        "азиатское безразличие.",
    ),
    ("real, work #262", "Русский мужик медленно запрягает, но быстро ездит.\n\t\t-- Бисмарк"),
    (
        "real, b13 #83",
        "Он обладал чертой, присущей многим русским интеллигентам - он был отвратительно\n"
        "нечистоплотен и до безумия брезглив.",
    ),
    (
        "real, programming #80",
        "Русские программисты всегда в настроении для программирования.",
    ),
    ("real, polyakov #14", "Это чисто русская традиция: не стреляющая Царь-пушка"),
    (
        "real, fomenko #523",
        "Фабрика детских игрушек изготовила специальный конструктор для детей новых русских: "
        '"Разборки"',
    ),
    (
        "real, russia_today #129",
        "Когда смотришь на ворота новых русских - чувствуешь себя бараном.",
    ),
    (
        "real, book #96",
        'Язык народа - его характер. В английском пишут "Я" с большой буквы, а "вы" - \n'
        'с маленькой; в русском наоборот - "я", но - "Вы".',
    ),
)

# (source, text): each names the country and keeps russia.
KEEPS_RUSSIA = (
    ("constructed", "На параде показали новые русские ракеты."),
    ("constructed", "Российские хакеры атаковали сайт министерства."),
    # the state's adjective before people: its citizens
    ("constructed", "Российские женщины получили право на пособие."),
    ("constructed", "Российские люди устали от войны."),
    ("constructed", "Русские солдаты вошли в город."),
    ("constructed", "В русском музее открылась выставка."),
    ("constructed", "Жить в русском городе трудно."),
    ("constructed", "Русский человек живёт в Москве."),
    ("constructed", "Российские учёные получили грант от правительства России."),
    ("constructed", "Российские власти ввели запрет."),
    # the review of these rules (constructed): the state's adjective before scholars,
    # programmers or a character, a list of nouns after the people's adjective, and the
    # language locative with a noun of its own after it
    ("constructed", "Российские учёные и военные провели испытания новой ракеты."),
    ("constructed", "Российские программисты массово уезжают из страны после мобилизации."),
    ("constructed", "Российский характер экономики определяется нефтью и газом."),
    ("constructed", "Русские программисты и хакеры из ГРУ."),
    ("constructed", "Он прослужил в русском военном флоте двадцать лет."),
    ("constructed", "Об этом заявили в русском МИД в понедельник."),
    ("constructed", "Переговоры прошли в русском и французском посольствах."),
    (
        "real, 2001.04 #10",
        "Деньги должны крутиться. В России они крутятся так быстро, что центробежная сила \n"
        "выбрасывает их из страны!",
    ),
    ("real, 2002.12 #70", "Российский фарс: Трагедия меняет режиссёров."),
)


@pytest.mark.parametrize(("source", "text"), REAL_NOT_RUSSIA)
def test_people_character_or_language_is_not_russia(source: str, text: str) -> None:
    assert "russia" not in _tags(text), source


@pytest.mark.parametrize(("source", "text"), KEEPS_RUSSIA)
def test_the_country_keeps_russia(source: str, text: str) -> None:
    assert "russia" in _tags(text), source
