"""deploy/prometheus-alerts.yml is a Prometheus rule file whose expressions name only
metrics newsworker exports, with labels and label values those metrics carry."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.parser import text_string_to_metric_families

from worker.db.feeds import add_feed
from worker.db.models import utcnow
from worker.db.session import get_sessionmaker, transaction
from worker.metrics import REGISTRY, TASKS, DbCollector

RULES = Path(__file__).resolve().parents[2] / "deploy" / "prometheus-alerts.yml"
SELECTOR = re.compile(r"\b(newsworker_[a-z0-9_]+)(?:\{([^}]*)\})?")
MATCHER = re.compile(r'\s*([a-zA-Z_]\w*)\s*(=~|!~|!=|=)\s*"([^"]*)"\s*')
DURATION = re.compile(r"^\d+[smhdwy]$")


def _rules() -> list[dict[str, object]]:
    document = yaml.safe_load(RULES.read_text(encoding="utf-8"))
    return [rule for group in document["groups"] for rule in group["rules"]]


def _exported(sqlite_url: str) -> dict[str, dict[str, set[str]]]:
    """Every sample newsworker serves: metric name -> label name -> values seen."""
    with transaction(get_sessionmaker(sqlite_url)) as session:
        add_feed(session, "https://news.example/rss", now=utcnow())
    TASKS.labels("newsworker.probe", "succeeded")  # the task families, with a series
    registry = CollectorRegistry()
    registry.register(DbCollector(sqlite_url))
    text = generate_latest(registry).decode() + generate_latest(REGISTRY).decode()
    found: dict[str, dict[str, set[str]]] = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            labels = found.setdefault(sample.name, {})
            for key, value in sample.labels.items():
                labels.setdefault(key, set()).add(value)
    return found


def test_every_rule_is_complete() -> None:
    rules = _rules()
    assert {r["alert"] for r in rules} >= {"NewsworkerFeedFailing", "NewsworkerOutboxStuck"}
    for rule in rules:
        assert set(rule) >= {"alert", "expr", "for", "labels", "annotations"}, rule
        assert DURATION.match(str(rule["for"])), rule["for"]
        assert rule["labels"]["severity"] in ("warning", "critical")  # type: ignore[index]
        assert rule["annotations"]["summary"]  # type: ignore[index]
        expr = str(rule["expr"])
        assert expr.count("(") == expr.count(")"), expr
        assert SELECTOR.search(expr), f"{rule['alert']} names no newsworker metric"


@pytest.mark.parametrize("rule", _rules(), ids=lambda r: str(r["alert"]))
def test_expressions_name_metrics_labels_and_values_that_exist(
    rule: dict[str, object], sqlite_url: str
) -> None:
    exported = _exported(sqlite_url)
    for name, matchers in SELECTOR.findall(str(rule["expr"])):
        assert name in exported, f"{rule['alert']}: no metric {name} (have {sorted(exported)})"
        for label, op, value in MATCHER.findall(matchers):
            assert label in exported[name], f"{rule['alert']}: {name} has no label {label}"
            if op == "=":
                seen = exported[name][label]
                assert value in seen, f"{rule['alert']}: {name}{{{label}}} is one of {seen}"
