"""Language identification with py3langid, on the first characters of the text."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

__all__ = ["detect_language"]

SAMPLE_CHARS = 600  # enough for a confident guess at a third of the whole text's cost


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> tuple[str | None, float | None]:
    """``(ISO 639-1 code, confidence in [0, 1])``, or ``(None, None)`` for no letters."""
    sample = text[:SAMPLE_CHARS]
    if not any(ch.isalpha() for ch in sample):
        return None, None
    lang, prob = _identifier().classify(sample)
    return str(lang), round(float(prob), 4)
