"""`newsworker tag` (no storage) and `newsworker retag` after a taxonomy change."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import jsonschema

from worker.taxonomy import DEFAULT_TAXONOMY

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_f2ff33e2eff4ce5e.txt"
ARTICLE_SCHEMA = json.loads((ROOT / "schemas" / "article.schema.json").read_text())


def nw(*args: str, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    full = {k: v for k, v in os.environ.items() if not k.startswith("NEWSWORKER_")}
    full.update(PYTHONPATH=str(ROOT), COLUMNS="200", **env)
    return subprocess.run(
        [sys.executable, "-m", "worker", *args], cwd=cwd, env=full, capture_output=True,
        text=True, timeout=120, check=False,
    )  # fmt: skip


def test_tag_prints_the_seed_tags_as_json_and_stores_nothing(tmp_path: Path) -> None:
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Le président chinois est arrivé à Pékin. Suite du texte.".encode("cp1252"))
    result = nw("tag", str(SEED), str(latin1), "missing.txt", "--format", "json", cwd=tmp_path)
    assert result.returncode == 1  # one input could not be read...
    assert "refused missing.txt" in result.stderr
    seed, legacy, missing = json.loads(result.stdout)  # ...and the others still ran
    jsonschema.validate(seed["article"], ARTICLE_SCHEMA)
    tags = {t["tag"]: t for t in seed["article"]["tags"]}
    assert set(tags) == {"russia", "china", "trade", "ukraine", "taiwan"}
    assert tags["taiwan"]["evidence"][0]["matched"] == "Taïwan"
    assert legacy["charset"] != "utf-8"
    assert [t["tag"] for t in legacy["article"]["tags"]] == ["china"]
    assert "error" in missing
    assert not (tmp_path / "data").exists()


def test_retag_after_a_taxonomy_change_reports_and_records_it(tmp_path: Path) -> None:
    assert nw("migrate", cwd=tmp_path).returncode == 0
    from worker.db.migrate import upgrade  # noqa: F401  (the CLI migrated it)
    from worker.db.session import get_sessionmaker
    from worker.pipeline import Item, ingest
    from worker.taxonomy import load_taxonomy

    url = f"sqlite:///{tmp_path / 'data' / 'newsworker.db'}"
    ingest([Item({"text": SEED.read_text()})], sessions=get_sessionmaker(url),
           taxonomy=load_taxonomy(), max_bytes=10**7)  # fmt: skip
    custom = tmp_path / "taxonomy.yaml"
    custom.write_text(
        re.sub(
            r'^version: ".*"$',
            'version: "9"',
            DEFAULT_TAXONOMY.read_text(encoding="utf-8"),
            count=1,
            flags=re.M,
        )
        + "  - id: energy\n    label: Energy\n    kind: topic\n"
        "    aliases: {fr: [ressources minérales, gaz]}\n",
        encoding="utf-8",
    )
    dry = nw("retag", "--dry-run", cwd=tmp_path, NEWSWORKER_TAXONOMY=str(custom))
    assert dry.returncode == 0, dry.stderr
    assert "+energy" in dry.stdout
    assert "would re-tag 1 article(s)" in dry.stdout
    real = nw("retag", cwd=tmp_path, NEWSWORKER_TAXONOMY=str(custom))
    assert "re-tagged 1 article(s) with taxonomy 9+" in real.stdout
    again = nw("retag", cwd=tmp_path, NEWSWORKER_TAXONOMY=str(custom))
    assert "re-tagged 0 article(s)" in again.stdout  # nothing left to do

    from sqlalchemy import select

    from worker.db.models import OutboxEvent

    with get_sessionmaker(url)() as s:
        types = [e.type for e in s.scalars(select(OutboxEvent).order_by(OutboxEvent.occurred_at))]
    assert types == ["article.created", "article.retagged"]
    shown = json.loads(nw("articles", "--json", cwd=tmp_path).stdout)
    assert "energy" in {t["tag"] for t in shown["tags"]}
