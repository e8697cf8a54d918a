"""What a worker's main process does at start-up, before its pool forks."""

from __future__ import annotations

import gc
from pathlib import Path

from worker.app import _check_config
from worker.celery_app import make_celery
from worker.config import Settings


def test_what_is_loaded_before_the_fork_is_frozen_out_of_the_collector(tmp_path: Path) -> None:
    # Frozen objects are not written by a pool process's collections, so their pages stay
    # shared with the parent: the whole worker's PSS is 85 MiB less (README, Benchmarks).
    app = make_celery(Settings(data_dir=tmp_path, broker_url="redis://127.0.0.1:1/0"))
    gc.unfreeze()
    try:
        _check_config(sender=type("Worker", (), {"app": app})())
        assert gc.get_freeze_count() > 100_000  # the taxonomy and the language model
    finally:
        gc.unfreeze()
