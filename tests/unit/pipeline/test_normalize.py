from __future__ import annotations

import unicodedata

from worker.pipeline.dedup import article_id, content_hash, dedup_key
from worker.pipeline.normalize import clean_text, normalize
from worker.pipeline.urls import canonical_url
from worker.types import ParsedArticle


def _parsed(text: str, **kw: object) -> ParsedArticle:
    return ParsedArticle(text=text, title=kw.pop("title", "T"), title_derived=False, **kw)  # type: ignore[arg-type]


def test_stored_text_is_nfc_and_keeps_typographic_quotes() -> None:
    decomposed = unicodedata.normalize("NFD", "« Le président » d’Ukraine")
    cleaned = clean_text(decomposed)
    assert cleaned == "« Le président » d’Ukraine"
    assert unicodedata.is_normalized("NFC", cleaned)


def test_mojibake_is_repaired() -> None:
    assert clean_text("Le prÃ©sident russe") == "Le président russe"


def test_nul_bytes_and_lone_surrogates_cannot_reach_the_database() -> None:
    cleaned = clean_text("a\x00b \ud800 c")
    assert "\x00" not in cleaned
    cleaned.encode("utf-8")  # raises if a surrogate survived


def test_language_is_detected_with_confidence() -> None:
    article = normalize(_parsed("Le président russe a annoncé un accord avec la Chine. " * 3))
    assert article.language == "fr"
    assert article.language_confidence is not None
    assert article.language_confidence > 0.9


def test_text_without_letters_is_undetermined() -> None:
    article = normalize(_parsed("12345 67890 !!!"))
    assert (article.language, article.language_confidence) == ("und", None)


def test_the_dedup_key_ladder_prefers_guid_then_url_then_content() -> None:
    digest = content_hash("t", "x")
    assert (
        dedup_key(guid="g1", source="afp", canonical="https://a/", digest=digest) == "guid:afp:g1"
    )
    assert (
        dedup_key(guid=" ", source=None, canonical="https://a/", digest=digest) == "url:https://a/"
    )
    assert dedup_key(guid=None, source=None, canonical=None, digest=digest) == f"hash:{digest}"


def test_content_hash_ignores_formatting_but_not_words() -> None:
    assert content_hash("T", "a  b\n\nc") == content_hash("T", "a b c")
    assert content_hash("T", "a b c") != content_hash("T", "a b d")


def test_article_ids_are_stable_per_dedup_key() -> None:
    assert article_id("hash:abc") == article_id("hash:abc")
    assert article_id("hash:abc") != article_id("hash:abd")


def test_canonical_urls_drop_tracking_fragments_and_default_ports() -> None:
    url = "HTTPS://Example.COM:443/a/b?utm_source=x&id=7&fbclid=y#top"
    assert canonical_url(url) == "https://example.com/a/b?id=7"
    assert canonical_url("ftp://example.com/x") is None
    assert canonical_url("not a url") is None


def test_the_url_feeds_the_dedup_key() -> None:
    a = normalize(_parsed("Texte.", url="https://ex.com/a?utm_medium=rss"))
    b = normalize(_parsed("Autre texte.", url="https://EX.com/a"))
    assert a.dedup_key == b.dedup_key == "url:https://ex.com/a"
