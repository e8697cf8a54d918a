from __future__ import annotations

import re
from pathlib import Path

import pytest
from pydantic import ValidationError

from worker.config import Settings

ENV_EXAMPLE = Path(__file__).resolve().parents[2] / ".env.example"


def test_env_example_lists_every_setting_and_nothing_else() -> None:
    listed = set(re.findall(r"^NEWSWORKER_([A-Z_]+)=", ENV_EXAMPLE.read_text(), re.M))
    fields = {name.upper() for name in Settings.model_fields}
    assert listed == fields, f"missing: {fields - listed}; unknown: {listed - fields}"


def test_env_example_defaults_are_the_real_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    for line in ENV_EXAMPLE.read_text().splitlines():
        if line.startswith("NEWSWORKER_"):
            key, _, value = line.partition("=")
            monkeypatch.setenv(key, value)
    assert Settings() == Settings.model_construct()  # every listed value is the default
    assert Settings().taxonomy is None


def test_with_no_configuration_everything_is_embedded(tmp_path: Path) -> None:
    settings = Settings()
    assert settings.broker_url == "filesystem://"
    assert settings.sqlalchemy_url == f"sqlite:///{tmp_path / 'data' / 'newsworker.db'}"


def test_a_plain_postgresql_url_uses_psycopg_3(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSWORKER_DATABASE_URL", "postgresql://u@db:5432/news")
    assert Settings().sqlalchemy_url == "postgresql+psycopg://u@db:5432/news"


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"NEWSWORKER_VISIBILITY_TIMEOUT": "150"}, "visibility_timeout must exceed"),
        ({"NEWSWORKER_TASK_SOFT_TIME_LIMIT": "400"}, "soft_time_limit must be below"),
        ({"NEWSWORKER_BROKER_URL": "amqp://x"}, "broker_url scheme"),
        ({"NEWSWORKER_RETRY_BACKOFF_MAX": "3600"}, "less than or equal to 600"),
        ({"NEWSWORKER_SOURCE_TIMEZONES": "lemonde.fr=Europe/Pariss"}, "unknown time zone"),
        ({"NEWSWORKER_SOURCE_TIMEZONES": "lemonde.fr"}, "is not host=Zone"),
    ],
)
def test_unsafe_values_are_refused_at_start_up(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], message: str
) -> None:
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    with pytest.raises(ValidationError, match=message):
        Settings()


def test_source_timezones_map_hosts_to_zones(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(
        "NEWSWORKER_SOURCE_TIMEZONES", "WWW.Lemonde.fr=Europe/Paris, asahi.com=Asia/Tokyo"
    )
    assert Settings().timezones == {"www.lemonde.fr": "Europe/Paris", "asahi.com": "Asia/Tokyo"}


def test_by_default_a_lost_workers_task_comes_back_within_five_minutes() -> None:
    s = Settings()
    # a retried message waits its countdown, maybe a busy process's task, then runs
    assert s.visibility_timeout > s.retry_backoff_max + 2 * s.task_time_limit
    assert s.lost_task_recovery == s.visibility_timeout + s.restore_interval
    assert s.lost_task_recovery <= 300
    assert s.restore_interval <= 10


def test_the_redis_transport_sweeps_for_lost_messages_every_restore_interval() -> None:
    from worker.app import make_celery

    settings = Settings(
        broker_url="redis://127.0.0.1:6379/0",
        visibility_timeout=30,
        task_time_limit=10,
        task_soft_time_limit=5,
        retry_backoff_max=5,
    )
    options = make_celery(settings).conf.broker_transport_options
    assert options["visibility_timeout"] == 30
    assert options["unacked_restore_interval"] == settings.restore_interval == 3
    assert options["unacked_restore_throttle"] == 1  # every sweep scans, not every 10th
    # Two deployments on one Redis database never sweep each other's unacknowledged messages.
    other = make_celery(settings.model_copy(update={"queue": "other"})).conf
    keys = ("unacked_key", "unacked_index_key", "unacked_mutex_key")
    assert {options[k] for k in keys}.isdisjoint(other.broker_transport_options[k] for k in keys)
    assert options["unacked_key"] == f"{settings.queue}:unacked"
