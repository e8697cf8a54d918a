"""Frequent words of wordfreq's lists that the tagger read as places (tests/eval/LABELLING.md,
taxonomy 2.20.0), in constructed sentences.

Scripts whose vowel signs are letters (Devanagari, Bengali, Thai): the fold keeps them.

Folding them to spaces made "चीन" (China) the two words "च न", which is also the fold of
चैन (peace), चुन (choose) and चेन (a chain), and मास्क (a mask) the fold of मास्को (Moscow):
frequent Hindi words of wordfreq's list (tests/eval/LABELLING.md, taxonomy 2.20.0), here in
constructed sentences. And words of scripts with no capital letters (Hebrew, Persian) or
first in a sentence that spell a city's name.
"""

from __future__ import annotations

import pytest
from tagged import tags as _tags

from worker.taxonomy.fold import fold, fold_phrase


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("वह चैन से सो गया।", set()),
        ("बाहर जाते समय मास्क पहनें।", set()),
        ("उसने सोने की चेन खरीदी।", set()),
        ("कार रेस में उसने जीत हासिल की।", set()),
        ("चीन ने नई नीति की घोषणा की।", {"china"}),
        ("मास्को में बैठक हुई।", {"russia"}),
        ("रूस और चीन के बीच व्यापार बढ़ा।", {"russia", "china", "trade"}),
    ],
)
def test_hindi_words_that_differ_only_in_vowel_signs(text: str, expected: set[str]) -> None:
    assert _tags(text) == expected


def test_the_fold_keeps_vowel_signs_and_drops_accents() -> None:
    assert fold_phrase("चीन") == "चीन" != fold_phrase("चैन")
    assert fold_phrase("จีน") == "จีน"  # Thai: one word, not "จ น"
    assert fold_phrase("Zölle café") == "zolle cafe"
    # variation selectors and the grapheme joiner stay invisible: spaces, as before
    assert fold_phrase("Russia\ufe0f") == "russia"
    text = "मास्को में बैठक " * 30  # the long-text path folds the same way
    assert fold.__wrapped__(text).text == text.replace("्", "")


@pytest.mark.parametrize(
    "text",
    [
        "הוא אומן מוכשר שמציג בגלריה בתל אביב.",  # Hebrew "artist" (Uman)
        "אופה מקצועי פתח מאפייה חדשה בשכונה.",  # Hebrew "baker" (Ufa)
        "این جلسه در ماه آوریل برگزار می‌شود.",  # Persian April (Orel)
        "Banan är en gul frukt.",  # Swedish "banana" first in a sentence (Banan, Chongqing)
        "Ο Σαμαράς δήλωσε ότι η κυβέρνηση θα στηρίξει τον Σαμαρά.",  # Greek surname (Samara)
        "Rozhovor s Vladimírem Mertou: Vladimíra Merty se ptali na knihu.",  # Czech given name
    ],
)
def test_frequent_words_that_spell_a_place_are_words(text: str) -> None:
    assert not _tags(text) & {"russia", "ukraine", "china", "taiwan"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # wordfreq's frequent words with an accented letter where no name of the tag that
        # folds alike has one: Romanian "a little", Latvian "some" and "struggle", Vietnamese
        # "to lean" (constructed sentences)
        ("Am mai puțin timp decât credeam, dar puține lucruri s-au schimbat.", set()),
        ("Daži cilvēki uzskata, ka cīņa ir beigusies.", set()),
        ("Mãi mãi ngả về phía trước.", set()),
        # the names as their languages write them, accents and all, still count: Turkish İ,
        # an accent inside an inflected stem, a case ending
        ("İhracat rekor kırdı.", {"trade"}),
        ("ÇİN İLE TİCARET ANLAŞMASI", {"china", "trade"}),
        ("Ukraińska armia odparła atak. Tajwańskie władze protestują.", {"ukraine", "taiwan"}),
        ("Prezidentas aplankė Kiniją ir Rusiją.", {"china", "russia"}),
        ("Krievijā un Ķīnā notika vēlēšanas.", {"russia", "china"}),
        ("Krievija un Ķīna tikās Maskavā; Ukraina vēro.", {"russia", "china", "ukraine"}),
        ("Rusia y Ucrania negocian en Pekín y Moscú, y Taiwán observa.",
         {"russia", "china", "taiwan", "ukraine"}),
        ("Čína a Rusko jednaly v Kyjevě a v Moskvě.", {"russia", "china", "ukraine"}),
        ("Trung Quốc và Nga đàm phán tại Bắc Kinh.", {"russia", "china"}),
        ("Putin a declarat că Rusia nu va ceda.", {"russia"}),
    ],
)  # fmt: skip
def test_an_accent_no_name_has_makes_another_word(text: str, expected: set[str]) -> None:
    assert _tags(text) == expected


def test_hindi_demonyms_and_signatures_keep_their_vowel_signs() -> None:
    assert _tags("यूक्रेनी सैनिकों ने जवाब दिया।") == {"ukraine"}
    assert _tags("ताइवानी अधिकारी ने कहा।") == {"taiwan"}
    from worker.minhash import words

    # a text holding Han too splits Devanagari words whole, as one without Han does
    assert words("चीन 中国 मास्को में") == ["चीन", "中", "国", "मासको", "में"]
