"""The tag stage's cost in instructions, which a noisy machine does not change: run under
callgrind, the script counts only its tag-stage pass (the taxonomy's loading and the
articles' normalizing are left out), over the bench's articles or the labelled corpus.

    valgrind --tool=callgrind --instr-atstart=no python bench/tag_instructions.py --texts corpus

and read "Collected" in valgrind's summary. Compare two commits by running it in each; the
wall and CPU times of bench/tag.py vary from run to run on a shared machine, instruction
counts by well under 0.1%. Outside valgrind the script runs the pass and prints its time.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from tag import CORPUS, articles  # noqa: E402  (bench/tag.py)

from worker.pipeline import prepare  # noqa: E402
from worker.pipeline.tag import tag  # noqa: E402
from worker.taxonomy import load_taxonomy  # noqa: E402
from worker.taxonomy.fold import fold  # noqa: E402


def _callgrind(switch: str) -> None:
    """Turn callgrind's counting on or off for this process (nothing outside valgrind)."""
    control = shutil.which("callgrind_control")
    if control:
        subprocess.run([control, "-i", switch, str(os.getpid())], capture_output=True, check=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", choices=("articles", "corpus"), default="corpus")
    parser.add_argument("--n", type=int, default=400, help="bench articles (--texts articles)")
    args = parser.parse_args()
    taxonomy = load_taxonomy()
    if args.texts == "corpus":
        records = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]
        items = [{"title": r.get("title") or None, "text": r["text"]} for r in records]
    else:
        items = [{"text": t} for t in articles(args.n, random.Random(7))]
    normalized = [prepare(item, taxonomy, 10**7).article for item in items]
    for article in normalized:  # warm: the first pass fills the caches a worker keeps
        tag(article, taxonomy)
    fold.cache_clear()
    _callgrind("on")
    started = time.process_time()
    for article in normalized:
        tag(article, taxonomy)
    used = time.process_time() - started
    _callgrind("off")
    print(f"{len(normalized)} texts tagged in {used:.3f} s CPU ({args.texts})")


if __name__ == "__main__":
    main()
