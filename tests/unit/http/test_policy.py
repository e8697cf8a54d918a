"""URL policy: what check_url refuses and accepts, and the policy from the settings."""

from __future__ import annotations

import pytest

from tests.unit.http.helpers import LOCAL
from worker.config import Settings
from worker.http import (
    FetchPolicy,
    PermanentFetchError,
    check_url,
    fetch,
)


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "ftp://example.com/feed.xml",
        "gopher://example.com:70/_GET",
        "javascript:alert(1)",
        "data:text/xml,<rss/>",
        "example.com/feed.xml",
        "//example.com/feed.xml",
        "http:///feed.xml",
        "http://user:pass@example.com/feed.xml",
        "http://example.com@127.0.0.1/",
        "http://evil.example\\@good.example/",
        "http://exa mple.com/",
        "http://ex%41mple.com/",
    ],
)
def test_check_url_refuses_what_is_not_a_plain_http_url(url: str) -> None:
    with pytest.raises(PermanentFetchError) as info:
        check_url(url)
    assert info.value.reason in ("fetch-scheme", "fetch-url", "fetch-blocked")
    assert str(info.value).startswith("fetch: ")
    # fetch itself refuses the same URL without touching the network
    with pytest.raises(PermanentFetchError):
        fetch(url, FetchPolicy(deadline=1.0))


def test_check_url_refuses_other_schemes_with_their_reason() -> None:
    for url in ("file:///etc/passwd", "ftp://example.com/", "gopher://example.com/"):
        with pytest.raises(PermanentFetchError) as info:
            check_url(url)
        assert info.value.reason == "fetch-scheme"


@pytest.mark.parametrize(
    "url",
    [
        "http://example.com/feed.xml",
        "https://news.example.org:8443/rss?x=1#top",
        "https://ĕxample.com/feed",
        "http://8.8.8.8/feed",
        "http://[2001:4860:4860::8888]/feed",
        "http://134744072/feed",  # 8.8.8.8 spelled as one number: odd but public
        "http://123.example.com/feed",
    ],
)
def test_check_url_accepts_public_http_urls_unchanged(url: str) -> None:
    assert check_url(url) == url


def test_check_url_lets_an_allowed_private_host_through() -> None:
    url = "http://127.0.0.1:8080/feed"
    assert check_url(url, allow_private_hosts=LOCAL) == url
    with pytest.raises(PermanentFetchError, match=r"NEWSWORKER_ALLOW_PRIVATE_HOSTS=127\.0\.0\.1"):
        check_url(url)


def test_the_policy_comes_from_the_settings() -> None:
    settings = Settings(
        allow_private_hosts=" Feeds.Intranet. , [::1],,127.0.0.1 ",
        fetch_deadline=12.0,
        fetch_max_bytes=4096,
        fetch_max_redirects=2,
        user_agent="ua/1",
    )
    policy = FetchPolicy.from_settings(settings)
    assert policy.allow_private_hosts == frozenset({"feeds.intranet", "::1", "127.0.0.1"})
    assert (policy.deadline, policy.max_bytes, policy.max_redirects, policy.user_agent) == (
        12.0,
        4096,
        2,
        "ua/1",
    )
    assert policy.connect_timeout == settings.fetch_connect_timeout
    assert policy.read_timeout == settings.fetch_read_timeout
