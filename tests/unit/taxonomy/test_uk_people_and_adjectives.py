"""Ukrainian texts that name Ukraine or Russia only by the adjective, before a noun of a
people's member or of culture, or for the language (tests/eval/LABELLING.md: ethnicity,
culture and language are not the country), the adjectives of Ukraine's regional centres, and
Kyiv's people.

Cases marked ``real`` are verbatim from ua-gec 2.1.3's source texts (``ua_gec/data/gec-only/
<part>/source/<n>.src.txt``, and the pool's id in uk_gec_pool.jsonl where it is one); the
``constructed`` ones are controls that must keep the tag.
"""

from __future__ import annotations

import pytest
from tagged import tags as _tags


def _assert_country(text: str, country: str, tagged: bool) -> None:
    found = _tags(text)
    assert (country in found) is tagged, found


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # real, train/0744 (ukgec-000): a peasant's ethnicity
        ("Схоже ДНК все ще вважає мене українським селянином із Середньовіччя.", "ukraine"),
        # real, train/0649 (ukgec-012): fans of a kind
        ("якби не інтернет, де б українські віби ше б найшли їх, тільки поїхавши в японію",
         "ukraine"),
        # real, train/0725 (ukgec-148): a literary movement, an adjective of its own between
        ("Український прозовий імпресіонізм варто поділити за трьома різновидами", "ukraine"),
        # real, train/0473 (ukgec-135): a mentality
        ("зв'язок людини із природою, її вплив на світосприйняття людини і на всю українську "
         "ментальність взагалі.", "ukraine"),
        # real, train/0796 (ukgec-058): the language, its noun understood
        ("Нажаль, для офіціозу тоді користувалися церковною мовою, аналогом латини того часу. "
         "Тому збереглося не так багато пам'яток саме живої української, але вони є.",
         "ukraine"),
        # real, test/0264 (ukgec-070): "in the Russian manner", of a word
        ("Чому стаття його називає “гражданским”, на російський лад, а не “громадянським”?",
         "russia"),
        # real, train/0826 (ukgec-066): the second of a pair of language adjectives
        ("в Тернополі кажуть український/російський, або \"розмовляє українською\"",
         "russia"),
        # real, train/1747 (ukgec-056): the language before an infinitive of using it
        ("А якщо серйозно, то українську використовувати просто вигідно.", "ukraine"),
        # real, train/1226 (not drawn): artists' nationality, in a list of adjectives
        ("На виставці можна побачити твори українських і світових митців", "ukraine"),
    ],
)  # fmt: skip
def test_the_adjective_of_a_people_or_a_culture_is_not_the_country(text: str, country: str) -> None:
    _assert_country(text, country, False)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # real, train/0785 (ukgec-027): the state's army
        ("Натрапив на цікаве відео про системи десантування в українській армії (та не тільки "
         "про це).", "ukraine"),
        # real, train/1890 (ukgec-017): the state's judges and prosecutors
        ("Якщо судити по автівці, то де Папа, а де якийсь там український суддя чи прокурор.",
         "ukraine"),
        # real, train/0741 (ukgec-067): the country's publishers and market
        ("Карантин відчутно вдарив по українських видавцях та заставив їх переглянути "
         "видавничий план", "ukraine"),
        # real, test/0203 (ukgec-121): the country's provinces
        ("Я, двадцятирічна дівчина з української провінції, у відрядженні в самому центрі "
         "Сіті", "ukraine"),
        # real, test/0074 (ukgec-078): paid teams of the state, as Russian hackers are
        ("в англійській, іспанській, італійській та німецькій вікіпедіях вже кілька років "
         "працюють потужні російські команди", "russia"),
        # real, dev uk-020: the Russian Empire
        ("асиміляційна політика Російської імперії перервала розвиток староукраїнської "
         "писемної традиції", "russia"),
        # real, train/0354, 1026, 1142, 1426 and test/0211 (not drawn): the country's east,
        # its agencies, brands and startups, its society
        ("який тепер потрапляє на український Схід.", "ukraine"),
        ("Коли українські агенції зачинили свої офіси на карантин", "ukraine"),
        ("Чи змінюють українські бренди підхід до реклами", "ukraine"),
        ("Reface — застосунок від українського стартапу", "ukraine"),
        ("щоб всередині українського суспільства знову закласти лінію розлому", "ukraine"),
        # constructed: a pair of the two countries, the people beside a name of the country,
        # the state's army with an adjective between
        ("Російсько-українська війна триває вже котрий рік.", "russia"),
        ("Російсько-українська війна триває вже котрий рік.", "ukraine"),
        ("Українці вийшли на протест у Києві.", "ukraine"),
        ("Росіяни обстріляли Харків з території Росії.", "russia"),
        ("Він служить у Збройних силах, в українській морській піхоті.", "ukraine"),
        ("Він розповідав про службу в російській армії.", "russia"),
        # constructed: words that start like a culture's (a women's and a youth national
        # team, employees, ordinary citizens)
        ("Українська жіноча збірна виграла золото.", "ukraine"),
        ("Українська юнацька збірна зіграла внічию.", "ukraine"),
        ("Українські співробітники посольства повернулися додому.", "ukraine"),
        ("Українські звичайні громадяни платять податки.", "ukraine"),
        # constructed (the review of these rules): players and citizens, words that start as
        # an author or a poet does, a noun between the adjective and a culture's noun, a
        # list before a plural genitive after a sentence that names a language, and an
        # infinitive that is no verb of speaking
        ("Українські дівчата виграли золото чемпіонату Європи з волейболу.", "ukraine"),
        ("Українські чоловіки призовного віку не можуть виїхати за кордон.", "ukraine"),
        ("Російські чоловіки масово виїжджають через мобілізацію.", "russia"),
        ("Російський авторитарний режим посилює репресії.", "russia"),
        ("Український поетапний план миру представили в Женеві.", "ukraine"),
        ("Українське авторське право захищає митців.", "ukraine"),
        ("Українська влада культуру фінансує недостатньо.", "ukraine"),
        ("Мова йде про обмін полоненими. Список погодили представники української та "
         "російської сторін.", "russia"),
        ("Вдалося російську знайти серед уламків, а не українську ракету.", "russia"),
    ],
)  # fmt: skip
def test_the_adjective_before_other_nouns_still_names_it(text: str, country: str) -> None:
    _assert_country(text, country, True)


@pytest.mark.parametrize(
    ("text", "tagged"),
    [
        # real, test/0465 (ukgec-120): a regional centre's adjective
        ("Я могла бути в Туреччині чи на омріяному Мадагаскарі, вечеряти на даху нью-йоркського "
         "хмарочоса чи гуляти одеськими вуличками", True),
        # real, train/0107 (ukgec-031)
        ("Також я маю аудиторію в приміщені Конгресс центру Сумського Державного Університету.",
         True),
        # real, train/0640 (not drawn): people from Lviv
        ("вирішили зібрати найкращі поради наших знайомих та друзів (здебільшого львівських)",
         True),
        # real, train/0478 (ukgec-109): a Kyivan
        ("А менш як за тиждень відбудеться зустріч із автором книги, колись киянином Андрієм "
         "Варламовим", True),
        # real, train/1795 (ukgec-090): the occupied districts
        ("вносячи переспективу жителів ОРДЛО сюда і пробуджуючи емпатію", True),
        # constructed: a saint's or a hetman's name is no regional centre's adjective, and a
        # mallet is no Kyivan
        ("Богдан Хмельницький підписав угоду.", False),
        ("Він узяв киянку і забив кілок.", False),
        # constructed (the review): a surname after a given name or an initial, a street
        # named after the city, and the city's court and university
        ("Поет Борис Херсонський виступив у Берліні.", False),
        ("Художник Ілля Вінницький живе в Ізраїлі.", False),
        ("Б. Херсонський написав вірш.", False),
        ("На Одеській вулиці в Москві відкрили кафе.", False),
        ("На Севастопольському проспекті в Москві сталася аварія.", False),
        ("Вчора Львівський суд виніс вирок.", True),
        ("Сумський державний університет відкрив набір.", True),
    ],
)  # fmt: skip
def test_regional_centres_adjectives_and_kyivans(text: str, tagged: bool) -> None:
    _assert_country(text, "ukraine", tagged)
