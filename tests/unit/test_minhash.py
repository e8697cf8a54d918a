"""MinHash signatures and LSH bands: stable, fold-insensitive, near-duplicates close.

The texts are real (tests/eval/clusters.jsonl; provenance in tests/eval/SOURCES.md).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from worker.minhash import (
    _WORD,
    BANDS,
    MIN_WORDS,
    NUM_PERM,
    ROWS,
    SHINGLE,
    bands,
    matches,
    pack,
    shingles,
    signature,
    similarity,
    unpack,
    words,
)
from worker.taxonomy.fold import fold

PAIRS = [
    json.loads(line)
    for line in (Path(__file__).resolve().parents[1] / "eval" / "clusters.jsonl")
    .read_text(encoding="utf-8")
    .splitlines()
]


def _first(kind: str, marker: str = "") -> dict[str, Any]:
    return next(p for p in PAIRS if p["kind"] == kind and marker in p["source"])


REISSUE = _first("real-reissue")  # Reuters, the same story re-sent with one paragraph more
RECAPTURE = _first("real-recapture", "scmp.com")  # one page captured twice
SAME_TOPIC = _first("real-same-topic", "crude/reut-00004.xml")  # two crude price cuts
STORY = REISSUE["a"]


def _exact(a: str, b: str) -> float:
    x, y = set(shingles(words(a)).tolist()), set(shingles(words(b)).tolist())
    return len(x & y) / len(x | y)


def test_the_signature_of_a_text_never_changes() -> None:
    # Pinned: signatures are stored, so a change here means re-signing every article.
    sig = signature(STORY)
    assert len(sig) == NUM_PERM >= BANDS * ROWS
    assert sig[:4] == (20058755, 13868501, 25161509, 34795986)
    assert bands(sig)[:2] == [(0, "db0f0ee14375dbf5"), (1, "803339ccb6a6d01c")]


def test_case_accents_quotes_and_spacing_do_not_matter() -> None:
    text = " ".join(f"Le président « {w} » a dit l’accord" for w in range(12))
    variant = " ".join(f'LE  PRESIDENT "{w}"   a dit l\'accord.' for w in range(12))
    assert signature(text) == signature(variant)


def test_han_and_kana_count_one_word_per_character() -> None:
    assert words("台北市の天気 Taipei weather") == [
        "台", "北", "市", "の", "天", "気", "taipei", "weather",
    ]  # fmt: skip
    assert signature("中国外交部发言人表示" * 4) != ()


def test_texts_shorter_than_the_minimum_have_no_signature() -> None:
    short = " ".join(f"w{i}" for i in range(MIN_WORDS - 1))
    assert signature(short) == ()
    assert bands(()) == []
    assert similarity((), signature(STORY)) == 0.0
    assert not matches((), ())
    assert len(signature(short + " enough")) == NUM_PERM


def test_republished_copies_are_near_duplicates() -> None:
    for pair in (REISSUE, RECAPTURE):
        a, b = signature(pair["a"]), signature(pair["b"])
        assert similarity(a, b) >= 0.6
        assert matches(a, b)


def test_different_stories_on_one_subject_are_not() -> None:
    a, b = signature(SAME_TOPIC["a"]), signature(SAME_TOPIC["b"])
    assert similarity(a, b) < 0.2
    assert not matches(a, b)


def test_word_order_matters_through_shingles() -> None:
    words_ = STORY.split()
    assert similarity(signature(STORY), signature(" ".join(reversed(words_)))) < 0.1


@pytest.mark.parametrize("pair", [REISSUE, RECAPTURE, SAME_TOPIC], ids=lambda p: p["kind"])
def test_the_estimate_is_close_to_the_exact_jaccard_similarity(pair: dict[str, Any]) -> None:
    estimate = similarity(signature(pair["a"]), signature(pair["b"]))
    assert abs(estimate - _exact(pair["a"], pair["b"])) < 0.1


def test_shingles_are_runs_of_words_and_distinct() -> None:
    tokens = ["a", "b", "c", "d", "e", "a", "b", "c", "d", "e"]
    assert len(shingles(tokens)) == SHINGLE  # abcde bcdea cdeab deabc, then abcde again
    assert len(shingles(tokens[: SHINGLE - 1])) == 0


def test_bands_cut_the_signature_into_hashed_slices() -> None:
    sig = signature(STORY)
    out = bands(sig)
    assert [b for b, _ in out] == list(range(BANDS))
    assert all(len(h) == 16 and int(h, 16) >= 0 for _, h in out)
    changed = (sig[0] + 1, *sig[1:])
    assert bands(changed)[1:] == out[1:]
    assert bands(changed)[0] != out[0]
    with pytest.raises(ValueError, match="cluster"):
        bands(sig[:-1])


def test_a_packed_signature_round_trips() -> None:
    sig = signature(STORY)
    assert len(pack(sig)) == 4 * NUM_PERM
    assert unpack(pack(sig)) == sig
    assert similarity(sig, unpack(pack(sig))) == 1.0


@given(st.text(max_size=80))
def test_words_are_the_runs_of_word_characters_of_the_fold(text: str) -> None:
    # words() splits a fold with no Han or Kana on its spaces: right only while the fold
    # leaves nothing but word characters and spaces.
    assert words(text) == _WORD.findall(fold(text).text)
