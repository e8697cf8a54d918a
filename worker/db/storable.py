"""Text every database takes: PostgreSQL refuses NUL in text columns, so it is escaped.

Raw inputs must be kept whole (a dead letter is for replay), so the escape is reversible:
``\\`` becomes ``\\\\`` and NUL becomes ``\\0`` only in values that contain a NUL; a kept
value says which form it is in through :data:`ESCAPED_PREFIX`.
"""

from __future__ import annotations

__all__ = ["ESCAPED_PREFIX", "restore", "storable"]

#: Marks a value whose NUL characters were escaped (and its backslashes doubled).
ESCAPED_PREFIX = "\x1bnul-escaped:"


def storable(text: str) -> str:
    """``text`` as it can be stored on every dialect; :func:`restore` gives it back."""
    if "\x00" not in text and not text.startswith(ESCAPED_PREFIX):
        return text
    return ESCAPED_PREFIX + text.replace("\\", "\\\\").replace("\x00", "\\0")


def restore(stored: str) -> str:
    """The original text of a value written by :func:`storable`."""
    if not stored.startswith(ESCAPED_PREFIX):
        return stored
    body = stored[len(ESCAPED_PREFIX) :]
    out: list[str] = []
    i = 0
    while i < len(body):
        ch = body[i]
        if ch == "\\" and i + 1 < len(body):
            nxt = body[i + 1]
            out.append("\x00" if nxt == "0" else nxt)
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out)
