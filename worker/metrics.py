"""Monitoring: Prometheus metrics served by the worker, and task arguments safe to show.

**Metrics** are served by the worker's *main* process on ``NEWSWORKER_METRICS_PORT`` (default
9808; 0 turns them off), at ``/metrics``; a worker that finds the port taken (another worker
on the same host) takes the next free one, up to ``PORT_TRIES`` ports on, and every worker
writes its address to ``data_dir/metrics/<node>.json`` for Prometheus' ``file_sd_configs``:

- ``newsworker_articles_stored{language}``, ``newsworker_articles_tagged{tag,language}``,
  ``newsworker_dead_letters{reason}``, ``newsworker_submissions{status}``,
  ``newsworker_feed_entries{outcome}`` (found, new, updated, unchanged, dead, skipped),
  ``newsworker_feeds{status}``, ``newsworker_feeds_failing``,
  ``newsworker_feeds_by_success_age{le}`` (polled feeds by the time since their last
  successful fetch, cumulative like histogram buckets) and
  ``newsworker_feed_success_age_max_seconds``,
  ``newsworker_outbox_unpublished`` and ``newsworker_outbox_lag_seconds`` (age of the oldest
  unpublished event), ``newsworker_db_up``: read from the database when scraped (cached
  ``DB_TTL`` seconds). The database is the source of truth, shared by every worker, so these
  are right however many workers run and whenever they restarted; with several workers,
  aggregate them with ``max``, not ``sum``.
- ``newsworker_tasks_total{task,outcome}`` and ``newsworker_task_duration_seconds{task,outcome}``:
  every task this worker ran. The prefork main process already learns how each task ended,
  and its runtime, to send Flower the task events; ``SafeRequest.send_event`` records the same
  facts. So no ``prometheus_client`` multiprocess mode: pool processes are recycled
  (``worker_max_tasks_per_child``, ``worker_max_memory_per_child``) or killed (OOM, time
  limits), and multiprocess mode would need an environment variable set before the first
  import, a directory wiped at each start and per-process files that pile up. Counting in
  the parent needs task events on, which newsworker always turns on (Flower needs them).

**Safe arguments**: Flower, the worker's log and its events show a task's arguments through
``argsrepr``/``kwargsrepr`` (Celery's "hiding sensitive information in arguments"). A
producer sets them when it sends, or not (``newsworker.ingest_article`` comes from external
producers, with a whole article inside), so ``SafeRequest`` recomputes them on the worker
from the real arguments: a ``text`` or ``html`` becomes ``'<3120 chars>'``, other long
strings are cut, long lists summarized. Flower's task state takes its arguments from the
worker's ``task-received`` event. Our own producers pass ``argsrepr=task_argsrepr(args)``.
Anyone who can read the broker still sees the messages: keep Redis private.
"""

from __future__ import annotations

import itertools
import json
import logging
import socket
import threading
import time
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from celery.utils.saferepr import saferepr
from celery.worker.request import Request
from prometheus_client import CollectorRegistry, Counter, Histogram
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

from worker.config import Settings
from worker.health import DbSnapshot, FeedHealth, db_snapshot, probe_engine

__all__ = [
    "REGISTRY",
    "DbCollector",
    "SafeRequest",
    "SpoolCollector",
    "safe_value",
    "start_server",
    "stop_server",
    "target_file",
    "task_argsrepr",
    "task_kwargsrepr",
]

log = logging.getLogger(__name__)

DB_TTL = 10.0  # seconds a database reading is reused across scrapes
BODY_KEYS = frozenset({"text", "html"})
MAX_STRING = 120
MAX_ITEMS = 5
MAX_KEYS = 20
MAX_DEPTH = 4  # deeper containers are shown by their size: no recursion on hostile input
REPR_MAXLEN = 1024

REGISTRY = CollectorRegistry()
TASKS = Counter(
    "newsworker_tasks",
    "Tasks this worker finished, by task name and outcome (succeeded, failed, retried, ...).",
    ["task", "outcome"],
    registry=REGISTRY,
)
TASK_SECONDS = Histogram(
    "newsworker_task_duration_seconds",
    "How long tasks ran, by task name and outcome.",
    ["task", "outcome"],
    buckets=(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300),
    registry=REGISTRY,
)


# --- safe arguments -----------------------------------------------------------------------


def safe_value(value: Any, depth: int = 0) -> Any:
    """``value`` with article bodies replaced by their length and long things shortened."""
    if isinstance(value, Mapping):
        if depth >= MAX_DEPTH:
            return f"<{len(value)} keys>"
        shown = {
            key: f"<{len(item)} chars>"
            if key in BODY_KEYS and isinstance(item, str)
            else safe_value(item, depth + 1)
            for key, item in itertools.islice(value.items(), MAX_KEYS)
        }
        if len(value) > MAX_KEYS:
            shown["…"] = f"<{len(value) - MAX_KEYS} more keys>"
        return shown
    if isinstance(value, list | tuple):
        if depth >= MAX_DEPTH:
            return f"<{len(value)} items>"
        items = [safe_value(item, depth + 1) for item in value[:MAX_ITEMS]]
        if len(value) > MAX_ITEMS:
            items.append(f"<{len(value) - MAX_ITEMS} more>")
        return items
    if isinstance(value, str) and len(value) > MAX_STRING:
        return f"{value[:MAX_STRING]}…<{len(value)} chars>"
    return value


def task_argsrepr(args: Iterable[Any]) -> str:
    """What to pass as ``argsrepr`` when sending a task with these positional arguments."""
    return str(saferepr(tuple(safe_value(a) for a in args), maxlen=REPR_MAXLEN))


def task_kwargsrepr(kwargs: Mapping[str, Any]) -> str:
    """What to pass as ``kwargsrepr`` when sending a task with these keyword arguments."""
    return str(saferepr(safe_value(kwargs), maxlen=REPR_MAXLEN))


class SafeRequest(Request):
    """The worker's request for every task: safe argument reprs, and metrics at each end.

    Celery's documented extension point (``Task.Request``); ``install`` sets it on every task.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._argsrepr = task_argsrepr(self.args or ())
        self._kwargsrepr = task_kwargsrepr(self.kwargs or {})

    def send_event(self, type: str, **fields: Any) -> None:
        outcome = _OUTCOMES.get(type)
        if outcome is not None:
            TASKS.labels(self.name, outcome).inc()
            runtime = fields.get("runtime")
            if runtime is None and self.time_start:
                runtime = time.time() - self.time_start
            if isinstance(runtime, int | float):
                TASK_SECONDS.labels(self.name, outcome).observe(max(0.0, runtime))
        super().send_event(type, **fields)


_OUTCOMES = {
    "task-succeeded": "succeeded",
    "task-failed": "failed",
    "task-retried": "retried",
    "task-rejected": "rejected",
    "task-revoked": "revoked",
}


# --- database gauges ------------------------------------------------------------------------


class DbCollector(Collector):
    """Gauges read from the database at scrape time, cached for ``ttl`` seconds."""

    def __init__(self, url: str, ttl: float = DB_TTL) -> None:
        self._url = url
        self._ttl = ttl
        self._lock = threading.Lock()
        self._read_at = -ttl
        self._snapshot: DbSnapshot | None = None

    def _read(self) -> DbSnapshot | None:
        with self._lock:
            if time.monotonic() - self._read_at >= self._ttl:
                try:
                    engine = probe_engine(self._url)
                    try:
                        with engine.connect() as conn:
                            self._snapshot = db_snapshot(conn, with_tags=True)
                    finally:
                        engine.dispose()
                except Exception as e:  # a scrape reports the database down, never fails
                    log.warning("metrics: database unreadable: %s", e)
                    self._snapshot = None
                self._read_at = time.monotonic()
            return self._snapshot

    def collect(self) -> Iterable[Metric]:
        snap = self._read()
        yield GaugeMetricFamily(
            "newsworker_db_up", "1 if the database answered the last reading.", 0 if not snap else 1
        )
        if snap is None:
            return
        yield _labelled(
            "newsworker_articles_stored",
            "Articles stored, by language.",
            ["language"],
            (((k,), v) for k, v in snap.articles_by_language.items()),
        )
        yield _labelled(
            "newsworker_articles_tagged",
            "Articles stored with a tag, by tag and language.",
            ["tag", "language"],
            snap.tagged.items(),
        )
        yield _labelled(
            "newsworker_dead_letters",
            "Inputs kept in dead_letters, by reason.",
            ["reason"],
            (((k,), v) for k, v in snap.dead_letters_by_reason.items()),
        )
        yield _labelled(
            "newsworker_feed_entries",
            "Feed entries polled: found, and what became of them (they add up to found).",
            ["outcome"],
            (((k,), v) for k, v in snap.feed_entries.items()),
        )
        yield _labelled(
            "newsworker_submissions",
            "Recorded submissions, by status (received: waiting).",
            ["status"],
            (((k,), v) for k, v in snap.submissions_by_status.items()),
        )
        yield GaugeMetricFamily(
            "newsworker_outbox_unpublished",
            "Outbox events not yet published to the stream.",
            snap.outbox_unpublished,
        )
        oldest = snap.outbox_oldest_unpublished
        yield GaugeMetricFamily(
            "newsworker_outbox_lag_seconds",
            "Age of the oldest unpublished outbox event (0: none waiting).",
            max(0.0, time.time() - oldest.timestamp()) if oldest else 0.0,
        )
        if snap.feeds is not None:
            yield from _feed_metrics(snap.feeds)


def _feed_metrics(feeds: FeedHealth) -> Iterable[Metric]:
    """Feed health in a bounded number of series: no per-feed label (180K feeds would be
    180K series); the oldest feed is named by ``newsworker feeds list`` and ``status``."""
    yield _labelled(
        "newsworker_feeds",
        "Registered feeds, by status (active, failing, gone, paused).",
        ["status"],
        (((k,), v) for k, v in feeds.by_status.items()),
    )
    yield GaugeMetricFamily(
        "newsworker_feeds_failing",
        "Feeds whose recent polls failed (status failing, backing off).",
        feeds.failing,
    )
    # Cumulative, like a histogram's buckets: stale over a day = le="+Inf" - le="86400".
    ages = GaugeMetricFamily(
        "newsworker_feeds_by_success_age",
        "Polled feeds (active, failing) whose last successful fetch (or registration, if "
        'none) is at most le seconds old; le="+Inf" counts every polled feed.',
        labels=["le"],
    )
    for bound, n in sorted(feeds.age_buckets.items()):
        ages.add_metric([f"{bound:g}"], n)
    ages.add_metric(["+Inf"], feeds.polled)
    yield ages
    yield GaugeMetricFamily(
        "newsworker_feed_success_age_max_seconds",
        "The longest time a polled feed has gone without a successful fetch (0: no feed).",
        feeds.oldest_age_seconds or 0.0,
    )


class SpoolCollector(Collector):
    """Dead letters kept on disk while the database was down, waiting to be moved in."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings

    def collect(self) -> Iterable[Metric]:
        from worker.services.dead_letters import spooled

        yield GaugeMetricFamily(
            "newsworker_dead_letters_spooled",
            "Dead letters waiting on disk for the database (the sweeper moves them in).",
            len(spooled(self._settings)),
        )


def _labelled(
    name: str, doc: str, labels: list[str], values: Iterable[tuple[Sequence[str], int]]
) -> GaugeMetricFamily:
    family = GaugeMetricFamily(name, doc, labels=labels)
    for key, value in sorted(values):
        family.add_metric(list(key), value)
    return family


# --- wiring ---------------------------------------------------------------------------------
# The composition root (worker.app) sets ``SafeRequest`` on every task through a task
# annotation and calls these from the worker's main process (never from a pool process).

_server: Any = None
_db_collector: DbCollector | None = None
_target_file: Path | None = None

#: Ports tried from ``metrics_port`` up: each worker on a host takes the first free one.
PORT_TRIES = 16


def _listen(host: str, base: int) -> tuple[Any, int] | OSError:
    """The server on the first free port of ``base .. base + PORT_TRIES - 1``."""
    from prometheus_client import start_http_server

    failure = OSError(f"no port from {base}")
    for port in range(base, min(65536, base + PORT_TRIES)):
        try:
            server, _thread = start_http_server(port, addr=host, registry=REGISTRY)
        except OSError as e:  # taken (by another worker, most likely): try the next
            failure = e
            continue
        return server, port
    return failure


def target_file(settings: Settings, node: str) -> Path:
    """Where the worker named ``node`` writes its metrics address (Prometheus file_sd)."""
    safe = "".join(c if c.isalnum() or c in "-_.@" else "_" for c in node)
    return Path(settings.data_dir) / "metrics" / f"{safe}.json"


def _write_target(settings: Settings, node: str, port: int) -> Path:
    host = settings.metrics_host
    if host in ("", "0.0.0.0", "::"):  # noqa: S104  (naming the address, not binding it)
        host = socket.gethostname()
    path = target_file(settings, node)
    path.parent.mkdir(parents=True, exist_ok=True)
    document = [{"targets": [f"{host}:{port}"], "labels": {"node": node}}]
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(document) + "\n", encoding="utf-8")
    tmp.replace(path)  # Prometheus never reads half a file
    return path


def start_server(settings: Settings, node: str | None = None) -> int | None:
    """Serve /metrics on ``metrics_host``, on the first free port from ``metrics_port``
    (0: off); returns the port, or None. Several workers on one host thus each get their
    own; each writes its address to ``data_dir/metrics/<node>.json`` (Prometheus
    ``file_sd_configs`` format), removed by :func:`stop_server`."""
    global _server, _db_collector, _target_file
    host, base = settings.metrics_host, settings.metrics_port
    if base == 0 or _server is not None:
        return None
    if _db_collector is None:
        _db_collector = DbCollector(settings.sqlalchemy_url)
        REGISTRY.register(_db_collector)
        REGISTRY.register(SpoolCollector(settings))
    listening = _listen(host, base)
    if isinstance(listening, OSError):  # every port taken: the worker itself must keep working
        last = min(65535, base + PORT_TRIES - 1)
        log.warning("metrics: cannot listen on %s:%s-%s: %s", host, base, last, listening)
        return None
    _server, port = listening
    if port != base:
        log.info("metrics: port %s is taken (another worker?), took %s", base, port)
    node = node or f"celery@{socket.gethostname()}"
    try:
        _target_file = _write_target(settings, node, port)
    except OSError as e:
        log.warning("metrics: cannot write the target file: %s", e)
    log.info("metrics: serving http://%s:%s/metrics", host, port)
    return port


def stop_server() -> None:
    """Stop serving /metrics and remove the target file (worker shutdown)."""
    global _server, _target_file
    if _server is not None:
        _server.shutdown()
        _server.server_close()
        _server = None
    if _target_file is not None:
        _target_file.unlink(missing_ok=True)
        _target_file = None
