"""Trade words read on real text the tagger was not tuned on (taxonomy 2.19.0's pool: package
test data, fortunes, the People's Daily of January 1998; tests/eval/LABELLING.md): each case
is a short verbatim sentence of that pool, or a phrase of the same pattern in another
language."""

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
        # Czech fortunes (Drucker): international and foreign trade in their case forms
        ("Je pravděpodobné, že nízké mzdové náklady budou v mezinárodním obchodu stále menší "
         "výhodou.", True),
        ("Kapitálové toky se pohybují naprosto nezávisle na zahraničním obchodu.", True),
        # the same phrase in the other languages that have it
        ("El comercio exterior creció un diez por ciento.", True),
        ("Le commerce extérieur a reculé en mars.", True),
        ("Il commercio internazionale rallenta.", True),
        ("O comércio exterior do país cresceu.", True),
        ("Spadek handlu światowego trwa.", True),
        ("Der internationale Handel bricht ein.", True),
        # a chamber of commerce is a name; a shop's business is not trade
        ("La Cámara de Comercio Internacional publicó sus reglas.", False),
        ("Základní pravidlo obchodu: Úspěch mají ti, kteří jednají okamžitě.", False),
    ],
)  # fmt: skip
def test_international_and_foreign_trade_named_as_such(text: str, trade: bool) -> None:
    assert _trade(text) is trade


@pytest.mark.parametrize(
    ("text", "trade"),
    [
        # the People's Daily: an economy's own exports, named right before them
        ("东南亚金融动荡引起周边国家和地区货币大幅贬值对中国出口显然会造成一定的影响。", True),
        # imports in a sentence naming what crosses borders
        ("日前与国际一流十九家科教仪器供应商就中国农业大学『二一一工程』进口设备举行了"
         "签字仪式。", True),
        ("这套设备采用了多项当代国际先进技术，完全可以替代机械、化工等行业同类设备的进口。", True),
        # trade between two countries, processing trade, large-scale imports, import-export
        # business
        ("恩佐在回顾两国贸易迅速发展的情况后表示。", True),
        ("全年加工贸易核销补征税７９．６５亿元。", True),
        ("此举为中国新型无氟制冷剂完全依赖大规模进口的局面画上了一个句号。", True),
        ("许多银行都提供特别适合于进出口业务的全面电子服务。", True),
        # imported as a kind of goods, with China named after it, and a venue's exit: not trade
        ("抽查显示，部分进口小家电产品不符合我国强制性国家标准。", False),
        ("进口大片与国产影片争雄，必将带来电影市场的生机和繁荣。", False),
        ("我留意到一位英国姑娘正夹着一件男大衣等在会场出口。", False),
    ],
)  # fmt: skip
def test_chinese_exports_and_imports_of_an_economy_or_across_borders(
    text: str, trade: bool
) -> None:
    assert _trade(text) is trade


@pytest.mark.parametrize(
    ("text", "trade"),
    [
        # the fortunes: a shell's export, a chamber of commerce, Czech čelní ("leading"),
        # Zollen (inches) and Spanish "nos importen" (they matter to us) are not trade
        ("* ncurses：设置环境变量 export NCURSES_NO_UTF8_ACS=0。 Russland", False),
        ("řečník na shromáždění místní pobočky Obchodní komory v Německu", False),
        ("Elánius měl právo zasednout mezi čelní představitele města v Německu.", False),
        ("durch die Länge der Tabakspfeife in Zollen die Grade der Schwierigkeit messen", False),
        ("Luchemos por cosas lo bastante grandes para que nos importen, y lo suficiente "
         "pequeñas para poder ganarlas.", False),
        # duties and customs in the same languages still are
        ("Die USA belegen Stahl aus China mit neuen Zöllen.", True),
        ("Celní správa zadržela zásilku z Číny.", True),
        ("Exporting beer from Finnland doesn't seem to be that much of a hassle.", True),
    ],
)  # fmt: skip
def test_words_that_fold_to_a_trade_word_or_are_software(text: str, trade: bool) -> None:
    assert _trade(text) is trade


@pytest.mark.parametrize(
    ("text", "trade"),
    [
        # short Cyrillic names in their cases corroborate, as longer ones do (ua-gec: "кілька
        # великих війн проти Ірану", "потоки переказів прямують до Індії")
        ("Россия продала истребители Индии.", True),
        ("Україна продає зброю Індії.", True),
        ("Россия поставляет оружие Ирану.", True),
        ("Поставки в Сирию выросли.", True),
        # names whose cases are words corroborate nothing: Куба (кубу), Ukrainian мали ("had")
        ("Россия продала истребители кубу.", False),
        ("Ми мали продати зброю.", False),
    ],
)  # fmt: skip
def test_short_cyrillic_country_names_in_their_cases(text: str, trade: bool) -> None:
    assert _trade(text) is trade


@pytest.mark.parametrize(
    ("text", "trade"),
    [
        # the People's Daily: goods, equipment and technology brought in from abroad
        ("他们先后从美国和意大利引进了两部性能先进的雷达。", True),
        ("他们去年又引进国外的火腿肠生产线，实现了养殖业的一条龙生产。", True),
        ("水东乡还引进以色列蔬菜大棚，生产无公害蔬菜。", True),
        ("已经引进了瑞典生产的Ｘ２０００新型高速摆式列车。", True),
        # foreign capital, people, a source at home, or no source: not trade
        ("如泰国引进外资的３０％投入了房地产。", False),
        ("先后从山东引进了巨峰系列、黑奥林、稔藤等优良品种。", False),
        ("东方通信在引进国外技术的同时，先后从大专院校选拔引进６０多名博士生。", True),
        ("先后从大专院校选拔引进６０多名博士生、研究生。", False),
        ("外企的资本和利润可以自由抽回与汇出，可以自由引进技术。", False),
        ("他搓着双手，把我引进院子。", False),
    ],
)  # fmt: skip
def test_brought_in_from_abroad_in_chinese(text: str, trade: bool) -> None:
    assert _trade(text) is trade


@pytest.mark.parametrize(
    ("text", "trade"),
    [
        # the People's Daily: a building, an association's or a ministry's name, domestic
        # trade, "relevant tax law" and a bonded zone as an address are not trade
        ("“’９８北京英国教育展”１０日在中国国际贸易中心举办，来自英国的１００多所高校"
         "参展。", False),
        ("会见了以会长樱内义雄为团长的第二十六次日本国际贸易促进协会访华团。", False),
        ("李岚清今天在这里会见了古巴国内贸易部部长芭芭拉·卡斯蒂约·哥斯达一行。", False),
        ("此外，圣卢西亚外交和国际贸易部长奥德伦向钱其琛副总理兼外长发来了慰问电。", False),
        ("政府将在２月份召开的临时国会会议上制定有关税法。", False),
        ("塘沽区委、区政府主要负责同志多次到天津港、开发区、保税区上门走访。", False),
        # the association's work on trade and tariffs cut still are
        ("日本国际贸易促进会将一如既往地为促进日中在经贸等领域的合作作出贡献。", True),
        ("泰国政府１３日决定加速削减８０００多种产品的关税。", True),
    ],
)  # fmt: skip
def test_names_domestic_trade_and_tax_law_in_chinese(text: str, trade: bool) -> None:
    assert _trade(text) is trade


@pytest.mark.parametrize(
    ("text", "trade"),
    [
        # the People's Daily: an oil exporter, a product's importing country, an export order
        # for garments, import tenders for machinery
        ("宣布哈到２０３０年将成为世界十大石油输出国之一。", True),
        ("国外的游乐设备厂家，为了占据市场，大多悉心研究产品输入国的风俗习惯、文化背景。", True),
        ("第一笔高达１２６万元的出口服装定单终于被他拿到手。", True),
        ("全国进口机电设备招标项目已达１万多个。", True),
        # OPEC by its name, setting production quotas, is not (2.17.0)
        ("阿联酋石油和矿产部长呼吁石油输出国组织（欧佩克）各成员国恪守石油生产配额。", False),
    ],
)  # fmt: skip
def test_oil_exporters_importing_countries_and_goods_for_export(text: str, trade: bool) -> None:
    assert _trade(text) is trade


@pytest.mark.parametrize(
    ("text", "trade"),
    [
        # the Spanish fortunes: an author's nationality, of a country with no tag, is no
        # second economy for a weak trade word
        ("La amistad es un comercio desinteresado entre semejantes. \t\t-- Oliver Goldsmith. "
         "(1730-1774) Escritor irlandés.", False),
        # the country itself beside it still is
        ("El comercio con Irlanda creció.", True),
    ],
)  # fmt: skip
def test_an_authors_nationality_corroborates_no_trade(text: str, trade: bool) -> None:
    assert _trade(text) is trade
