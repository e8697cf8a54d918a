"""OPML, the format every feed reader speaks: import a list of feeds, export ours.

Parsed with defusedxml: an OPML file from elsewhere may carry entity bombs or external
entities, and none of them is expanded or fetched.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from xml.etree.ElementTree import Element, SubElement, tostring

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError, fromstring

from worker.errors import PermanentError

__all__ = ["OpmlFeed", "read_opml", "write_opml"]


@dataclass(frozen=True, slots=True)
class OpmlFeed:
    """One feed outline: its URL and title."""

    url: str
    title: str | None = None


def read_opml(data: bytes) -> list[OpmlFeed]:
    """Every outline with an xmlUrl, nested categories included, in document order."""
    try:
        root = fromstring(data)
    except (ParseError, DefusedXmlException) as e:
        raise PermanentError(f"opml: not a readable OPML file: {e}") from e
    if root.tag.lower() != "opml":
        raise PermanentError(f"opml: the root element is <{root.tag}>, not <opml>")
    feeds: list[OpmlFeed] = []
    seen: set[str] = set()
    for outline in root.iter("outline"):
        url = (outline.get("xmlUrl") or outline.get("xmlurl") or "").strip()
        if url and url not in seen:
            seen.add(url)
            feeds.append(OpmlFeed(url, outline.get("title") or outline.get("text")))
    return feeds


def write_opml(feeds: Iterable[OpmlFeed], title: str = "newsworker feeds") -> bytes:
    """An OPML 2.0 document listing the feeds."""
    root = Element("opml", version="2.0")
    head = SubElement(root, "head")
    SubElement(head, "title").text = title
    body = SubElement(root, "body")
    for feed in feeds:
        name = feed.title or feed.url
        SubElement(body, "outline", type="rss", text=name, title=name, xmlUrl=feed.url)
    document = tostring(root, encoding="unicode").encode("utf-8")
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + document + b"\n"
