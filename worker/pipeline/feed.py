"""Feed documents (RSS, Atom, RDF via feedparser; JSON Feed) into submission payloads.

The only module that imports feedparser. It is always handed bytes, never a URL: feedparser's
own fetcher has no timeout or size cap. A document with no feed version is "not a feed";
entries without any text are skipped and counted, never silently dropped.
"""

from __future__ import annotations

import calendar
import io
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import feedparser

from worker.dates import format_published, parse_date, parse_iso_partial
from worker.errors import PermanentError

__all__ = ["NotAFeed", "ParsedFeed", "looks_like_feed", "parse_feed"]

_JSON_FEED = "https://jsonfeed.org/version/"
_YEAR_THEN_CJK = re.compile(r"\s*\d{4}\s*[^\x00-\x7f]")


class NotAFeed(PermanentError):
    """The document is neither RSS, Atom, RDF nor JSON Feed."""

    reason = "not-a-feed"


# Parser complaints that do not make a feed unreadable: the encoding declared in the XML and
# the one the server declared disagree, or the server's content type is not an XML one.
HARMLESS_BOZO = frozenset({"CharacterEncodingOverride", "NonXMLContentType"})


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    """A feed's entries as submission payloads, and what the parser had to say.

    ``bozo`` names what was wrong with the document; ``bozo_harmless`` says whether it is
    one of the complaints tolerated as they are. A feed whose XML breaks half-way keeps
    the entries read before the break.
    """

    version: str
    title: str | None
    entries: tuple[dict[str, Any], ...]
    skipped: int
    bozo: str | None = None
    bozo_harmless: bool = True
    ttl_minutes: int | None = None

    def entry_dates(self) -> list[datetime]:
        """The publication dates the entries carry (for adaptive polling)."""
        found = (parse_iso_partial(str(e.get("published") or ""), "feed") for e in self.entries)
        return [p.value for p in found if p is not None]

    def guids_usable(self) -> bool:
        """False when GUIDs are mostly missing, or repeat for different links."""
        guids = [e.get("guid") for e in self.entries]
        if not guids:
            return True
        if sum(1 for g in guids if not g) * 2 > len(guids):
            return False
        links: dict[str, str | None] = {}
        for e in self.entries:
            g = e.get("guid")
            if g and g in links and links[g] != e.get("url"):
                return False
            if g:
                links[g] = e.get("url")
        return True


def looks_like_feed(data: bytes) -> bool:
    """A cheap sniff: XML whose root is rss/feed/rdf, or a JSON Feed object."""
    head = data[:1024].lstrip().lower()
    if head.startswith(b"{"):
        return _JSON_FEED.encode() in data[:4096]
    return any(tag in head for tag in (b"<rss", b"<feed", b"<rdf:rdf", b"<rdf"))


def _http(url: Any) -> str | None:
    return url if isinstance(url, str) and url.lower().startswith(("http://", "https://")) else None


def _entry_payload(
    entry: Mapping[str, Any],
    source: str | None,
    timezone: str | None = None,
    languages: Sequence[str] | None = None,
) -> dict[str, Any] | None:
    content = entry.get("content") or []
    body = (content[0].get("value") if content else None) or entry.get("summary") or ""
    if not body.strip() and not (entry.get("title") or "").strip():
        return None
    payload: dict[str, Any] = (
        {"html": f"<html><body>{body}</body></html>"} if body else {"text": entry.get("title", "")}
    )
    if entry.get("title"):
        payload["title"] = str(entry["title"])[:1000]
    if link := _http(entry.get("link")):
        payload["url"] = link
    if entry.get("id"):
        payload["guid"] = str(entry["id"])[:2048]
    raw_entry = dict(entry)  # a plain copy: feedparser's get() maps updated <-> published
    # The date as written first: feedparser's time tuple has no precision or zone flag
    # (2025-06 becomes 06-01T00:00Z) and it turns "2025年5月8日" into today's month and day.
    raw = raw_entry.get("published") or raw_entry.get("updated")
    found = parse_date(str(raw), "feed", languages=languages, timezone=timezone) if raw else None
    stamp = raw_entry.get("published_parsed") or raw_entry.get("updated_parsed")
    if found is not None:
        payload["published"] = format_published(found)
    elif stamp and not _YEAR_THEN_CJK.match(str(raw or "")):
        # Forms only feedparser reads (its Greek, Hungarian, W3C-DTF variants); never its
        # reading of a year followed by CJK, which takes the month and day from today.
        when = datetime.fromtimestamp(calendar.timegm(stamp), UTC)
        payload["published"] = when.isoformat(timespec="seconds").replace("+00:00", "Z")
    if source:
        payload["source"] = source
    return payload


def _json_feed(doc: Mapping[str, Any], source: str | None) -> ParsedFeed:
    entries, skipped = [], 0
    for item in doc.get("items") or []:
        body = item.get("content_html") or item.get("content_text") or item.get("summary")
        entry = {
            "title": item.get("title"),
            "link": item.get("url"),
            "id": item.get("id"),
            "summary": body or "",
        }
        payload = _entry_payload(entry, source)
        if payload and item.get("date_published"):
            found = parse_date(str(item["date_published"]), "feed")
            if found is not None:
                payload["published"] = format_published(found)
        if payload is None:
            skipped += 1
        else:
            entries.append(payload)
    return ParsedFeed(str(doc.get("version")), doc.get("title"), tuple(entries), skipped)


def parse_feed(
    data: bytes,
    headers: Mapping[str, str] | None = None,
    *,
    source: str | None = None,
    timezone: str | None = None,
) -> ParsedFeed:
    """Parse a feed document (bytes and the HTTP response headers, if any).

    ``timezone`` is the source's zone, for entry dates written without one.
    """
    if data.lstrip().startswith(b"{"):
        try:
            doc = json.loads(data)
        except ValueError as e:
            raise NotAFeed(f"parse: not a feed: invalid JSON ({e})") from e
        if isinstance(doc, dict) and str(doc.get("version", "")).startswith(_JSON_FEED):
            return _json_feed(doc, source)
        raise NotAFeed("parse: not a feed: JSON without a JSON Feed version")
    parsed = feedparser.parse(io.BytesIO(data), response_headers=dict(headers or {}))
    version = parsed.get("version") or ""
    if not version:
        problem = parsed.get("bozo_exception")
        raise NotAFeed(f"parse: not a feed{f': {problem}' if problem else ''}")
    entries, skipped = [], 0
    language = parsed.feed.get("language")  # day-first or month-first numeric dates
    languages = [str(language)] if language else None
    for entry in parsed.entries:
        payload = _entry_payload(entry, source, timezone, languages)
        if payload is None:
            skipped += 1
        else:
            entries.append(payload)
    problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
    ttl = str(parsed.feed.get("ttl", "")).strip()
    return ParsedFeed(
        version,
        parsed.feed.get("title"),
        tuple(entries),
        skipped,
        f"{type(problem).__name__}: {problem}" if problem else None,
        problem is None or type(problem).__name__ in HARMLESS_BOZO,
        int(ttl) if ttl.isdigit() else None,
    )
