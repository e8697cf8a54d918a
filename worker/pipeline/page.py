"""Article pages: fetched through the hardened fetcher, decoded with the charset recorded.

Decoding (:mod:`worker.pipeline.decode`, shared with raw input) follows the order a browser
would, recording which rule decided: a byte-order mark, the HTTP header's charset, the page's
``<meta charset>``, strict UTF-8, then detection. Stored text is always valid UTF-8.
"""

from __future__ import annotations

from dataclasses import dataclass

from worker.http import FetchPolicy, HostThrottle, fetch
from worker.pipeline.decode import decode

__all__ = ["Page", "decode_html", "fetch_page"]


@dataclass(frozen=True, slots=True)
class Page:
    """A fetched page as text, where it ended up, and how it was decoded."""

    html: str
    url: str
    charset: str
    charset_source: str


def decode_html(body: bytes, content_type: str | None = None) -> tuple[str, str, str]:
    """``(text, charset, source)``; source is bom, http-header, meta, utf-8, detected or
    fallback (see :mod:`worker.pipeline.decode`)."""
    decoded = decode(body, content_type)
    return decoded.text, decoded.charset, decoded.source


def fetch_page(url: str, policy: FetchPolicy, throttle: HostThrottle | None = None) -> Page:
    """GET an article page; raises the fetcher's Transient/PermanentFetchError."""
    result = fetch(url, policy, accept="text/html,application/xhtml+xml;q=0.9,*/*;q=0.5",
                   throttle=throttle)  # fmt: skip
    text, charset, source = decode_html(result.body or b"", result.headers.get("content-type"))
    return Page(text, result.url, charset, source)
