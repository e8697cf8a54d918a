"""HTML to article text with trafilatura: the main text, not the page's chrome.

Menus, sidebars and comments stay out of the text, so a country named only in a page's
navigation does not tag the article. When trafilatura finds no main text (a fragment, a
very short page), every visible text node is kept instead and ``method`` says so.

A feed entry's body is not a page: feedparser has already sanitized it to a fragment of
content (no menus, no scripts), so :func:`fragment_text` turns it into text with lxml alone,
at a fraction of trafilatura's cost; ``method`` is then ``fragment``.

Metadata comes first from what the page states (:mod:`worker.pipeline.pagemeta`: JSON-LD,
``og:``/``article:`` meta, microdata, ``<time>``), then from trafilatura's heuristics, which
are checked the same way. A page's date keeps the time and zone it was stated with.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

import trafilatura
from lxml import etree
from lxml import html as lxml_html
from trafilatura.utils import load_html

from worker.dates import parse_date, parse_iso_partial
from worker.pipeline.pagemeta import (
    PageMeta,
    clean_author,
    plausible_site_name,
    read_meta,
    strip_site_suffix,
)
from worker.types import PublishedDate

__all__ = ["ExtractedPage", "extract_html", "fragment_page", "fragment_text"]

# A CJK date printed in the page ("2025年5月8日 10:30", "2025년 5월 8일"): htmldate reads
# only its year and invents January 1st.
_CJK_DATE = re.compile(
    r"\d{4}\s*[年년]\s*\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일]"
    r"(?:\s*\d{1,2}\s*[:：時时시]\s*\d{2}(?:\s*[:：分분]\s*\d{2})?\s*[分분秒초]?)?"
)


@dataclass(frozen=True, slots=True)
class ExtractedPage:
    """What trafilatura found in a page: text and metadata, and how it got them."""

    text: str
    title: str | None
    published: PublishedDate | None
    method: Literal["trafilatura", "all-text", "fragment"]
    author: str | None = None
    site_name: str | None = None
    image_url: str | None = None
    canonical: str | None = None
    language: str | None = None


def extract_html(html: str, url: str | None = None) -> ExtractedPage:
    """Extract the main text and metadata of an HTML page or fragment."""
    tree = load_html(html)  # None for what lxml cannot parse; trafilatura then says no text
    meta = read_meta(tree) if tree is not None else PageMeta()
    doc = trafilatura.bare_extraction(
        tree if tree is not None else html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
    )
    if doc is not None and not isinstance(doc, dict) and doc.text and doc.text.strip():
        site = meta.site_name
        if site is None and doc.sitename and plausible_site_name(doc.sitename, doc.title):
            site = doc.sitename
        title = meta.title or doc.title or None
        if title:
            title = strip_site_suffix(title, site, url, meta.headings)
        language = meta.language or doc.language or None
        return ExtractedPage(
            doc.text,
            title,
            meta.published or _page_date(html, doc.date, language),
            "trafilatura",
            author=meta.author or (clean_author(doc.author, site) if doc.author else None),
            site_name=site,
            image_url=doc.image or None,
            canonical=doc.url if doc.url and doc.url != url else None,
            language=language,
        )
    text = trafilatura.html2txt(html) or ""
    return ExtractedPage(text, None, meta.published, "all-text", language=meta.language)


# Elements whose text is no content, and elements that end a line of text.
_UNSEEN = ("script", "style", "noscript", "template", "iframe", "object", "embed", "svg")
_BLOCKS = frozenset(
    [
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "pre",
        "table",
        "tr",
        "caption",
        "figure",
        "figcaption",
        "section",
        "article",
        "header",
        "footer",
        "hr",
        "address",
        "details",
        "summary",
    ]
)
_SPACES = re.compile(r"[^\S\n]+")
_LINES = re.compile(r"\s*\n\s*")


def fragment_text(markup: str) -> str:
    """The visible text of an HTML fragment (a feed entry's body), a line per block."""
    try:
        root = lxml_html.document_fromstring(markup)
    except (etree.ParserError, ValueError):  # nothing to parse, or bytes lxml refuses
        return trafilatura.html2txt(markup) or ""
    for el in list(root.iter(*_UNSEEN)):
        el.drop_tree()
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag in _BLOCKS:
            el.tail = "\n" + (el.tail or "")
            if el.tag != "br":
                el.text = "\n" + (el.text or "")
    lines = _LINES.sub("\n", _SPACES.sub(" ", root.text_content()))
    return lines.strip()


def fragment_page(markup: str) -> ExtractedPage:
    """A feed entry's HTML body as :func:`extract_html` returns a page: text only."""
    return ExtractedPage(fragment_text(markup), None, None, "fragment")


def _page_date(html: str, found: str | None, language: str | None) -> PublishedDate | None:
    """A date the page prints when it states none: htmldate's day, unless invented.

    htmldate reads only the year of a CJK date ("2025年5月8日") and gives January 1st, and
    it never keeps a time: a CJK date printed in the page corrects or refines it.
    """
    day = parse_iso_partial(found, "page-metadata") if found else None
    cjk = None
    if m := _CJK_DATE.search(html):
        cjk = parse_date(m[0], "page-metadata", languages=[language] if language else None)
    if day is None or found is None:
        return cjk
    if cjk is not None and cjk.value.date() == day.value.date():
        return cjk  # the same day, with its time when the page prints one
    if found[5:] != "01-01" or found in html:
        return day
    return cjk or parse_iso_partial(found[:4], "page-metadata")
