"""Generated local feeds for the benchmark: news-like multilingual RSS, served on loopback.

``write_feeds`` writes ``feeds`` RSS 2.0 files of ``entries`` items each (unique GUIDs,
titles, links, dates; a description of one to three paragraphs of real news text in ten
languages from tests/eval/corpus.jsonl, each entry's text its own) and an OPML file listing
them; ``serve`` serves a directory on 127.0.0.1 from a thread.
"""

from __future__ import annotations

import functools
import html
import json
import random
import threading
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "eval" / "corpus.jsonl"


def _paragraphs() -> list[str]:
    texts = [json.loads(line)["text"] for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    return [p.strip() for t in texts for p in t.split("\n") if len(p.strip()) > 80]


def write_feeds(folder: Path, base_url: str, feeds: int = 100, entries: int = 50) -> Path:
    """Write the feeds and their OPML into ``folder``; returns the OPML file."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(11)
    paragraphs = _paragraphs()
    start = datetime(2025, 5, 1, tzinfo=UTC)
    outlines = []
    for f in range(feeds):
        items = []
        for e in range(entries):
            chosen = rng.sample(paragraphs, rng.randint(1, 3))
            body = "".join(f"<p>{html.escape(p)}</p>" for p in chosen)
            title = f"{chosen[0][:70]} ({f}-{e})"
            when = format_datetime(start + timedelta(minutes=f * entries + e))
            items.append(
                f'<item><guid isPermaLink="false">bench-feed-{f}-entry-{e}</guid>'
                f"<title>{html.escape(title)}</title>"
                f"<link>https://news{f}.example/{e}</link>"
                f"<description>{html.escape(f'<p>Dépêche {f}-{e}.</p>' + body)}</description>"
                f"<pubDate>{when}</pubDate></item>"
            )
        rss = (
            '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>Bench feed {f}</title><link>https://news{f}.example/</link>"
            f"<description>generated</description>{''.join(items)}</channel></rss>"
        )
        (folder / f"feed{f}.xml").write_text(rss, encoding="utf-8")
        outlines.append(
            f'<outline type="rss" text="Bench feed {f}" xmlUrl="{base_url}/feed{f}.xml"/>'
        )
    opml = folder / "feeds.opml"
    opml.write_text(
        '<?xml version="1.0"?><opml version="2.0"><head><title>bench</title></head><body>'
        + "".join(outlines)
        + "</body></opml>",
        encoding="utf-8",
    )
    return opml


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def serve(folder: Path) -> tuple[ThreadingHTTPServer, str]:
    """Serve ``folder`` on a free loopback port from a daemon thread; returns its base URL."""
    handler = functools.partial(_Quiet, directory=str(folder))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"
