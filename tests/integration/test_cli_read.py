"""Queries and exports as a consumer runs them: every JSON output validates."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from worker.db.migrate import upgrade
from worker.db.session import get_sessionmaker
from worker.pipeline import Item, ingest
from worker.taxonomy import load_taxonomy

ROOT = Path(__file__).resolve().parents[2]
SEED = (ROOT / "seeds" / "000_f2ff33e2eff4ce5e.txt").read_text(encoding="utf-8")
ARTICLE_SCHEMA = json.loads((ROOT / "schemas" / "article.schema.json").read_text())


def nw(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSWORKER_")}
    env.update(PYTHONPATH=str(ROOT), COLUMNS="200")
    return subprocess.run([sys.executable, "-m", "worker", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120, check=False)  # fmt: skip


@pytest.fixture
def stored(tmp_path: Path) -> Path:
    """An embedded database in tmp_path holding the seed and two other articles."""
    url = f"sqlite:///{tmp_path / 'data' / 'newsworker.db'}"
    upgrade(url)
    payloads = [
        {"text": SEED, "source": "seed"},
        {"text": "The council voted the school budget on Tuesday.", "source": "local",
         "published": "2026-01-15"},
        {"text": "Die Zölle auf chinesischen Stahl steigen.", "source": "wire", "language": "de"},
    ]  # fmt: skip
    ingest([Item(p) for p in payloads], sessions=get_sessionmaker(url),
           taxonomy=load_taxonomy(), max_bytes=10**7)  # fmt: skip
    return tmp_path


def test_articles_filter_by_tag_score_language_and_text(stored: Path) -> None:
    def ids(*args: str) -> list[str]:
        result = nw("articles", "--format", "jsonl", *args, cwd=stored)
        assert result.returncode == 0, result.stderr
        rows = [json.loads(line) for line in result.stdout.splitlines()]
        for row in rows:
            jsonschema.validate(row, ARTICLE_SCHEMA)
        return [r["source"] for r in rows]

    assert sorted(ids()) == ["local", "seed", "wire"]
    assert ids("--tag", "taiwan") == ["seed"]
    assert ids("--tag", "taiwan", "--min-score", "0.5") == []
    assert sorted(ids("--tag", "china")) == ["seed", "wire"]
    assert ids("--language", "de") == ["wire"]
    assert ids("--query", "SCHOOL budget") == ["local"]
    assert ids("--published-from", "2026-01", "--published-to", "2026-02") == ["local"]
    assert ids("--source", "seed", "--seen-from", "2000-01-01") == ["seed"]
    assert ids("--query", "zolle stahl") == ["wire"]  # full text: case and accents aside
    assert ids("--tag", "TAIWAN") == ["seed"]  # tag ids are lower case


def test_an_unknown_tag_is_an_error_naming_the_known_ones(stored: Path) -> None:
    for command in (["articles"], ["export", "--out", "x.jsonl"]):
        result = nw(*command, "--tag", "taiwann", cwd=stored)
        assert result.returncode == 2, result
        assert result.stderr.count("\n") == 1, result.stderr  # one line
        assert "unknown tag 'taiwann'" in result.stderr
        for tag in ("china", "russia", "taiwan", "trade", "ukraine"):
            assert tag in result.stderr
        assert not (stored / "x.jsonl").exists()


def test_json_and_csv_formats(stored: Path) -> None:
    as_json = json.loads(nw("articles", "--format", "json", cwd=stored).stdout)
    assert len(as_json) == 3
    for row in as_json:
        jsonschema.validate(row, ARTICLE_SCHEMA)
    table = list(csv.DictReader(io.StringIO(nw("articles", "--format", "csv", cwd=stored).stdout)))
    seed = next(r for r in table if r["source"] == "seed")
    assert seed["published_at"] == "2025-05"
    assert "taiwan:" in seed["tags"]


def test_export_writes_jsonl_that_round_trips_the_seed(stored: Path) -> None:
    target = stored / "out" / "articles.jsonl"
    target.parent.mkdir()
    result = nw("export", "--since", "2000-01-01", "--tag", "russia", "--out", str(target),
                cwd=stored)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "wrote 1 article(s)" in result.stdout
    (line,) = target.read_text(encoding="utf-8").splitlines()
    article = json.loads(line)
    jsonschema.validate(article, ARTICLE_SCHEMA)
    assert article["text"] in SEED  # the stored text is the seed's body, unchanged
    assert {t["tag"] for t in article["tags"]} == {"russia", "china", "trade", "ukraine", "taiwan"}
    assert not list(target.parent.glob("*.partial"))


def test_republished_copies_share_a_story_cluster(tmp_path: Path) -> None:
    corpus = (ROOT / "tests" / "eval" / "clusters.jsonl").read_text(encoding="utf-8")
    pairs = [json.loads(line) for line in corpus.splitlines()]
    copy = next(p for p in pairs if p["kind"] == "real-recapture")
    other = next(p for p in pairs if p["kind"] == "real-same-topic")
    url = f"sqlite:///{tmp_path / 'data' / 'newsworker.db'}"
    upgrade(url)
    payloads = [
        {"text": copy["a"], "url": "https://wire.example/a", "source": "wire"},
        {"text": copy["b"], "url": "https://paper.example/b", "source": "paper"},
        {"text": other["b"], "url": "https://paper.example/other", "source": "paper"},
    ]
    ingest([Item(p) for p in payloads], sessions=get_sessionmaker(url),
           taxonomy=load_taxonomy(), max_bytes=10**7)  # fmt: skip
    listing = nw("articles", "--format", "jsonl", cwd=tmp_path).stdout
    rows = [json.loads(line) for line in listing.splitlines()]
    by_url = {r["url"]: r["cluster_id"] for r in rows}
    story = by_url["https://wire.example/a"]
    assert by_url["https://paper.example/b"] == story
    assert by_url["https://paper.example/other"] != story
    listed = nw("articles", "--cluster", story, "--format", "jsonl", cwd=tmp_path)
    assert sorted(json.loads(x)["url"] for x in listed.stdout.splitlines()) == [
        "https://paper.example/b", "https://wire.example/a"
    ]  # fmt: skip


def test_show_versions_lists_every_content_with_what_changed(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'data' / 'newsworker.db'}"
    upgrade(url)
    sessions = get_sessionmaker(url)
    for text in ("La Chine exporte de l'acier. Les prix montent.",
                 "La Chine exporte de l'acier. Les prix baissent."):  # fmt: skip
        ingest([Item({"text": text, "guid": "v-1", "source": "afp"})], sessions=sessions,
               taxonomy=load_taxonomy(), max_bytes=10**7)  # fmt: skip
    article_id = json.loads(nw("articles", "--json", cwd=tmp_path).stdout)["id"]

    shown = nw("show", article_id[:8], "--versions", cwd=tmp_path)
    assert shown.returncode == 0, shown.stderr
    assert "2 version(s)" in shown.stdout
    assert "- Les prix montent." in shown.stdout
    assert "+ Les prix baissent." in shown.stdout
    assert "current" in shown.stdout.split("2.", 1)[1]

    doc = json.loads(nw("show", article_id, "--versions", "--json", cwd=tmp_path).stdout)
    assert doc["article_id"] == article_id
    old, new = doc["versions"]
    assert (old["current"], new["current"]) == (False, True)
    assert old["text"] == "La Chine exporte de l'acier. Les prix montent."
    assert new["text"] == "La Chine exporte de l'acier. Les prix baissent."
    assert old["superseded_at"] is not None
    assert new["superseded_at"] is None

    missing = nw("show", "ffffffff", "--versions", cwd=tmp_path)
    assert missing.returncode == 1
    assert "no single article" in missing.stderr
