"""Storage: typed models, engines and sessions, and Alembic migrations.

The names below are imported on first use (PEP 562), not with the package: importing
``worker.db.models`` alone must not pull in NumPy (clusters) and Alembic (migrate), which
cost every command-line call about half a second.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_WHERE = {
    "ArticleBand": "clusters",
    "ArticleSignature": "clusters",
    "upgrade": "migrate",
    "Article": "models",
    "ArticleTag": "models",
    "Base": "models",
    "DeadLetter": "models",
    "Submission": "models",
    "dispose_engines": "session",
    "get_engine": "session",
    "get_sessionmaker": "session",
}

__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{_WHERE[name]}"), name)
