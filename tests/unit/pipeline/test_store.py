"""The store stage on real SQLite and real PostgreSQL (each test runs on both)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import jsonschema
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from worker.contracts import ArticleSubmission
from worker.db.dead_letters import record_dead_letter
from worker.db.models import Article, ArticleTag, DeadLetter, OutboxEvent
from worker.db.session import transaction
from worker.pipeline.normalize import normalize
from worker.pipeline.parse import parse_submission
from worker.pipeline.store import store_articles
from worker.pipeline.tag import tag
from worker.taxonomy import load_taxonomy
from worker.types import TaggedArticle

SCHEMAS = Path(__file__).resolve().parents[3] / "schemas"


def _tagged(text: str, **kw: str) -> TaggedArticle:
    parsed = parse_submission(ArticleSubmission(text=text, **kw), 10**6)
    return tag(normalize(parsed), load_taxonomy())


def _count(session: Session, model: type) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


def test_storing_the_same_article_twice_gives_one_row(
    sessions: sessionmaker[Session], seed_bytes: bytes
) -> None:
    item = _tagged(seed_bytes.decode())
    with transaction(sessions) as s:
        first = store_articles(s, [item])
    with transaction(sessions) as s:
        second = store_articles(s, [item])
    assert [o.status for o in first + second] == ["created", "unchanged"]
    with sessions() as s:
        assert _count(s, Article) == 1
        assert _count(s, ArticleTag) == 5
        row = s.get(Article, first[0].article_id)
        assert row is not None
        assert row.published_precision == "month"
        assert row.published_at is not None
        assert (row.published_at.year, row.published_at.month) == (2025, 5)


def test_changed_content_with_the_same_guid_updates_and_keeps_first_seen(
    sessions: sessionmaker[Session],
) -> None:
    old = _tagged("La Chine exporte. Fin.", guid="g-1", source="afp")
    new = _tagged("La Russie importe. Fin.", guid="g-1", source="afp")
    with transaction(sessions) as s:
        (created,) = store_articles(s, [old])
    with sessions() as s:
        first_seen = s.get(Article, created.article_id).first_seen_at  # type: ignore[union-attr]
    with transaction(sessions) as s:
        (updated,) = store_articles(s, [new])
    assert (created.status, updated.status) == ("created", "updated")
    assert created.article_id == updated.article_id
    with sessions() as s:
        row = s.get(Article, created.article_id)
        assert row is not None
        assert row.first_seen_at == first_seen
        assert row.content_hash == new.article.content_hash
        assert {t.tag for t in row.tags} >= {"russia"}
        assert "china" not in {t.tag for t in row.tags}


def test_a_new_taxonomy_version_retags_without_a_content_change(
    sessions: sessionmaker[Session],
) -> None:
    item = _tagged("La Chine exporte. Fin.")
    with transaction(sessions) as s:
        store_articles(s, [item])
    with transaction(sessions) as s:
        (again,) = store_articles(s, [replace(item, taxonomy_version="2+abc")])
    assert again.status == "retagged"


def test_a_batch_is_stored_in_order_with_each_outcome(sessions: sessionmaker[Session]) -> None:
    items = [_tagged(f"Article numéro {i} sur la Chine.") for i in range(5)]
    with transaction(sessions) as s:
        outcomes = store_articles(s, [*items, items[0]])
    assert [o.status for o in outcomes] == ["created"] * 5 + ["unchanged"]


def test_the_same_bad_input_twice_is_one_dead_letter_seen_twice(
    sessions: sessionmaker[Session],
) -> None:
    for _ in range(2):
        with transaction(sessions) as s:
            record_dead_letter(
                s,
                payload='{"x": 1}',
                stage="submission",
                reason="invalid-submission",
                error="submission: text missing",
            )
    with sessions() as s:
        rows = s.scalars(select(DeadLetter)).all()
        assert [(r.times, r.payload, r.reason) for r in rows] == [
            (2, '{"x": 1}', "invalid-submission")
        ]


def _events(session: Session) -> list[OutboxEvent]:
    return list(session.scalars(select(OutboxEvent).order_by(OutboxEvent.occurred_at)))


def test_each_change_writes_one_outbox_event_and_a_no_op_writes_none(
    sessions: sessionmaker[Session],
) -> None:
    schema = json.loads((SCHEMAS / "article-event.schema.json").read_text())
    first = _tagged("La Chine exporte. Fin.", guid="g-9", source="afp")
    for item in (first, first, _tagged("La Russie importe. Fin.", guid="g-9", source="afp")):
        with transaction(sessions) as s:
            store_articles(s, [item])
    with transaction(sessions) as s:  # a redelivery of the same update: nothing new
        store_articles(s, [_tagged("La Russie importe. Fin.", guid="g-9", source="afp")])
    with sessions() as s:
        events = _events(s)
    assert [e.type for e in events] == ["article.created", "article.updated"]
    assert len({e.event_id for e in events}) == 2
    for e in events:
        jsonschema.validate(e.payload, schema)
        assert e.payload["event_id"] == e.event_id
        assert e.published_at is None
    assert (
        events[1].payload["article"]["first_seen_at"]
        == events[0].payload["article"]["first_seen_at"]
    )
    assert {t["tag"] for t in events[1].payload["article"]["tags"]} >= {"russia"}


def test_a_repaired_text_is_stored_and_published_as_repaired(
    sessions: sessionmaker[Session],
) -> None:
    broken = _tagged("Le prÃ©sident russe a rencontrÃ© son homologue chinois Ã  PÃ©kin.")
    clean = _tagged("Le président chinois a reçu son homologue russe à Pékin hier soir.")
    with transaction(sessions) as s:
        store_articles(s, [broken, clean])
    with sessions() as s:
        rows = {a.text: a.text_repaired for a in s.scalars(select(Article))}
        events = [e.payload["article"] for e in s.scalars(select(OutboxEvent))]
    assert sorted(rows.values()) == [False, True]
    assert "prÃ©" not in "".join(rows)  # the stored text is the repaired one
    assert sorted(e["text_repaired"] for e in events) == [False, True]


def test_a_tag_decided_by_a_place_keeps_the_place_and_its_salience(
    sessions: sessionmaker[Session],
) -> None:
    item = _tagged("Des explosions ont secoué Kharkiv dans la nuit, selon la mairie de la ville.")
    with transaction(sessions) as s:
        store_articles(s, [item])
    with sessions() as s:
        (row,) = s.scalars(select(ArticleTag)).all()
        (event,) = s.scalars(select(OutboxEvent)).all()
    assert row.tag == "ukraine"
    assert row.salience is not None
    assert 0 < row.salience <= 1
    assert {(e["rule"], e["origin"]) for e in row.evidence} == {("place", "geonames:706483")}
    (published,) = event.payload["article"]["tags"]
    assert published["salience"] == row.salience
    assert published["evidence"][0]["rule"] == "place"
