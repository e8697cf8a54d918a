"""Quality gate: the tagger's figures on tests/eval/corpus.jsonl stay at or above floors.json.

Each split (dev, heldout) has its own floors; the held-out ones are the gate that matters,
since nothing was tuned on those texts. The metrics are computed by tests/eval/report.py
(imported by path: tests/ has no packages); this file only checks them. A failure names the
split, the figure, its value and its floor. Floors are only raised; see the note in
floors.json.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent


def _load_report() -> ModuleType:
    spec = importlib.util.spec_from_file_location("newsworker_eval_report", HERE / "report.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


report = _load_report()
RECORDS = report.load_corpus()
FLOORS = json.loads(report.FLOORS.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def measured() -> dict[str, Any]:
    return {
        split: report.evaluate([r for r in RECORDS if r["split"] == split]).figures()
        for split in report.SPLITS
    }


def _floor_checks() -> list[tuple[str, tuple[str, ...]]]:
    checks = []
    for split in report.SPLITS:
        floors = FLOORS[split]
        checks += [(f"{split} overall {m}", (split, "overall", m)) for m in floors["overall"]]
        for group in ("per_tag", "per_language"):
            for key, figures in floors[group].items():
                checks += [(f"{split} {group} {key} {m}", (split, group, key, m)) for m in figures]
    return checks


@pytest.mark.parametrize(("name", "path"), _floor_checks(), ids=[n for n, _ in _floor_checks()])
def test_figure_at_or_above_floor(
    measured: dict[str, Any], name: str, path: tuple[str, ...]
) -> None:
    value: Any = measured
    floor: Any = FLOORS
    for part in path:
        value, floor = value[part], floor[part]
    assert value >= floor, (
        f"{name} is {value:.3f}, below its floor {floor:.2f} (tests/eval/floors.json); "
        "run `python tests/eval/report.py --errors` to see which dev texts went wrong"
    )


@pytest.mark.parametrize("split", report.SPLITS)
def test_floors_cover_every_tag_and_language(split: str) -> None:
    floors = FLOORS[split]
    languages = {r["lang"] for r in RECORDS if r["split"] == split}
    assert set(floors["per_tag"]) == set(report.TAGS)
    assert set(floors["per_language"]) == languages, "every corpus language needs floors"
    for figures in [
        floors["overall"],
        *floors["per_tag"].values(),
        *floors["per_language"].values(),
    ]:
        assert set(figures) == {"precision", "recall", "f1"}
        assert all(0.0 <= v <= 1.0 for v in figures.values())
    assert FLOORS["note"]


def test_the_split_is_recorded_and_both_parts_are_large() -> None:
    splits = [r["split"] for r in RECORDS]
    assert set(splits) == set(report.SPLITS)
    assert splits.count("heldout") >= 300, (
        "the held-out part must stay large enough to mean something"
    )


@pytest.mark.parametrize("record", RECORDS, ids=[r.get("id", "?") for r in RECORDS])
def test_corpus_record_is_well_formed(record: dict[str, Any]) -> None:
    for field in ("id", "lang", "source", "title", "text"):
        assert isinstance(record.get(field), str), f"{field} must be a string"
    assert record["id"], "id must not be empty"
    assert len(record["lang"]) == 2, "lang: an ISO 639-1 code"
    assert "==" in record["source"], "source: 'package==version path-inside-it'"
    assert record["text"].strip(), "text must not be empty"
    labels = record.get("labels")
    assert isinstance(labels, list), "labels must be a list"
    assert set(labels) <= set(report.TAGS), f"unknown labels: {set(labels) - set(report.TAGS)}"
    assert len(labels) == len(set(labels)), "labels must not repeat"
    assert record.get("split") in report.SPLITS, "split: dev or heldout"
    assert set(record) <= {"id", "lang", "split", "source", "title", "text", "labels", "note"}


def test_corpus_ids_are_unique() -> None:
    ids = [r["id"] for r in RECORDS]
    assert len(ids) == len(set(ids)), "duplicate ids in corpus.jsonl"
