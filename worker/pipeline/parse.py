"""Parse stage: raw bytes or a submission in, a :class:`ParsedArticle` out.

Raw text may open with a metadata token, ``date 2025-05`` (or ``date 2025-05-08``, or an
ISO datetime), before the body, as the seed articles do. Without an explicit title, the
title is the text's first sentence, cut at a word boundary if it is too long.
"""

from __future__ import annotations

import re

from worker.contracts import ArticleSubmission
from worker.dates import ISO_PARTIAL, parse_iso_partial
from worker.errors import EmptyInput, InputTooLarge, NotText
from worker.pipeline.decode import decode
from worker.pipeline.extract import extract_html, fragment_page
from worker.types import ArticleMeta, InputFormat, ParsedArticle, Provenance, PublishedDate

__all__ = ["decode_bytes", "derive_title", "parse_submission", "split_header"]

TITLE_MAX_CHARS = 200
_HEADER = re.compile(r"\A\s*date\s*[:=]?\s+(?P<value>" + ISO_PARTIAL.pattern + r")(?=\s)", re.I)
# A sentence ends at . ! ? or … followed by space and a capital, digit or opening quote,
# unless the dot closes a single-letter initial ("V. Poutine") or a short abbreviation.
_SENTENCE_END = re.compile(r"(?<!\b\w)(?<!\bM)(?<!\bMr)(?<!\bDr)(?<!\bSt)[.!?…](?=\s+\S)")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def decode_bytes(data: bytes, max_bytes: int) -> tuple[str, str]:
    """Decode raw input to text; returns ``(text, charset)``.

    Raises EmptyInput, InputTooLarge or NotText with a message that says what to fix.
    """
    if len(data) > max_bytes:
        raise InputTooLarge(
            f"parse: input is {len(data):,} bytes, over the {max_bytes:,}-byte limit; "
            "split it or raise NEWSWORKER_MAX_ARTICLE_BYTES"
        )
    if not data.strip():
        raise EmptyInput("parse: input is empty; give a file with article text")
    decoded = decode(data)
    if decoded.source in ("detected", "fallback") and b"\x00" in data:
        raise NotText("parse: input looks binary (NUL bytes); give UTF-8 text or HTML")
    if decoded.source == "fallback":
        raise NotText("parse: input is not text in any known encoding; give UTF-8 text")
    return _checked(decoded.text, decoded.charset)


def _checked(text: str, charset: str) -> tuple[str, str]:
    """Refuse decoded 'text' that is mostly control characters (binary in disguise)."""
    controls = len(_CONTROL.findall(text))
    if controls > max(2, len(text) // 100):
        raise NotText(
            f"parse: input looks binary ({controls} control characters); give text or HTML"
        )
    if not text.strip():
        raise EmptyInput("parse: input holds only white space; give article text")
    return text, charset


def split_header(text: str) -> tuple[PublishedDate | None, str]:
    """Split a leading ``date <ISO>`` token from the body; the body is returned unchanged."""
    m = _HEADER.match(text)
    if m is None:
        return None, text
    published = parse_iso_partial(m["value"], "text-header")
    if published is None:  # looks like a header but is no real date: keep the text whole
        return None, text
    return published, text[m.end() :].lstrip()


def derive_title(text: str, max_chars: int = TITLE_MAX_CHARS) -> str:
    """The first sentence of ``text`` (without its full stop), cut at a word if too long."""
    first_para = text.strip().split("\n", 1)[0].strip()
    m = _SENTENCE_END.search(first_para)
    sentence = first_para[: m.start() + 1] if m else first_para
    sentence = sentence.rstrip(". ")
    if len(sentence) <= max_chars:
        return sentence
    cut = sentence[: max_chars + 1].rsplit(None, 1)[0].rstrip(",;:—–- ")
    return cut + "…"


def parse_submission(
    sub: ArticleSubmission,
    max_bytes: int,
    date_provenance: Provenance = "submission",
    charset: tuple[str, str] | None = None,
    fragment: bool = False,
) -> ParsedArticle:
    """Turn a validated submission into a parsed article (raises PermanentError on bad input).

    ``fragment``: the HTML is a feed entry's body, which feedparser has sanitized: its text
    is taken as it is (:func:`fragment_page`), without trafilatura's page extraction.

    ``date_provenance`` says where a ``published`` value came from (a feed entry's date is
    "feed"); a date found in the text itself is always "text-header". ``charset`` is the
    ``(encoding, what decided it)`` of fetched or read bytes, recorded on the article.
    """
    if sub.fetch_only:
        raise EmptyInput(f"parse: {sub.url} was not fetched; send it to newsworker.ingest_url")
    published = parse_iso_partial(sub.published, date_provenance) if sub.published else None
    title = sub.title.strip() if sub.title and sub.title.strip() else None
    fmt: InputFormat
    page = None
    if sub.html is not None:
        _checked_size(sub.html, max_bytes)
        page = fragment_page(sub.html) if fragment else extract_html(sub.html, sub.url)
        body = page.text
        title = title or page.title
        published = published or page.published
        fmt = "html"
    else:
        assert sub.text is not None
        _checked_size(sub.text, max_bytes)
        header_date, body = split_header(sub.text)
        published = published or header_date
        fmt = "text"
    if not body.strip():
        raise EmptyInput(f"parse: the {fmt} holds no article text")
    return ParsedArticle(
        text=body,
        title=title or derive_title(body),
        title_derived=title is None,
        url=sub.url,
        guid=sub.guid,
        source=sub.source,
        published=published,
        language_declared=sub.language or (page.language if page else None),
        input_format=fmt,
        meta=ArticleMeta(
            charset=charset[0] if charset else None,
            charset_source=charset[1] if charset else None,
            extraction=page.method if page else "text",
            author=page.author if page else None,
            site_name=page.site_name if page else None,
            image_url=page.image_url if page else None,
        ),
        page_canonical=page.canonical if page else None,
    )


def _checked_size(body: str, max_bytes: int) -> None:
    size = len(body.encode("utf-8", errors="replace"))
    if size > max_bytes:
        raise InputTooLarge(
            f"parse: article is {size:,} bytes, over the {max_bytes:,}-byte limit; "
            "split it or raise NEWSWORKER_MAX_ARTICLE_BYTES"
        )
    if not body.strip():
        raise EmptyInput("parse: the submission's text is empty; give article text")
    _checked(body, "utf-8")  # control characters: binary smuggled in as a string
