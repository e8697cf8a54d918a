"""The guarded Redis transport's own costs, on a real Redis: messages fetched in bulk and
recorded as kombu records them, a batch acknowledged in one round trip, one client per
channel pool."""

from __future__ import annotations

import json
import time
import uuid
from typing import Any

import pytest
import redis
from kombu import Connection, Consumer, Exchange, Producer, Queue

from worker import broker
from worker.app import make_celery
from worker.broker import Channel, QoS, ack_together
from worker.config import Settings

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


def _bulk(redis_url: str, name: str, prefetch: int) -> tuple[Connection, Any, list[Any]]:
    conn = Connection(
        redis_url, transport="worker.broker:Transport", transport_options={"bulk_queues": [name]}
    )
    channel: Any = conn.channel()
    channel.basic_qos(0, prefetch, False)
    queue = Queue(name, Exchange(name, type="direct"), routing_key=name)
    got: list[Any] = []
    Consumer(channel, [queue], callbacks=[lambda body, m: got.append(m)]).consume()
    return conn, channel, got


def _publish(redis_url: str, name: str, bodies: list[Any]) -> None:
    with Connection(redis_url) as conn:
        queue = Queue(name, Exchange(name, type="direct"), routing_key=name)
        producer = Producer(conn.channel())
        for body in bodies:
            producer.publish(body, exchange=queue.exchange, routing_key=name, declare=[queue])


def test_a_bulk_queue_delivers_what_the_prefetch_allows_in_one_fetch_and_records_each(
    redis_url: str,
) -> None:
    name = f"nwbulk-{uuid.uuid4().hex[:8]}"
    _publish(redis_url, name, [{"i": i} for i in range(12)])
    conn, channel, got = _bulk(redis_url, name, prefetch=10)
    client = redis.Redis.from_url(redis_url)
    try:
        conn.drain_events(timeout=5)  # one BRPOP, then one bulk pop
        assert [m.payload["i"] for m in got] == list(range(10))  # the prefetch count, in order
        assert client.llen(name) == 2
        # Each is recorded as kombu's QoS.append records it: a worker dying now loses none.
        for m in got:
            raw = client.hget(channel.unacked_key, m.delivery_tag)
            assert raw is not None
            message, exchange, routing_key = json.loads(raw)
            assert (message["properties"]["delivery_tag"], exchange, routing_key) == (
                m.delivery_tag, name, name
            )  # fmt: skip
            assert client.zscore(channel.unacked_index_key, m.delivery_tag) is not None
        assert not channel._recorded  # each recorded tag was taken by its delivery
        # Restored the way kombu restores a dead worker's messages: all back, none twice.
        channel.qos.restore_unacked()
        assert client.llen(name) == 12
        assert not set(client.hkeys(channel.unacked_key)) & {m.delivery_tag.encode() for m in got}
    finally:
        client.delete(name)
        conn.release()


def test_garbage_in_a_bulk_fetch_is_quarantined_and_its_neighbours_delivered(
    redis_url: str,
) -> None:
    name = f"nwbulk-{uuid.uuid4().hex[:8]}"
    client = redis.Redis.from_url(redis_url)
    _publish(redis_url, name, [{"i": 0}])
    client.lpush(name, b"not json \xff")
    _publish(redis_url, name, [{"i": 1}])
    quarantined: list[bytes] = []
    broker.set_quarantine(lambda raw, queue, error: quarantined.append(raw))
    conn, channel, got = _bulk(redis_url, name, prefetch=5)
    try:
        conn.drain_events(timeout=5)
        assert [m.payload["i"] for m in got] == [0, 1]
        assert quarantined == [b"not json \xff"]
        assert client.hlen(channel.unacked_key) >= 2  # the messages, not the garbage
        assert all(b"not json" not in v for v in client.hvals(channel.unacked_key))
        assert ack_together(got)
    finally:
        broker.set_quarantine(None)
        client.delete(name)
        conn.release()


def test_a_queue_not_named_bulk_is_fetched_one_message_at_a_time(redis_url: str) -> None:
    name = f"nwbulk-{uuid.uuid4().hex[:8]}"
    _publish(redis_url, name, [{"i": i} for i in range(3)])
    conn = Connection(
        redis_url, transport="worker.broker:Transport", transport_options={"bulk_queues": ["x"]}
    )
    channel: Any = conn.channel()
    channel.basic_qos(0, 10, False)
    queue = Queue(name, Exchange(name, type="direct"), routing_key=name)
    got: list[Any] = []
    Consumer(channel, [queue], callbacks=[lambda body, m: got.append(m)]).consume()
    try:
        conn.drain_events(timeout=5)
        assert len(got) == 1
    finally:
        redis.Redis.from_url(redis_url).delete(name)
        conn.release()


def test_a_sweep_restores_only_its_own_deployments_unacknowledged_messages(
    redis_url: str,
) -> None:
    """Two deployments on one Redis database, one with a short visibility timeout: its
    sweep must leave alone the message a worker of the other still holds."""

    def app(queue: str, visibility: int) -> Any:
        return make_celery(
            Settings(
                broker_url=redis_url, queue=queue, visibility_timeout=visibility,
                retry_backoff_max=1, task_soft_time_limit=1, task_time_limit=2,
            )
        )  # fmt: skip

    held_name, sweeping_name = (f"nwsweep-{uuid.uuid4().hex[:8]}" for _ in "ab")
    held, sweeping = app(held_name, 270), app(sweeping_name, 4)
    client = redis.Redis.from_url(redis_url)
    try:
        with held.connection_for_write() as conn, sweeping.connection_for_write() as other:
            channel = conn.default_channel
            queue = Queue(held_name, Exchange(held_name, type="direct"), routing_key=held_name)
            Producer(channel).publish(
                {"n": 1}, exchange=queue.exchange, routing_key=held_name, declare=[queue]
            )
            got: list[Any] = []
            Consumer(channel, [queue], callbacks=[lambda body, m: got.append(m)]).consume()
            while not got:
                conn.drain_events(timeout=5)
            tag = got[0].delivery_tag
            assert client.hexists(channel.unacked_key, tag)  # held, unacknowledged
            time.sleep(4.5)  # older than the sweeping deployment's visibility timeout
            other.default_channel.qos.restore_visible(num=100)
            assert client.llen(held_name) == 0, "the other deployment's sweep took it back"
            assert client.hexists(channel.unacked_key, tag)
            got[0].ack()
    finally:
        client.delete(held_name, sweeping_name)
        client.close()
        held.close()
        sweeping.close()
