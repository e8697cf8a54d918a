"""Property: whatever a feed server sends (RSS, Atom, JSON Feed with mixed dates, wrong types,
huge values), polling it leaves a completed fetch record and raises nothing."""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from tests.integration.feedserver import Route, feed_server
from worker.db.feeds import add_feed
from worker.db.migrate import upgrade
from worker.db.models import Feed, FetchRecord, utcnow
from worker.db.session import get_sessionmaker, transaction
from worker.http import FetchPolicy
from worker.pipeline.poll import poll_feed
from worker.taxonomy import load_taxonomy

POLICY = FetchPolicy(allow_private_hosts=frozenset({"127.0.0.1"}), deadline=5.0,
                     read_timeout=3.0)  # fmt: skip

DATES = st.one_of(
    st.sampled_from([
        "Thu, 08 May 2025 10:00:00 GMT", "2025-05-08T10:00:00+02:00", "2025-05-08T10:00:00",
        "8 mai 2025 10:30", "2025年5月8日", "2025-06", "99999-01-01T00:00:00Z", "0000-00-00",
        "Sun, 31 Feb 2025 25:61:00 XYZ", "-1", "1e308", "", "2100-01-01T00:00:00Z",
    ]),
    st.datetimes().map(lambda d: d.isoformat()),
    st.text(max_size=40),
)  # fmt: skip
SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=False), st.text(max_size=60), st.just("x" * 20_000), DATES,
)  # fmt: skip
JSON_VALUES = st.recursive(
    SCALARS, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8),
                                                                          inner, max_size=3),
    max_leaves=8,
)  # fmt: skip


def _xml_text(value: Any) -> str:
    return escape(str(value)).replace("\x00", "")


@st.composite
def rss_feeds(draw: st.DrawFn) -> bytes:
    items = []
    for _ in range(draw(st.integers(0, 6))):
        fields = {
            "title": draw(SCALARS), "description": draw(SCALARS), "guid": draw(SCALARS),
            "link": draw(st.sampled_from(["https://news.example/a", "javascript:x", "", "//x"])),
            "pubDate": draw(DATES), "dc:date": draw(DATES),
        }  # fmt: skip
        present = draw(st.sets(st.sampled_from(sorted(fields))))
        items.append("".join(f"<{k}>{_xml_text(fields[k])}</{k}>" for k in sorted(present)))
    ttl = draw(st.sampled_from(["", "<ttl>60</ttl>", "<ttl>99999999999999999999</ttl>"]))
    body = "".join(f"<item>{i}</item>" for i in items)
    doc = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>T</title>'
        f"{ttl}{body}</channel></rss>"
    )
    data = doc.encode("utf-8", errors="surrogatepass")
    return data[: draw(st.integers(len(data) // 2, len(data)))]  # sometimes cut short


@st.composite
def atom_feeds(draw: st.DrawFn) -> bytes:
    entries = []
    for _ in range(draw(st.integers(0, 6))):
        parts = [
            f"<id>{_xml_text(draw(SCALARS))}</id>" if draw(st.booleans()) else "",
            f"<title>{_xml_text(draw(SCALARS))}</title>",
            f"<updated>{_xml_text(draw(DATES))}</updated>",
            f"<published>{_xml_text(draw(DATES))}</published>" if draw(st.booleans()) else "",
            f'<content type="html">{_xml_text(draw(SCALARS))}</content>',
            '<link href="https://news.example/e"/>' if draw(st.booleans()) else "",
        ]
        entries.append("<entry>" + "".join(parts) + "</entry>")
    doc = ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
           "<title>A</title>" + "".join(entries) + "</feed>")  # fmt: skip
    return doc.encode("utf-8", errors="surrogatepass")


@st.composite
def json_feeds(draw: st.DrawFn) -> bytes:
    keys = ("id", "url", "title", "content_html", "content_text", "summary", "date_published",
            "language")  # fmt: skip
    item = st.fixed_dictionaries({}, optional=dict.fromkeys(keys, SCALARS | JSON_VALUES))
    items = draw(st.one_of(st.lists(item | JSON_VALUES, max_size=6), JSON_VALUES))
    doc = {"version": "https://jsonfeed.org/version/1.1", "title": draw(SCALARS), "items": items}
    if draw(st.booleans()):
        doc["language"] = draw(SCALARS)
    return json.dumps(doc).encode()


def test_hostile_feeds_always_leave_a_fetch_record_and_never_raise(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'hostile.db'}"
    upgrade(url)
    sessions = get_sessionmaker(url)
    taxonomy = load_taxonomy()
    paths = itertools.count()
    with feed_server() as web:

        @settings(max_examples=80, deadline=None, database=None,
                  suppress_health_check=[HealthCheck.too_slow,
                                         HealthCheck.data_too_large])  # fmt: skip
        @given(document=st.one_of(rss_feeds(), atom_feeds(), json_feeds()))
        def poll_once(document: bytes) -> None:
            path = f"/{next(paths)}"
            web.routes[path] = Route(document)
            with transaction(sessions) as s:
                feed, _ = add_feed(s, web.url(path), now=utcnow())
                feed_id = feed.id
            outcome = poll_feed(feed_id, sessions=sessions, taxonomy=taxonomy, policy=POLICY,
                                max_bytes=10**6)  # fmt: skip
            with sessions() as s:
                (record,) = s.scalars(select(FetchRecord).where(FetchRecord.feed_id == feed_id))
                row = s.get(Feed, feed_id)
            assert row is not None
            assert record.outcome in ("parsed", "error"), record.outcome
            assert record.outcome == outcome.outcome
            counted = record.new + record.updated + record.unchanged + record.dead
            assert counted + record.skipped == record.entries, (record.entries, counted)
            if record.outcome == "error":
                assert row.last_error
                assert row.failure_weight > 0
                assert row.next_fetch_at > record.started_at

        poll_once()
