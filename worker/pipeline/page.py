"""Article pages: fetched through the hardened fetcher, decoded with the charset recorded.

Decoding follows the order a browser would, recording which rule decided: a byte-order mark,
the HTTP header's charset, the page's ``<meta charset>`` (or http-equiv), then detection
(charset_normalizer). A declared charset that cannot decode the bytes (Latin-1 served as
UTF-8) is passed over for the next rule, and the record says so. Stored text is always valid
UTF-8.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

import charset_normalizer

from worker.http import FetchPolicy, HostThrottle, fetch

__all__ = ["Page", "decode_html", "fetch_page"]

_META = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_:.\-]+)""", re.IGNORECASE)
_HEADER = re.compile(r"charset\s*=\s*[\"']?([a-zA-Z0-9_:.\-]+)", re.IGNORECASE)
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))  # fmt: skip


@dataclass(frozen=True, slots=True)
class Page:
    """A fetched page as text, where it ended up, and how it was decoded."""

    html: str
    url: str
    charset: str
    charset_source: str


def _codec(name: str) -> str | None:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_html(body: bytes, content_type: str | None = None) -> tuple[str, str, str]:
    """``(text, charset, source)``; source is bom, http-header, meta, detected or fallback."""
    for bom, codec in _BOMS:
        if body.startswith(bom):
            return body.decode(codec, errors="replace"), codec, "bom"
    candidates: list[tuple[str, str]] = []
    if content_type and (declared := _HEADER.search(content_type)):
        candidates.append((declared.group(1), "http-header"))
    if meta := _META.search(body[:4096]):
        candidates.append((meta.group(1).decode("ascii", "replace"), "meta"))
    for name, source in candidates:
        found = _codec(name)
        if found is None:
            continue
        try:
            return body.decode(found), found, source
        except UnicodeDecodeError:
            continue  # declared wrongly: let the next rule decide
    best = charset_normalizer.from_bytes(body).best()
    if best is not None and best.encoding:
        return str(best), str(best.encoding), "detected"
    return body.decode("utf-8", errors="replace"), "utf-8", "fallback"


def fetch_page(url: str, policy: FetchPolicy, throttle: HostThrottle | None = None) -> Page:
    """GET an article page; raises the fetcher's Transient/PermanentFetchError."""
    result = fetch(url, policy, accept="text/html,application/xhtml+xml;q=0.9,*/*;q=0.5",
                   throttle=throttle)  # fmt: skip
    text, charset, source = decode_html(result.body or b"", result.headers.get("content-type"))
    return Page(text, result.url, charset, source)
