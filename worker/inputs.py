"""Files a user hands the CLI (text in any encoding, HTML, feed documents) as payloads."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from worker.errors import NotText
from worker.pipeline import validate_submission
from worker.pipeline.feed import looks_like_feed, parse_feed
from worker.pipeline.parse import decode_bytes, parse_submission

__all__ = ["read_input"]


def read_input(path: str, max_bytes: int) -> tuple[list[tuple[str, dict[str, Any]]], str | None]:
    """One file (or '-' for stdin) as ``[(label, payload)]`` plus the charset that decoded it.

    A feed gives one payload per entry (labelled ``path#N``). Raises OSError when the file
    cannot be read and PermanentError (with what to fix) when it holds nothing usable.
    """
    if "\x00" in path:
        raise NotText("input: a file name cannot hold a NUL character")
    data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    if looks_like_feed(data):
        feed = parse_feed(data)
        return [(f"{path}#{i + 1}", p) for i, p in enumerate(feed.entries)], None
    text, charset = decode_bytes(data, max_bytes)
    is_html = path.lower().endswith((".html", ".htm")) or text.lstrip()[:15].lower().startswith(
        ("<!doctype html", "<html")
    )
    payload: dict[str, Any] = {"html": text} if is_html else {"text": text}
    parse_submission(validate_submission(payload), max_bytes)  # refuse early, say why
    return [(path, payload)], charset
