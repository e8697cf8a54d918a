"""Bytes to text, one decoder for fetched pages and raw input, saying which rule decided.

The order is a browser's: a byte-order mark (UTF-32 before UTF-16, whose LE mark is the first
half of UTF-32 LE's), the HTTP header's charset, the document's ``<meta charset>`` (or
http-equiv), strict UTF-8, then detection (charset_normalizer). A declared charset that
cannot decode the bytes (Latin-1 served as UTF-8) is passed over for the next rule. Detection
gives up on short CJK text with a rare character (Big5-HKSCS, say); the CJK multi-byte
encodings that decode the bytes strictly are then weighed by how sure language
identification is of each reading.

w3lib's ``html_to_unicode`` follows the same order but decodes a declared charset with
replacement characters, where this decoder passes a wrong declaration over.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

import charset_normalizer

from worker.pipeline.langid import detect_language

__all__ = ["Decoded", "decode"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_:.\-]+)""", re.IGNORECASE)
_HEADER = re.compile(r"charset\s*=\s*[\"']?([a-zA-Z0-9_:.\-]+)", re.IGNORECASE)
_CJK = ("big5hkscs", "gb18030", "cp949", "cp932", "euc_jp")


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text, the codec that produced it, and the rule that chose the codec.

    ``source`` is bom, http-header, meta, utf-8, detected or fallback (undecodable bytes
    replaced).
    """

    text: str
    charset: str
    source: str


def decode(body: bytes, content_type: str | None = None) -> Decoded:
    """Decode ``body`` by the first rule that works (see the module docstring)."""
    for bom, codec in _BOMS:
        if body.startswith(bom):
            return Decoded(body.decode(codec, errors="replace"), codec, "bom")
    candidates: list[tuple[str, str]] = []
    if content_type and (declared := _HEADER.search(content_type)):
        candidates.append((declared.group(1), "http-header"))
    if meta := _META.search(body[:4096]):
        candidates.append((meta.group(1).decode("ascii", "replace"), "meta"))
    candidates.append(("utf-8", "utf-8"))
    for name, source in candidates:
        found = _codec(name)
        if found is None:
            continue
        try:
            return Decoded(body.decode(found), found, source)
        except UnicodeDecodeError:
            continue  # declared wrongly: let the next rule decide
    best = charset_normalizer.from_bytes(body).best()
    if best is not None and best.encoding:
        return Decoded(str(best), str(best.encoding), "detected")
    if (cjk := _cjk(body)) is not None:
        return cjk
    return Decoded(body.decode("utf-8", errors="replace"), "utf-8", "fallback")


def _codec(name: str) -> str | None:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _cjk(body: bytes) -> Decoded | None:
    """The strict CJK reading language identification is surest of; None if none decodes."""
    readings: list[tuple[float, str, str]] = []
    for codec in _CJK:
        try:
            text = body.decode(codec)
        except UnicodeDecodeError:
            continue
        _, confidence = detect_language(text)
        readings.append((confidence or 0.0, codec, text))
    if not readings:
        return None
    _, codec, text = max(readings, key=lambda r: r[0])  # the first of equals: _CJK's order
    return Decoded(text, codec, "detected")
