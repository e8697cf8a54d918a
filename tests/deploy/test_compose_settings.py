"""Every newsworker setting set in deploy.env reaches every newsworker service of compose.

compose's ``--env-file deploy.env`` gives the variables; the compose file decides what each
container's environment is; the image adds its ``ENV``. Each service's environment is then
handed to a real ``Settings()`` in a process of its own, as in the container, and every field
must come out as deploy.env set it.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.deploy.composefile import (
    COMPOSE,
    MACHINE_SERVICES,
    environment_of,
    load_compose,
    read_dockerfile,
)
from worker.config import Settings

ROOT = Path(__file__).resolve().parents[2]
DEPLOY_ENV = ROOT / "deploy.env.example"
PASSWORDS = {"POSTGRES_PASSWORD": "pg", "REDIS_PASSWORD": "redis", "FLOWER_BASIC_AUTH": "a:b"}

# One value per field, none the default, all valid together.
VALUES = {
    "data_dir": "/home/newsworker/data-alt",
    "database_url": "postgresql://nw:pw@db.internal:5432/news",
    "broker_url": "redis://:pw@broker.internal:6379/2",
    "sentinel_master": "news-primary",
    "queue": "news-alt",
    "concurrency": "3",
    "task_soft_time_limit": "100",
    "task_time_limit": "200",
    "retry_backoff_max": "300",
    "max_retries": "7",
    "visibility_timeout": "900",
    "batch_size": "25",
    "max_article_bytes": "2097152",
    "events_redis_url": "redis://events.internal:6379/1",
    "events_stream": "alt:articles",
    "events_maxlen": "5000",
    "events_full_article": "true",
    "events_min_replicas": "1",
    "submissions_stream": "alt:submissions",
    "resend_after": "600",
    "fetch_connect_timeout": "2.5",
    "fetch_read_timeout": "15.0",
    "fetch_deadline": "25.0",
    "fetch_max_bytes": "2097152",
    "fetch_max_redirects": "3",
    "user_agent": "alt-agent/2 (+https://news.example)",
    "allow_private_hosts": "feeds.internal,intranet",
    "host_min_interval": "2.5",
    "dispatch_interval": "30.0",
    "metrics_port": "9900",
    "metrics_host": "::",
    "cluster_threshold": "0.7",
    "source_timezones": "www.lemonde.fr=Europe/Paris",
    "taxonomy": "/home/newsworker/config/taxonomy.yaml",
    "log_format": "console",
    "log_level": "DEBUG",
}
PROBE = "from worker.config import Settings; print(Settings().model_dump_json())"


def _newsworker_services(compose: dict[str, Any]) -> dict[str, Any]:
    return {n: s for n, s in compose["services"].items() if n not in MACHINE_SERVICES}


def _settings_in(service: dict[str, Any], cwd: Path) -> dict[str, Any]:
    """The Settings a process with this service's container environment reads."""
    image = read_dockerfile()
    env = {k: v for k, v in image.env.items() if k != "PATH"}
    env.update(environment_of(service))
    env.update(PATH="/usr/bin:/bin", PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", PROBE],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def test_the_values_cover_every_setting_and_none_is_a_default() -> None:
    assert set(VALUES) == set(Settings.model_fields), "add the new setting to VALUES"
    defaults = Settings.model_construct().model_dump(mode="json")
    for name, value in VALUES.items():
        assert value != str(defaults[name]), f"{name}: pick a value that is not the default"


def test_every_setting_in_deploy_env_reaches_every_newsworker_service(tmp_path: Path) -> None:
    deploy_env = {f"NEWSWORKER_{name.upper()}": value for name, value in VALUES.items()}
    compose = load_compose({**PASSWORDS, **deploy_env})
    expected = Settings(**VALUES).model_dump(mode="json")  # type: ignore[arg-type]
    services = _newsworker_services(compose)
    assert set(services) >= {"migrate", "worker", "bridge", "beat", "flower"}
    for name, service in services.items():
        declared = environment_of(service)
        missing = sorted(set(deploy_env) - set(declared))
        assert not missing, f"{name}: deploy.env cannot set {missing} ({COMPOSE.name})"
        got = _settings_in(service, tmp_path)
        wrong = {k: (got[k], v) for k, v in expected.items() if got[k] != v}
        assert not wrong, f"{name}: (got, set in deploy.env): {wrong}"


def _example_variables() -> dict[str, str]:
    pairs = re.findall(r"^([A-Z][A-Z0-9_]*)=(.*)$", DEPLOY_ENV.read_text(), re.M)
    return dict(pairs)


def test_the_deploy_env_example_runs_every_service_with_the_compose_defaults(
    tmp_path: Path,
) -> None:
    variables = {**_example_variables(), **PASSWORDS}
    compose = load_compose(variables)
    defaults = Settings.model_construct().model_dump(mode="json")
    for name, service in _newsworker_services(compose).items():
        got = _settings_in(service, tmp_path)
        assert got["database_url"] == "postgresql://newsworker:pg@postgres:5432/newsworker"
        assert got["broker_url"] == "redis://:redis@redis:6379/0"
        assert got["data_dir"] == "/home/newsworker/data", name
        assert (got["log_format"], got["metrics_host"]) == ("json", "0.0.0.0"), name
        for field in ("fetch_max_bytes", "visibility_timeout", "taxonomy", "user_agent"):
            assert got[field] == defaults[field], f"{name}: {field}"


def test_the_deploy_env_example_names_every_variable_compose_reads() -> None:
    text = DEPLOY_ENV.read_text()
    named = set(re.findall(r"^#?\s*([A-Z][A-Z0-9_]*)=", text, re.M))
    used = set(re.findall(r"\$\{([A-Z][A-Z0-9_]*)", COMPOSE.read_text()))
    used |= {f"NEWSWORKER_{name.upper()}" for name in Settings.model_fields}
    assert used - named == set(), f"deploy.env.example does not mention {sorted(used - named)}"


@pytest.mark.parametrize("service", ["worker", "beat", "flower", "bridge", "migrate"])
def test_the_config_folder_is_mounted_read_only(service: str) -> None:
    compose = load_compose({**PASSWORDS, "CONFIG_DIR": "/srv/newsworker"})
    volumes = compose["services"][service].get("volumes") or []
    assert "/srv/newsworker:/home/newsworker/config:ro" in volumes


def test_the_worker_grace_period_outlasts_the_hard_time_limit() -> None:
    compose = load_compose({**_example_variables(), **PASSWORDS})
    grace = compose["services"]["worker"]["stop_grace_period"]
    assert grace.endswith("s")
    assert int(grace[:-1]) > Settings.model_construct().task_time_limit
