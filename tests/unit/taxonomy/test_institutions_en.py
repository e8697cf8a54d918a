"""Institutions, companies and officials English news names alone (institutions.yaml 1.8.0),
and the acronyms and surnames left out because they name something else as often."""

from __future__ import annotations

import pytest
from tagged import tags


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("Peskov said the Kremlin would respond in kind.", "russia"),
        ("Prigozhin led a short-lived mutiny in June.", "russia"),
        ("Wagner Group fighters left Mali last year.", "russia"),
        ("The Federation Council approved the treaty.", "russia"),
        ("Kaspersky software was banned from federal computers.", "russia"),
        ("Syrskyi said troops were holding the line.", "ukraine"),
        ("Zaluzhny was replaced as commander in chief.", "ukraine"),
        ("Kyivstar restored its network after the cyberattack.", "ukraine"),
        ("ZTE agreed to pay a fine of $1 billion.", "china"),
        ("ByteDance owns the video app.", "china"),
        ("CATL will build a battery plant in Hungary.", "china"),
        ("The National People's Congress opened its annual session.", "china"),
        ("Hon Hai reported record quarterly sales.", "taiwan"),
        # LABELLING.md: China Airlines by its name alone is china
        ("A China Airlines jet landed in Los Angeles.", "china"),
        ("He Lifeng led the delegation to the trade talks.", "china"),
    ],
)
def test_the_institution_names_its_country(text: str, tag: str) -> None:
    assert tag in tags(text)


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("Daniil Medvedev won the match in straight sets.", "russia"),
        ("The Financial Stability Board (FSB) warned on bank risks.", "russia"),
        ("Print it in PLA filament at 210 degrees.", "china"),
        ("CCTV footage showed the suspect leaving.", "china"),
        ("The UMC voted on the measure at its conference.", "taiwan"),
        ("Plant an Acer palmatum in partial shade.", "taiwan"),
        ("The DPP decided not to prosecute.", "taiwan"),
        ("The Gerasimov Institute of Cinematography trained him.", "russia"),
        # common names, and namesakes (review of institutions 1.8.0)
        ("Li Qiang, a postdoctoral researcher at Stanford, won the prize.", "china"),
        ("Pianist Wang Yi, 24, won the audience award in Texas.", "china"),
        ("Eric Chu, a Hong Kong-born chef in Vancouver, opened a restaurant.", "taiwan"),
        ("The Sudan People's Liberation Army fought Khartoum's forces.", "china"),
        ("ICBC raised car insurance rates for drivers in British Columbia.", "china"),
        ("Peskov, 43, a goalkeeper for a Belarusian club, signed a new contract.", "russia"),
        ("Federation Council, a local government area in New South Wales, closed roads.", "russia"),
    ],
)
def test_the_name_of_something_else_is_not(text: str, tag: str) -> None:
    assert tag not in tags(text)
