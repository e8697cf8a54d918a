"""Passwords never show: not in the app's configuration, Flower, settings reprs or errors."""

from __future__ import annotations

import json
from pathlib import Path

from worker.app import make_celery
from worker.config import Settings, mask_url

DB_SECRET = "Db-Pa55-7f3e"
BROKER_SECRET = "Br0ker-Pa55-91c2"
EVENTS_SECRET = "Ev3nts-Pa55-44aa"


def _settings(tmp_path: Path) -> Settings:
    return Settings(
        data_dir=tmp_path,
        database_url=f"postgresql://newsworker:{DB_SECRET}@db.internal:5432/newsworker",
        broker_url=f"redis://:{BROKER_SECRET}@redis.internal:6379/0",
        events_redis_url=f"redis://app:{EVENTS_SECRET}@events.internal:6379/1",
    )


def _leaks(text: str) -> list[str]:
    return [s for s in (DB_SECRET, BROKER_SECRET, EVENTS_SECRET) if s in text]


def test_the_app_configuration_flower_and_inspect_show_holds_no_password(tmp_path: Path) -> None:
    app = make_celery(_settings(tmp_path))
    # What `celery inspect conf` and Flower's /api/workers return (the worker's conf table).
    assert _leaks(json.dumps(app.conf.table(with_defaults=True), default=repr)) == []
    assert _leaks(repr(app.conf.humanize(with_defaults=True))) == []
    assert "newsworker_settings" not in app.conf  # the settings live on the app's runtime


def test_settings_print_with_their_passwords_masked(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    assert _leaks(repr(settings)) == []
    assert _leaks(str(settings)) == []
    assert "****@db.internal:5432" in repr(settings)


def test_a_masked_url_keeps_everything_but_the_password() -> None:
    url = f"redis://user:{BROKER_SECRET}@[::1]:6380/2?ssl_cert_reqs=none"
    assert mask_url(url) == "redis://user:****@[::1]:6380/2?ssl_cert_reqs=none"
    assert mask_url("redis://localhost:6379/0") == "redis://localhost:6379/0"
