"""Cities that share their name with a smaller place abroad: the city is named, the namesake
said with its state is not (the gazetteer keeps a name for a city ten times the size of any
namesake abroad; see worker/taxonomy/gazetteer.py)."""

from __future__ import annotations

import pytest
from tagged import tags


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("Shelling in Donetsk killed three civilians overnight.", "ukraine"),
        ("Удар по Донецьку зруйнував школу.", "ukraine"),
        ("The port of Odesa reopened to grain ships.", "ukraine"),
        ("Drone strikes hit Odessa overnight, the governor said.", "ukraine"),
        ("Putin was born in St. Petersburg in 1952.", "russia"),
        ("The forum in Saint Petersburg drew few Western executives.", "russia"),
        ("Kazan hosted the BRICS summit in October.", "russia"),
        ("Tainan is the oldest city on the island.", "taiwan"),
        ("A chip plant in Taoyuan halted production after the quake.", "taiwan"),
    ],
)
def test_the_big_city_is_named(text: str, tag: str) -> None:
    assert tag in tags(text)


@pytest.mark.parametrize(
    "text",
    [
        "He grew up in Odessa, Texas, an oil town in the Permian Basin.",
        "Rigs near Odessa, Tex., are idle as prices fall.",
        "She covers city hall for the Odessa American.",
        "He retired to St. Petersburg, Florida, in 1998.",
        "The St. Petersburg Times won two Pulitzer Prizes.",
        "Petersburg, Va., lies south of Richmond.",
    ],
)
def test_the_namesake_said_with_its_state_is_not(text: str) -> None:
    assert not {"ukraine", "russia"} & tags(text)
