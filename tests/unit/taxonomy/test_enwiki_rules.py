"""Rules read on the English Wikipedia pool (test_enwiki_pool.py): trade said in an
encyclopaedia's and a history's words (commercial ties, custom duties, an economic blockade
beside another kind, a ban or restriction on the import or export of goods, export earnings
and an economy's main export), the coasting trade that stays inside one country, a list of
languages that names no country, and the old names of places of the countries (Formosa,
Manchuria, Muscovy). Quotes from the pool are texts that must keep their tags; the rest are
constructed news sentences, with controls that must not tag."""

from __future__ import annotations

import pytest
from tagged import tags as _tags


def _trade(text: str) -> bool:
    return "trade" in _tags(text)


@pytest.mark.parametrize(
    ("text", "tagged"),
    [
        # commercial ties between two economies, as commercial relations are
        ("Argentine Ministry of Foreign Relations: list of bilateral treaties with Angola (in "
         "Spanish only) Commercial and economic ties dominate the relations of each country.",
         True),
        ("Brazil and Angola have strong commercial ties.", True),
        ("Economic and commercial relations between Brazil and Argentina improved.", True),
        # a firm's ties at home, and economic ties alone (LABELLING.md), are not
        ("The firm cut its commercial ties with a supplier in Ohio.", False),
        ("Angola and Argentina established economic ties in 1975.", False),
        # customs duties in the singular spelling
        ("In their declarations Americans had deemed internal taxes like the Stamp Act as "
         "unlawful, but not external taxes like custom duties.", True),
        ("India's budget raised custom duty on gold and silver.", True),
        ("It became the custom for sons to take on their fathers' duties.", False),
        ("Set a custom duty cycle for the fan in the BIOS.", False),
        ("The tool lets you define custom duty rosters for nurses.", False),
        # an economic blockade said beside another kind
        ("The rebels faced economic and armaments blockades from the capitalist countries.",
         True),
        ("Israel maintained a military and economic blockade of Gaza.", True),
        ("The army's military blockade of the road lasted a week.", False),
        # a ban or a restriction laid on the import or export of goods
        ("Numerous countries have placed restrictions on the production, import or use of GMO "
         "foods and crops.", True),
        ("The government banned the import of plastic waste.", True),
        ("A ban on the export of rice was lifted on Monday.", True),
        # "import" as significance, and modules imported from files, are not
        ("The import of his remarks was lost on the audience.", False),
        ("Nothing of import was banned at the meeting.", False),
        ("Restrictions on the import of modules from other files apply in strict mode.", False),
        # nor data, evidence, jobs or ideas after "of" (a review's controls)
        ("The ban on the import of photos from cameras was lifted in the update.", False),
        ("The court halted the import of the recordings as evidence.", False),
        ("A ban on the export of jobs was proposed by the senator.", False),
        ("The regime banned the import of Western ideas.", False),
        # what an economy earns by exports, and its main export beside another economy
        ("Coffee provides most of Ethiopia's export earnings.", True),
        ("Oil accounts for 90% of export revenues.", True),
        ("Ethiopia's main export is coffee.", True),
        ("The module's main export is a single function.", False),
        ("South Korea's biggest export is semiconductors.", True),
        ("Brazil's biggest export is football talent.", False),
        ("Our main export to the world is American culture, the senator said.", False),
        # shipping between the ports of one coast is not trade between economies
        ("To punish the Americans the King planned to destroy their coasting-trade, bombard "
         "their ports; sack and burn towns along the coast and turn loose the Native Americans "
         "to attack civilians in frontier settlements.", False),
        ("India opened its coastwise trade to vessels flagged in France and Japan.", False),
        ("The blockade cut the colonies' trade with France and Spain.", True),
    ],
)  # fmt: skip
def test_trade_in_an_encyclopaedias_words(text: str, tagged: bool) -> None:
    assert _trade(text) is tagged, _tags(text)


@pytest.mark.parametrize(
    ("text", "country", "tagged"),
    [
        # a list of languages' names in a sentence about languages names no country
        ("Other common languages spoken, based on the size of their community, are Portuguese, "
         "Chinese, German, Spanish, and French.", "china", False),
        ("Some national languages like Finnish, Turkish, Russian, Serbo-Croatian (Serbian, "
         "Croatian and Bosnian) and Bulgarian have a very regular spelling system.", "russia",
         False),
        ("The school teaches English, Russian and Arabic languages.", "russia", False),
        # states, peoples and delegations listed so stay the countries
        ("The Chinese, German and French governments protested.", "china", True),
        ("Portuguese, Chinese and German tourists filled the hotels.", "china", True),
        ("Interpreters for several languages joined the Russian, French and German "
         "delegations.", "russia", True),
        ("In a statement issued in several languages, Russian, French and British officials "
         "protested.", "russia", True),
        ("Chinese, Japanese and Korean firms speak the language of profit.", "china", True),
        ("The summit's working languages were English, French and Russian.", "russia", False),
        # Formosa, the island's old European name; not Argentina's province nor the word
        ("The island of Formosa was ceded to Japan in 1895.", "taiwan", True),
        ("\"the famous Psalmanazar, a native of the island Formosa\"", "taiwan", True),
        ("Formosa Province in Argentina borders Paraguay.", "taiwan", False),
        ("He was born in Formosa, Argentina.", "taiwan", False),
        ("La provincia de Formosa limita con Paraguay.", "taiwan", False),
        ("Lisboa é uma cidade formosa.", "taiwan", False),
        # Manchuria, China's northeast; Outer Manchuria lies in Russia
        ("Japan invaded Manchuria in 1931.", "china", True),
        ("Tigers roam Outer Manchuria, in the Far East.", "china", False),
        # Muscovy, Russia by that name (LABELLING.md), not the duck
        ("Ivan III made Muscovy a power.", "russia", True),
        ("Muscovy ducks nest in trees.", "russia", False),
    ],
)  # fmt: skip
def test_languages_and_old_names_of_places(text: str, country: str, tagged: bool) -> None:
    assert (country in _tags(text)) is tagged, _tags(text)
