"""docker-compose.yml is a valid Compose file: checked against the Compose Specification's
JSON Schema (tests/data/compose-spec/, see tests/data/README.md), after interpolation, as
``docker compose config`` checks it."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from tests.deploy.composefile import load_compose

SCHEMA = Path(__file__).resolve().parents[1] / "data" / "compose-spec" / "compose-spec.json"
PASSWORDS = {"POSTGRES_PASSWORD": "pg", "REDIS_PASSWORD": "redis", "FLOWER_BASIC_AUTH": "a:b"}


def _validator() -> jsonschema.Draft201909Validator:
    schema = json.loads(SCHEMA.read_text())
    # It names draft 2019-09 by its old http:// address, which jsonschema does not map.
    assert "draft/2019-09" in schema["$schema"]
    jsonschema.Draft201909Validator.check_schema(schema)
    return jsonschema.Draft201909Validator(schema)


def _errors(document: dict[str, Any]) -> list[str]:
    return [
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
        for e in _validator().iter_errors(document)
    ]


def test_the_compose_file_follows_the_compose_specification() -> None:
    assert _errors(load_compose(PASSWORDS)) == []


def test_settings_from_deploy_env_keep_the_file_valid() -> None:
    variables = {**PASSWORDS, "NEWSWORKER_METRICS_PORT": "9900", "CONFIG_DIR": "/srv/nw"}
    assert _errors(load_compose(variables)) == []


@pytest.mark.parametrize(
    ("path", "value", "complaint"),
    [
        (("services", "worker", "healthchek"), {"test": ["CMD", "true"]}, "healthchek"),
        (("services", "worker", "depends_on", "migrate", "condition"), "done", "done"),
        (("services", "beat", "deploy", "replicas"), "one", "one"),
        (("services", "flower", "init"), "yes", "yes"),
    ],
)
def test_the_schema_refuses_what_compose_refuses(
    path: tuple[str, ...], value: Any, complaint: str
) -> None:
    document = copy.deepcopy(load_compose(PASSWORDS))
    node = document
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    errors = _errors(document)
    assert errors, f"a broken {'/'.join(path)} passed the schema"
    assert any(complaint in e for e in errors), errors
