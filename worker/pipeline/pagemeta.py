"""What a page states about itself: JSON-LD, ``og:``/``article:`` and named meta tags, microdata
and ``<time>`` elements, read before trafilatura's heuristics and checked before use.

Structured data is the publisher's own statement, so it wins; heuristic values (an author
found in the page's text, a site name from a header line) are kept only when they do not look
like interface text ("Sign In", "Account You're logged", "Name; Email Com"). A title loses a
site suffix ("... | Yonhap News Agency", "...-新华网") only when the suffix is shown to be the
site's: it matches the site name or the host, or what is left is the page's own headline.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from worker.dates import parse_date, parse_iso_partial
from worker.types import PublishedDate

__all__ = [
    "PageMeta",
    "clean_author",
    "plausible_site_name",
    "read_meta",
    "strip_site_suffix",
]


@dataclass(frozen=True, slots=True)
class PageMeta:
    """Metadata a page declares, each value checked; None where it states none usable."""

    title: str | None = None
    site_name: str | None = None
    author: str | None = None
    published: PublishedDate | None = None
    language: str | None = None
    headings: tuple[str, ...] = ()


_ARTICLE_TYPES = ("Article", "NewsArticle", "BlogPosting", "Report", "ReportageNewsArticle",
                  "AnalysisNewsArticle", "OpinionNewsArticle", "LiveBlogPosting", "WebPage",
                  "ScholarlyArticle", "TechArticle", "SocialMediaPosting")  # fmt: skip
# Meta names (name=, property= or itemprop=) that state the publication time, best first.
_DATE_KEYS = ("article:published_time", "og:article:published_time", "og:published_time",
              "datepublished", "parsely-pub-date", "sailthru.date", "pubdate", "publishdate",
              "publish-date", "publish_date", "dc.date.issued", "dcterms.issued", "dc.date",
              "dcterms.created", "citation_publication_date", "article.published",
              "date")  # fmt: skip
_TITLE_KEYS = ("og:title", "twitter:title")
_SITE_KEYS = ("og:site_name", "application-name")
# article:author names the byline; a bare "author" meta often names the publisher ("NDR").
_AUTHOR_KEYS = ("author", "dc.creator", "parsely-author", "sailthru.author")
_LANG_KEYS = ("content-language", "og:locale", "inlanguage", "language", "dc.language")
_MAX_HEADINGS = 5


def read_meta(tree: Any) -> PageMeta:
    """The metadata an lxml HTML ``tree`` states (read only: the tree is not changed)."""
    meta = _meta_tags(tree)
    ld = list(_ld_articles(tree))
    language = _language(tree, meta, ld)
    hints = [language] if language else None
    dates = [str(o["datePublished"]) for o in ld if o.get("datePublished")]
    dates += [v for k in _DATE_KEYS for v in meta.get(k, [])]
    # og:title first: JSON-LD headlines are often cut to Google's 110 characters ("...").
    titles = [v for k in _TITLE_KEYS for v in meta.get(k, [])]
    titles += [str(o["headline"]) for o in ld if isinstance(o.get("headline"), str)]
    sites = [v for k in _SITE_KEYS for v in meta.get(k, [])]
    sites += [n for o in ld if (n := _name(o.get("publisher")))]
    authors = ["; ".join(names) for o in ld if (names := _names(o.get("author")))][:1]
    authors += meta.get("article:author", [])
    authors += [e.text_content() for e in tree.xpath('//*[@itemprop="author"]')]
    authors += [v for k in _AUTHOR_KEYS for v in meta.get(k, [])]
    title = next((t for t in (" ".join(t.split()) for t in titles) if t), None)
    site = next((s for s in sites if plausible_site_name(s, title)), None)
    author = next((a for a in (clean_author(a, site) for a in authors) if a), None)
    return PageMeta(
        title=title,
        site_name=" ".join(site.split()) if site else None,
        author=author,
        published=_published(tree, dates, hints),
        language=language,
        headings=_headings(tree),
    )


def _published(tree: Any, stated: list[str], hints: list[str] | None) -> PublishedDate | None:
    found = best_date(stated, hints)
    if found is not None and _RANK[found.precision] >= _RANK["minute"]:
        return found  # <time> elements cost a walk of the whole tree: only when needed
    return best_date([*stated, *_time_elements(tree)], hints)


def best_date(values: Sequence[str], languages: Sequence[str] | None) -> PublishedDate | None:
    """The first stated date, or a later one that is more precise about the same day."""
    best: PublishedDate | None = None
    for value in values:
        value = value.strip()
        found = parse_iso_partial(value, "page-metadata") or parse_date(
            value, "page-metadata", languages=languages
        )
        if found is None:
            continue
        if best is None or (
            _RANK[found.precision] > _RANK[best.precision] and _same_day(best, found)
        ):
            best = found
    return best


_RANK = {"year": 0, "month": 1, "day": 2, "minute": 3, "second": 4}


def _same_day(coarse: PublishedDate, fine: PublishedDate) -> bool:
    # A calendar date is a label in the page's zone: its UTC instant may be a day off.
    return abs((fine.value - coarse.value).total_seconds()) < 2 * 86400


# Interface text that heuristics take for an author or site name.
_UI = re.compile(
    r"\b(sign[ -]?(in|up|out)|log[ -]?(in|out)|logged|account|e-?mail|password|subscribe|"
    r"newsletter|register|anmelden|abonnieren|connexion|s'inscrire|menu|search|suche|share|"
    r"teilen|cookies?|privacy|datenschutz|comments?|kommentare?|profile|follow|submitted|"
    r"copyright|all rights reserved|impressum)\b|©|https?://|www\.|@",
    re.IGNORECASE,
)
# A label before a name: "By", "Von", "Autor/in:", "View all posts by".
_LABEL = re.compile(
    r"^\s*(view all posts by|posted by|written by|by|von|par|por|di|door|av|and|und|et|"
    r"autor(?:/in|in)?|author|verfasser(?:in)?)\b\s*[:：]?\s*",
    re.IGNORECASE,
)
# A company as a byline ("Süddeutsche.de GmbH; Munich; Germany"): a publisher, not an author.
_COMPANY = re.compile(r"\b(GmbH|AG|Inc|Ltd|LLC|Corp|S\.A|SA|SAS|KG|Co)\b\.?")
_BARE_LABEL = re.compile(r"^(autor(?:/in|in)?|author|by|name|von|par|in|redaktion)$", re.I)
_MAX_NAME_WORDS = 6


def clean_author(value: str, site_name: str | None = None) -> str | None:
    """``value`` as a byline ("A; B"), or None when any part looks like interface text.

    A value half made of labels ("Autor; In Korinna Hennig") is refused whole: when a
    heuristic read the wrong element, the part that looks like a name is luck, not a byline.
    """
    value = " ".join(value.split())
    if not value or len(value) > 200:
        return None
    names: list[str] = []
    for part in re.split(r"\s*[;,|]\s*|\s+(?:and|und|et|y|e)\s+", value):
        if not part:
            continue
        if _UI.search(part) or _BARE_LABEL.match(part) or _COMPANY.search(part):
            return None
        name = _LABEL.sub("", part).strip(" :：-–—")
        if not name or not any(ch.isalpha() for ch in name):
            return None
        if len(name.split()) > _MAX_NAME_WORDS or len(name) > 80:
            return None
        if name not in names:
            names.append(name)
    return "; ".join(names) if names else None


def plausible_site_name(value: str, title: str | None) -> bool:
    """False for a site name that is really the title, a whole header line, or a URL."""
    value = " ".join(value.split())
    if not value or len(value) > 80 or _UI.search(value):
        return False
    key = _key(value)
    if not key:
        return False
    if title:
        t = _key(title)
        # "the title" or "a header line holding the title": never the site's name.
        if key == t or (len(t) >= 8 and t in key):
            return False
    return True


_SEPARATOR = re.compile(r"\s+[|»·•–—:\-]\s+|\s*[｜：]\s*|\s+::\s+|(?<=\S)[-|](?=\S)")
_MIN_TITLE = 4


def strip_site_suffix(
    title: str, site_name: str | None, url: str | None = None, headings: Sequence[str] = ()
) -> str:
    """``title`` without a trailing site suffix, when the suffix is shown to be the site's."""
    title = " ".join(title.split())
    host = (urlsplit(url).hostname or "") if url else ""
    host_labels = {p for p in host.split(".") if len(p) > 3}
    heads = {_key(h) for h in headings if h}
    site = _key(site_name) if site_name else ""
    for m in reversed(list(_SEPARATOR.finditer(title))):
        rest, suffix = title[: m.start()].strip(), title[m.end() :].strip()
        if len(rest) < _MIN_TITLE or not suffix:
            continue
        s = _key(suffix)
        first = _key(suffix.split()[0]) if suffix.split() else ""
        if (
            (site and (s == site or s.startswith(site) or (len(s) >= 2 and s in site)))
            or first in host_labels
            or _key(rest) in heads
        ):
            return rest
    return title


def _key(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.casefold())


def _meta_tags(tree: Any) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for el in tree.iter("meta"):
        key = el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv")
        content = el.get("content")
        if key and content and content.strip():
            found.setdefault(key.strip().lower(), []).append(content.strip())
    return found


def _ld_articles(tree: Any) -> Iterator[dict[str, Any]]:
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            doc = json.loads(script.text or "")
        except ValueError:
            continue  # broken JSON-LD is common; the other sources remain
        yield from _articles(doc)


def _articles(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, list):
        for item in node:
            yield from _articles(item)
    elif isinstance(node, dict):
        kind = node.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if any(k in _ARTICLE_TYPES for k in kinds):
            yield node
        if "@graph" in node:
            yield from _articles(node["@graph"])


def _name(node: Any) -> str | None:
    if isinstance(node, str):
        return node
    if isinstance(node, dict) and isinstance(node.get("name"), str):
        return str(node["name"])
    return None


def _names(node: Any) -> list[str]:
    if isinstance(node, list):
        return [n for item in node if (n := _name(item))]
    if isinstance(node, dict) and node.get("@type") == "Organization":
        return []  # the publisher named as author: not a byline
    n = _name(node)
    return [n] if n else []


def _time_elements(tree: Any) -> list[str]:
    found = [
        str(el.get("datetime") or el.get("content"))
        for el in tree.xpath('//*[@itemprop="datePublished"]')
        if el.get("datetime") or el.get("content")
    ]
    found += [str(el.get("datetime")) for el in tree.iter("time")
              if el.get("pubdate") is not None and el.get("datetime")]  # fmt: skip
    found += [str(v) for v in tree.xpath("(//article//time[@datetime])[1]/@datetime")]
    return found


def _language(tree: Any, meta: dict[str, list[str]], ld: list[dict[str, Any]]) -> str | None:
    values: list[str | None] = [tree.get("lang"), tree.get("xml:lang")]
    values += [str(o["inLanguage"]) for o in ld if isinstance(o.get("inLanguage"), str)]
    values += [v for k in _LANG_KEYS for v in meta.get(k, [])]
    for v in values:
        if v and re.fullmatch(r"[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*", v.strip()):
            return v.strip().replace("_", "-")
    return None


def _headings(tree: Any) -> tuple[str, ...]:
    heads = (" ".join(h.text_content().split()) for h in tree.iter("h1"))
    return tuple(h for h in heads if h)[:_MAX_HEADINGS]
