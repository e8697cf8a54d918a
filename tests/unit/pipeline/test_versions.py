"""Versions and change events of the store stage, on real SQLite and real PostgreSQL: an
update keeps the content it replaced and says what changed; a re-tagging that changes no tag
writes no event."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from worker.contracts import ArticleSubmission
from worker.db.models import Article, ArticleVersion, OutboxEvent
from worker.db.session import transaction
from worker.pipeline import retag
from worker.pipeline.normalize import normalize
from worker.pipeline.parse import parse_submission
from worker.pipeline.store import store_articles
from worker.pipeline.tag import tag
from worker.taxonomy import Taxonomy, load_taxonomy
from worker.types import TaggedArticle

ROOT = Path(__file__).resolve().parents[3]
EVENT_SCHEMA = json.loads((ROOT / "schemas" / "article-event.schema.json").read_text())
FIRST = "La Chine exporte de l'acier. Fin de la dépêche."
SECOND = "La Russie importe de l'acier. Fin de la dépêche."


def _tagged(text: str, taxonomy: Taxonomy | None = None, **kw: str) -> TaggedArticle:
    kw = {"guid": "g-1", "source": "afp", **kw}
    parsed = parse_submission(ArticleSubmission(text=text, **kw), 10**6)
    return tag(normalize(parsed), taxonomy or load_taxonomy())


def _store(sessions: sessionmaker[Session], *items: TaggedArticle) -> None:
    for item in items:
        with transaction(sessions) as s:
            store_articles(s, [item])


def _events(session: Session) -> list[OutboxEvent]:
    return list(session.scalars(select(OutboxEvent).order_by(OutboxEvent.occurred_at)))


def _versions(session: Session) -> list[ArticleVersion]:
    return list(session.scalars(select(ArticleVersion).order_by(ArticleVersion.first_seen_at)))


def test_an_update_keeps_the_replaced_title_and_text_in_its_version(
    sessions: sessionmaker[Session],
) -> None:
    old, new = _tagged(FIRST, title="Acier chinois"), _tagged(SECOND, title="Acier russe")
    _store(sessions, old, new)
    with sessions() as s:
        first, second = _versions(s)
        article = s.scalars(select(Article)).one()
    assert (first.content_hash, second.content_hash) == (
        old.article.content_hash,
        new.article.content_hash,
    )
    assert (first.title, first.text) == ("Acier chinois", old.article.text)
    assert first.superseded_at is not None
    assert first.superseded_at >= first.first_seen_at
    # the current content lives in the article row; its version row only dates it
    assert (second.title, second.text, second.superseded_at) == (None, None, None)
    assert (article.title, article.text) == ("Acier russe", new.article.text)


def test_an_article_back_to_an_earlier_content_makes_that_version_current_again(
    sessions: sessionmaker[Session],
) -> None:
    a, b = _tagged(FIRST), _tagged(SECOND)
    _store(sessions, a, b, a)
    with sessions() as s:
        by_hash = {v.content_hash: v for v in _versions(s)}
        types = [e.type for e in _events(s)]
    assert types == ["article.created", "article.updated", "article.updated"]
    back, gone = by_hash[a.article.content_hash], by_hash[b.article.content_hash]
    assert back.superseded_at is None
    assert back.text == a.article.text  # kept from when it was first replaced
    assert (gone.text, gone.superseded_at is not None) == (b.article.text, True)


def test_the_updated_event_carries_the_previous_hash_and_the_fields_that_changed(
    sessions: sessionmaker[Session],
) -> None:
    old = _tagged(FIRST, title="Acier")
    new = _tagged(SECOND, title="Acier")  # same title, another text and other tags
    _store(sessions, old, new)
    with sessions() as s:
        created, updated = (e.payload for e in _events(s))
    for event in (created, updated):
        jsonschema.validate(event, EVENT_SCHEMA)
    assert (created["previous_content_hash"], created["changed"]) == (None, [])
    assert updated["previous_content_hash"] == old.article.content_hash
    assert updated["content_hash"] == new.article.content_hash
    assert updated["changed"] == ["text", "tags"]
    assert {t["tag"] for t in updated["tags"]} == {t.tag for t in new.tags}


def test_a_new_url_with_the_new_text_is_named_among_the_changes(
    sessions: sessionmaker[Session],
) -> None:
    old = _tagged(FIRST, url="https://example.org/a")
    new = _tagged(FIRST + " Mise à jour.", url="https://example.org/a-renamed")
    _store(sessions, old, new)
    with sessions() as s:
        updated = _events(s)[-1].payload
    assert updated["type"] == "article.updated"
    assert updated["changed"] == ["text", "url", "canonical_url"]


def _taxonomy_with(tmp_path: Path, extra: str) -> Taxonomy:
    from worker.taxonomy import DEFAULT_TAXONOMY

    custom = tmp_path / "taxonomy.yaml"
    custom.write_text(
        DEFAULT_TAXONOMY.read_text(encoding="utf-8").replace('version: "1.0.0"', 'version: "2"')
        + extra,
        encoding="utf-8",
    )
    return load_taxonomy(custom)


def test_retag_writes_an_event_only_for_articles_whose_tags_changed(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    steel = "L'acier et le gaz. La Chine exporte."
    _store(sessions, _tagged(steel), _tagged("Le conseil municipal a voté le budget.", guid="g-2"))
    taxonomy = _taxonomy_with(
        tmp_path, "  - id: energy\n    label: Energy\n    kind: topic\n    aliases: {fr: [gaz]}\n"
    )
    changes = list(retag(sessions=sessions, taxonomy=taxonomy))
    assert sorted((c.changed, c.added) for c in changes) == [(False, ()), (True, ("energy",))]
    with sessions() as s:
        events = _events(s)
        versions = {a.taxonomy_version for a in s.scalars(select(Article))}
    assert versions == {taxonomy.version}  # both re-tagged, so neither is re-tagged again
    retagged = [e.payload for e in events if e.type == "article.retagged"]
    assert len(retagged) == 1
    assert retagged[0]["changed"] == ["tags"]
    assert "energy" in {t["tag"] for t in retagged[0]["tags"]}
    jsonschema.validate(retagged[0], EVENT_SCHEMA)
    assert list(retag(sessions=sessions, taxonomy=taxonomy)) == []
