"""HTML to article text with trafilatura: the main text, not the page's chrome.

Menus, sidebars and comments stay out of the text, so a country named only in a page's
navigation does not tag the article. When trafilatura finds no main text (a fragment, a
very short page), every visible text node is kept instead and the method says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import trafilatura

from worker.dates import parse_iso_partial
from worker.types import PublishedDate

__all__ = ["ExtractedPage", "extract_html"]


@dataclass(frozen=True, slots=True)
class ExtractedPage:
    """What trafilatura found in a page."""

    text: str
    title: str | None
    published: PublishedDate | None
    method: Literal["trafilatura", "all-text"]


def extract_html(html: str) -> ExtractedPage:
    """Extract the main text and metadata of an HTML page or fragment."""
    doc = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False
    )
    if doc is not None and not isinstance(doc, dict) and doc.text and doc.text.strip():
        published = parse_iso_partial(doc.date, "page-metadata") if doc.date else None
        return ExtractedPage(doc.text, doc.title or None, published, "trafilatura")
    text = trafilatura.html2txt(html) or ""
    return ExtractedPage(text, None, None, "all-text")
