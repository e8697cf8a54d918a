"""The real app, whose first attempt at a payload starting STALL hangs (a worker that will be
killed mid-task); every attempt is recorded with its wall-clock time."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

from celery import signals

from worker.celery_app import app

__all__ = ["app"]

ATTEMPTS = Path(os.environ["NEWSWORKER_DATA_DIR"]) / "stall-attempts"


@signals.task_prerun.connect
def _first_attempt_hangs(args: Any = None, **_: Any) -> None:
    payload = args[0] if args else None
    if not (isinstance(payload, dict) and str(payload.get("text", "")).startswith("STALL")):
        return
    first = not ATTEMPTS.exists()
    ATTEMPTS.parent.mkdir(parents=True, exist_ok=True)
    with ATTEMPTS.open("a") as f:
        f.write(f"{os.getpid()} {time.time():.3f}\n")
    if first:
        time.sleep(3600)  # until the test kills the whole worker
