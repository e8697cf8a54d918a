"""``celery -A worker.celery_app``: the app built from the environment's settings, lazily.

A thin shim over the composition root (worker.app): importing this module builds nothing;
reading ``worker.celery_app.app`` (as Celery's ``-A`` does) builds the app once from
``get_settings()``. Code that has its settings calls :func:`worker.app.make_celery`.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from celery import Celery

from worker.app import make_celery
from worker.config import get_settings

__all__ = ["app", "make_celery"]  # noqa: F822  (app: built on first read)


@cache
def _app() -> Celery:
    return make_celery(get_settings())


def __getattr__(name: str) -> Any:
    if name == "app":
        return _app()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
