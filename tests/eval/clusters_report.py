"""Story clustering quality on labelled pairs: precision, recall and F1 by threshold.

Run from the repository root: ``python tests/eval/clusters_report.py`` (``--errors`` lists the
pairs decided wrongly at the default threshold). Each pair of ``clusters.jsonl`` is decided as
:func:`worker.db.clusters.assign_clusters` decides it: the two texts are one story when their
signatures share an LSH band and their estimated similarity reaches the threshold. Pairs marked
``"required": false`` (the same story, but a summary or a partial text, which clustering need
not catch) are shown apart and left out of the figures. ``tests/eval/test_cluster_floors.py``
imports :func:`evaluate` from this file and checks the figures against ``cluster_floors.json``.
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
PAIRS = HERE / "clusters.jsonl"
FLOORS = HERE / "cluster_floors.json"
THRESHOLDS = (0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9)

if str(ROOT) not in sys.path:  # `python tests/eval/clusters_report.py` puts tests/eval first
    sys.path.insert(0, str(ROOT))
if str(HERE) not in sys.path:  # imported from a test: make the sibling report.py importable
    sys.path.insert(0, str(HERE))


from report import Counts  # noqa: E402  (tests/eval/report.py: one definition of P/R/F1)


@dataclass(frozen=True)
class Decided:
    """One labelled pair with what the clustering measured on it."""

    id: str
    kind: str
    same_story: bool
    required: bool
    candidate: bool  # the signatures share a band
    similarity: float  # estimated Jaccard similarity of the shingle sets

    def joined(self, threshold: float) -> bool:
        return self.candidate and self.similarity >= threshold


def load_pairs(path: Path = PAIRS) -> list[dict[str, Any]]:
    """The labelled pairs, one per non-empty line."""
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def decide(records: Iterable[Mapping[str, Any]]) -> list[Decided]:
    """Sign both texts of every pair and measure what the clustering sees."""
    from worker.minhash import bands, signature, similarity

    out = []
    for r in records:
        a, b = signature(r["a"]), signature(r["b"])
        out.append(
            Decided(
                r["id"],
                r["kind"],
                r["same_story"],
                r.get("required", True),
                bool(set(bands(a)) & set(bands(b))),
                similarity(a, b),
            )
        )
    return out


def count(decided: Iterable[Decided], threshold: float) -> Counts:
    """Counts over the required pairs at one threshold."""
    tp = fp = fn = 0
    for d in decided:
        if not d.required:
            continue
        joined = d.joined(threshold)
        tp += d.same_story and joined
        fp += (not d.same_story) and joined
        fn += d.same_story and not joined
    return Counts(tp, fp, fn)


def evaluate(
    records: Iterable[Mapping[str, Any]] | None = None, threshold: float | None = None
) -> dict[str, Any]:
    """The figures in the shape of cluster_floors.json, at ``threshold`` (default: the code's)."""
    from worker.minhash import DEFAULT_THRESHOLD

    t = DEFAULT_THRESHOLD if threshold is None else threshold
    decided = decide(load_pairs() if records is None else records)
    real = [d for d in decided if d.kind.startswith("real-")]
    return {
        "threshold": t,
        "overall": count(decided, t).figures(),
        "real": count(real, t).figures(),
    }


def table(decided: list[Decided]) -> str:
    """Figures by threshold, then by kind of pair at the default threshold."""
    from worker.minhash import DEFAULT_THRESHOLD

    real = [d for d in decided if d.kind.startswith("real-")]
    lines = [
        f"{'threshold':>9}  {'precision':>9} {'recall':>6} {'F1':>6}   "
        f"{'real pairs only: P':>18} {'R':>6} {'F1':>6}"
    ]
    for t in THRESHOLDS:
        c, r = count(decided, t), count(real, t)
        mark = "  <- default" if t == DEFAULT_THRESHOLD else ""
        lines.append(
            f"{t:9.2f}  {c.precision:9.3f} {c.recall:6.3f} {c.f1:6.3f}   "
            f"{r.precision:18.3f} {r.recall:6.3f} {r.f1:6.3f}{mark}"
        )
    lines.append(f"\nby kind at the default threshold {DEFAULT_THRESHOLD}")
    lines.append(f"  {'kind':34} {'pairs':>5} {'joined':>6}   similarity min/median/max")
    kinds: dict[tuple[str, bool], list[Decided]] = {}
    for d in decided:
        kinds.setdefault((d.kind, d.same_story), []).append(d)
    for (kind, same), ds in sorted(kinds.items(), key=lambda kv: (not kv[0][1], kv[0][0])):
        sims = sorted(d.similarity for d in ds)
        joined = sum(d.joined(DEFAULT_THRESHOLD) for d in ds)
        label = f"{kind} ({'same' if same else 'different'})"
        extra = "  (not required: left out of the figures)" if not ds[0].required else ""
        lines.append(
            f"  {label:34} {len(ds):5d} {joined:6d}   "
            f"{sims[0]:.2f} / {sims[len(sims) // 2]:.2f} / {sims[-1]:.2f}{extra}"
        )
    positives = sum(d.same_story and d.required for d in decided)
    lines.append(
        f"\n{len(decided)} pairs: {positives} same story, "
        f"{sum(not d.same_story for d in decided)} different, "
        f"{sum(not d.required for d in decided)} same story but not required"
    )
    return "\n".join(lines)


def errors(decided: list[Decided], threshold: float) -> str:
    """One line per required pair decided wrongly at ``threshold``."""
    lines = []
    for d in decided:
        if d.required and d.joined(threshold) != d.same_story:
            what = "missed" if d.same_story else "merged"
            lines.append(
                f"  {d.id}  {what:6} {d.kind:34} similarity {d.similarity:.2f}"
                f"{'' if d.candidate else ' (no shared band)'}"
            )
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    from worker.minhash import DEFAULT_THRESHOLD

    decided = decide(load_pairs())
    print(table(decided))
    if "--errors" in argv:
        print(f"\nerrors at {DEFAULT_THRESHOLD} (see the pairs by id in clusters.jsonl)")
        print(errors(decided, DEFAULT_THRESHOLD) or "  none")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
