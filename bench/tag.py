"""Tagger speed: MB/s and articles/s for ~3 KB articles with the full default taxonomy.

Times the tag stage alone (matching, scoring, evidence) on already normalized articles,
and the matcher's pass alone, on one core, and the memory the loaded taxonomy (aliases,
CLDR names, gazetteer, institutions) adds to the process. Prints the command that
reproduced it.

    python bench/tag.py --n 2000
"""

from __future__ import annotations

import argparse
import random
import resource
import shlex
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from worker.pipeline import prepare  # noqa: E402
from worker.pipeline.tag import tag  # noqa: E402
from worker.taxonomy import load_taxonomy  # noqa: E402

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000, help="articles")
    args = parser.parse_args()
    before = _rss_mib()
    taxonomy = load_taxonomy()
    loaded = _rss_mib() - before
    texts = articles(args.n, random.Random(7))
    normalized = [prepare({"text": t}, taxonomy, 10**7).article for t in texts]
    megabytes = sum(len(a.text.encode()) + len(a.title.encode()) for a in normalized) / 1e6

    started = time.perf_counter()
    tags = sum(len(tag(a, taxonomy).tags) for a in normalized)
    staged = time.perf_counter() - started

    started = time.perf_counter()
    for a in normalized:
        taxonomy.matcher.find(a.text)
    matched = time.perf_counter() - started

    patterns = len(taxonomy.matcher)
    print(f"taxonomy       {taxonomy.version}, {patterns} folded aliases and exclusions")
    print(f"articles       {args.n}, {megabytes:.2f} MB (title + text), {tags} tags found")
    print(f"tag stage      {megabytes / staged:.1f} MB/s, {args.n / staged:,.0f} articles/s, "
          f"{staged / args.n * 1e6:.0f} µs per article")  # fmt: skip
    print(f"matcher pass   {megabytes / matched:.1f} MB/s on the text alone")
    print(f"memory         {loaded:.0f} MiB added by loading the taxonomy")
    print(f"reproduce      python bench/tag.py {shlex.join(sys.argv[1:])}".rstrip())


if __name__ == "__main__":
    main()
