"""The rules the second Ukrainian pool (uk_gec_pool2.jsonl) led to: the cases of cities whose
names end in a soft sign, as masculine nouns take them (з Маріуполя, под Ярославлем, до
Коростеня); Ukraine's state bodies, its academy and its resort named alone (КМДА, МОЗ,
Могилянка, Буковель); a music genre between the adjective and a noun of culture ("українські
рок зірки"); and Crimea in English, French and Portuguese, as Крым, Крим and 克里米亚 are.

Cases marked ``real`` are verbatim from ua-gec 2.1.3's source texts (``ua_gec/data/gec-only/
<part>/source/<n>.src.txt``, with the pool's id); the ``constructed`` ones are controls, news
sentences that must keep (or must not get) the tag.
"""

from __future__ import annotations

import pytest
from tagged import tags as _tags

from worker.taxonomy.gazetteer import case_forms


def _assert_country(text: str, country: str, tagged: bool) -> None:
    found = _tags(text)
    assert (country in found) is tagged, found


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # real, train/1857 (ukgec2-197): Korosten's genitive
        ("Планувала сьогодні їхати до Коростеня, щоб там передивлятись лекції з ІТ", "ukraine"),
        # constructed: the genitive, instrumental and locative of masculine soft-sign names,
        # Ukrainian and Russian
        ("Евакуаційний потяг з Маріуполя прибув до столиці.", "ukraine"),
        ("Під Мелітополем тривають бої.", "ukraine"),
        ("Переговоры прошли в Севастополе и Симферополе.", "ukraine"),
        ("Колонна техники замечена под Ярославлем.", "russia"),
        ("Губернатор Ставрополя ушёл в отставку.", "russia"),
        # constructed: a feminine one keeps its own cases
        ("Из Перми и Казани сообщают о снегопаде.", "russia"),
    ],
)
def test_soft_sign_cities_in_their_cases(text: str, country: str) -> None:
    _assert_country(text, country, True)


def test_soft_sign_case_forms() -> None:
    assert {"Маріуполя", "Маріуполем", "Маріуполі"} <= set(case_forms("Маріуполь"))
    assert {"Ярославля", "Ярославлем", "Ярославле"} <= set(case_forms("Ярославль"))
    assert {"Казани", "Казанью"} <= set(case_forms("Казань"))


@pytest.mark.parametrize(
    "text",
    [
        # real, test/0252 (ukgec2-005): Kyiv's state administration
        "А вдень апдейт, що ще нічого не вирішили і остаточно скаже тільки голова КМДА на "
        "онлайн виступі",
        # real, train/0594 (ukgec2-088): the health ministry
        "Дуже хочу позитивно відзначити інформаційну продукцію безпосередньо від метрополітену, "
        "а також від МОЗу.",
        # real, train/0126 (ukgec2-032): the Kyiv-Mohyla Academy
        "Ваші випускники активно допомагають своєму факультету та Могилянці загалом.",
        # real, train/0834 (ukgec2-112): the resort
        "а думками він все ще був на тій клятій лижні в Буковелі.",
        # constructed
        "МОЗ оновив перелік країн червоної зони.",
        "Держкіно оголосило результати пітчингу.",
        "Студенти Києво-Могилянської академії вийшли на акцію.",
        "Ski season opens in Bukovel this weekend.",
    ],
)
def test_state_bodies_and_places_named_alone(text: str) -> None:
    _assert_country(text, "ukraine", True)


@pytest.mark.parametrize(
    "text",
    [
        # constructed: words of the same letters
        "Ця ода прекрасна, а мій мозок втомився.",
        "Мозаїка на стіні собору збереглася.",
    ],
)
def test_no_body_in_ordinary_words(text: str) -> None:
    _assert_country(text, "ukraine", False)


@pytest.mark.parametrize(
    ("text", "tagged"),
    [
        # real, train/0989 (ukgec2-136): stars of a genre are culture, as stars are
        (
            "Серед гостей також можливо будуть відомі політики та бізнесмени, а також українські "
            "рок зірки.",
            False,
        ),
        # constructed: a genre joined by a hyphen, before a noun of culture
        ("Українська рок-музика звучала на фестивалі в Берліні.", False),
        ("Український поп-співак дав концерт у Варшаві.", False),
        # constructed controls: a band, the state, or a list with a noun of the state keep it
        ("Українські рок-гурти виступили на фестивалі в Берліні.", True),
        ("Українська влада підтримала рок-фестиваль.", True),
        ("Українські військові та поп зірки зібрали кошти.", True),
    ],
)
def test_a_genre_before_a_noun_of_culture(text: str, tagged: bool) -> None:
    _assert_country(text, "ukraine", tagged)


@pytest.mark.parametrize(
    ("text", "tagged"),
    [
        # constructed: Crimea in English, Spanish, Italian, French and Portuguese
        ("Russia annexed Crimea in 2014.", True),
        ("Crimea's beaches were empty this summer.", True),
        ("Rusia se anexionó Crimea en 2014.", True),
        ("La Russia ha annesso la Crimea nel 2014.", True),
        ("La Crimée a été annexée par la Russie.", True),
        ("A Rússia anexou a Crimeia em 2014.", True),
        # constructed: the adjective names a war and a fever, not the region
        ("Cases of Crimean-Congo haemorrhagic fever rose in Iraq.", False),
        ("Florence Nightingale nursed soldiers in the Crimean War.", False),
    ],
)
def test_crimea(text: str, tagged: bool) -> None:
    _assert_country(text, "ukraine", tagged)


@pytest.mark.parametrize(
    ("text", "tagged"),
    [
        # constructed: Russian cases and adjectives of Ukraine's regional centres
        ("Бои идут в Донецке и под Донецком.", True),
        ("Донецкий аэропорт разрушен.", True),
        ("Он уехал из Одессы в Киев.", True),
        ("Одесский порт возобновил работу.", True),
        ("Завод в Запорожье остановлен.", True),
        ("Жители Кривого Рога вышли на улицы.", True),
        ("Криворожский металлургический комбинат сократил выпуск.", True),
        ("Винницкий горсовет принял бюджет.", True),
        ("Севастопольский порт закрыт.", True),
        # constructed controls: surnames, a saint and Russia's own places
        ("Князь Черкасский и генерал Львовский приехали.", False),
        ("Николаевская церковь отреставрирована.", False),
        ("В Черкесске прошёл митинг.", False),
        # constructed (a review's): Donetsk of Rostov oblast and Moscow's streets named after
        # Ukraine's cities; a city's institution after an opening adverb stays the city
        ("В Донецке Ростовской области открыли новую школу.", False),
        ("Донецкий городской суд Ростовской области вынес приговор.", False),
        ("На Одесской улице в Москве прорвало трубу.", False),
        ("ДТП на Севастопольском проспекте в Москве: пострадали трое.", False),
        ("Вчера Одесская школа искусств открылась после ремонта.", True),
        ("Сегодня Донецкий антрацит почти не добывают.", True),
    ],
)
def test_russian_cases_and_adjectives_of_ukrainian_centres(text: str, tagged: bool) -> None:
    _assert_country(text, "ukraine", tagged)


@pytest.mark.parametrize(
    ("text", "tagged"),
    [
        # constructed: the health ministry alone is Ukraine's in Ukrainian text
        ("МОЗ рекомендує вакцинуватися перед зимою.", True),
        ("Держкіно оголосило конкурс кінопроєктів.", True),
        # constructed (a review's): another country's health ministry, the USSR's film agency
        ("МОЗ Ізраїлю повідомило про спалах кору в Єрусалимі.", False),
        ("За даними МОЗ РБ, кількість випадків зросла вдвічі.", False),
        ("Держкіно СРСР затвердило план випуску фільмів на 1975 рік.", False),
    ],
)
def test_a_ministry_named_alone_and_another_countrys(text: str, tagged: bool) -> None:
    _assert_country(text, "ukraine", tagged)
