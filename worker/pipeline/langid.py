"""Language identification with py3langid, on the first characters of the text, as BCP 47.

py3langid always answers, however little it has to go on ("Kyiv" -> ``uz`` at 0.026), so a
guess below :data:`CONFIDENCE_FLOOR` is not kept: the language the source declared (feed,
page, submission) is, else a confident guess on the title, else ``und``. Chinese is tagged
with its script where it matters: Traditional is ``zh-Hant`` (py3langid calls much of it
``yue`` or ``wuu``); Simplified stays ``zh``, as CLDR's likely script for it is Hans.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import re
import tempfile
import time
import zipfile
from array import array
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path
from typing import Any

import numpy as np

__all__ = ["CONFIDENCE_FLOOR", "choose_language", "detect_language", "to_bcp47"]

SAMPLE_CHARS = 400  # as accurate as 600 on the labelled corpus (dev), a fifth cheaper
#: Below this, a guess is noise: every text of the labelled corpus (tests/eval) is above it,
#: and one-word or byline-only texts ("Kyiv" 0.026, "Por Matt Spetalnick e Jason Szep" ->
#: hu 0.17) are below it.
CONFIDENCE_FLOOR = 0.4
UNDETERMINED = "und"

log = logging.getLogger(__name__)
_CHINESE = frozenset({"zh", "yue", "wuu", "gan", "hak", "nan", "cdo", "hsn"})
# Written Cantonese has its own particles; without them, "yue" is Traditional Mandarin.
_CANTONESE = re.compile("[嘅咗喺佢哋唔冇嗰啲乜嘢咁]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_TRADITIONAL_REGIONS = frozenset({"tw", "hk", "mo", "hant"})
_TAG = re.compile(r"[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*")


@lru_cache(maxsize=1)
def _identifier() -> Any:
    """py3langid's identifier, from an uncompressed copy of its model when one is cached.

    The model ships LZMA-compressed (4.5 MB for 68 MB of arrays): decompressing it took
    about 0.5 s of every worker's and tagging command's start-up here. The first load
    writes the arrays uncompressed to :func:`model_cache` (68 MB), which later processes
    read in about 0.1 s. A cache that cannot be written or read is skipped.
    """
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    cache = model_cache(MODEL_DIR / MODEL_FILE)
    if cache is not None:
        try:
            with np.load(cache, allow_pickle=False) as data:
                return LanguageIdentifier(
                    data["ptc"], data["pc"], data["classes"].tolist(),
                    _array(data["nextmove"]), data["out"].tolist(),
                    norm_probs=True, tk_row=_array(data["row"]),
                )  # fmt: skip
        except (OSError, ValueError, KeyError, zipfile.BadZipFile) as e:
            log.info("language model cache unreadable, loading the package's model: %s", e)
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    if cache is not None:
        _write_cache(cache, identifier)
    return identifier


def model_cache(model: Path) -> Path | None:
    """Where the uncompressed copy of ``model`` is kept: the user's cache folder
    (``$XDG_CACHE_HOME``, else ``~/.cache``), ``newsworker/``, named after py3langid's
    version and the model's digest, so an upgrade never reads a stale copy. None when the
    model cannot be read."""
    try:
        digest = hashlib.sha256(model.read_bytes()).hexdigest()[:16]
    except OSError:
        return None
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "newsworker" / f"py3langid-{version('py3langid')}-{digest}.npz"


def _write_cache(cache: Path, identifier: Any) -> None:
    nextmove, row = identifier.tk_nextmove, identifier.tk_row
    arrays = {
        "ptc": identifier.nb_ptc, "pc": identifier.nb_pc,
        "classes": np.array(identifier.nb_classes),
        "nextmove": np.frombuffer(nextmove, dtype=_UINT[nextmove.typecode]),
        "row": np.frombuffer(row, dtype=_UINT[row.typecode]),
        "out": np.asarray(identifier.tk_output, dtype=np.int32),
    }  # fmt: skip
    written: str | None = None
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=cache.parent, suffix=".tmp", delete=False) as tmp:
            written = tmp.name
            np.savez(tmp, **arrays)
        os.replace(written, cache)  # readers see the whole file or none
    except OSError as e:  # read-only or full disk: the next process decompresses again
        log.info("language model cache not written (%s): %s", cache, e)
        if written is not None:
            with contextlib.suppress(OSError):
                os.unlink(written)
        return
    _drop_stale(cache)


def _drop_stale(cache: Path, grace: float = 3600.0) -> None:
    """Remove the copies of other py3langid versions or models, and temporary files an
    interrupted write left over an hour ago, so upgrades do not pile up 68 MB files."""
    now = time.time()
    for other in cache.parent.iterdir():
        stale = other.name.startswith("py3langid-") and other.suffix == ".npz"
        with contextlib.suppress(OSError):
            if other != cache and (
                stale or (other.suffix == ".tmp" and now - other.stat().st_mtime > grace)
            ):
                other.unlink()


_UINT = {"H": np.uint16, "I": np.uint32, "L": np.uint64}


def _array(values: Any) -> array[int]:
    """A NumPy unsigned array as the stdlib array py3langid's DFA walk indexes."""
    out = array({2: "H", 4: "I", 8: "L"}[values.dtype.itemsize])
    out.frombytes(np.ascontiguousarray(values).data.cast("B"))
    return out


def detect_language(text: str) -> tuple[str | None, float | None]:
    """``(BCP 47 tag, confidence in [0, 1])``, or ``(None, None)`` for no letters."""
    sample = text[:SAMPLE_CHARS]
    if not any(ch.isalpha() for ch in sample):
        return None, None
    lang, prob = _identifier().classify(sample)
    code = str(lang)
    if code in _CHINESE:
        code = _chinese(sample, code)
    return code, round(float(prob), 4)


def choose_language(
    text: str, declared: str | None = None, title: str | None = None
) -> tuple[str, float | None]:
    """The article's language and the confidence behind it (None when not a detection).

    A detection at or above the floor wins; else the declared language; else a confident
    detection on the title; else ``und``.
    """
    code, confidence = detect_language(text)
    if code is not None and confidence is not None and confidence >= CONFIDENCE_FLOOR:
        return code, confidence
    if declared and (tag := to_bcp47(declared)):
        return tag, None
    if title:
        code, confidence = detect_language(title)
        if code is not None and confidence is not None and confidence >= CONFIDENCE_FLOOR:
            return code, confidence
    return UNDETERMINED, None


def to_bcp47(tag: str) -> str | None:
    """A declared tag as the article's language: ``fr-FR`` -> ``fr``, ``zh-TW`` -> ``zh-Hant``.

    The script is kept where it tells writing systems apart (``sr-Latn``, ``zh-Hant``); a
    region is dropped. None for what is no language tag.
    """
    tag = tag.strip()
    if not _TAG.fullmatch(tag):
        return None
    parts = re.split("[-_]", tag.lower())
    primary = parts[0]
    if primary in _CHINESE and primary != "zh":
        return primary
    if primary == "zh":
        return "zh-Hant" if _TRADITIONAL_REGIONS & set(parts[1:]) else "zh"
    script = next((p for p in parts[1:] if len(p) == 4 and p.isalpha()), None)
    return f"{primary}-{script.title()}" if script else primary


def _chinese(sample: str, code: str) -> str:
    if code == "yue" and len(_CANTONESE.findall(sample)) >= 2:
        return "yue"
    return "zh-Hant" if _traditional(sample) else "zh"


def _traditional(sample: str) -> bool:
    """More characters outside GB 2312 (Simplified) than outside Big5 (Traditional)."""
    han = "".join(_HAN.findall(sample)[:200])
    # Both encode a Han character in two bytes: what is dropped is what the codec lacks.
    not_gb = len(han) - len(han.encode("gb2312", errors="ignore")) // 2
    not_big5 = len(han) - len(han.encode("big5", errors="ignore")) // 2
    return not_gb > not_big5
