"""Property tests: the matcher never crashes and its offsets always point into the text."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from bisect import bisect_right
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from worker.taxonomy import load_taxonomy
from worker.taxonomy.fold import (
    _OTHER_INLINE,
    _SPACE16,
    _WS_RUN_ALL,
    Folded,
    _fold_char,
    _tables,
    _tables16,
    fold,
    is_cjk,
    load_tables,
)

TAXONOMY = load_taxonomy()
# Any Unicode text, with real aliases mixed in so that matches actually happen.
ALIASES = st.sampled_from(
    ["Russie", "l’Ukraine", "Xi Jinping", "北京", "торговли", "fine china", "Taïwan", "Zölle"]
)
TEXTS = st.lists(st.one_of(st.text(max_size=40), ALIASES), max_size=12).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_matches_always_lie_inside_the_text(text: str) -> None:
    for m in TAXONOMY.matcher.find(text):
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end].strip()


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_folding_maps_every_folded_character_back_into_the_text(text: str) -> None:
    folded = fold(text)
    for i in range(len(folded.text)):
        start, end = folded.span(i, i + 1)
        assert 0 <= start < end <= len(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60), ALIASES, st.text(max_size=60))
def test_an_alias_between_spaces_is_always_found(before: str, alias: str, after: str) -> None:
    text = f"{before} {alias} {after}"
    spans = [(m.start, m.end) for m in TAXONOMY.matcher.find(text)]
    start = len(before) + 1
    if alias == "fine china":  # an exclusion: must never tag china
        assert all(text[s:e].lower() != "china" for s, e in spans)
    else:
        assert any(s <= start + (alias.startswith("l’") and 2) < e for s, e in spans), spans


def _fold_by_definition(text: str) -> str:
    """What the fold is: runs of inline whitespace cut to their first char, then each char
    folded on its own (worker.taxonomy.fold._fold_char)."""
    kept = _WS_RUN_ALL.sub(lambda m: m.group()[0], text)
    return "".join(_fold_char(c) for c in kept)


# Scripts whose whole-string fold needs care: Hangul (syllables and jamo), kana with voicing
# marks, compatibility ideographs, accents, ligatures, and spaces of every kind.
_TRICKY = st.sampled_from("가힣러시아ㄱ각でがプパ゙゚ー・豈更ßﬁéèÅ\u0301\u00a0\t  …ｶ㍿Σς")
_MIXED = st.text(st.one_of(_TRICKY, _TRICKY, _TRICKY, st.characters()), max_size=120)
_CORPUS = [
    json.loads(line)["text"]
    for line in (Path(__file__).resolve().parents[2] / "eval" / "corpus.jsonl")
    .read_text(encoding="utf-8")
    .splitlines()
]


@settings(max_examples=500, deadline=None)
@given(_MIXED)
@example("\u00e9\uac00")  # é beside 가: an accent to drop, a syllable to keep (the split path)
@example("Stra\u00dfe \u3067 \ufb01\u2026")  # ß, voiced kana, a ligature, an ellipsis
def test_the_fold_of_a_text_is_the_fold_of_its_characters(text: str) -> None:
    # The fast paths fold the whole string at once; they must agree with the definition.
    assert fold.__wrapped__(text).text == _fold_by_definition(text)


@settings(max_examples=200, deadline=None)
@given(st.text(st.one_of(_TRICKY, _TRICKY, _TRICKY, st.characters()), min_size=256, max_size=700))
def test_long_texts_fold_by_definition_and_map_back(text: str) -> None:
    # From 32 characters on the fold runs through its per-character tables, not translate.
    folded = fold.__wrapped__(text)
    assert folded.text == _fold_by_definition(text)
    assert folded.cjk or not is_cjk(folded.text)
    for i in range(0, len(folded.text), 7):
        start, end = folded.span(i, i + 1)
        assert 0 <= start < end <= len(text)


def test_load_tables_builds_what_a_long_fold_then_reuses() -> None:
    # A worker calls it before its pool forks (worker/app.py), so that the pool shares them.
    _tables.cache_clear()
    _tables16.cache_clear()
    load_tables()
    assert _tables.cache_info().currsize == _tables16.cache_info().currsize == 1
    fold.__wrapped__("Россия и Китай " * 30)
    fold.__wrapped__("Россия и Китай 𠀀 " * 30)  # a char beyond the plane: the wide path
    assert _tables.cache_info().misses == _tables16.cache_info().misses == 1


def test_the_two_byte_table_marks_exactly_the_other_inline_spaces() -> None:
    # The long fold finds them by the mark alone: no char may fold to it, none be left out.
    marked = {chr(c) for c in range(len(_tables16())) if _tables16()[c] == _SPACE16}
    assert marked == set(_OTHER_INLINE)
    assert all(_fold_char(c) == " " for c in marked)


def test_the_fold_of_every_corpus_text_is_the_fold_of_its_characters() -> None:
    wrong = [t[:40] for t in _CORPUS if fold.__wrapped__(t).text != _fold_by_definition(t)]
    assert not wrong


def _span_by_three_lookups(folded: Folded, start: int, end: int) -> tuple[int, int]:
    """Folded.span as first written (three segment look-ups), the reference for its shortcut."""
    segments, starts = folded.segments, folded.starts
    if not segments:
        return start, end
    fstart, ostart, linear = segments[bisect_right(starts, start) - 1]
    first = ostart + (start - fstart) if linear else ostart
    if end >= len(folded.text):
        return first, folded.length
    fstart, ostart, linear = segments[bisect_right(starts, end - 1) - 1]
    last = (ostart + (end - 1 - fstart) if linear else ostart) + 1
    fstart, ostart, linear = segments[bisect_right(starts, end) - 1]
    return first, max(last, ostart + (end - fstart) if linear else ostart)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab ßéﬁ\u0301\t\u00a0Ж北"), max_size=60), st.data())
def test_span_shortcut_agrees_with_the_full_look_up(text: str, data: st.DataObject) -> None:
    folded = fold(text)
    if not folded.text:
        return
    start = data.draw(st.integers(0, len(folded.text) - 1))
    end = data.draw(st.integers(start + 1, len(folded.text)))
    assert folded.span(start, end) == _span_by_three_lookups(folded, start, end)


_BMP_CHARS = st.characters(max_codepoint=0xFFFF)


@settings(max_examples=200, deadline=None)
@given(st.text(st.one_of(_TRICKY, _TRICKY, _BMP_CHARS), min_size=256, max_size=700))
@example("Straße und Zölle: Россия и Китай, 中国と台湾。  \u3000 " * 10)
def test_long_texts_within_the_plane_fold_by_definition_and_map_back(text: str) -> None:
    # Texts without a char beyond the Basic Multilingual Plane fold two bytes per char (the
    # path of nearly every article); one such char sends the text to the four-byte path.
    for candidate in (text, text + "\U0001f600"):
        folded = fold.__wrapped__(candidate)
        assert folded.text == _fold_by_definition(candidate)
        assert folded.cjk == is_cjk(folded.text)
        for i in range(0, len(folded.text), 5):
            start, end = folded.span(i, i + 1)
            assert 0 <= start < end <= len(candidate)


_MANY_NAMES = (
    "Argentina, Australia, Japan, Syria, Russia, China, Ukraine and Taiwan met in Brazil; "
    "Rusko, Čína, Ukrajina a Tchaj-wan; Sýria, Argentína, Austrália, Japán, Rosja i Chiny."
)


def test_the_evidence_of_a_text_is_the_same_in_every_process() -> None:
    # A folded name shared by several of a rule's names (Syria, Sýria) reports one of them:
    # the same one whatever order string hashing gave the names in, or `retag` would
    # report changes that are none.
    script = (
        "import json, sys; from worker.taxonomy import load_taxonomy; "
        "print(json.dumps([m.term for m in load_taxonomy().matcher.find(sys.argv[1])]))"
    )
    terms = {
        subprocess.run(
            [sys.executable, "-c", script, _MANY_NAMES],
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in (1, 2, 3, 4)
    }
    assert len(terms) == 1, terms
