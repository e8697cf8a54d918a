"""Near-duplicate detection: MinHash signatures of articles and their LSH bands.

One story republished by several outlets, or fetched twice through different URLs, keeps
most of its word sequences; a different story on the same topic shares its vocabulary but
few of its sequences. So an article is the set of its ``SHINGLE``-word shingles, and two
articles are compared by the Jaccard similarity of those sets, estimated from MinHash
signatures of ``NUM_PERM`` values (the share of positions where two signatures agree).

- **Words.** The text is folded first (:func:`worker.taxonomy.fold.fold`: case, accents,
  typographic quotes and dashes do not matter), then cut into runs of letters and digits;
  punctuation and spacing are dropped. Han and Kana are written without spaces, so each of
  their characters counts as one word.
- **Too short to cluster.** A text of fewer than ``MIN_WORDS`` words has no signature (an
  empty tuple) and no bands: a headline or a two-line summary shares too few shingles with
  anything for the estimate to mean much, and boilerplate alone would cluster such texts.
- **Bands.** The first ``BANDS * ROWS`` values of the signature are cut into ``BANDS`` bands
  of ``ROWS``; two articles are candidates when any band is equal, and candidates are then
  confirmed on the similarity estimated from all ``NUM_PERM`` values. With 16 x 3 the chance
  of becoming candidates is 1 - (1 - s^3)^16: 0.88 at a similarity s of 0.5, 0.98 at 0.6,
  above 0.99 from 0.7 on, 0.12 at 0.2. It is the curve 32 x 4 gives from 0.5 on, with half
  the stored rows (each band is a row to write and index; see SOURCES.md).
- **Stability.** Signatures are stored, so the hash functions are fixed here and must not
  change: word hashes are CRC-32 of UTF-8, the constants come from BLAKE2b of fixed labels
  (never Python's ``hash``, which differs per process). Changing ``SHINGLE``, ``NUM_PERM``
  or these functions means signing every stored article again. A unit test pins a signature.

MinHash is implemented here on numpy rather than taken from datasketch: datasketch pulls
in scipy (about 140 MB, +0.5 s import and +60 MB per worker process) for its in-memory LSH
index, which newsworker does not use (candidates are found by SQL on stored bands); its 2.0
release changed the default permutation scheme, which would silently change stored
signatures on an upgrade; and its SHA-1 per shingle makes a signature about twice as slow.
The scheme here is the one datasketch 2.0 calls ``affine32``: the shingle hash is mixed
once (the MurmurHash3 finalizer, top 32 bits kept), then each permutation is ``a * h + b``
modulo 2^32 with ``a`` odd, a bijection of the hashes.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from worker.taxonomy.fold import fold

__all__ = [
    "BANDS",
    "DEFAULT_THRESHOLD",
    "MIN_WORDS",
    "NUM_PERM",
    "ROWS",
    "SHINGLE",
    "bands",
    "matches",
    "pack",
    "shingles",
    "signature",
    "similarity",
    "unpack",
    "words",
]

#: Words per shingle: 5 keeps template stories apart ("X lowers crude postings"), see SOURCES.md.
SHINGLE = 5
#: MinHash values per signature.
NUM_PERM = 128
#: LSH bands, and signature values per band (the first BANDS * ROWS values are banded).
BANDS = 16
ROWS = 3
#: Texts with fewer words have no signature.
MIN_WORDS = 40
#: The estimated similarity from which two articles are one story (measured: SOURCES.md).
DEFAULT_THRESHOLD = 0.5

_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f"
# The fold leaves words (letters, digits, the vowel signs of Devanagari, Thai and the like)
# and single spaces: a word is a run of anything but a space, and each Han or Kana char one.
_WORD = re.compile(f"[{_CJK}]|[^ {_CJK}]+")
_HAN_OR_KANA = re.compile(f"[{_CJK}]")
_U64 = np.uint64
_U32 = np.uint32


def _constants(label: str, n: int, size: int) -> list[int]:
    """``n`` fixed ``size``-byte constants, the same in every process and numpy version."""
    return [
        int.from_bytes(hashlib.blake2b(f"{label}:{i}".encode(), digest_size=size).digest())
        for i in range(n)
    ]


# Odd multipliers make each permutation a bijection of the 32-bit shingle hashes.
_A = np.array(_constants("newsworker-minhash-a", NUM_PERM, 4), dtype=_U32) | _U32(1)
_B = np.array(_constants("newsworker-minhash-b", NUM_PERM, 4), dtype=_U32)
# One odd multiplier per position in a shingle: "a b c d e" and "e d c b a" hash apart.
_POS = np.array(_constants("newsworker-shingle-position", SHINGLE, 8), dtype=_U64) | _U64(1)


def words(text: str) -> list[str]:
    """The words of ``text`` after folding; each Han or Kana character is a word.

    The fold leaves only word characters and single spaces, so a text with no Han or Kana
    splits into the same words as the regex finds, at about a fifth of its cost.
    """
    folded = fold(text).text
    if _HAN_OR_KANA.search(folded) is None:
        return folded.split()
    return _WORD.findall(folded)


def _fmix64(h: npt.NDArray[np.uint64]) -> npt.NDArray[np.uint64]:
    """The MurmurHash3 finalizer: spreads structured hashes over all 64 bits."""
    h = h ^ (h >> _U64(33))
    h = h * _U64(0xFF51AFD7ED558CCD)
    h = h ^ (h >> _U64(33))
    h = h * _U64(0xC4CEB9FE1A85EC53)
    return h ^ (h >> _U64(33))


def shingles(tokens: Sequence[str]) -> npt.NDArray[np.uint32]:
    """The distinct 32-bit hashes of the ``SHINGLE``-word runs of ``tokens``."""
    if len(tokens) < SHINGLE:
        return np.empty(0, dtype=_U32)
    h = np.fromiter(map(zlib.crc32, map(str.encode, tokens)), dtype=_U64, count=len(tokens))
    n = len(tokens) - SHINGLE + 1
    combined = np.zeros(n, dtype=_U64)
    for j in range(SHINGLE):
        combined += h[j : j + n] * _POS[j]  # wraps modulo 2^64
    return np.unique((_fmix64(combined) >> _U64(32)).astype(_U32))


def signature(text: str) -> tuple[int, ...]:
    """The MinHash signature of ``text``: ``NUM_PERM`` 32-bit values.

    Empty when the text has fewer than ``MIN_WORDS`` words: too short to cluster reliably.
    """
    tokens = words(text)
    if len(tokens) < MIN_WORDS:
        return ()
    # (shingles x permutations) at once; the arithmetic wraps modulo 2^32 on purpose.
    permuted = np.multiply.outer(shingles(tokens), _A)
    permuted += _B
    return tuple(permuted.min(axis=0).tolist())


def bands(sig: Sequence[int]) -> list[tuple[int, str]]:
    """``(band number, band hash)`` for each of the ``BANDS`` bands of a signature.

    The hash is 16 hex digits of BLAKE2b over the band's values; no signature, no bands.
    """
    if not sig:
        return []
    if len(sig) != NUM_PERM:
        raise ValueError(f"cluster: a signature has {NUM_PERM} values, not {len(sig)}")
    raw = pack(sig)
    width = ROWS * 4
    return [
        (i, hashlib.blake2b(raw[i * width : (i + 1) * width], digest_size=8).hexdigest())
        for i in range(BANDS)
    ]


def similarity(a: Sequence[int], b: Sequence[int]) -> float:
    """The estimated Jaccard similarity of two signatures; 0.0 when either is missing."""
    if not a or not b or len(a) != len(b):
        return 0.0
    return sum(x == y for x, y in zip(a, b, strict=True)) / len(a)


def matches(a: Sequence[int], b: Sequence[int], threshold: float = DEFAULT_THRESHOLD) -> bool:
    """True when two signatures are one story: they share a band and are similar enough.

    This is the decision :func:`worker.db.clusters.assign_clusters` makes through stored bands.
    """
    if not a or not b:
        return False
    return bool(set(bands(a)) & set(bands(b))) and similarity(a, b) >= threshold


def pack(sig: Sequence[int]) -> bytes:
    """A signature as bytes for storage (little-endian 32-bit values)."""
    return np.asarray(sig, dtype="<u4").tobytes()


def unpack(raw: bytes) -> tuple[int, ...]:
    """The signature :func:`pack` stored."""
    return tuple(np.frombuffer(raw, dtype="<u4").tolist())
