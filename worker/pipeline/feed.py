"""Feed documents (RSS, Atom, RDF via feedparser; JSON Feed) into submission payloads.

The only module that imports feedparser. It is always handed bytes, never a URL: feedparser's
own fetcher has no timeout or size cap. A document with no feed version is "not a feed"
(except Channel Definition Format, which feedparser reads but names no version for).

Every entry the parser finds is accounted for: it becomes a payload, or it is skipped with a
reason (``empty``: no title, text or link; ``link-only``: only a link, and the feed does not
fetch pages; ``not-an-object``: a JSON Feed item that is not an object; ``unreadable``: an
entry whose fields could not be read). ``found`` is what the parser saw; ``entries`` plus
the skipped counts always add up to it.
"""

from __future__ import annotations

import calendar
import html
import io
import json
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import feedparser

from worker.dates import format_published, parse_date, parse_iso_partial
from worker.errors import PermanentError

__all__ = ["NotAFeed", "ParsedFeed", "looks_like_feed", "parse_feed"]

_JSON_FEED = "https://jsonfeed.org/version/"
_YEAR_THEN_CJK = re.compile(r"\s*\d{4}\s*[^\x00-\x7f]")
_LANGUAGE = re.compile(r"^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$")  # the submission contract's
_TAG = re.compile(r"<[^>]*>")


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
    #: Why entries were skipped: reason -> how many.
    skip_reasons: Mapping[str, int] = field(default_factory=dict)
    #: The site the feed belongs to (its own link), if it names one.
    link: str | None = None

    @property
    def found(self) -> int:
        """How many entries the parser found: the payloads plus the skipped."""
        return len(self.entries) + self.skipped

    def entry_dates(self) -> list[datetime]:
        """The publication dates the entries carry (for adaptive polling)."""
        found = (parse_iso_partial(str(e.get("published") or ""), "feed") for e in self.entries)
        return [p.value for p in found if p is not None]

    def repeated_guid(self) -> str | None:
        """A GUID the feed gives to entries with different links (GUIDs then mean nothing)."""
        links: dict[str, str | None] = {}
        for e in self.entries:
            g = e.get("guid")
            if g and g in links and links[g] != e.get("url"):
                return str(g)
            if g:
                links[g] = e.get("url")
        return None


def looks_like_feed(data: bytes) -> bool:
    """A cheap sniff: XML whose root is rss/feed/rdf, or a JSON Feed object."""
    head = data[:1024].lstrip().lower()
    if head.startswith(b"{"):
        return _JSON_FEED.encode() in data[:4096]
    return any(tag in head for tag in (b"<rss", b"<feed", b"<rdf:rdf", b"<rdf", b"<channel"))


def _http(url: Any) -> str | None:
    return url if isinstance(url, str) and url.lower().startswith(("http://", "https://")) else None


def _text(value: Any) -> str:
    """A field as text: strings as they are, numbers written out, anything else empty."""
    if isinstance(value, str):
        return value
    return str(value) if isinstance(value, int | float) and not isinstance(value, bool) else ""


def _visible(markup: str) -> int:
    return len(_TAG.sub("", markup).strip())


def _body(entry: Mapping[str, Any]) -> str:
    """The fullest body the entry carries: content:encoded / Atom content, yandex:full-text
    (plain text) or the summary, whichever has the most text; a byline-only summary never
    wins over a full body."""
    candidates = [
        _text(c.get("value")) for c in entry.get("content") or [] if isinstance(c, Mapping)
    ]
    if full := _text(entry.get("yandex_full-text")):
        candidates.append(html.escape(full).replace("\n\n", "<p>"))
    candidates.append(_text(entry.get("summary")))
    bodies = [c for c in candidates if c.strip()]
    return max(bodies, key=_visible) if bodies else ""


def _skip_reason(entry: Mapping[str, Any], link_only: bool) -> str | None:
    """Why an entry cannot become a payload, or None when it can."""
    if _body(entry).strip() or _text(entry.get("title")).strip():
        return None
    if _http(entry.get("link")):
        return None if link_only else "link-only"
    return "empty"


def _entry_payload(
    entry: Mapping[str, Any],
    source: str | None,
    timezone: str | None = None,
    languages: Sequence[str] | None = None,
) -> dict[str, Any] | None:
    body = _body(entry)
    title = _text(entry.get("title"))
    if not body.strip() and not title.strip():
        link = _http(entry.get("link"))
        # Only a link: the page is the article (kept where the feed fetches pages).
        return ({"url": link, "source": source} if source else {"url": link}) if link else None
    payload: dict[str, Any] = (
        {"html": f"<html><body>{body}</body></html>"} if body.strip() else {"text": title}
    )
    if title:
        payload["title"] = title[:1000]
    if link := _http(entry.get("link")):
        payload["url"] = link
    if guid := _text(entry.get("id")).strip():
        payload["guid"] = guid[:2048]
    if (language := _text(entry.get("language"))) and _LANGUAGE.match(language):
        payload["language"] = language
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


def _json_feed(doc: Mapping[str, Any], source: str | None, link_only: bool) -> ParsedFeed:
    entries: list[dict[str, Any]] = []
    skipped: Counter[str] = Counter()
    items = doc.get("items")
    language = doc.get("language")  # JSON Feed 1.1: the feed's language, items may override
    for item in items if isinstance(items, list) else []:
        if not isinstance(item, Mapping):
            skipped["not-an-object"] += 1
            continue
        try:
            payload, reason = _json_item(item, source, language, link_only)
        except (TypeError, ValueError, AttributeError):
            payload, reason = None, "unreadable"
        if payload is None:
            skipped[reason or "empty"] += 1
        else:
            entries.append(payload)
    title = _text(doc.get("title")) or None
    return ParsedFeed(str(doc.get("version"))[:64], title, tuple(entries), sum(skipped.values()),
                      skip_reasons=dict(skipped), link=_http(doc.get("home_page_url")))  # fmt: skip


def _json_item(
    item: Mapping[str, Any], source: str | None, language: Any, link_only: bool
) -> tuple[dict[str, Any] | None, str | None]:
    bodies = [_text(item.get(k)) for k in ("content_html", "content_text", "summary")]
    plain = _text(item.get("content_text"))
    body = bodies[0] if bodies[0].strip() else html.escape(plain) if plain.strip() else bodies[2]
    entry = {
        "title": item.get("title"),
        "link": item.get("url"),
        "id": item.get("id"),
        "summary": body or "",
        "language": item.get("language") or language,
    }
    if reason := _skip_reason(entry, link_only):
        return None, reason
    payload = _entry_payload(entry, source)
    if payload and isinstance(item.get("date_published"), str):
        payload["published"] = str(item["date_published"])
    return payload, None


def parse_feed(
    data: bytes,
    headers: Mapping[str, str] | None = None,
    *,
    source: str | None = None,
    timezone: str | None = None,
    link_only: bool = False,
) -> ParsedFeed:
    """Parse a feed document (bytes and the HTTP response headers, if any).

    ``timezone`` is the source's zone, for entry dates written without one. ``link_only``
    keeps entries that carry only a link (for feeds whose pages are fetched).
    """
    if data.lstrip().startswith(b"{"):
        try:
            doc = json.loads(data)
        except (ValueError, RecursionError) as e:
            raise NotAFeed(f"parse: not a feed: invalid JSON ({e})") from e
        if isinstance(doc, dict) and str(doc.get("version", "")).startswith(_JSON_FEED):
            return _json_feed(doc, source, link_only)
        raise NotAFeed("parse: not a feed: JSON without a JSON Feed version")
    parsed = feedparser.parse(io.BytesIO(data), response_headers=dict(headers or {}))
    version = parsed.get("version") or ""
    if not version and _is_cdf(data):
        version = "cdf"  # Channel Definition Format: feedparser reads it, names no version
    if not version:
        problem = parsed.get("bozo_exception")
        raise NotAFeed(f"parse: not a feed{f': {problem}' if problem else ''}")
    entries: list[dict[str, Any]] = []
    skipped: Counter[str] = Counter()
    language = parsed.feed.get("language")  # day-first or month-first numeric dates
    languages = [str(language)] if language else None
    for entry in parsed.entries:
        try:
            reason = _skip_reason(entry, link_only)
            payload = None if reason else _entry_payload(entry, source, timezone, languages)
        except (TypeError, ValueError, AttributeError, OverflowError):
            reason, payload = "unreadable", None
        if payload is None:
            skipped[reason or "empty"] += 1
        else:
            entries.append(payload)
    problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
    ttl = str(parsed.feed.get("ttl", "")).strip()
    return ParsedFeed(
        version,
        parsed.feed.get("title"),
        tuple(entries),
        sum(skipped.values()),
        f"{type(problem).__name__}: {problem}" if problem else None,
        problem is None or type(problem).__name__ in HARMLESS_BOZO,
        int(ttl) if ttl.isdigit() and len(ttl) < 7 else None,
        skip_reasons=dict(skipped),
        link=_http(parsed.feed.get("link")),
    )


def _is_cdf(data: bytes) -> bool:
    """A CDF document: its root element is <CHANNEL> (after any comments or declarations)."""
    head = re.sub(rb"<!--.*?-->|<\?.*?\?>|<!DOCTYPE[^>]*>", b"", data[:4096], flags=re.S)
    return head.lstrip().lower().startswith(b"<channel")
