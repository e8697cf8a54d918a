"""docker-compose.sentinel.yml, merged over docker-compose.yml as ``docker compose -f a -f b``
merges them: still a valid Compose file, and every newsworker service reaches Redis through
the three sentinels, under the name the sentinels monitor."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from tests.deploy.composefile import MACHINE_SERVICES, environment_of, load_compose
from tests.deploy.test_compose_spec import PASSWORDS, _errors
from worker.app import make_celery
from worker.config import Settings
from worker.events import sentinel_addresses

SENTINEL_COMPOSE = Path(__file__).resolve().parents[2] / "docker-compose.sentinel.yml"
SENTINELS = ("sentinel-1", "sentinel-2", "sentinel-3")


@pytest.fixture
def merged() -> dict[str, Any]:
    return load_compose(PASSWORDS, SENTINEL_COMPOSE)


def test_the_merged_file_follows_the_compose_specification(merged: dict[str, Any]) -> None:
    assert _errors(merged) == []


def test_every_newsworker_service_uses_the_sentinels(
    merged: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    services = merged["services"]
    sentinel_group = MACHINE_SERVICES | {"redis-replica", *SENTINELS}
    newsworker = {n: s for n, s in services.items() if n not in sentinel_group}
    assert set(newsworker) == {"migrate", "worker", "bridge", "beat", "flower"}
    for name, service in newsworker.items():
        env = environment_of(service)
        for key, value in env.items():
            monkeypatch.setenv(key, str(value))
        settings = Settings()
        assert settings.sentinel_master == "newsworker", name
        assert [h for h, _ in sentinel_addresses(settings.broker_url)] == list(SENTINELS), name
        assert settings.events_url == settings.broker_url  # events and bridge: the same Redis
        first = urlsplit(settings.broker_url.split(";")[0])
        assert first.password == PASSWORDS["REDIS_PASSWORD"], name  # the primary's password
        app = make_celery(settings)
        assert app.conf.broker_transport == "worker.broker:SentinelTransport", name
        if name != "migrate":  # migrate needs the database only
            assert set(SENTINELS) <= set(service["depends_on"]), name
        for key in env:
            monkeypatch.delenv(key)


def test_the_sentinels_monitor_the_primary_under_the_configured_name(
    merged: dict[str, Any],
) -> None:
    services = merged["services"]
    for name in SENTINELS:
        script = services[name]["command"][-1]
        assert "sentinel monitor newsworker redis 6379 2" in script
        assert "sentinel auth-pass newsworker $REDIS_PASSWORD" in script  # $$ interpolated
        assert "--sentinel" in script
    replica = services["redis-replica"]["command"]
    assert replica[replica.index("--replicaof") + 1] == "redis"
    # Both servers can replicate the other after a failover.
    for server in ("redis", "redis-replica"):
        command = services[server]["command"]
        assert command[command.index("--masterauth") + 1] == PASSWORDS["REDIS_PASSWORD"]
