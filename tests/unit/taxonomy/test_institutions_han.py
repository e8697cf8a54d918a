"""Places, companies, bodies and officials Chinese news names alone: simplified spellings of
cities GeoNames gives in traditional script only (哈爾科夫 is 哈尔科夫), and the entries of
institutions.yaml 1.8.0; not the words and common names that look like them."""

from __future__ import annotations

import pytest
from tagged import tags


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("哈尔科夫遭到导弹袭击。", "ukraine"),
        ("顿涅茨克传来爆炸声。", "ukraine"),
        ("敖德萨港口遭到无人机袭击。", "ukraine"),
        ("顿巴斯地区冲突持续。", "ukraine"),
        ("叶卡捷琳堡的工厂停产。", "russia"),
        ("佩斯科夫表示克里姆林宫不予置评。", "russia"),
        ("比亚迪在匈牙利建厂。", "china"),
        ("东部战区在台岛周边举行演习。", "china"),
        ("一带一路倡议提出十周年。", "china"),
        ("民眾黨主席表示將參選。", "taiwan"),
    ],
)
def test_the_name_names_its_country(text: str, tag: str) -> None:
    assert tag in tags(text)


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("他游览了金门大桥。", "taiwan"),
        ("阿里巴巴与四十大盗的故事流传很广。", "china"),
        ("日本大藏省决定对野村公司从重处罚，并会同证监会展开调查。", "china"),
    ],
)
def test_a_word_or_another_country_s_office_is_not(text: str, tag: str) -> None:
    assert tag not in tags(text)
