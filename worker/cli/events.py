"""Events out and submissions in: events tail, events publish, bridge."""

from __future__ import annotations

import json
import os
import signal
import socket
import time
from typing import Annotated, Any

import typer
from redis.exceptions import RedisError

from worker.cli._common import app, err, out, producer, sessions_for, settings_or_exit
from worker.config import Settings
from worker.errors import BrokerUnavailable, EventsNotReplicated

events_app = typer.Typer(no_args_is_help=True, help="Article events on the Redis Stream.")
app.add_typer(events_app, name="events")


def _redis(settings: Settings) -> Any:
    from worker.events import redis_client

    url = settings.events_url
    if url is None:
        err.print(
            "no Redis for events: set NEWSWORKER_EVENTS_REDIS_URL (or a redis:// broker); "
            "until then events wait in the outbox table"
        )
        raise typer.Exit(2)
    return redis_client(url, settings.sentinel_master)


@events_app.command("publish")
def publish() -> None:
    """Publish every event still waiting in the outbox (beat also does this every 5 s)."""
    from worker.events import publish_pending

    settings = settings_or_exit()
    try:
        n = publish_pending(
            sessions_for(settings), _redis(settings),
            stream=settings.events_stream, maxlen=settings.events_maxlen,
            full_article=settings.events_full_article,
            min_replicas=settings.events_min_replicas,
        )  # fmt: skip
    except RedisError as e:
        err.print(f"Redis unreachable for events: {e}")
        raise typer.Exit(3) from e
    except EventsNotReplicated as e:
        err.print(str(e))
        raise typer.Exit(3) from e
    out.print(f"published {n} event(s) to {settings.events_stream}")


@events_app.command("tail")
def tail(
    group: Annotated[
        str | None, typer.Option(help="Read as this consumer group (XREADGROUP + XACK).")
    ] = None,
    count: Annotated[int, typer.Option(help="Stop after this many events (0: never).")] = 0,
    follow: Annotated[bool, typer.Option(help="Wait for new events.")] = True,
    block: Annotated[int, typer.Option(help="Milliseconds to wait per read.")] = 2000,
) -> None:
    """Print events as JSON lines, from the start of the retained stream."""
    from worker.bridge import ensure_group

    settings = settings_or_exit()
    client = _redis(settings)
    stream = settings.events_stream
    consumer = f"{socket.gethostname()}-{os.getpid()}"
    seen, last = 0, "0"
    try:
        if group:
            ensure_group(client, stream, group)
        while True:
            if group:
                # Own pending entries first (a consumer that died before XACK), then new.
                reply: Any = client.xreadgroup(group, consumer, {stream: "0"}, count=100)
                if not (reply and reply[0][1]):
                    reply = client.xreadgroup(
                        group, consumer, {stream: ">"}, count=100, block=block if follow else None
                    )
            else:
                reply = client.xread({stream: last}, count=100, block=block if follow else None)
            entries = reply[0][1] if reply else []
            for entry_id, fields in entries:
                print(fields.get(b"event", b"{}").decode("utf-8"), flush=True)
                if group:
                    client.xack(stream, group, entry_id)
                last = entry_id.decode() if isinstance(entry_id, bytes) else entry_id
                seen += 1
                if count and seen >= count:
                    return
            if not entries and not follow:
                return
    except RedisError as e:
        err.print(f"Redis unreachable for events: {e}")
        raise typer.Exit(3) from e
    except KeyboardInterrupt:
        return


@app.command()
def bridge(
    once: Annotated[
        bool, typer.Option(help="One pass, then exit (for scripts and tests).")
    ] = False,
) -> None:
    """Move submissions XADDed to the submissions stream onto the queue (runs until stopped)."""
    from worker.bridge import GROUP, bridge_once, ensure_group

    settings = settings_or_exit()
    client = _redis(settings)
    stream = settings.submissions_stream
    consumer = f"{socket.gethostname()}-{os.getpid()}"
    stopping = False

    def _stop(*_: object) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGTERM, _stop)
    ensure_group(client, stream, GROUP)
    out.print(f"bridge reading {stream} as {GROUP}/{consumer}")
    sessions = sessions_for(settings)
    send = producer(settings)
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    heartbeat = settings.data_dir / "bridge.heartbeat"  # `newsworker health bridge` reads it
    while not stopping:
        heartbeat.touch()
        try:
            result = bridge_once(client, sessions, send, stream=stream, consumer=consumer,
                                 batch_size=settings.batch_size)  # fmt: skip
        except (RedisError, BrokerUnavailable) as e:
            # A failover or an outage of Redis: what was read is still pending in the
            # group (never acknowledged), and is read again on the next pass.
            err.print(f"bridge: {e}; trying again in 1 s", soft_wrap=True)
            time.sleep(1)
            continue
        if result.enqueued or result.dead:
            out.print(json.dumps({"enqueued": result.enqueued, "dead": result.dead}))
        if once:
            return
