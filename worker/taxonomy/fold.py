"""Folding text for matching while keeping a map back to the stored characters.

The stored text keeps its original characters (typographic quotes, accents, case); matching
runs on a folded copy: casefolded, compatibility-decomposed, accents dropped, and every
character that is not part of a word (whitespace, punctuation, apostrophes, dashes,
symbols) a plain space; Han, Kana and Hangul stay as they are. Folding is per character,
so each folded character knows which stored character it came from, and evidence offsets
always point into the stored text. (Words are what the matcher and MinHash read, and a
folded text made only of words and spaces lets the matcher find word boundaries without
looking at characters one by one.)
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["Folded", "fold", "fold_phrase", "is_cjk"]

# Runs of spaces or tabs inside a line fold to one space (as in aliases); newlines are left
# alone, so paragraph breaks keep the fast path and no phrase spans two paragraphs anyway.
# (Spelled out rather than [^\S\n]: an explicit class scans several times faster.)
_INLINE_SPACE = "".join(chr(c) for c in range(0x10000) if chr(c).isspace() and c != 0x0A)
_WS_RUN_ALL = re.compile(f"[{re.escape(_INLINE_SPACE)}]{{2,}}")
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
    return "".join(c if c.isalnum() or is_cjk(c) else " " for c in out)


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


_MARKS_BMP = re.compile(
    "[" + "".join(re.escape(chr(c)) for c in range(0x300, 0x10000)
                  if not 0xD800 <= c <= 0xDFFF and unicodedata.combining(chr(c))) + "]"
)  # fmt: skip
# What becomes a space: ASCII bytes that are not letters or digits (through bytes.translate
# on the UTF-8, which never touches a multi-byte sequence), then the rare other characters
# that are not part of a word. About three times faster than one regex substitution.
_ASCII_TO_SPACE = bytes(c if chr(c).isalnum() or c >= 0x80 else 0x20 for c in range(256))
_NON_ASCII_NOT_WORD = re.compile(r"[^\x00-\x7f\w]")


# What folds to itself (is_cjk), and those of its chars that a compatibility decomposition
# changes: Hangul syllables (into jamo), voiced kana (their marks would be dropped),
# compatibility ideographs (into others). A text holding any is decomposed between the runs.
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
_KEPT_RUN = re.compile(f"([{_KEPT}]+)")


def _ranges(chars: list[int]) -> str:
    """A regex class body for sorted code points, consecutive ones as ranges."""
    out, i = [], 0
    while i < len(chars):
        j = i
        while j + 1 < len(chars) and chars[j + 1] == chars[j] + 1:
            j += 1
        out.append(re.escape(chr(chars[i])) + (f"-{re.escape(chr(chars[j]))}" if j > i else ""))
        i = j + 1
    return "".join(out)


_KEPT_DECOMPOSED = re.compile(
    "["
    + _ranges([
        c for lo, hi in ((0x1100, 0x11FF), (0x3040, 0x30FF), (0x3130, 0x318F),
                         (0xAC00, 0xD7AF), (0xF900, 0xFAFF), (0x2F800, 0x2FA1F))
        for c in range(lo, hi + 1) if unicodedata.normalize("NFKD", chr(c)) != chr(c)
    ])
    + "]"
)  # fmt: skip


def _fold_whole(text: str) -> str:
    """The fold of a whole string in a few C-speed passes (valid where no odd char is)."""
    folded = text.casefold()
    decomposed = unicodedata.normalize("NFKD", folded)
    if decomposed != folded:
        if _KEPT_DECOMPOSED.search(folded) is None:
            folded = _MARKS_BMP.sub("", decomposed)
        else:  # decompose between the runs of Han, Kana and Hangul, which stay as they are
            parts = _KEPT_RUN.split(folded)
            parts[::2] = [_MARKS_BMP.sub("", unicodedata.normalize("NFKD", p)) for p in parts[::2]]
            folded = "".join(parts)
    spaced = folded.encode("utf-8", "surrogatepass").translate(_ASCII_TO_SPACE)
    folded = spaced.decode("utf-8", "surrogatepass")
    return folded if folded.isascii() else _NON_ASCII_NOT_WORD.sub(" ", folded)


@lru_cache(maxsize=1)
def _odd() -> tuple[re.Pattern[str], frozenset[str]]:
    """The chars that send a text down the slow path, and those the whole fold gets wrong.

    Odd chars do not fold to exactly one char, or the whole-string fold gets them wrong.
    Computed once per process over the Basic Multilingual Plane (about 0.3 s); every char
    beyond it counts as odd, and as wrong. A text free of them (and of runs of spaces)
    folds one char per char, at C speed.
    """
    odd, wrong = [], []
    for c in range(0x10000):
        if 0xD800 <= c <= 0xDFFF:
            continue
        # Uncached: the sweep would fill _fold_char's cache with 64K entries (~10 MiB per
        # process) that texts almost never ask for again.
        f, whole = _fold_char.__wrapped__(chr(c)), _fold_whole(chr(c))
        if len(f) != 1 or whole != f:
            odd.append(chr(c))
        if whole != f:
            wrong.append(chr(c))
    chars = "".join(re.escape(c) for c in odd)
    return re.compile(f"[{chars}\U00010000-\U0010ffff]"), frozenset(wrong)


_ASCII_OTHER_SPACE = [c for c in _INLINE_SPACE if c.isascii() and c != " "]


@lru_cache(maxsize=1)
def _odd_or_other_space() -> re.Pattern[str]:
    """One class of the odd chars and the inline whitespace other than the plain space."""
    odd = _odd()[0].pattern  # "[...]"
    return re.compile(odd[:-1] + re.escape(_INLINE_SPACE.replace(" ", "")) + "]")


_INLINE_SET = frozenset(_INLINE_SPACE)


def _other_space_in_a_run(text: str) -> bool:
    """Whether a tab, no-break space... stands beside other inline whitespace.

    Texts hold them alone far more often (French puts a no-break space before "?" and
    inside guillemets); looking at the neighbours of those few is cheaper than scanning
    the text for runs of the whole class, which stops at every space.
    """
    inline = _INLINE_SET
    for m in _OTHER_SPACE.finditer(text):
        i = m.start()
        if (i and text[i - 1] in inline) or text[i + 1 : i + 2] in inline:
            return True
    return False


def _space_runs(text: str, other_spaces: bool = True) -> list[tuple[int, int, str]]:
    """The runs of spaces to cut, as edits: (first extra space, end of run, nothing).

    Plain double spaces are found by a literal search; the other inline whitespace (tab,
    no-break space...) only when the text may hold any (``other_spaces``) and does, since
    a class scan costs more.
    """
    if other_spaces and _other_space_in_a_run(text):
        return [(m.start() + 1, m.end(), "") for m in _WS_RUN_ALL.finditer(text)]
    # Runs of plain spaces by literal search (a regex stops at every single space).
    runs = []
    find = text.find
    i = find("  ")
    while i != -1:
        j = i + 2
        while text[j : j + 1] == " ":
            j += 1
        runs.append((i + 1, j, ""))
        i = find("  ", j)
    return runs


@lru_cache(maxsize=256)  # a batch of 50 articles folds ~3 texts each before it is signed
def fold(text: str) -> Folded:
    """Fold ``text`` for matching, keeping the offset map back to it.

    Cached: the tagger and the near-duplicate signature fold the same stored text.
    """
    if text.isascii():  # no ASCII char is odd; its few other spaces are found by `in`
        first = None
        runs = _space_runs(text, any(c in text for c in _ASCII_OTHER_SPACE))
    elif _odd_or_other_space().search(text) is None:  # one scan where most texts need two
        first = None
        runs = _space_runs(text, other_spaces=False)
    else:
        first = _odd()[0].search(text)
        runs = _space_runs(text)
    if first is None and not runs:
        # Fast path (almost every article): one folded char per stored char.
        return Folded(_fold_whole(text), (), len(text))
    return _fold_with_map(text, first.start() if first else len(text), runs)


def _fold_with_map(
    text: str, first: int = 0, runs: list[tuple[int, int, str]] | None = None
) -> Folded:
    """The slow path: odd chars one by one, runs of spaces cut to one, the rest whole."""
    pattern, wrong = _odd()
    runs = _space_runs(text) if runs is None else runs
    # (start, end, replacement): an odd char's fold, or nothing for a run's extra spaces.
    edits: list[tuple[int, int, str]] = []
    consistent = True
    for m in pattern.finditer(text, first):
        ch = m.group()
        edits.append((m.start(), m.end(), _fold_char(ch)))
        consistent = consistent and ch not in wrong and ord(ch) < 0x10000
    edits += runs
    edits.sort()
    if consistent:
        # Every odd char here (ß, combining accents...) folds in the whole string as it does
        # alone: fold the text in one pass and work the offset map out arithmetically.
        kept, o = [], 0
        for start, end, _ in runs:  # cut each run of spaces to its first char
            kept.append(text[o:start])
            o = end
        kept.append(text[o:])
        whole = _fold_whole("".join(kept))
        segments = _segments(edits, len(text))
        if segments[-1][0] + _segment_length(segments[-1], edits, len(text)) == len(whole):
            return Folded(whole, tuple(segments), len(text), tuple(x[0] for x in segments))
    parts: list[str] = []
    segments = []
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


def _segments(edits: list[tuple[int, int, str]], length: int) -> list[tuple[int, int, bool]]:
    """The offset map of the slow path's edits, when every unedited char folds to one."""
    segments: list[tuple[int, int, bool]] = []
    f = o = 0
    for start, end, out in edits:
        if start > o:
            segments.append((f, o, True))
            f += start - o
        if out:
            segments.append((f, start, len(out) == 1))
            f += len(out)
        o = end
    if o < length or not segments:
        segments.append((f, o, True))
    return segments


def _segment_length(
    last: tuple[int, int, bool], edits: list[tuple[int, int, str]], length: int
) -> int:
    """How many folded chars the last segment spans (to check the map against the fold)."""
    _, ostart, linear = last
    if linear:
        return length - ostart
    return next(len(out) for start, _, out in reversed(edits) if start == ostart)


def fold_phrase(phrase: str) -> str:
    """Fold an alias or exclusion the same way as text, collapsing runs of spaces.

    Runs of whitespace are cut before folding, as the fold of a text cuts them: "Mr. Xi"
    folds to "mr  xi" in both, the full stop making the second space.
    """
    spaced = " ".join(phrase.split())
    if _odd_or_other_space().search(spaced) is None:
        # fold()'s fast path, without its cache: loading a taxonomy folds 40,000 phrases,
        # which would only push the articles' folds out of it (0.39 -> 0.2 s per load).
        return _fold_whole(spaced).strip()
    return fold(spaced).text.strip()


def is_cjk(text: str) -> bool:
    """True when ``text`` holds Han, Kana or Hangul: scripts written without word spaces."""
    return _KEPT_RUN.search(text) is not None
