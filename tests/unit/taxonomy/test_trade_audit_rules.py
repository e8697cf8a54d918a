"""The rules the trade audit pool (trade_audit_pool.jsonl, test_trade_audit_pool.py) led to,
on constructed news sentences: each rule's positives and the controls that must not tag (see
tests/eval/LABELLING.md, the paragraph on the trade audit pool)."""

from __future__ import annotations

import pytest
from tagged import tags

# (gold: is it trade?, text)
TRADE_CASES = [
    # 经贸界 is a business community, people; 经贸 between two economies stays trade
    (False, "香港各界人士表示，香港经贸界的意见会在政协得到充分反映。"),
    (False, "中美两国经贸界人士出席了招待会。"),
    (True, "中美经贸合作取得新进展。"),
    # Czech obchod as a shop, not trade; trade between two economies stays trade
    (False, "Zloděje zadrželi v jednom z obchodů v Pařížské ulici, předtím byli v Dubaji a Řecku."),
    (False, "Turisté z Německa a Rakouska nakupovali v obchodě na náměstí."),
    (True, "Obchod mezi Českem a Čínou loni vzrostl o deset procent."),
    (True, "Zahraniční obchod Česka se v březnu propadl."),
    # a file named by its extension, an app, a bank statement or data is software
    (False, "Додаток підтримує імпорт з .xls чи .csv таблиць і працює з банками Польщі."),
    (False, "Експорт виписки з банківської карти та імпорт в додаток без ручного введення."),
    (False, "Китай ввів обмеження на експорт: дані, що експортуються до США, перевіряють."),
    (True, "Експорт зерна з України до Єгипту зріс, за даними Держстату."),
    (True, "Товари, що експортуються з України до Польщі, дорожчають."),
    # people deported to forced labour are not goods; goods carried out still are
    (False, "У 1942 році почалося вивезення на примусові роботи до Німеччини з Києва."),
    (False, "Вивезення людей з Харкова до Німеччини тривало до 1943 року."),
    (False, "В 1942 году начался вывоз на принудительные работы в Германию из Киева."),
    (True, "Вивезення зерна з України до Туреччини зросло."),
    (True, "Вывоз нефти из России в Китай вырос на треть."),
    # workers sent abroad are migration
    (False, "Регіони, які більше робочої сили постачають за кордон, до Польщі, багатшають."),
    (False, "Западная Украина поставляет рабочую силу в Польшу и Чехию."),
    (True, "Україна постачає зерно до Єгипту і Туреччини."),
    # Chinese sanctions on states; a penalty of the law is not trade
    (True, "声明强调，大国不能对别国滥用制裁。"),
    (True, "中国在安理会反对动辄实施制裁。"),
    (True, "任何大国不能滥用国际制裁。"),
    (False, "违法者将受到法律制裁，并向国家缴纳罚款。"),
    (False, "对逾期未完成治理任务的企业依法制裁，这是国家规定的行政处罚。"),
    (False, "行政机关对违法的相对人实施制裁，警告和罚款是行政处罚。"),
    (False, "国际足联对该俱乐部实施制裁。"),
    (False, "国际奥委会对俄罗斯运动员实施制裁。"),
    (False, "世界反兴奋剂机构对违规运动员实施制裁。"),
    (True, "欧盟对俄罗斯实施新一轮制裁。"),
    # Chinese exports or imports before an amount in a foreign currency
    (True, "广东的目标是到２０００年出口达到８００亿美元。"),
    (True, "该省去年进口额为３亿美元，比上年有所增加。"),
    (False, "他从出口走出，手里拿着１００美元。"),
    (False, "这辆进口车售价３万美元。"),
    # goods sold abroad, or at home and abroad
    (True, "这批新产品畅销海内外。"),
    (True, "产品销往海外二十多个国家和地区。"),
    (False, "这批新产品畅销全国各地。"),
    # a trade representative named by title is a name; a trade delegation still travels
    (False, "参加研讨会的有助理美国贸易代表卡西迪以及中美两国的专家。"),
    (False, "美国贸易代表昨日抵达北京。"),
    (True, "美国贸易代表团昨日抵达北京。"),
    (True, "美国贸易代表说，将对中国商品加征关税。"),
    # airliners of a foreign maker brought in are bought abroad; a seed or a project at home
    # is not
    (True, "山东航空公司引进两架Ｂ７３７—３００型飞机签字仪式在济南举行。"),
    (True, "东方航空公司今年将引进空客Ａ３２０飞机。"),
    (True, "该公司引进了波音飞机。"),
    (False, "该县积极为农民引进水稻新品种。"),
    (False, "该公司引进高新技术项目３７个。"),
    # Yugoslavia (until 2003) is an economy beside a weak word
    (True, "南斯拉夫政府采取了进口市场紧缺商品等措施。"),
    (False, "南斯拉夫电影周在北京开幕。"),
    # arms and aircraft are goods of a sale or purchase between economies
    (True, "India's purchases of Russian S-400 missiles angered Washington."),
    (True, "Die Käufe russischer Kampfjets durch Indien beunruhigen die USA."),
    (True, "Les achats de missiles russes par l'Inde inquiètent les États-Unis."),
    (True, "Las compras de armas rusas por parte de India preocupan a Estados Unidos."),
    (True, "Закупки российских истребителей Индией выросли."),
    (False, "The Ukrainian collector bought old weapons from a shop in Germany."),
    (False, "Police in Kyiv bought weapons from a dealer in Poland, the prosecutor said."),
    # buying from another economy, goods named; not from a person, a shop or a dealer
    (True, "India bought the S-400 missiles from Russia despite objections from Washington."),
    (True, "Индия купила у России зенитные комплексы С-400."),
    (True, "Россия купила у Китая автомобили на 2 миллиарда долларов."),
    (True, "Китай закупил у России партию истребителей Су-35."),
    (True, "China compra soja a Brasil."),
    (True, "China compra soja a Estados Unidos y Brasil."),
    (False, "Я купил у соседа машину, когда жил в Германии и России."),
    (False, "Мы купили у немцев машину в Германии, а жили тогда в России."),
    (False, "Mi madre compra fruta a los vecinos en España y Francia."),
    (False, "Russian tourists bought Turkish carpets from sellers at the Antalya bazaar."),
    (False, "He bought a car from a dealer in Germany, he told a Russian newspaper."),
    (False, "Индия купила у России долю в нефтяной компании."),
    (True, "Турция купила у России зенитные ракетные комплексы С-400."),
    (True, "Европа покупает у России газ, а Китай — нефть."),
    (True, "Japan bought liquefied natural gas from Russia and Qatar."),
    (True, "España compra gas a Argelia y Rusia."),
    (True, "Indien kaufte Kampfjets von Frankreich und Russland."),
    (False, "He bought weapons from Russia, the court in Ukraine heard."),
    (False, "Украинские волонтеры купили у поляков дроны для армии в Германии."),
    (False, "Жители Москвы покупают у китайских продавцов одежду на рынке."),
    (False, "El turista ruso compra vino a un productor en Francia."),
    (False, "Mein Nachbar kaufte das Auto von einem Händler in Polen."),
    (False, "China bought shares in Russian gas companies from Germany's Uniper."),
    (False, "The Russian oligarch bought a yacht from an Italian shipyard in Germany."),
]


# Ukraine's statistics service named alone is Ukraine's, as its other state bodies are
UKRAINE_CASES = [
    (True, "За даними Держкомстату, грошові перекази складають 5,5 % доходів."),
    (True, "Держстат оприлюднив нові дані про зарплати."),
    (False, "Госкомстат сообщил о росте цен в Москве."),
]

# (tag, gold: does the text get it?, text)
CASES = [("trade", g, t) for g, t in TRADE_CASES] + [("ukraine", g, t) for g, t in UKRAINE_CASES]


@pytest.mark.parametrize(("tag", "gold", "text"), CASES, ids=[t[:40] for _, _, t in CASES])
def test_the_rules(tag: str, gold: bool, text: str) -> None:
    assert (tag in tags(text)) is gold


def test_yugoslavia_is_no_tag_of_its_own() -> None:
    assert tags("南斯拉夫政府采取了进口市场紧缺商品等措施。") == {"trade"}
