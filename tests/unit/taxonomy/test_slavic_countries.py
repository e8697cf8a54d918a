"""Country tags on Russian, Ukrainian, Polish and Hungarian text (taxonomy 2.19.0's pool).

Each case is a short sentence, verbatim, from the unlabelled pool that round read (ua-gec,
tokenize-uk's Wikipedia extract, the Debian fortunes-ru and fortunes-pl, chardet's feeds;
tests/eval/LABELLING.md): what the rules count and what they leave out.
"""

from __future__ import annotations

import pytest
from tagged import tags as _tags

from worker.pipeline.tag import _another_accent


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # an art, a literature, a music or a culture named after a nation is culture, not the
        # country (LABELLING.md), as a saying is; also after народный and a list of adjectives
        ("Я боюсь, что у русской литературы одно только будущее - ее прошлое", "russia"),
        ("Сегодня только тот еврей,  Кто теплит русскую культуру.", "russia"),
        ("Грузинский национальный ансамбль исполняет русскую народную песню", "russia"),
        ("Если любишь, так женись, а не любишь - отвяжись.\n\t\t-- русская и белорусская "
         "пословица", "russia"),
        ("Друзі, ось і я підібрав на Spotify свій плейлист української музики", "ukraine"),
        ("Так у перекладі українською велика частина епіграфів стала цитатами з української "
         "літератури.", "ukraine"),
        ("Я це списую на руску культуру, яка просочилася і в наші мізки.", "russia"),
        ("весь той поступ, що відбувся в українському кіно, літературі, образотворчоіму "
         "мистецтві, скульптурі.", "ukraine"),
        # the language learnt: an accusative adjective alone after вивчити
        ("Хочете дійсно насолити московитам? Вивчіть українську і вони взвиють", "ukraine"),
        # the parts of a language (words, terms, alphabet, script, spelling, speech) are the
        # language
        ("Іноді навіть нові українські терміни забуваються.", "ukraine"),
        ("До багатьох мов світу увійшли українські слова «гопак», «козак», «степ».", "ukraine"),
        ("Вона була пов'язана з документом „Правила русской орфографии и пунктуации“.",
         "russia"),
        ("Ми розробили українську абетку, без впливу російського гражданського шрифту.",
         "russia"),
        ("Ми розробили українську абетку.", "ukraine"),
        ("Без грамматической ошибки  Я русской речи не люблю.", "russia"),
        ("З абетки вилучено букву ґ, а українську наукову термінологію переглянуто й узгоджено",
         "ukraine"),
        ("а деякі збереглися в окремих українських діалектах.", "ukraine"),
        ("как метко сказанное русское  слово.", "russia"),
    ],
)  # fmt: skip
def test_a_culture_or_a_language_named_by_the_adjective_is_not_the_country(
    text: str, country: str
) -> None:
    assert country not in _tags(text)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # the state, its people, army and companies stay the country's
        ("Натрапив на цікаве відео про системи десантування в українській армії.", "ukraine"),
        ("Коли українські агенції зачинили свої офіси на карантин.", "ukraine"),
        ("Трагедия русской истории  Легко перешла в оперетту.", "russia"),
        ("зазнавала утисків із боку польської та російської влади.", "russia"),
        # a city before a word that starts like a culture noun stays the city
        ("проекта города Москвы киностудии Союзмультфильм", "russia"),
    ],
)  # fmt: skip
def test_the_state_its_army_and_its_firms_stay_the_country(text: str, country: str) -> None:
    assert country in _tags(text)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a person's nationality as a descriptor, before a noun for an author, an artist or a
        # scholar, is not the country (LABELLING.md), in Ukrainian and Polish
        ("Оселя грішників – це пристойна спроба в манґу від українського автора.", "ukraine"),
        ("“Фелікс Австрія” другий роман сучасної української авторки Софії Андрухович.",
         "ukraine"),
        ("- Powiedz Jasiu, kto był największym rosyjskim poetą?", "russia"),
    ],
)  # fmt: skip
def test_a_nationality_before_an_author_or_a_scholar_is_not_the_country(
    text: str, country: str
) -> None:
    assert country not in _tags(text)


@pytest.mark.parametrize(
    ("text", "country", "tagged"),
    [
        # Muscovy names Russia, as the Tsardom of Muscovy does (LABELLING.md)
        ("Натрапив на допис про блогерку, яка публічно заявила про любов до Московії.",
         "russia", True),
        ("Інший критерій — реакція Московії теж рідко підводить.", "russia", True),
        # Russian roulette, Russianisms and the language's misspelt adjective are not Russia
        ("65. Chuck używa do gry w rosyjską ruletkę w pełni naładowanego rewolweru.", "russia",
         False),
        ("За радянських часів до лексичного складу ввійшло багато росіянізмів.", "russia",
         False),
        ("в Україні могли казати \"я рускоязичний украинец\".", "russia", False),
    ],
)  # fmt: skip
def test_muscovy_is_russia_and_its_roulette_is_not(text: str, country: str, tagged: bool) -> None:
    assert (country in _tags(text)) is tagged


def test_a_plural_city_name_in_its_case_is_the_place() -> None:
    # ua-gec: Cherkasy in the locative plural
    assert "ukraine" in _tags("Подивитись її можна у Черкасах, по вул Олішера Навої, 26.")


def test_a_word_with_other_accents_than_the_alias_is_another_word() -> None:
    # fortunes-cs: Czech ruší ("cancels") is not Romanian ruși (Russians)
    text = "zavádějí nové organizační struktury, ruší tradiční hranice v podniku"
    assert "russia" not in _tags(text)
    # the alias itself, with the cedilla Romanian also types, or with no accents, stays
    assert not _another_accent("ruşi", 0, 4, "ruși")
    assert not _another_accent("rusi", 0, 4, "ruși")
    assert _another_accent("ruší", 0, 4, "ruși")


def test_czech_names_the_chinese_as_a_people_in_the_plural() -> None:
    # fortunes-cs: the Chinese as a market
    assert "china" in _tags('"Číňané každý rok koupí tři milióny počítačů, přičemž za software')
