"""Bounded decoding: compressed bodies, the cap on decoded bytes, compression bombs."""

from __future__ import annotations

import gzip
import hashlib
import resource
import struct
import time
import tracemalloc
import zlib

import pytest

from tests.unit.http.helpers import FEED, LOCAL, POLICY, fails
from tests.unit.pipeline.loopback import Exchange, LoopbackServer, Route
from worker.http import (
    FetchPolicy,
    PermanentFetchError,
    fetch,
)


@pytest.mark.parametrize("encoding", ["gzip", "deflate-zlib", "deflate-raw"])
def test_compressed_bodies_are_decoded(server: LoopbackServer, encoding: str) -> None:
    if encoding == "gzip":
        wire, header = gzip.compress(FEED), "gzip"
    elif encoding == "deflate-zlib":
        wire, header = zlib.compress(FEED), "deflate"
    else:
        packer = zlib.compressobj(wbits=-zlib.MAX_WBITS)
        wire, header = packer.compress(FEED) + packer.flush(), "deflate"
    server.routes["/feed"] = lambda h: h.reply(200, wire, {"Content-Encoding": header})
    result = fetch(server.url("/feed"), POLICY)
    assert result.body == FEED
    assert result.body_sha256 == hashlib.sha256(FEED).hexdigest()


def test_an_encoding_we_did_not_ask_for_is_refused(server: LoopbackServer) -> None:
    server.routes["/feed"] = lambda h: h.reply(200, b"\x1b\x00", {"Content-Encoding": "br"})
    error = fails(server.url("/feed"))
    assert isinstance(error, PermanentFetchError)
    assert error.reason == "fetch-encoding"


def _chunked(total: int, piece: int = 64 * 1024) -> Route:
    def route(h: Exchange) -> None:
        h.send_response(200)
        h.send_header("Transfer-Encoding", "chunked")
        h.end_headers()
        sent = 0
        try:
            while sent < total:
                n = min(piece, total - sent)
                h.wfile.write(f"{n:x}\r\n".encode() + b"a" * n + b"\r\n")
                sent += n
            h.wfile.write(b"0\r\n\r\n")
        except OSError:
            return

    return route


@pytest.mark.parametrize("size", [POLICY.max_bytes, POLICY.max_bytes + 1])
def test_the_cap_is_exact_on_a_chunked_body(server: LoopbackServer, size: int) -> None:
    server.routes["/feed"] = _chunked(size)
    if size <= POLICY.max_bytes:
        result = fetch(server.url("/feed"), POLICY)
        assert result.body is not None
        assert len(result.body) == size
    else:
        error = fails(server.url("/feed"))
        assert isinstance(error, PermanentFetchError)
        assert error.reason == "fetch-too-large"


def test_an_endless_chunked_body_stops_at_the_cap(server: LoopbackServer) -> None:
    server.routes["/feed"] = _chunked(200 * 1024 * 1024)
    started = time.monotonic()
    error = fails(server.url("/feed"))
    assert isinstance(error, PermanentFetchError)
    assert error.reason == "fetch-too-large"
    assert time.monotonic() - started < 2  # 200 MB were not read


def test_a_declared_length_over_the_cap_is_refused_before_reading(
    server: LoopbackServer,
) -> None:
    def lying(h: Exchange) -> None:
        h.send_response(200)
        h.send_header("Content-Length", str(50 * 1024 * 1024))
        h.end_headers()
        h.wfile.write(b"a" * 1024)
        h.wfile.flush()
        h.stopping.wait(5)  # never sends the rest: only a client that reads on would hang

    server.routes["/feed"] = lying
    started = time.monotonic()
    error = fails(server.url("/feed"))
    assert isinstance(error, PermanentFetchError)
    assert error.reason == "fetch-too-large"
    assert time.monotonic() - started < 1


def _gzip_bomb(decoded: int) -> bytes:
    """``decoded`` zero bytes as one gzip member, built block by block (no 1 GiB buffer)."""
    block = bytes(1024 * 1024)
    packer = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    # After a full flush a block never refers back, so one compressed block can be repeated.
    deflated = packer.compress(block) + packer.flush(zlib.Z_FULL_FLUSH)
    crc = 0
    for _ in range(decoded // len(block)):
        crc = zlib.crc32(block, crc)
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"
    body = deflated * (decoded // len(block)) + packer.flush(zlib.Z_FINISH)
    return header + body + struct.pack("<II", crc, decoded & 0xFFFFFFFF)


def test_the_bomb_helper_builds_a_valid_gzip_stream() -> None:
    assert gzip.decompress(_gzip_bomb(4 * 1024 * 1024)) == bytes(4 * 1024 * 1024)


def test_a_gzip_bomb_stops_at_the_cap_with_little_memory(server: LoopbackServer) -> None:
    bomb = _gzip_bomb(1024**3)
    assert len(bomb) < 2 * 1024 * 1024
    server.routes["/bomb"] = lambda h: h.reply(200, bomb, {"Content-Encoding": "gzip"})
    policy = FetchPolicy(allow_private_hosts=LOCAL)  # the production cap: 10 MiB
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    tracemalloc.start()
    try:
        error = fails(server.url("/bomb"), policy)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    rss_growth = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss_before
    assert isinstance(error, PermanentFetchError)
    assert error.reason == "fetch-too-large"
    assert peak < 32 * 1024 * 1024, f"peak traced memory {peak / 2**20:.1f} MiB"
    assert rss_growth < 100 * 1024, f"peak RSS grew {rss_growth / 1024:.1f} MiB"
