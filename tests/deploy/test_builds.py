"""Reproducible builds: the locks cover pyproject.toml, and make, CI and the image use them.

``make lock`` writes requirements.lock (extras dev and monitor) and requirements-prod.lock
(monitor only) from pyproject.toml. When a dependency changes in pyproject.toml and the locks
are not regenerated, these tests fail and say to run ``make lock``.
"""

from __future__ import annotations

import importlib.metadata
import json
import re
import subprocess
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

import worker
from tests.deploy.composefile import load_compose

ROOT = Path(__file__).resolve().parents[2]
LOCK = ROOT / "requirements.lock"
PROD_LOCK = ROOT / "requirements-prod.lock"
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
REGENERATE = "pyproject.toml and the locks disagree: run `make lock` and commit both locks"


def read_lock(path: Path) -> dict[str, tuple[Version, int]]:
    """{name: (pinned version, number of hashes)} for the entries that apply here."""
    logical = re.sub(r"\\\n\s*", " ", path.read_text())
    pins: dict[str, tuple[Version, int]] = {}
    for line in logical.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        spec, *hashes = line.split(" --hash=")
        req = Requirement(spec)
        if req.marker is not None and not req.marker.evaluate():
            continue
        (pin,) = req.specifier
        assert pin.operator == "==", f"{path.name}: {spec} is not pinned"
        pins[canonicalize_name(req.name)] = (Version(pin.version), len(hashes))
    return pins


def declared(*extras: str) -> list[Requirement]:
    reqs = [Requirement(r) for r in PROJECT["dependencies"]]
    for extra in extras:
        reqs += [Requirement(r) for r in PROJECT["optional-dependencies"][extra]]
    return [r for r in reqs if r.marker is None or r.marker.evaluate()]


@pytest.mark.parametrize(
    ("lock", "extras"), [(LOCK, ("dev", "monitor")), (PROD_LOCK, ("monitor",))]
)
def test_each_lock_pins_every_declared_dependency_within_its_range(
    lock: Path, extras: tuple[str, ...]
) -> None:
    pins = read_lock(lock)
    for req in declared(*extras):
        name = canonicalize_name(req.name)
        assert name in pins, f"{lock.name} has no {req.name}: {REGENERATE}"
        version, _ = pins[name]
        assert req.specifier.contains(version, prereleases=True), (
            f"{lock.name} pins {name}=={version}, outside {req}: {REGENERATE}"
        )
        for extra in req.extras:  # celery[redis], psycopg[binary]: the extra's packages too
            wanted = importlib.metadata.requires(req.name) or []
            for sub in (Requirement(w) for w in wanted):
                if sub.marker is not None and sub.marker.evaluate({"extra": extra}):
                    assert canonicalize_name(sub.name) in pins, f"{lock.name}: no {sub.name}"
    assert all(count >= 1 for _, count in pins.values()), f"{lock.name}: a pin has no hash"


def test_the_image_lock_has_the_same_versions_and_no_development_tools() -> None:
    dev, prod = read_lock(LOCK), read_lock(PROD_LOCK)
    assert {n: v for n, (v, _) in prod.items()} == {n: dev[n][0] for n in prod}, REGENERATE
    for tool in ("pytest", "ruff", "mypy", "hypothesis"):
        assert tool not in prod


def test_what_is_installed_here_is_what_the_lock_says() -> None:
    for name, (version, _) in read_lock(LOCK).items():
        installed = Version(importlib.metadata.version(name))
        assert installed == version, f"{name} {installed} installed, {version} locked: make venv"


def _make(*args: str) -> str:
    done = subprocess.run(
        ["make", "--no-print-directory", "-n", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def test_make_installs_from_the_lock_and_rebuilds_when_it_changes() -> None:
    database = _make("-p", "-B", "venv")
    (rule,) = re.findall(r"^\.venv/\.installed-\d+: (.*)$", database, re.M)
    assert set(rule.split()) == {"pyproject.toml", "requirements.lock"}
    commands = _make("-B", "venv")
    assert "--require-hashes -r requirements.lock" in commands
    assert "--no-deps -e ." in commands
    assert "[dev" not in commands, "make venv resolves the extras instead of using the lock"


def test_make_lock_uses_a_pinned_tool_from_pypi_on_both_locks() -> None:
    commands = _make("lock")
    assert re.search(r"pip install .*'uv==\d+\.\d+\.\d+'", commands)
    assert commands.count("uv pip compile pyproject.toml") == 2
    assert "--output-file requirements.lock" in commands
    assert "--constraint requirements.lock --output-file requirements-prod.lock" in commands
    assert "--index-url https://pypi.org/simple" in commands


def test_ci_installs_through_make() -> None:
    ci = (ROOT / ".ci" / "run").read_text()
    assert "pip install" not in ci
    assert re.search(r"^make lint$", ci, re.M)
    assert re.search(r"^make test", ci, re.M)


def test_the_image_installs_the_lock_in_a_layer_before_the_code() -> None:
    text = re.sub(r"\\\n\s*", " ", (ROOT / "Dockerfile").read_text())
    lines = [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    build = lines[: next(i for i, ln in enumerate(lines) if ln.startswith("FROM ") and i > 1)]

    def first(pattern: str) -> int:
        return next(i for i, ln in enumerate(build) if re.search(pattern, ln))

    copy_lock = first(r"^COPY requirements-prod\.lock ")
    install_lock = first(r"^RUN .*pip install --require-hashes --no-deps -r requirements-prod")
    copy_code = first(r"^COPY worker ")
    install_self = first(r"^RUN .*pip install --no-deps \.")
    assert copy_lock < install_lock < copy_code < install_self
    # The image's own check is the compose worker's: the image runs a worker by default.
    (check,) = [ln for ln in lines if ln.startswith("HEALTHCHECK ")]
    command = json.loads(check.split(" CMD ", 1)[1])
    (default,) = [ln for ln in lines if ln.startswith("CMD ")]
    assert json.loads(default.split(" ", 1)[1]) == ["newsworker", "worker"]
    compose = load_compose(
        {"POSTGRES_PASSWORD": "p", "REDIS_PASSWORD": "r", "FLOWER_BASIC_AUTH": "a:b"}
    )
    assert ["CMD", *command] == compose["services"]["worker"]["healthcheck"]["test"]


def test_the_version_is_written_in_one_place() -> None:
    assert "version" not in PROJECT
    assert "version" in PROJECT["dynamic"]
    assert importlib.metadata.version("newsworker") == worker.__version__
    for name in ("Dockerfile", "docker-compose.yml", "Makefile"):
        assert worker.__version__ not in (ROOT / name).read_text(), name
