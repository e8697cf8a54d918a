"""The real app, plus faults a crash or the OOM killer would cause:

- the pool process dies after the task stored its work but before the message is
  acknowledged (once per marker file);
- a poison payload kills its pool process on every attempt.
"""

from __future__ import annotations

import os
import signal
from pathlib import Path
from typing import Any

from celery import signals

from worker.celery_app import app

__all__ = ["app"]

MARKER = Path(os.environ["NEWSWORKER_DATA_DIR"]) / "crashed-once"


@signals.task_success.connect
def _die_before_the_ack(**_: Any) -> None:
    if not MARKER.exists():
        MARKER.parent.mkdir(parents=True, exist_ok=True)
        MARKER.write_text(str(os.getpid()))
        os.kill(os.getpid(), signal.SIGKILL)


ATTEMPTS = Path(os.environ["NEWSWORKER_DATA_DIR"]) / "poison-attempts"


@signals.task_prerun.connect
def _poison_kills_its_process(args: Any = None, **_: Any) -> None:
    """A payload whose text starts with POISON kills the pool process every time."""
    payload = args[0] if args else None
    if isinstance(payload, dict) and str(payload.get("text", "")).startswith("POISON"):
        ATTEMPTS.parent.mkdir(parents=True, exist_ok=True)
        with ATTEMPTS.open("a") as f:
            f.write(f"{os.getpid()}\n")
        os.kill(os.getpid(), signal.SIGKILL)
