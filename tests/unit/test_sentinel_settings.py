"""One Sentinel setting reaches the broker, the events client, the bridge and the throttle.

No server is needed: these check what is built from the settings (transport, options,
clients) and that kombu's failover switch keeps the guarded transport.
"""

from __future__ import annotations

import pytest
from pydantic import ValidationError
from redis.sentinel import SentinelConnectionPool

from worker.app import make_celery
from worker.broker import SentinelChannel, SentinelTransport
from worker.config import Settings, mask_url
from worker.deps import Deps
from worker.events import redis_client, sentinel_addresses
from worker.health import sentinel_status

SENTINELS = "sentinel://:s3cret@127.0.0.1:26379;sentinel://127.0.0.2:26380;sentinel://127.0.0.3"


def _settings(**kw: object) -> Settings:
    return Settings(broker_url=SENTINELS, sentinel_master="news", **kw)  # type: ignore[arg-type]


def test_a_sentinel_url_without_a_master_name_is_refused() -> None:
    with pytest.raises(ValidationError, match="NEWSWORKER_SENTINEL_MASTER"):
        Settings(broker_url=SENTINELS)
    with pytest.raises(ValidationError, match="NEWSWORKER_SENTINEL_MASTER"):
        Settings(events_redis_url="sentinel://127.0.0.1:26379")


def test_a_server_list_mixing_schemes_is_refused() -> None:
    with pytest.raises(ValidationError, match="each is sentinel://"):
        Settings(broker_url="sentinel://a:26379;redis://b:6379", sentinel_master="news")


def test_events_follow_a_sentinel_broker_and_every_password_is_masked() -> None:
    settings = _settings()
    assert settings.events_url == SENTINELS
    assert "s3cret" not in repr(settings)
    assert "s3cret" not in mask_url("sentinel://:a@h:1;sentinel://:s3cret@h2:2")
    assert mask_url("sentinel://h:1;sentinel://h2:2") == "sentinel://h:1;sentinel://h2:2"


def test_the_broker_uses_the_guarded_sentinel_transport_with_the_master_name() -> None:
    app = make_celery(_settings())
    assert app.conf.broker_transport == "worker.broker:SentinelTransport"
    options = app.conf.broker_transport_options
    assert options["master_name"] == "news"
    assert options["sentinel_kwargs"]["socket_timeout"] <= 5
    conn = app.connection_for_write()
    assert conn.transport.Channel is SentinelChannel
    assert isinstance(conn.transport, SentinelTransport)
    assert len(conn.alt) == 3


def test_a_failover_switch_keeps_the_guarded_transport_and_the_password() -> None:
    # kombu switches to the next URL when a connection fails; a URL would bring back
    # kombu's own transport (its scheme), dropping the guard against undecodable entries.
    app = make_celery(_settings())
    for conn in (app.connection_for_write(), app.connection_for_read()):
        for _ in range(4):
            conn.maybe_switch_next()
            assert conn.transport_cls == "worker.broker:SentinelTransport"
            assert conn.password == "s3cret"
            assert conn.transport.Channel is SentinelChannel
        assert conn.alt == SENTINELS.split(";")


def test_a_plain_redis_broker_keeps_kombus_own_failover() -> None:
    app = make_celery(Settings(broker_url="redis://127.0.0.1:6379/0"))
    assert app.conf.broker_transport == "worker.broker:Transport"
    assert app.conf.broker_failover_strategy is None


def test_the_events_and_throttle_client_goes_through_the_sentinels() -> None:
    redis_client.cache_clear()
    settings = _settings()
    deps = Deps.build(settings, send=lambda name, args: None)
    assert deps.redis is not None
    pool = deps.redis.connection_pool
    assert isinstance(pool, SentinelConnectionPool)
    assert pool.service_name == "news"
    assert pool.connection_kwargs["password"] == "s3cret"  # the primary's password
    hosts = [(c.connection_pool.connection_kwargs["host"], c.connection_pool.connection_kwargs[
        "port"]) for c in pool.sentinel_manager.sentinels]  # fmt: skip
    assert hosts == [("127.0.0.1", 26379), ("127.0.0.2", 26380), ("127.0.0.3", 26379)]
    assert deps.throttle._redis is deps.redis
    redis_client.cache_clear()


def test_sentinel_addresses_and_the_database_number() -> None:
    assert sentinel_addresses("sentinel://h1;sentinel://h2:1") == [("h1", 26379), ("h2", 1)]
    with pytest.raises(ValueError, match="not a sentinel URL"):
        sentinel_addresses("sentinel://h1;redis://h2")
    client = redis_client("sentinel://127.0.0.1:1/3", "news")
    assert client.connection_pool.connection_kwargs["db"] == 3
    with pytest.raises(ValueError, match="NEWSWORKER_SENTINEL_MASTER"):
        redis_client("sentinel://127.0.0.1:1/3")
    redis_client.cache_clear()


def test_status_says_when_no_sentinel_answers() -> None:
    # Port 1 on loopback: nothing listens there.
    status = sentinel_status("sentinel://127.0.0.1:1;sentinel://127.0.0.1:2", "news", 0.5)
    assert (status.sentinels, status.answering, status.primary) == (2, 0, None)
