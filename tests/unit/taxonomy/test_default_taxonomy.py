"""The built-in taxonomy: every tag found in every covered language, false friends ignored."""

from __future__ import annotations

from pathlib import Path

import pytest

from worker.taxonomy import load_taxonomy
from worker.taxonomy.fold import fold_phrase
from worker.taxonomy.matcher import Matcher

SEED = Path(__file__).parents[3] / "seeds" / "000_f2ff33e2eff4ce5e.txt"

POSITIVE = {
    "russia": {
        "en": "The Kremlin said Moscow would respond.",
        "fr": "Les troupes russes avancent, selon Moscou.",
        "de": "Die russischen Truppen rücken vor, sagt Moskau.",
        "es": "El gobierno ruso respondió desde Moscú.",
        "it": "Il governo russo ha risposto al Cremlino.",
        "pt": "O governo da Rússia respondeu.",
        "ru": "Российские войска вошли в город, заявили в Москве.",
        "uk": "Російські війська обстріляли місто.",
        "pl": "Rosyjskie wojska weszły do miasta, podała Moskwa.",
        "zh": "俄罗斯总统访问了北方。",
        "ja": "ロシアの大統領が訪問した。",
        "ar": "قال الكرملين إن روسيا سترد.",
    },
    "china": {
        "en": "Beijing announced new rules for Chinese firms.",
        "fr": "Les entreprises chinoises sont visées par Pékin.",
        "de": "Die chinesische Regierung in Peking reagierte.",
        "es": "El gobierno chino anunció medidas en Pekín.",
        "it": "Il governo cinese ha annunciato nuove misure.",
        "pt": "O governo chinês anunciou medidas em Pequim.",
        "ru": "Китайские компании расширяют присутствие в Пекине.",
        "uk": "Китайські компанії розширюють присутність.",
        "pl": "Chińskie firmy rozwijają się w Pekinie.",
        "zh": "中國政府宣布了新規定，习近平出席。",
        "ja": "中国政府は新しい規則を発表した。",
        "ar": "أعلنت الحكومة الصينية قواعد جديدة في بكين.",
    },
    "ukraine": {
        "en": "Ukrainian forces held the line near Kyiv.",
        "fr": "Les forces ukrainiennes tiennent la ligne.",
        "de": "Die ukrainische Armee hält die Stellung bei Kiew.",
        "es": "Las fuerzas ucranianas resisten en el este.",
        "it": "Le forze ucraine resistono a est.",
        "pt": "As forças da Ucrânia resistem no leste.",
        "ru": "Украинские войска удерживают позиции под Киевом.",
        "uk": "Українські військові утримують позиції біля Києва.",
        "pl": "Ukraińskie wojsko utrzymuje pozycje pod Kijowem.",
        "zh": "乌克兰军队守住了防线。",
        "ja": "ウクライナ軍が防衛線を維持した。",
        "ar": "قال زيلينسكي إن القوات الأوكرانية صامدة.",
    },
    "taiwan": {
        "en": "Taiwanese officials met in Taipei.",
        "fr": "Les autorités taïwanaises ont réagi.",
        "de": "Die taiwanische Regierung reagierte in Taipeh.",
        "es": "Las autoridades taiwanesas respondieron.",
        "it": "Le autorità di Taiwan hanno risposto.",
        "pt": "As autoridades taiwanesas responderam.",
        "ru": "Власти Тайваня ответили на учения.",
        "uk": "Влада Тайваню відповіла на навчання.",
        "pl": "Władze Tajwanu odpowiedziały na ćwiczenia.",
        "zh": "臺灣政府回應了演習，賴清德發表談話。",
        "ja": "台湾政府は演習に反応した。",
        "ar": "ردت السلطات التايوانية على المناورات.",
    },
    "trade": {
        "en": "New tariffs hit exports to Europe.",
        "fr": "Les droits de douane pèsent sur les exportations.",
        "de": "Neue Zölle belasten den Handel mit Europa.",
        "es": "Los nuevos aranceles afectan a las exportaciones.",
        "it": "I nuovi dazi colpiscono il commercio estero.",
        "pt": "As novas tarifas de importação afetam o comércio.",
        "ru": "Новые пошлины ударили по торговле с Европой.",
        "uk": "Нові мита вдарили по торгівлі з Європою.",
        "pl": "Nowe cła uderzyły w handel z Europą.",
        "zh": "新的关税打击了对欧洲的出口，台湾貿易受影響。",
        "ja": "新たな関税が欧州への輸出を直撃した。",
        "ar": "ضربت الرسوم الجمركية الجديدة الصادرات إلى أوروبا.",
    },
}

POSITIVE_CASES = [
    pytest.param(tag, text, id=f"{tag}-{lang}")
    for tag, by_lang in POSITIVE.items()
    for lang, text in by_lang.items()
]

# (text, tag that must not be found)
FALSE_FRIENDS = [
    ("She served tea in fine china from the china cabinet.", "china"),
    ("The premiere was held at the TCL Chinese Theatre.", "china"),
    ("Chinese Taipei won the bronze medal.", "china"),
    ("Chinese Taipei won the bronze medal.", "taiwan"),
    ("他们获得了中华台北队的支持。", "taiwan"),
    ("发展中国家的增长放缓。", "china"),
    ("He ordered a Moscow Mule and a salad with Russian dressing.", "russia"),
    ("It was a game of Russian roulette.", "russia"),
    ("Les montagnes russes du parc ont rouvert.", "russia"),
    ("The trade union called a strike at the World Trade Center.", "trade"),
    ("It is a trade-off between speed and a trade secret.", "trade"),
    ("The Lakers made a move before the trade deadline.", "trade"),
    ("Sin embargo, el equipo ganó el partido.", "trade"),
    ("他有话说不出口。", "trade"),
    ("駅の出口で待ち合わせた。", "trade"),
    ("Этот вопрос важен, хотя торговля людьми остаётся проблемой.", "trade"),
    ("This is an important decision.", "trade"),
    ("Peu importe le résultat, il importera peu.", "trade"),
    ("Wir wollen das Verfahren einführen und ausführen.", "trade"),
    ("Alle wollten ihm Respekt zollen.", "trade"),
    ("She ordered Chicken Kiev for dinner.", "ukraine"),
]

NEUTRAL = [
    "The weather in Paris was mild and sunny on Tuesday.",
    "Le match de football s'est terminé sur un score nul.",
    "Das Orchester spielte am Abend ein Konzert.",
    "El equipo ganó el partido en el último minuto.",
    "A chinook salmon swam upstream past the trademark sign.",
    "今天天气很好，我们去公园散步。",
]


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return load_taxonomy().matcher


def _tags(matcher: Matcher, text: str) -> set[str]:
    """The tags the matcher finds, leaving out weak words (the tag stage decides on those)
    and other countries' names (internal ids starting with ``_``)."""
    return {m.tag for m in matcher.find(text) if not m.weak and not m.tag.startswith("_")}


def test_default_taxonomy_defines_the_five_tags_with_codes() -> None:
    rules = load_taxonomy().rules
    codes = {r.id: r.code for r in rules.tags}
    assert codes == {"russia": "RU", "china": "CN", "ukraine": "UA", "taiwan": "TW", "trade": None}


def test_every_tag_covers_every_language() -> None:
    languages = {"en", "fr", "de", "es", "it", "pt", "ru", "uk", "pl", "zh", "ja", "ar"}
    for rule in load_taxonomy().rules.tags:
        assert languages <= set(rule.aliases), rule.id


@pytest.mark.parametrize(("tag", "text"), POSITIVE_CASES)
def test_sentence_in_each_language_yields_its_tag(matcher: Matcher, tag: str, text: str) -> None:
    assert tag in {m.tag for m in matcher.find(text)}


@pytest.mark.parametrize(("text", "tag"), FALSE_FRIENDS)
def test_false_friends_do_not_yield_the_tag(matcher: Matcher, text: str, tag: str) -> None:
    assert tag not in _tags(matcher, text)


@pytest.mark.parametrize("text", NEUTRAL)
def test_unrelated_text_yields_no_tag(matcher: Matcher, text: str) -> None:
    assert matcher.find(text) == []


def test_french_seed_article_yields_all_five_tags_through_its_words(matcher: Matcher) -> None:
    text = SEED.read_text(encoding="utf-8")
    found: dict[str, set[str]] = {}
    for m in matcher.find(text):
        if not m.tag.startswith("_"):
            found.setdefault(m.tag, set()).add(text[m.start : m.end])
    assert set(found) == {"russia", "china", "ukraine", "taiwan", "trade"}
    assert {"russe", "Moscou", "Russie"} <= found["russia"]
    assert any("Poutine" in s for s in found["russia"])
    assert {"chinois", "Xi Jinping", "Chine", "Pékin", "chinoises"} <= found["china"]
    assert {"échanges commerciaux", "commerce"} <= found["trade"]
    assert found["ukraine"] == {"Ukraine"}
    assert found["taiwan"] == {"Taïwan"}


def test_commerce_is_a_weak_word_that_the_matcher_still_finds(matcher: Matcher) -> None:
    found = [m for m in matcher.find("Le commerce électronique progresse.") if m.tag == "trade"]
    assert [(m.term, m.weak) for m in found] == [("commerce", True)]


@pytest.mark.parametrize("text", [p.values[1] for p in POSITIVE_CASES])
def test_match_offsets_point_at_the_alias_in_the_text(matcher: Matcher, text: str) -> None:
    for m in matcher.find(text):
        assert 0 <= m.start < m.end <= len(text)
        assert fold_phrase(text[m.start : m.end]).startswith(fold_phrase(m.term.rstrip("*")))


@pytest.mark.parametrize(
    ("text", "economy"),
    [
        # words of the English pools (fortunes, Lee's ABC stories) that another language's name
        # of a country folds to or starts with: no economy
        ("is clearly a man to be reckoned with", None),
        ("malted milk balls manufactured during the Nixon administration", None),
        ("to Providence, Rhode Island and tries to hide behind a beard", None),
        ("a vessel that landed undetected at Cocos Islands", None),
        ("a cold bowl of chili", None),
        ("An area west of Windy Gully near Cataract Dam", None),
        ("helping to postpone this reunion", None),
        ("aircraft near Mount Gambier, in South Australia's south-east", "AU"),
        # the names themselves, as their languages write them, still name the economy
        ("Vývoz do Řecka", "GR"),
        ("les exportations vers l'Islande", "IS"),
    ],
)  # fmt: skip
def test_an_english_word_is_not_another_languages_country_name(
    matcher: Matcher, text: str, economy: str | None
) -> None:
    found = {m.origin for m in matcher.find(text) if m.tag == "_country"}
    assert found == ({economy} if economy else set())


def test_the_default_taxonomy_file_repeats_no_key_in_one_mapping() -> None:
    """YAML keeps the last of two equal keys in one mapping, so a second ``en:`` list in a
    tag's ``exclude`` silently drops the first; the file must not hold any."""
    from pathlib import Path

    import yaml

    class _Strict(yaml.SafeLoader):
        pass

    def _mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict:
        keys = [loader.construct_object(k) for k, _ in node.value]
        repeated = {k for k in keys if keys.count(k) > 1}
        assert not repeated, f"line {node.start_mark.line + 1}: {sorted(repeated)} repeated"
        return loader.construct_mapping(node)

    _Strict.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)
    path = Path(__file__).resolve().parents[3] / "worker" / "taxonomy" / "default.yaml"
    yaml.load(path.read_text(encoding="utf-8"), Loader=_Strict)  # a SafeLoader: no tags run
