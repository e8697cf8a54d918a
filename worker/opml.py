"""OPML, the format every feed reader speaks: import a list of feeds, export ours.

Parsed with defusedxml: an OPML file from elsewhere may carry entity bombs or external
entities, and none of them is expanded or fetched. Folders (outlines without ``xmlUrl``
around feeds) become a feed's category, written ``News/World``; so does OPML 2.0's
``category`` attribute when a feed sits in no folder. Export nests the folders again and
keeps ``htmlUrl``, so a round trip loses neither.
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
    """One feed outline: its URL, title, folder path (``News/World``) and site."""

    url: str
    title: str | None = None
    category: str | None = None
    html_url: str | None = None


def _attr(outline: Element, name: str) -> str | None:
    value = outline.get(name) or outline.get(name.lower())
    return value.strip() if value and value.strip() else None


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

    def walk(node: Element, folders: tuple[str, ...]) -> None:
        for outline in node.findall("outline"):
            url = _attr(outline, "xmlUrl")
            name = _attr(outline, "title") or _attr(outline, "text")
            if url is None:
                walk(outline, (*folders, name) if name else folders)
                continue
            if url not in seen:
                seen.add(url)
                declared = (_attr(outline, "category") or "").split(",")[0].strip("/ ") or None
                category = "/".join(f.replace("/", "-") for f in folders) or declared
                feeds.append(OpmlFeed(url, name, category, _attr(outline, "htmlUrl")))
            walk(outline, folders)  # feeds nested under a feed (rare, but seen) count too

    body = root.find("body")
    walk(body if body is not None else root, ())
    return feeds


def write_opml(feeds: Iterable[OpmlFeed], title: str = "newsworker feeds") -> bytes:
    """An OPML 2.0 document listing the feeds, inside their folders."""
    root = Element("opml", version="2.0")
    head = SubElement(root, "head")
    SubElement(head, "title").text = title
    body = SubElement(root, "body")
    folders: dict[tuple[str, ...], Element] = {(): body}
    for feed in feeds:
        path = tuple(p for p in (feed.category or "").split("/") if p)
        for depth in range(1, len(path) + 1):
            if path[:depth] not in folders:
                folders[path[:depth]] = SubElement(
                    folders[path[: depth - 1]], "outline", text=path[depth - 1],
                    title=path[depth - 1],
                )  # fmt: skip
        name = feed.title or feed.url
        outline = SubElement(folders[path], "outline", type="rss", text=name, title=name,
                             xmlUrl=feed.url)  # fmt: skip
        if feed.html_url:
            outline.set("htmlUrl", feed.html_url)
    document = tostring(root, encoding="unicode").encode("utf-8")
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + document + b"\n"
