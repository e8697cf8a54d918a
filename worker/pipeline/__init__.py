"""The pipeline: submission -> parse -> normalize -> tag -> store (worker.pipeline.run).

The names below are imported on first use (PEP 562), not with the package: a command that
needs one stage (a producer's ``feeds add``, the page fetcher the workers' parts name)
must not pull in every stage's libraries, which cost each command-line call about a second.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from worker.pipeline.run import (
        Item,
        ItemResult,
        PageFetcher,
        RetagChange,
        ingest,
        prepare,
        retag,
    )
    from worker.pipeline.validate import validate_submission

_WHERE = {
    "Item": "run",
    "ItemResult": "run",
    "PageFetcher": "run",
    "RetagChange": "run",
    "ingest": "run",
    "prepare": "run",
    "retag": "run",
    "validate_submission": "validate",
}

__all__ = [
    "Item",
    "ItemResult",
    "PageFetcher",
    "RetagChange",
    "ingest",
    "prepare",
    "retag",
    "validate_submission",
]


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{_WHERE[name]}"), name)
