"""How long to wait before a retry: exponential backoff with full jitter, and Retry-After.

Pure functions; the caller supplies the random source and the current time.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

__all__ = ["backoff_delay", "parse_retry_after", "retry_wait"]


def backoff_delay(
    retry: int, *, initial_s: float, max_s: float, random: Callable[[], float]
) -> float:
    """The wait before retry number ``retry`` (0 for the first): full jitter, a uniform draw
    from ``[0, min(max_s, initial_s * 2**retry))`` using ``random()`` in ``[0, 1)``.

    >>> backoff_delay(0, initial_s=0.25, max_s=4.0, random=lambda: 0.5)
    0.125
    >>> backoff_delay(10, initial_s=0.25, max_s=4.0, random=lambda: 0.5)
    2.0
    """
    ceiling = max_s if retry >= 64 else min(max_s, initial_s * 2.0**retry)
    return ceiling * min(max(random(), 0.0), 1.0)


def parse_retry_after(value: str | None, *, now: datetime) -> float | None:
    """Seconds a Retry-After header value asks for: delta-seconds or an HTTP-date (seconds
    from ``now``, 0 when already past). ``None`` when absent or unreadable.

    >>> parse_retry_after("3", now=datetime(2026, 1, 1, tzinfo=UTC))
    3.0
    >>> parse_retry_after("Thu, 01 Jan 2026 00:00:05 GMT", now=datetime(2026, 1, 1, tzinfo=UTC))
    5.0
    >>> parse_retry_after("soon", now=datetime(2026, 1, 1, tzinfo=UTC)) is None
    True
    """
    if value is None or not value.strip():
        return None
    text = value.strip()
    try:
        seconds = float(text)
    except ValueError:
        return _seconds_until(text, now)
    if not math.isfinite(seconds) or seconds < 0:
        return None
    return seconds


def _seconds_until(http_date: str, now: datetime) -> float | None:
    try:
        moment = parsedate_to_datetime(http_date)
    except (TypeError, ValueError):
        return None
    if moment.tzinfo is None:  # an HTTP-date is always GMT; "-0000" parses as naive
        moment = moment.replace(tzinfo=UTC)
    return max(0.0, (moment - now).total_seconds())


def retry_wait(
    retry: int,
    retry_after_s: float | None,
    *,
    initial_s: float,
    max_s: float,
    retry_after_cap_s: float,
    random: Callable[[], float],
) -> float:
    """The wait before retry number ``retry``: what the server asked for, capped at
    ``retry_after_cap_s``, when it asked; otherwise the jittered backoff.

    >>> retry_wait(0, 60.0, initial_s=0.25, max_s=4.0, retry_after_cap_s=10.0, random=lambda: 0.5)
    10.0
    """
    if retry_after_s is not None:
        return min(retry_after_s, retry_after_cap_s)
    return backoff_delay(retry, initial_s=initial_s, max_s=max_s, random=random)
