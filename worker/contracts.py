"""What crosses newsworker's boundary, as pydantic models; the source of ``schemas/*.json``.

- :class:`ArticleSubmission`: a raw article a producer puts on the queue
  (``send_task("newsworker.ingest_article", [payload])``): schemas/submission.schema.json.
- :class:`ArticleOut`: a stored article as consumers read it: schemas/article.schema.json.
- :class:`ArticleEvent`: a change to an article, on the Redis Stream:
  schemas/article-event.schema.json (version 2: ids and what changed, the article optional);
  :class:`ArticleEventV1` is version 1 (the whole article), schemas/article-event.v1.schema.json.
- :class:`~worker.taxonomy.TaxonomyFile`: a taxonomy file: schemas/taxonomy.schema.json.

``python -m worker.contracts`` rewrites the schema files; a test fails when they drift.
Compatibility: within a major version fields are only added, and only optional ones.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, Literal, cast, get_type_hints

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    JsonValue,
    create_model,
    field_validator,
    model_validator,
)

from worker import PIPELINE_VERSION
from worker.dates import (
    PUBLISHED_AT_FORMS,
    PUBLISHED_AT_PATTERN,
    check_published_at,
    format_published,
    parse_iso_partial,
)
from worker.taxonomy import TaxonomyFile
from worker.types import ArticleMeta, TaggedArticle, flat, meta_fields

__all__ = [
    "SCHEMA_FILES",
    "ArticleEvent",
    "ArticleEventV1",
    "ArticleOut",
    "ArticleSubmission",
    "EvidenceOut",
    "TagOut",
    "TagRef",
    "tagged_to_out",
    "write_schemas",
]

SCHEMA_BASE = "https://newsworker.dev/schemas"
SCHEMA_MAJOR = 1  # bumped only for an incompatible change (see schemas/README.md, SCHEMA_IDS)
ISO_PATTERN = r"^\d{4}(-\d{2}(-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$"


class ArticleSubmission(BaseModel):
    """An article to ingest: ``text`` or ``html`` with what is known of it, or a ``url`` alone
    (the worker fetches the page and extracts its text)."""

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        title="newsworker article submission",
        json_schema_extra={
            "oneOf": [
                {"required": ["text"], "properties": {"text": {"type": "string"}}},
                {"required": ["html"], "properties": {"html": {"type": "string"}}},
                {
                    "required": ["url"],
                    "properties": {
                        "url": {"type": "string"},
                        "text": {"type": "null"},
                        "html": {"type": "null"},
                    },
                },
            ],
            "examples": [{"text": "date 2025-05 Le président russe ...", "source": "seed"}],
        },
    )

    text: str | None = Field(default=None, description="Plain text; may start 'date 2025-05'.")
    html: str | None = Field(default=None, description="An HTML page or fragment.")
    title: str | None = Field(default=None, max_length=1000)
    url: str | None = Field(default=None, max_length=4096, description="http(s) only.")
    published: str | None = Field(
        default=None,
        pattern=ISO_PATTERN,
        description="ISO 8601 of any precision: 2025, 2025-05, 2025-05-08T10:30Z.",
    )
    language: str | None = Field(
        default=None, pattern=r"^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$", description="BCP 47."
    )
    source: str | None = Field(default=None, max_length=200, description="Who published it.")
    guid: str | None = Field(default=None, max_length=2048, description="The source's own id.")

    @model_validator(mode="after")
    def _exactly_one_body(self) -> ArticleSubmission:
        if self.text is not None and self.html is not None:
            raise ValueError("give one of 'text' or 'html', not both")
        if self.text is None and self.html is None and self.url is None:
            raise ValueError("give 'text', 'html', or a 'url' to fetch")
        return self

    @property
    def fetch_only(self) -> bool:
        """Only a URL: the page must be fetched before anything else."""
        return self.text is None and self.html is None

    @field_validator("url")
    @classmethod
    def _http_only(cls, value: str | None) -> str | None:
        if value is not None and not value.lower().startswith(("http://", "https://")):
            raise ValueError("url must start with http:// or https://")
        return value

    @field_validator("published")
    @classmethod
    def _iso_date(cls, value: str | None) -> str | None:
        if value is not None and parse_iso_partial(value, "submission") is None:
            raise ValueError("published must be an ISO 8601 date such as 2025-05 or 2025-05-08")
        return value


class EvidenceOut(BaseModel):
    """One mention behind a tag; ``start``/``end`` index the stored ``field`` string."""

    term: str = Field(description="The taxonomy alias that matched.")
    matched: str = Field(description="The characters matched in the stored field.")
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    field: Literal["title", "text"]
    rule: str = Field(
        default="alias",
        description="What decided it: alias (the taxonomy's), cldr (a CLDR country name), "
        "place (a city or region from the gazetteer) or institution.",
    )
    origin: str | None = Field(
        default=None,
        description="Where the rule's name came from: a GeoNames or ISO 3166-2 id, an "
        "institution id, a country code.",
    )


class TagOut(BaseModel):
    """A tag on an article, with its score and evidence."""

    tag: str
    label: str | None = None
    code: str | None = Field(default=None, description="ISO 3166-1 alpha-2, for countries.")
    score: float = Field(ge=0, le=1)
    salience: float | None = Field(
        default=None,
        ge=0,
        le=1,
        description="How central the tag is (title, lede, density): 0.5 and up, the article "
        "is about it; below, it only mentions it. Null on tags stored before it existed.",
    )
    evidence: list[EvidenceOut]


def _published_forms() -> list[dict[str, Any]]:
    """JSON Schema: ``published_at`` in the one form its ``published_precision`` allows."""
    rules: list[dict[str, Any]] = []
    for precision, form in PUBLISHED_AT_FORMS.items():
        if precision in ("minute", "second"):
            for known, zone in ((True, "Z"), (False, "")):
                rules.append(
                    {
                        "if": {
                            "properties": {
                                "published_precision": {"const": precision},
                                "published_timezone_known": {"const": known},
                            },
                            "required": ["published_precision", "published_timezone_known"],
                        },
                        "then": {
                            "properties": {
                                "published_at": {"pattern": f"^{form.rstrip('Z?')}{zone}$"}
                            }
                        },
                    }
                )
            continue
        rules.append(
            {
                "if": {
                    "properties": {"published_precision": {"const": precision}},
                    "required": ["published_precision"],
                },
                "then": {"properties": {"published_at": {"pattern": f"^{form}$"}}},
            }
        )
    return rules


def _meta_out() -> Any:
    """The contract's fields for the record's metadata group (worker.types.ArticleMeta)."""
    hints = get_type_hints(ArticleMeta)
    definitions: dict[str, Any] = {
        f.name: (hints[f.name], Field(default=None, description=f.metadata["description"]))
        for f in meta_fields()
    }
    return create_model("ArticleMetaOut", **definitions)


class ArticleOut(_meta_out(), BaseModel):  # type: ignore[misc]
    """A stored article as downstream consumers read it.

    ``dedup_key`` is the article's identity across deliveries: ``guid:<source>:<guid>`` when
    the source gives a GUID, else ``url:<canonical url>``, else ``hash:<sha256 of the
    normalized title and text>``. ``id`` is derived from it and never changes.
    """

    model_config = ConfigDict(
        title="newsworker article",
        json_schema_extra={"allOf": cast(JsonValue, _published_forms())},
    )

    id: str
    dedup_key: str
    source: str | None
    url: str | None
    canonical_url: str | None
    guid: str | None
    title: str
    title_derived: bool = Field(description="True when the title was cut from the text.")
    text: str
    summary: str | None
    language: str | None = Field(
        description=(
            "BCP 47: detected from the text when language_confidence is at least 0.4, else "
            "the declared language (confidence null), else und. Chinese carries its script "
            "where it differs: zh-Hant for Traditional."
        )
    )
    language_confidence: float | None = Field(ge=0, le=1)
    language_declared: str | None
    published_at: str | None = Field(
        pattern=PUBLISHED_AT_PATTERN,
        description=(
            "ISO 8601 truncated to published_precision, one form each: year 2025, month "
            "2025-05, day 2025-05-08, minute 2025-06-10T14:00Z, second 2025-06-10T14:00:05Z. "
            "Times are UTC and end in Z when published_timezone_known; without Z they are the "
            "clock time printed, zone unknown. Dates carry no zone."
        ),
    )
    published_precision: Literal["year", "month", "day", "minute", "second"] | None
    published_provenance: (
        Literal["text-header", "submission", "feed", "page-metadata", "first-seen"] | None
    )
    published_timezone_known: bool | None
    first_seen_at: str = Field(description="When newsworker first stored it (UTC, ISO 8601).")
    updated_at: str
    content_hash: str
    duplicate_of: str | None = None
    cluster_id: str | None = Field(
        default=None, description="The story this article belongs to (near-duplicates share it)."
    )
    published_in_future: bool | None = Field(
        default=None, description="The date lies in the future beyond tolerance: suspect."
    )
    tags: list[TagOut]
    taxonomy_version: str
    pipeline_version: str

    @model_validator(mode="after")
    def _published_at_matches_its_precision(self) -> ArticleOut:
        if self.published_at is not None:
            if self.published_precision is None:
                raise ValueError("published_at needs its published_precision")
            known = bool(self.published_timezone_known)
            check_published_at(self.published_at, self.published_precision, known)
        return self


class TagRef(BaseModel):
    """A tag and its score, without the evidence (the stored article has that)."""

    tag: str
    score: float = Field(ge=0, le=1)


class ArticleEvent(BaseModel):
    """A change to a stored article, as published on the Redis Stream (at least once).

    ``event_id`` is the same every time the same change is published: drop repeats by it.
    An event names the article and what changed; the whole article rides along only when
    the publisher runs with ``NEWSWORKER_EVENTS_FULL_ARTICLE=true``, so that the stream's
    size is bounded by the number of events it keeps, not by the articles' length.
    """

    model_config = ConfigDict(
        title="newsworker article event",
    )

    event_id: str
    type: Literal["article.created", "article.updated", "article.retagged"]
    occurred_at: str = Field(description="When the change was stored (UTC, ISO 8601).")
    article_id: str = Field(description="The article's id (read it with `newsworker show`).")
    content_hash: str = Field(description="The article's content hash after the change.")
    previous_content_hash: str | None = Field(
        default=None,
        description="article.updated: the content hash it replaced (kept in article_versions).",
    )
    changed: list[str] = Field(
        default_factory=list,
        description=(
            "The fields whose values changed (title, text, summary, url, canonical_url, "
            "language, published_at, published_precision, author, site_name, image_url, "
            "tags); empty for article.created."
        ),
    )
    tags: list[TagRef] = Field(description="The article's tags after the change.")
    taxonomy_version: str
    pipeline_version: str
    cluster_id: str | None = None
    article: ArticleOut | None = Field(
        default=None, description="The whole article, with NEWSWORKER_EVENTS_FULL_ARTICLE."
    )


class ArticleEventV1(BaseModel):
    """Version 1 of the event: always the whole article. An event published with
    ``NEWSWORKER_EVENTS_FULL_ARTICLE=true`` is valid against it too."""

    model_config = ConfigDict(
        title="newsworker article event, version 1",
    )

    event_id: str
    type: Literal["article.created", "article.updated", "article.retagged"]
    occurred_at: str = Field(description="When the change was stored (UTC, ISO 8601).")
    article: ArticleOut


def tagged_to_out(
    tagged: TaggedArticle,
    *,
    article_id: str,
    first_seen_at: str,
    updated_at: str,
    pipeline_version: str = PIPELINE_VERSION,
    duplicate_of: str | None = None,
    cluster_id: str | None = None,
) -> ArticleOut:
    """An article as the contract defines it, from the pipeline's own dataclasses."""
    a = tagged.article
    p = a.published
    return ArticleOut(
        id=article_id,
        dedup_key=a.dedup_key,
        source=a.source,
        url=a.url,
        canonical_url=a.canonical_url,
        guid=a.guid,
        title=a.title,
        title_derived=a.title_derived,
        text=a.text,
        summary=a.summary,
        language=a.language,
        language_confidence=a.language_confidence,
        language_declared=a.language_declared,
        published_at=format_published(p) if p else None,
        published_precision=p.precision if p else None,
        published_provenance=p.provenance if p else None,
        published_timezone_known=p.timezone_known if p else None,
        first_seen_at=first_seen_at,
        updated_at=updated_at,
        content_hash=a.content_hash,
        duplicate_of=duplicate_of,
        cluster_id=cluster_id,
        **flat(a.meta),
        published_in_future=a.published_in_future,
        tags=[
            TagOut(
                tag=t.tag,
                label=t.label,
                code=t.code,
                score=t.score,
                salience=t.salience,
                evidence=[EvidenceOut(**flat(e)) for e in t.evidence],
            )
            for t in tagged.tags
        ],
        taxonomy_version=tagged.taxonomy_version,
        pipeline_version=pipeline_version,
    )


SCHEMA_FILES: dict[str, type[BaseModel]] = {
    "submission.schema.json": ArticleSubmission,
    "article.schema.json": ArticleOut,
    "article-event.schema.json": ArticleEvent,
    "article-event.v1.schema.json": ArticleEventV1,
    "taxonomy.schema.json": TaxonomyFile,
}
#: Schemas whose ``$id`` is not ``<stem>/<SCHEMA_MAJOR>``: (stem, major version).
SCHEMA_IDS: dict[str, tuple[str, int]] = {
    "article-event.schema.json": ("article-event", 2),
    "article-event.v1.schema.json": ("article-event", 1),
}


def schema_of(model: type[BaseModel], name: str) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a contract model; ``$id`` carries the version."""
    schema = model.model_json_schema()
    stem, major = SCHEMA_IDS.get(name, (name.removesuffix(".schema.json"), SCHEMA_MAJOR))
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"{SCHEMA_BASE}/{stem}/{major}.json",
        **schema,
    }


def render(name: str) -> str:
    """The text of schemas/<name>, as ``make schemas`` writes it."""
    schema = schema_of(SCHEMA_FILES[name], name)
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def write_schemas(folder: Path) -> list[Path]:
    """Write every contract's schema into ``folder``; returns the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name in SCHEMA_FILES:
        path = folder / name
        path.write_text(render(name), encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":  # pragma: no cover - the regenerate command
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("schemas")
    for p in write_schemas(target):
        print(p)
