"""published_at has one form per precision, in the JSON Schema and in the model alike."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from pydantic import ValidationError

from worker.contracts import ArticleOut

SCHEMA = json.loads(
    (Path(__file__).resolve().parents[2] / "schemas" / "article.schema.json").read_text()
)


def _article(published_at: str, precision: str, known: bool) -> dict[str, Any]:
    return {
        "id": "a", "dedup_key": "hash:x", "source": None, "url": None, "canonical_url": None,
        "guid": None, "title": "t", "title_derived": False, "text": "x", "summary": None,
        "language": "fr", "language_confidence": 0.9, "language_declared": None,
        "published_at": published_at, "published_precision": precision,
        "published_provenance": "submission", "published_timezone_known": known,
        "first_seen_at": "2025-05-08T00:00:00Z", "updated_at": "2025-05-08T00:00:00Z",
        "content_hash": "h", "tags": [], "taxonomy_version": "1", "pipeline_version": "1",
    }  # fmt: skip


GOOD = [
    ("2025", "year", False),
    ("2025-05", "month", False),
    ("2025-05-08", "day", False),
    ("2025-06-10T14:00Z", "minute", True),
    ("2025-06-10T14:00", "minute", False),
    ("2025-06-10T14:00:05Z", "second", True),
]
BAD = [
    ("2025-05-08", "month", False),  # more than the precision says
    ("2025-05", "day", False),  # less
    ("2025-06-10T14:00", "minute", True),  # a known zone must say Z
    ("2025-06-10T14:00Z", "minute", False),  # an unknown one must not
    ("2025-06-10T14:00:05", "minute", False),
]


@pytest.mark.parametrize(("value", "precision", "known"), GOOD)
def test_each_precision_has_its_form(value: str, precision: str, known: bool) -> None:
    doc = _article(value, precision, known)
    jsonschema.validate(doc, SCHEMA)
    assert ArticleOut.model_validate(doc).published_at == value


@pytest.mark.parametrize(("value", "precision", "known"), BAD)
def test_other_forms_are_refused(value: str, precision: str, known: bool) -> None:
    doc = _article(value, precision, known)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(doc, SCHEMA)
    with pytest.raises(ValidationError):
        ArticleOut.model_validate(doc)
