"""Regions by the names news gives them: the short name inside ISO 3166-2's full one
("Republik Tschetschenien" is "Tschetschenien", "Hubei Sheng" is Hubei), Siberia and Chechnya in
the languages whose translations pycountry lacks; a dish named after a province is cuisine."""

from __future__ import annotations

import pytest
from tagged import tags

from worker.taxonomy.gazetteer import _short_names, load_places


def test_the_short_name_inside_a_full_name_is_a_form() -> None:
    assert _short_names(["Republik Tschetschenien", "Republica Cecenă (Cecenia)"]) == [
        "Tschetschenien",
        "Cecenia",
    ]
    # an adjective after the Polish and Italian word, and short names, are not
    assert _short_names(["Republika Czeczeńska", "Repubblica Cecena", "Republik Komi"]) == []
    forms = {f for p in load_places() if p.origin == "iso3166-2:RU-CE" for f in p.forms}
    assert {"Tschetschenien*", "Cecenia*"} <= forms


@pytest.mark.parametrize(
    "text",
    [
        "Der Krieg in Tschetschenien dauerte zehn Jahre.",
        "La guerra de Chechenia terminó en 2009.",
        "Un attentato in Cecenia ha ucciso due agenti.",
        "Les incendies en Sibérie se multiplient cet été.",
        "In Sibirien brennen seit Wochen die Wälder.",
        "Os incêndios na Sibéria avançam.",
        "Die Republik Baschkortostan liegt am Ural.",
    ],
)
def test_the_region_names_russia(text: str) -> None:
    assert "russia" in tags(text)


def test_the_tiger_and_the_finnish_karelia_are_not_russia() -> None:
    assert "russia" not in tags("Im Zoo wurde ein Sibirischer Tiger geboren.")
    assert "russia" not in tags("Carelia del Norte es una región de Finlandia.")


@pytest.mark.parametrize(
    "text",
    [
        "Floods hit Hunan and Hubei after a week of rain.",
        "A drought in Henan cut the wheat harvest.",
        "An earthquake in Gansu killed more than 100 people.",
        "Smog covered Hebei for a third day.",
        "Anhui lifted its ban on fireworks.",
        "Coal output in Inner Mongolia rose 8 percent.",
    ],
)
def test_china_s_provinces_by_their_pinyin_names(text: str) -> None:
    # ISO 3166-2 says "Hubei Sheng"; news says Hubei
    assert "china" in tags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Add a pinch of Sichuan pepper to the oil.",
        "We ordered Hunan beef and fried rice.",
        "The Hunan Garden restaurant on Main Street closed.",
    ],
)
def test_a_dish_named_after_a_province_is_no_country(text: str) -> None:
    assert "china" not in tags(text)


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("In Lwiw heulten in der Nacht die Sirenen.", "ukraine"),
        ("Raketen trafen Mykolajiw und Riwne.", "ukraine"),
        ("Die Konferenz von Jalta teilte Europa.", "ukraine"),
        ("Der Gipfel fand in Kasan statt.", "russia"),
        ("Japan besetzte 1931 die Mandschurei.", "china"),
        ("Le Japon envahit la Mandchourie en 1931.", "china"),
    ],
)
def test_cities_and_regions_by_their_german_french_and_polish_names(text: str, tag: str) -> None:
    assert tag in tags(text)


def test_a_polish_word_and_a_prince_are_no_city() -> None:
    assert "ukraine" not in tags("Wszystkie boki są równe, a kąty proste.")
    assert "ukraine" not in tags("Prince Lvov headed the Provisional Government.")
