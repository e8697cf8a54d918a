"""Quality gate: story clustering on tests/eval/clusters.jsonl stays at or above its floors.

The figures are computed by tests/eval/clusters_report.py (imported by path: tests/ has no
packages); this file checks them against cluster_floors.json and checks that the labelled
pairs are well formed. A failure names the figure, its value and its floor.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from worker.minhash import DEFAULT_THRESHOLD

HERE = Path(__file__).resolve().parent


def _load_report() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "newsworker_cluster_report", HERE / "clusters_report.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


report = _load_report()
PAIRS = report.load_pairs()
FLOORS = json.loads(report.FLOORS.read_text(encoding="utf-8"))
CHECKS = [(f"{group} {m}", group, m) for group in ("overall", "real") for m in FLOORS[group]]


@pytest.fixture(scope="module")
def measured() -> dict[str, Any]:
    return dict(report.evaluate(PAIRS))


@pytest.mark.parametrize(("name", "group", "metric"), CHECKS, ids=[c[0] for c in CHECKS])
def test_figure_at_or_above_floor(
    measured: dict[str, Any], name: str, group: str, metric: str
) -> None:
    value, floor = measured[group][metric], FLOORS[group][metric]
    assert value >= floor, (
        f"{name} is {value:.3f}, below its floor {floor:.2f} (tests/eval/cluster_floors.json); "
        "run `python tests/eval/clusters_report.py --errors` to see which pairs went wrong"
    )


def test_floors_were_measured_at_the_default_threshold() -> None:
    assert FLOORS["threshold"] == DEFAULT_THRESHOLD, (
        "the default threshold changed: measure again with tests/eval/clusters_report.py and "
        "update cluster_floors.json"
    )
    assert FLOORS["note"]
    for group in ("overall", "real"):
        assert set(FLOORS[group]) == {"precision", "recall", "f1"}
        assert all(0.0 <= v <= 1.0 for v in FLOORS[group].values())


def test_pairs_are_well_formed() -> None:
    ids = [p["id"] for p in PAIRS]
    assert len(ids) == len(set(ids)), "duplicate ids in clusters.jsonl"
    for p in PAIRS:
        assert set(p) <= {"id", "kind", "same_story", "a", "b", "source", "required", "note"}, p[
            "id"
        ]
        assert isinstance(p["same_story"], bool), p["id"]
        assert p["kind"].startswith(("real-", "derived-")), p["id"]
        assert "==" in p["source"], f"{p['id']}: source names package==version"
        assert p["a"].strip(), p["id"]
        assert p["b"].strip(), p["id"]
        assert p["a"] != p["b"], p["id"]
        assert p.get("required", True) or p["same_story"], f"{p['id']}: only same-story pairs"


def test_both_labels_and_real_pairs_of_each_are_present() -> None:
    real = [p for p in PAIRS if p["kind"].startswith("real-") and p.get("required", True)]
    assert sum(p["same_story"] for p in real) >= 25
    assert sum(not p["same_story"] for p in real) >= 80
