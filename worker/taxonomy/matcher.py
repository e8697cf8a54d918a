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

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

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


@dataclass(frozen=True, slots=True)
class Match:
    """A mention of a tag in the stored text: [start, end), the alias that found it and its rule."""

    tag: str
    term: str
    start: int
    end: int
    rule: str = "alias"
    origin: str = ""
    weak: bool = False


@lru_cache(maxsize=1 << 16)
def _is_word_char(ch: str) -> bool:
    return ch.isalnum() and not is_cjk(ch)


class Matcher:
    """Finds every tag's mentions in a text in one automaton pass."""

    def __init__(self, patterns: Iterable[Pattern]) -> None:
        grouped: dict[str, list[tuple[Pattern, bool, bool]]] = {}
        for pattern in patterns:
            key = pattern.key
            if key:
                grouped.setdefault(key, []).append((pattern, pattern.stem, is_cjk(key)))
        self._automaton = ahocorasick.Automaton()
        for key, entries in grouped.items():
            self._automaton.add_word(key, (len(key), tuple(entries)))
        self._empty = not grouped
        if not self._empty:
            self._automaton.make_automaton()

    def __len__(self) -> int:
        """How many distinct folded aliases and exclusions the automaton holds."""
        return len(self._automaton)

    def find(self, text: str) -> list[Match]:
        """Every tag mention in ``text``, offsets into ``text`` itself, in text order."""
        if self._empty or not text:
            return []
        folded = fold(text)
        s = folded.text
        size = len(s)
        word = _is_word_char
        hits: list[tuple[int, int, Pattern]] = []
        for last, (length, entries) in self._automaton.iter(s):
            start = last + 1 - length
            end = last + 1
            before_ok = start == 0 or not word(s[start - 1])
            for pattern, stem, cjk in entries:
                if cjk:
                    hits.append((start, end, pattern))
                elif not before_ok and not pattern.infix:
                    continue
                elif stem:
                    tail, limit = end, min(size, end + _MAX_STEM_TAIL)
                    while tail < limit and word(s[tail]):
                        tail += 1
                    hits.append((start, tail, pattern))
                elif end == size or not word(s[end]):
                    hits.append((start, end, pattern))
        return _resolve(hits, folded) if hits else []


def _resolve(hits: list[tuple[int, int, Pattern]], folded: Folded) -> list[Match]:
    """Drop mentions inside their tag's exclusions and shorter overlaps of the same tag."""
    excluded: dict[str, list[tuple[int, int]]] = {}
    for start, end, pattern in hits:
        if pattern.exclude:
            excluded.setdefault(pattern.tag, []).append((start, end))
    # Longest first, and a strong alias before a weak one of the same span ("exports").
    candidates = sorted(
        (h for h in hits if not h[2].exclude), key=lambda h: (h[0], h[0] - h[1], h[2].weak)
    )
    reached: dict[str, int] = {}  # per tag, the end of its last kept mention
    matches: list[Match] = []
    for start, end, pattern in candidates:
        spans = excluded.get(pattern.tag, ())
        if any(s <= start and end <= e for s, e in spans):
            continue
        if start < reached.get(pattern.tag, 0):
            continue  # overlaps a longer or earlier mention of the same tag
        reached[pattern.tag] = end
        first, last = folded.span(start, end)
        matches.append(
            Match(
                pattern.tag,
                pattern.display,
                first,
                last,
                pattern.rule,
                pattern.origin,
                pattern.weak,
            )
        )
    matches.sort(key=lambda m: (m.start, m.tag))
    return matches
