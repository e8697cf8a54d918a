"""docker-compose.yml and the Dockerfile read the way compose and Docker read them.

There is no container engine on this machine, so the deployment tests read both files
themselves:

- The compose file is loaded with PyYAML (anchors and ``<<`` merges) and interpolated as the
  Compose Specification says: ``${VAR}``, ``${VAR:-default}``, ``${VAR-default}``,
  ``${VAR:?message}``, ``${VAR?message}``, ``${VAR:+alt}``, ``$VAR``, ``$$``, and nested
  defaults (``${A:-${B}}``, the inner part read only when it is used).
- An ``environment`` entry without a value takes the variable's value from compose's own
  environment (the shell and ``--env-file``); when that is unset the entry is left out.
- The Dockerfile's last stage gives the base image (``ARG`` defaults substituted), user,
  working directory and ``ENV``.
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
COMPOSE = ROOT / "docker-compose.yml"
DOCKERFILE = ROOT / "Dockerfile"
MACHINE_SERVICES = frozenset({"redis", "postgres"})

__all__ = [
    "COMPOSE",
    "DOCKERFILE",
    "MACHINE_SERVICES",
    "ComposeError",
    "Image",
    "environment_of",
    "interpolate",
    "load_compose",
    "read_dockerfile",
    "start_order",
]


class ComposeError(Exception):
    """What ``docker compose`` would refuse, with its message."""


_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_BRACED = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)(?:(:?)([-?+])(.*))?", re.S)


def _closing(value: str, start: int) -> int:
    """Index of the ``}`` closing the ``${`` at ``start``, nested ``${...}`` included."""
    depth, i = 1, start + 2
    while i < len(value):
        if value.startswith("${", i):
            depth, i = depth + 1, i + 2
            continue
        if value[i] == "}":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    raise ComposeError(f"invalid interpolation format: {value[start:]}")


def _braced(body: str, variables: Mapping[str, str]) -> str:
    parsed = _BRACED.fullmatch(body)
    if parsed is None:
        raise ComposeError(f"invalid interpolation format: ${{{body}}}")
    name, colon, op, arg = parsed.groups()
    value = variables.get(name)
    missing = value is None or (colon == ":" and value == "")
    if op == "-":
        return interpolate(arg, variables) if missing else str(value)
    if op == "?":
        if missing:
            raise ComposeError(
                f"required variable {name} is missing a value: {interpolate(arg, variables)}"
            )
        return str(value)
    if op == "+":
        return "" if missing else interpolate(arg, variables)
    return value or ""


def interpolate(value: str, variables: Mapping[str, str]) -> str:
    """Compose's variable substitution in one string."""
    out: list[str] = []
    i = 0
    while i < len(value):
        if value.startswith("$$", i):
            out.append("$")
            i += 2
        elif value.startswith("${", i):
            end = _closing(value, i)
            out.append(_braced(value[i + 2 : end], variables))
            i = end + 1
        elif value[i] == "$" and (name := _NAME.match(value, i + 1)):
            out.append(variables.get(name.group(0), ""))
            i = name.end()
        else:
            out.append(value[i])
            i += 1
    return "".join(out)


def _resolve(node: Any, variables: Mapping[str, str]) -> Any:
    if isinstance(node, str):
        return interpolate(node, variables)
    if isinstance(node, list):
        return [_resolve(item, variables) for item in node]
    if isinstance(node, dict):
        return {key: _resolve(item, variables) for key, item in node.items()}
    return node


def _pass_through(environment: Any, variables: Mapping[str, str]) -> dict[str, str]:
    """A service's environment as the container gets it: value-less entries looked up."""
    if isinstance(environment, list):
        pairs = [item.split("=", 1) if "=" in item else (item, None) for item in environment]
        environment = dict(pairs)
    resolved: dict[str, str] = {}
    for key, value in (environment or {}).items():
        if value is None:
            if key in variables:
                resolved[str(key)] = variables[key]
        else:
            resolved[str(key)] = str(value).lower() if isinstance(value, bool) else str(value)
    return resolved


def load_compose(variables: Mapping[str, str], *overrides: Path) -> dict[str, Any]:
    """The compose file, interpolated with ``variables`` (compose's environment).

    ``overrides`` are further files, as ``docker compose -f docker-compose.yml -f FILE``
    merges them: mappings (services, environment, depends_on) merge key by key; any other
    value, lists included (``command``), replaces the one before.
    """
    document: dict[str, Any] = yaml.safe_load(COMPOSE.read_text())
    for path in overrides:
        document = _merged(document, yaml.safe_load(path.read_text()))
    resolved = dict(_resolve(document, variables))
    for service in resolved.get("services", {}).values():
        if "environment" in service:
            service["environment"] = _pass_through(service["environment"], variables)
    return resolved


def _merged(base: Any, override: Any) -> Any:
    if isinstance(base, dict) and isinstance(override, dict):
        out = dict(base)
        for key, value in override.items():
            out[key] = _merged(base[key], value) if key in base else value
        return out
    return override


def environment_of(service: Mapping[str, Any]) -> dict[str, str]:
    """The environment a loaded service declares (values already resolved)."""
    return dict(service.get("environment") or {})


def start_order(services: Mapping[str, Any]) -> list[str]:
    """Services in ``depends_on`` order (each after those it depends on)."""
    order: list[str] = []

    def visit(name: str, path: tuple[str, ...]) -> None:
        assert name not in path, f"depends_on cycle: {path}"
        if name in order:
            return
        for dependency in services[name].get("depends_on") or {}:
            visit(dependency, (*path, name))
        order.append(name)

    for name in services:
        visit(name, ())
    return order


@dataclass(frozen=True)
class Image:
    """The last stage of the Dockerfile: base, user, working directory, environment."""

    base: str
    user: str
    workdir: str
    env: dict[str, str]


def read_dockerfile() -> Image:
    logical = re.sub(r"\\\n\s*", " ", DOCKERFILE.read_text())
    lines = [ln.strip() for ln in logical.splitlines() if ln.strip() and not ln.startswith("#")]
    first_from = next(i for i, ln in enumerate(lines) if ln.upper().startswith("FROM "))
    args: dict[str, str] = {}
    for line in lines[:first_from]:
        instruction, _, rest = line.partition(" ")
        if instruction.upper() == "ARG":
            key, _, default = rest.strip().partition("=")
            args[key] = default
    stage = lines[max(i for i, ln in enumerate(lines) if ln.upper().startswith("FROM ")) :]
    base = interpolate(stage[0].split()[1], args)
    user, workdir, env = "root", "/", {}
    for line in stage[1:]:
        instruction, _, rest = line.partition(" ")
        if instruction.upper() == "USER":
            user = rest.strip()
        elif instruction.upper() == "WORKDIR":
            workdir = rest.strip()
        elif instruction.upper() == "ENV":
            for pair in shlex.split(rest):
                key, _, value = pair.partition("=")
                env[key] = value
    return Image(base, user, workdir, env)
