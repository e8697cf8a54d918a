"""What the worker.http tests share: a policy allowing the loopback server, and checks."""

from __future__ import annotations

import pytest

from tests.unit.pipeline.loopback import Route
from worker.http import FetchError, FetchPolicy, fetch

__all__ = ["FEED", "LOCAL", "POLICY", "fails", "redirect"]

LOCAL = frozenset({"127.0.0.1"})
POLICY = FetchPolicy(
    connect_timeout=2.0,
    read_timeout=5.0,
    deadline=8.0,
    max_bytes=1024 * 1024,
    user_agent="newsworker-test/1.0 (+https://example.test/contact)",
    allow_private_hosts=LOCAL,
)
FEED = b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>'


def fails(url: str, policy: FetchPolicy = POLICY) -> FetchError:
    """The error fetching ``url`` raises; every fetch error names its stage first."""
    with pytest.raises(FetchError) as info:
        fetch(url, policy)
    assert str(info.value).startswith("fetch: ")
    return info.value


def redirect(location: str, status: int = 302) -> Route:
    return lambda h: h.reply(status, headers={"Location": location})
