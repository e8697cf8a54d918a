"""The submission contract's check, with a message naming each field (its own module, so
that a producer checking what it sends imports no stage)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import ValidationError

from worker.contracts import ArticleSubmission
from worker.errors import InvalidSubmission

__all__ = ["validate_submission"]


def validate_submission(payload: Any) -> ArticleSubmission:
    """Check a payload against the submission contract, with a message naming each field."""
    if not isinstance(payload, Mapping):
        raise InvalidSubmission(
            f"submission: expected a JSON object, got {type(payload).__name__}; "
            "see schemas/submission.schema.json"
        )
    try:
        return ArticleSubmission.model_validate(payload)
    except ValidationError as e:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or 'payload'}: {err['msg']}"
            for err in e.errors()
        )
        raise InvalidSubmission(
            f"submission: {problems} (see schemas/submission.schema.json)"
        ) from e
