"""The JSON Schemas in schemas/ are generated from worker/contracts.py and cannot drift."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from pydantic import ValidationError

from worker.contracts import SCHEMA_FILES, ArticleSubmission, render
from worker.taxonomy import DEFAULT_TAXONOMY

SCHEMAS = Path(__file__).resolve().parents[2] / "schemas"


def _schema(name: str) -> dict[str, Any]:
    return json.loads((SCHEMAS / name).read_text(encoding="utf-8"))  # type: ignore[no-any-return]


@pytest.mark.parametrize("name", sorted(SCHEMA_FILES))
def test_the_schema_file_matches_the_code(name: str) -> None:
    path = SCHEMAS / name
    assert path.exists(), f"{path} missing: run `make schemas`"
    assert path.read_text(encoding="utf-8") == render(name), (
        f"{name} differs from worker/contracts.py: run `make schemas` and review the diff"
    )


@pytest.mark.parametrize("name", sorted(SCHEMA_FILES))
def test_each_schema_is_valid_draft_2020_12(name: str) -> None:
    schema = _schema(name)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)


def test_the_default_taxonomy_validates_against_its_schema() -> None:
    data = yaml.safe_load(DEFAULT_TAXONOMY.read_bytes())
    jsonschema.Draft202012Validator(_schema("taxonomy.schema.json")).validate(data)


@pytest.mark.parametrize(
    "payload",
    [
        {"text": "Le texte."},
        {"html": "<p>x</p>", "url": "https://ex.com/a", "published": "2025-05", "language": "fr"},
    ],
)
def test_valid_submissions_pass_both_the_schema_and_the_model(payload: dict[str, Any]) -> None:
    jsonschema.validate(payload, _schema("submission.schema.json"))
    ArticleSubmission.model_validate(payload)


@pytest.mark.parametrize(
    "payload",
    [{"title": "no body"}, {"text": "x", "unknown": 1}, {"text": 5}],
)
def test_payloads_the_schema_refuses_the_model_refuses_too(payload: dict[str, Any]) -> None:
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(payload, _schema("submission.schema.json"))
    with pytest.raises(ValidationError):
        ArticleSubmission.model_validate(payload)
