"""Tagger quality on the labelled multilingual corpus: precision, recall and F1.

Run from the repository root: ``python tests/eval/report.py`` (``make eval``). The corpus is
split once (each record's ``split``, see LABELLING.md) into ``dev``, which the taxonomy may be
tuned on, and ``heldout``, which is only scored; the two are reported apart. The figures are
micro-averaged over (text, tag) pairs: overall, per tag (over all texts) and per language
(over the texts of that language). ``tests/eval/test_eval_floors.py`` imports
:func:`evaluate` from this file and checks the figures against ``floors.json``.

Each F1 comes with a 95% bootstrap interval (the texts resampled with replacement, 1,000
times, a fixed seed): how far the figure could move on another draw of as many texts of the
same kind, which a reader needs before comparing two taxonomies' figures.

``--errors`` lists the dev texts the tagger got wrong. It does not list held-out ones, on
purpose: reading them is how a held-out set turns into a dev set.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
CORPUS = HERE / "corpus.jsonl"
FLOORS = HERE / "floors.json"
TAGS = ("russia", "china", "ukraine", "taiwan", "trade")
SPLITS = ("dev", "heldout")
MAX_BYTES = 10**7

if str(ROOT) not in sys.path:  # `python tests/eval/report.py` puts tests/eval first, not the root
    sys.path.insert(0, str(ROOT))


@dataclass(frozen=True)
class Counts:
    """True positives, false positives and false negatives over some (text, tag) pairs."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def support(self) -> int:
        """Gold (text, tag) pairs: how many labels there were to find."""
        return self.tp + self.fn

    @property
    def precision(self) -> float:
        """Share of predicted tags that are right; 1.0 when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """Share of gold tags found; 1.0 when there was nothing to find."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def figures(self) -> dict[str, float]:
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1}


@dataclass(frozen=True)
class Result:
    """One corpus text with its gold and predicted tags."""

    id: str
    lang: str
    gold: frozenset[str]
    predicted: frozenset[str]


@dataclass(frozen=True)
class Evaluation:
    results: tuple[Result, ...]
    overall: Counts
    per_tag: dict[str, Counts]
    per_language: dict[str, Counts]

    def figures(self) -> dict[str, Any]:
        """The measured figures in the shape of floors.json."""
        return {
            "overall": self.overall.figures(),
            "per_tag": {k: v.figures() for k, v in self.per_tag.items()},
            "per_language": {k: v.figures() for k, v in self.per_language.items()},
        }


def load_corpus(path: Path = CORPUS, split: str | None = None) -> list[dict[str, Any]]:
    """The corpus records, one per non-empty line (only those of ``split`` when given)."""
    with path.open(encoding="utf-8") as f:
        records = [json.loads(line) for line in f if line.strip()]
    return [r for r in records if split is None or r.get("split") == split]


def predict(record: Mapping[str, Any], taxonomy: Any) -> frozenset[str]:
    """The tags newsworker gives one corpus text (title and text, through the real pipeline)."""
    from worker.pipeline import prepare

    payload = {"text": record["text"]}
    if record.get("title"):
        payload["title"] = record["title"]
    tagged = prepare(payload, taxonomy, MAX_BYTES)
    return frozenset(t.tag for t in tagged.tags)


def count(gold: frozenset[str], predicted: frozenset[str], tags: Iterable[str]) -> Counts:
    total = Counts()
    for tag in tags:
        g, p = tag in gold, tag in predicted
        total += Counts(int(g and p), int(p and not g), int(g and not p))
    return total


def evaluate(records: Iterable[Mapping[str, Any]] | None = None) -> Evaluation:
    """Tag every corpus text and compute the micro-averaged counts."""
    from worker.taxonomy import load_taxonomy

    taxonomy = load_taxonomy()
    results = tuple(
        Result(r["id"], r["lang"], frozenset(r["labels"]), predict(r, taxonomy))
        for r in (load_corpus() if records is None else records)
    )
    per_tag = {
        tag: sum((count(r.gold, r.predicted, [tag]) for r in results), Counts()) for tag in TAGS
    }
    per_language: dict[str, Counts] = {}
    for r in results:
        per_language[r.lang] = per_language.get(r.lang, Counts()) + count(r.gold, r.predicted, TAGS)
    overall = sum(per_tag.values(), Counts())
    return Evaluation(results, overall, per_tag, dict(sorted(per_language.items())))


RESAMPLES = 1000
SEED = 15


def f1_interval(
    results: Iterable[Result], tags: Iterable[str] = TAGS, resamples: int = RESAMPLES
) -> tuple[float, float]:
    """The 95% bootstrap interval of the micro-F1 over ``tags`` on ``results``: the texts
    drawn with replacement ``resamples`` times (seed ``SEED``), the 2.5th and 97.5th
    percentiles of the F1s."""
    import numpy as np

    tags = tuple(tags)
    # per text: its true positives, false positives and false negatives over the tags
    rows = np.array(
        [[c.tp, c.fp, c.fn] for c in (count(r.gold, r.predicted, tags) for r in results)],
        dtype=np.int64,
    ).reshape(-1, 3)
    if not len(rows) or not rows.any():
        return (1.0, 1.0) if not rows.any() else (0.0, 0.0)
    rng = np.random.default_rng(SEED)
    draws = rng.integers(0, len(rows), size=(resamples, len(rows)))
    tp, fp, fn = (rows[:, k][draws].sum(axis=1) for k in range(3))
    predicted, gold = tp + fp, tp + fn
    precision = np.where(predicted > 0, tp / np.maximum(predicted, 1), 1.0)
    recall = np.where(gold > 0, tp / np.maximum(gold, 1), 1.0)
    total = precision + recall
    f1 = np.where(total > 0, 2 * precision * recall / np.where(total > 0, total, 1), 0.0)
    low, high = np.percentile(f1, [2.5, 97.5])
    return float(low), float(high)


def table(evaluation: Evaluation) -> str:
    """The figures as a plain-text table."""
    texts: dict[str, list[Result]] = {}
    for r in evaluation.results:
        texts.setdefault(r.lang, []).append(r)
    lines = [
        f"{'':14} {'precision':>9} {'recall':>7} {'F1':>6} {'F1 95% CI':>11} "
        f"{'support':>8} {'texts':>6}"
    ]

    def row(name: str, c: Counts, within: Iterable[Result], tags: Iterable[str], n: str) -> None:
        low, high = f1_interval(within, tags)
        lines.append(
            f"{name:14} {c.precision:9.3f} {c.recall:7.3f} {c.f1:6.3f} "
            f"{f'{low:.2f}-{high:.2f}':>11} {c.support:8d} {n:>6}"
        )

    lines.append("per tag")
    for tag, c in evaluation.per_tag.items():
        row(f"  {tag}", c, evaluation.results, (tag,), "")
    lines.append("per language")
    for lang, c in evaluation.per_language.items():
        row(f"  {lang}", c, texts[lang], TAGS, str(len(texts[lang])))
    row("overall", evaluation.overall, evaluation.results, TAGS, str(len(evaluation.results)))
    lines.append(
        "(support: gold (text, tag) pairs; micro-averaged over (text, tag) pairs; "
        f"CI: texts resampled {RESAMPLES:,} times)"
    )
    return "\n".join(lines)


def errors(evaluation: Evaluation) -> str:
    """One line per text the tagger got wrong: missed and spurious tags."""
    lines = []
    for r in evaluation.results:
        missed, extra = sorted(r.gold - r.predicted), sorted(r.predicted - r.gold)
        if missed or extra:
            lines.append(
                f"  {r.id:8} missed {','.join(missed) or '-':22} spurious {','.join(extra) or '-'}"
            )
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    records = load_corpus()
    # --dev-only: the figures a tuning round may look at, without the held-out part's.
    for split in ("dev",) if "--dev-only" in argv else SPLITS:
        evaluation = evaluate([r for r in records if r.get("split") == split])
        print(f"== {split} ({len(evaluation.results)} texts) ==")
        print(table(evaluation))
        if split == "dev" and "--errors" in argv:
            print("\nerrors on dev (see the corpus records by id)")
            print(errors(evaluation) or "  none")
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
