"""A real HTTP/1.1 server on 127.0.0.1 for fetch tests, and a bare connection counter.

Routes are plain functions of the request handler, registered per test. The server records
every request (path and headers) and counts every TCP connection it accepts, so a test can
prove that a refused fetch never reached it.
"""

from __future__ import annotations

import contextlib
import selectors
import socket
import threading
from collections.abc import Callable, Iterator, Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

__all__ = ["ConnectionCounter", "Exchange", "LoopbackServer", "Route"]


class Exchange(BaseHTTPRequestHandler):
    """One request; routes answer it with :meth:`reply` or by writing to ``wfile``."""

    protocol_version = "HTTP/1.1"
    server: _Server

    def do_GET(self) -> None:
        owner = self.server.owner
        owner.record(self.path, {k.lower(): v for k, v in self.headers.items()})
        route = owner.routes.get(self.path.split("?", 1)[0])
        if route is None:
            self.reply(404, b"no such route")
        else:
            route(self)

    def reply(
        self, status: int, body: bytes = b"", headers: Mapping[str, str] | None = None
    ) -> None:
        """Send a whole response with a correct Content-Length unless ``headers`` set one."""
        headers = dict(headers or {})
        self.send_response(status)
        if "Content-Length" not in headers and status not in (204, 304):
            headers["Content-Length"] = str(len(body))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        if body:
            self.wfile.write(body)

    @property
    def stopping(self) -> threading.Event:
        """Set when the server shuts down: long-running routes should end."""
        return self.server.owner.stopping

    def log_message(self, format: str, *args: Any) -> None:
        pass


Route = Callable[[Exchange], None]


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    owner: LoopbackServer

    def get_request(self) -> tuple[socket.socket, Any]:
        request = super().get_request()
        with self.owner.lock:
            self.owner.connections += 1
        return request

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client hanging up mid-response is what several tests do on purpose


class LoopbackServer:
    """A threaded HTTP server on 127.0.0.1:<free port>; use it as a context manager."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.connections = 0
        self.lock = threading.Lock()
        self.stopping = threading.Event()
        self._server = _Server(("127.0.0.1", 0), Exchange)
        self._server.owner = self
        self.port: int = self._server.server_address[1]
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    def url(self, path: str = "/", host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"

    def record(self, path: str, headers: dict[str, str]) -> None:
        with self.lock:
            self.requests.append((path, headers))

    def paths(self) -> list[str]:
        with self.lock:
            return [path for path, _ in self.requests]

    def __enter__(self) -> LoopbackServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stopping.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)


class ConnectionCounter:
    """Listens on 127.0.0.1:<port> and [::1]:<same port>; counts and drops every connection."""

    def __init__(self) -> None:
        self.count = 0
        self._lock = threading.Lock()
        self._sockets = [socket.create_server(("127.0.0.1", 0))]
        self.port: int = self._sockets[0].getsockname()[1]
        with contextlib.suppress(OSError):  # no IPv6 loopback on this machine
            self._sockets.append(socket.create_server(("::1", self.port), family=socket.AF_INET6))
        self._selector = selectors.DefaultSelector()
        for sock in self._sockets:
            sock.setblocking(False)
            self._selector.register(sock, selectors.EVENT_READ)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            for key, _ in self._selector.select(timeout=0.05):
                sock = key.fileobj
                assert isinstance(sock, socket.socket)
                with contextlib.suppress(BlockingIOError):
                    conn, _ = sock.accept()
                    with self._lock:
                        self.count += 1
                    conn.close()

    def __enter__(self) -> ConnectionCounter:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self._selector.close()
        for sock in self._sockets:
            sock.close()


@contextlib.contextmanager
def serving() -> Iterator[LoopbackServer]:
    """A started LoopbackServer, stopped afterwards."""
    with LoopbackServer() as server:
        yield server
