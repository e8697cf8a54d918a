"""Folding text for matching while keeping a map back to the stored characters.

The stored text keeps its original characters (typographic quotes, accents, case); matching
runs on a folded copy: casefolded, compatibility-decomposed, accents dropped, apostrophes and
dashes unified, every whitespace character a plain space. Folding is per character, so each
folded character knows which stored character it came from, and evidence offsets always
point into the stored text.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["Folded", "fold", "fold_phrase", "is_cjk"]

# Apostrophes and quote-like marks used for elision (l’Ukraine, d'Ukraine, qu`à).
_APOSTROPHES = "\u2019\u2018\u02bc\u02bb\u0060\u00b4\u2032\uff07"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"
_PUNCT = {**dict.fromkeys(_APOSTROPHES, "'"), **dict.fromkeys(_DASHES, "-")}
# Runs of spaces or tabs inside a line fold to one space (as in aliases); newlines are left
# alone, so paragraph breaks keep the fast path and no phrase spans two paragraphs anyway.
_WS_RUN = re.compile(r"[^\S\n]{2}")
_WS_RUN_ALL = re.compile(r"[^\S\n]{2,}")


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
    """A folded string and the way back to the stored offsets.

    ``segments`` is empty when every stored char folded to exactly one char (almost every
    article): offsets are then the identity. Otherwise it lists, in folded order,
    ``(folded_start, stored_start, linear)``: a linear segment maps folded char f to
    ``stored_start + f - folded_start``; a non-linear one is the expansion of one stored
    char (ß -> ss), all of whose folded chars map to ``stored_start``.
    """

    text: str
    segments: tuple[tuple[int, int, bool], ...] = ()
    length: int = 0  # of the stored text
    starts: tuple[int, ...] = ()

    def origin(self, f: int) -> int:
        """The stored offset of folded char ``f``."""
        if not self.segments:
            return f
        fstart, ostart, linear = self.segments[bisect_right(self.starts, f) - 1]
        return ostart + (f - fstart) if linear else ostart

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a folded [start, end) span back to stored-text offsets.

        Stored characters that folded to nothing (combining accents after a letter) belong
        to the letter before them, so the span runs on over them.
        """
        if not self.segments:
            return start, end
        first = self.origin(start)
        if end >= len(self.text):
            return first, self.length
        # A match never ends on a space, so stored chars between its last folded char's
        # origin and the next one's folded to nothing: they belong to the match. The next
        # folded char may also come from the same stored char (ß -> ss): stop there.
        return first, max(self.origin(end - 1) + 1, self.origin(end))


_MARKS_BMP = re.compile(
    "[" + "".join(re.escape(chr(c)) for c in range(0x300, 0x10000)
                  if not 0xD800 <= c <= 0xDFFF and unicodedata.combining(chr(c))) + "]"
)  # fmt: skip
_OTHER_SPACES = "".join(chr(c) for c in range(0x10000) if c != 0x20 and chr(c).isspace())
_PUNCT_OR_SPACE = re.compile("[" + re.escape(_APOSTROPHES + _DASHES + _OTHER_SPACES) + "]")


def _punct(m: re.Match[str]) -> str:
    return _PUNCT.get(m.group(), " ")


def _fold_whole(text: str) -> str:
    """The fold of a whole string in a few C-speed passes (valid where no odd char is)."""
    folded = text.casefold()
    decomposed = unicodedata.normalize("NFKD", folded)
    if decomposed != folded:
        folded = _MARKS_BMP.sub("", decomposed)
    return _PUNCT_OR_SPACE.sub(_punct, folded)


@lru_cache(maxsize=1)
def _odd_chars() -> re.Pattern[str]:
    """Chars that do not fold to exactly one char, or that the whole-string fold gets wrong.

    Computed once per process over the Basic Multilingual Plane (about 0.2 s); every char
    beyond it counts as odd. A text free of them folds one char per char, at C speed.
    """
    odd = [
        chr(c)
        for c in range(0x10000)
        if not 0xD800 <= c <= 0xDFFF
        and (len(f := _fold_char(chr(c))) != 1 or _fold_whole(chr(c)) != f)
    ]
    return re.compile("[" + "".join(re.escape(c) for c in odd) + "\U00010000-\U0010ffff]")


@lru_cache(maxsize=256)  # a batch of 50 articles folds ~3 texts each before it is signed
def fold(text: str) -> Folded:
    """Fold ``text`` for matching, keeping the offset map back to it.

    Cached: the tagger and the near-duplicate signature fold the same stored text.
    """
    if not _odd_chars().search(text) and not _WS_RUN.search(text):
        # Fast path (almost every article): one folded char per stored char.
        return Folded(_fold_whole(text), (), len(text))
    return _fold_with_map(text)


def _fold_with_map(text: str) -> Folded:
    """The slow path: odd chars one by one, runs of spaces cut to one, the rest whole."""
    # (start, end, replacement): an odd char's fold, or nothing for a run's extra spaces.
    edits = [(m.start(), m.end(), _fold_char(m.group())) for m in _odd_chars().finditer(text)]
    edits += [(m.start() + 1, m.end(), "") for m in _WS_RUN_ALL.finditer(text)]
    edits.sort()
    parts: list[str] = []
    segments: list[tuple[int, int, bool]] = []
    f = o = 0
    for start, end, out in edits:
        if start > o:
            segments.append((f, o, True))
            chunk = _fold_whole(text[o:start])
            parts.append(chunk)
            f += len(chunk)
        if out:
            segments.append((f, start, len(out) == 1))
            parts.append(out)
            f += len(out)
        o = end
    if o < len(text):
        segments.append((f, o, True))
        parts.append(_fold_whole(text[o:]))
    if not segments:
        segments.append((0, 0, True))
    return Folded("".join(parts), tuple(segments), len(text), tuple(s[0] for s in segments))


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
