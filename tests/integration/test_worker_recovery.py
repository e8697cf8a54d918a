"""F2: the whole worker SIGKILLed mid-task; a new worker runs the task again within the
stated bound (the visibility timeout plus one restore sweep), and it is stored once.

Real Redis, real prefork workers, short settings (RELIABILITY.md F2); the defaults give the
same bound at 280 s (tests/unit/test_config.py, README "Guarantees").
"""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.integration.conftest import Stack, running_worker, wait_until
from worker.config import Settings
from worker.db.models import Article, OutboxEvent

SHORT = {
    "NEWSWORKER_VISIBILITY_TIMEOUT": "12",
    "NEWSWORKER_TASK_SOFT_TIME_LIMIT": "8",
    "NEWSWORKER_TASK_TIME_LIMIT": "9",
    "NEWSWORKER_RETRY_BACKOFF_MAX": "1",
}
PAYLOAD = {"text": "STALL. La Chine et la Russie signent un accord commercial.", "guid": "f2"}


def _attempts(path: Path) -> list[float]:
    if not path.exists():
        return []
    return [float(line.split()[1]) for line in path.read_text().splitlines() if line.strip()]


@pytest.mark.slow  # about 20 s: a visibility timeout of 12 s, two worker start-ups
def test_a_killed_workers_task_runs_again_within_the_stated_bound(stack: Stack) -> None:
    stack.env.update(SHORT)
    short = Settings(**{k.removeprefix("NEWSWORKER_").lower(): v for k, v in SHORT.items()})  # type: ignore[arg-type]
    bound = short.lost_task_recovery  # 12 s + a 1 s sweep
    attempts = Path(stack.env["NEWSWORKER_DATA_DIR"]) / "stall-attempts"
    app = "tests.integration.stalling_app"

    with running_worker(stack, app=app) as first:
        sent = time.time()
        stack.send("newsworker.ingest_article", PAYLOAD)
        wait_until(lambda: _attempts(attempts), what="the first attempt to start")
        killed = time.time()
        os.killpg(first.pid, signal.SIGKILL)  # the parent and its pool: nothing acks
        first.wait(timeout=10)

    with running_worker(stack, app=app):
        (_, again) = wait_until(
            lambda: _attempts(attempts)[:2] if len(_attempts(attempts)) >= 2 else None,
            timeout=bound + 30,
            what="the killed task to run again",
        )

        def stored() -> int:
            with stack.sessions() as s:
                return int(s.scalar(select(func.count()).select_from(Article)) or 0)

        wait_until(stored, what="the article to be stored")
    recovery = again - killed
    print(f"\nre-run {recovery:.1f} s after the kill (bound {bound} s)")
    # The message was taken between `sent` and `killed`: it comes back no sooner than the
    # visibility timeout after it was taken (sooner would be a duplicate delivery), and no
    # later than one sweep after that (a second of slack for the worker's own timers).
    assert again - sent >= short.visibility_timeout
    assert recovery <= bound + 1
    with stack.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Article)) == 1
        assert s.scalar(select(func.count()).select_from(OutboxEvent)) == 1
