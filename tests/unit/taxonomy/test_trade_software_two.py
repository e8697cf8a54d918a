"""Trade words in software and at a traveller's customs, read on text the tagger was not tuned
on (Debian manpages-ru, -uk, -pl, -es, -it and -pt-br 4.18.1-1, chardet 5.2.0's test feeds;
tests/eval/LABELLING.md): each case is a short verbatim sentence of that pool, or the trade
sentence it must not swallow."""

from __future__ import annotations

import pytest

from worker.contracts import ArticleSubmission
from worker.pipeline.normalize import normalize
from worker.pipeline.parse import parse_submission
from worker.pipeline.tag import tag
from worker.taxonomy import load_taxonomy


def _trade(text: str) -> bool:
    parsed = parse_submission(ArticleSubmission(text=text, title="x"), 10**6)
    return "trade" in {t.tag for t in tag(normalize(parsed), load_taxonomy()).tags}


@pytest.mark.parametrize(
    ("text", "trade"),
    [
        # variables named as identifiers in capitals (the sentence starts after "np.")
        ("Ponieważ at jest zaimplementowany jako program setuid inne zmienne środowiskowe (np. "
         "LD_LIBRARY_PATH lub LD_PRELOAD) nie są eksportowane.", False),
        # a command's name in Latin letters in a Cyrillic sentence
        ("При виклику оболонка сканує власне середовище і створює параметр для кожної знайденої "
         "назви, автоматично позначаючи його для експортування до дочірніх процесів. Додавати і "
         "вилучати параметри і функції середовища можна за допомогою команд export і declare "
         "-x.", False),
        ("import-environment ЗМІННА... Імпортувати усі, одну або декілька змінних середовища, "
         "які встановлено на клієнті, до блоку середовища засобу керування systemd.", False),
        # a command-line option in the sentence
        ("Jeżeli nie podano żadnych nazw lub jeżeli podano opcję -p, to wypisywana jest lista "
         "nazw wszystkich eksportowanych w tej powłoce zmiennych.", False),
        ("-c, --call-pairs Вывести список пар путей вызова для интерфейсов, экспортируемых "
         "общим объектом.", False),
        # an export format, the process environment, a binary stream
        ("Типовим форматом експортування є “RFC4716”.", False),
        ("Імпортування усього блоку середовища (виклик цієї команди без аргументів) вважається "
         "застарілим.", False),
        ("Щоб імпортувати двійковий потік даних знову до власного формату journald, слід "
         "скористатися програмою.", False),
        # a word broken at a line's end is not the word (Indonesian "impor")
        ("Se você estiver usando find em um ambiente em que a segurança é impor\u2010 tante, leia "
         "o capítulo.", False),
        # a traveller passing customs
        ("Ao passar pela alfândega, declare tudo o que comprou no exterior.", False),
        # trade all the same
        ("Import- und Exportgeschäft mit Russland wächst.", True),
        ("Экспорт российской нефти в Китай вырос на 5 процентов.", True),
        ("Eksport polskich jabłek do Indii wzrósł o 10 procent.", True),
        ("Al pasar por la aduana, las mercancías importadas de China pagan aranceles.", True),
        # Hungarian imports in the possessive accusative (chardet 5.2.0's torokorszag feed)
        ("A törökök már vagy nyolc éve nem engedélyezik a marhahús importját a veszélyesnek "
         "ítélt országokból.", True),
        # Portuguese customs spelt with its circumflex
        ("A Receita Federal e a alfândega do Brasil apreenderam mercadorias da China.", True),
        ("Cyfrowy ekosystem UE: eksportowane towary do Chin zmienne kursy walut.", True),
    ],
)  # fmt: skip
def test_trade_in_software_and_travel(text: str, trade: bool) -> None:
    assert _trade(text) is trade
