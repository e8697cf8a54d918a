"""Tag stage: every tag mentioned in the title and text, with a score and its evidence.

A mention counts ``weights.title`` in the title, ``weights.lede`` in the first
``weights.lede_chars`` characters of the text and ``weights.text`` elsewhere; the score is
``1 - exp(-sum / weights.saturation)``, so one passing mention scores low (0.22 with the
defaults) and a subject mentioned throughout approaches 1. Tags below their rule's
``min_score`` are dropped. Evidence offsets index the stored title or text.
"""

from __future__ import annotations

import math

from worker.taxonomy import Taxonomy
from worker.types import Article, Evidence, Field, TaggedArticle, TagResult

__all__ = ["tag"]


def tag(article: Article, taxonomy: Taxonomy) -> TaggedArticle:
    """Tag one normalized article with ``taxonomy``."""
    weights = taxonomy.rules.weights
    evidence: dict[str, list[Evidence]] = {}
    totals: dict[str, float] = {}
    fields: tuple[tuple[Field, str], ...] = (("title", article.title), ("text", article.text))
    for field, value in fields:
        for m in taxonomy.matcher.find(value):
            if field == "title":
                weight = weights.title
            elif m.start < weights.lede_chars:
                weight = weights.lede
            else:
                weight = weights.text
            totals[m.tag] = totals.get(m.tag, 0.0) + weight
            evidence.setdefault(m.tag, []).append(
                Evidence(m.term, m.start, m.end, field, value[m.start : m.end])
            )
    results = []
    for tag_id, total in totals.items():
        rule = taxonomy.rule(tag_id)
        score = round(1.0 - math.exp(-total / weights.saturation), 4)
        if score >= rule.min_score:
            results.append(TagResult(tag_id, score, tuple(evidence[tag_id]), rule.code, rule.label))
    results.sort(key=lambda r: (-r.score, r.tag))
    return TaggedArticle(article, tuple(results), taxonomy.version)
