"""Bounded decoding of a response body: gzip and deflate in small pieces, under a byte cap.

httpx would inflate a whole chunk at once, so a 1 MB gzip bomb could become a gigabyte in
memory before any cap is checked. :func:`read_body` reads the raw stream and inflates each
layer itself, at most 64 KiB at a time, and stops as soon as the *decoded* size passes the
cap: a bomb ends at the cap with little memory. A declared ``Content-Length`` over the cap
is refused before a byte is read.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator

import httpx

from worker.errors import PermanentFetchError

__all__ = ["ACCEPT_ENCODING", "read_body"]

#: What we ask servers for: only the encodings :func:`read_body` can bound (no br, no zstd).
ACCEPT_ENCODING = "gzip, deflate"
_PIECE = 64 * 1024  # largest decoded piece held at once: bounds a bomb's memory


class _Undecodable(Exception):
    """A body in an encoding we did not ask for, or corrupt compressed data."""


class _Inflater:
    """Decodes one gzip or deflate layer in pieces of at most ``_PIECE`` bytes."""

    def __init__(self, kind: str) -> None:
        self._kind = kind
        self._raw_deflate = False
        self._started = False
        self._obj = self._new()

    def _new(self) -> zlib._Decompress:
        if self._kind == "gzip":
            return zlib.decompressobj(16 + zlib.MAX_WBITS)
        return zlib.decompressobj(-zlib.MAX_WBITS if self._raw_deflate else zlib.MAX_WBITS)

    def feed(self, data: bytes) -> Iterator[bytes]:
        while data:
            if self._obj.eof:
                if self._kind != "gzip":
                    return  # bytes after the end of a deflate stream are ignored
                self._obj = self._new()  # concatenated gzip members
            try:
                piece = self._obj.decompress(data, _PIECE)
            except zlib.error as e:
                if self._kind == "deflate" and not self._started and not self._raw_deflate:
                    # Many servers send raw deflate under "deflate"; retry without the header.
                    self._raw_deflate = True
                    self._obj = self._new()
                    continue
                raise _Undecodable(f"corrupt {self._kind} data ({e})") from e
            self._started = True
            if piece:
                yield piece
            data = self._obj.unused_data if self._obj.eof else self._obj.unconsumed_tail

    def finish(self) -> Iterator[bytes]:
        if not self._obj.eof:
            tail = self._obj.flush(_PIECE)
            if tail:
                yield tail


def _decoders(content_encoding: str) -> list[_Inflater]:
    """One inflater per encoding, outermost last; raises _Undecodable for anything else."""
    layers = [c.strip().lower() for c in content_encoding.split(",") if c.strip()]
    inflaters = []
    for layer in reversed(layers):
        if layer in ("gzip", "x-gzip"):
            inflaters.append(_Inflater("gzip"))
        elif layer == "deflate":
            inflaters.append(_Inflater("deflate"))
        elif layer != "identity":
            raise _Undecodable(f"unsupported content encoding {layer!r}")
    return inflaters


def _decoded(raw: Iterator[bytes], inflaters: list[_Inflater]) -> Iterator[bytes]:
    """The decoded body, piece by piece, never more than ``_PIECE`` bytes at a time per layer."""
    stream = raw
    for inflater in inflaters:
        stream = _through(stream, inflater)
    return stream


def _through(source: Iterator[bytes], inflater: _Inflater) -> Iterator[bytes]:
    for chunk in source:
        yield from inflater.feed(chunk)
    yield from inflater.finish()


def read_body(response: httpx.Response, url: str, max_bytes: int) -> bytes:
    """The decoded body; PermanentFetchError as soon as it grows past ``max_bytes``."""
    too_large = PermanentFetchError(
        f"fetch: {url} sent more than the {max_bytes:,}-byte cap on decoded bodies; "
        "raise NEWSWORKER_FETCH_MAX_BYTES if this feed is legitimately that large",
        url=url,
        status=response.status_code,
        reason="fetch-too-large",
    )
    pieces: list[bytes] = []
    total = 0
    try:
        inflaters = _decoders(response.headers.get("content-encoding", ""))
        declared = response.headers.get("content-length", "")
        if not inflaters and declared.isdigit() and int(declared) > max_bytes:
            raise too_large  # refused before reading a byte of it
        for piece in _decoded(response.iter_raw(), inflaters):
            total += len(piece)
            if total > max_bytes:
                raise too_large
            pieces.append(piece)
    except _Undecodable as e:
        raise PermanentFetchError(
            f"fetch: {url} sent a body newsworker cannot decode: {e}",
            url=url,
            status=response.status_code,
            reason="fetch-encoding",
        ) from e
    return b"".join(pieces)
