"""Normalize stage: Unicode, mojibake, language, identity. The stored text stays as written.

NFC and mojibake repair (ftfy, only where a cheap check finds it) change the stored text;
typographic quotes, case and accents do not: matching folds those on its own copy.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from datetime import UTC, datetime

import ftfy
from ftfy.badness import is_bad

from worker.dates import is_future
from worker.pipeline.dedup import content_hash, dedup_key
from worker.pipeline.langid import choose_language
from worker.pipeline.urls import canonical_url
from worker.types import Article, ParsedArticle

__all__ = ["clean_text", "normalize"]

# Keep what the author wrote: curly quotes, ligatures and full-width forms are not errors.
_FTFY = ftfy.TextFixerConfig(
    uncurl_quotes=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    explain=False,
)


# Characters that UTF-8 read as Latin-1 or cp1252 leaves behind (Ã©, â€™, Ð¿, C1 controls).
# Finding none costs microseconds; only then does ftfy's full check run.
_MOJIBAKE_HINT = re.compile("[ÃÂÐÑ\u0080-\u009f]|â€")


def clean_text(text: str) -> str:
    """Valid UTF-8, NFC, mojibake repaired, line ends unified, outer white space trimmed."""
    return _cleaned(text)[0]


def _cleaned(text: str) -> tuple[str, bool]:
    """The clean text, and whether mojibake was repaired in it."""
    repaired = False
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates from a lax JSON producer
        text = text.encode("utf-8", errors="replace").decode("utf-8")
    if _MOJIBAKE_HINT.search(text) and is_bad(text):
        text = ftfy.fix_text(text, _FTFY)
        repaired = True
    return unicodedata.normalize("NFC", text).strip(), repaired


def normalize(parsed: ParsedArticle) -> Article:
    """Turn a parsed article into a normalized one with its language and identity."""
    text, text_fixed = _cleaned(parsed.text)
    title, title_fixed = _cleaned(parsed.title or "")
    title = " ".join(title.split())
    # Below the confidence floor the declared language stands, then the title, then und.
    language, confidence = choose_language(text, parsed.language_declared, title)
    canonical = canonical_url(parsed.url, parsed.page_canonical)
    digest = content_hash(title, text)
    return Article(
        title=title,
        title_derived=parsed.title_derived,
        text=text,
        summary=clean_text(parsed.summary) if parsed.summary else None,
        url=parsed.url,
        canonical_url=canonical,
        guid=parsed.guid,
        source=parsed.source,
        language=language,
        language_confidence=confidence,
        language_declared=parsed.language_declared,
        published=parsed.published,
        content_hash=digest,
        dedup_key=dedup_key(
            guid=parsed.guid, source=parsed.source, canonical=canonical, digest=digest
        ),
        input_format=parsed.input_format,
        meta=replace(parsed.meta, text_repaired=text_fixed or title_fixed),
        # A date well ahead is a clock or parsing error, not news: flag it, keep it.
        published_in_future=(
            is_future(parsed.published, datetime.now(UTC)) if parsed.published else None
        ),
    )
