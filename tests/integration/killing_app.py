"""The real app, plus a crash of the whole worker: once, right after a batch of single
messages committed and before any of its messages was acknowledged, the pool process
SIGKILLs its worker's whole process group (the main process and every pool process)."""

from __future__ import annotations

import os
import signal
from pathlib import Path
from typing import Any

from celery import signals

from worker.celery_app import app

__all__ = ["app"]

MARKER = Path(os.environ["NEWSWORKER_DATA_DIR"]) / "worker-killed"


@signals.task_success.connect
def _kill_the_whole_worker(sender: Any = None, **_: Any) -> None:
    if getattr(sender, "name", None) != "newsworker.ingest_article" or MARKER.exists():
        return
    if sender.request.id is None:  # a message of a batch (alone, it has its own request)
        MARKER.parent.mkdir(parents=True, exist_ok=True)
        MARKER.write_text(str(os.getpid()))
        os.killpg(os.getpgid(0), signal.SIGKILL)
