"""Rules read on the English news and editorials pool (test_en_news_pool.py): the trade words
of the 1987-1995 editorials and of later news (the GATT and its rounds, most-favoured-nation
status, Super 301, Jackson-Vanik), what "sale" and "sales" do not make trade, and places
the countries are named by (Crimea, Tiananmen, the Muscovites). A review on constructed news
withdrew COCOM (the EU's Communications Committee), the Kennedy Round (golf), the Doha-Runde
(Gaza's ceasefire talks), most-favoured-nation status in other languages (contracts' and
courts' clauses) and "sale"/"sales" (shops sell drones, fish tanks and toy planes): the cases
below hold the controls it wrote. Quotes from the pool are texts that must keep their tags;
the rest are constructed controls, in English and in the other languages whose texts the
words meet."""

from __future__ import annotations

import pytest
from tagged import tags as _tags


def _trade(text: str) -> bool:
    return "trade" in _tags(text)


@pytest.mark.parametrize(
    ("text", "tagged"),
    [
        ("The GATT talks in Geneva collapsed last week over farm subsidies.", True),
        ("Negotiators of the Uruguay Round have until December to reach a deal.", True),
        ("The Doha Round has stalled over farm subsidies and industrial tariffs.", True),
        ("Les négociations du GATT à Genève ont échoué sur l'agriculture.", True),
        ("Die Verhandlungen im Rahmen des GATT wurden in Genf fortgesetzt.", True),
        ("Die Uruguay-Runde soll bis Dezember abgeschlossen werden.", True),
        ("Les négociations du cycle de l'Uruguay reprennent à Genève.", True),
        ("Los negociadores de la Ronda Uruguay se reunieron en Bruselas.", True),
        # a contract's most-favoured-nation clause and Bluetooth's GATT are no trade
        ("The drug-pricing order gives Medicare most-favored-nation status for insulin.", False),
        ("Das Bundeskartellamt untersagte Booking.com die Meistbegünstigungsklauseln.", False),
        ("A flaw in the Bluetooth LE GATT server of Chinese smart locks was disclosed.", False),
        ("Researchers in Beijing found long GATT repeats in the rice genome.", False),
        # a team's round in football, a round of ceasefire talks, a golfer's round
        ("Uruguay round off their World Cup qualifying campaign against China.", False),
        ("Brazil v Uruguay Round of 16 preview: a Chinese referee is named.", False),
        ("A second Doha round of talks between Russia and Ukraine was called off.", False),
        ("Die Doha-Runde der Gespräche über eine Waffenruhe in Gaza wurde vertagt.", False),
        ("After a Kennedy round of 66, the Chinese golfer led by two.", False),
        # German "Gatt", a ship's hole or a tidal channel, is not the GATT
        ("Das Schiff lief bei Ebbe durch das Gatt zwischen den beiden Inseln.", False),
        ("Congress voted to deny China most-favored-nation status.", True),
        ("The Administration renewed China's most-favoured-nation trade privileges.", True),
        ("Beijing wants MFN status renewed without conditions.", True),
        ("The Super 301 provision lets the President retaliate against Japan.", True),
        # a round of another game, a nation's favourite, the number 301 alone
        ("The Uruguay national team won the first round of the Copa America.", False),
        ("Uruguay ganó la primera ronda de la Copa América.", False),
        ("Australia is the most favoured nation of Britain's tourists this summer.", False),
        ("Route 301 was closed after the storm.", False),
        ("The EU's Communications Committee (COCOM) met Ukraine's regulator on 5G.", False),
        ("The Jackson-Vanik amendment ties trade benefits to emigration.", True),
        ("Der Jackson-Vanik-Zusatz knüpfte Handelsvorteile an die Ausreisefreiheit.", True),
    ],
)  # fmt: skip
def test_the_gatt_mfn_status_and_super_301(text: str, tagged: bool) -> None:
    assert _trade(text) is tagged, _tags(text)


@pytest.mark.parametrize(
    ("text", "tagged"),
    [
        # arms sold abroad said with a verb stay trade; an English arms word ends there
        ("Washington sold F-16 fighters to Taiwan in 1992.", True),
        ("Russia sold jets to India.", True),
        ("Volkswagen's sales of Jetta sedans in China rose 8 percent.", False),
        ("Sales at Armstrong World Industries' plants in China were flat.", False),
        ("DJI's sales of consumer drones in China jumped 30 percent on Singles' Day.", False),
        ("Sales of fish tanks and toy planes in Russia doubled before Christmas.", False),
        ("The sale of the company's reactor-parts division to a Chinese investor was blocked.",
         False),
        # the pool's sales at home: a bookstore's, retail sales, a sale contract
        ("Anyone who doubts that the Japanese are thorough need only consult the ''New York "
         "Dictionary'' now on sale at a Japanese bookstore in Rockefeller Center.", False),
        ("The continuing turmoil in world stock markets threatens payrolls, retail sales, tax "
         "receipts and real estate values in a city heavily dependent on the finance industry.",
         False),
        ("\"We've actually got sale contracts going out to all those people today and we're "
         "really looking at accelerating the whole thing,\" Mr McDonald said.", False),
        # arms without a sale, a sale of no arms, a sale of planes at home
        ("Apache helicopters and F-16 fighter-bombers blasted security targets in Gaza City.",
         False),
        ("The sale of the company to a Japanese group was approved by its shareholders.", False),
        ("Sales of new cars in Germany rose by 4 per cent in March.", False),
        ("The airline's sale of two old planes to a Texas museum raised $2 million.", False),
    ],
)  # fmt: skip
def test_sales_and_a_sale_of_arms_abroad(text: str, tagged: bool) -> None:
    assert _trade(text) is tagged, _tags(text)


@pytest.mark.parametrize(
    ("text", "country", "tagged"),
    [
        # Crimea, a region of Ukraine (ISO 3166-2:UA-43), by its names in Latin scripts
        ("The Crimea is home to the Black Sea Fleet.", "ukraine", True),
        ("Russia annexed Crimea in 2014.", "ukraine", True),
        ("Die Krim wurde 2014 von Russland annektiert.", "ukraine", True),
        ("La Crimée a été annexée en 2014.", "ukraine", True),
        ("La península de Crimea fue anexionada en 2014.", "ukraine", True),
        ("A Crimeia foi anexada pela Rússia em 2014.", "ukraine", True),
        # not the Crimean War nor the Crimean Tatars abroad, not a German Krimi
        ("The Crimean War ended in 1856.", "ukraine", False),
        ("Crimean Tatars in Turkey marked the anniversary.", "ukraine", False),
        ("Ein Krimi aus Hamburg lief am Sonntag im Fernsehen.", "ukraine", False),
        # Crimean-Congo fever by its other spellings, Paris's rue de Crimée (a review's controls)
        ("Crimea-Congo fever cases rose in Iraq this summer.", "ukraine", False),
        ("Das Krim-Kongo-Fieber breitet sich in der Türkei aus.", "ukraine", False),
        ("Un incendie s'est déclaré rue de Crimée, dans le 19e arrondissement.", "ukraine", False),
        ("Auf der Krim wurde am Sonntag gewählt.", "ukraine", True),
        # Tiananmen, Beijing's square, as 天安门 is
        ("Tiananmen Square was cleared by troops.", "china", True),
        ("The Tiananmen Mothers asked for an inquiry.", "china", True),
        # the people of Moscow (LABELLING.md: a Muscovite), not the mica
        ("Muscovites lined up for bread.", "russia", True),
        ("A Muscovite told reporters the shops were empty.", "russia", True),
        ("The granite holds quartz, muscovite and biotite.", "russia", False),
        ("Muscovite mica from India is used in capacitors.", "russia", False),
    ],
)  # fmt: skip
def test_places_and_people_of_the_countries(text: str, country: str, tagged: bool) -> None:
    assert (country in _tags(text)) is tagged, _tags(text)
