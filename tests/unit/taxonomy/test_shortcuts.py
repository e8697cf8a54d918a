"""The tag stage's shortcuts give the answers of the long way round.

Each shortcut skips work that cannot change the result: the nationality, saying and category
patterns run only where the matcher found one of their words (worker/taxonomy/context.py),
the mixed keys are looked for only around runs of Han, Kana and Hangul, stored offsets are
found walking the fold's segments, and Evidence and the other records are built in a plain
class of their slots (worker.types.builder). These tests run the long way beside each one,
on generated text and on every text of the labelled corpus.
"""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from worker.pipeline import prepare
from worker.pipeline.tag import (
    EVIDENCE_FIELDS,
    Decision,
    _a_category_line,
    _a_language,
    _decision,
    _evidence,
    _holds,
    _may_name_a_script,
    _previous_word,
    _tag_result,
    _tagged,
    decide,
)
from worker.taxonomy import load_taxonomy
from worker.taxonomy.context import (
    _LISTS,
    CATEGORY,
    CONTEXT_TAGS,
    LETTER_WORD,
    LETTER_WORD_PARTS,
    SCRIPT_WORD,
    SCRIPT_WORD_STARTS,
    TRANSLATION_WORD,
    TRANSLATION_WORD_PARTS,
    context_patterns,
    dotless,
    heads,
)
from worker.taxonomy.fold import _folded, fold, fold_phrase
from worker.taxonomy.matcher import Matcher, Pattern, _resolve
from worker.types import Evidence, TaggedArticle, TagResult

TAXONOMY = load_taxonomy()
CORPUS = Path(__file__).resolve().parents[2] / "eval" / "corpus.jsonl"


def _context(value: str) -> frozenset[str]:
    return frozenset(m.tag for m in TAXONOMY.matcher.find(value) if m.tag in CONTEXT_TAGS)


def _same_answers(value: str) -> None:
    """Every country mention of ``value`` is judged alike with and without the gate."""
    context = _context(value)
    for m in TAXONOMY.matcher.find(value):
        if m.tag in TAXONOMY.countries:
            gated = _a_language(value, m.start, m.end, context)
            assert gated == _a_language(value, m.start, m.end), (value[m.start : m.end], value)
        if CATEGORY not in context:
            assert not _a_category_line(value, m.start), value


# --- heads --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("alternative", "expected"),
    [
        ("writer", ["writer"]),
        ("film-?maker", ["film"]),  # the hyphen is optional: the head stops before it
        ("[eé]migr[eé]", ["emigr", "émigr"]),
        ("romanci(?:er|ère)", ["romanci"]),
        ("escritora?", ["escritor"]),
        ("співа[кч]", ["співа"]),
        ("Категори[яи]", ["Категори"]),
    ],
)
def test_a_head_is_the_literal_start_of_the_words_an_alternative_accepts(
    alternative: str, expected: list[str]
) -> None:
    assert heads(alternative) == expected


@pytest.mark.parametrize("alternative", ["a(?:b|c)", "[a-z]writer", "ab?c"])
def test_an_alternative_without_three_literal_letters_is_refused(alternative: str) -> None:
    with pytest.raises(ValueError, match="context word"):
        heads(alternative)


def _spelt(alternative: str) -> str:
    """One word an alternative accepts: each class by its first letter, each group by its
    first branch, each optional letter left in."""
    word = re.sub(r"\[(.)[^\]]*\]", r"\1", alternative)
    word = re.sub(r"\(\?:([^|)]*)[^)]*\)\??", r"\1", word).replace("?", "")
    assert re.fullmatch(alternative, word, re.IGNORECASE), (alternative, word)
    return word


def test_every_word_of_every_list_is_found_by_its_heads() -> None:
    """A word each alternative accepts (and with an ending, in capitals, with a dotless ı),
    after a space or a symbol, is found under its list's tag."""
    matcher = Matcher(context_patterns())
    for tag, words in _LISTS.items():
        for alternative in words:
            word = _spelt(alternative)
            for text in (
                f"x {word} y", f"{word.upper()}s", f"«{word}»", f"1 {word}ами",
                f"x {dotless(word.upper())[-1]}",
            ):  # fmt: skip
                found = {m.tag for m in matcher.find(text)}
                assert tag in found, (alternative, text)


def test_every_letter_the_patterns_take_for_a_heads_letter_folds_to_it() -> None:
    """The patterns are case-insensitive; the heads are folded. Every char of the Basic
    Multilingual Plane a pattern takes for a head's letter folds to that letter, but for the
    dotless ı, which the heads also spell."""
    letters = {c for p in context_patterns() for c in p.display.rstrip("*")} - {"ı"}
    for letter in letters:
        same = re.compile(re.escape(letter), re.IGNORECASE)
        for char in map(chr, range(0x10000)):
            if same.fullmatch(char) and fold_phrase(char) != fold_phrase(letter):
                assert fold_phrase(char) == "ı", (letter, char)
                assert letter in "iI", (letter, char)


# --- the gate for nationality, saying and category ------------------------------------------

ADJECTIVES = ["Russian", "Chinese", "russe", "chino", "китайский", "русский", "Chińczyk"]
NOUNS = [_spelt(w) for words in _LISTS.values() for w in words]
# the words of the script, letter and translation checks, and spellings the gate must see
GATE_WORDS = [
    *SCRIPT_WORD_STARTS, *LETTER_WORD_PARTS, *TRANSLATION_WORD_PARTS, "caracteres",
    "Caractères", "lengua", "LETRA", "NEWSLETTER", "ЛІТЕРА", "переводе", "ПЕРЕВЁЛ",
    "неперевод", "translated", "from", "del", "(",
]  # fmt: skip
PIECES = st.one_of(
    st.sampled_from(ADJECTIVES),
    st.sampled_from(NOUNS),
    st.sampled_from(GATE_WORDS),
    st.sampled_from(["a", "an", "un", "el", "Kategorie:", "\n", "3", "™", "\u0301", "-born", ","]),
    st.text(max_size=8),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(PIECES, max_size=10).map(" ".join), st.lists(PIECES, max_size=10).map("".join))
@example("a Russian writer", "")
@example("un écrivain russe", "")
@example("Proverbio chino", "")
@example("Kategorie: China", "")
@example("He met a RUSSIAN WRıTER yesterday.", "")
@example("Il est un écrivain russe, un ½écrivain russe", "")
@example("caracteres chinos", "")
@example("中caracteres chinos", "")
@example("la LETRA Rusa", "")
@example("в переводе с русского языка", "")
def test_the_gate_never_changes_an_answer(spaced: str, glued: str) -> None:
    _same_answers(spaced)
    _same_answers(glued)


def test_the_gate_never_changes_an_answer_on_the_corpus() -> None:
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        _same_answers(record["text"])
        if record.get("title"):
            _same_answers(record["title"])


def test_the_gates_words_are_found_wherever_their_checks_would_read_one() -> None:
    """The matcher finds a script word's start wherever the script check's own scan does, and
    a letter or translation word's part wherever their patterns match, in every text of the
    corpus and in words that hide one inside."""
    texts = [
        "La NEWSLETTER Rusa", "неперевод", "ПЕРЕВЁЛ", "中caracteres", "x (Letras) y",
        "«translated» from", "ЛІТЕРА Ї",
    ]  # fmt: skip
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        texts += [record["text"], record.get("title") or ""]
    for value in filter(None, texts):
        context = _context(value)
        assert SCRIPT_WORD in context or not _may_name_a_script(value), value
        assert LETTER_WORD in context or not _holds(value, 0), value
        assert TRANSLATION_WORD in context or not _holds(value, 1), value


def test_the_word_before_runs_back_as_far_as_the_fold_keeps_a_word() -> None:
    # a digit and a combining accent belong to the word, as in the matcher's words
    assert _previous_word("a 1920s Russian", 8) == ("1920s", 2)
    assert _previous_word("3écrivain russe", 10) == ("3écrivain", 0)
    assert _previous_word("e\u0301crivain russe", 10) == ("e\u0301crivain", 0)
    assert _previous_word("«écrivain» russe", 11)[0] == ""
    assert _previous_word("un écrivain  russe", 13) == ("écrivain", 3)


# --- mixed keys, looked for around runs only ------------------------------------------------

MIXED = [
    Pattern("t", "9台中"),
    Pattern("t", "ab中文cd"),
    Pattern("u", "中 x"),
    Pattern("u", "台中"),
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["9", "a", "b", "c", "d", "x", " ", "中", "文", "台", "é"])))
@example(list("x ab中文cd x"))
@example(list("第9台中 中 x"))
def test_mixed_keys_are_found_as_a_full_scan_finds_them(chars: list[str]) -> None:
    text = "".join(chars)
    matcher = Matcher(MIXED)
    windowed = matcher.find(text)
    matcher._mixed_needs_run = False  # what a full scan of the text finds
    assert windowed == matcher.find(text)


# --- stored offsets, found walking the segments ---------------------------------------------

ODD = st.sampled_from(["ß", "e\u0301", "ﬁ", "  ", "\t\t", "Ⅻ", "ǅ", "x", "Russie", " "])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(ODD, st.text(max_size=5)), min_size=1, max_size=20), st.data())
def test_offsets_found_walking_the_segments_are_those_of_folded_span(
    parts: list[str], data: st.DataObject
) -> None:
    folded = fold("".join(parts))
    size = len(folded.text)
    if not size:
        return
    spans = data.draw(
        st.lists(
            st.tuples(st.integers(0, size - 1), st.integers(1, size)).filter(lambda p: p[0] < p[1]),
            max_size=8,
        )
    )
    hits = [(s, e, (f"t{i}", False, False, "x", "alias", "")) for i, (s, e) in enumerate(spans)]
    for match in _resolve(hits, folded):
        start, end = spans[int(match.tag[1:])]
        assert (match.start, match.end) == folded.span(start, end)


# --- Evidence and the other records, built by worker.types.builder ------------------------

_SOME_EVIDENCE = Evidence("Russ*", 3, 9, "text", "Russie", "cldr", "RU")
_BUILT = [
    (_evidence, ("Russ*", 3, 9, "text", "Russie", "cldr", "RU")),
    (_folded, ("strasse", ((0, 0, True), (4, 4, False), (6, 5, True)), 7, (0, 4, 6), False)),
    (_decision, ("russia", 0.2212, 0.25, ())),
    (_tag_result, ("russia", 0.2212, (_SOME_EVIDENCE,), "RU", "Russia", 0.25)),
    (_tagged, (None, (), "2.23.0")),
]


@pytest.mark.parametrize(("build", "values"), _BUILT)
def test_a_record_built_by_its_builder_is_the_dataclass_itself(build: Any, values: Any) -> None:
    fast = build(*values)
    cls = type(fast)
    slow = cls(*values)
    assert dataclasses.is_dataclass(cls)
    assert cls.__name__ in build.__doc__
    assert fast == slow
    assert hash(fast) == hash(slow)
    assert repr(fast) == repr(slow)
    first = dataclasses.fields(cls)[0].name
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(fast, first, "x")
    with pytest.raises(TypeError):
        build(*values[:-1])  # every field, in order: a field added to the class fails here


def test_evidence_built_slot_by_slot_is_the_dataclass_itself() -> None:
    assert tuple(f.name for f in dataclasses.fields(Evidence)) == EVIDENCE_FIELDS
    fast = _evidence(*(getattr(_SOME_EVIDENCE, name) for name in EVIDENCE_FIELDS))
    assert type(fast) is Evidence
    assert fast == _SOME_EVIDENCE


def test_tagging_the_seed_gives_records_equal_to_the_dataclasses() -> None:
    seed = next((Path(__file__).resolve().parents[3] / "seeds").glob("*.txt"))
    article = prepare({"text": seed.read_text(encoding="utf-8")}, TAXONOMY, 10**7).article
    from worker.pipeline.tag import tag

    tagged = tag(article, TAXONOMY)
    assert type(tagged) is TaggedArticle
    assert tagged == TaggedArticle(tagged.article, tagged.tags, tagged.taxonomy_version)
    for result in tagged.tags:
        assert type(result) is TagResult
        assert result == TagResult(*(getattr(result, f.name) for f in dataclasses.fields(result)))
        for e in result.evidence:
            assert e == Evidence(*(getattr(e, name) for name in EVIDENCE_FIELDS))
    for d in decide(article, TAXONOMY):
        assert type(d) is Decision
        assert d == Decision(d.tag, d.score, d.salience, d.mentions)


def test_a_mixed_key_outside_the_runs_scripts_is_looked_for_in_the_whole_text() -> None:
    # 𠀀 (Extension B) is Han to the fold but not in the runs the matcher reads: no window
    matcher = Matcher([Pattern("t", "x𠀀y"), Pattern("t", "ab中文cd")])
    assert [(m.start, m.end) for m in matcher.find("中 ... x𠀀y")] == [(6, 9)]


# --- runs of Han, Kana and Hangul, read as their UTF-16 bytes in one pass -------------------

RUN_KEYS = ["乎", "中文", "一乎", "文 中"]


def _every_occurrence(text: str) -> set[tuple[str, int, int]]:
    found = set()
    for key in RUN_KEYS:
        at = text.find(key)
        while at >= 0:
            found.add((key, at, at + len(key)))
            at = text.find(key, at + 1)
    return found


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["乎", "㑎", "一", "中", "文", " ", "x", "ß", "\n"]), max_size=30))
@example(list("㑎一"))  # U+344E U+4E00: the bytes 4E 4E of 乎 (U+4E4E) across two chars
@example(list("中文x一乎 中文"))
def test_run_keys_are_found_where_they_stand_and_nowhere_else(chars: list[str]) -> None:
    text = "".join(chars)
    matcher = Matcher([Pattern(key, key) for key in RUN_KEYS])
    found = {(m.tag, m.start, m.end) for m in matcher.find(text)}
    folded = fold(text)  # offsets are the stored text's: map the folded ones back
    expected = {(key, *folded.span(s, e)) for key, s, e in _every_occurrence(folded.text)}
    assert found == expected


@pytest.mark.parametrize(
    ("text", "tags"),
    [
        # a decade or an ordinal before the adjective is a word of its own, as the fold
        # reads it: "a 1920s Russian émigré" is a person's nationality (LABELLING.md)
        ("She is a 1920s Russian émigré living in Paris.", set()),
        ("A retrospective of a 1960s Chinese artist opened.", set()),
        ("He met a Russian minister in Moscow.", {"russia"}),
    ],
)
def test_a_nationality_after_a_decade_or_an_ordinal(text: str, tags: set[str]) -> None:
    from worker.pipeline.tag import tag

    article = prepare({"title": "News", "text": text}, TAXONOMY, 10**7).article
    assert {t.tag for t in tag(article, TAXONOMY).tags} == tags


def test_no_rule_sees_the_context_words_among_the_mentions() -> None:
    # Хіміку starts like хімік (a chemist: a context word); in a list of rivers it must not
    # count as a place beside Самарі, which is then the river, not the Russian city
    from worker.pipeline.tag import tag

    for text in (
        "Вода в Сулі, Удаї, Пслі, Самарі, Хіміку забруднена.",
        "Вода в Сулі, Удаї, Пслі, Поетці, Самарі забруднена.",
    ):
        article = prepare({"title": "Річки", "text": text}, TAXONOMY, 10**7).article
        assert "russia" not in {t.tag for t in tag(article, TAXONOMY).tags}, text
