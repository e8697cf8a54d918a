"""Frozen dataclasses passed between pipeline stages.

parse -> :class:`ParsedArticle`; normalize -> :class:`Article`; tag -> :class:`TaggedArticle`;
store -> :class:`StoreOutcome`. Stages never mutate what they receive.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields, make_dataclass
from datetime import datetime
from functools import cache
from typing import Any, Literal, TypeVar

__all__ = [
    "Article",
    "ArticleMeta",
    "Evidence",
    "Field",
    "ParsedArticle",
    "Precision",
    "Provenance",
    "PublishedDate",
    "StoreOutcome",
    "StoreStatus",
    "TagResult",
    "TaggedArticle",
    "builder",
    "flat",
    "meta_fields",
]

Precision = Literal["year", "month", "day", "minute", "second"]
Provenance = Literal["text-header", "submission", "feed", "page-metadata", "first-seen"]
Field = Literal["title", "text"]
InputFormat = Literal["text", "html"]
StoreStatus = Literal["created", "updated", "retagged", "unchanged"]


@dataclass(frozen=True, slots=True)
class PublishedDate:
    """A publication date known only as precisely as its source said.

    ``value`` is the first instant of the period in UTC (2025-05 -> 2025-05-01T00:00Z) so
    dates sort and filter; ``precision`` says how much of it is real. ``iso`` never shows
    more than is known: a month-precise date prints as ``2025-05``, never with a day.
    """

    value: datetime
    precision: Precision
    provenance: Provenance
    timezone_known: bool = False

    @property
    def iso(self) -> str:
        """ISO 8601, truncated to the precision (reduced-precision forms for year/month/day)."""
        v = self.value
        if self.precision == "year":
            return f"{v.year:04d}"
        if self.precision == "month":
            return f"{v.year:04d}-{v.month:02d}"
        if self.precision == "day":
            return f"{v.year:04d}-{v.month:02d}-{v.day:02d}"
        # A time whose zone nobody gave is shown without one, not as a made-up "+00:00".
        shown = v if self.timezone_known else v.replace(tzinfo=None)
        if self.precision == "minute":
            return shown.replace(second=0, microsecond=0).isoformat(timespec="minutes")
        return shown.isoformat(timespec="seconds")


def _meta(max_length: int | None = None, description: str | None = None) -> Any:
    return field(default=None, metadata={"max_length": max_length, "description": description})


@dataclass(frozen=True, slots=True, kw_only=True)
class ArticleMeta:
    """What a page or an input says about itself beyond its title and text: the group of
    the canonical record that passes unchanged from the parse stage to the stored row and
    to the contract.

    This class is the one list: each field becomes a column of ``articles`` (``Text``, or
    ``String(max_length)``; worker.db.models), a field of the article contract with its
    description (worker.contracts, and ``make schemas``), and is stored and read back by
    name. Adding a field is a line here, the stage that fills it, and an Alembic migration.
    """

    author: str | None = _meta()
    site_name: str | None = _meta()
    image_url: str | None = _meta()
    extraction: str | None = _meta(
        32,
        "How the text was obtained: text, trafilatura, all-text, fragment (a feed entry's "
        "HTML), feed-text, fallback-... .",
    )
    charset: str | None = _meta(32, "The encoding that decoded the input.")
    charset_source: str | None = _meta(
        16, "What decided it: http-header, bom, meta, detected, utf-8."
    )
    text_repaired: bool | None = _meta(
        description="True when mojibake (UTF-8 read as Latin-1 or cp1252) was repaired."
    )


def meta_fields() -> tuple[Any, ...]:
    """The fields of :class:`ArticleMeta` (``dataclasses.Field``), in order."""
    return fields(ArticleMeta)


@dataclass(frozen=True, slots=True)
class ParsedArticle:
    """What the parse stage read from one input, before any normalization."""

    text: str
    title: str | None
    title_derived: bool
    url: str | None = None
    guid: str | None = None
    source: str | None = None
    summary: str | None = None
    published: PublishedDate | None = None
    language_declared: str | None = None
    input_format: InputFormat = "text"
    meta: ArticleMeta = field(default_factory=ArticleMeta)
    page_canonical: str | None = None


@dataclass(frozen=True, slots=True)
class Article:
    """A normalized article: the text as stored, its identity and its metadata."""

    title: str
    title_derived: bool
    text: str
    summary: str | None
    url: str | None
    canonical_url: str | None
    guid: str | None
    source: str | None
    language: str | None
    language_confidence: float | None
    language_declared: str | None
    published: PublishedDate | None
    content_hash: str
    dedup_key: str
    input_format: str = "text"
    meta: ArticleMeta = field(default_factory=ArticleMeta)
    published_in_future: bool | None = None


@dataclass(frozen=True, slots=True)
class Evidence:
    """One matched mention: the alias matched, and where it stands in the stored field."""

    term: str
    start: int
    end: int
    field: Field
    matched: str = ""
    #: What decided it: ``alias`` (the taxonomy's own), ``cldr`` (a country name from CLDR),
    #: ``place`` (a city or region from the gazetteer) or ``institution``.
    rule: str = "alias"
    #: Where that came from: a GeoNames or ISO 3166-2 id, an institution's id, a country code.
    origin: str | None = None


@dataclass(frozen=True, slots=True)
class TagResult:
    """One tag on one article, with its score in [0, 1] and the mentions behind it."""

    tag: str
    score: float
    evidence: tuple[Evidence, ...]
    code: str | None = None
    label: str | None = None
    #: How central the tag is to the article, in [0, 1] (title, lede, density); 0.5 and up
    #: means the article is about it, below it only mentions it. None for tags stored
    #: before salience existed.
    salience: float | None = None


@dataclass(frozen=True, slots=True)
class TaggedArticle:
    """An article with its tags and the taxonomy version that produced them."""

    article: Article
    tags: tuple[TagResult, ...]
    taxonomy_version: str


@dataclass(frozen=True, slots=True)
class StoreOutcome:
    """What storing one article did: created a row, updated it, or found it unchanged."""

    article_id: str
    dedup_key: str
    status: StoreStatus
    #: The outbox row written for the change (None when unchanged, or no change to report),
    #: for publishing right after the commit without reading it back.
    event: Mapping[str, Any] | None = None


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def flat(obj: Any) -> dict[str, Any]:
    """The fields of a dataclass of plain values as a dict, by name.

    What :func:`dataclasses.asdict` gives for such records (Evidence, ArticleMeta), without
    its recursive deep copy: several times per tag per article on the store path.
    """
    cls: type = type(obj)
    return {name: getattr(obj, name) for name in _field_names(cls)}


_T = TypeVar("_T")


def builder(cls: type[_T]) -> Callable[..., _T]:
    """A function that builds ``cls``, a frozen dataclass with slots, from all its fields'
    values in order: what ``cls(*values)`` builds, at half the cost or less.

    A frozen dataclass's __init__ sets each field through object.__setattr__, which costs
    more than the rest of a mention's work in the tag stage (it builds Evidence by the dozen
    per article). The builder fills a plain dataclass of the same fields (the same slots, so
    the same layout) and makes the object a ``cls``: tests/unit/taxonomy/test_shortcuts.py
    compares the two, field by field.
    """
    plain = make_dataclass(
        f"_{cls.__name__}Slots",
        [(f.name, f.type) for f in fields(cls)],  # type: ignore[arg-type]
        slots=True,
        repr=False,
        eq=False,
    )

    def build(*values: Any) -> _T:
        made = plain(*values)
        made.__class__ = cls
        return made  # type: ignore[no-any-return]

    build.__doc__ = f"``{cls.__name__}(*values)``, built faster (worker.types.builder)."
    return build
