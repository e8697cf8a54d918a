"""HTML to article text with trafilatura: the main text, not the page's chrome.

Menus, sidebars and comments stay out of the text, so a country named only in a page's
navigation does not tag the article. When trafilatura finds no main text (a fragment, a
very short page), every visible text node is kept instead and ``method`` says so.
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
    """What trafilatura found in a page: text and metadata, and how it got them."""

    text: str
    title: str | None
    published: PublishedDate | None
    method: Literal["trafilatura", "all-text"]
    author: str | None = None
    site_name: str | None = None
    image_url: str | None = None
    canonical: str | None = None
    language: str | None = None


def extract_html(html: str, url: str | None = None) -> ExtractedPage:
    """Extract the main text and metadata of an HTML page or fragment."""
    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False
    )
    if doc is not None and not isinstance(doc, dict) and doc.text and doc.text.strip():
        # htmldate gives a day: a page's date is never claimed more precise than that.
        published = parse_iso_partial(doc.date, "page-metadata") if doc.date else None
        return ExtractedPage(
            doc.text,
            doc.title or None,
            published,
            "trafilatura",
            author=doc.author or None,
            site_name=doc.sitename or None,
            image_url=doc.image or None,
            canonical=doc.url if doc.url and doc.url != url else None,
            language=doc.language or None,
        )
    text = trafilatura.html2txt(html) or ""
    return ExtractedPage(text, None, None, "all-text")
