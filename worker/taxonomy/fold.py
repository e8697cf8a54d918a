"""Folding text for matching while keeping a map back to the stored characters.

The stored text keeps its original characters (typographic quotes, accents, case); matching
runs on a folded copy: casefolded, compatibility-decomposed, accents dropped, apostrophes and
dashes unified, every whitespace character a plain space. Folding is per character, so each
folded character knows which stored character it came from, and evidence offsets always
point into the stored text.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["Folded", "fold", "fold_phrase", "is_cjk"]

# Apostrophes and quote-like marks used for elision (l’Ukraine, d'Ukraine, qu`à).
_APOSTROPHES = "\u2019\u2018\u02bc\u02bb\u0060\u00b4\u2032\uff07"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"
_PUNCT = {**dict.fromkeys(_APOSTROPHES, "'"), **dict.fromkeys(_DASHES, "-")}


@lru_cache(maxsize=1 << 16)
def _fold_char(ch: str) -> str:
    if ch in _PUNCT:
        return _PUNCT[ch]
    if ch.isspace():
        return " "
    if is_cjk(ch):
        # Decomposing would split Hangul into jamo and strip kana voicing marks (プ -> フ).
        return ch
    decomposed = unicodedata.normalize("NFKD", ch.casefold())
    out = "".join(c for c in decomposed if not unicodedata.combining(c))
    return "".join(_PUNCT.get(c, c) for c in out)


@dataclass(frozen=True, slots=True)
class Folded:
    """A folded string and, when folding changed lengths, the stored offset of each char."""

    text: str
    index: tuple[int, ...] | None  # None: offsets are the identity
    length: int = 0  # of the stored text

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a folded [start, end) span back to stored-text offsets.

        Stored characters that folded to nothing (combining accents after a letter) belong
        to the letter before them, so the span runs on over them.
        """
        if self.index is None:
            return start, end
        first = self.index[start]
        # A match never ends on a space, so whatever stands between its last folded char's
        # origin and the next one's is a mark that folded to nothing: it belongs to the match.
        last = self.index[end] if end < len(self.index) else self.length
        return first, last


def fold(text: str) -> Folded:
    """Fold ``text`` for matching, keeping the offset map back to it."""
    table = {ch: _fold_char(ch) for ch in set(text)}
    if all(len(v) == 1 for v in table.values()):
        # Fast path (almost every article): one folded char per stored char.
        folded = text.translate({ord(k): v for k, v in table.items()})
        if "  " not in folded:
            return Folded(folded, None, len(text))
    parts: list[str] = []
    index: list[int] = []
    previous = ""
    for i, ch in enumerate(text):
        out = table[ch]
        if out == " " and previous == " ":
            continue  # runs of white space fold to one space, as aliases do
        if out:
            previous = out[-1]
        parts.append(out)
        index.extend([i] * len(out))
    return Folded("".join(parts), tuple(index), len(text))


def fold_phrase(phrase: str) -> str:
    """Fold an alias or exclusion the same way as text, collapsing runs of spaces."""
    return " ".join(fold(phrase).text.split())


def is_cjk(text: str) -> bool:
    """True when ``text`` holds Han, Kana or Hangul: scripts written without word spaces."""
    for ch in text:
        cp = ord(ch)
        if (
            0x1100 <= cp <= 0x11FF  # Hangul Jamo
            or 0x3040 <= cp <= 0x30FF  # Hiragana, Katakana
            or 0x3130 <= cp <= 0x318F  # Hangul compatibility Jamo
            or 0x3400 <= cp <= 0x4DBF  # CJK Extension A
            or 0x4E00 <= cp <= 0x9FFF  # CJK Unified Ideographs
            or 0xAC00 <= cp <= 0xD7AF  # Hangul syllables
            or 0xF900 <= cp <= 0xFAFF  # CJK Compatibility Ideographs
            or 0x20000 <= cp <= 0x2FA1F  # Extensions B and beyond
        ):
            return True
    return False
