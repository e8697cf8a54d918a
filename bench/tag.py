"""Tagger speed: MB/s and articles/s for ~3 KB articles with the full default taxonomy.

Times the tag stage alone (matching, scoring, evidence) on already normalized articles,
and the matcher's pass alone, on one core; then the tag stage on the real texts of the
labelled corpus (tests/eval/corpus.jsonl: every language it holds, 0.1-1.5 KB each, where
the cost per text weighs more than per byte); and the memory the loaded taxonomy (aliases,
CLDR names, gazetteer, institutions) adds to the process. Prints the command that
reproduced it.

    python bench/tag.py --n 2000 --repeat 5

The machine is noisy: each pass is timed ``--repeat`` times (3 by default) and the median is
printed with the range, in wall time and in the process's CPU time (which other processes
on the machine do not inflate, though they still slow it through shared caches).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shlex
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from worker.pipeline import prepare  # noqa: E402
from worker.pipeline.tag import tag  # noqa: E402
from worker.taxonomy import load_taxonomy  # noqa: E402
from worker.taxonomy.fold import fold  # noqa: E402

CORPUS = ROOT / "tests" / "eval" / "corpus.jsonl"
SEED = (ROOT / "seeds" / "000_f2ff33e2eff4ce5e.txt").read_text(encoding="utf-8")
FILLER = (
    "The council met on Tuesday to discuss the budget for schools, roads and the new library. "
    "Le conseil municipal a voté le budget des écoles et de la bibliothèque mardi soir. "
    "Der Stadtrat hat am Dienstag über den Haushalt für Schulen und Straßen beraten. "
    "Городской совет во вторник обсудил бюджет школ и дорог. 市议会周二讨论了学校和道路的预算。"
)


def articles(n: int, rng: random.Random) -> list[str]:
    """Half news about the tagged subjects (the seed, shuffled), half unrelated text."""
    seed_sentences = SEED.split(". ")
    out = []
    for i in range(n):
        if i % 2:
            rng.shuffle(seed_sentences)
            body = ". ".join(seed_sentences)
        else:
            body = FILLER * 8
        out.append(f"Article {i}. {body}"[:3072])
    return out


def _rss_mib() -> float:
    """The process's resident set size in MiB (Linux /proc; peak RSS elsewhere)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as f:
            return int(f.read().split()[1]) * resource.getpagesize() / 2**20
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _times(repeat: int, run: Callable[[], object]) -> tuple[list[float], list[float]]:
    """Wall and CPU seconds of each of ``repeat`` runs; the fold cache is emptied before each."""
    wall, cpu = [], []
    for _ in range(max(1, repeat)):
        fold.cache_clear()
        started, used = time.perf_counter(), time.process_time()
        run()
        wall.append(time.perf_counter() - started)
        cpu.append(time.process_time() - used)
    return wall, cpu


def _rate(megabytes: float, seconds: list[float]) -> str:
    """MB/s as median (range) over the runs."""
    rates = sorted(megabytes / s for s in seconds)
    return f"{statistics.median(rates):.1f} ({rates[0]:.1f}-{rates[-1]:.1f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000, help="articles")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs of each pass")
    args = parser.parse_args()
    before = _rss_mib()
    taxonomy = load_taxonomy()
    loaded = _rss_mib() - before
    texts = articles(args.n, random.Random(7))
    normalized = [prepare({"text": t}, taxonomy, 10**7).article for t in texts]
    megabytes = sum(len(a.text.encode()) + len(a.title.encode()) for a in normalized) / 1e6

    tags = sum(len(tag(a, taxonomy).tags) for a in normalized)
    staged, staged_cpu = _times(args.repeat, lambda: [tag(a, taxonomy) for a in normalized])
    matched, _ = _times(args.repeat, lambda: [taxonomy.matcher.find(a.text) for a in normalized])

    # Real text too: every record of the labelled corpus (37 languages, 0.1-1.5 KB each).
    records = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    real = [
        prepare({"title": r.get("title") or None, "text": r["text"]}, taxonomy, 10**7).article
        for r in records
    ]
    real_mb = sum(len(a.text.encode()) + len(a.title.encode()) for a in real) / 1e6
    real_staged, real_cpu = _times(args.repeat, lambda: [tag(a, taxonomy) for a in real])

    patterns = len(taxonomy.matcher)
    stage = statistics.median(staged)
    print(f"taxonomy       {taxonomy.version}, {patterns} folded aliases and exclusions")
    print(f"articles       {args.n}, {megabytes:.2f} MB (title + text), {tags} tags found")
    print(f"tag stage      {_rate(megabytes, staged)} MB/s, {args.n / stage:,.0f} articles/s, "
          f"{stage / args.n * 1e6:.0f} µs per article")  # fmt: skip
    cpu = statistics.median(staged_cpu)
    print(f"  in CPU time  {_rate(megabytes, staged_cpu)} MB/s, "
          f"{cpu / args.n * 1e6:.0f} µs CPU per article")  # fmt: skip
    print(f"matcher pass   {_rate(megabytes, matched)} MB/s on the text alone")
    real_stage = statistics.median(real_staged)
    print(f"real texts     {len(real):,} corpus texts ({real_mb:.2f} MB): tag stage "
          f"{_rate(real_mb, real_staged)} MB/s, "
          f"{real_stage / len(real) * 1e6:.0f} µs per text")  # fmt: skip
    real_cpu_s = statistics.median(real_cpu)
    print(f"  in CPU time  {_rate(real_mb, real_cpu)} MB/s, "
          f"{real_cpu_s / len(real) * 1e6:.0f} µs CPU per text")  # fmt: skip
    print(f"memory         {loaded:.0f} MiB added by loading the taxonomy")
    print(f"reproduce      python bench/tag.py {shlex.join(sys.argv[1:])}".rstrip())


if __name__ == "__main__":
    main()
