"""Rules read on the pool of chardet 5.2.0's unused feed items (tests/eval/LABELLING.md; the
pool itself is test_chardet_items_pool.py): descent in Chinese, a site in the Russian
language, Korean 수입 as income, and a language switcher's Russian and Ukrainian. Each case
is a short quote of the pool (``real``, with its feed and item) or a sentence built beside
it to show what stays the country or trade (``constructed``)."""

from __future__ import annotations

import pytest
from tagged import tags as _tags


@pytest.mark.parametrize(
    ("text", "tag", "tagged"),
    [
        # real, Big5/letterlego.blogspot.com.xml item 4: a writer of Russian descent
        ("俄裔美籍作家\u3000納巴科夫\u3000Vladimir Nabokov, 1899-1977\u3000《說吧！記憶》",
         "russia", False),
        # constructed: descent by the full names and the other countries' characters
        ("俄罗斯裔居民在当地占多数。", "russia", False),
        ("这位台裔美国人当选为州议员。", "taiwan", False),
        ("他是一名乌克兰裔加拿大人。", "ukraine", False),
        ("中国裔选民的投票率上升。", "china", False),
        # constructed: the country, its army and its government stay the country
        ("俄国政府宣布了新的措施。", "russia", True),
        ("俄军进入该地区。", "russia", True),
        ("台湾民众前往投票。", "taiwan", True),
        ("乌克兰政府要求停火。", "ukraine", True),
        ("中国企业在美国投资。", "china", True),
    ],
)  # fmt: skip
def test_descent_in_chinese_is_not_the_country(text: str, tag: str, tagged: bool) -> None:
    assert (tag in _tags(text)) is tagged


@pytest.mark.parametrize(
    ("text", "tagged"),
    [
        # real, windows-1251-russian/kapranoff.ru.xml item 4: a site in the language
        ("Русский сайт о губных гармошках и игре на них. Кайф.", False),
        # constructed: forums and portals
        ("На русских форумах это давно обсуждали.", False),
        # constructed: the state's adjective, the Ukrainian adjective of the state's sites,
        # and the Russian adjective before other nouns stay the country
        ("Российский сайт заблокирован властями.", True),
        ("Російські сайти поширюють пропаганду.", True),
        ("Русские войска вошли в город.", True),
        ("Русский музей открыл новую выставку.", True),
        # constructed (the review of these rules): Bulgarian руск- is also the state's
        ("Украински хакери свалиха руски сайтове на министерства.", True),
        ("Хакери блокираха руския портал за държавни услуги.", True),
    ],
)  # fmt: skip
def test_a_site_in_the_russian_language(text: str, tagged: bool) -> None:
    assert ("russia" in _tags(text)) is tagged


@pytest.mark.parametrize(
    ("text", "tagged"),
    [
        # real, EUC-KR/ittrend.egloos.com.xml item 4 (Google, the US company, is named in it)
        ("그런데 구글은 저 모든 것에 광고를 넣고 있는데..별다른 안티 반응은 "
         "보이지 않고 있다는 점이다. \"미니홈피 한 쪽 구석에 관련 광고를 싣게 "
         "해주면 매달 도토리 00개를 드립니다.\" 도토리 수입보다 더 괜찮은 광고 "
         "수익이 나올까 아니면 역효과로 사용자들이 미니홈피를 버리게 될까?",
         False),
        # constructed: income and spending
        ("미국 여행 중에도 한 달 수입과 지출을 가계부에 적었다.", False),
        # constructed: imports of goods from abroad stay trade
        ("중국산 농산물 수입이 크게 늘었다.", True),
        ("일본은 미국에서 쇠고기 수입을 재개했다.", True),
        ("한국은 미국산 쇠고기 수입으로 농가 소득이 줄었다고 밝혔다.", True),
        # constructed (the review): 벌이다 is "to wage", and goods right before 수입
        ("러시아가 우크라이나와 전쟁을 벌이는 동안 유럽의 러시아 가스 수입이 줄었다.", True),
        ("일본은 러시아 원유 수입을 늘렸지만 정부 지출은 줄였다.", True),
        ("중국 의존도가 높은 희토류 수입 때문에 기업 수익이 악화됐다.", True),
    ],
)  # fmt: skip
def test_korean_income_is_not_imports(text: str, tagged: bool) -> None:
    assert ("trade" in _tags(text)) is tagged


@pytest.mark.parametrize(
    ("text", "tag", "tagged"),
    [
        # real, windows-1251-russian/forum.template-toolkit.ru.1.xml item 6: a localisation file
        ('messages.en\n[% mess1="English1" %]\n[% mess2="English2" %]\nmessages.ru\n'
         '[% mess1="Русский1" %]\n[% mess2="Русский2" %]', "russia", False),
        # constructed: language switchers
        ("English | Русский | Deutsch", "russia", False),
        ("Версия сайта: English / Русский", "russia", False),
        ("Мова: English | Українська", "ukraine", False),
        # constructed: a noun after the adjective, a place beside the switcher, or no other
        # language's name keep the country
        ("Русский музей открыл выставку. English version", "russia", True),
        ("Москва. English | Русский", "russia", True),
        ("Русский победил в финале турнира.", "russia", True),
    ],
)  # fmt: skip
def test_a_language_switcher_names_languages(text: str, tag: str, tagged: bool) -> None:
    assert (tag in _tags(text)) is tagged
