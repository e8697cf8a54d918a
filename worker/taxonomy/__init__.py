"""The tag rules as data: a YAML taxonomy, validated at load, compiled into one matcher.

The built-in taxonomy is ``default.yaml`` beside this file; ``NEWSWORKER_TAXONOMY`` names a
replacement. Its JSON Schema is ``schemas/taxonomy.schema.json`` (generated from
:class:`TaxonomyFile`). The version recorded on tagged articles is the file's ``version``
plus a hash of its content, so any edit changes it even if the author forgot to bump it.

Country names come from CLDR (through babel; the built-in locales' names are kept in
``countries.tsv``, see :mod:`worker.taxonomy.cldr`) in every language the taxonomy lists;
the file holds what CLDR lacks: adjectives and their inflections, capitals, leaders. Two data files
beside it name a country without naming it, for every country tag whose ISO code they know:
``places.tsv``, the cities and regions of the gazetteer (:mod:`worker.taxonomy.gazetteer`,
built from GeoNames and ISO 3166-2), and ``institutions.yaml``, a curated list of state
bodies, parties, media and companies. The names of every other country (CLDR) are matched
too, under internal ids starting with ``_``: they tag nothing, they only corroborate weak
evidence (see worker/pipeline/tag.py). The version covers the taxonomy file and the data
files.
"""

from __future__ import annotations

import ctypes
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import product
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from worker.errors import TaxonomyError
from worker.taxonomy.cldr import COUNTRY_NAMES, territories
from worker.taxonomy.context import context_patterns
from worker.taxonomy.fold import is_cjk
from worker.taxonomy.gazetteer import COUNTRIES, PLACES, case_forms, load_places
from worker.taxonomy.matcher import Matcher, Pattern

__all__ = [
    "COUNTRY",
    "DEFAULT_TAXONOMY",
    "RELATED",
    "RELATED_HEADERS",
    "TagRule",
    "Taxonomy",
    "TaxonomyFile",
    "Weights",
    "cldr_names",
    "expand_braces",
    "load_taxonomy",
]

DEFAULT_TAXONOMY = Path(__file__).with_name("default.yaml")
# libyaml's loader where PyYAML was built with it (its wheels are): the same documents, and a
# tenth of the pure-Python loader's time (0.29 -> 0.02 s for the built-in files), paid by
# every worker and command that tags at start-up.
SAFE_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_yaml(document: str | bytes) -> Any:
    """``yaml.safe_load`` through :data:`SAFE_LOADER`."""
    return yaml.load(document, Loader=SAFE_LOADER)  # noqa: S506 (a safe loader, C or Python)


INSTITUTIONS = Path(__file__).with_name("institutions.yaml")
# An alias's {a,b} groups: the alias stands for every combination of their alternatives.
_BRACES = re.compile(r"\{([^{}]*)\}")
COUNTRY = "_country"  # the internal tag of every other country's name
RELATED = "_related"  # the internal tag of the headers of related-article boxes
# Headers that open a box of related headlines or a sidebar, when they start a line; the tag
# stage leaves the box out (worker/pipeline/tag.py).
RELATED_HEADERS = (
    "Related articles", "Related stories", "Related news", "Related posts", "Related coverage",
    "Related content", "More must-reads", "Recommended for you", "You may also like",
    "Read also", "See also", "Читайте также", "Смотрите также", "По теме:", "Читайте також",
    "Дивіться також", "Lesen Sie auch", "Mehr zum Thema", "Weitere Artikel", "À lire aussi",
    "Lire aussi", "Sur le même sujet", "Leer más", "Te puede interesar", "Leggi anche",
    "Leia também", "Czytaj także", "相关新闻", "相關新聞", "相关阅读", "相關閱讀", "相关文章",
    "相關文章", "延伸阅读", "延伸閱讀", "推荐阅读", "推薦閱讀", "関連記事", "関連ニュース",
    "관련기사", "관련 기사", "Related links", "Related topics", "Similar articles",
    "Ähnliche Artikel", "Das könnte Sie auch interessieren", "Articles similaires",
    "Articles liés", "Artículos relacionados", "Noticias relacionadas", "Articoli correlati",
    "Notizie correlate", "Artigos relacionados", "Notícias relacionadas", "Powiązane artykuły",
    "Podobne artykuły", "Kapcsolódó cikkek", "Kapcsolódó hírek", "Σχετικά άρθρα",
    "Σχετικές ειδήσεις", "Свързани новини", "Подобни новини", "Похожие новости",
    "Похожие статьи", "Похожие записи", "Новости по теме", "Схожі новини", "Схожі статті",
    "Новини на тему", "Gerelateerde artikelen", "Lees ook", "Läs också", "Relaterade artiklar",
    "Čtěte také", "Související články", "Súvisiace články", "Citește și", "Articole similare",
    "İlgili haberler", "Benzer haberler", "Tin liên quan", "Berita terkait", "Baca juga",
    "כתבות קשורות", "כתבות נוספות", "مقالات ذات صلة", "أخبار ذات صلة", "اخبار مرتبط",
    "相关链接", "相關連結", "熱門文章", "热门文章", "関連リンク", "関連エントリー",
    "関連する記事", "함께 볼만한 기사",
    # a portal's lists of its most read or most commented stories, beside or under the article
    "Most read", "Most popular", "Самое читаемое", "Самые читаемые", "Найчитаніше",
    "Meistgelesen", "Les plus lus", "Lo más leído", "I più letti", "Mais lidas",
    "Najczęściej czytane", "热点新闻", "熱點新聞", "热门新闻", "熱門新聞", "点击排行", "點擊排行",
    "跟贴排行", "跟帖排行", "熱門推薦", "热门推荐", "猜你喜欢", "猜你喜歡", "相关推荐", "相關推薦",
    "アクセスランキング", "많이 본 뉴스",
)  # fmt: skip
# Other countries' CLDR names that are also everyday words or given names ("Jordan" in a
# sports story, "Chad", "Turkey" at Thanksgiving): they would corroborate nothing reliably.
_AMBIGUOUS_COUNTRY_NAMES = frozenset(
    {
        "chad", "jordan", "georgia", "turkey", "guinea", "jersey", "niger", "mali",
        "peru", "togo", "cuba", "chile", "monaco",
        "panama", "salvador", "dominica", "grenada", "bermuda", "man", "guernsey", "malta",
        "nauru", "tonga", "samoa", "congo", "gabon", "benin", "korea",
    }
)  # fmt: skip
# Another language's name that is an English word, compared without accents: German and
# Nordic "Island" (Iceland) in "island", "Rhode Island", "Cocos Islands"; French "Grenade",
# "Chili", "Réunion" ("reunion"), "Maurice"; Spanish "Catar" (to taste; "cataract");
# Romanian "Columbia" (District of Columbia, British Columbia).
_WORD_COUNTRY_NAMES = frozenset(
    {"island", "grenade", "chili", "reunion", "maurice", "catar", "columbia",
     # the Baltic, Slovenian and Catalan names that start other languages' words (wordfreq):
     # Catalan Reunió (reunion), Maurici (Mauricio), Slovenian Palav (palavra), Estonian Norra
     # (Swedish "northern"), Latvian Gabona (Hungarian "grain"), Sarka (Hungarian "its
     # corner", sarkasm), Lithuanian Malis, Čadas (cadastro)
     "reunio", "maurici", "palav", "norra", "gabona", "sarka", "sarkas", "malis", "cadas"}
)  # fmt: skip
# Names whose 5-letter stem runs into words of another language, kept as whole words with
# their own case forms only: Czech Řecko in "reckoned", "reckoning" (a fortune's "a man to
# be reckoned with" corroborated the Spacemen's "trade" as Greece), German Ungarn in
# "ungarnished", French Malte in "malted", Gambie in Mount Gambier, France in Frances and
# Francesco, Portuguese Índia in Indiana, Guiné in Guiness.
_WHOLE_WORD_COUNTRY_NAMES = {
    "recko": ("Řecka", "Řecku", "Řeckem"), "ungarn": ("Ungarns",), "malte": (),
    "gambie": (), "france": (), "india": (), "guine": (),
    # names that are no word, kept whole (four letters too) though their stems would run on
    # (Irani, Indiana): economies trade news names most ("Iran's oil shipments", "exports to
    # India", "Qatar's gas deliveries")
    "iran": ("Iranian", "Iranians"), "iraq": ("Iraqi", "Iraqis"), "oman": ("Omani",),
    "laos": (), "fiji": ("Fijian",), "qatar": ("Qatari",), "kenya": ("Kenyan", "Kenyans"),
    "yemen": ("Yemeni",), "libya": ("Libyan",), "ghana": ("Ghanaian",),
    "israel": ("Israeli", "Israelis"), "inde": (),
}  # fmt: skip


# Short Cyrillic names (4 and 5 letters) get their case forms too, so that "поставки в
# Индию", "экспорт в Сирию", "санкции против Ирана" corroborate, except those whose forms are
# Russian, Ukrainian or Bulgarian words: Куба (кубу, "cube"), Мали and Малі (мали "had", малі
# "small"), Оман (омана "delusion"), Гана (гана "shame"), Того ("that"), Перу ("pen"), Чили
# and Чилі ("chili"), Катар ("catarrh"), Нигер, Корея (North or South), Фиджи; and Ливия and
# Дания, whose Ливии and Дании fold (й as и) like Тит Ливий (Livy) and Ukrainian "даний"
# ("given": "даний курс"). Сирии folds like Ukrainian "сирий" ("damp"), an adjective of the
# weather seen twice in ua-gec's 1,788 texts: kept.
_SHORT_CYRILLIC = re.compile(r"[а-яёіїєґ]{4,5}")
_SHORT_CYRILLIC_WORDS = frozenset(
    {
        "куба", "мали", "малі", "оман", "гана", "того", "перу", "чили", "чилі", "катар",
        "нигер", "нігер", "корея", "кореја", "фиджи", "фіджі", "тонга", "самоа", "науру",
        "палау", "конго", "гаити", "гаїті", "бенин", "бенін", "чад", "ливия", "лівія", "либия",
        "дания", "данія",
    }
)  # fmt: skip


def _plain(name: str) -> str:
    """``name`` casefolded, without accents (Índia -> india, Řecko -> recko)."""
    return "".join(
        c for c in unicodedata.normalize("NFD", name.casefold()) if not unicodedata.combining(c)
    )


DEFAULT_LANGUAGES = (
    "en", "fr", "de", "es", "it", "pt", "ru", "uk", "pl", "zh_Hans", "zh_Hant", "ja", "ar",
)  # fmt: skip


class Weights(BaseModel):
    """How much one mention counts, by where it stands."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    title: float = Field(default=3.0, ge=0)
    lede: float = Field(default=2.0, ge=0, description="The first `lede_chars` of the text.")
    text: float = Field(default=1.0, ge=0)
    lede_chars: int = Field(default=400, ge=0)
    saturation: float = Field(
        default=4.0, gt=0, description="score = 1 - exp(-weighted mentions / saturation)"
    )


class TagRule(BaseModel):
    """One tag: its aliases per language and the false friends that must not count."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z][a-z0-9_-]*$")
    label: str = Field(min_length=1)
    kind: Literal["country", "topic"]
    code: str | None = Field(default=None, pattern=r"^[A-Z]{2}$", description="ISO 3166-1")
    cldr: bool = Field(
        default=True,
        description="Country tags: add the country's CLDR name in every taxonomy language.",
    )
    min_score: float = Field(default=0.1, ge=0, le=1)
    aliases: dict[str, list[str]] = Field(min_length=1, description="language -> aliases")
    exclude: dict[str, list[str]] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _country_has_code(self) -> TagRule:
        if self.kind == "country" and not self.code:
            raise ValueError(f"country tag {self.id!r} needs its ISO 3166 code")
        for lang, terms in {**self.aliases, **self.exclude}.items():
            for term in terms:
                if not term.strip(" *"):
                    raise ValueError(f"tag {self.id!r}, language {lang!r}: an empty alias")
                if _BRACES.sub("", term).count("{") or _BRACES.sub("", term).count("}"):
                    raise ValueError(
                        f"tag {self.id!r}, language {lang!r}: {term!r}: a brace without its "
                        "pair; write alternatives as {a,b}"
                    )
                if "*" in term.lstrip("~").lstrip("*").rstrip("*"):
                    # The matcher reads a stem mark only at the end (and an infix mark at
                    # the start): "двусторонн* торговл*" would silently never match.
                    raise ValueError(
                        f"tag {self.id!r}, language {lang!r}: {term!r}: '*' inside a phrase "
                        "never matches; list each form, with a stem only at the end"
                    )
        return self


class TaxonomyFile(BaseModel):
    """The taxonomy file as written (schemas/taxonomy.schema.json)."""

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        title="newsworker taxonomy",
    )

    version: str = Field(min_length=1)
    languages: list[str] = Field(
        default=list(DEFAULT_LANGUAGES),
        description="CLDR locales whose country names join the aliases (zh_Hans, zh_Hant...).",
    )
    weights: Weights = Weights()
    tags: list[TagRule] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_ids(self) -> TaxonomyFile:
        ids = [t.id for t in self.tags]
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            raise ValueError(f"tag ids appear more than once: {dupes}")
        return self


@dataclass(frozen=True)
class Taxonomy:
    """A loaded taxonomy: its rules, its version and the compiled matcher."""

    rules: TaxonomyFile
    version: str
    matcher: Matcher
    by_id: dict[str, TagRule]
    countries: frozenset[str] = frozenset()  # the ids of the country tags
    # the origins of offices every state has (``kind: office`` in institutions.yaml, China's
    # 外交部发言人): the tag's only when no other economy stands right before the name
    offices: frozenset[str] = frozenset()

    def rule(self, tag: str) -> TagRule:
        """The rule of the tag with this id."""
        return self.by_id[tag]


def cldr_names(code: str, languages: list[str]) -> dict[str, str]:
    """The country's name in each CLDR locale (babel), e.g. RU -> {"fr": "Russie", ...}."""
    names = {}
    for lang in languages:
        if name := territories(lang).get(code):
            names[lang] = name
    return names


@lru_cache(maxsize=2)
def _institutions(path: Path = INSTITUTIONS) -> tuple[tuple[str, str, str, str], ...]:
    """(tag, id, name, kind) of every curated institution name."""
    data = safe_yaml(path.read_text(encoding="utf-8"))
    return tuple(
        (entry["tag"], entry["id"], name, entry["kind"])
        for entry in data["institutions"]
        for name in entry["names"]
    )


# Short names CLDR does not give, for the economies news names most (CLDR has "United
# States", "Соединенные Штаты", "アメリカ合衆国", "中国香港特别行政区", "Гонконг (САР)"); EU
# stands for the European Union. Hong Kong and Macau are economies of their own (LABELLING.md).
# Yugoslavia, which CLDR no longer lists, was one until 2003, and news archives name it ("南
# 政府为抑制通货膨胀，采取了……进口市场紧缺商品等措施" after "南斯拉夫大选").
_SHORT_NAMES = {
    "US": ["USA", "U.S.", "U.S.A.", "США", "アメリカ", "米国", "미국", "Amerika",
           "Stany Zjednoczone", "ΗΠΑ", "САЩ", "ארה\"ב", "EE.UU.", "Etats-Unis"],
    "GB": ["Britain", "UK", "Великобритани*", "Британи*", "英国", "英國", "イギリス", "영국"],
    "HK": ["香港", "Hong Kong", "Гонконг*"],
    "MO": ["澳门", "澳門", "Macau", "Macao", "Макао"],
    "YU": ["Yugoslavia", "Jugoslawien", "Yougoslavie", "Jugoslavia", "Jugosławi*", "Югослави*",
           "Југослав*", "Югославі*", "南斯拉夫", "ユーゴスラビア", "유고슬라비아"],
    "EU": ["EU", "E.U.", "European Union", "Евросоюз*", "ЕС", "ЄС", "UE", "欧盟", "歐盟",
           "Europäische Union", "Unia Europejska", "Ε.Ε.", "유럽연합", "Európai Unió", "Европ*",
           "Європ*", "Europe", "Europa", "欧洲", "歐洲", "ヨーロッパ", "유럽"],
}  # fmt: skip


def _other_countries(rules: TaxonomyFile, own: set[str]) -> list[Pattern]:
    """The names of every country without a tag, under the internal id ``_country``.

    CLDR names in every taxonomy language, with their Russian and Ukrainian case forms
    (Германия -> Германии), plus ``_SHORT_NAMES``; names that are also ordinary words
    ("Chad", "Jordan") or shorter than 5 letters are left out, but for Cyrillic names of 4 and
    5 letters, which get their case forms (Ирану, Индии) unless those are words (Куба).
    """
    patterns = [
        Pattern(COUNTRY, name, rule="country", origin=code)
        for code, names in _SHORT_NAMES.items()
        for name in names
    ]
    codes = {c for lang in rules.languages for c in territories(lang)}
    for code in sorted(c for c in codes if len(c) == 2 and c.isalpha() and c not in own):
        for name in set(cldr_names(code, rules.languages).values()):
            folded, plain = name.casefold(), _plain(name)
            short = _SHORT_CYRILLIC.fullmatch(folded) is not None
            if short and folded in _SHORT_CYRILLIC_WORDS:
                continue
            if folded in _AMBIGUOUS_COUNTRY_NAMES or (
                len(folded) < 5
                and not is_cjk(folded)
                and not short
                and plain not in _WHOLE_WORD_COUNTRY_NAMES
            ):
                continue
            if plain in _WORD_COUNTRY_NAMES:
                continue
            # Stems from 5 letters (Japánba, Polens, Egyptian): these only corroborate.
            kept = _WHOLE_WORD_COUNTRY_NAMES.get(plain)
            if kept is not None:
                forms = [name, *kept]
            else:
                forms = case_forms(name, short_ok=short, stem_letters=5)
            patterns.extend(Pattern(COUNTRY, form, rule="country", origin=code) for form in forms)
    return patterns


def expand_braces(term: str) -> list[str]:
    """Every form a term with ``{a,b}`` groups stands for, in order ("中{美,俄}{两国,关系}").

    One line of the file then covers a family of forms that only differ in one part, such as
    the bilateral phrases Chinese news writes with one-character country abbreviations.
    """
    groups = _BRACES.findall(term)
    if not groups:
        return [term]
    frame = _BRACES.sub("{}", term)
    return [frame.format(*parts) for parts in product(*(g.split(",") for g in groups))]


def _patterns(rules: TaxonomyFile) -> list[Pattern]:
    patterns: list[Pattern] = []
    places = load_places(PLACES)
    institutions = _institutions()
    own = {rule.code for rule in rules.tags if rule.kind == "country" and rule.code}
    for rule in rules.tags:
        if rule.kind == "country" and rule.cldr and rule.code:
            names = cldr_names(rule.code, rules.languages)
            patterns.extend(
                Pattern(rule.id, name, rule="cldr", origin=rule.code) for name in names.values()
            )
        if rule.kind == "country" and rule.code in COUNTRIES:
            default_id = COUNTRIES[rule.code]
            for place in places:
                if place.tag == default_id:
                    patterns.extend(
                        Pattern(rule.id, form, rule="place", origin=place.origin)
                        for form in place.forms
                    )
                elif place.tag == f"!{default_id}":  # another place's name holding one
                    patterns.extend(
                        Pattern(rule.id, form, exclude=True, rule="place", origin=place.origin)
                        for form in place.forms
                    )
            patterns.extend(
                Pattern(rule.id, name, rule="institution", origin=f"institutions:{iid}")
                for tag, iid, name, _ in institutions
                if tag == default_id
            )
        for terms in rule.aliases.values():
            patterns.extend(Pattern(rule.id, f) for t in terms for f in expand_braces(t))
        for terms in rule.exclude.values():
            patterns.extend(
                Pattern(rule.id, f, exclude=True) for t in terms for f in expand_braces(t)
            )
    patterns.extend(_other_countries(rules, own))
    patterns.extend(Pattern(RELATED, h, rule="boilerplate") for h in RELATED_HEADERS)
    patterns.extend(context_patterns())
    return patterns


def parse_taxonomy(raw: bytes, origin: str) -> Taxonomy:
    """Validate a taxonomy document and compile it; errors name ``origin`` and the problem."""
    try:
        data = safe_yaml(raw)
    except yaml.YAMLError as e:
        raise TaxonomyError(f"taxonomy: {origin}: not valid YAML: {e}") from e
    try:
        rules = TaxonomyFile.model_validate(data)
    except ValidationError as e:
        node = yaml.compose(raw, Loader=SAFE_LOADER)  # for the lines: only when needed
        problems = "; ".join(
            f"line {_line_of(node, err['loc'])}: "
            f"{'.'.join(str(p) for p in err['loc']) or '(top)'}: {err['msg']}"
            for err in e.errors()
        )
        raise TaxonomyError(f"taxonomy: {origin}: {problems}") from e
    data = PLACES.read_bytes() + INSTITUTIONS.read_bytes() + COUNTRY_NAMES.read_bytes()
    digest = hashlib.sha256(raw + data).hexdigest()[:8]
    by_id = {rule.id: rule for rule in rules.tags}
    countries = frozenset(rule.id for rule in rules.tags if rule.kind == "country")
    offices = frozenset(
        f"institutions:{iid}" for _, iid, _, kind in _institutions() if kind == "office"
    )
    matcher = Matcher(_patterns(rules))
    return Taxonomy(rules, f"{rules.version}+{digest}", matcher, by_id, countries, offices)


def _line_of(node: yaml.Node | None, loc: tuple[int | str, ...]) -> int:
    """The 1-based line of the YAML node at ``loc`` (or of its nearest existing parent)."""
    line = 1 if node is None else node.start_mark.line + 1
    for step in loc:
        child = None
        if isinstance(node, yaml.MappingNode):
            child = next((v for k, v in node.value if k.value == step), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int):
            child = node.value[step] if step < len(node.value) else None
        if child is None:
            break
        node, line = child, child.start_mark.line + 1
    return line


@lru_cache(maxsize=8)
def load_taxonomy(path: Path | None = None) -> Taxonomy:
    """Load (once per process) the taxonomy at ``path``, or the built-in one."""
    path = path or DEFAULT_TAXONOMY
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise TaxonomyError(f"taxonomy: cannot read {path}: {e.strerror}") from e
    taxonomy = parse_taxonomy(raw, str(path))
    _release_free_heap()
    return taxonomy


def _release_free_heap() -> None:
    """Give the C heap that compiling the taxonomy used and freed back to the system.

    The automata are built through larger intermediate structures (the aho-corasick crate
    makes a trie, then its contiguous form), and glibc keeps the freed pages: 6-7 MiB of
    resident memory per worker process that nothing uses. Elsewhere than glibc, nothing.
    """
    try:
        trim = ctypes.CDLL(None).malloc_trim  # the process's own symbols: libc's, if glibc
    except (OSError, AttributeError, TypeError):  # TypeError: Windows takes no None
        return
    trim(0)
