"""The Redis transport, guarded: bytes on the queue that are not a message never stop a worker.

kombu's Redis channel turns the popped bytes into a message (JSON envelope, then the body
decoded by its ``body_encoding``) outside any handler of Celery's: one ``LPUSH newsworker
'not json'`` raised "Unrecoverable error: JSONDecodeError" and stopped the whole worker.
:class:`Channel` catches that step. The bytes were already popped, so nothing is left on
the queue to redeliver; they go, whole, to the quarantine hook (the dead-letter table, set
by the composition root) with the reason, and the worker goes on.

Celery selects this transport with ``broker_transport = "worker.broker:Transport"``, and
for a Redis Sentinel broker (``sentinel://``) :class:`SentinelTransport`, kombu's Sentinel
transport on the same guarded channel.
``_brpop_read`` and ``_get`` follow kombu 5.7's own, with the decode step guarded.
"""

from __future__ import annotations

import base64
import binascii
import itertools
import logging
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from queue import Empty
from typing import Any
from urllib.parse import urlsplit

import redis.exceptions
from kombu.transport import redis as kombu_redis
from kombu.transport import virtual
from kombu.utils.encoding import bytes_to_str
from kombu.utils.json import loads

__all__ = [
    "Channel",
    "QoS",
    "SentinelChannel",
    "SentinelTransport",
    "Transport",
    "ack_together",
    "raw_text",
    "sentinel_failover",
    "set_quarantine",
]

log = logging.getLogger(__name__)

#: What makes bytes "not a message": bad JSON or UTF-8 (ValueError), a JSON value that is
#: not an envelope (TypeError, KeyError, AttributeError), a body that is not its encoding.
UNDECODABLE = (ValueError, TypeError, KeyError, AttributeError, binascii.Error)

Quarantine = Callable[[bytes, str, BaseException], None]
_quarantine: Quarantine | None = None


def set_quarantine(hook: Quarantine | None) -> None:
    """Where undecodable queue entries go: ``hook(raw bytes, queue, error)``."""
    global _quarantine
    _quarantine = hook


def raw_text(raw: bytes) -> str:
    """The bytes as text to keep: themselves if UTF-8, else ``base64:`` and their base64."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return "base64:" + base64.b64encode(raw).decode("ascii")


def _quarantined(raw: Any, queue: str, error: BaseException) -> None:
    data = raw if isinstance(raw, bytes) else str(raw).encode("utf-8", "backslashreplace")
    log.error(
        "queue %s: an entry that is not a message (%s: %s) was taken off the queue",
        queue,
        type(error).__name__,
        error,
    )
    hook = _quarantine
    if hook is None:
        log.error("no quarantine set: entry was %r", data[:2000])
        return
    try:
        hook(data, queue, error)
    except Exception:  # the worker must go on whatever the hook meets
        log.exception("quarantine failed; entry was %r", data[:2000])


class QoS(kombu_redis.QoS):
    """kombu's Redis ack emulation, with many acknowledgements in one round trip, and no
    second record of a message the bulk fetch recorded as it popped it."""

    def append(self, message: Any, delivery_tag: str) -> None:
        recorded: set[str] = getattr(self.channel, "_recorded", set())
        if delivery_tag in recorded:  # already in the unacked index: popped by _BULK_POP
            recorded.discard(delivery_tag)
            virtual.QoS.append(self, message, delivery_tag)
            return
        super().append(message, delivery_tag)

    def ack_many(self, delivery_tags: Sequence[str]) -> None:
        """Acknowledge ``delivery_tags`` in one MULTI/EXEC (kombu sends one per message)."""
        qos: Any = self  # kombu's QoS is untyped
        with qos.pipe_or_acquire() as pipe:
            for tag in delivery_tags:
                qos._remove_from_indices(tag, pipe)
            pipe.execute()
        for tag in delivery_tags:
            virtual.QoS.ack(self, tag)  # the channel's own bookkeeping, as kombu's ack does


def ack_together(messages: Sequence[Any]) -> bool:
    """Acknowledge messages of one Redis channel in one round trip.

    False when they cannot be (another transport, several channels, a consumer without
    acknowledgements, a message already settled): the caller then acknowledges each.
    """
    if not messages:
        return True
    channel = messages[0].channel
    qos = getattr(channel, "qos", None) if channel is not None else None
    if not isinstance(qos, QoS):
        return False
    no_ack = channel.no_ack_consumers or ()
    for m in messages:
        if m.channel is not channel or m.acknowledged:
            return False
        if m.delivery_info.get("consumer_tag") in no_ack:
            return False
    qos.ack_many([m.delivery_tag for m in messages])
    for m in messages:
        m._state = "ACK"
    return True


# Pops up to ARGV[1] messages off a queue and records each in the unacknowledged index
# (the hash gets exactly what kombu's QoS.append writes: [message, exchange, routing key],
# the message as it was on the queue), in one atomic step: a worker killed afterwards has
# them restored after the visibility timeout, as kombu restores what it popped. An entry
# that is not a kombu message is returned unrecorded ('' for its tag): Python quarantines
# it. KEYS: queue, unacked hash, unacked index. ARGV: count, time.
_BULK_POP = """
local out = {}
for _ = 1, tonumber(ARGV[1]) do
  local item = redis.call('RPOP', KEYS[1])
  if not item then break end
  local tag = ''
  local ok, msg = pcall(cjson.decode, item)
  if ok and type(msg) == 'table' and type(msg['properties']) == 'table' then
    local props = msg['properties']
    local info = props['delivery_info']
    if type(props['delivery_tag']) == 'string' and type(info) == 'table'
        and type(info['exchange']) == 'string' and type(info['routing_key']) == 'string' then
      tag = props['delivery_tag']
      redis.call('HSET', KEYS[2], tag, '[' .. item .. ',' .. cjson.encode(info['exchange'])
                 .. ',' .. cjson.encode(info['routing_key']) .. ']')
      redis.call('ZADD', KEYS[3], ARGV[2], tag)
    end
  end
  out[#out + 1] = item
  out[#out + 1] = tag
end
return out
"""
#: Most messages one bulk pop takes.
BULK_MAX = 100


class Channel(kombu_redis.Channel):
    """kombu's Redis channel with the step from bytes to message guarded.

    Three costs of kombu's own are cut on the way: each pipeline (the unacknowledged index
    on delivery, each ack) built a new ``redis.Redis`` client on the same pool; each
    message was acknowledged in a round trip of its own (see :func:`ack_together`); and each
    was fetched in two (a ``BRPOP``, then its record in the unacknowledged index). On the
    queues named by the transport option ``bulk_queues``, a ``BRPOP`` that returns a
    message is followed by one script that pops as many more as the prefetch count allows
    and records them (:data:`_BULK_POP`).
    """

    QoS = QoS
    from_transport_options = (*kombu_redis.Channel.from_transport_options, "bulk_queues")
    bulk_queues: Sequence[str] = ()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._recorded: set[str] = set()
        self._bulk_pop: Any = None

    @contextmanager
    def conn_or_acquire(self, client: Any = None) -> Iterator[Any]:
        """A client on the channel's pool: ``client``, else one kept for as long as the pool."""
        if client:
            yield client
            return
        ch: Any = self
        pool = ch.pool  # replaced by kombu when the connection is reset (a failover)
        kept = ch.__dict__.get("_nw_client")
        if kept is None or kept.connection_pool is not pool:
            kept = ch._nw_client = ch._create_client()
        yield kept

    def _brpop_read(self, **options: Any) -> bool:
        ch: Any = self  # kombu's channel attributes are untyped
        try:
            try:
                dest__item = ch.client.parse_response(ch.client.connection, "BRPOP", **options)
            except ch.connection_errors:
                ch.client.connection.disconnect()
                raise
            if not dest__item:
                raise Empty()
            key, item = dest__item
            key = bytes_to_str(key)
            dest = key.rsplit(ch.sep, 1)[0]
            ch._queue_cycle.rotate(dest)
            self._deliver_raw(item, dest)
            if dest in self.bulk_queues:
                self._pop_more(key, dest)
            return True
        finally:
            ch._in_poll = None
            flush = getattr(ch, "_flush_brpop_reauth", None)
            if flush is not None:
                flush()

    def _deliver_raw(self, item: Any, dest: str) -> None:
        try:
            payload = loads(bytes_to_str(item))
            if not isinstance(payload, dict):
                raise TypeError(f"a message is a JSON object, not {type(payload).__name__}")
            self.connection._deliver(payload, dest)
        except UNDECODABLE as e:
            _quarantined(item, dest, e)

    def _pop_more(self, key: str, dest: str) -> None:
        """After a ``BRPOP`` on ``key``: as many more messages as the prefetch count allows."""
        ch: Any = self
        if ch.global_keyprefix:
            return
        room = min(BULK_MAX, ch.qos.can_consume_max_estimate() or 0)
        if room < 1:
            return
        with ch.conn_or_acquire() as client:
            if self._bulk_pop is None or self._bulk_pop.registered_client is not client:
                self._bulk_pop = client.register_script(_BULK_POP)
            try:
                popped = self._bulk_pop(
                    keys=[key, ch.unacked_key, ch.unacked_index_key], args=[room, time.time()]
                )
            except ch.connection_errors as e:  # the next BRPOP meets the outage
                log.warning("bulk fetch from %s failed: %s", dest, e)
                return
        for i in range(0, len(popped), 2):
            item, tag = popped[i], bytes_to_str(popped[i + 1])
            if tag:
                self._recorded.add(tag)
            self._deliver_raw(item, dest)

    def _connparams(self, asynchronous: bool = False) -> Any:
        ch: Any = self
        if ch.connection.client is None:
            # A channel closed after its broken connection was torn down (a Redis primary
            # that died): kombu restores the unacknowledged messages through a new pool
            # built from that connection, whose parameters are gone, and its AttributeError
            # stopped the whole worker ("Unrecoverable error"). As a connection error it is
            # ignored by the close, the worker reconnects, and the messages come back after
            # the visibility timeout (and any submissions through the sweeper).
            raise redis.exceptions.ConnectionError("the broker connection is closed")
        return super()._connparams(asynchronous)  # type: ignore[misc]  # kombu: untyped

    def _get(self, queue: str, timeout: float | None = None) -> Any:
        ch: Any = self
        with ch.conn_or_acquire() as client:
            for pri in ch.priority_steps:
                item = client.rpop(ch._q_for_pri(queue, pri))
                if item:
                    ch._maybe_update_queues_expire(client, queue)
                    try:
                        payload = loads(bytes_to_str(item))
                        if not isinstance(payload, dict):
                            raise TypeError("a message is a JSON object")
                    except UNDECODABLE as e:
                        _quarantined(item, queue, e)
                        continue
                    return payload
            ch._maybe_update_queues_expire(client, queue)
            raise Empty()


class Transport(kombu_redis.Transport):
    """kombu's Redis transport on the guarded :class:`Channel`."""

    Channel = Channel


class SentinelChannel(Channel, kombu_redis.SentinelChannel):
    """kombu's Sentinel channel (the primary found through the sentinels), guarded alike."""

    from_transport_options = (*kombu_redis.SentinelChannel.from_transport_options, "bulk_queues")


class SentinelTransport(kombu_redis.SentinelTransport):
    """kombu's Redis Sentinel transport on the guarded :class:`SentinelChannel`."""

    Channel = SentinelChannel


def sentinel_failover(urls: list[str]) -> Iterator[str]:
    """Celery's ``broker_failover_strategy`` for a Sentinel broker: stay on the same URL.

    When a connection fails kombu switches to the "next" broker URL of the ``;`` list, and
    a switch to a URL takes the transport from its scheme: the guarded transport would be
    replaced by kombu's own after the first failover. There is nothing to switch to anyway:
    every connect asks all the sentinels of the list where the primary is now. So the
    "next" URL is the first one's host alone, which keeps the transport and every option.
    """
    return itertools.repeat(urlsplit(urls[0]).hostname or "localhost")
