"""Country rules read on the unlabelled pool of Debian's translated manual pages (Russian,
Ukrainian, Polish, Spanish, Italian, Brazilian Portuguese) and fortunes (fortunes-mario,
fortune-anarchism): tests/eval/LABELLING.md. Each sentence is a short quote of the pool, or
a sentence of news built beside it to show what stays the country."""

from __future__ import annotations

import pytest
from tagged import tags as _tags


def _assert_country(text: str, country: str, tagged: bool) -> None:
    found = _tags(text)
    assert (country in found) is tagged, found


@pytest.mark.parametrize(
    ("text", "country", "tagged"),
    [
        # a word for characters, a character set or texts beside the adjective
        ("koi8-r - Caracteres rusos codificados en formato octal, decimal y hexadecimal.",
         "russia", False),
        ("GB 2312 è un insieme nazionale di caratteri standard cinesi di terraferma.",
         "china", False),
        ("koi8-r - rosyjski sieciowy zestaw znaków zakodowany ósemkowo.", "russia", False),
        ("koi8-r - Russian character set encoded in octal, decimal, and hexadecimal.",
         "russia", False),
        # a list of languages in a sentence on scripts or languages
        ("8859-5 Letras cirílicas para el búlgaro, bielorruso, macedonio, ruso, serbio y (casi "
         "por completo) ucraniano.", "ukraine", False),
        ("8859-5 Lettere cirilliche per bulgaro, bellorusso, macedone, russo, serbo e (quasi "
         "completamente) ucraino.", "russia", False),
        ("Los terminales soportan también caracteres de doble ancho del chino, japonés y "
         "coreano.", "china", False),
        ("Os emuladores suportam as escritas latina, grega e árabe, mas também chinesa, "
         "japonesa e coreana.", "china", False),
        ("Emulatory terminali wspierają również chińskie, japońskie i koreańskie znaki o "
         "podwójnej długości.", "china", False),
        ("I terminali supportano anche caratteri a doppia larghezza cinese, giapponese e "
         "coreano.", "china", False),
        # the language's noun after an article, alone, in a sentence on texts
        # the same adjectives of the state, its firms and its people stay the country
        ("El gobierno ruso, que publicó los textos del acuerdo, negó las acusaciones.",
         "russia", True),
        ("Le imprese cinesi, giapponesi e coreane hanno firmato un accordo.", "china", True),
        ("El ruso ganó la final del torneo en Madrid.", "russia", True),
        ("KOI8-R es un conjunto de caracteres no ISO popular en Rusia antes de Unicode.",
         "russia", True),
    ],
)  # fmt: skip
def test_a_language_or_a_script_in_the_latin_script_languages(
    text: str, country: str, tagged: bool
) -> None:
    _assert_country(text, country, tagged)


@pytest.mark.parametrize(
    ("text", "country", "tagged"),
    [
        # a character set, an encoding or ideograms after a Russian or Ukrainian adjective
        ("Вибирає російський набір символів.", "russia", False),
        ("GB 2312 это национальный китайский стандартный набор символов для упрощенного "
         "китайского.", "china", False),
        ("но и китайские, японские и корейские идеограммы, а также символы из таких "
         "письменностей", "china", False),
        # the state's symbols and the country's people stay the country
        ("Российские власти объявили о новых санкциях.", "russia", True),
        ("KOI8-R — набор символов не ISO, являлся популярным в России до Юникода.",
         "russia", True),
    ],
)  # fmt: skip
def test_a_character_set_in_russian_and_ukrainian(text: str, country: str, tagged: bool) -> None:
    _assert_country(text, country, tagged)


@pytest.mark.parametrize(
    ("text", "country", "tagged"),
    [
        # the scripts of the language, in each language the taxonomy serves
        ("usado para expresar chino simplificado.", "china", False),
        ("usato per esprimere il cinese semplificato.", "china", False),
        ("usado para expressar chinês tradicional.", "china", False),
        # "china" in gaúcho Portuguese, a woman
        ("Querida Encolhi As Crianças -- China Véia! encolhi as Cria.", "china", False),
        ("A China anunciou novas tarifas.", "china", True),
        # Artyom as a given name (the translator who signs the Russian man pages)
        ("Русский перевод этой страницы руководства был сделан Artyom Kunyov.", "russia",
         False),
    ],
)  # fmt: skip
def test_scripts_slang_and_given_names(text: str, country: str, tagged: bool) -> None:
    _assert_country(text, country, tagged)


@pytest.mark.parametrize(
    ("text", "country", "tagged"),
    [
        # the language a text is translated from, after an article
        ("La novela, traducida del ruso por Juan López, llega a las librerías.", "russia",
         False),
        ("Il romanzo, tradotto dal russo da Serena Vitale, esce oggi.", "russia", False),
        ("O livro foi traduzido do russo por Paulo Bezerra.", "russia", False),
        ("El ministro ruso dijo que la traducción del acuerdo está lista.", "russia", True),
    ],
)  # fmt: skip
def test_translated_from_the_language(text: str, country: str, tagged: bool) -> None:
    _assert_country(text, country, tagged)


@pytest.mark.parametrize(
    ("text", "country", "tagged"),
    [
        # a joke's characters, each with an article, and the same character later
        ("A Russian, an American, and a Blonde were talking one day. The Russian said, "
         "``We were the first in space!''", "russia", False),
        # characters beside nouns that only name a person of a people
        ("In anarchy the Russian, Finn, Jew, Georgian, and Ukrainian are not enemies, but "
         "comrades.", "ukraine", False),
        ("In anarchy the Russian, Finn, Jew, Georgian, and Ukrainian are not enemies, but "
         "comrades.", "russia", False),
        ("An Englishman, Russian, American, Frenchman and Irishman were stranded on an "
         "island. After a week the Russian's patience ran out.", "russia", False),
        # the state's adjectives in a list, and the Russians as a state's army
        ("The Russian, Chinese and Iranian governments signed a deal.", "russia", True),
        ("The Russian said the talks had failed, a Kremlin spokesman added.", "russia", True),
        ("If the United States was conquered by the Russians, Reagan would be tried.",
         "russia", True),
    ],
)  # fmt: skip
def test_a_storys_characters_named_by_a_demonym(text: str, country: str, tagged: bool) -> None:
    _assert_country(text, country, tagged)


@pytest.mark.parametrize(
    ("text", "country", "tagged"),
    [
        # Mosca capitalised after a capitalised given name is the surname, as Russo is
        # Moscow's clubs, and the city after a word that opens a sentence
        ("Lo Spartak Mosca ha vinto il campionato.", "russia", True),
        ("Secondo Mosca, le sanzioni sono illegali.", "russia", True),
        ("Anche Mosca ha risposto.", "russia", True),
        # Chin, a given name and a surname, after the Polish "z", "do" before a name
        ("Przyjechał do Chin Ludowych w 1960 roku.", "china", True),
        ("Wrócił z Chin. Potem pojechał do Japonii.", "china", True),
    ],
)  # fmt: skip
def test_surnames_that_are_the_cities_and_the_countrys_names(
    text: str, country: str, tagged: bool
) -> None:
    _assert_country(text, country, tagged)


@pytest.mark.parametrize(
    ("text", "country", "tagged"),
    [
        # a drink and a dish named after the country, a cuisine as a meal
        ('On New Year\'s Eve, 1970, I drank a full pitcher of a drink called "Black Russian".',
         "russia", False),
        ("L'insalata russa e' la miglior metafora di Dio che io conosca.", "russia", False),
        ('"Stasera ti porto a mangiare cinese", disse il tarlo alla moglie.', "china", False),
        # the Swiss cantons in Polish, not Canton (Guangzhou)
        ("W pobliżu jest jezioro Czterech Kantonów, wielki akwen, pofałdowany.", "china",
         False),
        ("Premier przyjechał do Guangzhou na targi.", "china", True),
    ],
)  # fmt: skip
def test_drinks_dishes_and_cantons(text: str, country: str, tagged: bool) -> None:
    _assert_country(text, country, tagged)


@pytest.mark.parametrize(
    ("text", "country", "tagged"),
    [
        # the language after a verb of speaking or translating, with no noun of its own
        ("Upon hearing this, nobody was enlightened. Primarily because nobody understood "
         "Chinese.", "china", False),
        ("The novel was translated from the Russian by Constance Garnett.", "russia", False),
        ("He likes to read Russian newspapers.", "russia", True),
        ("She spoke to Russian officials in Geneva.", "russia", True),
        # Russian and Ukrainian: translated into or from, "in Chinese" by по-
        ('Перевод на русский "Microsoft DirectX" - "Мелкомягкий ПрямойХ".', "russia", False),
        ("Переклад з української на англійську зробила Ольга.", "ukraine", False),
        ("Перевод на русский рынок товаров идет медленно.", "russia", True),
        ("Что такое коммунизм по-китайски? - Советская власть плюс стерилизация.", "china",
         False),
        ("Він говорить по-українськи і по-російськи.", "ukraine", False),
        # a dictum attributed to a nation
        ("Будьте строги к самим себе и снисходительны к другим. -- Китайское изречение",
         "china", False),
        ("Китайские войска вошли в город.", "china", True),
    ],
)  # fmt: skip
def test_a_language_spoken_or_translated(text: str, country: str, tagged: bool) -> None:
    _assert_country(text, country, tagged)


@pytest.mark.parametrize(
    ("text", "country", "tagged"),
    [
        # a version in the language and a language pair (ua-gec)
        ("Я певний час займалася арабсько-російською мовною парою.", "russia", False),
        ("Російська армія обстріляла місто.", "russia", True),
    ],
)  # fmt: skip
def test_a_version_and_a_language_pair(text: str, country: str, tagged: bool) -> None:
    _assert_country(text, country, tagged)


@pytest.mark.parametrize(
    ("text", "country", "tagged"),
    [
        # a character table's letter names, the language's adjective last or in brackets
        ("244 164 A4 Є LETRA MAYÚSCULA CIRÍLICA IE UCRANIANA 245 165 A5", "ukraine", False),
        ("263 179 B3 і КИРИЛЛИЧЕСКАЯ СТРОЧНАЯ БУКВА БЕЛОРУССКО-УКРАИНСКАЯ «И» 264", "ukraine",
         False),
        ("247 167 A7 ї КИРИЛЛИЧЕСКАЯ СТРОЧНАЯ БУКВА ї (украинская) 250 168", "ukraine", False),
        # letters as mail, and a headline in capitals
        ("He wrote a letter to the Russian embassy.", "russia", True),
        ("OPEN LETTER TO THE RUSSIAN PEOPLE", "russia", True),
    ],
)  # fmt: skip
def test_a_character_tables_letter_names(text: str, country: str, tagged: bool) -> None:
    _assert_country(text, country, tagged)


@pytest.mark.parametrize(
    ("text", "country", "tagged"),
    [
        # a time zone's name is an identifier
        ("Here are excerpts from another example: TZ=Europe/Astrakhan - - +031212 LMT "
         "1924-04-30", "russia", False),
        ("Set the zone to Europe/Moscow before you run zdump.", "russia", False),
        ("Flights between Moscow/Sheremetyevo and Kyiv resumed.", "russia", True),
    ],
)  # fmt: skip
def test_a_time_zones_name(text: str, country: str, tagged: bool) -> None:
    _assert_country(text, country, tagged)


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        # what the language, script, character and surname rules must leave alone (the
        # review of taxonomy 2.20.0; constructed news sentences)
        ("A Russian, a Chinese and an Iranian firm bid. The Russian foreign ministry said "
         "talks continue.", {"russia", "china"}),
        ("Arab, Russian and Chinese envoys met in Doha.", {"russia", "china"}),
        ("El gobierno chino emitió letras del Tesoro a diez años.", {"china"}),
        ("Il presidente russo scrive lettere a Trump.", {"russia"}),
        ("I governi russo, cinese e giapponese hanno firmato; il testo non è pubblico.",
         {"russia", "china"}),
        ("La economía china, japonesa y coreana crecieron, según la traducción de Reuters.",
         {"china"}),
        ("Washington understands Russian and Chinese concerns about NATO.", {"russia", "china"}),
        ("Украинский вариант мирного плана предусматривает вывод войск.", {"ukraine"}),
        ("Закон о защите российских государственных символов принят Думой.", {"russia"}),
        ("Dopo il vertice Nato Mosca ha risposto.", {"russia"}),
        ("Eksport do Chin Polacy uważają za szansę.", {"china"}),
    ],
)  # fmt: skip
def test_news_mentions_the_language_rules_leave(text: str, countries: set[str]) -> None:
    found = _tags(text)
    assert countries <= found, found
