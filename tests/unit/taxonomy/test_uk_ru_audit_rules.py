"""The rules the Ukrainian and Russian precision audit (uk_ru_audit_pool.jsonl) led to: an
ethnicity (етнічн-, этническ-; a population, a minority or a diaspora named by the people's
adjective, also a community, a diaspora or a minority abroad in the Latin-script languages; the
people's noun in a sentence on a population's make-up, also in English, Polish and German), the
parts of a language (its vowels, sounds, lexemes, stress and scripts; a character set named
before the adjective; vowels, consonants, grammar, spelling and pronunciation in the
Latin-script languages), the nominative language adjective alone in a sentence on languages, the
new rich ("новых русских") before a preposition, the Russian people (русский народ), the Crimean
War (also in French, Spanish, Italian and Portuguese), a river named after the words for its
mouth, and key=value pairs imported into a program's environment.

Cases marked ``real`` are from the pool's texts (with the pool's id), some cut to the words that
decide; the ``constructed`` ones are news sentences: cases of each rule, and controls that
must keep the tag.
"""

from __future__ import annotations

import pytest
from tagged import tags


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # real (ukaud-168): a census, the Russian national minority by the adjective alone
        (
            "Згідно з останнім переписом населення, 2001 року, коли він проходив, українці "
            "становили 88,1 % населення міста. Найбільшою національною меншиною була російська "
            "(8,9 %), менш чисельними були польська (0,9 %).",
            "ukraine",
        ),
        ("Найбільшою національною меншиною була російська (8,9 %).", "russia"),
        # real (ukaud-152): ethnic lands
        (
            "Інколи по говорах різних етнічних українських земель подибуємо передмайбутній час.",
            "ukraine",
        ),
        # real (ukaud-137): a population abroad by the adjective, a share of it
        ("У Придністров'ї відбувається русифікація українського населення.", "ukraine"),
        ("Так українці складають 29 % населяння ПМР.", "ukraine"),
        # constructed: the same in Russian and Ukrainian news
        ("Этнические русские составляют четверть населения Латвии.", "russia"),
        ("Етнічні українці становлять 5 % населення Придністров'я.", "ukraine"),
        ("В Эстонии русские составляют около 24 % жителей страны.", "russia"),
        ("Российская диаспора в Германии насчитывает более двух миллионов человек.", "russia"),
        ("Китайці становлять 76 % населення Сінгапуру.", "china"),
        # constructed: the same cause in English, Polish and German
        ("Russians make up 25 % of the population of Latvia.", "russia"),
        ("Ukrainians made up 88 % of the city's population in the 2001 census.", "ukraine"),
        ("Chinese make up 76 per cent of Singapore's population.", "china"),
        ("Etniczni Rosjanie stanowią 25 % ludności Łotwy.", "russia"),
        ("Ukraińcy stanowią 5 % ludności tego miasta.", "ukraine"),
        ("Ethnische Russen stellen ein Viertel der Bevölkerung Lettlands.", "russia"),
        ("Russen stellen 6 % der Einwohner dieser Stadt.", "russia"),
        # constructed: a community, a diaspora or a minority abroad by the adjective
        ("Русская община Эстонии провела собрание.", "russia"),
        ("Китайская община Нью-Йорка празднует Новый год.", "china"),
        ("The Ukrainian diaspora in Canada raised funds.", "ukraine"),
        ("The Russian minority in Estonia complains about schools.", "russia"),
        ("Die russische Minderheit in Lettland protestiert.", "russia"),
        ("La minorité russe d'Estonie proteste.", "russia"),
        ("La minoría rusa de Letonia protesta.", "russia"),
        ("Mniejszość ukraińska w Polsce rośnie.", "ukraine"),
        # real (ukaud-143, -136, -095): a language's vowels, lexemes and character set
        ("Українські голосні — повного творення. Вони вимовляються чітко й виразно.", "ukraine"),
        (
            "Суржикомовці вживають різну кількість русизмів, ступінь морфологічного спотворення "
            "російських лексем також є різною.",
            "russia",
        ),
        (
            "koi8-u - набор украинских символов в восьмеричном, десятичном и шестнадцатеричном "
            "виде",
            "ukraine",
        ),
        # constructed
        ("Русские гласные под ударением звучат иначе.", "russia"),
        ("Українська латинка не має єдиного стандарту.", "ukraine"),
        ("Набір російських символів у кодуванні KOI8-R.", "russia"),
        # constructed: a language's parts in the Latin-script languages
        ("Russian vowels are reduced when unstressed.", "russia"),
        ("Ukrainian spelling was reformed in 2019.", "ukraine"),
        ("Russian grammar has six cases.", "russia"),
        ("Die russischen Vokale werden in unbetonten Silben reduziert.", "russia"),
        ("Les voyelles russes sont réduites.", "russia"),
        ("Polskie samogłoski różnią się od rosyjskich samogłosek.", "russia"),
        ("Ukrainian pronunciation differs from the standard.", "ukraine"),
        # real (ukaud-132): the nominative adjective alone in a sentence on languages
        (
            "З-поміж неслов'янських мов українська приблизно від 895 р. межує на заході з "
            "угорською.",
            "ukraine",
        ),
        # real (ukaud-036): the new rich before a preposition
        ("Знате какое самое любимое упражнение новых русских на пляже Гавай!?", "russia"),
        # real (ukaud-072): the Russian people
        ("Длится, как сойдутся два еврея, спор о судьбах русского народа.", "russia"),
        # constructed: a hyphenated adjective of its own between the people's adjective and
        # a noun of culture
        ("Фестиваль показав багатство українських народно-побутових традицій.", "ukraine"),
        ("Книга о русской народно-песенной традиции.", "russia"),
        # real (ukaud-104): the Crimean War
        (
            "Після Кримської війни на підставі Паризького мирного договору флот зменшився.",
            "ukraine",
        ),
        # constructed, also in the Romance languages
        ("После Крымской войны Черноморский флот был уничтожен.", "ukraine"),
        ("La guerre de Crimée a pris fin en 1856.", "ukraine"),
        ("La guerra de Crimea terminó en 1856.", "ukraine"),
        ("La guerra di Crimea finì nel 1856.", "ukraine"),
        ("La guerra in Crimea del 1853 cambiò l'Europa.", "ukraine"),
        ("A Guerra da Crimeia terminou em 1856.", "ukraine"),
        # real (ukaud-102): a river's mouth
        ("Наприкінці IX ст. Тмуторокань у гирлі Кубані стала центром князівства.", "russia"),
        # constructed
        ("Город стоит в устье Кубани.", "russia"),
    ],
)
def test_not_the_country(text: str, country: str) -> None:
    assert country not in tags(text)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # constructed controls: the state, its army, its citizens and places stay
        ("Російські війська окупували 20 % території, де жило 10 % населення.", "russia"),
        ("Українські військові звільнили 5 % території області.", "ukraine"),
        ("Росіяни обстріляли Харків уночі.", "russia"),
        ("Населення України скоротилося на 10 %.", "ukraine"),
        ("Росіяни становлять 40 % втрат армії, а населення скорочується.", "russia"),
        ("Russians make up 40 % of the army's losses, while the population shrinks.", "russia"),
        ("The Chinese population fell by 0.1 % last year.", "china"),
        ("Russians bombed Kharkiv, killing 5 % of the population.", "russia"),
        ("The Russian government cut the grammar school budget.", "russia"),
        ("Russian troops shelled the town; the spelling of its name varies.", "russia"),
        ("El vocal ruso del consejo votó en contra.", "russia"),
        ("Russian minority shareholders sued the company.", "russia"),
        ("A Chinese minority stake in the port worries officials.", "china"),
        ("Russia's diaspora policy is run from Moscow.", "russia"),
        ("La Russie a annexé la Crimée en 2014.", "ukraine"),
        ("La guerra in Crimea continua.", "ukraine"),
        ("Синод Української православної церкви відбувся у Києві.", "ukraine"),
        ("Новые русские ракеты поступили в войска.", "russia"),
        ("Українські військово-морські сили провели навчання.", "ukraine"),
        ("Русский народ выбрал Путина.", "russia"),
        ("Українська армія наступає, мова про це йде давно.", "ukraine"),
        ("Мова переговорів англійська, а українська делегація мовчала.", "ukraine"),
        ("Після анексії Криму почалася війна.", "ukraine"),
        ("Фермери Кубані зібрали рекордний врожай.", "russia"),
        ("Російські хакери атакували сайти міністерств.", "russia"),
        ("Китайські компанії збільшили постачання до Європи.", "china"),
        ("Українські підприємства експортують зерно.", "ukraine"),
    ],
)
def test_the_country(text: str, country: str) -> None:
    assert country in tags(text)


@pytest.mark.parametrize(
    "text",
    [
        # real (ukaud-100): key=value pairs imported into udev's environment
        'udev вивести пари ключ="значення" для полегшення імпортування до середовища udev',
        # constructed
        "export prints key=value pairs for importing into the environment",
    ],
)
def test_software_import_is_not_trade(text: str) -> None:
    assert "trade" not in tags(text)


@pytest.mark.parametrize(
    "text",
    [
        # constructed controls
        "Україна збільшила імпорт газу з Норвегії.",
        "Россия сократила экспорт пшеницы в Египет.",
    ],
)
def test_trade_stays(text: str) -> None:
    assert "trade" in tags(text)
