"""Han names inside other words and names: the Chinese word lists of pypinyin and jieba and
the People's Daily of 1998 (tests/eval/LABELLING.md, taxonomy 2.20.0), each rule checked on a
sentence of that pool, with the mention that must still count beside it."""

from __future__ import annotations

import pytest
from tagged import tags as _tags

from worker.taxonomy.fold import is_cjk
from worker.taxonomy.gazetteer import load_places


@pytest.mark.parametrize(
    ("text", "country", "tagged"),
    [
        # another country's region or city holding a Chinese city's name (the gazetteer's
        # exclusions, built from GeoNames and ISO 3166-2): Nevada, Maryland, Florida
        (
            "外电报道，内华达州体育委员会主席在拉斯韦加斯城说，如果泰森愿意“转行”的话，那将是一件好事。",
            "china",
            False,
        ),
        ("１１月３日，美国国立卫生研究院ＮＩＨ听证会在马里兰州伯塞达市召开。", "china", False),
        ("图为：美国佛罗里达州卡纳维拉尔角一航天发射场。", "china", False),
        ("兰州市和达州市的代表出席了会议。", "china", True),
        # Key West holds Kyiv's Japanese name, Kelowna Keelung's Chinese one
        ("フロリダ州キーウェストで休暇を過ごした。", "ukraine", False),
        ("キーウで記者会見が開かれた。", "ukraine", True),
        # but a name that is a place's and one or two characters more is that place and
        # the next word as often: 基隆拿到 "Keelung won" (Kelowna is 基隆拿)
        ("他在基隆拿到了冠军。", "taiwan", True),
        ("马鞍山村民反映问题。", "china", True),
        ("塔尔迪库尔干是哈萨克斯坦城市。", "russia", False),
        ("基隆港的货运量增加。", "taiwan", True),
        # the United States' State Department, not China's State Council
        (
            "此前，美国国务院发言人鲁宾也表示，美国不能接受伊拉克关于冻结对“总统属区”进行武器核查的建议。",
            "china",
            False,
        ),
        ("但白宫和美国国务院发言人都明确反对这种说法。", "china", False),
        ("国务院总理李鹏今天在这里会见了外宾。", "china", True),
        # idioms and words holding a name: lasting order, compound fertiliser
        ("高标准的安居既是人生的一种至高享受，也是社会长治久安的深刻基础。", "china", False),
        (
            "广汉垃圾综合处理厂已形成了日处理垃圾１００吨的能力，每年生产有机复合肥３万吨。",
            "china",
            False,
        ),
        ("长治市的煤炭产量大幅增长。", "china", True),
        # a land bridge across a continent
        (
            "亚欧大陆桥全长１０９００多公里，开通５年来，过境国际集装箱运输共完成４２５０２标准箱。",
            "china",
            False,
        ),
        # the language spoken, not China's spoken drama
        ("他说一口流利的中国话。", "china", False),
        ("联剧为纪念中国话剧诞生九十周年而创作。", "china", True),
        ("他很懂中国话剧的历史。", "china", True),
        ("专家说中国话语权正在不断提升。", "china", True),
        # the idioms only: a literal Yellow River and a bank's Chongqing branch still count
        ("一名男子跳进黄河救起落水儿童。", "china", True),
        ("永隆重庆分行正式开业。", "china", True),
        # China's Russian ethnic group, not Russia
        ("哈萨克族、俄罗斯族、维吾尔族和回族等华人、华侨载歌载舞。", "russia", False),
        ("俄罗斯总统叶利钦今天抵达北京。", "russia", True),
    ],
)
def test_a_name_inside_another_word_or_name(text: str, country: str, tagged: bool) -> None:
    found = _tags(text)
    assert (country in found) is tagged, found


def test_the_gazetteer_excludes_other_names_that_hold_a_places_han_name() -> None:
    places = load_places()
    excluded = {(p.tag, p.origin): set(p.forms) for p in places if p.tag.startswith("!")}
    assert "佛罗里达州" in excluded[("!china", "iso3166-2:US-FL")]
    assert "キーウェスト" in excluded[("!ukraine", "geonames:4160812")]
    # never a form of the same tag (an exclusion would hide the place itself), nor the
    # same name with a suffix (海南市场 is Hainan's market)
    own = {(p.tag, f) for p in places if not p.tag.startswith("!") for f in p.forms}
    for (excluded_tag, _), forms in excluded.items():
        for form in forms:
            assert is_cjk(form)
            assert (excluded_tag[1:], form) not in own, form
    assert not any("海南市" in forms for forms in excluded.values())


@pytest.mark.parametrize(
    ("text", "country", "tagged"),
    [
        # constructed sentences (no pool holds Korean news): a country's Hangul name with a
        # syllable right before it ends another word, and 대만 after digits is the counter 대
        # with "only" 만; prefixes that make a word of the country itself still count
        ("이 세대만 그런 것이 아니다.", "taiwan", False),
        ("기대만큼 성과가 나오지 않았다.", "taiwan", False),
        ("이번 조사는 20대만 대상으로 했다.", "taiwan", False),
        ("극장은 관객으로 대만원을 이루었다.", "taiwan", False),
        ("그 사건은 대만 언론에 보도되었다.", "taiwan", True),
        ("대중국 수출이 크게 늘었다.", "china", True),
        ("남중국해에서 긴장이 높아졌다.", "china", True),
        ("친러시아 세력이 시위를 벌였다.", "russia", True),
        # China's and Taiwan's offices in Korea are one word; the longer names end no word
        ("주한중국대사관은 성명을 발표했다.", "china", True),
        ("주한대만대표부는 입장을 밝혔다.", "taiwan", True),
        ("대만원주민 문화 축제가 열렸다.", "taiwan", True),
        # rush hour, a loanword that starts with Russia's name
        ("출근길 러시아워에 교통이 혼잡했다.", "russia", False),
    ],
)
def test_a_korean_name_inside_another_word(text: str, country: str, tagged: bool) -> None:
    found = _tags(text)
    assert (country in found) is tagged, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # constructed sentences: Japanese news names China, Russia and Taiwan by one
        # character in a bilateral phrase; 米中 before another word, 日中 "daytime" and a
        # Chinese 水中露出 are not that
        ("中台関係が緊張している。", {"china", "taiwan"}),
        ("米中対立が深まる中、日本は難しい立場にある。", {"china"}),
        ("中露の接近が懸念される。", {"china", "russia"}),
        ("対中輸出が減少した。", {"china", "trade"}),
        ("露ウ戦争が長期化している。", {"russia", "ukraine"}),
        ("米台関係の強化を図る。", {"taiwan"}),
        ("米中西部で大雪が降った。", set()),
        ("米中間選挙で共和党が勝利した。", set()),
        ("日中は暑くなる見込みだ。", set()),
        ("他从水中露出头来。", set()),
        # "while visiting the US", morning dew, and Chinese 朝中 "at court", 玉米中間 "among the
        # corn"
        ("訪米中の岸田首相は記者会見した。", set()),
        ("朝露が光る庭を歩いた。", set()),
        ("朝中高官纷纷上书。", set()),
        ("在玉米中間種植大豆。", set()),
    ],
)
def test_japanese_bilateral_abbreviations(text: str, expected: set[str]) -> None:
    assert _tags(text) == expected


@pytest.mark.parametrize(
    ("text", "trade"),
    [
        # jieba's word list: the World Trade Center's towers and a university of foreign trade
        # are names, not trade (constructed sentences around its words 世贸大楼, 外语外贸大学)
        ("纽约世贸中心遭到恐怖袭击，世贸大楼倒塌。", False),
        ("她考上了广东外语外贸大学。", False),
        ("世贸广场今天开业，吸引了大批顾客。", False),
        ("中国加入世贸后，出口大幅增长。", True),
    ],
)
def test_trade_names_in_chinese(text: str, trade: bool) -> None:
    assert ("trade" in _tags(text)) is trade
