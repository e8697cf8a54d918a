"""Country rules of taxonomy 2.19.0, each checked on short sentences of its unlabelled pool
(tests/eval/LABELLING.md): the People's Daily of 1998, Chinese and Japanese pages and feeds,
and English news and editorials."""

from __future__ import annotations

import pytest
from tagged import tags as _tags


def _assert_country(text: str, country: str, tagged: bool) -> None:
    found = _tags(text)
    assert (country in found) is tagged, found


@pytest.mark.parametrize(
    ("text", "tagged"),
    [
        # the state's leaders the paper names alone, Mao and Zhou by title
        ("李岚清强调，教职工住房建设的发展还不平衡，要进一步提高认识。", True),
        ("钱其琛还就人权和两国经贸合作等问题回答了记者的提问。", True),
        ("尉健行说，检察机关是国家的法律监督机关。", True),
        ("为了完成周总理的嘱托，此后２０多年里，韩济生一直住在集体宿舍。", True),
        # the Party's congress alone, the state broadcaster
        ("十五大提出“公有制实现形式可以而且应当多样化”。", True),
        ("一年一度的中央电视台春节联欢晚会，今年已是第十五届了。", True),
        # the courts, procuratorates and police of the PRC's laws, and its bureaus
        ("对于人民检察院批准逮捕的决定，公安机关应当立即执行。", True),
        ("国家外汇管理局有关负责人表示，今后外汇管理部门除继续在法律和制度方面完善外。", True),
        # another party's Central Committee; "fifteen big" categories
        ("１９７５年克雷库创建贝宁人民革命党，任中央委员会主席。", False),
        ("这次展览分为十五大类，共展出商品三千余种。", False),
    ],
)  # fmt: skip
def test_chinas_leaders_and_institutions_named_alone(text: str, tagged: bool) -> None:
    _assert_country(text, "china", tagged)


@pytest.mark.parametrize(
    ("text", "country", "tagged"),
    [
        # Japanese 大陸 alone is "the continent"; 中国大陸 still names China
        ("全般的には海洋性気候のため大陸と比較して冬の寒さはそれほど厳しくなく温和な気候である。",
         "china", False),
        ("利根川・最上川などが代表的であるが、大陸河川と違い、源流から河口までの距離が短い。",
         "china", False),
        ("日本列島が中国大陸から見て東の果てに位置することに由来する。", "china", True),
        # Kaifeng as "to open a seal"; a submarine plateau (海台) before 海域
        ("大臣は手紙を開封せず、すでに帝王に献上したものは帝王のものだと言った。", "china", False),
        ("「四国海盆海域」、「小笠原海台海域」、「南硫黄島海域」の４海域である。", "taiwan", False),
        # a Katakana place inside a longer Katakana word: Samar in Samarkand
        ("三男フサイン王子は、サマルカンド・アル・アジャムに着き、バザールで珍しい品々を見た。",
         "ukraine", False),
    ],
)  # fmt: skip
def test_japanese_words_that_hold_a_countrys_name(text: str, country: str, tagged: bool) -> None:
    _assert_country(text, country, tagged)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # old or variant Latin names of cities that are people's names or a spacecraft
        ("The proclamation of independence by Ismail Qemali in Vlora, on 28 November 1912.",
         "ukraine"),
        ("Boxer has been compared to the Stakhanovite movement.", "ukraine"),
        ("The film featured a quote from Boris Nikolaevich Petrov, Chairman of the council.",
         "ukraine"),
        ("Titov was 25 years old when he flew Vostok 2.", "ukraine"),
        ("His character is similar to that of Vyacheslav Molotov.", "russia"),
        ("The book collects essays by 16 scholars Manning, Chandra and others.", "china"),
    ],
)  # fmt: skip
def test_latin_place_names_that_are_peoples_names(text: str, country: str) -> None:
    _assert_country(text, country, False)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a species, an art movement, a language's variety, a place elsewhere (English Wikipedia)
        ("The largest living amphibian is the Chinese giant salamander (Andrias davidianus).",
         "china"),
        ("The flight carried living creatures, including Russian tortoises, in a cislunar orbit.",
         "russia"),
        ("Other movements shared the goal: Dadaism, Surrealism, Russian constructivism.", "russia"),
        ("Chinese (Mandarin): 阿拉 Ālā, Ānlā", "china"),
        ("Johnston named the property China Grove. Here they raised a family.", "china"),
        ("Prof Nadia Thalmann, a Nanyang Technological University professor, built it.", "china"),
        ("There were 510,000 ethnic Ukrainians in the republic.", "ukraine"),
    ],
)  # fmt: skip
def test_english_species_movements_and_names_after_a_country(text: str, country: str) -> None:
    _assert_country(text, country, False)


@pytest.mark.parametrize(
    ("text", "tagged"),
    [
        # a nationality before an artist's or a scholar's noun and a name, with "the" or no
        # article (English Wikipedia), as "a Russian writer" is
        ("In place of Hamito-Semitic, the Russian linguist Igor Diakonoff later suggested a name.",
         False),
        ("He had been a long-time friend of Russian composer Igor Stravinsky.", False),
        ("It was proposed by the Russian zoologist and anarchist Peter Kropotkin.", False),
        ("Russian writer and philosopher Leo Tolstoy praised the book.", False),
        # a city as the person's home still counts; so do officials and plural groups
        ("Beside them stood the Leningrad poet Joseph Brodsky.", True),
        ("The Russian general Pavel Grachev spoke.", True),
        ("Russian scientists said the results were clear.", True),
    ],
)  # fmt: skip
def test_an_english_nationality_before_a_named_artist_or_scholar(text: str, tagged: bool) -> None:
    _assert_country(text, "russia", tagged)


@pytest.mark.parametrize(
    ("text", "tagged"),
    [
        # Beijing by its one character after a verb of coming, going or staying, and the
        # railways named after it
        ("受文学界瞩目的第四届茅盾文学奖日前在京揭晓。", True),
        ("假如我春节前半个月回京，他可以让我带回经过雕刻的水仙。", True),
        ("京九铁路质量总评优良，刚一开通运行速度就达６０公里。", True),
        # Kyoto, Tokyo's broadcaster and Peking opera are not
        ("经过长期的源平合战，平氏被赶出京都，于1185年在坛之浦之战中彻底覆灭。", False),
        ("形成了以东京广播公司为核心的JNN。", False),
        ("他在京剧团工作了三十年。", False),
    ],
)  # fmt: skip
def test_beijing_by_its_one_character(text: str, tagged: bool) -> None:
    _assert_country(text, "china", tagged)


@pytest.mark.parametrize(
    ("text", "tagged"),
    [
        # the rivers inside the country, as places
        ("国家环保局副局长王扬祖指出，淮河治污第一战役已取得阶段性成果。", True),
        ("１９９６年２月２０日凌晨４时３０分，他到黄河大桥看车流量。", True),
        ("大年初三，记者站在长江左岸高高的坛子岭上，举目望去。", True),
        # a comedian and a song
        ("今年的晚会上看到赵本山、黄宏、冯巩、潘长江、大山。", False),
        ("由陆海空三军文艺战士演出的合唱《保卫黄河》等把老同志的思绪带回到战争年代。", False),
    ],
)  # fmt: skip
def test_chinas_rivers(text: str, tagged: bool) -> None:
    _assert_country(text, "china", tagged)


@pytest.mark.parametrize(
    ("text", "tagged"),
    [
        # Chengdu inside "two tenths all ..." (the Chinese Wikipedia's Japan)
        ("据统计，世界全部芮氏规模6级以上的地震中，超过二成都发生在日本。", False),
        ("一成都男子昨日在春熙路被抢。", True),
    ],
)  # fmt: skip
def test_chengdu_inside_a_share(text: str, tagged: bool) -> None:
    _assert_country(text, "china", tagged)


@pytest.mark.parametrize(
    ("text", "tagged"),
    [
        # the centre in the compounds the paper uses of China's own
        ("只要把认识真正统一到中央精神上来，克服种种忽视、放松、弱化农业的思想和行为。", True),
        ("中央经济工作会议对继续加强和改善宏观调控做了全面部署。", True),
        ("截至去年１２月中旬，中央国家机关有１１８个单位上报了清理进展情况。", True),
        # another state's central government, a party's politburo, a central bank, a square
        ("布莱尔认为，地方分权可缓和矛盾，促进发展，进而巩固地方与中央政府的有机联系。", False),
        ("新组成的越共中央政治局常委会成员共５名。", False),
        ("为了防止比索继续下跌，中央银行年前已下令各商业银行出售美元。", False),
        ("整个公园共有八个主题园区，围绕中央广场呈环形分布。", False),
    ],
)  # fmt: skip
def test_chinas_centre_in_its_compounds(text: str, tagged: bool) -> None:
    _assert_country(text, "china", tagged)
