"""What a worker process works with, built once from the settings: the composition's parts.

:class:`Deps` bundles the session factory, the taxonomy, the Redis client (events and the
per-host throttle), the fetch policy and throttle, and a ``send`` callable for follow-up
tasks. :class:`Runtime` holds the settings and builds the bundle on first use; a worker
builds it in each pool process right after the fork (``worker_process_init``), so nothing is
shared through fork and nothing is built at import.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING, Any

import redis
from sqlalchemy.orm import Session, sessionmaker

from worker.config import Settings
from worker.db.session import dispose_engines, get_sessionmaker
from worker.events import redis_client
from worker.http import FetchPolicy, HostThrottle
from worker.pipeline.page import fetch_page
from worker.taxonomy import Taxonomy, load_taxonomy

if TYPE_CHECKING:  # the stages' names load every stage: a producer needs none of them
    from worker.pipeline import PageFetcher

__all__ = ["Deps", "Runtime", "Send"]

#: Sends a task by name: ``send(name, args)`` (Celery's ``send_task`` bound to the app).
Send = Callable[[str, list[Any]], Any]


@dataclass(frozen=True, slots=True)
class Deps:
    """One process's parts, built from one Settings."""

    settings: Settings
    sessions: sessionmaker[Session]
    taxonomy: Taxonomy
    redis: redis.Redis | None
    policy: FetchPolicy
    throttle: HostThrottle
    send: Send

    @classmethod
    def build(cls, settings: Settings, send: Send) -> Deps:
        """Connect nothing yet: engines and Redis connect on first use."""
        url = settings.events_url
        client = redis_client(url, settings.sentinel_master) if url else None
        return cls(
            settings=settings,
            sessions=get_sessionmaker(settings.sqlalchemy_url),
            taxonomy=load_taxonomy(settings.taxonomy),
            redis=client,
            policy=FetchPolicy.from_settings(settings),
            throttle=HostThrottle(client, settings.host_min_interval),
            send=send,
        )

    @property
    def fetch_page(self) -> PageFetcher:
        """Fetches an article page with this process's policy and throttle."""
        return partial(fetch_page, policy=self.policy, throttle=self.throttle)


@dataclass
class Runtime:
    """The settings of one Celery app and, per process, the parts built from them."""

    settings: Settings
    send: Send
    _deps: Deps | None = field(default=None, repr=False)

    @property
    def deps(self) -> Deps:
        """This process's parts (built on first use)."""
        if self._deps is None:
            self._deps = Deps.build(self.settings, self.send)
        return self._deps

    def after_fork(self) -> None:
        """In a new pool process: drop what the parent built, then build this process's."""
        dispose_engines()
        redis_client.cache_clear()
        self._deps = None
        _ = self.deps
