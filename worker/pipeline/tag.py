"""Tag stage: every tag mentioned in the title and text, with a score, a salience and evidence.

**Mentions.** A mention counts ``weights.title`` in the title, ``weights.lede`` in the first
``weights.lede_chars`` characters of the text and ``weights.text`` elsewhere; the tag's
score is ``1 - exp(-sum / weights.saturation)``, so one passing mention scores low (0.22 with
the defaults) and a subject mentioned throughout approaches 1. A tag is kept when its score
reaches its rule's ``min_score`` (the per-tag threshold in the taxonomy file: 0.1 keeps a
country named once in the body, as a place or as an actor).

**Weak words need corroboration.** An alias marked weak (``~trade``, ``~Zoll``, ``~出口``)
has other senses, so alone it proves nothing; it counts only when the same tag also has a
mention that is not weak anywhere in the article, or when a country tag's mention or another
country's name stands within ``CORROBORATION_CHARS`` of it in the same field and is not
the home of the article's language (``Handel`` beside "Russland" in a German text is
trade between economies; beside "Deutschland" it may be shopping). Two economies named
together corroborate whatever their language. The economies a headline names count as near
every weak word of the text, and those of the lede (``weights.lede_chars``) as near the
headline's: "Россия и Китай подвели итоги" over "торговля выросла" is trade between them.
A weak word for exports or imports (not "trade", "Handel" or "commerce", which rise and fall
at home too) is also corroborated by a rise or a fall in its sentence: "Der Export würde
dann nahezu vollständig einbrechen", 出口同比增长; a Chinese or Japanese one right after an
economy's name is that economy's own (对中国出口, 我国进口, 日本の輸出), and one in a sentence
naming what crosses borders (国际, 境外...) crosses them, as 贸易 there does. Uncorroborated
weak mentions are dropped, evidence and all.

**A trade word in another sense is not trade** (``_not_trade``), strong or weak: "Zoll"
after a number (inches), "import"/"export" in a code statement ("import demo.info.Info;",
"export default"), a weak one whose object is a file, a format or data ("importing the
posts from Blogger") or a sport, a culture or an idea ("exporting polo from India"), and a
capitalised weak one in a place's name ("at Commerce Gate"), and a customs word in a sentence
on a traveller's luggage ("una dogana, e i vostri bagagli verranno ispezionati").

**Salience** says how central a kept tag is, independent of the text's length: 0.5 for a
title mention, 0.25 for a mention in the lede, and up to 0.25 for density (mentions per
1,000 characters of text, 4 or more counting fully). A consumer that wants articles *about*
a subject, not merely mentioning it, asks for ``salience >= ABOUT`` (0.5: a headline
mention, or a lede mention backed by a dense body).

**Boilerplate that survived extraction tags nothing**: a line that opens a related-articles
box ("Related articles", "More must-reads", "Читайте также", "相关新闻", "関連記事",
"Lesen Sie auch"...: ``RELATED_HEADERS`` in worker/taxonomy) and the lines after it, up to
the next blank line, are left out, so the headlines listed there do not tag the article. So
is a line of categories ("Kategorie: Vorspeisen, China"). A title derived from the text (no
title was given) is a copy of its first line: the text decides, and a title mention counts
only for a tag the text kept.

**A language is not the country.** The taxonomy's exclusions list language phrases
("русский язык", "in Chinese"); Russian and Ukrainian lists of languages, which name them by
adjectives agreeing with one noun ("на русском и английском языках", "славянских языков:
украинского, белорусского"), or by an adjective alone in a sentence on languages, are read
by ``_a_language``: a country adjective there names the language and tags nothing. So is
a Ukrainian feminine adjective standing alone for its language ("написати українською", "я
розумію російську"), and a person's nationality said as a descriptor ("a Ukrainian writer",
"Великий український поет", "un écrivain russe": ``_a_nationality``), or the nation a
saying is attributed to ("Китайская пословица", "Proverbio chino": ``_a_saying``), and, in
Polish, a language named by its genitive adjective alone ("zeszyt od rosyjskiego") and one
person named by a singular demonym ("Polak, Rosjanin i Niemiec").

Evidence offsets index the stored title or text. :func:`decide` returns the full decisions
(the rule and the place or institution behind each mention, the salience); :func:`tag`
keeps what today's ``TaggedArticle`` carries.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

from worker.taxonomy import COUNTRY, RELATED, Taxonomy
from worker.taxonomy.context import (
    CATEGORY,
    CATEGORY_WORDS,
    CONTEXT_TAGS,
    LETTER_WORD,
    PERSON_AFTER,
    PERSON_AFTER_EN,
    PERSON_BEFORE,
    PERSON_NEXT,
    PERSON_PREVIOUS,
    SAYING_AFTER,
    SAYING_AFTER_WHOLE,
    SAYING_BEFORE,
    SAYING_NEXT,
    SAYING_PREVIOUS,
    SCRIPT_WORD,
    SCRIPT_WORD_STARTS,
    TRANSLATION_WORD,
)
from worker.taxonomy.fold import fold, in_word, is_cjk
from worker.taxonomy.matcher import Match
from worker.types import Article, Evidence, Field, TaggedArticle, TagResult, builder

__all__ = ["ABOUT", "CORROBORATION_CHARS", "HOME", "Decision", "Mention", "decide", "tag"]

ABOUT = 0.5
CORROBORATION_CHARS = 200
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
# The countries whose own affairs a text in this language is mostly about: a weak trade word
# beside one of them alone may be domestic commerce.
HOME: dict[str, frozenset[str]] = {
    lang: frozenset(codes.split())
    for lang, codes in {
        "en": "US GB AU CA NZ IE", "de": "DE AT CH", "fr": "FR BE CH LU", "es": "ES MX AR CO",
        "it": "IT CH", "pt": "PT BR", "ru": "RU", "uk": "UA", "pl": "PL", "zh": "CN TW HK",
        "ja": "JP", "ko": "KR", "ar": "SA EG AE", "hu": "HU", "el": "GR CY", "bg": "BG",
        "he": "IL", "cs": "CZ", "sk": "SK", "nl": "NL BE", "sv": "SE", "tr": "TR",
        "ro": "RO MD", "sr": "RS", "hr": "HR", "fi": "FI", "da": "DK", "nb": "NO", "no": "NO",
        "vi": "VN", "id": "ID", "hi": "IN", "fa": "IR", "th": "TH",
    }.items()
}  # fmt: skip


class Mention(NamedTuple):
    """One counted mention: where it stands, its weight, and the rule and record behind it.

    ``rule`` is ``alias`` (the taxonomy file), ``cldr`` (a CLDR country name), ``place``
    (the gazetteer; ``origin`` names the GeoNames or ISO 3166-2 record) or ``institution``
    (``origin`` names the curated entry).
    """

    tag: str
    term: str
    field: Field
    start: int
    end: int
    matched: str
    weight: float
    rule: str
    origin: str
    weak: bool


@dataclass(frozen=True, slots=True)
class Decision:
    """One tag kept on one article: its score, its salience and the mentions behind them."""

    tag: str
    score: float
    salience: float
    mentions: tuple[Mention, ...]

    @property
    def about(self) -> bool:
        """Whether the article is about the subject, not merely mentioning it."""
        return self.salience >= ABOUT


_decision = builder(Decision)  # a few per article: built as Evidence is (below)


# A line of categories or tags (a recipe's "Kategorie: Fleisch, Gemüse, China, Hauptspeise", a
# page's "Categories: ..."): labels that file the text, boilerplate like a related box, not a
# mention. Gated on the line's first letter before the pattern runs.
_CATEGORY_FIRST = frozenset("KkCcRrКкРр")
_CATEGORY_LINE = re.compile(rf"[ \t]*(?:{'|'.join(CATEGORY_WORDS)})[ \t]*:", re.IGNORECASE)


def _a_category_line(value: str, at: int) -> bool:
    """Whether the mention at ``at`` stands on a line of categories (see above)."""
    head = value.rfind("\n", 0, at) + 1
    while head < at and value[head] in " \t":
        head += 1
    return (
        head < at
        and value[head] in _CATEGORY_FIRST
        and _CATEGORY_LINE.match(value, head, at) is not None
    )


def _economy(m: Match, taxonomy: Taxonomy) -> str | None:
    """The ISO code of the economy a mention names, if it names one (CLDR's "UN", the United
    Nations, is no economy: "The United Nations said commerce in the city had recovered")."""
    if m.tag == COUNTRY:
        return m.origin if m.origin != "UN" else None
    rule = taxonomy.by_id.get(m.tag)
    return rule.code if rule is not None and rule.kind == "country" else None


# Chinese news names countries by one character in a list joined by 、 ("中、美、日、俄之间的
# 双边首脑会晤", "与俄、哈、乌三国", "台、港、澳同胞"): each element of such a list names its
# country. A list counts only when every element is one of these characters, it is not part of
# a longer list of other words (德、智、体 "moral, intellectual, physical"; 老、中、青 "old,
# middle-aged, young"), a two-element list starts after punctuation or a function word (not
# inside a name: 振英、新华社, 电台、中央, 宪法、法律), and the last element does not start a
# word for a language (中、英文). Characters that stand for two countries (巴, 阿, 伊, 乌, 澳,
# 瑞...) corroborate as some other economy and tag nothing, and so do 侨 (overseas Chinese) and
# 外 (foreign), which stand in such lists beside the economies investors come from
# ("侨、台、外商", "中、外合资").
_ABBREVIATION_CODES = {
    "中": "CN", "俄": "RU", "台": "TW", "美": "US", "日": "JP", "韩": "KR", "韓": "KR",
    "朝": "KP", "英": "GB", "法": "FR", "德": "DE", "意": "IT", "印": "IN", "越": "VN",
    "泰": "TH", "加": "CA", "蒙": "MN", "哈": "KZ", "吉": "KG", "塔": "TJ", "白": "BY",
    "新": "SG", "菲": "PH", "荷": "NL", "墨": "MX", "埃": "EG", "以": "IL", "委": "VE",
    "罗": "RO", "羅": "RO", "波": "PL", "希": "GR", "葡": "PT", "缅": "MM", "緬": "MM",
    "老": "LA", "柬": "KH", "智": "CL", "秘": "PE", "匈": "HU", "捷": "CZ", "丹": "DK",
    "挪": "NO", "芬": "FI", "土": "TR", "港": "HK", "欧": "EU", "歐": "EU",
    "巴": "巴", "阿": "阿", "伊": "伊", "乌": "乌", "烏": "乌", "澳": "澳", "瑞": "瑞",
    "尼": "尼", "贝": "贝", "貝": "贝", "侨": "侨", "僑": "侨", "外": "外",
}  # fmt: skip
_ABBREVIATION_CHARS = "".join(_ABBREVIATION_CODES)
_ABBREVIATION_LIST = re.compile(f"[{_ABBREVIATION_CHARS}](?:、[{_ABBREVIATION_CHARS}])+")
# what may stand right before a two-element list: the prepositions and conjunctions that
# introduce one ("由美、英两国", "与日、韩相比", "对阿、以双方")
_BEFORE_A_LIST = frozenset("与和同由到对對给給了但在有请請及以将將把被让讓使向跟为為是从從据據")
_LANGUAGE_AFTER = frozenset("文语語")


def _enumerated(value: str, taxonomy: Taxonomy) -> list[Match]:
    """The countries named by one character in a list joined by 、 (see above)."""
    if "、" not in value:
        return []
    own = {rule.code: rule.id for rule in taxonomy.rules.tags if rule.kind == "country"}
    found = []
    for m in _ABBREVIATION_LIST.finditer(value):
        start, end = m.span()
        before = value[start - 1] if start else ""
        after = value[end] if end < len(value) else ""
        if before == "、" or after == "、" or after in _LANGUAGE_AFTER:
            continue  # part of a list of other words, or 中、英文
        if m.group().startswith("老、中"):
            continue  # 老、中、青
        if end - start == 3 and is_cjk(before) and before not in _BEFORE_A_LIST:
            continue  # 振英、新华社: the first character ends a word
        for at in range(start, end, 2):
            code = _ABBREVIATION_CODES[value[at]]
            tag_id = own.get(code)
            if tag_id is None:
                found.append(Match(COUNTRY, value[at], at, at + 1, "country", code))
            else:
                found.append(Match(tag_id, value[at], at, at + 1, "alias", "enumeration"))
    return found


def _with_enumerated(value: str, matches: list[Match], taxonomy: Taxonomy) -> list[Match]:
    """``matches`` and the countries a list of abbreviations names, where no match of the same
    tag covers them already, in text order."""
    extra = [
        e
        for e in _enumerated(value, taxonomy)
        if not any(m.tag == e.tag and m.start <= e.start < m.end for m in matches)
    ]
    if not extra:
        return matches
    return sorted([*matches, *extra], key=lambda m: (m.start, m.tag))


def _an_answers_our_country(value: str, m: Match) -> bool:
    """我国 ("our country") in an interview's answer (a paragraph opening 答：) is the
    speaker's country, which may be another ("答：塔是主权国家……但我国与阿富汗的边界"), not
    necessarily the paper's."""
    if m.term != "我国":
        return False
    head = value.rfind("\n", 0, m.start) + 1
    while head < m.start and value[head] in " \t\u3000":
        head += 1
    return value.startswith(("答：", "答:"), head)


def _boxes(text: str, matches: list[Match]) -> list[tuple[int, int]]:
    """The related-article boxes of ``text``: from a header that opens a line to the next
    blank line (the headers are matched with the aliases, under the internal id ``_related``).
    """
    boxes = []
    for m in matches:
        if m.tag == RELATED and not text[text.rfind("\n", 0, m.start) + 1 : m.start].strip():
            blank = _BLANK_LINE.search(text, m.end)
            boxes.append((m.start, blank.start() if blank else len(text)))
    return boxes


# A Ukrainian ministry's short name with its owner after it, a capitalised genitive, is
# that country's ("МЗС Швеції", "Міноборони Південної Кореї"), unless the owner is Ukraine
# ("МЗС України")
_OWNER_AFTER_OFFICES = frozenset(
    (
        "мзс", "міноборони", "моз", "мозу", "мозом", "мозі", "офіс президента",
        "офісу президента", "офісі президента", "офісом президента",
    )
)  # fmt: skip
_OWNER_AFTER = re.compile(
    r"[ \t]+(?:[А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+[ \t]+)?"
    r"([А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+|[А-ЯЁІЇЄҐ]{2,4}(?![^\W\d_]))"
)
# institutions whose names are also everyday phrases in lower case (нова пошта, "new mail")
_CAPITALISED_ONLY = frozenset(("institutions:nova-poshta",))
# CCTV is China Central Television only where the initials stand for a broadcaster: after a
# word for one ("CNN affiliate CCTV", "state broadcaster CCTV", "China's CCTV") or before its
# reporting or its channels ("CCTV reported", "CCTV News", "CCTV-13"); elsewhere they are
# closed-circuit cameras ("CCTV footage showed", "caught on CCTV", "CCTV cameras").
_CCTV = "institutions:cctv-cn"
_BROADCASTER_BEFORE = frozenset(
    (
        "affiliate", "affiliates", "broadcaster", "broadcasters", "television", "TV", "media",
        "state-run", "state-owned", "China's", "China’s", "Chinese", "Beijing's", "Beijing’s",
    )
)  # fmt: skip
_BROADCASTER_AFTER = frozenset(
    (
        "aired", "broadcast", "News", "International", "America", "Africa", "Europe", "anchor",
        "presenter", "host", "journalist", "reporter", "correspondent",
    )
)  # fmt: skip
# A camera's footage reports and says too ("the garage's CCTV reported nothing", "Police CCTV
# said to show", "40 CCTV reports of fly-tipping"): a reporting verb is the broadcaster's but
# after an owner of cameras or before "to" or "of" ("CCTV said the rocket carried three
# astronauts"); a possessive, "according to CCTV" and "CCTV, the state broadcaster" only with
# China named in the sentence ("CCTV's report on Chinese exports").
_BROADCASTER_SAYS = frozenset(("reported", "reports", "said", "says", "quoted"))
_CAMERA_OWNERS = frozenset(
    ("police", "security", "council", "home", "shop", "store", "the", "its", "their", "his",
     "her", "our", "my", "station", "street", "traffic", "hospital", "school", "hotel")
)  # fmt: skip
_CHINA_CUE = re.compile(r"China|Chinese|Beijing|Xinhua|Xi Jinping|Communist|state broadcaster")


def _a_broadcaster(value: str, start: int, end: int) -> bool:
    """Whether the initials CCTV at [start, end) stand for the broadcaster (above)."""
    words_before = value[max(0, start - 24) : start].split()
    if (
        start
        and value[start - 1].isspace()
        and words_before
        and words_before[-1] in _BROADCASTER_BEFORE
    ):
        return True
    if value.startswith("-", end) and value[end + 1 : end + 2].isdigit():
        return True  # a channel: CCTV-13
    words_after = value[end : end + 24].split()
    next_word = words_after[0] if words_after and value[end : end + 1].isspace() else ""
    if next_word.rstrip(",.;:") in _BROADCASTER_AFTER:
        return True
    if next_word in _BROADCASTER_SAYS:
        owner = words_before[-1].lower() if words_before else ""
        return not (
            (len(words_after) > 1 and words_after[1] in ("to", "of"))
            or owner in _CAMERA_OWNERS
            or owner.endswith(("'s", "’s"))
        )
    if value.startswith(("'s ", "’s ", ", the "), end) or words_before[-2:] == ["according", "to"]:
        return _CHINA_CUE.search(_sentence(value, start)) is not None
    return False


# the entries both checks read (one set test per mention for all others)
_UA_BODIES = frozenset(
    ("institutions:nova-poshta", "institutions:state-bodies-ua", "institutions:state-bodies-ua-2")
)


# a country's name in the genitive ends so (Швеції, Польщі, Кореї, Німеччини, Китаю,
# Ізраїлю, Казахстану) or is an abbreviation; a spokesman's name after the office
# ("Речник МЗС Георгій Тихий") does not
_OWNER_GENITIVE = re.compile(r"(?:ії|ї|щі|и|ю|у|США|РФ|КНР|ЄС|ООН|ПАР|ОАЕ)$")


def _owned_after(value: str, end: int) -> bool:
    """Whether a capitalised genitive after the office at ``end`` names another owner."""
    owner = _OWNER_AFTER.match(value, end)
    return (
        owner is not None
        and not owner.group(1).startswith(("Україн", "Киє", "Київ"))
        and _OWNER_GENITIVE.search(owner.group(1)) is not None
    )


# A place that shares its name with a smaller one elsewhere is the other when the text says
# where that one is, right at the name: "Taoyuan County in Hunan", "Aqsu, a town in
# Kazakhstan's Pavlodar region", "Balaklava is a small farming town in South Australia",
# "Pokrovsk, a town on the Lena river in Yakutia", "Formosa, the capital of the Argentine
# province", "Kazan, a district of Ankara", "the West Texas city of Odessa" (the namesake's
# region after "in" or "of" in the clause that follows the name, or before it with "'s" or
# "city of"); not a region named elsewhere in the text ("Turkish President Erdogan arrived
# in Kazan", "Refugees from Odessa found new homes in Delaware").
_NAMESAKE_CONTEXT = {
    "st. petersburg": r"Florida|Fla\.|Pinellas",
    "st petersburg": r"Florida|Fla\.|Pinellas",
    "saint petersburg": r"Florida|Fla\.|Pinellas",
    "odessa": r"Texas|Tex\.|Delaware|Missouri|Ontario|Minnesota|Washington State",
    "taoyuan": r"Hunan|Changde",
    "yilan": r"Heilongjiang",
    "aqsu": r"Kazakhstan|Pavlodar",
    "balaklava": r"South Australia|Australia",
    "donetsk": r"Rostov",
    "pokrovsk": r"Yakutia|Sakha",
    "formosa": r"Argentin\w*|Goiás|Goias|Brazil\w*",
    "kazan": r"Ankara|Turkey",
    "federation council": r"New South Wales|NSW",
}
_NAMESAKE_AFTER = {
    k: re.compile(
        r"(?:(?:\s*,\s*|\s+is\s+)(?:an?|the)\s+(?:[\w-]+\s+){0,6}?(?:in|of|near)\s+|"
        r"(?:\s+(?:County|city|town|District|Shire))?\s+(?:in|near)\s+)"
        rf"(?:the\s+)?(?:[A-Z][\w-]+['’]s\s+)?(?:{v})(?![^\W_])"
    )
    for k, v in _NAMESAKE_CONTEXT.items()
}
_NAMESAKE_FIRST = frozenset(k[0].upper() for k in _NAMESAKE_CONTEXT) | frozenset(
    k[0] for k in _NAMESAKE_CONTEXT
)
_NAMESAKE_BEFORE = {
    k: re.compile(
        rf"(?<![^\W_])(?:{v})(?:['’]s\s+(?:[\w-]+\s+){{0,2}}?|\s+(?:city|town|county)\s+of\s+)$"
    )
    for k, v in _NAMESAKE_CONTEXT.items()
}


def _a_namesake(value: str, start: int, end: int) -> bool:
    """Whether the place at [start, end) is its namesake elsewhere (see above)."""
    if value[start] not in _NAMESAKE_FIRST:
        return False
    key = value[start:end].casefold()
    after = _NAMESAKE_AFTER.get(key)
    if after is None:
        return False
    clause = _CLAUSE_END.search(value, end, end + 120)
    stop = clause.start() if clause else end + 120
    return (
        after.match(value, end, stop) is not None
        or _NAMESAKE_BEFORE[key].search(value, max(0, start - 60), start) is not None
    )


_CLAUSE_END = re.compile(r"[.;!?\n]")


def _not_a_place(value: str, m: Match, matches: list[Match]) -> bool:
    return (
        _street(value, m)
        or _native_place(value, m)
        or _in_a_name(value, m)
        or _a_river(value, m, matches)
        or _a_word_or_a_person(value, m)
    )


# A place name written in lower case is the word it is spelt like, not the name
# (the Russian fortunes: "иль стая львов" and "войском львов" are lions, not Lviv; ua-gec's
# "рівне право" is an equal right, not Rivne; Polish "ta winnica" is a vineyard, not Vinnytsia),
# but a place's adjective is not a name and
# stays ("львовской области", "ленинградское радио"); and the
# gazetteer's Питер, St Petersburg's nickname, beside another capitalised word is Peter, a
# person ("-- Питер Устинов", "-- Лоренс Питер"). Only the gazetteer's places: the aliases
# ("в Питере") say what they are.
_GIVEN_NAME_PLACES = frozenset(("питер",))
_PLACE_ADJECTIVE = re.compile(r"[^\W\d_]*[сцз]ь?к[а-яёіїє]{1,3}(?![^\W\d_])", re.IGNORECASE)
_CAPITALISED_BEFORE = re.compile(r"[А-ЯЁІЇЄҐ][а-яёіїєґ']+[ \t]+$")
_CAPITALISED_AFTER = re.compile(r"[ \t]+[А-ЯЁІЇЄҐ][а-яёіїєґ']+")
_SURNAME_ENDINGS = ("ский", "ський", "цкий", "цький")
_NOUN_AFTER = re.compile(r"[ \t]+[^\W\d_]")


def _katakana(c: str) -> bool:
    """A Katakana letter or the long-vowel mark (not the middle dot ・ that separates words)."""
    return "\u30a1" <= c <= "\u30fa" or c == "\u30fc"


# A city's adjective in the aliases (львівськ*, одеськ*, московськ*) names a street, not the
# city, before a word for a street ("на Одеській вулиці в Москві", "Севастопольському
# проспекті"), and a person after a given name or an initial where nothing or a verb follows
# it ("Поет Борис Херсонський…", "Художник Ілля Вінницький живе в Ізраїлі", "Б. Херсонський";
# "Львівський суд" and "Сумський державний університет" stay the cities).
# (also the Russian adjectives, and Odesa's Russian stem, which holds its own: "на Одесской
# улице в Москве", "князь Одесский приехал")
_CITY_ADJECTIVE_TERMS = ("ськ*", "цьк*", "зьк*", "ск*", "цк*", "Одесс*")
_STREET_AFTER = re.compile(
    r"[ \t]+(?:вулиц|проспект|бульвар|провулк|провулок|площ|шосе|узвіз|набережн|улиц|переул|"
    r"шоссе)",
    re.IGNORECASE,
)
_GIVEN_NAME_BEFORE = re.compile(r"(?:[А-ЯЁІЇЄҐ][а-яёіїєґ']+|[А-ЯЁІЇЄҐ]\.)[ \t]+$")
_VERB_OR_NOTHING_AFTER = re.compile(
    r"\s*(?:$|[^\w\s]|[а-яіїєґ']+(?:в|ла|ли|ло|е|є|ить|ать|ять|ує|ає|ся|сь)(?![^\W\d_]))"
)


def _a_street_or_a_surname(value: str, start: int, end: int) -> bool:
    """Whether a city's adjective at [start, end) names a street or a person (see above)."""
    if _STREET_AFTER.match(value, end):
        return True
    return (
        value[start].isupper()
        and value.endswith((*_SURNAME_ENDINGS, "зький"), start, end)
        and _GIVEN_NAME_BEFORE.search(value, max(0, start - 30), start) is not None
        and _VERB_OR_NOTHING_AFTER.match(value, end) is not None
    )


# A gazetteer place's name between a word for what a person does and a capitalised word is
# that person's given name: "former Aston Villa footballer Dalian Atkinson" (tm_news_pool.jsonl),
# "the singer Lviv Jones"; not "the striker's Moscow club", "a footballer in Dalian", nor a
# place's word after it ("the footballer Dalian Port signed" names the club's city).
_ROLE_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:footballer|player|striker|midfielder|defender|goalkeeper|winger|"
    r"boxer|wrestler|sprinter|athlete|cyclist|swimmer|golfer|skater|jockey|actor|actress|"
    r"singer|rapper|musician|drummer|guitarist|songwriter|painter|novelist|poet|comedian|"
    r"presenter|model|designer)[ \t]+$"
)
_SURNAME_AFTER = re.compile(r"[ \t]+[A-Z][a-z]+(?:['’][A-Z]?[a-z]+)?(?![\w-])")
# ... nor a club: the city's name before the club's ("the first foreign player Shanghai
# Shenhua had signed", "the winger Lviv Karpaty sold"), the clubs of the leagues of the
# taxonomy's countries
_CLUBS_AFTER = frozenset(
    (
        "Shenhua", "Evergrande", "Guoan", "Luneng", "Taishan", "Hengda", "Jianye", "Yatai",
        "Teda", "Karpaty", "Metalist", "Dynamo", "Dinamo", "Shakhtar", "Zorya", "Vorskla",
        "Chornomorets", "Spartak", "Zenit", "Lokomotiv", "Rubin", "Torpedo", "Arsenal",
    )
)  # fmt: skip
_PLACE_WORDS_AFTER = frozenset(
    ("City", "Province", "Port", "Airport", "University", "Bay", "Region", "District", "Oblast")
)


def _a_person_by_role(value: str, m: Match) -> bool:
    """Whether the place at ``m`` is a person's given name after their role (above)."""
    after = _SURNAME_AFTER.match(value, m.end)
    return (
        after is not None
        and after.group().strip() not in _PLACE_WORDS_AFTER
        and after.group().strip() not in _CLUBS_AFTER
        and _ROLE_BEFORE.search(value, max(0, m.start - 16), m.start) is not None
    )


def _a_word_or_a_person(value: str, m: Match) -> bool:
    first = value[m.start]
    if "A" <= first <= "Z" and _a_person_by_role(value, m):
        return True
    if _katakana(first):
        # a place spelt in Katakana with a Katakana letter right before or after it is part
        # of a longer word: サマル (Samar) in サマルカンド (Samarkand)
        return (m.start > 0 and _katakana(value[m.start - 1])) or (
            m.end < len(value) and _katakana(value[m.end])
        )
    if first.islower() and first.isalpha() and not is_cjk(first):
        # the adjective made from a place is written in lower case ("ленинградское радио",
        # "в московском журнале"): it stays the place
        return m.term[:1].isupper() and _PLACE_ADJECTIVE.match(m.term) is None
    if first in "Пп" and value[m.start : m.end].lower() in _GIVEN_NAME_PLACES:
        return (
            _CAPITALISED_AFTER.match(value, m.end) is not None
            or _CAPITALISED_BEFORE.search(value, max(0, m.start - 30), m.start) is not None
        )
    if value.endswith(_SURNAME_ENDINGS, m.start, m.end) and first.isupper():
        # a place's adjective after a given name, with no noun of its own after it, is a
        # surname or a pen name: "-- Рома Воронежский", "Андрій Київський"
        return (
            _NOUN_AFTER.match(value, m.end) is None
            and _CAPITALISED_BEFORE.search(value, max(0, m.start - 30), m.start) is not None
        )
    return False


# A two-character city name that is the given name of a person (LABELLING.md: the same letters
# as another word): "主任高玉林等５人" is Mr Gao Yulin, not Yulin. The name follows a common
# surname and is a person's where an official's title stands before it or a word that follows
# a person's name comes after ("高玉林与原天津市……", "王天津同志"); once so, it is the person
# throughout the text ("高玉林侵吞公款"). Prepositions that are also surnames (于, 向) are left
# out: "于北京", "向上海" name the city.
_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛"
    "郝龚邵万钱严覃武戴莫孔汤張劉陳楊黃趙吳孫馬鄭謝許韓馮鄧葉蘇呂盧鍾譚陸賈鄒龔錢嚴湯"
)
_TITLES_BEFORE = (
    "主任", "书记", "部长", "局长", "厅长", "处长", "科长", "市长", "县长", "省长", "经理",
    "主席", "委员", "记者", "教授", "博士", "院长", "校长", "董事长", "总裁", "秘书长",
    "司令员", "政委", "代表", "厂长", "队长", "村长", "乡长", "镇长", "所长", "会长", "老师",
    "先生", "同志", "工程师", "研究员", "医生", "师傅", "被告人", "犯罪嫌疑人",
)  # fmt: skip
_PERSON_AFTER_NAME = (
    "等", "与", "和", "说", "同志", "先生", "女士", "表示", "指出", "认为", "介绍", "告诉",
    "副", "主任", "书记", "部长", "局长", "处长", "经理", "教授", "博士", "老师", "师傅",
)  # fmt: skip


def _a_persons_name(value: str, at: int) -> bool:
    """Whether the surname at ``at`` and the two characters after it are a person's name."""
    return value.endswith(_TITLES_BEFORE, 0, at) or value.startswith(_PERSON_AFTER_NAME, at + 3)


def _in_a_name(value: str, m: Match) -> bool:
    """A city's two-character name as a person's given name (see above)."""
    start = m.start
    if m.end - start != 2 or not start or value[start - 1] not in _SURNAMES:
        return False
    if not is_cjk(value[start]):
        return False
    name = value[start - 1 : m.end]
    at = value.find(name)
    while at >= 0:
        if _a_persons_name(value, at):
            return True
        at = value.find(name, at + 1)
    return False


# 中方 ("the Chinese side") before 能 or 可 is also X中 + 方能, 方可 ("only then can"): "只有在
# 实践中方能够真正掌握", "从中方可以看出". The side stands after a stop, a list's comma, a
# conjunction or preposition, or a verb of asking or hoping ("他说，中方可以接受", "与中方能否
# 合作", "希望中方能够发挥作用"); after another Han character it is the phrase.
_BEFORE_THE_SIDE = frozenset(
    "与同和跟向对對由将將被让讓请請据據为為给給及、但而并並且或经經令使称稱因是在即以望求促盼吁籲议議"
    "励勵谢謝赏賞迎信"
)


def _only_then(value: str, start: int, end: int) -> bool:
    """Whether 中方 at [start, end) is X中 + 方能 or 方可 (see above)."""
    return (
        value[end : end + 1] in ("能", "可")
        and start > 0
        and is_cjk(value[start - 1])
        and value[start - 1] not in _BEFORE_THE_SIDE
    )


# Two provinces by their one-character abbreviations (津冀, 川渝, 湘鄂; default.yaml) are also
# given names: after a common surname, with no word of a region after them, they are a
# person's ("厂长王津冀在会上讲话", "他的儿子叫李川渝", "刘晋陕同志"); "长江川渝段", "津冀交界"
# stay the provinces.
_PROVINCE_PAIRS = frozenset(
    (
        "津冀", "京冀", "晋冀", "晋陕", "陕甘", "青藏", "川藏", "滇藏", "川渝", "湘鄂", "鄂豫",
        "豫皖", "苏浙", "江浙", "沪宁", "沪杭", "宁沪", "闽粤", "粤桂", "滇黔", "湘赣", "闽赣",
    )
)  # fmt: skip
_REGION_AFTER = frozenset("地两三交一边段线高铁区间之等沿境省市协合经公")


def _a_given_name_pair(value: str, start: int, end: int) -> bool:
    """Whether the pair of provinces at [start, end) is a person's given name (see above)."""
    return start > 0 and value[start - 1] in _SURNAMES and value[end : end + 1] not in _REGION_AFTER


# A city's name in a list of rivers (LABELLING.md: the same letters as another name): "Вода в
# Сулі, Удаї, Пслі, ..., Самарі, Вовчій забруднена" names the Samara river of Ukraine, not the
# Russian city. A place of the gazetteer counts as a river when its sentence speaks of water or
# rivers and it stands in a comma list beside a capitalised word that names no place itself;
# "Вода в Києві, Харкові, Одесі" keeps its cities.
_WATER = re.compile(
    r"(?<![^\W\d_])(?:вод[аиіуоеы]|воді|річк|рік[аиуі]|річ(?:ок|ці)|рек[аиуеі]|река|рек(?![^\W\d_])|"
    r"притока|притоки|приток|басейн|бассейн|русл|river|rivers)",
    re.IGNORECASE,
)
_LIST_BEFORE = re.compile(r"([^\W\d_]+)\s*,\s*$")
_LIST_AFTER = re.compile(r"\s*,\s*([^\W\d_]+)")


# A river named after the words for its mouth, delta, source or upper course (LABELLING.md:
# the same letters as another name): "у гирлі Кубані", "в устье Кубани" is the Kuban river, not
# the region; "Фермери Кубані" stays.
_RIVER_PART_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:гирл[^\W\d_]*|устье|устья|устью|устьем|дельт[^\W\d_]*|витік|витоку|"
    r"верхів.ях?|исток[^\W\d_]*|верховья[^\W\d_]*|верховьях)\s+(?:(?:річки|реки)\s+)?$",
    re.IGNORECASE,
)


# the last letters of those words (гирлі, устье, дельта, витік, верхів'ях, річки...)
_RIVER_PART_ENDS = frozenset("іаомеяюукхи")


def _a_river(value: str, m: Match, matches: list[Match]) -> bool:
    """Whether the place at ``m`` is a river's name in a list of rivers (see above)."""
    neighbours = []
    before = _LIST_BEFORE.search(value, max(0, m.start - 40), m.start)
    if before:
        neighbours.append(before.span(1))
    after = _LIST_AFTER.match(value, m.end)
    if after:
        neighbours.append(after.span(1))
    neighbours = [(a, b) for a, b in neighbours if value[a].isupper()]
    if not neighbours:
        return False
    for a, b in neighbours:
        if any(o.start < b and a < o.end for o in matches if o is not m):
            return False  # a place among places
    return _WATER.search(_sentence(value, m.start)) is not None


def _street(value: str, m: Match) -> bool:
    """A Chinese city name used for a street (Taipei's 青島東路, 濟南路): not the city."""
    after = value[m.end : m.end + 2]
    return (
        bool(after)
        and is_cjk(after[0])
        and (after[0] in "路街巷道" or (after[0] in "東西南北东" and after[1:] in ("路", "街")))
    )


# After a Chinese place name, what makes it descent or a cuisine, not the place (LABELLING.md:
# ethnicity, descent and culture without the country): 山東籍 "of Shandong origin", 四川菜,
# 山東燒餅 (a Taiwanese shop's Shandong-style flatbread).
_NOT_THE_PLACE = (
    "籍",
    "菜",
    # a restaurant of the cuisine and a dish named after the city (四川馆子, 重庆小面), and
    # the Mandarin of a region's accent (广东官话): a cuisine and a way of speaking
    "馆子",
    "館子",
    "小面",
    "小麵",
    "官话",
    "官話",
    "料理",
    "口味",
    "風味",
    "风味",
    "燒餅",
    "烧饼",
    "饅頭",
    "馒头",
    "牛肉麵",
    "牛肉面",
)


# ...but 小面积 is "a small area" (重庆小面积出现冰雹) and 小面包车 a van: the place itself
_NOT_A_DISH = ("小面积", "小麵積", "小面積", "小面包", "小麵包")


def _native_place(value: str, m: Match) -> bool:
    """A Chinese place name for a person's native place or a cuisine, not the place."""
    return value.startswith(_NOT_THE_PLACE, m.end) and not value.startswith(_NOT_A_DISH, m.end)


# 中国 before a word of the culture (LABELLING.md: an art form or a genre named after the
# country is culture, as 中国书画 is): its literature, philosophy and philosophers, idioms
# and sayings (中国文学系, 中国哲学家里，王阳明, 中国成语词典, 中国谚语里的私情男女), not the
# country; the societies, presses, academies and journals so named stay China's own
# (中国文学艺术界联合会, 中国书法家协会, 中国哲学史学会, 中国文学出版社).
_CHINA_NAMES = frozenset(("中国", "中國"))
_CULTURE_AFTER = (
    "文学",
    "文學",
    "哲学",
    "哲學",
    "成语",
    "成語",
    "谚语",
    "諺語",
    "俗语",
    "俗語",
    "书画",
    "書畫",
    "书法",
    "書法",
    "戏曲",
    "戲曲",
    "京剧",
    "京劇",
    "昆剧",
    "崑劇",
    "昆曲",
    "崑曲",
    "古诗",
    "古詩",
    "古典诗词",
    "古典詩詞",
    "有句老话",
    "有句老話",
    "有句古话",
    "有句古話",
    "有句俗话",
    "有句俗話",
    # a Chinese painting (中国画, 中國畫), not a painter or a picture (中国画家, 中国画面)
    "画",
    "畫",
)
_NOT_A_PAINTING = "家面像册冊报報院坛壇"
# ...and the bodies, troupes, delegations, circles, sites and festivals so named (中国文学界
# 代表团, 中国戏曲剧团, 中国书法网, 中国戏曲节)
_CULTURE_BODY = re.compile(
    r"[\u4e00-\u9fff]{0,4}?(?:协会|協會|学会|學會|研究会|研究會|出版社|艺术界|藝術界|联合会|聯合會"
    r"|基金会|基金會|杂志|雜誌|研究所|博物馆|博物館|界|院|代表团|代表團|剧团|劇團|团|團|网|網|节|節"
    r"|报|報|周刊|週刊|月刊)"
)


def _china_culture(value: str, start: int, end: int) -> bool:
    """Whether 中国 at [start, end) names a culture (above), not the country."""
    if value[start:end] not in _CHINA_NAMES or not value.startswith(_CULTURE_AFTER, end):
        return False
    after = end + next(len(w) for w in _CULTURE_AFTER if value.startswith(w, end))
    if value[end] in "画畫" and value[after : after + 1] and value[after] in _NOT_A_PAINTING:
        return False
    return _CULTURE_BODY.match(value, after, after + 10) is None


# 大陆 ("the mainland") right after a name in Latin letters is that continent, a fictional
# one's too ("在中世纪的Selvarin大陆"), as 欧洲大陆 is.
_MAINLAND_NAMES = frozenset(("大陆", "大陸"))


# The name is a proper one, capitalised and at least four letters (Pangaea, Azeroth), not a
# product, brand or party (iPhone大陆售价, OPPO大陆市场, KMT大陆政策), and what follows is
# not the mainland's market, users, edition or policy (App大陆用户, Model Y大陆版).
_CONTINENT_NAME = re.compile(r"(?<![A-Za-z])[A-Z][a-z]{3,} ?\Z")
_MAINLAND_AFTER = (
    "版", "市场", "市場", "用户", "用戶", "售价", "售價", "政策", "地区", "地區", "游客", "遊客",
    "方面", "同胞", "居民", "企业", "企業", "官方", "当局", "當局", "网民", "網民", "民众", "民眾",
    "上市", "发售", "發售", "销售", "銷售",
)  # fmt: skip


def _a_named_continent(value: str, start: int, end: int) -> bool:
    """Whether 大陆 at [start, end) follows a Latin name (above)."""
    return (
        start > 0
        and value[start:end] in _MAINLAND_NAMES
        and value[start - 1].isascii()
        and _CONTINENT_NAME.search(value, max(0, start - 40), start) is not None
        and not value.startswith(_MAINLAND_AFTER, end)
    )


# 西安 in Messiaen's name (施托克豪森、梅西安、布列兹), not after a reporter's name ending in
# 梅 before a dateline (记者张红梅西安报道, 西安电)
_DATELINE_AFTER = ("报道", "報道", "報導", "报导", "电", "電", "讯", "訊", "市", "日电", "日電")


def _messiaen(value: str, start: int, end: int) -> bool:
    """Whether 西安 at [start, end) is the end of 梅西安 (above)."""
    return (
        start > 0
        and value[start - 1] == "梅"
        and value[start:end] == "西安"
        and not value.startswith(_DATELINE_AFTER, end)
    )


# The Republic of China's name before a year is the calendar, a date (LABELLING.md: a
# dynasty named as a period is a date): 中华民国年月日, 中華民國一一三年, 中华民国38年; not
# the state (中华民国一直, 中華民國政府).
_ROC_NAMES = frozenset(("中华民国", "中華民國"))
# A year's numerals (formal ones too: 壹佰壹拾參年), or the blank of 年月日; not 百年 alone
# (中华民国百年国庆, the centenary), 年金, 年鑑 or 年轻 (a pension, a yearbook, "young").
_ROC_YEAR = re.compile(
    r"\s*(?:元|(?!百\s*年)[0-9０-９一二三四五六七八九十廿卅百〇零壹贰貳叁參肆伍陆陸柒捌玖拾佰]{1,8})"
    r"\s*年|年月"
)


def _a_roc_year(value: str, start: int, end: int) -> bool:
    """Whether the Republic of China's name at [start, end) dates a year (above)."""
    return value[start:end] in _ROC_NAMES and _ROC_YEAR.match(value, end) is not None


# Languages named in a list (LABELLING.md: a language is not the country). Russian and
# Ukrainian name languages by adjectives that agree with a language noun: a country adjective
# followed, through a list of other such adjectives, by язык/мова ("русском и английском
# языках", "польською, російською та українською мовами"), or following a language noun
# and a colon ("славянских языков: украинского, белорусского..."), is the language. So is
# one that stands with no noun of its own (a bracket, a stop or a comma follows) in a
# sentence that speaks of languages: "мови ... — це їдиш та ... польська (...) і російська
# (її вплив ...)".
_SLAVIC_ADJ = r"[^\W\d_]+[сцз]ь?к(?:ий|ая|ое|ого|ой|ом|ому|им|ую|ие|их|ими|ые|ых|а|ої|у|ою|ій|і|е)"
_LANG_ADJ = re.compile(_SLAVIC_ADJ, re.IGNORECASE)
_LANG_NOUN = r"(?:язык(?:а|у|ом|е|и|ов|ам|ами|ах)?|мов(?:а|и|і|у|ою|ам|ами|ах)?)(?![^\W\d_])"
_LIST_SEP = r"(?:\s*,\s*(?:(?:и|і|й|та|а также)\s+)?|\s+(?:и|і|й|та|або|или|чи)\s+)"
_PAREN = r"(?:\s*\([^()\n]{0,80}\))?"
# The parts of a language (its words, terms, letters, alphabet, script, spelling, grammar,
# speech, dialects, a keyboard's layout) after the adjective are the language too: "нові українські
# терміни", "русское слово", "Правила русской орфографии", "без впливу російського
# гражданського шрифту", "української писемної мови" (one adjective of their own may stand
# between, before a language noun too), "русскую, так и английскую раскладки".
_LANG_PART = (
    r"(?:слов(?:о|а|у|ом|е|і|ами|ах)?|слів|термін[^\W\d_]*|термин[^\W\d_]*|букв[^\W\d_]*|"
    r"літер[^\W\d_]*|абетк[^\W\d_]*|азбук[^\W\d_]*|алфавіт[^\W\d_]*|алфавит[^\W\d_]*|"
    r"шрифт[^\W\d_]*|орфограф[^\W\d_]*|правопис[^\W\d_]*|граматик[^\W\d_]*|"
    r"грамматик[^\W\d_]*|лексик[^\W\d_]*|фонетик[^\W\d_]*|фонетичн[^\W\d_]*|вимов[^\W\d_]*|"
    r"речь|речи|речью|мовлен[^\W\d_]*|раскладк[^\W\d_]*|розкладк[^\W\d_]*|ортограф[^\W\d_]*|"
    r"діалект[^\W\d_]*|диалект[^\W\d_]*|говірк[^\W\d_]*|приголосн[^\W\d_]*|"
    # its sounds, vowels and consonants, lexemes and loanwords, stress, morphology, syntax and
    # idioms, its Latin and Cyrillic scripts and their transliteration: "Українські голосні",
    # "русские гласные", "російських лексем", "українська латинка"
    r"голосн[^\W\d_]*|гласн[^\W\d_]*|согласн[^\W\d_]*|звук(?:и|ів|ам|ами|ах|ы|ов)|"
    r"лексем[^\W\d_]*|русизм[^\W\d_]*|наголос[^\W\d_]*|ударени[^\W\d_]*|"
    r"произношени[^\W\d_]*|морфолог[^\W\d_]*|синтаксис[^\W\d_]*|фразеолог[^\W\d_]*|"
    r"латинк[^\W\d_]*|кирилиц[^\W\d_]*|кириллиц[^\W\d_]*|транслітерац[^\W\d_]*|"
    r"транслитерац[^\W\d_]*|"
    # a character set, a script's ideograms, an encoding: "набор русских символов", "китайский
    # стандартный набор символов", "російський набір символів", "китайские иероглифы"
    r"набор[^\W\d_]*\s+символ[^\W\d_]*|набір[^\W\d_]*\s+символ[^\W\d_]*|"
    r"иероглиф[^\W\d_]*|ієрогліф[^\W\d_]*|идеограмм[^\W\d_]*|ідеограм[^\W\d_]*|"
    r"кодировк[^\W\d_]*|кодуванн[^\W\d_]*|"
    # a language pair, a language's adjective: "арабсько-російською мовною парою"
    r"мовн[^\W\d_]*|языков[^\W\d_]+)(?![^\W\d_])"
)
_OWN_ADJ = (
    r"(?:\s+[^\W\d_]+(?:[иыіо]й|[ао]я|ое|[оеє]го|[оеє]му|[ыи]м|ую|[ыиі]е|[ыи]х|ої|ій|н[аеі]|"
    r"(?:ов|ев|н|ськ|цьк|ч)(?:у|ою)))?"
)
_LANG_AFTER = re.compile(
    rf"{_PAREN}(?:{_LIST_SEP}{_SLAVIC_ADJ}{_PAREN})*{_OWN_ADJ}\s+(?:{_LANG_NOUN}|{_LANG_PART})",
    re.IGNORECASE,
)
_NO_NOUN = re.compile(
    r"\s*(?:[(),.;:!?»”\"/\]]|[—–]\s|$)"
)  # a quote closing: "розмовляє російською"
_SENTENCE_END = re.compile(r"[.!?…](?=\s)|\n")
_LANG_WORD = re.compile(rf"(?<![^\W\d_]){_LANG_NOUN}", re.IGNORECASE)
_LANG_BEFORE = re.compile(
    rf"(?<![^\W\d_]){_LANG_NOUN}\s*[:—–]\s*(?:{_SLAVIC_ADJ}{_PAREN}{_LIST_SEP})*$", re.IGNORECASE
)
# A character set named before the adjective, its characters after it: "набор украинских
# символов", "набір російських символів" (the set before "набор русских символов" is above).
_SET_BEFORE = re.compile(r"(?<![^\W\d_])(?:набор|набір)[^\W\d_]*\s+$", re.IGNORECASE)
_SYMBOLS_AFTER = re.compile(r"\s+(?:символ|знак)[^\W\d_]*", re.IGNORECASE)
_ADJ_BEFORE_SLASH = re.compile(rf"(?<![^\W\d_]){_SLAVIC_ADJ}/$", re.IGNORECASE)
_LIST_TAIL = re.compile(rf"{_PAREN}(?:{_LIST_SEP}{_SLAVIC_ADJ}{_PAREN})*", re.IGNORECASE)
# Ukrainian names a language by a feminine adjective alone, the noun мова understood:
# "написати відгук українською", "українською користуються менше" (instrumental), "я розумію
# російську", "перейшла на українську", "мою українську редагувати" (accusative, after a verb
# of speaking, reading or learning, "на" or a possessive). Only when no noun of the
# adjective's own case follows, through a list of such adjectives: "українською владою",
# "під російською окупацією", "на українську територію" are the state's.
_LANGUAGE_STEM = r"(?:українськ|російськ|китайськ)"  # not a city's: "Софією Київською"
_INSTRUMENTAL = re.compile(rf"{_LANGUAGE_STEM}ою", re.IGNORECASE)
_ACCUSATIVE = re.compile(rf"{_LANGUAGE_STEM}у", re.IGNORECASE)
_NOMINATIVE = re.compile(rf"{_LANGUAGE_STEM}а", re.IGNORECASE)
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+(?:-[^\W\d_]+)*)")
_GENITIVE = re.compile(rf"{_LANGUAGE_STEM}ої", re.IGNORECASE)
# the locative after в or у: "і в російській бажано їх уникати" (ua-gec), not "в російській
# армії", whose noun ends as the adjective's case does
_LOCATIVE = re.compile(rf"{_LANGUAGE_STEM}ій", re.IGNORECASE)
_RU_LOCATIVE = re.compile(r"(?:русск|украинск|китайск)ом", re.IGNORECASE)
# and only beside another language so named ("В английском пишут ... в русском наоборот")
_OTHER_LANGUAGE_LOCATIVE = re.compile(
    r"(?:английск|французск|немецк|испанск|итальянск|украинск|китайск|японск|польск|"
    r"белорусск|латинск|греческ|арабск|турецк)ом(?![^\W\d_])",
    re.IGNORECASE,
)
_IN_BEFORE = re.compile(r"(?<![^\W\d_])[ву]\s+$", re.IGNORECASE)
# each feminine form with the endings its own noun would have: "українською владою",
# "на українську територію", "з боку російської влади"
_FEMININE_CASES = (
    # the nominative too, with мова understood in a sentence on languages: "З-поміж
    # неслов'янських мов українська приблизно від 895 р. межує ... з угорською"; not
    # "українська влада", "російська армія"
    (_NOMINATIVE, ("а", "я")),
    (_INSTRUMENTAL, ("ю",)),
    (_ACCUSATIVE, ("у", "ю", "ь")),
    (_GENITIVE, ("и", "і", "ї")),
    (_LOCATIVE, ("і", "ї")),
    # Russian names a language so too, the masculine locative after в with no noun of its own
    # case after it: "В английском пишут ... в русском наоборот", not "в русском музее"
    (_RU_LOCATIVE, ("е", "и", "у", "ах", "ях")),
)
# Content said by a language adjective in a sentence on languages is content in that language
# (LABELLING.md: "російський контент" beside the Russian and Ukrainian languages).
_CONTENT_AFTER = re.compile(r"\s+(?:контент|content)[^\W\d_]*(?![^\W\d_])", re.IGNORECASE)
_SPEAK_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:говор|розмовл|спілку|пиш|писа|напис|чита|прочит|розумі|зна[юєтв]|вивч|використ|"
    r"вч[иуа]|переклад|перейш|перейт|переход|перех|користу|слуха|мо[юєї]|сво[юєї]|наш[уі]|"
    r"ваш[уі]|тво[юєї])[^\W\d_]*(?:\s+на)?\s+$",
    re.IGNORECASE,
)


# or before an infinitive of using, learning or speaking it: "то українську використовувати
# просто вигідно", "українську вчити треба змалку"
_SPEAK_AFTER = re.compile(
    r"\s+(?:використов[^\W\d_]*ти|вчити|вивчати|вивчити|знати|розуміти|говорити|розмовляти|"
    r"читати|писати|слухати|учити)(?:ся)?(?![^\W\d_])",
    re.IGNORECASE,
)


def _anothers_office(value: str, m: Match, matches: list[Match], taxonomy: Taxonomy) -> bool:
    """An office every state has (``kind: office`` in institutions.yaml, 外交部发言人, 财政部)
    named right after another economy ("伊朗外交部发言人", "俄罗斯的外交部长", "台湾の国防部"):
    that one's office."""
    own = taxonomy.by_id[m.tag].code
    for o in matches:
        if o is m or o.start >= m.start:
            continue
        if o.end >= m.start or value[o.end : m.start] in ("的", "の"):
            code = _economy(o, taxonomy)
            if code is not None and code != own:
                return True
    return False


_OFFICE_REACH = 150  # characters before an office in which the economy it serves is named


def _after_another_economy(value: str, m: Match, matches: list[Match], taxonomy: Taxonomy) -> bool:
    """An office (see above) whose nearest economy named before it in its paragraph, within
    ``_OFFICE_REACH`` characters, is another: foreign news names the country first and its
    ministers after ("墨西哥总统塞迪略７日任命女参议员罗萨里奥·格林为外交部长", "英国国防军需国务
    大臣约翰·吉尔伯特……他说，国防部将"); China's own spokesman opens the paragraph
    ("外交部发言人沈国放今天在这里说") or follows a Chinese dateline. Only this mention: the
    same office may be China's in another paragraph."""
    own = taxonomy.by_id[m.tag].code
    head = max(value.rfind("\n", 0, m.start) + 1, m.start - _OFFICE_REACH)
    nearest = None
    for o in matches:
        if o.start >= m.start:
            break
        if o.start >= head and o.origin not in taxonomy.offices:
            code = _economy(o, taxonomy)
            if code is not None:
                nearest = code
    return nearest is not None and nearest != own


# A language's edition, version, translation or dictionary (LABELLING.md: a Russian version of
# a website is the language): "(русская редакция)", "руско-турски речник" (Bulgarian),
# "русско-английского словаря", "українську версію сайту", "російської вікіпедій" (a
# Wikipedia in that language). Only the language adjectives:
# "российская версия событий" is the state's.
_EDITION_ADJ = re.compile(r"(?:русс?к|російськ|українськ|украинск|китайськ|китайск)", re.IGNORECASE)
_EDITION_AFTER = re.compile(
    r"[^\W\d_]*(?:-[^\W\d_]+)*\s+(?:редакци|редакці|верси|версі|перевод|превод|переклад|словар|"
    r"словник|речник|субтитр|озвучк|локализаци|локалізаці|текст|вікіпеді|википеди)",
    re.IGNORECASE,
)


# A site, a forum, a portal or an interface said by the Russian language adjective (русск-;
# not the state's российск-, nor Bulgarian руск-, the state's too) is one in the language, as
# a version of a website is (LABELLING.md): "Русский сайт о губных гармошках", "на русских форумах".
# Ukrainian "російськ-" and "китайськ-" sites stay the country's: "російські сайти поширюють".
_SITE_ADJ = re.compile(r"русск", re.IGNORECASE)
_SITE_AFTER = re.compile(r"[^\W\d_]*\s+(?:сайт|форум|портал|интерфейс)", re.IGNORECASE)


# A language switcher or a localisation file names languages by their own names, the Russian
# and Ukrainian ones by the adjective alone, with no noun after it: "English | Русский |
# Deutsch", '[% mess1="English1" %] ... [% mess1="Русский1" %]' (a string of a site's
# Russian messages, the digit part of the word). The adjective with another language's own
# name beside it (within 40 characters) and no word after it on its line is the language,
# not the country.
_MENU_NAMES = frozenset(("Русский", "русский", "Українська", "українська"))
_MENU_WORD_AFTER = re.compile(r"[ \t]*[^\W\d_]")
_ENDONYM = re.compile(
    r"English|Deutsch|Français|Español|Italiano|Polski|Português|Беларуская|Қазақша|中文|日本語|"
    r"한국어|Русский|Українська"
)


def _in_a_language_menu(value: str, start: int, end: int) -> bool:
    """Whether the language adjective at [start, end) is a switcher's language (above)."""
    if _MENU_WORD_AFTER.match(value, end):
        return False
    lo, hi = max(0, start - 40), end + 40
    return any(
        not (m.start() == start and m.end() == end)
        for m in _ENDONYM.finditer(value, lo, hi)
        if not (start <= m.start() < end)
    )


def _owned_offices(found: list[tuple[Field, str, list[Match]]], taxonomy: Taxonomy) -> set[str]:
    """The offices another economy owns somewhere in the article (see _anothers_office)."""
    offices = taxonomy.offices
    return {
        m.origin
        for _, value, matches in found
        for m in matches
        if m.origin in offices and _anothers_office(value, m, matches, taxonomy)
    }


# A person's nationality said as a descriptor (LABELLING.md: "a Ukrainian writer", "a
# Chinese-born physicist" is not the country): an English country adjective after "a"/"an"
# (one word may stand between) and before a noun for an artist, a scholar, an émigré or a
# noble ("a heroic Russian count" in a painting). Officials,
# soldiers, diplomats and companies stay the state's: "a Russian general", "a Chinese firm".
_A_PERSON_AFTER = re.compile(
    rf"(?:-born|-American|-British|-Canadian|-Australian)?\s+(?:{'|'.join(PERSON_AFTER_EN)})s?"
    r"(?![^\W_])",
    re.IGNORECASE,
)


# The same in the languages that put the adjective before the noun with no article
# (German, Ukrainian, Russian: "ein russischer Schriftsteller", "Великий український поет",
# "русский писатель") and in those that put it after (French, Spanish, Italian, Portuguese:
# "un écrivain russe", "el pintor ruso").
_PERSON_AFTER = re.compile(rf"\s+(?:{'|'.join(PERSON_AFTER)})[^\W\d_]*(?![^\W\d_])", re.IGNORECASE)
_PERSON_BEFORE = re.compile(f"(?:{'|'.join(PERSON_BEFORE)})s?", re.IGNORECASE)


# A person's name after the noun, one more noun joined by "and" allowed before it ("Russian
# writer and philosopher Leo Tolstoy"); the noun itself is singular (a plural ends in s).
_NAMED_AFTER = re.compile(r"(?<![sS])(?:\s+and\s+[a-z]+)?\s+[A-Z][a-z]+[ \t]+[A-Z]")


def _previous_word(value: str, at: int) -> tuple[str, int]:
    """The word that ends before the spaces before ``at`` ("" when none), and its start.

    It runs back to a char the fold makes a space, as the matcher's words do (a digit or an
    accent belongs to it): the heads in worker/taxonomy/context.py then find every word
    this returns.
    """
    i = at
    while i > 0 and value[i - 1].isspace():
        i -= 1
    if i == at:
        return "", at
    j = i
    while j > 0 and (value[j - 1].isalpha() or in_word(value[j - 1])):
        j -= 1
    return value[j:i], j


# Polish names one person by a singular demonym noun ("Polak, Rosjanin i Niemiec" of a joke,
# "Chińczyk"), a nationality as a descriptor like "деякого китайця"; the plural (Rosjanie,
# Chińczycy: the people as the country's citizens) still counts.
_ONE_PERSON = frozenset(
    stem + ending
    for stem, endings in (
        ("rosjan", ("in", "ina", "inowi", "inem", "inie", "ka", "ki", "ce", "kę", "ką")),
        ("chińczyk", ("", "a", "owi", "iem", "u")),
        ("chin", ("ka", "ki", "ce", "kę", "ką")),
        ("ukrai", ("niec", "ńca", "ńcowi", "ńcem", "ńcu", "nka", "nki", "nce", "nkę", "nką")),
    )
    for ending in endings
)


# A city's adjective before such a noun names where the person works or lives, not a
# nationality (LABELLING.md: a city named as an author's home is an address): "в узких
# кругах московских философов", "київський художник", "петербургский поэт".
_CITY_ADJECTIVE_HEADS = (
    "московск", "московськ", "петербургск", "петербурзьк", "ленинградск", "ленінградськ",
    "киевск", "київськ", "харьковск", "харківськ", "одесск", "одеськ", "львовск", "львівськ",
    "пекинск", "пекінськ", "шанхайск", "шанхайськ", "нижегородск", "новгородск",
)  # fmt: skip


def _a_nationality(
    value: str, start: int, end: int, context: frozenset[str] = CONTEXT_TAGS
) -> bool:
    """Whether the adjective at [start, end) is a person's nationality (see above).

    ``context``: the internal tags of worker/taxonomy/context.py found in ``value``; a
    pattern whose nouns none of them found cannot match and is not run.
    """
    first = value[start]
    if first in "RrCcUu" and value[start:end].lower() in _ONE_PERSON:
        return True
    if "A" <= first <= "Z":
        if PERSON_NEXT not in context:
            return False
        noun = _A_PERSON_AFTER.match(value, end)
        if noun is None:
            return False
        word, at = _previous_word(value, start)  # "a", or "a heroic"
        if word.lower() in ("a", "an") or _previous_word(value, at)[0].lower() in ("a", "an"):
            return True
        # with "the" or no article, the adjective (not a city: "the Leningrad poet Joseph
        # Brodsky" names his home) before the noun and a person's name: "the Russian linguist
        # Igor Diakonoff", "a friend of Russian composer Igor Stravinsky"
        return (
            value.endswith(("ian", "ese"), start, end)
            and _NAMED_AFTER.match(value, noun.end()) is not None
        )
    if not first.islower():
        return False
    if PERSON_NEXT in context and _PERSON_AFTER.match(value, end) is not None:
        return not value[start:end].lower().startswith(_CITY_ADJECTIVE_HEADS)
    if PERSON_PREVIOUS not in context:
        return False
    word, _ = _previous_word(value, start)
    return bool(word) and _PERSON_BEFORE.fullmatch(word) is not None


# A saying attributed to a nation (LABELLING.md: culture, as a language is, not the country):
# the country adjective before a word for a proverb, a saying or wisdom ("Китайская
# пословица", "руска пословица", "čínské přísloví", "Chinese proverb", "chinesisches
# Sprichwort") or after one ("Proverbio chino", "przysłowie chińskie", "provérbio chinês").
# The word may follow a list of such adjectives ("русская и белорусская пословица") and
# народный ("русскую народную песню"). Gated on the first letter of the word beside the
# adjective before any pattern runs.
_SAYING_AFTER_FIRST = frozenset(
    "".join(w[0].lower() + w[0].upper() for w in SAYING_AFTER) + "нНиіт"
)
_SAYING_AFTER = re.compile(
    rf"(?:{_LIST_SEP}{_SLAVIC_ADJ})*\s+(?:народн[^\W\d_]*\s+)?(?:(?:{'|'.join(SAYING_AFTER)})"
    rf"[^\W\d_]*|(?:{'|'.join(SAYING_AFTER_WHOLE)})(?![^\W\d_]))",
    re.IGNORECASE,
)
_SAYING_BEFORE_FIRST = frozenset("pPdDrRsSmMaAfF")
_SAYING_BEFORE = re.compile(f"(?:{'|'.join(SAYING_BEFORE)})", re.IGNORECASE)


def _a_saying(value: str, start: int, end: int, context: frozenset[str] = CONTEXT_TAGS) -> bool:
    """Whether the adjective at [start, end) attributes a saying to a nation (see above;
    ``context`` as for _a_nationality)."""
    if SAYING_NEXT in context and end + 1 < len(value) and value[end].isspace():
        at = end + 1
        while at < len(value) and value[at].isspace():
            at += 1
        if (
            at < len(value)
            and value[at] in _SAYING_AFTER_FIRST
            and _SAYING_AFTER.match(value, end) is not None
        ):
            return True
    if SAYING_PREVIOUS not in context:
        return False
    word, _ = _previous_word(value, start)
    return (
        bool(word)
        and word[0] in _SAYING_BEFORE_FIRST
        and _SAYING_BEFORE.fullmatch(word) is not None
    )


# Polish names a language by the masculine genitive adjective alone, the noun język understood,
# in school and translation talk: "zeszyt od rosyjskiego w koszu", "lekcja chińskiego.",
# "tłumaczenie z rosyjskiego na polski". Only when no noun follows: the next thing is a stop,
# a comma, the end, or a preposition or conjunction ("rosyjskiego rządu" is the state's).
_POLISH_ALONE = re.compile(
    r"\s*(?:[,.;:!?)]|$|(?:w|we|na|i|a|oraz|czy|do|po|z|ze|bo|ale|lub|albo)(?![^\W\d_]))"
)


def _a_polish_language(value: str, start: int, end: int) -> bool:
    """Whether the Polish adjective at [start, end) stands alone for its language."""
    return value.endswith("skiego", start, end) and _POLISH_ALONE.match(value, end) is not None


# Country names of one covered language that are everyday words of another once folded, in
# lower case as those words are written (a country's name is capitalised in every Latin-script
# language): Polish "do kina" (cinemas) as Croatian and Swedish Kina, Czech "velký čin" (a deed)
# and Italian "cin cin" as Turkish Çin. Spanish "la economía china" is the country's. The
# same in Cyrillic: Serbian Кина, Кине, Кину (China) are Russian and Ukrainian "кину" ("I'll
# throw"), "не кине все" (ua-gec: "won't drop everything") and "кина не будет".
_WORDS_NOT_NAMES = frozenset(("kina", "cin", "čin"))
# The same for the aliases: Italian, Spanish and Portuguese "mosca" (a fly: "la sua mosca",
# "A picada de mosca"; the city is Mosca), Polish slang "kijowa wersja" (a lousy version; the
# city's genitive is Kijowa), Czech "ruší" (cancels), English "muscovite" (a mica: "muscovite
# and biotite"; the people are Muscovites), Portuguese, Spanish and Italian "formosa"
# ("beautiful": "uma cidade formosa"; the island is Formosa), never the names' lower case.
_ALIAS_WORDS_NOT_NAMES = frozenset(
    (
        "mosca", "kijowa", "kijowe", "kijowy", "kijowej", "kijowym", "kijowego", "kijowo", "ruší",
        "muscovite", "muscovites", "formosa",
    )
)  # fmt: skip
_CYRILLIC_WORDS_NOT_NAMES = frozenset(("кина", "кине", "кину"))
# English "china" in lower case beside the table's silver, crystal or glass is porcelain ("her
# grandmother's old china and silver"); "China and Silver Lake Resources" is the country.
_TABLEWARE = re.compile(
    r"china\s+(?:and|&)\s+(?:silver|crystal|glass)|(?:silver|crystal|glassware)\s+(?:and|&)\s+china"
)
# Words of one language that fold to a covered name of another, in any case (a sentence's
# first word is capitalised, and "Cina cea de Taină" is the Last Supper), dropped in a text
# the normalize stage detected as that language: Indonesian and Malay "rusa" (a deer:
# "seekor rusa") as Spanish rusa, Romanian "cina" (dinner: "am luat cina") as Italian Cina,
# Lithuanian "kinas", "kiną", "kine" (the cinema: "eiti į kiną") as Swedish Kinas and
# Croatian Kina (China is Kinija), Finnish "kina" (a squabble; China is Kiina), in Spanish,
# Portuguese and Italian "Formosa" (a word, and Argentina's province and Brazil's towns of the
# name; those texts call the island Taiwan) as the island's English name, and in English the
# Italian, Spanish and Portuguese name of Moscow, a surname there ("as Mosca put it", of a
# researcher; English news says Moscow). Compared in lower case as written.
_NOT_NAMES_IN: dict[str, frozenset[str]] = {
    "en": frozenset(("mosca",)),
    "es": frozenset(("formosa",)),
    "pt": frozenset(("formosa",)),
    "it": frozenset(("formosa",)),
    "id": frozenset(("rusa", "rusanya")),
    "ms": frozenset(("rusa", "rusanya")),
    "ro": frozenset(("cina", "cinei", "cinele")),
    "lt": frozenset(("kinas", "kina", "kiną", "kino", "kinui", "kinu", "kine")),
    "fi": frozenset(("kina", "kinaa", "kinan")),
}


# Korean writes a word with its particles and prefixes together and words apart, so 대만
# (Taiwan) with a syllable right before it ends a longer word: 세대만 "only the
# generation" (세대 + 만), 기대만큼 "as much as expected", 시대만 "only the era" hold 대만
# (Taiwan). These prefixes make a word of the country itself: 친중국 "pro-China", 반중국,
# 주중국 "in China", 재중국, 대중국 "toward China" (대중국 수출, exports to China), 탈중국
# "out of China", 범중국, 비중국, 구소련, 신중국, the seas and regions named after it
# (남중국해, the South China Sea, as in English; 동중국해, 북중국), and 주한/재한/방한 (in or
# visiting Korea: 주한대만대표부).
_HANGUL_PREFIXES = frozenset("친반주재대탈범비구신남북동서전한")


def _inside_a_hangul_word(value: str, start: int) -> bool:
    """Whether 대만 (Taiwan) at ``start`` is the end of a longer word (see above), or the
    counter 대 and "only" 만 after digits (20대만 "only people in their twenties", 2대만 "only
    two vehicles"). Only 대만: the other names, of three syllables or more, end no everyday
    word, and 주한중국대사관 (China's embassy in Korea) is written as one word."""
    if not start or not value.startswith("대만", start):
        return False
    before = value[start - 1]
    if "\uac00" <= before <= "\ud7a3":
        return before not in _HANGUL_PREFIXES
    return before.isdigit()


# Everyday words of other languages that differ from a name only in accents the matcher
# reads away (wordfreq's frequent words, LABELLING.md): Romanian "puțin", "puține" ("a
# little", "few") for Putin, Latvian "daži" ("some") for Italian dazi (duties), Latvian "cīņa"
# ("struggle") and Romanian "cină" ("dinner") for Italian Cina, Vietnamese "ngả" for Nga
# (Russia). Compared as written, in lower case: the names themselves carry no such accent.
_ACCENTED_WORDS_NOT_NAMES = frozenset(
    {
        *(f"pu{t}{e}" for t in "țţ" for e in ("in", "ine", "ină", "ini", "inei", "inul")),
        "daži", "dažas", "dažos", "dažiem", "cīņa", "cīņu", "cīņā", "cīņas", "cīņai",
        "cină", "ngả",
    }
)  # fmt: skip


def _a_word(value: str, start: int, end: int, how: str) -> bool:
    """Whether a country's name at [start, end) is an everyday word that folds to its
    letters (above), or Czech "činy" (deeds, with a short i) read as Číny."""
    first = value[start]
    if first in "čČ":
        return value[start + 1 : start + 2] in ("i", "I")
    if first == "к":
        return value[start:end] in _CYRILLIC_WORDS_NOT_NAMES
    if first == "R":
        return _a_surname(value, start, end)
    if how == "alias":
        if first == "M" and _a_surname(value, start, end):
            return True
        return value[start:end] in _ALIAS_WORDS_NOT_NAMES
    return how == "cldr" and first in "kc" and value[start:end] in _WORDS_NOT_NAMES


# Russo, one of Italy's commonest surnames, is the Italian and Portuguese adjective only in
# lower case ("il presidente russo"): capitalised after a capitalised name it is the person
# ("Carmen Russo", "Renato Russo", "Anthony Russo"). "Russo-Japanese" stays the country.
_LATIN_SURNAMES = frozenset(("Russo",))
_DASHES = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2212")
# capitalised words before the adjective that are no given name ("The Russo–Japanese War",
# "Governo Russo anuncia")
_NOT_GIVEN_NAMES = frozenset(
    (
        "the", "governo", "exército", "esercito", "presidente", "ministro", "estado", "stato",
        "império", "impero", "povo", "popolo", "partido", "partito", "exercito", "il", "lo",
        "la", "os", "as", "um", "uma", "un", "una",
        # Moscow's clubs ("Spartak Mosca", "Dinamo Mosca"; LABELLING.md, taxonomy 2.19.0)
        "spartak", "dinamo", "dynamo", "lokomotiv", "torpedo", "cska", "via", "piazza",
        # words that open a sentence before the city ("Secondo Mosca, le sanzioni...")
        "secondo", "per", "anche", "ma", "oggi", "ieri", "ora", "poi", "e", "che", "se",
        "con", "da", "tra", "fra", "verso", "contro", "dopo", "mentre", "quando", "così",
        "intanto", "infine", "pure", "non", "proprio", "persino", "solo", "invece",
        "dunque", "quindi", "inoltre", "allora", "già", "ancora", "anzi", "eppure", "nemmeno",
        "neanche", "nemmeno", "según", "segundo", "para", "pero", "mas", "também", "hoy",
        "hoje", "com", "contra", "desde", "hasta", "até", "sobre", "entre", "y",
    )
)  # fmt: skip


def _a_surname(value: str, start: int, end: int) -> bool:
    """Whether the adjective at [start, end) is a surname after a given name (above)."""
    if value[start:end] not in _LATIN_SURNAMES or value[end : end + 1] in _DASHES:
        return False
    word, _ = _previous_word(value, start)
    if not (len(word) > 1 and word[0].isupper() and word[1:].islower()):
        return False
    if word.lower() in _NOT_GIVEN_NAMES:
        return False
    after = value[end : end + 3].lstrip(" ")
    return not (after[:1].isupper())  # a title-case headline: "Exército Russo Ataca Kiev"


# The matcher reads accents away, so an alias can find a word of another language whose
# letters carry other accents: Czech "ruší" ("cancels", "disturbs") as Romanian ruși
# (Russians). A whole-word alias spelt with Latin accented letters is another word where
# the text has a different accented letter in the same place (not merely none: "rusi"
# typed without accents stays; Romanian ş and ţ with a cedilla are its ș and ț).
_CEDILLA = str.maketrans("şţŞŢ", "șțȘȚ")


def _another_accent(value: str, start: int, end: int, term: str) -> bool:
    """Whether the word at [start, end) carries another accented letter than ``term``."""
    if term.isascii() or end - start != len(term):
        return False
    word = value[start:end].translate(_CEDILLA)
    return any(
        a != b
        and "\u00c0" <= a <= "\u024f"
        and "\u00c0" <= b <= "\u024f"
        and a.lower() != b.lower()
        for a, b in zip(word, term.translate(_CEDILLA), strict=True)
    )


# Languages and scripts in the Latin-script languages (LABELLING.md: a language is not the
# country). A country adjective is the language or the script where a word for characters, a
# character set, letters, an alphabet, a script or texts stands right beside it ("caracteres
# rusos", "caratteri standard cinesi", "testi russi", "rosyjski zestaw znaków", "the Russian
# character set"), or where its sentence names a language or a script and the adjective
# stands in a list of lower-case adjectives ("Letras cirílicas para el búlgaro, bielorruso,
# macedonio, ruso, serbio y ucraniano", "caracteres de doble ancho del chino, japonés y
# coreano", "chińskie, japońskie i koreańskie znaki") or alone after an article, as the
# language's noun, with no word of its own after it ("un mejor soporte para el ucraniano.",
# "per l'ucraino."). "El gobierno ruso", "le imprese cinesi" and "el ruso ganó" stay the country.
_SCRIPT = (
    r"caracter(?:es)?|car[aá]cter|caract[èe]res?|caratter[ei]|liter[ayę]?|znak(?:i|ów|ami)?|"
    r"zestaw(?:u|em|ie|y|ów)?\s+znak[^\W\d_]*|alfabet[oaiy]?|alfabetos|alphabets?|escrituras?|escritas?|"
    # (not letters, texts: "letras del Tesoro" are bills, "lettere ai partner" mail)
    r"scritture?|ideogram[^\W\d_]*|"
    r"character\s+sets?|charsets?|script|"
    # the parts of a language, as the Russian and Ukrainian adjective's (_LANG_PART): its vowels
    # and consonants, grammar, spelling and pronunciation ("Russian vowels", "die russischen
    # Vokale", "les voyelles russes", "rosyjskich samogłosek", "Ukrainian spelling"; not
    # Spanish "vocal", also a board's member)
    r"vowels?|consonants?|Vokale?n?|Konsonanten|voyelles?|consonnes?|samogłos[^\W\d_]*|"
    r"spółgłos[^\W\d_]*|grammars?|Grammatik|grammaire|gramatyk[^\W\d_]*|gramática|grammatica|"
    r"spelling|pronunciation|Aussprache|prononciation|pronunciación|pronuncia|pronúncia|"
    r"wymow[^\W\d_]*"
)
# one adjective may stand between ("rosyjski sieciowy zestaw znaków", "caratteri standard
# cinesi"), not a short word ("ruso y textos", "cinesi per testi")
_SHORT_WORDS = r"(?:para|with|oraz|como|come|from|that|pero|dans|pour)(?![^\W\d_])"
_BETWEEN = rf"(?:\s+(?!{_SHORT_WORDS})[^\W\d_]{{4,}})?"
_SCRIPT_AFTER = re.compile(rf"{_BETWEEN}\s+(?:{_SCRIPT})(?![^\W\d_])", re.IGNORECASE)
_SCRIPT_BEFORE = re.compile(rf"(?<![^\W\d_])(?:{_SCRIPT}){_BETWEEN}\s+$", re.IGNORECASE)
_TRANSLATED_LATIN = re.compile(
    r"(?<![^\W\d_])(?:tradu[cz][^\W\d_]*|tradui[^\W\d_]*|tradott[^\W\d_]*|traduzion[ei]|"
    r"translat[^\W\d_]*)",  # French "traduit du russe par", "traduite"
    re.IGNORECASE,
)
_LANGUAGE_WORD = re.compile(
    rf"(?<![^\W\d_])(?:{_SCRIPT}|idiomas?|lenguas?|l[ií]nguas?|lingu[ae]|langues?|j[eę]zyk[^\W\d_]*|"
    r"languages?|cir[ií]lic[^\W\d_]*|cirillic[^\W\d_]*|cyrylic[^\W\d_]*|cyrillic|"
    r"cyrilliques?)(?![^\W\d_])",
    re.IGNORECASE,
)
# the other languages' adjectives a list of languages holds (Spanish, Italian, Portuguese,
# Polish stems), and the four countries' own
_OTHER_LANGUAGE = re.compile(
    r"(?:japon|japoń|giappon|corean|koreań|grieg|grec|grek|gregos?$|búlgar|bulgar|bułgar|bielorrus|"
    r"bellorus|białorus|macedon|serbi|serb|sérvi|árab|arab|hebre|ebraic|hebraic|hebrajsk|armeni|"
    r"armên|georgian|gruzińsk|ingl[eéê]s|angielsk|franc[eéê]s|francusk|alem[aá]n|alemã|tedesc|"
    r"niemieck|italian|włosk|español|espanhol|spagnol|hiszpańsk|portugu|portoghes|polac|polon|"
    r"polsk|chec|czesk|húngar|ungheres|węgiersk|turc|turec|vietnam|tailand|mongol|tibet|rus[oa]s?$|"
    r"russ[oaie]$|rosyjsk|ucranian|ucrain|ukraińsk|chin[oa]s?$|cines[ei]$|chin[eê]s|chińsk|"
    # French: "le bulgare, le biélorusse, le macédonien, le russe", "du chinois, du japonais ou
    # du coréen"
    r"cor[ée]en|bi[ée]lorus|mac[ée]don|h[ée]breu|allemand|anglais|fran[cç]ais|espagnol|italien|"
    r"tch[eè]qu|hongrois|ukrainien|chinois|russes?$|"
    # the other languages of a Cyrillic code page ("kyrgyze, macédonien, mongole, russe, tadjik,
    # Tatar, ukrainien, ouzbek")
    r"kaza[kj]|kazach|ouzbek|uzbe[ck]|tatar|tadjik|tayik|kirghiz|kyrgyz|az[eé]r[ií])"
    r"[^\W\d_]*",
    re.IGNORECASE,
)
_LATIN_LIST_SEP = (
    r"(?:\s*,\s*(?:(?:y|e|i|o|ou|et|and|or|oraz|lub)\s+)?|\s+(?:y|e|i|o|ou|et|and|or|oraz|lub)\s+)"
    r"(?:\([^()\n]{0,40}\)\s*)?"  # "serbio y (casi por completo) ucraniano"
    # French gives each language of a list its article: "le serbe et (presque complètement)
    # l'ukrainien", "du chinois, du japonais ou du coréen"
    r"(?:(?:le|la|les|du|des)\s+|l['’])?"
)
_LIST_NEXT = re.compile(rf"{_LATIN_LIST_SEP}([^\W\d_]+)")
_LIST_PREVIOUS = re.compile(rf"(?<![^\W\d_])([^\W\d_]+){_LATIN_LIST_SEP}$")
_ARTICLE_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:el|del|al|il|dal|nel|sul|o|do|no|ao|l'|dell'|all'|dall'|nell'|sull'|"
    r"le|du|au|l’)\s*$",  # French "le russe", "du chinois", "l’ukrainien"
    re.IGNORECASE,
)
_NO_WORD_AFTER = re.compile(
    r"\s*(?:[),.;:!?»”\"]|$)|\s+(?:y|e|o|ou|et|and|or|por|par|da|by|przez)\s"
)  # "traducido del ruso por Juan López", "tradotto dal russo da Serena Vitale"


def _another_language(word: re.Match[str] | None) -> bool:
    return (
        word is not None
        and word.group(1).islower()
        and _OTHER_LANGUAGE.match(word.group(1)) is not None
    )


# English names a joke's or a fable's characters by singular demonyms, each with its own
# article or beside nouns that are only a people's ("A Russian, an American, and a Blonde
# were talking", "the Russian, Finn, Jew, Georgian, and Ukrainian are not enemies"), as
# Polish does ("Polak, Rosjanin i Niemiec"): nationalities, not the country. Once the text
# so names one, "the Russian" is that character throughout ("said the Russian"). "The
# Russian, Chinese and Iranian governments" and "the Russian revolution" stay the country.
_ENGLISH_DEMONYMS = frozenset(("russian", "chinese", "ukrainian", "taiwanese"))
# nouns that name only a person of a people, never a state's adjective
# (not Arab nor Turk, adjectives too: "Arab, Russian and Chinese envoys")
_PEOPLE_NOUNS = r"Finn|Jew|Pole|Englishman|Frenchman|Irishman|Scotsman|Scot|Dane|Swede"
_ARTICLE = re.compile(r"(?<![^\W\d_])(?:an?|the|The|An?)\s+$")
_IN_A_LIST_OF_PEOPLE = re.compile(
    rf"(?<![^\W\d_])(?:{_PEOPLE_NOUNS})\s*,\s*(?:[A-Z][a-z]+\s*,\s*)*(?:(?:and|or)\s+)?$"
)


def _a_character(value: str, start: int, end: int) -> bool:
    """Whether the English demonym at [start, end) names one of a story's characters."""
    if value[start:end].lower() not in _ENGLISH_DEMONYMS:
        return False
    if _IN_A_LIST_OF_PEOPLE.search(value, max(0, start - 80), start):
        return True
    if not _ARTICLE.search(value, max(0, start - 5), start):
        return False
    return _characters(value, value[start:end].capitalize())


_CHARACTER_LISTS: dict[str, re.Pattern[str]] = {}


@lru_cache(maxsize=32)
def _characters(value: str, word: str) -> bool:
    """Whether ``value`` names ``word`` (a demonym) as one of a story's characters."""
    pattern = _CHARACTER_LISTS.get(word)
    if pattern is None:
        pattern = _CHARACTER_LISTS[word] = re.compile(
            rf"(?<![^\W\d_])(?:[Aa]n?|[Tt]he)\s+{word}\s*,\s*(?:(?:and|or)\s+)?"
            # the next character closes its item ("an American, and a Blonde"), not a
            # noun after it ("a Chinese and an Iranian firm")
            rf"(?:(?:an?|the)\s+[A-Z][a-z]+\s*[,.;:!?]|(?:{_PEOPLE_NOUNS})\s*,)|"
            rf"(?<![^\W\d_])(?:{_PEOPLE_NOUNS})\s*,\s*(?:[A-Z][a-z]+\s*,\s*)*(?:(?:and|or)\s+)?"
            rf"{word}(?![^\W\d_])"
        )
    return pattern.search(value) is not None


# English names a language by the demonym alone after a verb of speaking, understanding,
# reading, writing, learning or teaching it, or of translating from or into it, with no noun
# of its own after it ("nobody understood Chinese.", "he speaks Russian and English",
# "translated from the Russian by"); "read Russian newspapers" and "speaks to Russian
# officials" stay the country.
_SPEAK_EN = re.compile(
    r"(?<![^\W\d_])(?:speak|speaks|spoke|spoken|speaking|understand|understands|understood|"
    r"learn|learns|learned|learnt|learning|study|studies|studied|studying|teach|teaches|taught|"
    r"teaching|write|writes|wrote|written|writing|(?:translated|translating|translate|"
    r"translates)\s+(?:from|into)(?:\s+the)?|fluent\s+in)\s+$",
    re.IGNORECASE,
)
_NO_NOUN_EN = re.compile(
    r"\s*(?:[),.;:!?\"”]|$)|\s+(?:with|at|to|in|on|for|fluently|well|too|either|but|as|"
    r"like|very|by|from|into)(?![^\W\d_])"
)


def _a_spoken_language(value: str, start: int, end: int) -> bool:
    """Whether the English demonym at [start, end) names the language spoken (above)."""
    return (
        value[start:end].lower() in _ENGLISH_DEMONYMS
        and _SPEAK_EN.search(value, max(0, start - 40), start) is not None
        and _NO_NOUN_EN.match(value, end) is not None
    )


# English lists the languages spoken or taught by their names alone, in a sentence about
# languages ("Other common languages spoken ... are Portuguese, Chinese, German, Spanish, and
# French", "courses in English, Russian and Arabic languages"): the demonym is one of a list
# of two or more other languages' English names, with no noun after the list's last name
# but "language(s)". "The Chinese, German and French governments" names states, and a list
# of names in a sentence with no word for a language may be peoples.
_EN_LANGUAGE_NAMES = frozenset(
    (
        "english", "french", "german", "spanish", "portuguese", "italian", "dutch", "arabic",
        "japanese", "korean", "hindi", "urdu", "bengali", "persian", "farsi", "turkish",
        "greek", "hebrew", "polish", "czech", "hungarian", "romanian", "bulgarian", "serbian",
        "croatian", "swedish", "norwegian", "danish", "finnish", "vietnamese", "thai",
        "indonesian", "malay", "tagalog", "swahili", "latin", "mandarin", "cantonese",
        "russian", "chinese", "ukrainian", "belarusian", "kazakh", "armenian", "georgian",
        "papiamento", "yiddish", "punjabi", "tamil",
    )
)  # fmt: skip
_EN_LIST_ITEM = re.compile(r"[A-Z][a-z]+")
_EN_LIST_ITEM_BEFORE = re.compile(r"(?<![^\W\d_])[A-Z][a-z]+$")
_EN_LIST_SEP_AFTER = re.compile(r",?\s+(?:and|or)\s+|,\s+")
_EN_LIST_SEP_BEFORE = re.compile(r"(?:,?\s+(?:and|or)|,)\s+$")
_EN_LANGUAGE_WORD = re.compile(r"(?<![^\W\d_])languages?(?![^\W\d_])", re.IGNORECASE)
_LANGUAGES_AFTER = re.compile(
    r"(?<![^\W\d_])(?:in|into|speaks?|spoke|speaking|spoken|fluent(?:ly)?(?:\s+in)?|"
    r"subtitled|dubbed|subtitles\s+in)\s+$"
)
_EN_LIST_END = re.compile(
    r"\s*(?:[),.;:!?\"”]|$)|\s+(?:languages?|with|at|to|in|on|for|as|by|from|into|"
    r"are|is|were|was|have|has|had|fluently|well|natively)(?![^\W\d_])"
)


def _in_a_list_of_languages(value: str, start: int, end: int) -> bool:
    """Whether the capitalised English demonym at [start, end) is one of a list of language
    names in a sentence about languages (above)."""
    if value[start:end].lower() not in _ENGLISH_DEMONYMS or not value[start].isupper():
        return False
    others = 0
    at = end  # the list after the demonym
    while (sep := _EN_LIST_SEP_AFTER.match(value, at)) and (
        item := _EN_LIST_ITEM.match(value, sep.end())
    ):
        if (
            item.group().lower() not in _EN_LANGUAGE_NAMES
            or value[item.end() : item.end() + 1].isalpha()
        ):
            break
        others += 1
        at = item.end()
    if _EN_LIST_END.match(value, at) is None:
        return False
    head = start  # and before it
    while sep := _EN_LIST_SEP_BEFORE.search(value, max(0, head - 8), head):
        item = _EN_LIST_ITEM_BEFORE.search(value, max(0, sep.start() - 20), sep.start())
        if item is None or item.group().lower() not in _EN_LANGUAGE_NAMES:
            break
        others += 1
        head = item.start()
    if others >= 2 and _EN_LANGUAGE_WORD.search(_sentence(value, start)) is not None:
        return True
    # ... or after "in", "into" or a verb of speaking, one other language's name enough
    # ("taught in English, Russian and Ukrainian", "She speaks English and Russian fluently",
    # "The menu is in English and Chinese"; not "in Russian and Chinese hands", which the
    # list's end above already leaves out)
    return others >= 1 and _LANGUAGES_AFTER.search(value, max(0, head - 30), head) is not None


# Russian and Ukrainian name the language a text is translated into or from by the adjective
# alone after на, с or з ("Перевод на русский "Microsoft DirectX"", "переклад з
# української", "перевод с русского на английский"), as a language noun would follow.
_TRANSLATED_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:перев[оеё]д[^\W\d_]*|перевест[^\W\d_]*|перевел[^\W\d_]*|"
    r"переклад[^\W\d_]*|переклав[^\W\d_]*|перекласт[^\W\d_]*)(?:\s+[^\W\d_]+){0,2}\s+"
    r"(?:на|с|со|з|із|зі)\s+$",
    re.IGNORECASE,
)
_NO_NOUN_OR_TO = re.compile(r"\s*(?:[(),.;:!?»”\"/\]«]|[—–]\s|$)|\s+(?:на|и|і|й|та|или|або)\s")


# A character table names each letter in capitals, after a word for a letter and up to three
# words of its own, the language's adjective last or in brackets: "LETRA MAYÚSCULA CIRÍLICA
# IE UCRANIANA", "КИРИЛЛИЧЕСКАЯ СТРОЧНАЯ БУКВА БЕЛОРУССКО-УКРАИНСКАЯ «И»", "БУКВА ї
# (украинская)". Only the capitalised word counts: "a letter to the Russian embassy" is mail.
_LETTER_NAME = re.compile(
    r"(?<![^\W\d_])(?:LETRA|LETTERA|LETTER|LETTRE|LITERA|БУКВА|ЛІТЕРА)"
    r"(?:\s+(?!(?:TO|THE|FROM|OF|FOR|AND|AN?|AL|DEL|DE|LA|EL|LOS|LAS|DI|DA|DEI|DELLA|À|AUX|DO|"
    r"DLA|ДО|ОТ|К|В|ДЛЯ|И|Й|ДО)(?![^\W\d_]))[^\s(]{1,14}){0,3}\s+\(?(?:[^\W\d_]+-)?$"
)  # "OPEN LETTER TO THE RUSSIAN PEOPLE" is mail


# Two of the checks above need a word that most texts lack (a capitalised word for a letter,
# a word for translating): whether a text holds one is found once per text and field, not
# once per mention, and only in a text the matcher found one of their parts in (LETTER_WORD,
# TRANSLATION_WORD of worker/taxonomy/context.py).
_LETTER_WORD = re.compile(r"LETRA|LETTERA|LETTER|LETTRE|LITERA|БУКВА|ЛІТЕРА")
_TRANSLATION_WORD = re.compile(r"перев[оеё]|перевел|переклад|переклав|перекласт", re.IGNORECASE)
_TEXT_WORDS = (_LETTER_WORD, _TRANSLATION_WORD)


@lru_cache(maxsize=32)
def _holds(value: str, which: int) -> bool:
    """Whether ``value`` holds a word of ``_TEXT_WORDS[which]`` anywhere."""
    return _TEXT_WORDS[which].search(value) is not None


# Every way _a_script says yes reads a word of _SCRIPT or _LANGUAGE_WORD, and each of those
# starts with one of SCRIPT_WORD_STARTS (folded: lower case, no accents): a text whose fold
# has no word starting so is read no further. The matcher finds those starts too (under
# SCRIPT_WORD, also after a Han char, so a superset): this reads only a text it found one in.
_SCRIPT_WORD_STARTS = tuple(" " + start for start in SCRIPT_WORD_STARTS)


@lru_cache(maxsize=32)
def _may_name_a_script(value: str) -> bool:
    folded = " " + fold(value).text
    return any(start in folded for start in _SCRIPT_WORD_STARTS)


def _a_script(value: str, start: int, end: int, context: frozenset[str] = CONTEXT_TAGS) -> bool:
    """Whether the Latin-script adjective at [start, end) names a language or a script (above;
    ``context`` as for _a_nationality)."""
    if SCRIPT_WORD not in context or not _may_name_a_script(value):
        return False
    if _SCRIPT_AFTER.match(value, end):
        return True
    if not value[start].islower():  # a capitalised name ("Russia") follows no script word
        return False
    if _SCRIPT_BEFORE.search(value, max(0, start - 60), start):
        return True
    listed = _another_language(_LIST_NEXT.match(value, end)) or _another_language(
        _LIST_PREVIOUS.search(value, max(0, start - 40), start)
    )
    alone = not listed and (
        _ARTICLE_BEFORE.search(value, max(0, start - 8), start) is not None
        and _NO_WORD_AFTER.match(value, end) is not None
    )
    if not (listed or alone):
        return False
    sentence = _sentence(value, start)
    # a translation word only for the adjective alone ("traducida del ruso por"), not for a
    # list ("La economía china, japonesa y coreana ..., según la traducción de Reuters")
    return _LANGUAGE_WORD.search(sentence) is not None or (
        alone and _TRANSLATED_LATIN.search(sentence) is not None
    )


# An ethnicity (LABELLING.md: ethnicity without the country, "ethnic Ukrainians in Kazan"), as
# English "ethnic Russians" is excluded in the taxonomy: a people's noun or adjective right
# after етнічн-/этническ- ("етнічних українських земель", "этнические русские"); the
# adjective before a population, a minority, a diaspora or a community abroad ("русифікація
# українського населення", "российская диаспора", "Русская община Эстонии"; the country's own
# population is "населення України");
# and, in a sentence on a population's make-up (a minority, a census, or a share in per cent
# of a population, the two within 60 characters and no comma apart), the people's noun
# ("українці становили 88,1 % населення міста",
# "кількість українців становить 15 % ... населення") or the adjective standing for a
# minority ("Найбільшою національною меншиною була російська (8,9 %)"). The names of the
# countries (Україна, Россия) are never an ethnicity.
_PEOPLE_WORD = re.compile(
    r"(?:україн|украин)(?:ц[^\W\d_]*|к[аиіуое]|ськ[^\W\d_]*|ск[^\W\d_]*)|"
    r"(?:росіян|россиян|русск|російськ|российск)[^\W\d_]*|"
    r"китай(?:ц|ськ|ск)[^\W\d_]*|китаянк[^\W\d_]*",
    re.IGNORECASE,
)
_PEOPLE_NOUN = re.compile(
    r"(?:україн|украин)(?:ц[^\W\d_]*|к[аиіуое])|(?:росіян|россиян)[^\W\d_]*|"
    r"русск(?:ие|их|им|ими)|китайц[^\W\d_]*|китайці[^\W\d_]*|китаянк[^\W\d_]*",
    re.IGNORECASE,
)
_ETHNIC_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:етнічн|этническ|этнически)[^\W\d_]*\s+$", re.IGNORECASE
)
_POPULATION_AFTER = re.compile(
    r"\s+(?:[^\W\d_]+(?:ої|ого|их|ой|ая|ий|ый|а|е)\s+)?"
    r"(?:населен|населян|меншин|меньшинств|діаспор|диаспор|общин)",
    re.IGNORECASE,
)
_MAKE_UP = re.compile(
    r"(?<![^\W\d_])(?:меншин|меньшинств|перепис)|(?:\d\s*%|\d\s*(?:відсот|процент))"
    r"[^.;,]{0,60}?(?<![^\W\d_])(?:населен|населян|жител|мешканц)|"
    r"(?<![^\W\d_])(?:населен|населян|жител|мешканц)[^.;,]{0,60}?\d\s*(?:%|відсот|процент)",
    re.IGNORECASE,
)
_MINORITY_ADJ_AFTER = re.compile(r"\s*(?:\(\s*\d|\d|[,;.]|$)")
_MAKE_UP_HINT = re.compile(r"%|відсот|процент|меншин|меньшинств|перепис", re.IGNORECASE)


@lru_cache(maxsize=32)
def _may_tell_a_make_up(value: str) -> bool:
    """Whether ``value`` holds any word _MAKE_UP needs (read once per text, not per mention)."""
    return _MAKE_UP_HINT.search(value) is not None


# The same in English, Polish and German: the people's noun after "ethnic" ("etniczni
# Rosjanie", "ethnische Russen"; English "ethnic Russians" is excluded in the taxonomy), or
# as the subject of a share of a population ("Russians make up 25 % of the population of
# Latvia", "Ukraińcy stanowią 5 % ludności", "Russen stellen 6 % der Einwohner"); not "The
# Chinese population fell by 0.1 %", the country's own.
_LATIN_PEOPLE_NOUNS = frozenset(
    (
        "Russians", "Ukrainians", "Chinese", "Rosjanie", "Rosjan", "Rosjanami", "Rosjanom",
        "Ukraińcy", "Ukraińców", "Ukraińcami", "Ukraińcom", "Chińczycy", "Chińczyków", "Russen",
        "Ukrainer", "Ukrainerinnen", "Chinesen",
    )
)  # fmt: skip
# the letter after the word and a space that may start a diaspora or a minority, and the
# letters that end the words before it (diaspora, minorité, minoría, minority, mniejszość...)
_DIASPORA_STARTS = frozenset("dmMD")
_DIASPORA_ENDS = frozenset("aésićąy")
_LATIN_ETHNIC_BEFORE = re.compile(r"(?<![^\W\d_])(?:etniczn|ethnisch)[^\W\d_]*\s+$", re.IGNORECASE)
_LATIN_SHARE_VERB = re.compile(
    r"\s+(?:make up|made up|account(?:ed)? for|constitut\w+|compris\w+|form(?:ed)?|"
    r"stanowi\w*|stellen|stellten|bilden|bildeten|machen|machten)\s",
    re.IGNORECASE,
)
_LATIN_MAKE_UP = re.compile(
    r"(?:\d\s*%|per ?cent|procent|Prozent)[^.;,]{0,60}?(?<![^\W\d_])(?:population|inhabitants|"
    r"residents|ludno|mieszkańc|Bevölkerung|Einwohner)",
    re.IGNORECASE,
)


# and the adjective of a diaspora or a minority, after it or before it: "the Ukrainian
# diaspora in Canada", "the Russian minority in Estonia", "die russische Minderheit", "la
# minorité russe", "la minoría rusa", "mniejszość ukraińska", "la diaspora ucraina"
_LATIN_DIASPORA_AFTER = re.compile(
    r"\s+(?:diaspora|diasporas|minority|minorities|Minderheit(?:en)?)(?![^\W\d_])"
    # not a minority holding: "Russian minority shareholders", "a Chinese minority stake"
    r"(?!\s+(?:share|stake|interest|owner|holder|investor|partner|govern))",
    re.IGNORECASE,
)
_LATIN_DIASPORA_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:diaspora|minorit[éy]|minorías?|minoranza|minoria|mniejszoś[^\W\d_]*)\s+$",
    re.IGNORECASE,
)


def _a_latin_ethnicity(value: str, start: int, end: int) -> bool:
    """Whether the English, Polish or German people's noun, or a Latin-script people's
    adjective, at [start, end) is an ethnicity (see above)."""
    if _LATIN_DIASPORA_AFTER.match(value, end) or _LATIN_DIASPORA_BEFORE.search(
        value, max(0, start - 16), start
    ):
        return True
    if value[start:end] not in _LATIN_PEOPLE_NOUNS:
        return False
    if _LATIN_ETHNIC_BEFORE.search(value, max(0, start - 16), start):
        return True
    return (
        _LATIN_SHARE_VERB.match(value, end) is not None
        and _LATIN_MAKE_UP.search(_sentence(value, start)) is not None
    )


def _an_ethnicity(value: str, start: int, end: int) -> bool:
    """Whether the people's noun or adjective at [start, end) is an ethnicity (see above)."""
    if not _PEOPLE_WORD.fullmatch(value, start, end):
        return False
    if _ETHNIC_BEFORE.search(value, max(0, start - 16), start):
        return True
    if _POPULATION_AFTER.match(value, end) and not _PEOPLE_NOUN.fullmatch(value, start, end):
        return True
    if not _may_tell_a_make_up(value) or not _MAKE_UP.search(_sentence(value, start)):
        return False
    return _PEOPLE_NOUN.fullmatch(value, start, end) is not None or (
        _MINORITY_ADJ_AFTER.match(value, end) is not None
    )


def _a_language(value: str, start: int, end: int, context: frozenset[str] = CONTEXT_TAGS) -> bool:
    """Whether the adjective at [start, end) names a language in a Russian or Ukrainian list,
    or a language's edition, translation or dictionary, or is a person's nationality or the
    nation a saying is attributed to (``context`` as for _a_nationality)."""
    first = value[start]
    if context:
        if _a_nationality(value, start, end, context) or _a_saying(value, start, end, context):
            return True
    elif first in "RrCcUu" and value[start:end].lower() in _ONE_PERSON:
        return True  # without context words, only a Polish demonym is a nationality
    if value[end - 1] == "o" and _a_polish_language(value, start, end):
        return True
    # (each of the next four reads only a text the matcher found a script word in, or only an
    # English demonym: those tests first, here, save the calls that would make them)
    if (
        SCRIPT_WORD in context
        and first.isascii()
        and first.isalpha()
        and _a_script(value, start, end, context)
    ):
        return True
    if (
        first in "RCUT"
        and value[start:end].lower() in _ENGLISH_DEMONYMS
        and (
            _a_character(value, start, end)
            or _a_spoken_language(value, start, end)
            or _in_a_list_of_languages(value, start, end)
        )
    ):
        return True
    if (
        (first.isupper() or value[start - 1 : start] == "(")
        and LETTER_WORD in context
        and _holds(value, 0)
        and _LETTER_NAME.search(value, max(0, start - 60), start)
    ):
        return True
    if (
        first in "рРуУкК"
        and TRANSLATION_WORD in context
        and _holds(value, 1)
        and _TRANSLATED_BEFORE.search(value, max(0, start - 40), start)
        and _NO_NOUN_OR_TO.match(value, end)
    ):
        return True
    if (
        first in "рРуУкК"
        and _EDITION_ADJ.match(value, start)
        and _EDITION_AFTER.match(value, start + 4)
    ):
        return True
    if first in "рР" and _SITE_ADJ.match(value, start) and _SITE_AFTER.match(value, start + 3):
        return True
    if (
        first in "РрУу"
        and value[start:end].rstrip("0123456789") in _MENU_NAMES
        and _in_a_language_menu(value, start, end)
    ):
        return True
    if not "\u0430" <= value[end - 1] <= "\u0457" or not _LANG_ADJ.fullmatch(value, start, end):
        return False
    if _SYMBOLS_AFTER.match(value, end) and _SET_BEFORE.search(value, max(0, start - 12), start):
        return True  # "набор украинских символов"
    if _CONTENT_AFTER.match(value, end) and _LANG_WORD.search(_sentence(value, start)):
        return True  # "розрізняючи російську і українську мови і розповсюджуючи російський контент"
    if _LANG_AFTER.match(value, end) or _LANG_BEFORE.search(value[max(0, start - 200) : start]):
        return True
    tail = _LIST_TAIL.match(value, end)
    after = tail.end() if tail else end
    bare = _NO_NOUN.match(value, after) is not None
    if bare:
        alone = True
    else:
        # a following word with a noun ending of the adjective's own case may be its noun
        case = next((c for c in _FEMININE_CASES if c[0].fullmatch(value, start, end)), None)
        word = _NEXT_WORD.match(value, after)
        if (
            case is not None
            and word is not None
            and word.group(1).lower().endswith(("ій", "їй", "ом", "ем"))
        ):
            # an adjective of its own: "морській піхоті", "в русском военном флоте"
            word = _NEXT_WORD.match(value, word.end())
        if (
            case is None
            or word is None
            or word.group(1).lower().endswith(case[1])
            or (len(word.group(1)) > 1 and word.group(1).isupper())  # "в русском МИД"
        ):
            return False
        alone = True
    if alone and _LANG_WORD.search(_sentence(value, start)) is not None:
        return True
    # the noun in the sentence before, when nothing follows the adjective: "церковною мовою.
    # ... живої української." (not "Мова йде про обмін. ... української та російської сторін")
    head = _sentence_start(value, start) if bare else 0
    if head and _LANG_WORD.search(_sentence(value, head - 1)):
        return True
    if alone and value[start - 1 : start] == "/" and _ADJ_BEFORE_SLASH.search(value, 0, start):
        return True  # the second of a pair: "кажуть український/російський"
    if _INSTRUMENTAL.fullmatch(value, start, end):
        return True
    if (
        _LOCATIVE.fullmatch(value, start, end)
        or (
            _RU_LOCATIVE.fullmatch(value, start, end)
            and _OTHER_LANGUAGE_LOCATIVE.search(value, max(0, start - 200), end + 200) is not None
        )
    ) and _IN_BEFORE.search(value, max(0, start - 3), start):
        return True
    return _ACCUSATIVE.fullmatch(value, start, end) is not None and (
        _SPEAK_BEFORE.search(value[max(0, start - 40) : start]) is not None
        or _SPEAK_AFTER.match(value, end) is not None
    )


def _sentence_start(value: str, at: int) -> int:
    """Where the sentence around ``at`` starts (as _sentence reads it)."""
    before = value[max(0, at - 400) : at]
    ends = list(_SENTENCE_END.finditer(before))
    return at - len(before) + (ends[-1].end() if ends else 0)


# a full stop that ends an abbreviation ends no sentence: "the U.S. sold", "Corp. delivered"
_ABBREVIATION_END = re.compile(
    r"(?<![^\W_])(?:[A-Z]\.[A-Z]|Corp|Inc|Co|Ltd|Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|No|Jan|Feb|"
    r"Aug|Sept?|Oct|Nov|Dec)\.$"
)


def _sentence_around(value: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence holding [start, end), full stops of abbreviations read as
    none (at most 400 characters either side)."""
    head = max(0, start - 400)
    for m in _SENTENCE_END.finditer(value, head, start):
        if not _ABBREVIATION_END.search(value, max(0, m.start() - 5), m.end()):
            head = m.end()
    stop = min(len(value), end + 400)
    for m in _SENTENCE_END.finditer(value, end, stop):
        if not _ABBREVIATION_END.search(value, max(0, m.start() - 5), m.end()):
            stop = m.start()
            break
    return head, stop


def _sentence(value: str, at: int) -> str:
    """The sentence around ``at`` (at most 400 characters either side)."""
    head = _sentence_start(value, at)
    after = _SENTENCE_END.search(value, at, at + 400)
    return value[head : after.start() if after else at + 400]


# Trade words in other senses that an exclusion phrase cannot list (LABELLING.md, trade: not
# software import/export, not a measure). A word of the trade tag is not trade:
# - a unit after a number: "15,6 Zoll", "2,8 Zoll groß" (inches);
# - in a code statement: "import demo.info.Info;", "from os import path", "export default";
# - when a file, a format or data is what is imported or exported: "import your contacts
#   from a CSV file", "Export the APK file", "importing the posts from Blogger", "імпортує
#   html-документи" (in Ukrainian and Russian, files and markup only);
# - a weak word, capitalised, in the name of a place or a building: "at Commerce Gate";
# - a weak one whose object is a sport, a culture or an idea: "exporting polo from India";
# - a customs word in a sentence on a traveller's luggage (below);
# - a word that folds to a trade word but is spelt as another: Czech "čelní" ("front",
#   "leading": "čelní představitele města") is not "celní" (customs), and German "Zollen"
#   without the umlaut is the old plural of Zoll as inches ("die Länge der Tabakspfeife in
#   Zollen"), not Zöllen (duties).
TRADE = "trade"
# Ukrainian and Russian import/export words are strong; a file as their object is software
# all the same: "імпортує html-документи", "импортировать файл".
_CYRILLIC_FLOWS = frozenset(("імпорт", "експор", "импорт", "экспор"))
# The adjective "imported" before a kind of goods ("здесь продаются импортные сапоги",
# "магази з імпортними товарами") names the goods, as 进口车 does: weak, it needs a second
# economy or a flow; "импортные пошлины" (import duties) are listed as strong.
_IMPORTED = ("импортн", "Импортн", "імпортн", "Імпортн")
_IMPORT_STEMS = frozenset(("импорт*", "імпорт*"))
# ... or data as the subject before it ("дані, що експортуються, підлягають перегляду").
_DATA_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:дані|даних|данные|данных),?\s+(?:що|які|которые|что)\s+$", re.IGNORECASE
)
# Workers sent abroad are migration, not goods (LABELLING.md): a Ukrainian or Russian word of
# supply in a sentence on the labour force or migrants ("регіонах, які більше робочої сили
# постачають за кордон", "поставляет рабочую силу в Польшу").
_CYRILLIC_SUPPLY_HEADS = frozenset(("поста",))
_LABOUR = re.compile(
    r"(?<![^\W\d_])(?:робоч\w*\s+сил\w*|рабоч\w*\s+сил\w*|заробітчан\w*|"
    r"трудов\w*\s+мігрант\w*|трудов\w*\s+мигрант\w*|гастарбайтер\w*)",
    re.IGNORECASE,
)
_UNITS = frozenset(("zoll", "zolls"))
_SPELT_OTHERWISE = frozenset(("Zollen", "zollen", "Zolle", "zolle"))
_SPELT_FIRST = frozenset("čČZz")  # "1987 exports" is trade: only a unit after a number
_AFTER_NUMBER = re.compile(r"\d(?:[.,]\d+)?\s?[-\u2010\u2011]?\s?$")
_CODE_AFTER = re.compile(
    r"\s+(?:[A-Za-z_$][\w$]*(?:\.[\w$*]+)+\s*;|[{*]|//|"
    r"(?:static|default|const|function|class|interface|async)\s|"
    # a shell's "export NCURSES_NO_UTF8_ACS=0", "export PS1=..."
    r"[A-Za-z_]\w*=)"
)
_CODE_BEFORE = re.compile(r"(?:\bfrom\s+[a-z_][\w.]*\s+|[#@])$")
# A software unit or a file format right before the word names what is imported or exported
# ("none of these libraries were included in the APK imports", "the module's exports", "DLL
# imports"), as a file after it does; not goods ("oil imports", "Chinese steel exports").
_SOFTWARE_BEFORE = re.compile(
    r"(?<![^\W_])(?:APK|DLL|ELF|ES6|CSV|JSON|XML|PDF|SVG|binary|(?P<unit>module|package|library))"
    r"(?:'s|’s)?\s+$"
)
# ... but a module, a package or a library of goods or of a state is none ("solar module
# exports", "battery module imports", "the sanctions package's export controls", "the national
# library imports its books")
_GOODS_UNIT_BEFORE = re.compile(
    r"(?i:solar|pv|photovoltaic|battery|camera|display|power|memory|led|lcd|sanctions?|aid|"
    r"stimulus|relief|rescue|trade|national|public|state|university|school|city)"
    r"[\s-]+(?:module|package|library)"
)
_NAME_HEAD = re.compile(
    r" (?:Gate|Street|Road|Avenue|Square|Plaza|Park|Place|Centre|Center|Mall|Building|Tower|"
    r"Hall|Court|City|Bank|Hotel|College|School|Club|Station)(?![^\W_])"
)
_FIGURATIVE_NOUNS = (
    r"polo|cricket|football|soccer|rugby|baseball|basketball|sports?|culture|cuisine|music|"
    r"ideas?|values|revolution|democracy|ideology|terrorism|extremism|violence|instability|"
    r"words?|slang|jokes?|"
    # jobs sent abroad are offshoring said as a metaphor ("we've exported our jobs and wealth
    # to foreign countries"), as "export jobs" is excluded
    r"jobs"
)
_FIGURATIVE_OBJECT = re.compile(
    r"\s+(?:(?:its|their|his|her|our|your|the|a|an|this|that)\s+)?(?:own\s+)?"
    rf"(?:{_FIGURATIVE_NOUNS})(?![^\W_])",
    re.IGNORECASE,
)
# An economy's "biggest export" said of its footballers, culture or music is a metaphor
# ("Brazil's biggest export is football talent"), as the figurative objects above are.
_FIGURATIVE_IN_SENTENCE = re.compile(
    rf"(?<![^\W_])(?:{_FIGURATIVE_NOUNS}|talent|footballers|stars)(?![^\W_])", re.IGNORECASE
)
# ... also a file named by its extension ("імпорт з .xls чи .csv таблиць"), an app or a bank
# statement ("Експорт виписки з банківської карти та імпорт в додаток"), and data ("обмеження
# на їх експорт: дані"; not "за даними", "according to").
_SOFTWARE_OBJECT = re.compile(
    r"[^.!?\n]{0,60}?(?:(?<![^\W_])(?:files?|CSV|PDF|APK|XML|JSON|OPML|M3U|PLS|ZIP|SQL|"
    r"databases?|modules?|plugins?|contacts|bookmarks|playlists?|posts|spreadsheets?|"
    r"Dateien|Datei|fichiers?|archivos?|HTML|файл[а-яіїє]*|"
    r"закладок|закладки|настроек|настройки|налаштувань|паролей|паролів|плейлист[а-яіїє]*|"
    r"додат(?:ок|ку|ки|ків|ках)|застосун[а-яіїє]*|приложени[еяю]|виписк[а-яіїє]*|"
    r"выписк[а-я]*|дані|даних|данные|данных)"
    r"(?![^\W_])|\.(?:xlsx?|csv|json|xml|txt|pdf|docx?)(?![^\W_]))",
    re.IGNORECASE,
)


# Import and export in software, strong or weak and in every language (LABELLING.md: software
# import/export is not trade): a word inside a path, an option or an identifier
# ("/etc/exports", "--exports", "nfs_export", "systemd.import_credentials=", "exports.d"), a
# manual page's reference ("exports(5)", "exportfs(8)"), or a word whose sentence names what
# only software imports and exports: NFS and file systems ("Exporte auf NFS-Servern", "das
# exportierte Dateisystem"), environment variables, the vDSO's symbols, cookies, files in the
# languages whose word for a file is no other word (Datei, fichier, plik, файл), keys of ssh
# or gpg ("експортування ключів"), Linux, bash and its shell (оболочка, оболонка), the command
# exportfs and a system path ("This file exports information" on /proc/pid/mountstats).
# Not "files" (an exporter "files for bankruptcy"), "kernel" (palm kernel exports), "Shell"
# (the oil company) or "symbol" (a symbol of German exports).
_TECH_HEADS = frozenset(("impor", "expor", "импор", "экспо", "імпор", "експо", "ekspo"))
_TOKEN_BEFORE = frozenset("/_.$")
_TOKEN_AFTER = re.compile(r"\(\d\)|[_=]|\.[a-z]")
_SOFTWARE_SENTENCE = re.compile(
    r"(?<![^\W\d_])(?:nfs|vdso|ssh|gpg|openpgp|file ?systems?|dateisystem\w*|"
    r"nfs-\w+|systèmes? de fichiers|sistemas? de (?:archivos|ficheros|arquivos)|"
    r"файлов\w* систем\w*|файлової систем\w*|system\w* plików|bestandssyste\w*|"
    r"environment variables?|umgebungsvariable\w*|variables? d'environnement|"
    r"переменн\w* (?:окружения|среды)|змінн\w* (?:оточення|середовища)|zmienn\w* środowisk\w*|"
    r"datei(?:en)?|fichiers?|plik\w*|файл\w*|exportfs|linux\w*|bash|"
    r"оболочк\w*|оболонк\w*|środowisk\w* powłoki|"
    # a shared object's exported interfaces, OpenSSH and RFC formats, the standard streams, a
    # binary stream, the process environment of commands, an export or import format
    r"shared objects?|общ\w* объект\w*|спільн\w* об.єкт\w*|openssh|rfc ?\d{3,4}|stdout|stdin|"
    r"двійков\w*|двоичн\w*|блок\w* (?:середовища|окружения)|виконан\w* команд|виконуван\w* команд|"
    r"выполняем\w* команд|формат\w* (?:експорт|імпорт|экспорт|импорт)\w*|"
    r"(?:export|import) formats?|format\w* (?:d'|de |do |da )?(?:export|import|eksport)\w*|"
    # key=value pairs, as a program imports them into its environment: "вивести пари
    # ключ=значення для полегшення імпортування до середовища"
    r"key-value pairs?|пар[иаы] ключ(?:ів|ей)?|ключ(?:а|і|ів|ей)?\s*=|key\s*=\s*value)"
    r"(?![^\W\d_])|/(?:etc|proc|sys|var|lib|usr|dev)/"
    # a command-line option ("opcję -p", "declare -x", "--call-pairs", "export [-fn]")
    r"|(?:^|\s)(?:-[a-z]|--[a-z][a-z-]+)(?=[\s,.;:)\]]|$)|\[-[a-z]+\]"
)
# An identifier in capitals joined by underscores ("LD_PRELOAD", "JOURNAL_EXPORT_FORMATS")
_CAPS_IDENTIFIER = re.compile(r"(?<![\w])[A-Z][A-Z0-9]*_[A-Z0-9_]*[A-Z0-9](?![\w])")
# Letters of the Latin script and of the others, to tell a Latin word in text in another script
# (150 characters either side): "команд export і declare -x", "export перетворює журнал",
# "import-environment ЗМІННА... Імпортувати усі" (a command's name).
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
_OTHER_LETTER = re.compile(r"[\u0370-\u03ff\u0400-\u052f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
# A word broken at a line's end by a hyphen ("impor\u2010 tante", "impor- tante"), not the word:
# unless what follows is a conjunction ("Import- und Exportgeschäft", "export- and import-led").
_BROKEN_AT_HYPHEN = re.compile(
    r"[\u2010\u00ad-]\s+(?!(?:und|and|et|y|e|i|o|u|ou|oder|or|or|ve|en|of|a|oraz|lub|albo|"
    r"или|и|та|і|й|або|чи)(?![^\W\d_]))[^\W\d_A-Z]"
)


def _in_software(value: str, start: int, end: int) -> bool:
    """Whether an import or export word at [start, end) is software's (see above)."""
    if start and (
        # not a capitalised word after a full stop: a sentence whose space was lost
        (
            value[start - 1] in _TOKEN_BEFORE
            and not (value[start - 1] == "." and value[start].isupper())
        )
        or (value[start - 1] == "-" and value[start - 2 : start - 1] in ("-", " "))
    ):
        return True
    if _TOKEN_AFTER.match(value, end):
        return True
    sentence = _sentence(value, start)
    if _CAPS_IDENTIFIER.search(sentence):
        return True
    word = value[start:end]
    if (
        word.isascii()
        and word.islower()
        and len(_OTHER_LETTER.findall(near := value[max(0, start - 150) : end + 150]))
        > len(_LATIN_LETTER.findall(near))
    ):
        return True
    return _SOFTWARE_SENTENCE.search(sentence.lower()) is not None


# A customs post that searches travellers' luggage (LABELLING.md: passengers' customs
# clearance is not trade): a customs word whose sentence names luggage or a suitcase, "dovrete
# attraversare una dogana, e i vostri bagagli verranno accuratamente ispezionati", "на таможне
# досмотрели багаж". Gated on the word's first four letters.
_CUSTOMS_HEADS = frozenset(
    ("doga", "doua", "adua", "alfâ", "alfa", "тамо", "митн", "cło", "cła", "celn", "zoll", "cust",
     # the duty a traveller pays at the post ("с рюкзаками подходим к таможне ... уплатив
     # какую-то пошлину"), Russian and Ukrainian
     "пошл", "мито", "мита")
)  # fmt: skip
_LUGGAGE = re.compile(
    r"bagagl|valig[ie]|luggage|baggage|suitcase|gepäck|koffer|bagages|valise|equipaje|maleta|"
    r"bagagem|багаж|чемодан|bagaż|walizk|zavazadl|kufr|"
    # a backpacker's luggage ("опять с рюкзаками подходим к таможне")
    r"рюкзак|рюкзач|backpack|rucksack|plecak"
)


_STOP = re.compile(r"[.!?…](?=\s)")


# A traveller passing customs (LABELLING.md: passengers' customs clearance is not trade): the
# customs word right after "on passing" said of a person, "Ao passar pela alfândega", "al pasar
# por la aduana", "en passant la douane", "nel passare la dogana", "when going through customs";
# not when the sentence names goods that pass ("al pasar la aduana, las mercancías...").
_PASSING = re.compile(
    r"(?<![^\W\d_])(?:ao|al|en|nel|when|while|on|upon)\s+(?:passar|pasar|passer|passant|passare|"
    r"cruzar|atravessar|attraversare|passing|going|getting)\s+(?:(?:pela|pelo|por|par|per|"
    r"through)\s+)?(?:(?:la|a|o|le|the|lo)\s+)?$",
    re.IGNORECASE,
)
_GOODS = re.compile(
    r"mercadori|mercanc|marchandis|merci|goods|cargo|carga|shipment|container|contêiner|"
    r"contenedor|товар|вантаж|груз|towar"
)


def _traveller_passing(value: str, start: int) -> bool:
    """Whether a customs word at start is a traveller's passing (see above)."""
    if not _PASSING.search(value, max(0, start - 40), start):
        return False
    return _GOODS.search(_sentence(value, start).lower()) is None


# A joke's scene set at a customs post (LABELLING.md: a traveller at customs is not trade):
# the customs word heading its line, after at most two short words, and followed by a colon,
# "Alla dogana: \"Cosa c'e' in quelle bottiglie?\"", "En la aduana:"; not when the lines
# after it name goods ("Dogana: merci ferme per settimane").
_SCENE_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[^\W\d_]{1,5}['’ \t]+){0,2}$")
_SCENE_AFTER = re.compile(r"[ \t]*:(?:\s|$)")


def _customs_scene(value: str, start: int, end: int) -> bool:
    """Whether the customs word at [start, end) heads a scene (see above)."""
    if not _SCENE_AFTER.match(value, end):
        return False
    if not _SCENE_BEFORE.search(value, max(0, start - 20), start):
        return False
    return _GOODS.search(value[end : end + 200].lower()) is None


def _luggage(value: str, start: int, end: int) -> bool:
    """Whether the sentence of the customs word at [start, end) names luggage (a sentence
    here runs across line breaks: fortunes and feeds wrap their lines)."""
    before = value[max(0, start - 150) : start]
    stops = list(_STOP.finditer(before))
    head = before[stops[-1].end() :] if stops else before
    after = value[end : end + 150]
    stop = _STOP.search(after)
    sentence = (head + value[start:end] + after[: stop.start() if stop else None]).lower()
    return _LUGGAGE.search(sentence) is not None and _GOODS_IN_LUGGAGE.search(sentence) is None


# ...but goods carried for sale, and a duty laid on a kind of goods, are trade even with a
# suitcase in the sentence ("платить пошлину за товары дороже 500 евро", "ввело пошлины на
# ввоз чемоданов", "мито на китайські валізи", "десять телефонів на продаж")
_GOODS_IN_LUGGAGE = re.compile(
    r"товар|на продаж|for sale|zum verkauf|goods|merchandise|waren|"
    r"(?:пошлин\w*|мит[оа]|duty|duties|tariffs?|zölle|zoll)\s+(?:на|on|auf)\s"
)


# Chinese customs at work against smuggling (LABELLING.md: customs seizing goods smuggled
# abroad is smuggling, not trade; a traveller's luggage is not trade either): 海关 within
# ``_CN_CUSTOMS_REACH`` characters of a smuggling, theft or carrying word and of no duty,
# import or export word ("查获文物走私案件６００余宗", "由拉萨海关从美国追回", "连一根羽毛都不敢
# 带出海关"); "海关征税、上缴打击走私罚没收入" and "维护进出境秩序" stay trade.
_CN_CUSTOMS = frozenset(("海关", "海關"))
_CN_CUSTOMS_REACH = 150
_CN_SMUGGLING = re.compile(r"走私|偷运|偷運|打私|缉私|緝私|盗|盜|追回|行李|携带|攜帶|带出|帶出")
_CN_DUTIES = re.compile(
    r"征税|徵稅|关税|關稅|税收|稅收|进口|進口|出口|进出|進出|通关|通關|报关|報關|骗税|騙稅|监管|監管|"
    r"贸易|貿易"
)


def _customs_against_smuggling(value: str, start: int, end: int) -> bool:
    around = value[max(0, start - _CN_CUSTOMS_REACH) : end + _CN_CUSTOMS_REACH]
    if _CN_DUTIES.search(around) is not None:
        return False
    return _CN_SMUGGLING.search(around) is not None or _a_listed_department(value, start, end)


# Chinese customs named as one department in a list of bodies (LABELLING.md: a body's name is
# not trade unless the text tells of trade): 海关 or 海关总署 with the list's comma (、) on
# either side and no duty, import or export word near ("新闻出版、公安、海关、广电、文化等部门",
# "农业部、海关总署、石油天然气总公司"); "海关、商检部门加强进出口监管" stays trade.
_CN_LIST_MARK = "、"
_CN_CUSTOMS_OFFICE = ("总署", "總署")


# Customs in a list checking goods at the border is at work on trade: "海关、商检部门联合检查
# 入境货物", "全年验放货物三千万吨".
_CN_GOODS_CHECKED = re.compile(r"货物|貨物|商品|验放|驗放|查验|查驗|检验|檢驗|入境|出境")


def _a_listed_department(value: str, start: int, end: int) -> bool:
    after = end + 2 if value[end : end + 2] in _CN_CUSTOMS_OFFICE else end
    if value[start - 1 : start] != _CN_LIST_MARK and value[after : after + 1] != _CN_LIST_MARK:
        return False
    around = value[max(0, start - _CN_CUSTOMS_REACH) : end + _CN_CUSTOMS_REACH]
    return _CN_GOODS_CHECKED.search(around) is None


# A weak trade word named as a register of words, "words of commerce" (en-381: German words
# "that free-enterprise Americans can deal with, because they are words of commerce"), is
# vocabulary, not trade ("terms of trade", the ratio of prices, is trade and not listed).
_LEXICAL_BEFORE = re.compile(
    r"(?<![^\W_])(?:words?|language|vocabulary|jargon|lingo|slang|idioms?)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# Selling, supplying and delivering (weak) are trade only when what is sold is arms or
# aircraft, named within the next few words of the sentence (LABELLING.md: aircraft or arms
# sold abroad): "Russia sold S-400 missiles to Turkey", "продала Индии истребители",
# "продає зброю"; a weak word, it still needs another economy beside it. Not поставил or
# поставив ("put": "поставили ракеты на Кубе" deployed them). Fighters, bombers and planes
# sold abroad are aircraft sold abroad, reactors and nuclear fuel plants and fuel sold abroad
# (LABELLING.md); an English word ends there ("jets", not "Jetta"; "arms", not "Armstrong").
# "Sale" and "sales" are not read: shops sell drones, fish tanks and toy planes, and a firm
# sells its reactor division.
_SALE_VERBS = frozenset(
    (
        "sell", "sells", "selling", "sold", "supply", "supplies", "supplied", "supplying",
        "deliver", "delivers", "delivered", "delivering", "продал", "продала", "продали",
        "продаст", "продает", "продаёт", "продают", "продавала", "продавали", "продавал",
        "продав", "продає", "продають", "продавав", "продаватиме",
    )
)  # fmt: skip
_SALE_FIRST = frozenset("sdSDпП")
# ... but any goods sold, supplied or delivered by one economy to another, both named in the
# sale's structure, are trade too ("Iran sold oil to China", "Qatar supplied gas to
# Pakistan", "Iranian-made drones supplied to Russia"): read as the sales rule reads "to"
_SALE_VERBS_TO = frozenset(
    ("sold", "sells", "sell", "selling", "supplied", "supplies", "supplying", "delivered",
     "delivers", "delivering")
)  # fmt: skip
_ARMS_OBJECT = re.compile(
    r"(?<![^\W_])(?:(?:arms|weapons?|weaponry|missiles?|jets?|fighter jets|aircraft|warplanes?|"
    r"fighter planes|fighters|bombers|planes|airliners|AWACS|F-1[4-8]s?|"
    r"(?:nuclear\s+)?reactors?|nuclear fuel|"
    r"helicopters?|drones|tanks|submarines?|warships?|frigates?|howitzers|artillery|"
    r"munitions|ammunition|[sс]-[34]00)(?![^\W_])|оруж|вооружен|истребител|ракет|танк|самол[её]т|"
    r"вертол[её]т|зрк|подводн|фрегат|боеприпас|бронетехник|зброю|зброї|озброєн|винищувач|"
    r"літак|гелікоптер|вертоліт|вертольот|боєприпас|бронетехн)",
    re.IGNORECASE,
)
_ARMS_WINDOW = 40  # characters after the verb, within its sentence
# what follows a team's "Round" in sport: "Uruguay Round of 16 preview", "Uruguay Round-up"
_NOT_A_ROUND_OF_TALKS = re.compile(r"(?:\s+of\s+(?:16|32|64|sixteen)|\s*-?\s*up\b|\s+table)", re.I)


def _arms_sold(value: str, end: int) -> bool:
    """Whether arms or aircraft are named within the words after a sale verb ending at end."""
    tail = _SENTENCE_END.search(value, end, end + _ARMS_WINDOW)
    return _ARMS_OBJECT.search(value, end, tail.start() if tail else end + _ARMS_WINDOW) is not None


# Sales, purchases and quotas with no trade word are trade only in the structure of a flow
# between two economies (LABELLING.md: goods sold abroad, import quotas): one economy's sales
# or purchases to, from or of another's goods ("Chinese carmakers' sales to Russia", "China's
# purchases of US soybeans", "Soviet grain purchases from American farmers", "Die Verkäufe
# chinesischer Autobauer nach Russland", "achats de blé américain par l'Union soviétique",
# "compras de soja a Estados Unidos", "закупки американской пшеницы"), an economy that bought
# another's goods ("The Russians bought American wheat", "Los rusos compraron trigo
# estadounidense"), and quotas on another economy's goods ("quotas on Japanese cars", "quotas
# sur les voitures japonaises", "квоты на японские автомобили"). Not a foreign firm's sales
# inside one country ("sales of Jetta sedans in China", "Verkäufe in China"), a company or
# club sold to a foreign investor, a house bought abroad, a German robot maker bought, ticket
# sales, nor a fishing quota on the Russian side of a lake. The words are weak aliases that
# count only so; the check runs only on them, on the 90 characters after the word, and needs
# goods (or their makers) named, and two different economies before a quote's source ("he
# told a Russian newspaper"). Everyday buying (Russian купил, Spanish compra) is not read:
# tourists, neighbours and shoppers buy foreign goods with two countries in the sentence.
_SOLD_GOODS = (
    r"wheat|grain|corn|maize|soybeans?|soya?|rice|beef|pork|poultry|oil|crude|gas|LNG|coal|"
    r"iron ore|steel|alumin(?:i)?um|copper|cars|vehicles|trucks|chips|semiconductors|cotton|"
    r"sugar|coffee|wine|fertili[sz]ers?|timber|machinery|goods|products|farm produce|"
    r"whiske?y|cognac|brandy|spirits|cheese|dairy|lumber|solar panels|electric vehicles|EVs|"
    r"tyres|tires|textiles|garments|clothing|shoes|furniture|seafood|salmon|fruit|tea|cocoa|"
    r"rubber|nickel|lithium|rare earths|batteries|smartphones|electronics|appliances|"
    r"electricity|Strom|électricité|electricidad|panneaux solaires|cerdo|Rafale|canons|"
    r"Weizens?|Getreides?|Mais|Sojabohnen|Soja|Reis|Rindfleisch|Öls?|Erdgas|Gas|Kohle|Stahls?|"
    r"Autos|Fahrzeuge|Waren|Produkte|Chips|"
    r"blé|céréales|maïs|soja|riz|bœuf|boeuf|pétrole|gaz|charbon|acier|voitures|véhicules|"
    r"automobiles|puces|vins?|marchandises|produits|"
    r"trigo|cereales|maíz|soja|soya|arroz|carne|petróleo|gas|carbón|acero|coches|autos|"
    r"automóviles|vehículos|vinos?|mercancías|productos|"
    r"пшениц\w*|зерн\w*|кукуруз\w*|со[яиюей]|соев\w*|нефт\w*|газ\w*|угл[яюь]|уголь|стал[ьи]|"
    r"автомобил\w*|машин\w*|товар\w*|продукц\w*|удобрени\w*|"
    # technologies sold abroad (LABELLING.md: licensed foreign technology is an import), and
    # Ukrainian oil
    r"технологи\w*|технологі\w*|нафт\w*|"
    # arms and aircraft, sold abroad as goods are (LABELLING.md): "Turkey's purchases of
    # Russian S-400 missiles", "Indiens Käufe russischer Kampfjets", "закупки российских
    # истребителей"
    r"missiles?|fighter jets|jets|fighters|warplanes|helicopters|warships|frigates|"
    r"submarines|weapons|arms|howitzers|drones|[SС]-[34]00|Raketen|Kampfjets|Kampfflugzeuge|Panzer|"
    r"Hubschrauber|Waffen|avions|chasseurs|hélicoptères|armes|frégates|sous-marins|aviones|"
    r"cazas|helicópteros|misiles|armas|fragatas|submarinos|ракет\w*|истребител\w*|"
    r"вертол[её]т\w*|оружи[ея]|вооружени\w*|зенитн\w*|фрегат\w*|беспилотник\w*|дрон\w*"
)
# what a goods word before these names is not goods ("Russian gas stations", "coal mines")
_NOT_GOODS_AFTER = (
    r"stations?|mines?|mills?|plants?|production|output|farmers?|growers?|refiner\w*|"
    r"dealers?|holders?|bonds?|fields?|shares|stocks|stakes?"
)
_GOODS_AHEAD = re.compile(
    rf"\s+(?:[^\W\d_]+[\s-]+)?(?:{_SOLD_GOODS})(?![^\W_])"
    r"(?![\s-]+(?:makers?|manufacturers?|compan\w*|firms?|groups?|brands?|tanks?|assets|"
    rf"producers?|majors?|giants?|hersteller\w*|konzern\w*|{_NOT_GOODS_AFTER}))",
    re.IGNORECASE,
)
# goods (or their makers, "Chinese carmakers' sales to Russia") named anywhere in the stretch
# of the sentence read: a sale or purchase of no goods (stakes, Treasuries, bonds, farmland,
# iPhones to consumers) is no trade in goods
_GOODS_NAMED = re.compile(
    rf"(?<![^\W_])(?:{_SOLD_GOODS}|carmakers|automakers|steelmakers|exporters|Autobauer\w*|"
    r"constructeurs|fabricants|fabricantes|производител\w*)(?![^\W_])"
    rf"(?![\s-]+(?:{_NOT_GOODS_AFTER}))",
    re.IGNORECASE,
)
# an aside naming the source of a quote ends the stretch read: "he told a Russian newspaper",
# "the Russian pensioner said", "según un estudio ruso", "рассказал он китайской газете"
_QUOTE_SOURCE = re.compile(
    r"(?<![^\W_])(?:told|said|says|added|noted|reported|according\s+to|sagte\w*|sagt|"
    r"berichtet\w*|laut|selon|a\s+déclaré|a\s+dit|según|dijo|contó|afirmó|рассказал\w*|"
    r"сообщил\w*|сообщает|сообщают|заявил\w*|сказал\w*|отметил\w*)(?![^\W_])",
    re.IGNORECASE,
)
# consumers, tourists and shops are people shopping, not an economy's imports: "Russian
# tourists bought Turkish carpets at the Antalya bazaar", "Die Einkäufe deutscher Urlauber",
# "Les achats de vin italien par les touristes chinois", "Туристы из России совершают покупки"
_SHOPPERS = re.compile(
    r"(?<![^\W_])(?:tourists?|holidaymakers?|travell?ers?|shoppers?|consumers?|customers?|"
    r"households?|families|pensioners?|grandmother|grandfather|neighbou?rs?|bazaars?|shops?|"
    r"stores?|supermarkets?|online|Urlauber\w*|Touristen|Verbraucher\w*|Kunden|Rentner\w*|"
    r"Geschäft\w*|touristes?|consommateurs?|clients?|boutiques?|magasins?|turistas?|"
    r"consumidores?|clientes?|tiendas?|турист\w*|покупател\w*|потребител\w*|пенсионер\w*|"
    r"магазин\w*|рын(?:ок|ке|ка)|онлайн)(?![^\W_])",
    re.IGNORECASE,
)
# a full stop inside an abbreviation does not end the sentence ("purchases of U.S. soybeans")
_ABBREVIATION_STOP = re.compile(r"(?<![^\W_])(?:U\.S|U\.K|E\.U)\.$")
_ART = r"(?:(?:the|die|den|der|la|le|les|l'|los|las|el)\s*)?"
# what lies between the word and the other economy: to, from, of (and goods with the Romance
# languages, whose adjective follows the goods); ``g`` when goods are named there
_SALES_GAPS = {
    "en": re.compile(
        rf"\s+(?:of\s+[\w-]+(?:\s+[\w-]+)?\s+)?(?P<g>(?:to|from)\s+{_ART})?|\s+of\s+",
        re.IGNORECASE,
    ),
    "de": re.compile(rf"\s+(?P<g>(?:[\w-]+\s+){{0,2}}?(?:nach|an|aus)\s+{_ART})?", re.IGNORECASE),
    "fr": re.compile(
        rf"\s+(?:(?:de|des|du)\s+[\w-]+(?:\s+[\w-]+)?\s+)?(?P<g>(?:à|a|vers|aux|auprès\s+de)\s+"
        rf"{_ART})|\s+(?:de\s+|d'|du\s+)(?P<h>{_SOLD_GOODS})\s+",
        re.IGNORECASE,
    ),
    "es": re.compile(
        rf"\s+(?:de\s+(?:los\s+|las\s+)?[\w-]+(?:\s+[\w-]+)?\s+)?(?P<g>(?:a|hacia|desde)\s+"
        rf"{_ART})|\s+de\s+(?P<h>{_SOLD_GOODS})\s+",
        re.IGNORECASE,
    ),
    "ru": re.compile(r"\s+"),
}
_BOUGHT_GAPS = {
    "en": re.compile(r"(?:\s+(?!(?:in|at|into|stakes?|shares)(?!\S))[^\s.;:!?]+){0,4}?\s+", re.I),
    "de": re.compile(r"(?:\s+(?!(?:in|im|an|am|Anteile?)(?!\S))[^\s.;:!?]+){0,3}?\s+"),
    "fr": re.compile(rf"\s+(?:du|de\s+la|des|de\s+l'|d'|de)\s*(?P<h>{_SOLD_GOODS})\s+", re.I),
    "es": re.compile(
        rf"\s+(?:(?:el|la|los|las|más|millones|toneladas|de|\S*\d\S*)\s+){{0,4}}(?P<h>{_SOLD_GOODS})\s+",
        re.IGNORECASE,
    ),
    "ru": re.compile(r"\s+"),
}
# buying from another economy: the buyer economy before the word, the seller after "from",
# "у", "a" or "à" ("India bought the S-400 systems from Russia", "Индия купила у России
# комплексы С-400", "China compra soja a Estados Unidos", "la Chine a acheté du gaz à la
# Russie"), the goods named before or after (not "He bought weapons from Russia, the court in
# Ukraine heard")
_FROM_GAPS = {
    "en": re.compile(r"(?:\s+(?!(?:in|at|into|stakes?|shares)(?!\S))[^\s.;:!?]+){0,5}?\s+from\s+"),
    # von or aus, "im vergangenen Jahr" between ("China kaufte im vergangenen Jahr mehr
    # Sojabohnen aus Brasilien")
    "de": re.compile(
        rf"(?:\s+(?!(?:in|an|Anteile?)(?!\S))[^\s.;:!?]+){{0,6}}?\s+(?:von|aus)\s+{_ART}"
    ),
    "fr": re.compile(rf"(?:\s+[^\s.;:!?]+){{0,5}}?\s+(?:à|a|auprès\s+de)\s+{_ART}", re.I),
    "es": re.compile(rf"(?:\s+[^\s.;:!?]+){{0,5}}?\s+a\s+{_ART}", re.IGNORECASE),
    "ru": re.compile(r"(?:\s+[^\s.;:!?]+){0,4}?\s+у\s+", re.IGNORECASE),
}
# An economy's main export said with its owner: a country's name or the word for one in
# the possessive right before ("Chile's main export", "the country's chief export", "the
# island's biggest export"), as a module's "main export" is not (the figurative exports of
# talent and culture are set aside before)
_EXPORT_OWNER = re.compile(
    r"(?:(?<![^\W_])(?P<name>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})|country|nation|island|"
    r"economy|kingdom|republic)['’]s\s+$"
)


@lru_cache(maxsize=1)
def _english_country_names() -> frozenset[str]:
    """CLDR's English names of countries and territories (countries.tsv), for an export's
    owner: Chile and Peru are names here though the matcher leaves them out as words."""
    from worker.taxonomy.cldr import territories

    return frozenset(territories("en").values())


def _an_economy_s_export(value: str, start: int) -> bool:
    """Whether the "main export" at ``start`` follows its owner (see above): a country's
    English name or the word for one, not "Liverpool's" or "Silicon Valley's"."""
    owner = _EXPORT_OWNER.search(value, max(0, start - 40), start)
    if owner is None:
        return False
    name = owner.group("name")
    return name is None or name in _english_country_names()


_CODE_WORDS = re.compile(
    r"(?<![^\W_])(?:functions?|modules?|packages?|librar(?:y|ies)|class(?:es)?|components?|npm|"
    r"JavaScript|TypeScript|APIs?|methods?|createElement)(?![^\W_])"
)
# Duties and levies laid on imports or on another economy's goods are tariffs: "Washington
# slapped duties on Chinese steel", "levies on imported cars", "Zölle auf"... (the German and
# French words are trade words of their own); not a clerk's duties, "excise duties on wine"
# (no economy's goods), "duties on the estate"
_DUTY_WORDS = frozenset(("duties", "levies", "duty", "levy"))
_DUTIES_ON = re.compile(
    r"\s+on\s+(?:(?:all|some|most|many|the|these|those|such|certain|more|new)\s+)?"
    rf"(?:imports?(?![^\W_])|imported\s|foreign\s+(?:[\w-]+\s+)?(?:{_SOLD_GOODS})(?![^\W_])|"
    rf"(?P<who>[A-Z][\w.-]+)\s+(?:[\w-]+\s+)?(?:{_SOLD_GOODS})(?![^\W_])|"
    rf"(?:[\w-]+\s+)?(?:{_SOLD_GOODS})\s+(?:from|made\s+in|imported)\s)"
)
# ... the capitalised word an economy ("Chinese", "EU"; not "Scotch whisky", "Uber cars"), and
# no person's duties ("guard duties on Iraqi oil platforms", "Drivers' duties")
_PERSONS_DUTIES = re.compile(
    r"(?<![^\W_])(?:guard|police|military|official|sentry|patrol|watch|his|her|their|my|our|"
    r"your|its|work|job|household|jury|caring|teaching|driving|clerical|crew|staff)\s+$|['’]s?\s+$",
    re.IGNORECASE,
)


def _a_duty_on_goods(value: str, start: int, end: int, matches: list[Match], tx: Taxonomy) -> bool:
    """Whether the duty or levy at [start, end) is laid on imports or on an economy's goods
    (see above)."""
    on = _DUTIES_ON.match(value, end)
    if on is None or _PERSONS_DUTIES.search(value, max(0, start - 12), start) is not None:
        return False
    if on.group("who") is None:
        return True
    at = on.start("who")
    return any(m.start == at and _economy(m, tx) for m in matches) or (
        _MORE_ECONOMIES.match(value, at) is not None
    )


# selling, delivering to another economy: the seller economy before the word, the buyer
# after "to", "nach", "an", "à" or "a" ("Russland liefert weiterhin Öl nach Indien", "Rusia
# vende petróleo a la India", "la Russie a livré du gaz à la Hongrie"), the goods named
_TO_GAPS = {
    "en": re.compile(r"(?:\s+(?!(?:in|at|into)(?!\S))[^\s.;:!?]+){0,5}?\s+to\s+(?:the\s+)?"),
    "de": re.compile(rf"(?:\s+[^\s.;:!?]+){{0,5}}?\s+(?:nach|an)\s+{_ART}", re.IGNORECASE),
    "fr": re.compile(rf"(?:\s+[^\s.;:!?]+){{0,5}}?\s+(?:à|a|aux|vers)\s+{_ART}", re.I),
    "es": re.compile(rf"(?:\s+[^\s.;:!?]+){{0,5}}?\s+(?:a|hacia)\s+{_ART}", re.IGNORECASE),
    # Russian and Ukrainian put the buyer in the dative, no preposition, right after the verb
    # or after the goods ("Россия продала Китаю технологии", "продала нефть Китаю")
    "ru": re.compile(r"(?:\s+[^\s.;:!?,]+){0,2}?\s+"),
    "uk": re.compile(r"(?:\s+[^\s.;:!?,]+){0,2}?\s+"),
}
# The dative names the buyer in private sales too ("Бизнесмен из Москвы продал машину жителю
# Киева", "Москвич продал харьковчанину машину"): the buyer is read as an economy only when
# named as a country (a country's name, not a city, its people or a person of the nation:
# китайцу), the first named after the verb and not after a preposition ("продав сусідові з
# Польщі"); the seller may be anyone of an economy ("Фермер из Воронежа продал Китаю сою").
_NATION_HEADS = ("росси", "росі", "рф", "украин", "україн", "кита", "тайван", "кнр")
_NATION_PEOPLE = ("китаец", "китайц", "китая", "китаян", "украинц", "українц", "россиян")
_BUYER_PREPOSITIONS = frozenset(("з", "із", "зі", "из", "от", "від", "у", "в", "до", "для", "с"))


def _nations_trading(value: str, end: int, matches: list[Match]) -> bool:
    """Whether the Slavic sale verb ending at ``end`` has a country as its buyer (above)."""
    after = (m for m in matches if end <= m.start < end + _SALE_REACH)
    buyer = min(after, key=lambda m: m.start, default=None)
    if buyer is None:
        return False
    named = value[buyer.start : buyer.end].lower()
    word, _ = _previous_word(value, buyer.start)
    return (
        (buyer.tag == COUNTRY or named.startswith(_NATION_HEADS))
        and not named.startswith(_NATION_PEOPLE)
        and word.lower() not in _BUYER_PREPOSITIONS
    )


# the Russian and Ukrainian sale verbs read so, by language
_SLAVIC_SALE_VERBS_TO = {
    "продал": "ru", "продала": "ru", "продали": "ru", "продаст": "ru", "продает": "ru",
    "продаёт": "ru", "продают": "ru", "продавал": "ru", "продавала": "ru", "продавали": "ru",
    "продав": "uk", "продає": "uk", "продають": "uk", "продавав": "uk", "продаватиме": "uk",
    "продасть": "uk", "продадуть": "uk",
}  # fmt: skip
# ... but a stake, shares or a company bought is an acquisition ("купила у России долю в
# нефтяной компании", "bought a stake in an oil firm from Russia")
_STAKES = re.compile(
    r"(?<![^\W_])(?:stakes?|shares|compan(?:y|ies)|firms?|Anteil\w*|Aktien|participations?|"
    r"parts|acciones|participaci[oó]n\w*|empresas?|дол[юия]|акци[йия]\w*|компани\w*|"
    # Ukrainian: a share, shares, a company ("Росія продала Китаю частку в родовищі")
    r"частк[аиуоі]\w*|част[іи]н\w*|акці[йїя]\w*|компані\w*)(?![^\W_])",
    re.IGNORECASE,
)
_QUOTA_GAPS = {
    "en": re.compile(rf"\s+(?:on|for|against)\s+{_ART}"),
    "de": re.compile(rf"\s+(?:für|auf)\s+{_ART}", re.IGNORECASE),
    "fr": re.compile(rf"\s+(?:sur|pour|visant)\s+{_ART}(?P<h>{_SOLD_GOODS})\s+", re.IGNORECASE),
    "es": re.compile(rf"\s+(?:a|sobre|para)\s+{_ART}(?P<h>{_SOLD_GOODS})\s+", re.IGNORECASE),
    "ru": re.compile(r"\s+на\s+"),
}
# (language, kind) of each word; the Russian stems of buying and procurement by their head
_SALE_WORDS = {
    "sales": ("en", "sales"), "purchases": ("en", "sales"), "bought": ("en", "bought"),
    "purchased": ("en", "bought"), "buys": ("en", "bought"), "quota": ("en", "quota"),
    "quotas": ("en", "quota"), "verkäufe": ("de", "sales"), "käufe": ("de", "sales"),
    "einkäufe": ("de", "sales"), "kauften": ("de", "bought"), "kaufte": ("de", "bought"),
    "kauft": ("de", "bought"), "gekauft": ("de", "bought"), "quoten": ("de", "quota"),
    "kontingente": ("de", "quota"), "ventes": ("fr", "sales"), "achats": ("fr", "sales"),
    "acheté": ("fr", "bought"), "achète": ("fr", "bought"), "achètent": ("fr", "bought"),
    "achetait": ("fr", "bought"), "achetaient": ("fr", "bought"), "ventas": ("es", "sales"),
    "compras": ("es", "sales"), "compró": ("es", "bought"), "compraron": ("es", "bought"),
    "cuotas": ("es", "quota"),
    "cupos": ("es", "quota"), "закупки": ("ru", "sales"), "закупок": ("ru", "sales"),
    "покупки": ("ru", "sales"), "покупок": ("ru", "sales"), "закупил": ("ru", "bought"),
    "закупила": ("ru", "bought"), "закупили": ("ru", "bought"), "квоты": ("ru", "quota"),
    "квот": ("ru", "quota"), "купил": ("ru", "from"), "купила": ("ru", "from"),
    "купили": ("ru", "from"), "покупает": ("ru", "from"), "покупают": ("ru", "from"),
    "compra": ("es", "from"), "compran": ("es", "from"),
    "vende": ("es", "to"), "venden": ("es", "to"), "vendió": ("es", "to"),
    "vendieron": ("es", "to"), "vendía": ("es", "to"), "vendían": ("es", "to"),
    "liefert": ("de", "to"), "liefern": ("de", "to"), "lieferte": ("de", "to"),
    "lieferten": ("de", "to"), "verkauft": ("de", "to"), "verkaufte": ("de", "to"),
    "verkauften": ("de", "to"), "bezieht": ("de", "from"), "bezog": ("de", "from"),
    "bezogen": ("de", "from"), "vend": ("fr", "to"), "vendent": ("fr", "to"),
    "vendu": ("fr", "to"), "vendait": ("fr", "to"), "vendaient": ("fr", "to"),
    "livré": ("fr", "to"), "livrée": ("fr", "to"), "livrés": ("fr", "to"), "livre": ("fr", "to"),
    "livrent": ("fr", "to"), "livrait": ("fr", "to"),
}  # fmt: skip
# French and Spanish "quotas"/"cuotas" read as their own languages too
_QUOTA_LANGS = {"quotas": ("en", "fr"), "cuotas": ("es",), "compras": ("es",)}
# economies the matcher leaves unnamed for their other senses (America, the German
# language), named here only beside these words
_MORE_ECONOMIES = re.compile(
    r"(?<![^\W_])(?:(?P<US>U\.S\.(?:A\.)?|Americans?|US|USA|amerikanisch\w*|Amerikaner\w*|américain\w*|"
    r"Américains?|[EÉ]tats-Unis|estadounidense\w*|norteamerican\w*|американск\w*|американц\w*|"
    r"США)|(?P<SU>Soviets?|Sowjets?|sowjetisch\w*|Sowjetunion|Union\s+soviétique|soviétique\w*|"
    r"Unión\s+Soviética|soviétic\w*|Советск\w*\s+Союз\w*|советск\w*|СССР)|"
    r"(?P<DE>German|Germans|немецк\w*)|(?P<JP>японск\w*)|(?P<EU>Brussels|Bruxelles|Brüssel|Bruselas))(?![^\W_])"
)
_SALE_REACH = 90


def _sold_between(
    value: str,
    start: int,
    end: int,
    matches: list[Match],
    tx: Taxonomy,
    read_as: tuple[str, str] | None = None,
) -> bool:
    """Whether the sale, purchase or quota word at [start, end) is said of goods between two
    economies (see above); ``read_as`` is its (language, kind) when it is no _SALE_WORDS."""
    word = value[start:end].lower()
    lang, kind = read_as or _SALE_WORDS[word]
    head = _sentence_start(value, start)
    limit = min(len(value), end + _SALE_REACH)
    stop, at = limit, end
    while (tail := _SENTENCE_END.search(value, at, limit)) is not None:
        if not _ABBREVIATION_STOP.search(value, max(0, tail.start() - 4), tail.end()):
            stop = tail.start()
            break
        at = tail.end()
    source = _QUOTE_SOURCE.search(value, end, stop)
    if source is not None:  # from the comma that opens the aside: ", the Russian pensioner said"
        comma = value.rfind(",", end, source.start())
        stop = comma if comma >= 0 else source.start()
    if not _GOODS_NAMED.search(value, head, stop) or _SHOPPERS.search(value, head, stop):
        return False
    named: list[tuple[int, int, str]] = [
        (m.start, m.end, code)
        for m in matches
        if head <= m.start < stop and (code := _economy(m, tx))
    ]
    for more in _MORE_ECONOMIES.finditer(value, head, stop):
        named.append((more.start(), more.end(), more.lastgroup or ""))
    if not any(a >= end for a, _, _ in named):
        return False
    gaps = {"sales": _SALES_GAPS, "bought": _BOUGHT_GAPS, "quota": _QUOTA_GAPS}.get(kind)
    for a, b, code in named:
        if a < end:
            continue
        others = any(c != code and not (x < b and y > a) for x, y, c in named)
        if not others:
            continue
        if (
            kind in ("bought", "from")
            and any(c != code and y <= start for _, y, c in named)
            and _FROM_GAPS[lang].fullmatch(value, end, a) is not None
            and _STAKES.search(value, end, stop) is None
        ):
            return True  # the buyer economy bought from the other, goods named in the stretch
        if (
            kind == "to"
            and any(c != code and y <= start for _, y, c in named)
            and _TO_GAPS[lang].fullmatch(value, end, a) is not None
            and _STAKES.search(value, end, stop) is None
        ):
            return True  # the seller economy sold or delivered to the other
        if gaps is None:
            continue
        for language in _QUOTA_LANGS.get(word, (lang,)):
            gap = gaps[language].fullmatch(value, end, a)
            if gap is None:
                continue
            groups = gap.groupdict()
            if not (groups.get("g") or groups.get("h")) and not _GOODS_AHEAD.match(value, b, stop):
                continue
            return True
    return False


# Trade words that other words fold to (LABELLING.md: a word that only looks like a trade
# word; zollen and čelní are _SPELT_OTHERWISE): lower-case "importen" is Spanish "que nos
# importen" (that matter to us), never the German noun Importen; and the duty cło, clo, cła,
# cla only as a word of its own: not "Clö", "Clo(w)n", the surname "Clo'" or
# "stefania.clo@" in an address.
_LOOK_ALIKE_FIRST = frozenset("iCc")
_SHORT_DUTIES = frozenset(("clo", "cla", "cło", "cła"))


def _a_look_alike(value: str, start: int, end: int, word: str) -> bool:
    lower = word.lower()
    if word == "importen":
        return True
    if len(word) == 3 and lower[0] == "c":
        if lower not in _SHORT_DUTIES:
            return True
        return value[end : end + 1] in ("(", "'", "’", "@") or (
            start > 0 and value[start - 1] in ".@_"
        )
    return False


# A web or e-mail address is no mention (LABELLING.md: a URL path read as a place was a false
# tag): "https://www.example.com/news/china/", "john.russo@example.com", the host names of a
# traceroute ("do.byd-biel.z.byd-r1.tpnet.pl"). Only where a mark of one touches the match;
# "U.S.-China" and a missing space ("in Russia.China said") stay mentions.
_ADDRESS_MARKS = frozenset("./@")
_TOKEN_EDGE = frozenset(" \t\r\n<>()[]{}\"'«»“”,;")
_HOST = re.compile(r"(?:[a-z0-9-]+\.)+[a-z]{2,6}\.?")
# A time zone's name is an identifier, as a URL path is (LABELLING.md): "TZ=Europe/Astrakhan"
_ZONE = re.compile(
    r"(?:^|[=:])(?:Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)"
    r"/[A-Za-z_+-]+(?:/[A-Za-z_+-]+)?$"
)


def _in_an_address(value: str, start: int, end: int) -> bool:
    """Whether the match at [start, end) lies inside a web or e-mail address (above)."""
    a, b = start, end
    lo, hi = max(0, start - 200), min(len(value), end + 200)
    # an address is ASCII: any other char, as any space, ends the token ("邮箱：news@xinhua.cn，
    # 中国/美国" keeps 中国)
    while a > lo and value[a - 1] not in _TOKEN_EDGE and value[a - 1].isascii():
        a -= 1
    while b < hi and value[b] not in _TOKEN_EDGE and value[b].isascii():
        b += 1
    if not value[start:end].isascii():
        return False
    token = value[a:b].rstrip(".:;!?")
    if "@" in token or "://" in token or token.lower().startswith("www."):
        return True
    if _ZONE.search(token):
        return True
    host, slash, _ = token.partition("/")
    # a host name by itself needs two dots: "china.el" is two words run together
    return _HOST.fullmatch(host) is not None and (bool(slash) or host.count(".") >= 2)


# Chinese 引进 ("bring in") is an import when goods, equipment or technology are brought from
# abroad: "从美国和意大利引进了两部性能先进的雷达", "引进国外的火腿肠生产线", "引进以色列蔬菜大棚"
# (LABELLING.md: imports are trade). It is weak, so another economy or a word for abroad must
# stand in its sentence, and it counts only with the source named right before it (从 and a
# few characters) or abroad right after it (国外, 外国, 境外, 海外, 国际, or an economy's
# name: ``_BROUGHT_IN_FROM``, checked by the caller's corroboration); not when what is brought
# in is foreign capital, people, methods or ideas (引进外资, 引进人才, 引进管理, "从大专院校选拔
# 引进６０多名博士生").
_BROUGHT_IN = frozenset(("引进", "引進"))
_BROUGHT_IN_SOURCE = re.compile(r"(?:从|從)[^，。；、]{1,10}$")
_BROUGHT_IN_NOT_GOODS = re.compile(
    r"(?:了|的)?(?:[^，。；]{0,6}?)(?:外资|外資|资金|資金|资本|資本|人才|智力|管理|经验|經驗|方法|机制|"
    r"機制|竞争|競爭|理念|思想|概念|外来物种|外來物種|博士|研究生|专家|專家|教练|教練|球员|球員|外援|"
    r"投资|投資|企业|企業|劳工|勞工|劳务|勞務|看护工|看護工|教师|教師|前锋|前鋒|后卫|後衛|物种|物種|"
    r"[0-9０-９]+多?名)"
)
_BROUGHT_IN_ABROAD = re.compile(r"(?:了)?(?:国外|國外|外国|外國|境外|海外|国际|國際)")
# ... or airliners a foreign maker builds, named by maker or model: "山东航空公司引进两架Ｂ７３７—
# ３００型飞机", "引进空客Ａ３２０" (bought abroad, as aircraft sold abroad are: LABELLING.md)
_BROUGHT_IN_AIRLINERS = re.compile(
    r"(?:了)?[^，。；、]{0,6}?(?:波音|空客|空中客车|空中客車|麦道|麥道|[BＢ][7７][0-9０-９][7７]|"
    r"[AＡ][3３][0-9０-９][0-9０-９](?![0-9０-９]))"
)


def _brought_in_from_abroad(value: str, start: int, end: int) -> bool:
    """Whether 引进 at [start, end) names its source (see above) and brings in no capital,
    people or ideas."""
    if _BROUGHT_IN_NOT_GOODS.match(value, end, end + 12):
        return False
    if _BROUGHT_IN_ABROAD.match(value, end, end + 3):
        return True
    if _BROUGHT_IN_AIRLINERS.match(value, end, end + 12):
        return True
    return _BROUGHT_IN_SOURCE.search(value, max(0, start - 12), start) is not None


def _brought_in_by_name(value: str, end: int, matches: list[Match], tx: Taxonomy) -> bool:
    """Whether an economy's name follows 引进 ending at end ("引进以色列蔬菜大棚", "引进了美国
    专利技术"), unless what is brought in is capital, people or ideas."""
    at = end + 1 if value.startswith("了", end) else end
    return not _BROUGHT_IN_NOT_GOODS.match(value, end, end + 12) and any(
        m.start == at and _economy(m, tx) for m in matches
    )


# Korean 수입 is both 輸入 (imports) and 收入 (income): beside a word for revenue, profit,
# spending or pay in its sentence (not 벌이다, "to wage": "전쟁을 벌이는") it is income
# ("도토리 수입보다 더 괜찮은 광고 수익이 나올까", "수입과 지출"), not trade, unless goods of
# an origin or from a source come right before it ("미국산 쇠고기 수입으로 농가 소득이
# 줄었다", "미국에서 수입", "러시아 원유 수입"); 수입 of goods stays weak, as it was.
_KO_INCOME_WORD = "수입"
_KO_INCOME_CUES = re.compile(r"수익|지출|소득|월급|연봉|급여|돈벌이|버는|벌었|가계부")
# goods right before it (원유 수입, 희토류 수입: crude, rare earths) are imports too
_KO_SOURCE_BEFORE = re.compile(
    r"(?:산|에서|로부터|원유|가스|석유|석탄|철강|희토류|쇠고기|곡물|식량|반도체|부품|에너지|LNG|"
    r"무기|농산물|수산물)\s*(?:[\uac00-\ud7a3]+\s+)?$"
)


def _korean_income(value: str, start: int) -> bool:
    """Whether the Korean 수입 at ``start`` is income by a word of its sentence (above)."""
    if _KO_SOURCE_BEFORE.search(value[max(0, start - 16) : start]) is not None:
        return False
    return _KO_INCOME_CUES.search(_sentence(value, start)) is not None


def _not_trade(value: str, start: int, end: int, weak: bool) -> bool:
    """Whether a trade word at [start, end) is a measure, software or a traveller's luggage
    searched at customs, or a sale of anything but arms, not trade."""
    word = value[start:end]
    if len(word) == 4 and word != "GATT" and word.lower() == "gatt":
        return True  # the GATT is upper-case; German "Gatt" is a ship's hole or a channel
    if word[-6:].lower() == " round" and (
        word[-5] != "R" or _NOT_A_ROUND_OF_TALKS.match(value, end) is not None
    ):
        return True  # "Uruguay round off their campaign", "Brazil v Uruguay Round of 16"
    if word in _BROUGHT_IN:
        return not _brought_in_from_abroad(value, start, end)
    if word == _CJK_SANCTION and _CJK_SPORT.search(_cjk_sentence(value, start, end)):
        return True  # a sports body's sanctions on a club or athletes (国际奥委会……运动员)
    if (
        weak
        and word.lower().startswith("sanction")
        and _SPORT_SANCTIONS.search(_sentence(value, start))
    ):
        return True  # "UEFA imposed sanctions on the Russian club", "FIFA lifted sanctions"
    if (
        word in _CJK_TRADE_WORD
        and value.startswith("代表", end)
        and not value.startswith(("代表团", "代表團"), end)
    ):
        return True  # a trade representative named by title (助理美国贸易代表卡西迪): a name
    if weak and word == _KO_INCOME_WORD and _korean_income(value, start):
        return True
    if word[0] in _SPELT_FIRST and (word in _SPELT_OTHERWISE or word[:3].lower() == "čel"):
        return True
    if weak and word[0] in _SALE_FIRST and word.lower() in _SALE_VERBS:
        return not _arms_sold(value, end)
    if word[0] in _LOOK_ALIKE_FIRST and _a_look_alike(value, start, end, word):
        return True
    if _BROKEN_AT_HYPHEN.match(value, end):
        return True
    head = word[:6].lower()
    if head[:5] in _TECH_HEADS and _in_software(value, start, end):
        return True
    if head[:4] in _CUSTOMS_HEADS and (
        _luggage(value, start, end)
        or _traveller_passing(value, start)
        or _customs_scene(value, start, end)
    ):
        return True
    if word[:2] in _CN_CUSTOMS and _customs_against_smuggling(value, start, end):
        return True
    if weak and _LEXICAL_BEFORE.search(value, max(0, start - 30), start):
        return True
    if weak and word.lower() == "shipments" and _units_shipped(_sentence(value, start)):
        return True
    if (
        weak
        and word[-7:].lower() == " export"
        and _FIGURATIVE_IN_SENTENCE.search(_sentence(value, start)) is not None
    ):
        return True
    if (
        weak
        and word[:5].lower() in _CYRILLIC_SUPPLY_HEADS
        and _LABOUR.search(_sentence(value, start)) is not None
    ):
        return True
    if head == "import" or head == "export":
        if _CODE_AFTER.match(value, end):
            return True
        if word in ("import", "export") and _CODE_BEFORE.search(value, max(0, start - 40), start):
            return True
        software = _SOFTWARE_BEFORE.search(value, max(0, start - 24), start)
        if software is not None and not (
            software.group("unit")
            and _GOODS_UNIT_BEFORE.search(value, max(0, software.start() - 16), software.end())
        ):
            return True
        if weak and (
            _SOFTWARE_OBJECT.match(value, end) is not None
            or _FIGURATIVE_OBJECT.match(value, end) is not None
        ):
            return True
    elif head in _CYRILLIC_FLOWS:
        return (
            _SOFTWARE_OBJECT.match(value, end) is not None
            or _DATA_BEFORE.search(value, max(0, start - 24), start) is not None
        )
    elif head in _UNITS:
        return _AFTER_NUMBER.search(value, max(0, start - 12), start) is not None
    return (
        weak
        and word[1:].islower()
        and word[0].isupper()
        and _NAME_HEAD.match(value, end) is not None
    )


# A maker's shipments counted in units are its sales, wherever they go: "Shipments of its
# premium handset P9 series exceeded 10 million units within eight months" (a Shenzhen
# phone maker's, beside its marketing abroad: tm_news_pool.jsonl). A sentence that sends them
# somewhere (to, from or into a capitalised name, or shipments in one: "Xiaomi's shipments in
# India") or names exports keeps them ("shipments to China reached 2 million units"; "rose to
# 15 million units" sends them nowhere).
_UNITS_COUNTED = re.compile(
    r"(?<![^\W_])(?:\d[\d,.]*|million|billion|thousand)\s+(?:units|handsets|smartphones|"
    r"phones|devices|PCs|tablets|vehicles|cars)(?![^\W_])"
)
_SENT_SOMEWHERE = re.compile(
    r"(?<![^\W_])(?:(?:to|from|into|shipments\s+in)\s+(?:the\s+)?[A-Z]|(?i:abroad|overseas|foreign|"
    r"international|exports?|imports?|exported|imported)(?![^\W_]))"
)


def _units_shipped(sentence: str) -> bool:
    """Whether ``sentence`` counts shipments in units and sends them nowhere (above)."""
    return _UNITS_COUNTED.search(sentence) is not None and _SENT_SOMEWHERE.search(sentence) is None


# Other countries' names that are, in lower case, everyday words of another language: Dutch
# "indien" ("if": "indien er meerdere uitvoer interfaces zijn"; German and Nordic Indien is
# always capitalised), Italian, Spanish and Portuguese "usa" ("uses": "se si usa csh"). They
# corroborate nothing; "Indien" and "USA" (and Italian news's "Usa") still do.
_OTHER_NAMES_AS_WORDS = frozenset(("indien", "usa"))
# A tool named after a country names no economy: "a golden Swiss Army knife" (a player who
# fills every position) beside "the decision to trade Moncada" is no trade with Switzerland.
_TOOL_AFTER_NAME = re.compile(r"\s+[Aa]rmy\s+kni(?:fe|ves)(?![^\W_])")


def _names_no_economy(value: str, m: Match) -> bool:
    """Whether the country match ``m`` is a word or a tool's name, not the economy (above)."""
    word = value[m.start : m.end]
    return word in _OTHER_NAMES_AS_WORDS or (
        word == "Swiss" and _TOOL_AFTER_NAME.match(value, m.end) is not None
    )


def _starts_in_order(matches: list[Match]) -> list[int]:
    """The starts of ``matches`` if they are in text order (the matcher's order), else []."""
    starts = [m.start for m in matches]
    return starts if all(a <= b for a, b in pairwise(starts)) else []


def _corroborated(
    weak: Match,
    matches: list[Match],
    strong: set[str],
    home: frozenset[str],
    tx: Taxonomy,
    framing: frozenset[str] = frozenset(),
    value: str | None = None,
    starts: list[int] | None = None,
) -> bool:
    """Whether the weak mention ``weak`` is corroborated (see above); ``starts``, when
    given, are the starts of ``matches``, which are then in text order."""
    if weak.tag in strong:
        return True
    if tx.rule(weak.tag).kind == "country":
        return False
    near: set[str] = set(framing)
    cjk_flow = value is not None and value[weak.start : weak.end] in _CJK_FLOW_WORD
    cjk_value = value or ""
    if starts is not None:  # matches in text order: only those near the weak word
        lo = bisect_left(starts, weak.start - CORROBORATION_CHARS)
        matches = matches[lo : bisect_right(starts, weak.start + CORROBORATION_CHARS, lo)]
    if value is not None and value[weak.start : weak.end].lower() in _SALE_VERBS:
        # arms sold to another economy name it in the sale's sentence: not "re-sold to arms
        # dealers in the nearby town" after "the border between Turkey and Iraq"
        head, stop = _sentence_around(value, weak.start, weak.end)
        matches = [m for m in matches if head <= m.start < stop]
        near = set()  # nor the headline's economies
    for m in matches:
        if abs(m.start - weak.start) <= CORROBORATION_CHARS and (code := _economy(m, tx)):
            if cjk_flow and m.end <= weak.start and cjk_value[m.end : weak.start] in _OWNED_BY:
                return True  # "中国出口", "我国进口": that economy's own exports or imports
            # a language, a nationality or a saying's nation names no economy: "торговлю не
            # открывай. -- Китайская пословица" is a proverb, not trade with China
            if (
                value is not None
                and (m.tag == COUNTRY or m.tag in tx.countries)
                and _a_language(value, m.start, m.end)
            ):
                continue
            near.add(code)
    if value is not None and _a_supplier(value, weak):
        return bool(near - home) and _SUPPLIED.search(_sentence(value, weak.start)) is not None
    if len(near) >= 2:
        return True
    if near - home and not (value is not None and _two_economies_only(value, weak)):
        return True
    return (
        value is not None
        and weak.tag == TRADE
        and (_a_flow(value, weak.start, weak.end) or _across_borders(value, weak.start, weak.end))
    )


# Supplying and buying are trade only between two economies ("Китай закупил у России",
# "Україна закуповує газ у Польщі") or across borders (below): one foreign country near them
# is a shopper's or a cook's ("моїх базарних недільних закупівель" ... "в Ізраїлі").
_BETWEEN_TWO_HEADS = ("закуп", "поставля", "поставщ", "постачає", "постачал", "постачат")
# The same for Chinese gas supplied, sent or in transit: "中俄东线天然气管道今年向中国供气" is
# trade, "俄罗斯西伯利亚一城市因管道爆炸，居民天然气供应中断" a city's supply at home.
_BETWEEN_TWO_WORDS = frozenset(
    (
        "输送天然气", "輸送天然氣", "提供天然气", "提供天然氣", "供应天然气", "供應天然氣",
        "天然气供应", "天然氣供應", "油气外运", "油氣外運", "供气", "供氣",
        "输气", "輸氣",
    )
)  # fmt: skip


def _two_economies_only(value: str, weak: Match) -> bool:
    word = value[weak.start : weak.end]
    return word in _BETWEEN_TWO_WORDS or word.lower().startswith(_BETWEEN_TWO_HEADS)


# A supplier is trade when it sells another economy goods the sentence names: arms, equipment,
# energy, commodities or parts ("suppliers in recent years include France, Israel, South
# Korea" of a military's weapons and equipment, "China is Germany's biggest supplier of solar
# panels", "Europe's largest gas supplier"); not "a supplier of fresh fish to restaurants in
# Moscow", nor a supplier with offices in France and Germany.
_SUPPLIER_HEADS = (
    "supplier", "fournisseur", "lieferant", "proveedor", "fornitor", "fornecedor", "dostawc",
)  # fmt: skip
_SUPPLIED = re.compile(
    r"(?<![^\W\d_])(?:arms|armaments?|weapons?|weaponry|missiles?|aircraft|warships?|"
    r"armou?red|equipment|gas|oil|crude|lng|coal|uranium|grain|wheat|fuel|energy|electricity|"
    r"chips?|semiconductors?|components?|parts|panels?|machinery|raw materials?|ores?|steel|"
    r"alumin(?:i)?um|fertili[sz]ers?|Waffen|Rüstung\w*|Ausrüstung\w*|Erdgas|Öl|Getreide|"
    r"armes|armements?|[eé]quipements?|gaz|p[eé]trole|c[eé]r[eé]ales|armas|armamento|equipos?|"
    r"petr[oó]leo|cereales|armi|armamenti|petrolio|attrezzature|equipamentos?|"
    r"sprzęt\w*|bro[nń]\w*|uzbrojeni\w*|rop[ay]|zbo[zż]\w*)(?![^\W\d_])",
    re.IGNORECASE,
)


def _a_supplier(value: str, weak: Match) -> bool:
    return value[weak.start : weak.end].lower().startswith(_SUPPLIER_HEADS)


# Exports and imports that rise or fall are goods crossing a border, whichever country the
# story is about: "Der Export würde dann nahezu vollständig einbrechen" (de-006), 出口同比增长,
# and so do those that weaken ("weil sich der Export abschwächt": a Bundestag speech on
# Germany's lost jobs, tm_news_pool.jsonl).
# Only the words for exports and imports (not "trade", "Handel", "commerce", which rise and
# fall at home too, nor Korean 수입, which is also income), and not English "falls", which is
# German "falls" ("if": "Falls falsch, deaktiviert den Import von Zugangsberechtigungen").
_FLOW_WORD = re.compile(
    r"(?:im|ex)port|ausfuhr|einfuhr|вывоз|ввоз|вивез|ввез|出口|进口|進口|輸出|輸入"
)
_FLOW = re.compile(
    r"\b(?:einbrechen|einbricht|eingebrochen|brach|brachen|sank|sanken|sinken|sinkt|gesunken|"
    r"stieg|stiegen|steigen|steigt|gestiegen|wuchs|wuchsen|wachsen|wächst|gewachsen|"
    r"zurückgegangen|zurückgehen|zurückging|zugelegt|abschwächt|abschwächen|abgeschwächt|"
    r"schwächelt|schwächeln|geschwächelt|fell|fallen|rose|rises|risen|grew|"
    r"grows|slumped|surged|jumped|dropped|declined|plunged|soared)\b|"
    r"\b(?:вырос|снизил|сократил|упал|увеличил|зріс|зросл|знизил|скоротил)|"
    r"增长|增長|下降|下滑|减少|減少|回升|同比|前年同月比|前年比|増加|伸び|落ち込"
)


# "Trade" and "commerce" in a sentence that says what crosses borders are trade between
# economies, whichever country the story is about (en-277: international standards that
# "would facilitate trade ... and affect the quality of global standards"); alone, in a local
# story, they may be shopping at home. So does a treaty, a neutral or belligerent power, the
# sea, or nations (not the United Nations, nor Indian or First Nations at home): "a treaty
# of amity, commerce, and navigation has been negotiated with Great Britain", "the commerce
# of neutral nations" (the State of the Union addresses of the 19th century), and "the two
# countries" ("The commercial intercourse between the two countries has continued to
# increase"): commercial intercourse and relations are read as trade and commerce are.
_TRADE_WORD = frozenset(
    (
        "trade", "commerce", "commercial intercourse", "commercial relations", "commercial ties",
        "commercial and economic ties", "economic and commercial ties",
        "commercial and economic relations", "economic and commercial relations",
    )
)  # fmt: skip
_ACROSS_BORDERS = re.compile(
    r"(?<![^\W_])(?:international(?:ly)?|global(?:ly)?|cross-border|foreign|overseas|abroad|"
    r"worldwide|multinational|transnational)(?![^\W_])",
    re.IGNORECASE,
)
# ... and for commerce and commercial intercourse or relations only (not "trade", which sport
# trades: "a neutral venue", "the two countries' rugby teams will trade tries", "Six Nations")
_COMMERCE_ACROSS_BORDERS = re.compile(
    r"(?<![^\W_])(?:neutrals?|belligerents?|maritime|treaty|treaties|"
    r"(?<!United )(?<!Indian )(?<!First )(?<!Six )nations|(?:two|both|other)\s+countries)"
    r"(?![^\W_])",
    re.IGNORECASE,
)


# The same for the weak Russian and Ukrainian words of trade, supply and procurement in a
# sentence that sends goods abroad or brings them from there ("поставки за рубеж", "закупки
# за кордоном", "международной торговли", "з іноземними постачальниками"). Not "мировой
# рынок" (LABELLING.md: the world market alone is not trade).
_CYRILLIC_TRADE_HEADS = (
    "торговл", "торгівл", "торговельн", "поставк", "поставок", "поставля", "поставщ",
    "закуп", "постача",
)  # fmt: skip
_CYRILLIC_ACROSS_BORDERS = re.compile(
    r"(?<![^\W\d_])(?:за\s+рубеж|из-за\s+рубежа|за\s+границ|из-за\s+границ|за\s+кордон|"
    r"з-за\s+кордону|зарубежн|закордонн|иностранн|іноземн|международн|міжнародн|"
    r"трансграничн|транскордонн)",
    re.IGNORECASE,
)


# Chinese exports and imports (出口, 进口, 进出口) right after an economy's name are its own
# ("对中国出口显然会造成一定的影响", "我国出口", "日本の輸出"), whichever economy it is, home or
# not: a venue's exit is named by the venue (会场出口, excluded), never by a country.
_CJK_FLOW_WORD = frozenset(("出口", "进口", "進口", "进出口", "進出口", "輸出", "輸入"))
_CJK_ACROSS_WORD = _CJK_FLOW_WORD | {"引进", "引進"}
_OWNED_BY = frozenset(("", "的", "の"))


# The same for Chinese 贸易 (the sentence ends at 。！？；): "经济全球化趋势由于贸易增长、
# 资本流动和技术转移等原因，有了进一步加强", "世界三分之二的贸易"; for 引进 also 外国
# ("foreign countries", as 国外: "引进外国先进技术", "注意引进外国的先进设备"), which beside
# 进口 or 出口 may name the goods' kind only ("优秀外国影片，进口大片"); a trade centre or zone
# (建成国际经济、金融、贸易中心, 陆家嘴金融贸易区) is a name or a goal for a city, not trade,
# and 对外 in the ministry's name crosses nothing.
_CJK_TRADE_WORD = frozenset(("贸易", "貿易"))
_CJK_ACROSS_BORDERS = re.compile(
    "国际|國際|全球|世界|跨国|跨國|各国|各國|海外|国外|國外|境外|"
    "(?:对外|對外)(?!贸易经济合作部|貿易經濟合作部|经济贸易部|經濟貿易部)"
)
_CJK_FOREIGN = re.compile("外国|外國")
# Chinese sanctions (制裁, weak: also a court's or an authority's penalty, 行政处罚……制裁) are
# sanctions on a state when their sentence names states, international sanctions or the
# Security Council ("对别国施加制裁", "不能滥用国际制裁", "参与安理会……反对动辄实施制裁"); not
# after a word of the law (法律制裁, 纪律制裁, 依法制裁, 刑事制裁), nor a sports body's (below).
_CJK_SANCTION = "制裁"
_CJK_STATES = re.compile(
    "别国|別國|他国|他國|大国|大國|各国|各國|安理会|安理會|联合国|聯合國|国际制裁|國際制裁"
)
_CJK_SPORT = re.compile(
    "运动员|運動員|俱乐部|俱樂部|球队|球隊|球员|球員|足联|足聯|足协|足協|奥委会|奧委會|兴奋剂|興奮劑|"
    "体育|體育|赛事|賽事"
)
_CJK_A_PENALTY = re.compile("(?:法律|法律的|纪律|紀律|党纪|黨紀|依法|刑事|行政|法)$")
# ... nor the punishment of an offence: 制裁电信诈骗犯罪, 制裁腐败, 制裁违法行为 (各国 and 大国 in
# its sentence notwithstanding)
_CJK_OFFENCE = re.compile(
    "[^。！？；\n]{0,6}?(?:犯罪|罪犯|腐败|腐敗|违法|違法|诈骗|詐騙|不法|贪污|貪污|走私|毒品)"
)
# ... and in Latin script: the bodies of sport and what they sanction
_SPORT_SANCTIONS = re.compile(
    r"(?<![^\W_])(?:UEFA|FIFA|IOC|Olympic\w*|WADA|doping|clubs?|teams?|athletes?|"
    # players, but not a market's ("the US sanctions against big players, such as Angstrem")
    r"(?<!big )(?<!key )(?<!major )(?<!market )(?<!industry )(?<!leading )players?|"
    # a coach's or a squad's (a team's players: "coach Rebrov announced sanctions on three key
    # players who broke curfew")
    r"coach(?:es)?|squad|curfew|referees?|"
    r"league|federation|tournament|World Cup|Paralympic\w*|"
    # and a court's or a party's penalties on people at home (not a parliament's: "Lawmakers
    # approved sanctions on Russia")
    r"courts?|judges?|contempt|disciplinary|morality\s+police|opposition\s+leader|"
    r"party\s+members?)(?![^\W_])"
)
_CJK_SENTENCE_STOPS = "。！？；\n"
_CJK_SENTENCE_END = re.compile(f"[{_CJK_SENTENCE_STOPS}]")


# The weak words for exporting and importing in Latin script, in a sentence that sends goods
# abroad or brings them from there, cross borders too: "food which are now imported from
# abroad", "exportiert ins Ausland", "importés de l'étranger", "esportato all'estero",
# "eksportowane za granicę" (the State of the Union addresses: the trade that the taxonomy's
# nouns miss). Not lower-case "import" alone, which is also "significance" ("of great import
# to foreign nations"), nor in a sentence that names a file or a format ("The file was
# exported to a foreign format").
_A_FILE = re.compile(
    r"(?<![^\W\d_])(?:files?|formats?|csv|pdf|xml|json|datei\w*|fichiers?|archivos?|plik\w*)"
    r"(?![^\W\d_])"
)
# Nor players a club or a league imports or exports ("The club imported two strikers from
# abroad", "two imported players from abroad"): sport's transfers, not trade.
_PLAYERS = re.compile(
    r"(?<![^\W\d_])(?:players?|strikers?|footballers?|goalkeepers?|defenders?|midfielders?|"
    r"forwards?|clubs?|coach\w*|spieler\w*|verein\w*|jugador\w*|futbolistas?|giocator\w*|"
    r"calciator\w*|joueurs?|footballeurs?|jogador\w*|zawodnik\w*|piłkarz\w*)(?![^\W\d_])"
)
_LATIN_FLOW_HEADS = ("export", "import", "eksport", "esporta", "ausfuhr", "einfuhr")
# A ban, restriction or halt laid on the import or export of goods, with the goods after "of"
# ("Numerous countries have placed restrictions on the production, import or use of GMO
# foods", "a ban on the export of rice"), is a state restricting trade, as an import ban is;
# lower-case "import" too, which after such a word is no "significance".
_RESTRICTED_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:bans?|banned|banning|prohibit(?:s|ed|ing|ions?)?|"
    r"restrict(?:s|ed|ing|ions?)?|limits|curbs?|curbed|moratori(?:um|a)|halt(?:s|ed|ing)?|"
    r"suspend(?:s|ed|ing)?|suspension)\s+(?:on\s+|of\s+)?(?:the\s+|all\s+)?"
    r"(?:[^\W\d_]+,\s+){0,3}(?:[^\W\d_]+,?\s+(?:or|and)\s+)?$",
    re.IGNORECASE,
)
_RESTRICTED_GOODS_AFTER = re.compile(r"(?:\s+(?:or|and)\s+[^\W\d_]+)?\s+of\s+")
# ... but not data, files, capital, evidence, people or ideas ("the export of personal data",
# "a ban on the import of Western ideas", "the import of the recordings as evidence")
_RESTRICTED_NOT_GOODS = re.compile(
    r"(?:(?:the|its|their|his|her|our|your|a|an|any|all|such|these|those)\s+)?"
    r"(?:[^\W\d_]+\s+){0,2}?(?:data|information|capital|money|funds|evidence|recordings?|"
    r"photos?|images?|pictures?|videos?|files?|contacts?|settings|documents?|modules?|"
    r"packages?|librar(?:y|ies)|people|persons|workers|labou?r|talent|players|"
    rf"{_FIGURATIVE_NOUNS})(?![^\W\d_])",
    re.IGNORECASE,
)
# ... and goods named within five words ("of GMO foods", "of rice", "of Russian crude"): not
# "the import of cyclic dependencies", "the export of the mayor's emails"
_RESTRICTED_GOODS = re.compile(
    r"(?:[^\W\d_'’]+['’]?s?[\s-]+){0,4}?"
    rf"(?:{_SOLD_GOODS}|foods?|meat|livestock|medicines?|vaccines|GMOs?|crops|seeds|minerals|"
    r"ores?|metals?|gold|diamonds|logs|fish|animals|cattle|fruits?|vegetables|flowers|waste|"
    r"plastics?|scrap)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
_ABROAD = re.compile(
    r"(?<![^\W\d_])(?:abroad|overseas|foreign|international\w*|ausland\w*|ausländisch\w*|"
    r"étrang\w*|extranjer\w*|ester[oa]|stranier\w*|estrangeir\w*|internacional\w*|"
    r"internazional\w*|zagranic\w*|zagraniczn\w*|międzynarodow\w*|buitenland\w*)(?![^\W\d_])"
)


# Trade "between the two countries" names two economies the sentence refers back to, in
# every language the taxonomy reads ("Trade between the two countries grew 12 percent", "Der
# Handel zwischen den beiden Ländern", "Торговля между двумя странами", "Торгівля між двома
# країнами"); so does "the two countries" or "both nations" beside a trade compound ("The two
# countries resumed trade talks"), though not beside "trade" alone, which two countries'
# teams do to tries. The phrase must follow the trade word (at most two words between: not
# "Der Handel klagt ..., während die Spannungen zwischen den beiden Staaten zunehmen"). Not two
# teams, clubs or companies, nor two states (commerce between the states of one federation is
# not trade, LABELLING.md).
_BETWEEN_TWO_COUNTRIES = re.compile(
    # right after the trade word, or one or two words after it ("trade flows between")
    r"[^\S\n]+(?:[^\W\d_]+[^\S\n]+){0,2}?(?:"
    r"(?:between|among)\s+(?:the\s+|these\s+|those\s+|our\s+)?(?:two|both|three)\s+"
    r"(?:countries|nations|economies|neighbou?rs)|"
    r"entre\s+(?:les\s+|ces\s+|nos\s+)?(?:deux|trois)\s+(?:pays|nations|[ée]conomies)|"
    r"zwischen\s+(?:den\s+|diesen\s+|unseren\s+)?(?:beiden|zwei|drei)\s+"
    r"(?:Ländern|Volkswirtschaften|Nachbarn)|"
    r"entre\s+(?:(?:los|las|os|as|ambos|ambas|nuestros|nossos)\s+)?"
    r"(?:(?:dos|dois|duas|tres|três)\s+)?(?:pa[ií]ses|naciones|na[cç][õo]es|econom[ií]as)|"
    r"(?:tra|fra)\s+(?:i\s+|questi\s+|i\s+nostri\s+)?(?:due|tre)\s+(?:paesi|nazioni|economie)|"
    r"между\s+(?:(?:этими|нашими)\s+)?(?:(?:двумя|обеими|тремя)\s+)?(?:странами|государствами)|"
    r"між\s+(?:(?:цими|нашими)\s+)?(?:(?:двома|обома|трьома)\s+)?(?:країнами|державами)|"
    r"między\s+(?:tymi\s+|naszymi\s+)?(?:(?:obu|oboma|dwoma|trzema)\s+)?(?:krajami|państwami)"
    r")(?![^\W\d_])",
    re.IGNORECASE,
)
_BOTH_COUNTRIES = re.compile(
    r"(?<![^\W\d_])(?:the\s+two|both|the\s+three)\s+(?:countries|nations|economies|governments)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
_TRADE_HEADS = (
    "trade", "trading", "commerce", "handel", "comercio", "comércio", "commercio", "торгов",
    "торгів", "товарооборот",
)  # fmt: skip


def _between_two_countries(value: str, start: int, end: int) -> bool:
    """Whether the weak trade word at [start, end) is trade between "the two countries" (see
    above)."""
    lowered = value[start:end].lower()
    if not lowered.startswith(_TRADE_HEADS):
        return False
    if _BETWEEN_TWO_COUNTRIES.match(value, end, end + 80) is not None:
        return True
    return " " in lowered and _BOTH_COUNTRIES.search(_sentence(value, start)) is not None


def _cjk_sentence(value: str, start: int, end: int) -> str:
    """The Chinese sentence around [start, end): from the stop before it to the one after."""
    head = max(value.rfind(stop, 0, start) for stop in _CJK_SENTENCE_STOPS) + 1
    tail = _CJK_SENTENCE_END.search(value, end)
    return value[head : tail.start() if tail else len(value)]


def _across_borders(value: str, start: int, end: int) -> bool:
    """Whether the weak word at [start, end) is "trade" or "commerce" (贸易) in a sentence
    that names something crossing borders (see above)."""
    word = value[start:end]
    if _between_two_countries(value, start, end):
        return True
    sanction = word == _CJK_SANCTION
    if word in _CJK_TRADE_WORD or word in _CJK_ACROSS_WORD or sanction:
        if value.startswith(("中心", "区", "區"), end):
            return False
        if sanction and (
            _CJK_A_PENALTY.search(value, max(0, start - 4), start) is not None
            or _CJK_OFFENCE.match(value, end, end + 12) is not None
        ):
            return False
        sentence = _cjk_sentence(value, start, end)
        if sanction:  # not 国际 or 世界 in a sports body's name (国际足联, 世界反兴奋剂机构)
            return _CJK_STATES.search(sentence) is not None
        if _CJK_ACROSS_BORDERS.search(sentence) is not None:
            return True
        return word in _BROUGHT_IN and (
            _CJK_FOREIGN.search(sentence) is not None
            or _BROUGHT_IN_AIRLINERS.match(value, end, end + 12) is not None
        )
    lowered = word.lower()
    if lowered.startswith(_CYRILLIC_TRADE_HEADS):
        return _CYRILLIC_ACROSS_BORDERS.search(_sentence(value, start)) is not None
    if (
        lowered in ("import", "export")
        and (of := _RESTRICTED_GOODS_AFTER.match(value, end)) is not None
        and _RESTRICTED_NOT_GOODS.match(value, of.end()) is None
        and _RESTRICTED_GOODS.match(value, of.end()) is not None
        and _RESTRICTED_BEFORE.search(value, max(0, start - 80), start) is not None
        and _A_FILE.search(_sentence(value, start).lower()) is None
    ):
        return True
    if lowered.startswith(_LATIN_FLOW_HEADS) and word != "import":
        sentence = _sentence(value, start).lower()
        return (
            _ABROAD.search(sentence) is not None
            and _A_FILE.search(sentence) is None
            and _PLAYERS.search(sentence) is None
        )
    if lowered not in _TRADE_WORD:
        return False
    sentence = _sentence(value, start)
    return _ACROSS_BORDERS.search(sentence) is not None or (
        lowered != "trade" and _COMMERCE_ACROSS_BORDERS.search(sentence) is not None
    )


# Chinese exports or imports right before an amount in a foreign currency are a flow of
# goods: "广东的目标是到２０００年出口达到８００亿美元", "进口额为３亿美元" (not an exit, nor a
# kind of goods, which have no such amount right after the word).
_CJK_FLOW_AMOUNT = re.compile(
    r"(?:总额|總額|额|額|值|总值|總值)?"
    r"(?:达到|達到|达|達|为|為|约|約|超过|超過|突破|共计|共計|近|上升到|上升至|增至|增加到|"
    r"增長到|增长到|降至|下降到|減少到|减少到)?"
    r"[0-9０-９][0-9０-９．.·,，]*多?(?:亿|億|万|萬)?(?:美元|美金|欧元|歐元|日元)"
)


def _a_flow(value: str, start: int, end: int) -> bool:
    """Whether the weak word at [start, end) names exports or imports that rise or fall, or
    a Chinese one an amount in a foreign currency follows."""
    if not _FLOW_WORD.match(value[start:end].lower()):
        return False
    if value[start:end] in _CJK_FLOW_WORD and _CJK_FLOW_AMOUNT.match(value, end) is not None:
        return True
    return _FLOW.search(_sentence(value, start).lower()) is not None


def _economies(matches: list[Match], tx: Taxonomy, before: int | None = None) -> frozenset[str]:
    """The economies named by ``matches`` (those starting before ``before``, when given)."""
    return frozenset(
        code for m in matches if (before is None or m.start < before) and (code := _economy(m, tx))
    )


_INTERNAL = frozenset((COUNTRY, RELATED, *CONTEXT_TAGS))  # the matcher's ids that are no tag


def _in_text(m: Mention) -> bool:
    return m.field == "text"


# Ukrainian names the country's people and its culture with the adjective it names the state
# with: "український" is a people, an ethnicity, a culture or a language as often as Ukraine
# ("українським селянином", "Український прозовий імпресіонізм", "на всю українську
# ментальність"; LABELLING.md: ethnicity, culture and language are not the country). A text
# whose only mentions of Ukraine, or of Russia, are the adjective (українськ-, російськ-),
# each before a noun for a member of a people, its fans or stars, its roots, character and
# traditions, its works, arts, artists and movements (a list of adjectives, or one of its
# own, may stand between: "українських жіночих співів") or a manner ("на російський лад"),
# does not name the country. Any other noun keeps it: "в українській армії", "українського
# ринку", "з української провінції". The people's noun alone (українці, росіяни) still
# counts: labelled texts read it as the country's citizens as often as a people.
_ADJECTIVE_ALONE = {
    "ukraine": re.compile(r"українськ[^\W\d_]*", re.IGNORECASE),
    "russia": re.compile(r"російськ[^\W\d_]*", re.IGNORECASE),
}
_CULTURE_NOUNS = (
    # a member of a people, its fans and stars (not men, women, girls, boys, people: citizens
    # and players too, "Українські чоловіки призовного віку", "Українські дівчата виграли
    # золото"; not жіноча, юнацька: a women's or a youth national team is the country's)
    r"селян|віб(?:и|ів|ам|ами)?(?![^\W\d_])|фанат|шанувальн|зірк|"
    # its roots, descent, character, identity, customs and traditions, its diaspora (not
    # звичайний, характерний, душевний)
    r"корін|корен|походжен|предк|ментальн|менталітет|характер(?:у|ом|і|и|ів)?(?![^\W\d_])|"
    r"душ(?:а|і|у|ею|е)(?![^\W\d_])|ідентичн|вдач|звича(?:ї[^\W\d_]*|й(?:ем|ю|и)?)(?![^\W\d_])|"
    r"традиц|обряд|колорит|діаспор|"
    # its works, arts, crafts, songs and movements (спів- alone is співпраця, співробітник)
    r"твір|твор|спів(?:и|ів|ами|ах)(?![^\W\d_])|пісен|пісн|музик|мелоді|літератур|поезі|вірш|"
    r"культур|мистецтв|ремесл|вишив|страв|кухн|імпресіонізм|модернізм|романтизм|реалізм|"
    r"символізм|авангард|бароко|стил[ьюія]|"
    # its artists and scholars, as a nationality before them is (context.py's PERSON_AFTER)
    # (поет, автор as whole words: not поетапний, авторитарний, авторське право)
    r"митц|митець|художни[кц]|письменни|поет(?:и|ів|а|ам|ами|ах|ом|ові|у|ес[^\W\d_]*)?(?![^\W\d_])|"
    r"автор(?:и|ів|а|ам|ами|ах|ом|ові|у|к[аиуіо]|ок|ці)?(?![^\W\d_])|вчен[іиоу]|науковц|науковець|"
    r"співа[кч]|музикант|актор|актрис|режисер|"
    # a manner: "на російський лад", "на український манір"
    r"лад(?![^\W\d_])|манір"
)
_CULTURE_NOUN_AFTER = re.compile(
    rf"(?:{_LIST_SEP}[^\W\d_]+(?:[иі]х|[иі]й|ої|ій|ою|[иі]ми|[иі]м|[оє]го|[оє]му|[ауеі]))*"
    # one adjective of its own between (народна, жіночих, греко-католицька), not a noun
    # ("влада культуру")
    r"(?:\s+(?:[^\W\d_]+-)?[^\W\d_]+(?:[нчшжк]|ськ|цьк|ов|ев|ин)"
    r"(?:ий|ій|а|е|і|ого|ому|им|ою|ої|их|ими|у))?"
    # or a music genre said as a noun before it: "українські рок зірки", "український
    # поп-співак"; not "українські рок-гурти" (no culture noun)
    rf"(?:\s+(?:рок|поп|джаз|фолк|реп|інді|панк|хіп-хоп)(?:-|\s+)|\s+)(?:{_CULTURE_NOUNS})",
    re.IGNORECASE,
)


# Russian does the same with русский, the people's and the language's adjective (the state's
# is российский): "У русского человека аппетит", "многим русским интеллигентам", "русская
# вареная душа", "к русскому добродушию", "Русский мужик медленно запрягает", "Русские
# программисты" of a joke, and a nationality before scholars, "русские учёные" (LABELLING.md:
# a joke's characters and a person's nationality are descriptors). Also the
# idiom "новые русские" (the new rich) with no noun after it: "для детей новых русских:",
# "ворота новых русских -", not "новые русские ракеты". Soldiers, hackers, officials,
# companies and any other noun keep the country.
# Only русск-, the people's adjective: the state's российск- before people, scholars,
# programmers or a character is the state's ("российские женщины", "Российские учёные и
# инженеры создали вакцину", "Российский характер экономики").
_RU_ADJECTIVE = re.compile(r"русск[^\W\d_]*", re.IGNORECASE)
_RU_PEOPLE_NOUNS = (
    # a member of a people
    r"человек(?:а|у|ом|е)?(?![^\W\d_])|люд(?:и|ей|ям|ьми|ях)(?![^\W\d_])|мужик|"
    r"баб(?:а|ы|е|у|ой)(?![^\W\d_])|женщин|девушк|девиц|парн[иеяю]|парен|"
    # its classes and trades as a joke's characters, scholars by nationality
    r"интеллигент|народ(?:а|у|ом|е|ы|ов|ам|ами|ах)?(?![^\W\d_])|"
    r"программист|уч[её]н(?:ый|ого|ому|ым|ом|ые|ых|ыми)(?![^\W\d_])|"
    # its character, soul, nature and ways
    r"душ(?:а|и|е|у|ой|ою)(?![^\W\d_])|характер(?:а|у|ом|е)?(?![^\W\d_])|натур|"
    r"добродуш|менталитет|ментальност|нрав(?:а|у|ом|е|ы)?(?![^\W\d_])|традиц|обыча|"
    # a manner: "на русский лад", "на русский манер"
    r"лад(?![^\W\d_])|манер(?![^\W\d_])"
)
# one adjective of its own between, also hyphenated ("русской народно-песенной традиции")
_RU_BETWEEN = (
    r"(?:\s+(?:[^\W\d_]+-)?[^\W\d_]+"
    r"(?:[ая]я|[ое]е|[ыи]е|[ыи]х|[ыи]м|[ыи]ми|[оы]й|ий|[ую]ю|[ое]го|[ое]му))?"
)
_RU_CULTURE_NOUN_AFTER = re.compile(
    rf"{_RU_BETWEEN}\s+(?:{_RU_PEOPLE_NOUNS})",
    re.IGNORECASE,
)
_NEW_RICH_BEFORE = re.compile(r"(?<![^\W\d_])нов(?:ые|ых|ым|ыми|ый|ого|ому|ом)\s+$", re.IGNORECASE)
_NEW_RICH_FORMS = frozenset(
    ("русские", "русских", "русским", "русскими", "русский", "русского", "русскому", "русском")
)
# nothing, a stop, or a preposition, a conjunction or a particle after it: "упражнение новых
# русских на пляже", "новые русские и их дети"
_NO_NOUN_AFTER_IDIOM = re.compile(
    r"\s*(?:[^\w\s]|$|(?:на|в|во|с|со|из|у|к|по|за|от|до|при|и|или|а|но|не|же|бы|ли|тоже|"
    r"всегда|уже|часто)(?![^\W\d_]))",
    re.IGNORECASE,
)
_RU_LIST_AFTER = re.compile(r"[^\W\d_]*\s+(?:и|или|да)\s+[^\W\d_]", re.IGNORECASE)


def _people_or_culture(m: Mention, article: Article) -> bool:
    """Whether a mention is the adjective before a noun of a people's member or culture (see
    above)."""
    if m.rule != "alias":
        return False
    value = article.title if m.field == "title" else article.text
    adjective = _ADJECTIVE_ALONE.get(m.tag)
    if adjective is not None and adjective.fullmatch(m.matched):
        return _CULTURE_NOUN_AFTER.match(value, m.end) is not None
    if m.tag != "russia" or not _RU_ADJECTIVE.fullmatch(m.matched):
        return False
    # not before a list of other nouns ("Русские программисты и хакеры из ГРУ")
    noun = _RU_CULTURE_NOUN_AFTER.match(value, m.end)
    if noun is not None:
        return _RU_LIST_AFTER.match(value, noun.end()) is None
    return (
        m.matched.lower() in _NEW_RICH_FORMS
        and _NEW_RICH_BEFORE.search(value, max(0, m.start - 12), m.start) is not None
        and _NO_NOUN_AFTER_IDIOM.match(value, m.end) is not None
    )


def decide(article: Article, taxonomy: Taxonomy) -> tuple[Decision, ...]:
    """Every tag kept on ``article``, strongest first, with its full decision."""
    weights = taxonomy.rules.weights
    # The heads of worker/taxonomy/context.py come back among the matches: which of them a
    # field holds is set aside (the nationality, saying and category patterns need them),
    # and no other rule sees them.
    found: list[tuple[Field, str, list[Match]]] = []
    contexts: dict[Field, frozenset[str]] = {}
    fields: tuple[tuple[Field, str], ...] = (("title", article.title), ("text", article.text))
    for field, value in fields:
        matches = taxonomy.matcher.find(value)
        contexts[field] = context = frozenset(m.tag for m in matches if m.tag in CONTEXT_TAGS)
        if context:
            matches = [m for m in matches if m.tag not in CONTEXT_TAGS]
        if any(m.tag == COUNTRY and _names_no_economy(value, m) for m in matches):
            matches = [m for m in matches if not (m.tag == COUNTRY and _names_no_economy(value, m))]
        found.append((field, value, _with_enumerated(value, matches, taxonomy)))
    strong = {
        m.tag
        for _, v, ms in found
        for m in ms
        if not m.weak
        and not m.tag.startswith("_")
        and not (m.term in _IMPORT_STEMS and v.startswith(_IMPORTED, m.start, m.start + 7))
    }
    language = (article.language or "").split("-")[0].lower()
    home = HOME.get(language, frozenset())
    not_names = _NOT_NAMES_IN.get(language)
    mentions: dict[str, list[Mention]] = {}
    boxes = _boxes(article.text, found[1][2])
    # The loop below runs for every mention of every article: names bound once, and each
    # Mention built as the tuple it is (the named tuple's __new__ is a Python call).
    lede, lede_chars = weights.lede, weights.lede_chars
    skip = _INTERNAL
    countries = taxonomy.countries
    new = tuple.__new__
    # An office another economy owns in one place is that economy's throughout the article:
    # "塞尔维亚财政部的招标请求" ... "传输至财政部" is Serbia's ministry both times.
    offices = taxonomy.offices
    owned: set[str] | None = None  # found on the first office mention
    # The economies the headline names frame the whole text, and the lede's frame the
    # headline: "Россия и Китай" over "торговля выросла" is trade between them.
    framing = {
        "title": _economies(found[1][2], taxonomy, lede_chars) if found[0][2] else frozenset(),
        "text": _economies(found[0][2], taxonomy),
    }
    # A title derived from the text is a copy of its opening line: the text, read first, with
    # the whole sentence around each word, decides, and a title mention counts only for a tag
    # the text kept ("una dogana, e i vostri" cut from "... e i vostri bagagli").
    derived = article.title_derived
    for field, value, matches in found[::-1] if derived else found:
        in_text = field == "text"
        outside = weights.text if in_text else weights.title
        copy = derived and not in_text
        context = contexts[field]
        categories = in_text and CATEGORY in context
        field_boxes = boxes if in_text else None
        starts: list[int] | None = None  # of the matches, for the weak words' neighbours
        for m in matches:
            tag_id, term, start, end, how, origin, weak = m
            if tag_id in skip or (how == "place" and _not_a_place(value, m, matches)):
                continue
            if (
                (start and value[start - 1] in _ADDRESS_MARKS)
                or value[end : end + 1] in _ADDRESS_MARKS
            ) and _in_an_address(value, start, end):
                continue
            if copy and tag_id not in mentions:
                continue
            if (
                not value[start:end].isascii()
                and value[start:end].lower() in _ACCENTED_WORDS_NOT_NAMES
            ):
                continue
            if tag_id in countries and (
                (not_names is not None and value[start:end].lower() in not_names)
                or (
                    value.startswith("china", start, end)
                    and _TABLEWARE.search(value, max(0, start - 16), end + 16) is not None
                )
                or _a_language(value, start, end, context)
                or _a_namesake(value, start, end)
                or (value[start] in "уУрРкК" and _an_ethnicity(value, start, end))
                or (
                    # the letters around the word first: this runs for every Latin mention
                    value[start] in "RUCruck"
                    and (
                        value[end + 1 : end + 2] in _DIASPORA_STARTS
                        or value[start - 2 : start - 1] in _DIASPORA_ENDS
                        or value[start:end] in _LATIN_PEOPLE_NOUNS
                    )
                    and _a_latin_ethnicity(value, start, end)
                )
                or (
                    start > 5
                    and value[start - 1] == " "
                    and value[start - 2] in _RIVER_PART_ENDS
                    and value[start].isupper()
                    and _RIVER_PART_BEFORE.search(value, max(0, start - 24), start) is not None
                )
                or (value[start] in "čČkcкmMrRzdwf" and _a_word(value, start, end, how))
                or ("\uac00" <= value[start] <= "\ud7a3" and _inside_a_hangul_word(value, start))
                or (how == "alias" and _another_accent(value, start, end, term))
            ):
                continue
            if term == "我国" and _an_answers_our_country(value, m):
                continue
            if "\u4e00" <= value[start] <= "\u9fff" and (
                _china_culture(value, start, end)
                or _a_named_continent(value, start, end)
                or _a_roc_year(value, start, end)
                or _messiaen(value, start, end)
            ):
                continue
            if (
                how == "alias"
                and term.endswith(_CITY_ADJECTIVE_TERMS)
                and _a_street_or_a_surname(value, start, end)
            ):
                continue
            if (term == "中方" and _only_then(value, start, end)) or (
                term in _PROVINCE_PAIRS and _a_given_name_pair(value, start, end)
            ):
                continue
            if origin == _CCTV and term == "CCTV" and not _a_broadcaster(value, start, end):
                continue  # "CCTV footage", "caught on CCTV": cameras, not the broadcaster
            if origin in _UA_BODIES:
                if term.casefold() in _OWNER_AFTER_OFFICES and _owned_after(value, end):
                    continue  # "МЗС Швеції": another country's ministry
                if origin in _CAPITALISED_ONLY and value[start].islower():
                    continue  # "створіть нову пошту": a new mailbox, not the company
            if origin in offices:
                if owned is None:
                    owned = _owned_offices(found, taxonomy)
                if origin in owned or _after_another_economy(value, m, matches, taxonomy):
                    continue
            if field_boxes and any(a <= start < b for a, b in field_boxes):
                continue
            if categories and _a_category_line(value, start):
                continue
            if tag_id == TRADE:
                if weak and (word := value[start:end].lower()) in _SALE_WORDS:
                    if _sold_between(value, start, end, matches, taxonomy):
                        weak = False  # goods between two economies (see above)
                    elif not word.startswith("закуп"):
                        continue
                elif (
                    weak
                    and value[start:end].lower() in _SALE_VERBS_TO
                    and _sold_between(value, start, end, matches, taxonomy, ("en", "to"))
                ):
                    weak = False  # "Iran sold oil to China": goods from one economy to another
                elif (
                    weak
                    and (sold_in := _SLAVIC_SALE_VERBS_TO.get(value[start:end].lower()))
                    and _sold_between(value, start, end, matches, taxonomy, (sold_in, "to"))
                    and _nations_trading(value, end, matches)
                ):
                    weak = False  # "Россия продала Китаю технологии", as above
                elif weak and value[start:end].lower() in _DUTY_WORDS:
                    if not _a_duty_on_goods(value, start, end, matches, taxonomy):
                        continue  # a duty of another kind: "the duties of a clerk"
                    weak = False  # "duties on Chinese steel", "levies on imports"
                if _not_trade(value, start, end, weak) and not (
                    term in _BROUGHT_IN and _brought_in_by_name(value, end, matches, taxonomy)
                ):
                    continue
                if term in _IMPORT_STEMS and value.startswith(_IMPORTED, start, start + 7):
                    weak = True  # "импортные сапоги": a kind of goods (see above)
            if (
                weak
                and tag_id == TRADE
                and value[start:end].lower().endswith(" export")
                and _an_economy_s_export(value, start)
                and _CODE_WORDS.search(_sentence(value, start)) is None
            ):
                weak = False  # "Chile's main export", "the country's chief export"
            if weak:
                if starts is None:
                    starts = _starts_in_order(matches)
                if not _corroborated(
                    m, matches, strong, home, taxonomy, framing[field], value, starts or None
                ):
                    continue
            weight = lede if in_text and start < lede_chars else outside
            bucket = mentions.get(tag_id)
            if bucket is None:
                bucket = mentions[tag_id] = []
            bucket.append(
                new(
                    Mention,
                    (tag_id, term, field, start, end, value[start:end], weight, how, origin, weak),
                )
            )
    for tag_id in _ADJECTIVE_ALONE:
        found_mentions = mentions.get(tag_id)
        if found_mentions and all(_people_or_culture(m, article) for m in found_mentions):
            del mentions[tag_id]
    text_kchars = max(len(article.text), 500) / 1000
    decisions = []
    for tag_id, found_mentions in mentions.items():
        if derived:  # read text first, but reported title first, as for every other article
            found_mentions.sort(key=_in_text)  # stable: each field keeps its order
        total, in_title, in_lede, in_body = 0.0, False, False, 0  # one pass: this runs per tag
        for mention in found_mentions:
            total += mention.weight
            if mention.field == "title":
                in_title = True
            else:
                in_body += 1
                in_lede = in_lede or mention.weight == lede
        score = round(1.0 - math.exp(-total / weights.saturation), 4)
        if score < taxonomy.rule(tag_id).min_score:
            continue
        density = in_body / text_kchars
        salience = 0.5 * in_title + 0.25 * in_lede + 0.25 * min(1.0, density / 4)
        decisions.append(_decision(tag_id, score, round(salience, 4), tuple(found_mentions)))
    decisions.sort(key=lambda d: (-d.score, d.tag))
    return tuple(decisions)


# Evidence, built by the dozen per article, is built as worker.types.builder builds it (the
# same object: tests/unit/taxonomy/test_shortcuts.py compares the two, field by field, and
# fails when Evidence gains a field); so are the other records of the tag stage.
EVIDENCE_FIELDS = ("term", "start", "end", "field", "matched", "rule", "origin")
_evidence = builder(Evidence)
_tag_result = builder(TagResult)
_tagged = builder(TaggedArticle)


def tag(article: Article, taxonomy: Taxonomy) -> TaggedArticle:
    """Tag one normalized article with ``taxonomy`` (scores and saliences as decide rounds them)."""
    results = []
    for d in decide(article, taxonomy):
        rule = taxonomy.rule(d.tag)
        evidence = tuple(
            [
                _evidence(term, start, end, field, matched, how, origin or None)
                for _, term, field, start, end, matched, _, how, origin, _ in d.mentions
            ]
        )
        results.append(_tag_result(d.tag, d.score, evidence, rule.code, rule.label, d.salience))
    return _tagged(article, tuple(results), taxonomy.version)
