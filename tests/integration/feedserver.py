"""A loopback HTTP server that plays the internet for feed tests: routes set per test."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

Response = tuple[int, dict[str, str], bytes]


@dataclass
class Route:
    """What a path answers; with an ETag or Last-Modified it honours conditional GETs."""

    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    hits: int = 0

    def respond(self, request_headers: dict[str, str]) -> Response:
        self.hits += 1
        etag = self.headers.get("ETag")
        modified = self.headers.get("Last-Modified")
        if (etag and request_headers.get("if-none-match") == etag) or (
            modified and request_headers.get("if-modified-since") == modified
        ):
            return 304, {k: v for k, v in self.headers.items() if k in ("ETag",)}, b""
        return self.status, dict(self.headers), self.body


@dataclass(frozen=True)
class Request:
    """One request as it arrived: when (``time.monotonic()``), what, and from which address."""

    at: float
    path: str
    client: str


class FeedServer:
    """Routes by path; ``url(path)`` gives the address to register. Listens on ``host``."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.routes: dict[str, Route | Callable[[dict[str, str]], Response]] = {}
        self.user_agents: list[str] = []
        self.requests: list[Request] = []
        self.host = host
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                server.requests.append(Request(time.monotonic(), self.path, self.client_address[0]))
                headers = {k.lower(): v for k, v in self.headers.items()}
                server.user_agents.append(headers.get("user-agent", ""))
                route = server.routes.get(self.path)
                if route is None:
                    status, extra, body = 404, {}, b"not found"
                elif isinstance(route, Route):
                    status, extra, body = route.respond(headers)
                else:
                    status, extra, body = route(headers)
                self.send_response(status)
                for k, v in extra.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *_: object) -> None:
                return

        self.httpd = ThreadingHTTPServer((host, 0), Handler)
        self.port = self.httpd.server_address[1]

    def url(self, path: str) -> str:
        return f"http://{self.host}:{self.port}{path}"


@contextmanager
def feed_server(host: str = "127.0.0.1") -> Iterator[FeedServer]:
    server = FeedServer(host)
    thread = threading.Thread(target=server.httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.httpd.shutdown()
        server.httpd.server_close()


def rss(*items: str, ttl: int | None = None, encoding: str = "utf-8") -> bytes:
    """An RSS 2.0 document with the given <item> bodies."""
    ttl_tag = f"<ttl>{ttl}</ttl>" if ttl else ""
    doc = (
        f'<?xml version="1.0" encoding="{encoding}"?>\n<rss version="2.0"><channel>'
        f"<title>Test feed</title><link>https://news.example/</link>{ttl_tag}"
        + "".join(f"<item>{i}</item>" for i in items)
        + "</channel></rss>"
    )
    return doc.encode(encoding)


def item(guid: str, title: str, text: str, day: int = 8) -> str:
    return (
        f"<guid>{guid}</guid><title>{title}</title><link>https://news.example/{guid}</link>"
        f"<description>&lt;p&gt;{text}&lt;/p&gt;</description>"
        f"<pubDate>Thu, {day:02d} May 2025 10:00:00 GMT</pubDate>"
    )
