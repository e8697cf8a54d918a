"""The guarded Redis transport's own costs: a batch acknowledged in one round trip, and
one client per channel pool, on a real Redis."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
import redis
from kombu import Connection, Consumer, Exchange, Producer, Queue

from worker.broker import Channel, QoS, ack_together

pytestmark = pytest.mark.redis


def _received(redis_url: str, n: int) -> tuple[Connection, Any, list[Any], str]:
    name = f"nwacks-{uuid.uuid4().hex[:8]}"
    conn = Connection(redis_url, transport="worker.broker:Transport")
    channel = conn.channel()
    queue = Queue(name, Exchange(name, type="direct"), routing_key=name)
    producer = Producer(channel)
    for i in range(n):
        producer.publish({"i": i}, exchange=queue.exchange, routing_key=name, declare=[queue])
    got: list[Any] = []
    consumer = Consumer(channel, [queue], callbacks=[lambda body, message: got.append(message)])
    consumer.consume()
    while len(got) < n:
        conn.drain_events(timeout=5)
    return conn, channel, got, name


def test_a_batch_is_acknowledged_at_once_and_leaves_nothing_unacknowledged(
    redis_url: str,
) -> None:
    conn, channel, got, name = _received(redis_url, 5)
    client = redis.Redis.from_url(redis_url)
    try:
        assert isinstance(channel, Channel)
        assert isinstance(channel.qos, QoS)
        unacked = channel.unacked_key
        tags = {m.delivery_tag.encode() for m in got}
        assert tags <= set(client.hkeys(unacked))  # delivered: held as unacknowledged
        assert ack_together(got)
        assert not tags & set(client.hkeys(unacked))
        assert not tags & set(client.zrange(channel.unacked_index_key, 0, -1))
        assert all(m.acknowledged for m in got)
        qos: Any = channel.qos  # kombu's bookkeeping agrees: nothing left to restore
        assert set(qos._delivered) <= qos._dirty
        assert not ack_together(got)  # already settled: the caller would ack each, and fail
    finally:
        client.delete(name)
        conn.release()


def test_messages_of_two_channels_are_left_to_their_own_acks(redis_url: str) -> None:
    conn_a, _, got_a, name_a = _received(redis_url, 1)
    conn_b, _, got_b, name_b = _received(redis_url, 1)
    try:
        assert not ack_together([*got_a, *got_b])
        assert not any(m.acknowledged for m in (*got_a, *got_b))
        for m in (*got_a, *got_b):
            m.ack()
    finally:
        redis.Redis.from_url(redis_url).delete(name_a, name_b)
        conn_a.release()
        conn_b.release()


def test_a_channel_keeps_one_client_for_its_pool(redis_url: str) -> None:
    conn = Connection(redis_url, transport="worker.broker:Transport")
    try:
        channel: Any = conn.channel()
        with channel.conn_or_acquire() as first, channel.conn_or_acquire() as second:
            assert first is second
            assert first.connection_pool is channel.pool
        channel._pool = None  # what kombu does when the connection is reset
        with channel.conn_or_acquire() as third:
            assert third is not first
            assert third.connection_pool is channel.pool
    finally:
        conn.release()
