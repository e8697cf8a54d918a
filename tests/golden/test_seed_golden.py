"""Golden test: the seed's parse -> normalize -> tag output equals seeds/expected/.

Re-bless only on purpose: ``make bless`` (NEWSWORKER_TEST_BLESS=1) rewrites the file; review
its diff before committing.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

from worker.pipeline import prepare
from worker.pipeline.parse import decode_bytes
from worker.taxonomy import load_taxonomy

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
EXPECTED = SEEDS / "expected"


def _snapshot(path: Path) -> dict[str, Any]:
    text, charset = decode_bytes(path.read_bytes(), 10**7)
    tagged = prepare({"text": text}, load_taxonomy(), 10**7)
    a = tagged.article
    return {
        "input": path.name,
        "charset": charset,
        "title": a.title,
        "title_derived": a.title_derived,
        "language": a.language,
        "published": {
            "iso": a.published.iso,
            "precision": a.published.precision,
            "provenance": a.published.provenance,
        }
        if a.published
        else None,
        "content_hash": a.content_hash,
        "dedup_key": a.dedup_key,
        "text_chars": len(a.text),
        "tags": [
            {
                "tag": t.tag,
                "code": t.code,
                "score": t.score,
                "evidence": [[e.field, e.start, e.end, e.matched] for e in t.evidence],
            }
            for t in tagged.tags
        ],
    }


def test_every_seed_matches_its_expected_output() -> None:
    seeds = sorted(SEEDS.glob("*.txt"))
    assert seeds, "no seed articles found"
    bless = os.environ.get("NEWSWORKER_TEST_BLESS") == "1"
    for seed in seeds:
        actual = _snapshot(seed)
        expected_file = EXPECTED / f"{seed.stem}.json"
        if bless:
            EXPECTED.mkdir(exist_ok=True)
            expected_file.write_text(
                json.dumps(actual, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
            )
        assert expected_file.exists(), f"{expected_file} missing: run `make bless` and review it"
        expected = json.loads(expected_file.read_text(encoding="utf-8"))
        assert actual == expected, f"{seed.name} changed: review, then `make bless` if intended"


SEED_SHA256 = "2e715d86f56fad7fbb2f7995413e700a99aa31242a3f6515eacc6caed4dc7fd5"


def test_the_seed_is_kept_byte_for_byte() -> None:
    seed = (SEEDS / "000_f2ff33e2eff4ce5e.txt").read_bytes()
    assert hashlib.sha256(seed).hexdigest() == SEED_SHA256
    shared = ROOT.parent / "shared" / "seeds" / "000_f2ff33e2eff4ce5e.txt"
    if shared.exists():  # the original beside the checkout, where there is one
        assert seed == shared.read_bytes()
