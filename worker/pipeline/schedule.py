"""When to poll a feed next: adaptive intervals, server hints, weighted failures, jitter.

Pure functions over numbers and dates: the poll orchestrator feeds them a feed's state and
what one fetch said, and stores the answer in ``next_fetch_at``. Nothing here ever becomes a
broker countdown: a feed that must wait two hours waits in the database.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Literal

__all__ = [
    "DEFAULT_INTERVAL",
    "MAX_INTERVAL",
    "MIN_INTERVAL",
    "FailureKind",
    "Hints",
    "adaptive_interval",
    "hints_from_headers",
    "next_fetch",
]

MIN_INTERVAL = 300  # 5 minutes: politeness floor for adaptive polling
DEFAULT_INTERVAL = 3600
MAX_INTERVAL = 86_400  # a day: the slowest a live feed is polled
MAX_HINT = 7 * 86_400  # a server may push us back a week at most
FailureKind = Literal["temporary", "soft", "hard"]
#: How much one failure of each kind counts towards a feed's failure weight.
WEIGHTS: dict[FailureKind, float] = {"temporary": 0.25, "soft": 0.5, "hard": 1.0}


@dataclass(frozen=True, slots=True)
class Hints:
    """What the server or the feed said about when to come back, in seconds from now."""

    retry_after: float | None = None
    max_age: float | None = None
    expires_in: float | None = None
    ttl: float | None = None

    def floor(self) -> float:
        given = [h for h in (self.retry_after, self.max_age, self.expires_in, self.ttl) if h]
        return min(max(given), MAX_HINT) if given else 0.0


def hints_from_headers(headers: Mapping[str, str], now: datetime) -> Hints:
    """Cache-Control max-age and Expires of a response (lower-cased header names)."""
    max_age = None
    for part in headers.get("cache-control", "").split(","):
        key, _, value = part.strip().partition("=")
        if key.lower() in ("max-age", "s-maxage") and value.strip().isdigit():
            max_age = float(value.strip())
    expires_in = None
    if "expires" in headers:
        try:
            expires = parsedate_to_datetime(headers["expires"])
            expires_in = max(0.0, (expires - now).total_seconds())
        except (TypeError, ValueError, IndexError):
            expires_in = None
    return Hints(max_age=max_age, expires_in=expires_in)


def adaptive_interval(
    dates: Sequence[datetime], current: int, *, now: datetime | None = None
) -> int:
    """How often to poll a feed, from the dates of its entries, within [MIN, MAX].

    The median gap between the recent entries, but never less than a quarter of the newest
    entry's age: an archive whose newest entry is from 2005 is polled daily, not every five
    minutes. Dates without a zone are read as UTC (a feed may mix both); dates more than a
    day ahead of ``now`` are ignored. With no usable date, ``current`` stands.
    """
    now = now or datetime.now(UTC)
    aware = {d if d.tzinfo is not None else d.replace(tzinfo=UTC) for d in dates}
    usable = sorted(d for d in aware if d <= now + timedelta(days=1))
    if not usable:
        return current
    age_floor = (now - usable[-1]).total_seconds() / 4
    recent = usable[-20:]
    if len(recent) < 3:  # too few gaps to measure: the default pace, slower when stale
        wanted = max(float(DEFAULT_INTERVAL), age_floor)
    else:
        gaps = sorted((b - a).total_seconds() for a, b in itertools.pairwise(recent))
        wanted = max(gaps[len(gaps) // 2], age_floor)
    return int(min(MAX_INTERVAL, max(MIN_INTERVAL, wanted)))


def next_fetch(
    now: datetime,
    interval: int,
    hints: Hints,
    *,
    failures: int = 0,
    failure: FailureKind | None = None,
    rng: random.Random | None = None,
) -> datetime:
    """When to poll next: the interval (backed off after failures), never before a hint.

    ``failures`` counts consecutive failures including this one. Jitter of ±10% spreads
    feeds added together so they do not all come due in the same minute.
    """
    wait = float(interval)
    if failure == "hard":
        wait = MAX_INTERVAL
    elif failure is not None:
        wait = min(MAX_INTERVAL, interval * 2 ** min(failures, 6))
    wait *= (rng or random).uniform(0.9, 1.1)
    return now + timedelta(seconds=max(wait, hints.floor()))
