"""Dead letters kept on disk while the database is down, moved in once it answers."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from worker.config import Settings
from worker.db.models import DeadLetter, Submission
from worker.db.session import get_sessionmaker, transaction
from worker.db.submissions import record_submissions
from worker.services.dead_letters import keep_failed_task, replay_spool, spooled


def test_a_dead_letter_spooled_while_the_db_was_down_is_replayed_once(
    tmp_path: Path, sqlite_url: str
) -> None:
    down = Settings(data_dir=tmp_path, database_url=f"sqlite:///{tmp_path}/no/such/dir/x.db")
    (tmp_path / "no").write_text("a file where a folder should be: the database cannot open")
    keep_failed_task(
        down,
        payload='{"text": "La Chine"}',
        task_name="newsworker.ingest_article",
        task_id="t-1",
        exception=RuntimeError("boom"),
        submission_ids=["s-1"],
    )
    assert [letter.fields["task_id"] for letter in spooled(down)] == ["t-1"]
    up = Settings(data_dir=tmp_path, database_url=sqlite_url)
    with transaction(get_sessionmaker(sqlite_url)) as s:
        record_submissions(s, [("s-1", "test", {"text": "La Chine"})])
    assert replay_spool(up) == 1
    assert spooled(up) == []
    assert replay_spool(up) == 0
    with get_sessionmaker(sqlite_url)() as s:
        (row,) = s.scalars(select(DeadLetter)).all()
        submission = s.get(Submission, "s-1")
    assert (row.task_id, row.payload, row.error) == (
        "t-1",
        '{"text": "La Chine"}',
        "RuntimeError: boom",
    )
    assert submission is not None
    assert submission.status == "dead"
