"""One pass over a text for every alias and exclusion of every tag (Aho–Corasick).

Alias forms, written in the taxonomy as people write them:

- ``Russie``: matched case- and accent-insensitively, as a whole word;
- ``russ*``: a stem: starts at a word boundary and runs to the end of the word, so one
  entry covers inflections (российск* covers российский, российской, российскими, ...);
- ``*behozatal*``: an infix (a leading ``*``): matches inside a word too, for the parts of
  compounds (Hungarian "textilbehozatal", German "Agrarexporte");
- ``~trade``: weak (a leading ``~``, before any other mark): a word with other senses
  ("trade" in sport, "Zoll" as an inch, 出口 as an exit); the tag stage counts it only
  when other evidence corroborates it (see worker/pipeline/tag.py);
- any alias holding Han, Kana or Hangul matches anywhere: those scripts have no spaces.

Exclusions use the same forms; a tag's mention that lies inside one of that tag's exclusion
matches ("fine china", "trade union") does not count.

Each pattern also says what kind of rule it comes from (``alias`` of the taxonomy file,
``cldr`` country name, ``place`` of the gazetteer, ``institution`` of the curated list,
``country`` for any other country, which only corroborates) and from which record
(``origin``), so that evidence can say what decided a tag.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from typing import NamedTuple

import ahocorasick
from ahocorasick_rs import AhoCorasick, Implementation, MatchKind

from worker.taxonomy.fold import Folded, fold, fold_phrase, is_cjk

__all__ = ["Match", "Matcher", "Pattern"]

_MAX_STEM_TAIL = 24  # letters a stem may run on for; bounds the work on pathological input


@dataclass(frozen=True, slots=True)
class Pattern:
    """One alias or exclusion of one tag, as written in the taxonomy."""

    tag: str
    term: str
    exclude: bool = False
    rule: str = "alias"
    origin: str = ""

    @property
    def weak(self) -> bool:
        return self.term.startswith("~")

    @property
    def infix(self) -> bool:
        return self.term.lstrip("~").startswith("*")

    @property
    def stem(self) -> bool:
        return self.term.endswith("*")

    @property
    def display(self) -> str:
        """The alias without its weak and infix marks (a stem keeps its ``*``)."""
        return self.term.lstrip("~").lstrip("*")

    @property
    def key(self) -> str:
        return fold_phrase(self.display.rstrip("*"))

    @property
    def info(self) -> _Info:
        """What a hit needs of its pattern, as a plain tuple (hot path)."""
        return (self.tag, self.exclude, self.weak, self.display, self.rule, self.origin)


_Info = tuple[str, bool, bool, str, str, str]  # tag, exclude, weak, display, rule, origin


class Match(NamedTuple):
    """A mention of a tag in the stored text: [start, end), the alias that found it and its rule.

    A named tuple, not a dataclass: a text yields dozens, and creating them is hot.
    """

    tag: str
    term: str
    start: int
    end: int
    rule: str = "alias"
    origin: str = ""
    weak: bool = False


@lru_cache(maxsize=1 << 16)
def _is_word_char(ch: str) -> bool:
    """Whether a char of a folded text is part of a word (the fold makes every other a space)."""
    return ch != " " and ch != _NUL and not is_cjk(ch)


# The Han/Kana/Hangul automaton reads the runs of those scripts (and the spaces inside them),
# where its keys match anywhere.
_RUN_CHARS = (
    r"\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
)
_CJK_RUN = re.compile(f"[{_RUN_CHARS}][{_RUN_CHARS} ]*")


def _blank(m: re.Match[str]) -> str:
    return " " * (m.end() - m.start())


def _padded_words(s: str, runs: list[tuple[int, str]]) -> str:
    """The folded text as the word automaton reads it, between two spaces, with its runs of
    Han, Kana and Hangul (``runs``, as found in it) made word boundaries too.

    A run reads as a space at each end and NULs between (no key holds a NUL: a run is no
    word, and no key starts or ends inside it).
    """
    if not runs:
        return f" {s} "
    parts, o = [" "], 0
    for start, run in runs:
        n = len(run)
        parts += (s[o:start], " " if n == 1 else f" {_NUL * (n - 2)} ")
        o = start + n
    parts += (s[o:], " ")
    return "".join(parts)


def _words_only(s: str) -> str:
    """The folded text as the word automaton reads it: Han, Kana, Hangul are spaces too.

    The fold already made every other character that is not part of a word a space, so a
    word alias looked up with a space before it (and after it, unless it is a stem) is found
    only at word boundaries, by the automaton itself: "russ" is never reported in "prussia".
    Characters beyond the Basic Multilingual Plane stay as they are (rare).
    """
    return _CJK_RUN.sub(_blank, s) if _CJK_RUN.search(s) else s


_NUL = "\x00"  # never in a folded text's words nor in a key (the fold makes it a space)
_WHOLE, _STEM, _INFIX, _INFIX_STEM = 0, 1, 2, 3


_RULE_ORDER = {"alias": 0, "cldr": 1, "institution": 2, "place": 3, "country": 4}


def _one_per_tag(infos: list[_Info]) -> list[_Info]:
    """One entry per tag and kind (mention or exclusion) for the same key: the strongest.

    "Russie" is both a CLDR name and an alias; reporting it twice would only cost time.
    A strong alias wins over a weak one, the taxonomy's own alias over the data files.
    """
    best: dict[tuple[str, bool], tuple[tuple[bool, int, str, str], _Info]] = {}
    for info in infos:
        slot = (info[0], info[1])
        # Between two names of one rule ("Sýria" in Slovak, "Syria" in English), the first
        # in order of spelling, whatever order a set gave them in: the evidence of a text is
        # the same in every process, and `retag` reports no change that is none.
        rank = (info[2], _RULE_ORDER.get(info[4], 9), info[3], info[5])
        if slot not in best or rank < best[slot][0]:
            best[slot] = (rank, info)
    return [info for _, info in best.values()]


class Matcher:
    """Finds every tag's mentions in a text in two automaton passes.

    One automaton holds the aliases in Han, Kana or Hangul and reads the runs of those
    scripts (those match anywhere); the other holds every other alias, padded with spaces, and
    reads a copy of the folded text in which every non-word character is a space (same
    length, same offsets), so only mentions at word boundaries come back to Python.
    """

    def __init__(self, patterns: Iterable[Pattern]) -> None:
        words: dict[tuple[int, str], list[_Info]] = {}
        cjk: dict[str, list[_Info]] = {}
        for pattern in patterns:
            key = pattern.key
            if not key:
                continue
            if is_cjk(key):
                cjk.setdefault(key, []).append(pattern.info)
                continue
            kind = (_INFIX if pattern.infix else _WHOLE) + (1 if pattern.stem else 0)
            words.setdefault((kind, _words_only(key)), []).append(pattern.info)
        words = {k: _one_per_tag(v) for k, v in words.items()}
        cjk = {k: _one_per_tag(v) for k, v in cjk.items()}
        # Every other key, padded with the spaces that make it a whole word or a word's start
        # or end, in one automaton of the aho-corasick crate (a contiguous NFA: half the
        # memory of pyahocorasick's trie, and a dense root where pyahocorasick scanned the
        # hundreds of first letters after every space one by one).
        padded_keys: list[str] = []
        self._word_entries: list[tuple[int, int, bool, tuple[_Info, ...]]] = []
        for (kind, key), entries in words.items():
            padded_keys.append(
                {_WHOLE: f" {key} ", _STEM: f" {key}", _INFIX: f"{key} "}.get(kind, key)
            )
            # In the padded copy, the key ends at last - (1 if a space follows it) + 1, and
            # the copy's offset i is the folded text's i - 1: start = last - back.
            back = len(key) + (1 if kind in (_WHOLE, _INFIX) else 0)
            stem = kind in (_STEM, _INFIX_STEM)
            self._word_entries.append((back, len(key), stem, tuple(entries)))
        self._words = (
            AhoCorasick(
                padded_keys,
                matchkind=MatchKind.Standard,
                implementation=Implementation.ContiguousNFA,
            )
            if padded_keys
            else None
        )
        # The keys of Han, Kana and Hangul only, read over the runs of those scripts, in an
        # automaton of the same crate (it took 2.4x less time than pyahocorasick reading them
        # spelled in two bytes per char, which kept a node's children under 256).
        cjk_keys: list[str] = []
        self._cjk_entries: list[tuple[_Info, ...]] = []
        self._mixed = ahocorasick.Automaton()  # the few keys with other characters too
        for key, entries in cjk.items():
            if _CJK_RUN.fullmatch(key):
                cjk_keys.append(key)
                self._cjk_entries.append(tuple(entries))
            else:
                self._mixed.add_word(key, (len(key), tuple(entries)))
        self._cjk = (
            AhoCorasick(
                cjk_keys, matchkind=MatchKind.Standard, implementation=Implementation.ContiguousNFA
            )
            if cjk_keys
            else None
        )
        # A mixed key holding a Han, Kana or Hangul char can only be found where a run of
        # them is: texts without one skip that automaton's pass, and the others read only
        # the runs holding a key's first run (its "core", 台中 of 9台中) and the few chars
        # around them (the core lies in one run of the text, at most `_mixed_before` chars
        # into the key: a match starts that far before the run at most, and ends at most a
        # key's length after it).
        mixed = [key for key in cjk if not _CJK_RUN.fullmatch(key)]
        firsts = [_CJK_RUN.search(key) for key in mixed]
        self._mixed_needs_run = None not in firsts
        self._mixed_cores = tuple({m.group() for m in firsts if m is not None})
        self._mixed_before = max((m.start() for m in firsts if m is not None), default=0)
        self._mixed_longest = max(map(len, mixed), default=0)
        self._size = len(words) + len(cjk)
        if len(self._mixed):
            self._mixed.make_automaton()

    def __len__(self) -> int:
        """How many distinct folded aliases and exclusions the automata hold."""
        return self._size

    def find(self, text: str) -> list[Match]:
        """Every tag mention in ``text``, offsets into ``text`` itself, in text order."""
        if not self._size or not text:
            return []
        folded = fold(text)
        s = folded.text
        hits: list[tuple[int, int, _Info]] = []
        runs = [(m.start(), m.group()) for m in _CJK_RUN.finditer(s)] if folded.cjk else []
        if runs and self._cjk is not None:
            # The runs in one pass, joined by NULs (no key holds one, so no match spans two):
            # a call per run cost more than reading its chars. A match maps back through the
            # run it starts in.
            heads, at = [], 0
            for _, run in runs:
                heads.append(at)
                at += len(run) + 1
            cjk_entries = self._cjk_entries
            for index, start, end in self._cjk.find_matches_as_indexes(
                _NUL.join([r for _, r in runs]), overlapping=True
            ):
                k = bisect_right(heads, start) - 1
                shift = runs[k][0] - heads[k]
                hits.extend((start + shift, end + shift, p) for p in cjk_entries[index])
        if len(self._mixed) and (runs or not self._mixed_needs_run):
            for lo, hi in self._mixed_windows(runs, len(s)):
                for last, (length, entries) in self._mixed.iter(s, lo, hi):
                    hits.extend((last + 1 - length, last + 1, pattern) for pattern in entries)
        if self._words is not None:
            size = len(s)
            word = _is_word_char
            entries_of = self._word_entries
            padded = _padded_words(s, runs)
            for index, _, stop in self._words.find_matches_as_indexes(padded, overlapping=True):
                back, length, stem, entries = entries_of[index]
                start = stop - 1 - back
                end = start + length
                if stem:
                    limit = min(size, end + _MAX_STEM_TAIL)
                    while end < limit and word(s[end]):
                        end += 1
                for info in entries:
                    hits.append((start, end, info))
        return _resolve(hits, folded) if hits else []

    def _mixed_windows(self, runs: list[tuple[int, str]], size: int) -> list[tuple[int, int]]:
        """The stretches of a folded text of ``size`` chars the mixed keys can be found in:
        around its runs of Han, Kana and Hangul that hold a key's core (merged where they
        touch), or all of it."""
        if not self._mixed_needs_run:
            return [(0, size)]
        before, longest, cores = self._mixed_before, self._mixed_longest, self._mixed_cores
        windows: list[tuple[int, int]] = []
        for offset, run in runs:
            if not any(core in run for core in cores):
                continue
            lo, hi = max(0, offset - before), min(size, offset + len(run) + longest)
            if windows and lo <= windows[-1][1]:
                windows[-1] = (windows[-1][0], hi)
            else:
                windows.append((lo, hi))
        return windows


_START_TAG = itemgetter(2, 0)  # a Match's (start, tag), in C


def _resolve(hits: list[tuple[int, int, _Info]], folded: Folded) -> list[Match]:
    """Drop mentions inside their tag's exclusions and shorter overlaps of the same tag."""
    excluded: dict[str, list[tuple[int, int]]] = {}
    candidates = []
    for start, end, info in hits:
        if info[1]:
            excluded.setdefault(info[0], []).append((start, end))
        else:
            # Sorted by start, longest first, and a strong alias before a weak one of the
            # same span ("exports" before "~export*").
            candidates.append((start, start - end, info[2], end, info))
    candidates.sort()
    reached: dict[str, int] = {}  # per tag, the end of its last kept mention
    matches: list[Match] = []
    # Stored offsets: the same without segments; else kept mentions come in folded order, so
    # the segment of each one's start is found walking on from the last one's, and a mention
    # inside one linear segment (nearly all) maps by its offset, the rest by Folded.span.
    segments, starts = folded.segments, folded.starts
    count, size, i = len(starts), len(folded.text), 0
    new = tuple.__new__  # the named tuple's own __new__ is a Python call
    for start, _, weak, end, (tag, _, _, term, rule, origin) in candidates:
        spans = excluded.get(tag)
        if spans and any(s <= start and end <= e for s, e in spans):
            continue
        if start < reached.get(tag, 0):
            continue  # overlaps a longer or earlier mention of the same tag
        reached[tag] = end
        if segments:
            while i + 1 < count and starts[i + 1] <= start:
                i += 1
            fstart, ostart, linear = segments[i]
            if linear and end < size and (i + 1 == count or starts[i + 1] > end):
                first, last = ostart + start - fstart, ostart + end - fstart
            else:
                first, last = folded.span(start, end)
        else:
            first, last = start, end
        matches.append(new(Match, (tag, term, first, last, rule, origin, weak)))
    matches.sort(key=_START_TAG)
    return matches
