"""The one typed Settings class: every knob newsworker has, read once from the environment.

Each field is read from ``NEWSWORKER_<FIELD>`` (or from a ``.env`` file in the working
directory). ``.env.example`` lists every field; a test keeps the two in step.

With no configuration at all, newsworker runs embedded: SQLite under ``data_dir`` and a
filesystem broker under ``data_dir/broker``. Pointing ``broker_url`` at Redis and
``database_url`` at PostgreSQL switches to production without a code change.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cached_property
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

__all__ = ["Settings", "get_settings", "mask_url"]

_MASK = "****"


def mask_url(url: str) -> str:
    """``url`` with its password (and any user:password) replaced by ``****``.

    A Sentinel URL names several servers (``sentinel://a:26379;sentinel://b:26379``): each
    is masked on its own.
    """
    if ";" in url:
        return ";".join(mask_url(part) for part in url.split(";"))
    try:
        parts = urlsplit(url)
    except ValueError:
        return "<unparseable url>"
    if parts.password is None:
        return url
    user = parts.username or ""
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    port = f":{parts.port}" if parts.port else ""
    netloc = f"{user}:{_MASK}@{host}{port}"
    return urlunsplit(parts._replace(netloc=netloc))


def _one_host_per_param(url: str) -> str:
    """``?host=a:5432,b:5433`` as ``?host=a:5432&host=b:5433``, the multi-host form SQLAlchemy
    reads (given whole, libpq would look up a host named ``a:5432``). ``host=a,b&port=p,q``
    and repeated ``host=`` parameters pass unchanged."""
    parts = urlsplit(url)
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    if not any(k == "host" and "," in v and ":" in v for k, v in pairs):
        return url
    expanded = [
        (k, one) for k, v in pairs for one in (v.split(",") if k == "host" and ":" in v else [v])
    ]
    return urlunsplit(parts._replace(query=urlencode(expanded, safe=":/,")))


class Settings(BaseSettings):
    """newsworker's configuration. Unsafe or contradictory values are refused at start-up."""

    model_config = SettingsConfigDict(
        env_prefix="NEWSWORKER_", env_file=".env", extra="ignore", frozen=True
    )

    data_dir: Path = Field(
        default=Path("data"),
        description="Folder for the embedded SQLite database and filesystem broker.",
    )
    database_url: str = Field(
        default="",
        description="SQLAlchemy URL; empty means SQLite at data_dir/newsworker.db.",
    )
    broker_url: str = Field(
        default="filesystem://",
        description="Celery broker URL: filesystem:// (embedded), redis://host:6379/0, or "
        "Redis Sentinel: sentinel://host1:26379;sentinel://host2:26379 with sentinel_master.",
    )
    sentinel_master: str = Field(
        default="",
        description="The name the sentinels monitor the Redis primary under (sentinel monitor "
        "NAME ...); required when a Redis URL is sentinel://.",
    )
    queue: str = Field(default="newsworker", description="Name of the Celery queue.")
    concurrency: int = Field(default=2, ge=1, le=64, description="Worker processes.")
    # A batch of 50 articles takes well under a second and a fetch has a 30 s deadline: 90 s
    # bounds every task with room to spare, and keeps the visibility timeout, and so the time
    # a lost worker's message takes to come back, at a few minutes.
    task_soft_time_limit: int = Field(default=75, ge=1, description="Seconds.")
    task_time_limit: int = Field(default=90, ge=1, description="Seconds; hard kill.")
    retry_backoff_max: int = Field(
        default=60, ge=1, le=600, description="Seconds; the longest countdown of a retry."
    )
    max_retries: int = Field(default=5, ge=0, le=20, description="Retries per task.")
    visibility_timeout: int = Field(
        default=270,
        ge=1,
        description="Seconds before Redis delivers an unacknowledged message again (a lost "
        "worker's); must exceed retry_backoff_max + task_time_limit. The default also covers "
        "a message reserved while another task runs: 60 + 2 x 90 + 30.",
    )
    batch_size: int = Field(default=50, ge=1, le=1000, description="Articles per task.")
    max_article_bytes: int = Field(
        default=5 * 1024 * 1024, ge=1024, description="Largest raw article accepted."
    )
    events_redis_url: str = Field(
        default="",
        description="Redis for the article event stream (redis:// or sentinel://); empty: "
        "the broker, if it is Redis or Sentinel.",
    )
    events_stream: str = Field(default="newsworker:articles", description="Event stream key.")
    events_maxlen: int = Field(
        default=100_000, ge=100, description="Events the stream keeps (approximately)."
    )
    events_full_article: bool = Field(
        default=False,
        description="Put the whole article in each event on the stream (kilobytes each, up "
        "to max_article_bytes) instead of ids, what changed and tags (under 1 KiB).",
    )
    events_min_replicas: int = Field(
        default=0,
        ge=0,
        le=10,
        description="Replicas that must hold each published event before the outbox marks "
        "it published (Redis WAIT); 0: none. With a replica (Sentinel), 1: an event the "
        "primary took just before it died or was failed over is published again, not lost.",
    )
    submissions_stream: str = Field(
        default="newsworker:submissions", description="Stream producers XADD submissions to."
    )
    resend_after: int = Field(
        default=1800,
        ge=10,
        description="Seconds before a submission still waiting is sent to the queue again.",
    )
    fetch_connect_timeout: float = Field(default=3.05, gt=0, le=60, description="Seconds.")
    fetch_read_timeout: float = Field(default=20.0, gt=0, le=300, description="Seconds.")
    fetch_deadline: float = Field(
        default=30.0, gt=0, le=600, description="Seconds for a whole fetch, redirects included."
    )
    fetch_max_bytes: int = Field(
        default=10 * 1024 * 1024, ge=1024, description="Cap on decoded response bytes."
    )
    fetch_max_redirects: int = Field(default=5, ge=0, le=20, description="Redirect hops.")
    user_agent: str = Field(
        default="newsworker/0.1 (+https://github.com/newsworker/newsworker)",
        min_length=3,
        description="User-Agent of every outbound request.",
    )
    allow_private_hosts: str = Field(
        default="",
        description="Comma-separated hosts allowed despite private/loopback addresses "
        "(on-premise feeds, tests). Empty: only public addresses.",
    )
    host_min_interval: float = Field(
        default=1.0, ge=0, le=3600, description="Seconds between requests to one host."
    )
    dispatch_interval: float = Field(
        default=60.0, ge=1, le=3600, description="Seconds between two dispatches of due feeds."
    )
    metrics_port: int = Field(
        default=9808, ge=0, le=65535, description="Worker's Prometheus port; 0 turns it off."
    )
    metrics_host: str = Field(default="127.0.0.1", description="Address /metrics listens on.")
    cluster_threshold: float = Field(
        default=0.5,
        gt=0,
        le=1,
        description="Estimated word-shingle similarity at which two articles are one story.",
    )
    source_timezones: str = Field(
        default="",
        description="host=IANA zone pairs, comma-separated: the zone of a source's dates "
        "that carry none (e.g. www.lemonde.fr=Europe/Paris).",
    )
    taxonomy: Path | None = Field(
        default=None, description="A taxonomy YAML file replacing the built-in one."
    )
    log_format: str = Field(
        default="auto", pattern="^(auto|json|console)$", description="auto: JSON off a TTY."
    )
    log_level: str = Field(default="INFO", description="Python logging level.")

    def __repr_args__(self) -> Iterator[tuple[str | None, Any]]:
        # Settings get logged and shown: never with a password in them.
        for name, value in super().__repr_args__():
            if isinstance(value, str) and name and name.endswith("_url"):
                value = mask_url(value)
            yield name, value

    @field_validator("taxonomy", mode="before")
    @classmethod
    def _empty_is_default(cls, value: object) -> object:
        return None if value == "" else value

    @field_validator("source_timezones")
    @classmethod
    def _known_zones(cls, value: str) -> str:
        for pair in filter(None, (p.strip() for p in value.split(","))):
            host, _, zone = pair.partition("=")
            if not host.strip() or not zone.strip():
                raise ValueError(f"source_timezones: {pair!r} is not host=Zone")
            try:
                ZoneInfo(zone.strip())
            except (ZoneInfoNotFoundError, ValueError) as e:
                raise ValueError(f"source_timezones: unknown time zone {zone.strip()!r}") from e
        return value

    @field_validator("broker_url")
    @classmethod
    def _known_broker(cls, value: str) -> str:
        scheme = value.split("://", 1)[0]
        allowed = {"filesystem", "redis", "rediss", "sentinel", "memory"}
        if scheme not in allowed:
            raise ValueError(f"broker_url scheme {scheme!r} is not one of {sorted(allowed)}")
        return value

    @field_validator("broker_url", "events_redis_url")
    @classmethod
    def _sentinel_urls_are_all_sentinel(cls, value: str) -> str:
        parts = value.split(";")
        if len(parts) > 1 and not all(p.startswith("sentinel://") for p in parts):
            raise ValueError(
                "several servers separated by ';' are sentinels: each is sentinel://host:port"
            )
        return value

    @model_validator(mode="after")
    def _sentinel_has_a_master(self) -> Settings:
        urls = (self.broker_url, self.events_redis_url)
        if any(u.startswith("sentinel://") for u in urls) and not self.sentinel_master.strip():
            raise ValueError(
                "a sentinel:// URL needs NEWSWORKER_SENTINEL_MASTER, the name the sentinels "
                "monitor the primary under"
            )
        return self

    @model_validator(mode="after")
    def _limits_are_consistent(self) -> Settings:
        if self.task_soft_time_limit >= self.task_time_limit:
            raise ValueError("task_soft_time_limit must be below task_time_limit")
        # A message unacked for longer than the visibility timeout is delivered again
        # while the first delivery may still run: keep it above the longest wait.
        if self.visibility_timeout <= self.retry_backoff_max + self.task_time_limit:
            raise ValueError(
                "visibility_timeout must exceed retry_backoff_max + task_time_limit "
                f"({self.retry_backoff_max} + {self.task_time_limit})"
            )
        return self

    @cached_property
    def sqlalchemy_url(self) -> str:
        """The database URL, defaulting to the embedded SQLite file."""
        url = self.database_url
        # Plain postgresql:// would pick psycopg2; newsworker ships psycopg 3.
        for prefix in ("postgresql://", "postgres://"):
            if url.startswith(prefix):
                return _one_host_per_param("postgresql+psycopg://" + url[len(prefix) :])
        if url.startswith("postgresql+psycopg://"):
            return _one_host_per_param(url)
        if url:
            return url
        return f"sqlite:///{(self.data_dir / 'newsworker.db').resolve()}"

    @cached_property
    def restore_interval(self) -> int:
        """Seconds between two sweeps that put back messages unacknowledged for longer than
        the visibility timeout (kombu's default is 100 s: 10 s x every 10th call)."""
        return max(1, min(10, self.visibility_timeout // 10))

    @cached_property
    def lost_task_recovery(self) -> int:
        """The longest a lost worker's message waits before a running worker gets it again:
        the visibility timeout, then at most one restore sweep. (A worker started later
        sweeps as it starts.)"""
        return self.visibility_timeout + self.restore_interval

    @cached_property
    def events_url(self) -> str | None:
        """Where article events are published; None: nowhere (they wait in the outbox)."""
        if self.events_redis_url:
            return self.events_redis_url
        if self.broker_url.startswith(("redis://", "rediss://", "sentinel://")):
            return self.broker_url
        return None

    @cached_property
    def timezones(self) -> dict[str, str]:
        """``source_timezones`` as {host: zone}."""
        pairs = (p.partition("=") for p in self.source_timezones.split(",") if "=" in p)
        return {host.strip().lower(): zone.strip() for host, _, zone in pairs}

    @cached_property
    def broker_folder(self) -> Path:
        """Where the embedded filesystem broker keeps its messages."""
        return (self.data_dir / "broker").resolve()


def get_settings() -> Settings:
    """Read the settings from the environment (call once per process and pass them down)."""
    return Settings()
