"""Canonical URLs: one spelling per page, so the same article found twice is one article.

Tracking parameters are removed by courlan (utm_*, fbclid, gclid and the like), the scheme
and host lower-cased, default ports and fragments dropped, and AMP variants mapped to the
article they render. A page's own ``rel=canonical`` or ``og:url`` wins, but only when it
stays on the same site: a page must not be able to claim another site's article.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from courlan import extract_domain, normalize_url

__all__ = ["canonical_url"]

_DEFAULT_PORTS = {"http": 80, "https": 443}
_AMP_QUERY = {("amp", "1"), ("amp", "true"), ("amp", ""), ("outputtype", "amp")}
_AMP_PATH = re.compile(r"(/amp)(?=/|$)|\.amp(?=\.html?$|$)|/amp\.html?$", re.I)


def _clean(url: str) -> str | None:
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.hostname:
        return None
    host = parts.hostname.lower().rstrip(".")
    if host.startswith("amp."):
        host = host[4:]
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    netloc = host if port in (None, _DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    path = _AMP_PATH.sub("", parts.path) or "/"
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if (k.lower(), v.lower()) not in _AMP_QUERY
    ]
    rebuilt = urlunsplit((scheme, netloc, path, urlencode(query), ""))
    try:
        return normalize_url(rebuilt, strict=True)
    except (ValueError, TypeError):
        return rebuilt


def canonical_url(url: str | None, page_canonical: str | None = None) -> str | None:
    """The canonical form of ``url``, or of the page's own canonical link on the same site.

    Returns None for anything that is not an absolute http(s) URL.
    """
    cleaned = _clean(url) if url else None
    if page_canonical:
        declared = _clean(page_canonical)
        if declared and (cleaned is None or _same_site(cleaned, declared)):
            return declared
    return cleaned


def _same_site(a: str, b: str) -> bool:
    return (extract_domain(a) or "") == (extract_domain(b) or "") != ""
