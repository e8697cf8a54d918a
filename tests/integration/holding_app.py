"""The real app, recording every attempt at an article (its guid, in the data folder's
``attempts``); with ``NWTEST_HOLD=1`` each attempt hangs instead and never stores, so the
worker holds its messages in flight until the test cuts its host off or kills it."""

from __future__ import annotations

import contextlib
import os
import time
from pathlib import Path
from typing import Any

from celery import signals
from celery.exceptions import SoftTimeLimitExceeded

from worker.celery_app import app

__all__ = ["app"]


@signals.task_prerun.connect
def _record_and_maybe_hold(args: Any = None, **_: Any) -> None:
    payload = args[0] if args else None
    if not isinstance(payload, dict) or "guid" not in payload:
        return
    folder = Path(os.environ["NEWSWORKER_DATA_DIR"])
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "attempts").open("a") as f:
        f.write(f"{payload['guid']} {time.time():.3f}\n")
    if os.environ.get("NWTEST_HOLD") == "1":
        # Until the test kills the worker, or the hard time limit kills the process: the soft
        # limit must not let a held task go on to store its article.
        while True:
            with contextlib.suppress(SoftTimeLimitExceeded):
                time.sleep(3600)
