"""Identity: the content hash (did it change?) and the dedup key (is it the same article?)."""

from __future__ import annotations

import hashlib
import uuid

__all__ = ["article_id", "content_hash", "dedup_key"]

# Article ids are derived from dedup keys, so every database and every redelivery agrees.
_ID_NAMESPACE = uuid.UUID("6f1c1f1e-4d7e-5b0a-9a63-2f5c8e3b7d10")


def content_hash(title: str, text: str) -> str:
    """sha256 of the title and text with white space collapsed (formatting is not content)."""
    normalized = " ".join(title.split()) + "\n" + " ".join(text.split())
    return hashlib.sha256(normalized.encode("utf-8")).hexdigest()


def dedup_key(*, guid: str | None, source: str | None, canonical: str | None, digest: str) -> str:
    """The identity ladder: the source's GUID, else the canonical URL, else the content hash."""
    if guid and guid.strip():
        return f"guid:{(source or '').strip()}:{guid.strip()}"
    if canonical:
        return f"url:{canonical}"
    return f"hash:{digest}"


def article_id(key: str) -> str:
    """A stable id for the article with this dedup key (UUID 5)."""
    return str(uuid.uuid5(_ID_NAMESPACE, key))
