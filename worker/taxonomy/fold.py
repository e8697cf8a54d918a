"""Folding text for matching while keeping a map back to the stored characters.

The stored text keeps its original characters (typographic quotes, accents, case); matching
runs on a folded copy: casefolded, compatibility-decomposed, accents dropped, and every
character that is not part of a word (whitespace, punctuation, apostrophes, dashes,
symbols) a plain space; Han, Kana and Hangul stay as they are. Folding is per character,
so each folded character knows which stored character it came from, and evidence offsets
always point into the stored text. (Words are what the matcher and MinHash read, and a
folded text made only of words and spaces lets the matcher find word boundaries without
looking at characters one by one.)

The fold runs as array operations over a per-character table (numpy), so its cost hardly
depends on the script: only the few chars that do not fold to exactly one char (ß, a
combining accent, a ligature) and runs of spaces are handled one by one.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from worker.types import builder

if TYPE_CHECKING:  # numpy itself is imported on the first fold: importing it costs 0.1-0.2 s
    import numpy as np
    from numpy.typing import NDArray

__all__ = ["Folded", "fold", "fold_phrase", "in_word", "is_cjk", "load_tables"]

# Runs of spaces or tabs inside a line fold to one space (as in aliases); newlines are left
# alone, so paragraph breaks keep the fast path and no phrase spans two paragraphs anyway.
# (Spelled out rather than [^\S\n]: an explicit class scans several times faster; and a
# pattern that opens with the class, not with a repeat of it, is searched for it char by char
# before anything else is tried: half the cost again.)
_INLINE_SPACE = "".join(chr(c) for c in range(0x10000) if chr(c).isspace() and c != 0x0A)
_WS_RUN_ALL = re.compile(f"[{re.escape(_INLINE_SPACE)}][{re.escape(_INLINE_SPACE)}]+")
_OTHER_SPACE = re.compile(f"[{re.escape(_INLINE_SPACE.replace(' ', ''))}]")


@lru_cache(maxsize=1 << 16)
def _fold_char(ch: str) -> str:
    if ch.isspace():
        return " "
    if is_cjk(ch):
        # Decomposing would split Hangul into jamo and strip kana voicing marks (プ -> フ).
        return ch
    decomposed = unicodedata.normalize("NFKD", ch.casefold())
    out = "".join(c for c in decomposed if not unicodedata.combining(c))
    return "".join(c if c.isalnum() or is_cjk(c) or _a_letters_sign(c) else " " for c in out)


def _a_letters_sign(c: str) -> bool:
    """A vowel sign or other mark that is part of the letters of its script (Devanagari
    ी, Bengali ী, Thai ี): a mark with no combining class, unlike the accents dropped above.
    Folding it to a space made "चीन" (China) the two words "च न", the fold of चैन (peace) and
    चेन (chain) too, and मास्क (a mask) the fold of मास्को (Moscow). Not the invisible
    variation selectors and grapheme joiner."""
    return unicodedata.category(c) in ("Mn", "Mc") and not (
        "\ufe00" <= c <= "\ufe0f" or c == "\u034f" or c >= "\U000e0100"
    )


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
    #: False when the folded text holds no Han, Kana or Hangul (the matcher skips their pass).
    cjk: bool = True

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
        segments = self.segments
        if not segments:
            return start, end
        starts = self.starts
        i = bisect_right(starts, start) - 1
        fstart, ostart, linear = segments[i]
        first = ostart + (start - fstart) if linear else ostart
        if end >= len(self.text):
            return first, self.length
        if linear and (i + 1 == len(starts) or starts[i + 1] > end):
            # Inside one linear segment, not touching the next (most matches): no stored
            # char can lie between its last char and the next one.
            return first, ostart + (end - fstart)
        # A match never ends on a space, so stored chars between its last folded char's
        # origin and the next one's folded to nothing: they belong to the match. The next
        # folded char may also come from the same stored char (ß -> ss): stop there.
        fstart, ostart, linear = segments[bisect_right(starts, end - 1) - 1]
        last = (ostart + (end - 1 - fstart) if linear else ostart) + 1
        fstart, ostart, linear = segments[bisect_right(starts, end) - 1]
        return first, max(last, ostart + (end - fstart) if linear else ostart)


# Folded, built once per text, is built as worker.types.builder builds it (the same object:
# tests/unit/taxonomy/test_shortcuts.py): its frozen __init__ cost more than folding a title.
_folded = builder(Folded)


# What becomes a space in ASCII text: every byte that is not a letter or a digit.
_ASCII_TO_SPACE = bytes(c if chr(c).isalnum() or c >= 0x80 else 0x20 for c in range(256))


def _fold_ascii(text: str) -> str:
    """The fold of an ASCII string: lower case, every other char than a letter or digit a space."""
    return text.lower().encode("ascii").translate(_ASCII_TO_SPACE).decode("ascii")


# What folds to itself (is_cjk): Han, Kana, Hangul.
_KEPT = (
    "\u1100-\u11ff"  # Hangul Jamo
    "\u3040-\u30ff"  # Hiragana, Katakana
    "\u3130-\u318f"  # Hangul compatibility Jamo
    "\u3400-\u4dbf"  # CJK Extension A
    "\u4e00-\u9fff"  # CJK Unified Ideographs
    "\uac00-\ud7af"  # Hangul syllables
    "\uf900-\ufaff"  # CJK Compatibility Ideographs
    "\U00020000-\U0002fa1f"  # Extensions B and beyond
)
# (one char is enough: a pattern that opens with the class is searched for it char by char,
# three times faster than one that opens with a run of it)
_KEPT_CHAR = re.compile(f"[{_KEPT}]")

_ASCII_OTHER_SPACE = [c for c in _INLINE_SPACE if c.isascii() and c != " "]
_BMP = 0x10000
_ODD = 0x110000  # in the fold table: the char does not fold to exactly one char
# The same in the two-byte table: U+FFFF is no char's fold (a noncharacter folds to a space).
_ODD16 = 0xFFFF
# U+FFFE (another) marks there the inline spaces other than " " (no-break, ideographic...),
# each of which folds to a space: a text holding none may still hold a run of them ("  ").
_SPACE16 = 0xFFFE
_OTHER_INLINE = tuple(c for c in _INLINE_SPACE if c != " ")


@lru_cache(maxsize=1)
def _tables() -> tuple[NDArray[np.uint32], NDArray[np.bool_], NDArray[np.bool_]]:
    """Per code point of the Basic Multilingual Plane, and one last slot for every char
    beyond it: its fold when that is one char (``_ODD`` when it is not: ß, a combining
    accent, a ligature, any char beyond the plane), whether it is inline whitespace (runs of
    it are cut to one), and whether it is Han, Kana or Hangul (is_cjk).

    Computed once per process (about 0.1 s, 0.4 MB): with them a text folds in a few
    array operations, whatever its script, and only its odd chars are folded one by one.
    """
    import numpy as np

    folds = np.full(_BMP + 1, _ODD, dtype=np.uint32)
    for c in range(_BMP):
        if 0xD800 <= c <= 0xDFFF:
            continue  # lone surrogates: folded one by one (to a space)
        # Uncached: the sweep would fill _fold_char's cache with 64K entries (~10 MiB per
        # process) that texts almost never ask for again.
        f = _fold_char.__wrapped__(chr(c))
        if len(f) == 1 and ord(f) < _BMP:
            folds[c] = ord(f)
    inline = np.zeros(_BMP + 1, dtype=np.bool_)
    inline[[ord(c) for c in _INLINE_SPACE]] = True
    kept = np.zeros(_BMP + 1, dtype=np.bool_)
    for m in re.finditer(r"(.)-(.)", _KEPT):
        lo, hi = ord(m.group(1)), ord(m.group(2))
        if hi < _BMP:
            kept[lo : hi + 1] = True
    for table in (folds, inline, kept):
        table.setflags(write=False)
    return folds, inline, kept


def load_tables() -> None:
    """Build the fold's tables now rather than on the first long text: a worker does it
    before its pool forks, so every pool process shares them instead of building its own."""
    _tables()
    _tables16()


@lru_cache(maxsize=256)  # a batch of 50 articles folds ~3 texts each before it is signed
def fold(text: str) -> Folded:
    """Fold ``text`` for matching, keeping the offset map back to it.

    Cached: the tagger and the near-duplicate signature fold the same stored text.
    """
    if (
        text.isascii()  # no ASCII char is odd; its few other spaces are found by `in`
        and "  " not in text
        and (not any(c in text for c in _ASCII_OTHER_SPACE) or _WS_RUN_ALL.search(text) is None)
    ):
        return _folded(_fold_ascii(text), (), len(text), (), False)
    if len(text) < _SHORT:  # a short title: a translate costs less than the array operations
        one = text.translate(_FOLD_ONE)
        # every inline space folds to a space: without two spaces in a row, the fold has no run
        if _NUL not in one and ("  " not in one or _WS_RUN_ALL.search(text) is None):
            return _folded(one, (), len(text), (), is_cjk(one))
    import numpy as np  # in sys.modules after the first fold (see _tables)

    inline = _tables()[1]
    # Two bytes per char (UTF-16) when every char lies in the Basic Multilingual Plane (the
    # same length as the text): half the bytes to encode, decode and look up, in a table
    # half the size, than four per char; a text with a char beyond the plane takes the
    # four-byte path.
    units = np.frombuffer(_UTF16_ENCODE(text, "surrogatepass")[0], dtype=np.uint16)
    if len(units) != len(text):
        return _fold_wide(text)
    # ("wrap": no code unit lies outside the table, and wrapping costs a sixth less than
    # the default's check of every index)
    mapped = _tables16().take(units, mode="wrap")
    # _ODD16, then _SPACE16, are the table's largest values: one reduction finds either
    top = int(mapped[mapped.argmax()])  # (argmax: max runs a ufunc reduction, twice the cost)
    any_odd = top == _ODD16
    spaced = False  # whether the text holds another inline space than " "
    if top >= _SPACE16:
        others = mapped == _SPACE16
        spaced = bool(others.any())
        mapped[others] = 0x20
    extra = None
    # A run of inline spaces holds two plain spaces, which `in` finds at C speed, or another
    # inline space, which the table marked: only then are the chars looked up.
    if spaced or "  " in text:
        spaces = inline.take(units, mode="wrap")
        extra = spaces[1:] & spaces[:-1]  # char i + 1 is a run's extra space
        if not extra.any():
            extra = None
    if not any_odd and extra is None:
        # Fast path (almost every article): one folded char per stored char.
        cjk = top >= 0x1100 and _any_kept(mapped)
        return _folded(_utf16_decoded(mapped), (), len(text), (), cjk)
    odd = mapped == _ODD16 if any_odd else None
    if odd is not None:
        mapped[odd] = 0x20  # a placeholder: odd chars are folded one by one below
    return _edited(text, _utf16_decoded(mapped), mapped, odd, extra)


# The UTF-16 codec's own functions: str.encode and bytes.decode look the codec up by its name
# first, which cost as much as the coding of a title.
_UTF16_ENCODE, _UTF16_DECODE = codecs.utf_16_le_encode, codecs.utf_16_le_decode


def _utf16_decoded(units: NDArray[np.uint16]) -> str:
    """The text of two-byte code units (all of it: ``final``)."""
    return _UTF16_DECODE(units.tobytes(), "strict", True)[0]


def _fold_wide(text: str) -> Folded:
    """The fold of a text holding chars beyond the Basic Multilingual Plane (four bytes each)."""
    import numpy as np

    folds, inline, _ = _tables()
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    # take, not indexing with an array: a third of the cost; "clip" reads every char beyond
    # the plane (code points from _BMP) in the tables' last slot
    mapped = folds.take(codes, mode="clip")
    odd = mapped == _ODD
    spaces = inline.take(codes, mode="clip")
    extra = spaces[1:] & spaces[:-1]  # char i + 1 is a run's extra space
    any_odd, any_run = bool(odd.any()), bool(extra.any())
    if not any_odd and not any_run:
        return _folded(mapped.tobytes().decode("utf-32-le"), (), len(text), (), _any_kept(mapped))
    mapped[odd] = 0x20  # a placeholder: odd chars are folded one by one below
    chars = mapped.tobytes().decode("utf-32-le")
    return _edited(text, chars, mapped, odd if any_odd else None, extra if any_run else None)


def _edited(
    text: str,
    chars: str,
    mapped: NDArray[np.unsignedinteger],
    odd: NDArray[np.bool_] | None,
    extra: NDArray[np.bool_] | None,
) -> Folded:
    """The fold of ``text`` from its per-char fold ``chars`` (``mapped``, as code points),
    with each ``odd`` char folded one by one and each run's ``extra`` inline spaces cut."""
    import numpy as np

    # (start, end, replacement): an odd char's fold, or nothing for a run's extra spaces.
    edits = (
        []
        if odd is None
        else [(i, i + 1, _fold_char(text[i])) for i in np.flatnonzero(odd).tolist()]
    )
    if extra is not None:  # each run's extra spaces (few: a text has a handful of runs)
        cut = (np.flatnonzero(extra) + 1).tolist()
        first = last = cut[0]
        for i in cut[1:]:
            if i != last + 1:
                edits.append((first, last + 1, ""))
                first = i
            last = i
        edits.append((first, last + 1, ""))
        edits.sort()
    parts: list[str] = []
    segments: list[tuple[int, int, bool]] = []
    f = o = 0
    for start, end, out in edits:
        if start > o:
            segments.append((f, o, True))
            parts.append(chars[o:start])
            f += start - o
        if out:
            segments.append((f, start, len(out) == 1))
            parts.append(out)
            f += len(out)
        o = end
    if o < len(text) or not segments:
        segments.append((f, o, True))
        parts.append(chars[o:])
    cjk = _any_kept(mapped) or any(is_cjk(out) for _, _, out in edits if out)
    starts = tuple(s[0] for s in segments)
    return _folded("".join(parts), tuple(segments), len(text), starts, cjk)


@lru_cache(maxsize=1)
def _tables16() -> NDArray[np.uint16]:
    """The fold table of _tables as two-byte code units, for texts within the plane: a char's
    fold, or _ODD16 (its largest value) when the char does not fold to exactly one char, or
    _SPACE16 for an inline space other than " " (its fold is a space)."""
    import numpy as np

    folds = _tables()[0][:_BMP]
    table = np.where(folds == _ODD, _ODD16, folds).astype(np.uint16)
    table[[ord(c) for c in _OTHER_INLINE]] = _SPACE16
    table.setflags(write=False)
    return table


def _any_kept(folded: NDArray[np.unsignedinteger]) -> bool:
    """Whether folded chars (a BMP code point each, one at least) hold Han, Kana or Hangul."""
    # Latin, Greek and Cyrillic letters all lie below the first of them: the maximum (found by
    # argmax, cheaper than max's ufunc reduction) settles most texts without a look-up.
    return bool(folded[folded.argmax()] >= 0x1100 and _tables()[2].take(folded, mode="wrap").any())


class _FoldOne(dict[int, str]):
    """``str.translate`` table: each char to its fold when that is one char, else NUL (which
    no fold yields: it folds to a space itself). Filled as texts ask for chars."""

    def __missing__(self, cp: int) -> str:
        folded = _fold_char.__wrapped__(chr(cp))
        self[cp] = one = folded if len(folded) == 1 else _NUL
        return one


_NUL = "\x00"
_SHORT = 32  # chars: a translate costs 700-900 instructions a char, the array path 25k a text
_FOLD_ONE = _FoldOne()


class _FoldMap(dict[int, str]):
    """``str.translate`` table: each char to its fold (filled as phrases ask for chars)."""

    def __missing__(self, cp: int) -> str:
        self[cp] = folded = _fold_char.__wrapped__(chr(cp))
        return folded


_FOLD_MAP = _FoldMap()


def fold_phrase(phrase: str) -> str:
    """Fold an alias or exclusion the same way as text, collapsing runs of spaces.

    Runs of whitespace are cut before folding, as the fold of a text cuts them: "Mr. Xi"
    folds to "mr  xi" in both, the full stop making the second space.
    """
    spaced = " ".join(phrase.split())
    # Not through fold() and its cache: loading a taxonomy folds 40,000 phrases, which would
    # only push the articles' folds out of it; a phrase has no runs of spaces left to cut.
    if spaced.isascii():
        return _fold_ascii(spaced).strip()
    return spaced.translate(_FOLD_MAP).strip()


def in_word(ch: str) -> bool:
    """Whether the fold keeps ``ch`` inside a word: it folds to something other than a space
    (a letter, a digit, "tm" for a trademark sign, or nothing, as a combining accent does)."""
    return _fold_char(ch) != " "


def is_cjk(text: str) -> bool:
    """True when ``text`` holds Han, Kana or Hangul: scripts written without word spaces."""
    return _KEPT_CHAR.search(text) is not None
