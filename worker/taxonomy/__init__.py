"""The tag rules as data: a YAML taxonomy, validated at load, compiled into one matcher.

The built-in taxonomy is ``default.yaml`` beside this file; ``NEWSWORKER_TAXONOMY`` names a
replacement. Its JSON Schema is ``schemas/taxonomy.schema.json`` (generated from
:class:`TaxonomyFile`). The version recorded on tagged articles is the file's ``version``
plus a hash of its content, so any edit changes it even if the author forgot to bump it.

Country names come from CLDR (through babel) in every language the taxonomy lists; the file
holds what CLDR lacks: adjectives and their inflections, capitals, institutions, leaders.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

import yaml
from babel import Locale, UnknownLocaleError
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from worker.errors import TaxonomyError
from worker.taxonomy.matcher import Matcher, Pattern

__all__ = [
    "DEFAULT_TAXONOMY",
    "TagRule",
    "Taxonomy",
    "TaxonomyFile",
    "Weights",
    "cldr_names",
    "load_taxonomy",
]

DEFAULT_TAXONOMY = Path(__file__).with_name("default.yaml")
DEFAULT_LANGUAGES = (
    "en", "fr", "de", "es", "it", "pt", "ru", "uk", "pl", "zh_Hans", "zh_Hant", "ja", "ar",
)  # fmt: skip


class Weights(BaseModel):
    """How much one mention counts, by where it stands."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    title: float = Field(default=3.0, ge=0)
    lede: float = Field(default=2.0, ge=0, description="The first `lede_chars` of the text.")
    text: float = Field(default=1.0, ge=0)
    lede_chars: int = Field(default=400, ge=0)
    saturation: float = Field(
        default=4.0, gt=0, description="score = 1 - exp(-weighted mentions / saturation)"
    )


class TagRule(BaseModel):
    """One tag: its aliases per language and the false friends that must not count."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z][a-z0-9_-]*$")
    label: str = Field(min_length=1)
    kind: Literal["country", "topic"]
    code: str | None = Field(default=None, pattern=r"^[A-Z]{2}$", description="ISO 3166-1")
    cldr: bool = Field(
        default=True,
        description="Country tags: add the country's CLDR name in every taxonomy language.",
    )
    min_score: float = Field(default=0.1, ge=0, le=1)
    aliases: dict[str, list[str]] = Field(min_length=1, description="language -> aliases")
    exclude: dict[str, list[str]] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _country_has_code(self) -> TagRule:
        if self.kind == "country" and not self.code:
            raise ValueError(f"country tag {self.id!r} needs its ISO 3166 code")
        for lang, terms in {**self.aliases, **self.exclude}.items():
            for term in terms:
                if not term.strip(" *"):
                    raise ValueError(f"tag {self.id!r}, language {lang!r}: an empty alias")
        return self


class TaxonomyFile(BaseModel):
    """The taxonomy file as written (schemas/taxonomy.schema.json)."""

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        title="newsworker taxonomy",
    )

    version: str = Field(min_length=1)
    languages: list[str] = Field(
        default=list(DEFAULT_LANGUAGES),
        description="CLDR locales whose country names join the aliases (zh_Hans, zh_Hant...).",
    )
    weights: Weights = Weights()
    tags: list[TagRule] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_ids(self) -> TaxonomyFile:
        ids = [t.id for t in self.tags]
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            raise ValueError(f"tag ids appear more than once: {dupes}")
        return self


@dataclass(frozen=True)
class Taxonomy:
    """A loaded taxonomy: its rules, its version and the compiled matcher."""

    rules: TaxonomyFile
    version: str
    matcher: Matcher
    by_id: dict[str, TagRule]

    def rule(self, tag: str) -> TagRule:
        """The rule of the tag with this id."""
        return self.by_id[tag]


def cldr_names(code: str, languages: list[str]) -> dict[str, str]:
    """The country's name in each CLDR locale (babel), e.g. RU -> {"fr": "Russie", ...}."""
    names = {}
    for lang in languages:
        try:
            name = Locale.parse(lang).territories.get(code)
        except (ValueError, UnknownLocaleError) as e:
            raise TaxonomyError(f"taxonomy: unknown CLDR locale {lang!r} in languages") from e
        if name:
            names[lang] = name
    return names


def _patterns(rules: TaxonomyFile) -> list[Pattern]:
    patterns: list[Pattern] = []
    for rule in rules.tags:
        if rule.kind == "country" and rule.cldr and rule.code:
            names = cldr_names(rule.code, rules.languages)
            patterns.extend(Pattern(rule.id, name) for name in names.values())
        for terms in rule.aliases.values():
            patterns.extend(Pattern(rule.id, t) for t in terms)
        for terms in rule.exclude.values():
            patterns.extend(Pattern(rule.id, t, exclude=True) for t in terms)
    return patterns


def parse_taxonomy(raw: bytes, origin: str) -> Taxonomy:
    """Validate a taxonomy document and compile it; errors name ``origin`` and the problem."""
    try:
        node = yaml.compose(raw, Loader=yaml.SafeLoader)
        data = yaml.safe_load(raw)
    except yaml.YAMLError as e:
        raise TaxonomyError(f"taxonomy: {origin}: not valid YAML: {e}") from e
    try:
        rules = TaxonomyFile.model_validate(data)
    except ValidationError as e:
        problems = "; ".join(
            f"line {_line_of(node, err['loc'])}: "
            f"{'.'.join(str(p) for p in err['loc']) or '(top)'}: {err['msg']}"
            for err in e.errors()
        )
        raise TaxonomyError(f"taxonomy: {origin}: {problems}") from e
    digest = hashlib.sha256(raw).hexdigest()[:8]
    by_id = {rule.id: rule for rule in rules.tags}
    return Taxonomy(rules, f"{rules.version}+{digest}", Matcher(_patterns(rules)), by_id)


def _line_of(node: yaml.Node | None, loc: tuple[int | str, ...]) -> int:
    """The 1-based line of the YAML node at ``loc`` (or of its nearest existing parent)."""
    line = 1 if node is None else node.start_mark.line + 1
    for step in loc:
        child = None
        if isinstance(node, yaml.MappingNode):
            child = next((v for k, v in node.value if k.value == step), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int):
            child = node.value[step] if step < len(node.value) else None
        if child is None:
            break
        node, line = child, child.start_mark.line + 1
    return line


@lru_cache(maxsize=8)
def load_taxonomy(path: Path | None = None) -> Taxonomy:
    """Load (once per process) the taxonomy at ``path``, or the built-in one."""
    path = path or DEFAULT_TAXONOMY
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise TaxonomyError(f"taxonomy: cannot read {path}: {e.strerror}") from e
    return parse_taxonomy(raw, str(path))
