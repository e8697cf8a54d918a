"""Sentences of the review of taxonomy 2.23.0's changes that the first version got wrong: a
namesake said with where it is, a surname, a footballer, dishes, sports bodies' sanctions,
another country's ministry, arms sold with the economy in another sentence, restrictions on
exporting things that are no goods, and an economy's main export said with its owner."""

from __future__ import annotations

import pytest
from tagged import tags


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("Donetsk, a town in Russia's Rostov region, lies on the Seversky Donets.", "ukraine"),
        (
            "The Tampa Bay Rays play their home games at Tropicana Field in St. Petersburg.",
            "russia",
        ),
        ("Union troops laid siege to Petersburg for nine months in 1864.", "russia"),
        ("Elia Kazan directed On the Waterfront in 1954.", "russia"),
        ("Taoyuan County in Hunan's Changde city is famous for its peach blossoms.", "taiwan"),
        ("Yilan County in Heilongjiang lies on the Songhua River.", "taiwan"),
        ("Aqsu, a town in Kazakhstan's Pavlodar region, hosts a ferroalloy plant.", "china"),
        ("Balaklava is a small farming town in South Australia's Mid North.", "ukraine"),
        ("Recipe: Henan braised noodles with lamb and chilli oil.", "china"),
        ("Hubei-style steamed fish is served at the banquet.", "china"),
        ("Barcelona winger Lamine Yamal scored twice against Real Betis.", "russia"),
        ("Shelling hit Novgorod-Siverskyi in the Chernihiv region overnight.", "russia"),
        (
            "Formosa, the capital of the Argentine province of the same name, lies on the river.",
            "taiwan",
        ),
        ("Pokrovsk, a town on the Lena river in Yakutia, flooded.", "ukraine"),
        ("Илья Пригожин получил Нобелевскую премию по химии.", "russia"),
        ("МЗС Швеції викликало посла.", "ukraine"),
        ("Міноборони Південної Кореї повідомило про навчання.", "ukraine"),
        ("Створіть нову пошту на Gmail за дві хвилини.", "ukraine"),
        ("The West Texas city of Odessa saw a mass shooting in 2019.", "ukraine"),
        ("Odessa Young stars as the young Joan.", "ukraine"),
    ],
)
def test_the_namesake_word_or_other_owner_is_not_the_country(text: str, tag: str) -> None:
    assert tag not in tags(text)


@pytest.mark.parametrize(
    "text",
    [
        "The compiler prohibits the import of cyclic dependencies.",
        "The council restricted the export of the mayor's emails.",
        "各国都在加大力度制裁电信诈骗犯罪。",
        "UEFA imposed sanctions on the Russian club over racist chanting.",
        "FIFA lifted sanctions on Russia's national team.",
        "They disarm land mines after the war on the border between Turkey and Iraq. "
        "The mines can be re-sold to arms dealers in the nearby town.",
        "React's main export is createElement.",
    ],
)
def test_no_trade(text: str) -> None:
    assert "trade" not in tags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Chile's main export, copper, fell in price.",
        "Cotton, the country's main export, suffered from drought.",
        "India banned the export of rice to curb prices.",
        "Russia's purchases of Iranian drones worried Kyiv.",
        "Washington slapped duties on Chinese steel.",
        "Beijing retaliated with levies on soybeans from the United States.",
        "Russland liefert weiterhin Öl nach Indien.",
        "Rusia vende petróleo a la India con descuento.",
        "China kaufte im vergangenen Jahr mehr Sojabohnen aus Brasilien.",
        "联合国安理会对朝鲜实施制裁。",
    ],
)
def test_trade(text: str) -> None:
    assert "trade" in tags(text)


@pytest.mark.parametrize(
    "text",
    [
        "The clerk's duties include filing and answering the phone.",
        "Excise duties on wine rose in the budget.",
        "He was relieved of his duties after the scandal in Moscow.",
        "Der Bäcker in Berlin liefert Brötchen nach Potsdam.",
        "Die Ukraine bezieht Stellung gegen Russland.",
        "Le livre de Chine est arrivé à Paris.",
    ],
)
def test_a_duty_a_delivery_or_a_book_of_another_kind_is_no_trade(text: str) -> None:
    assert "trade" not in tags(text)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Courses are taught in English, Russian and Ukrainian.", set()),
        ("She speaks English, Russian and Ukrainian fluently.", set()),
        ("The website is offered in English, French, Russian and Chinese.", set()),
        ("The menu is in English and Chinese.", set()),
        ("Russian and Ukrainian troops clashed near the river.", {"russia", "ukraine"}),
        ("The city fell in French and Russian hands.", {"russia"}),
    ],
)
def test_a_list_of_languages_after_in_or_speaks(text: str, found: set[str]) -> None:
    assert tags(text) & {"russia", "ukraine", "china"} == found
