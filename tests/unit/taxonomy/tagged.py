"""The tags a short text gets through the pipeline's parse, normalize and tag stages, for the
taxonomy tests that check rules on sentences."""

from __future__ import annotations

from worker.contracts import ArticleSubmission
from worker.pipeline.normalize import normalize
from worker.pipeline.parse import parse_submission
from worker.pipeline.tag import tag
from worker.taxonomy import load_taxonomy


def tags(text: str) -> set[str]:
    """The tag ids of ``text`` submitted as an article (title "x")."""
    parsed = parse_submission(ArticleSubmission(text=text, title="x"), 10**6)
    return {t.tag for t in tag(normalize(parsed), load_taxonomy()).tags}
