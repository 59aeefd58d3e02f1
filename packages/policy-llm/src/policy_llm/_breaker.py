"""A circuit breaker: stop calling an endpoint that keeps failing, then probe it once.

::

    closed ──(failure_threshold failures in a row)──▶ open
    open ──(cooldown_s passed; next caller becomes the probe)──▶ half_open
    half_open ──probe succeeds──▶ closed        half_open ──probe fails──▶ open (cool-down anew)

While open, and while a probe is in flight, :meth:`CircuitBreaker.try_acquire` refuses, so a
failing endpoint costs callers nothing but a lock. Thread-safe; the clock is injectable.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Literal

__all__ = ["BreakerState", "CircuitBreaker"]

BreakerState = Literal["closed", "open", "half_open"]


class CircuitBreaker:
    """Counts consecutive failed calls and opens after ``failure_threshold`` of them.

    Callers ask :meth:`try_acquire` before a call and report it with :meth:`record_success`,
    :meth:`record_failure` or, for a call that ended without telling anything about the
    endpoint (cancelled, a bug), :meth:`release`.

    >>> now = [0.0]
    >>> breaker = CircuitBreaker(failure_threshold=1, cooldown_s=30.0, clock=lambda: now[0])
    >>> breaker.try_acquire(); breaker.record_failure(); breaker.state
    True
    'open'
    >>> breaker.try_acquire()
    False
    >>> now[0] = 30.0
    >>> breaker.try_acquire(), breaker.state, breaker.try_acquire()
    (True, 'half_open', False)
    """

    def __init__(
        self,
        *,
        failure_threshold: int,
        cooldown_s: float,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if failure_threshold < 1:
            raise ValueError("failure_threshold must be >= 1")
        self._threshold = failure_threshold
        self._cooldown_s = cooldown_s
        self._clock = clock
        self._lock = threading.Lock()
        self._state: BreakerState = "closed"
        self._failures = 0
        self._opened_at = 0.0
        self._probe_in_flight = False

    @property
    def state(self) -> BreakerState:
        """``closed`` (calls go through), ``open`` (refused) or ``half_open`` (one probe)."""
        with self._lock:
            if self._state == "open" and self._cooled_down():
                return "half_open"
            return self._state

    def seconds_until_probe(self) -> float:
        """How long until an open breaker lets a probe through (0 when it would now)."""
        with self._lock:
            if self._state != "open":
                return 0.0
            return max(0.0, self._opened_at + self._cooldown_s - self._clock())

    def try_acquire(self) -> bool:
        """Whether a call may go ahead now; in half-open state only the first caller may."""
        with self._lock:
            if self._state == "open" and self._cooled_down():
                self._state = "half_open"
            if self._state == "closed":
                return True
            if self._state == "half_open" and not self._probe_in_flight:
                self._probe_in_flight = True
                return True
            return False

    def record_success(self) -> None:
        """The call reached a working endpoint: close the breaker, forget past failures."""
        with self._lock:
            self._state = "closed"
            self._failures = 0
            self._probe_in_flight = False

    def record_failure(self) -> None:
        """The endpoint failed the call: count it; open on the threshold or a failed probe."""
        with self._lock:
            self._failures += 1
            if self._state == "half_open" or self._failures >= self._threshold:
                self._state = "open"
                self._opened_at = self._clock()
            self._probe_in_flight = False

    def release(self) -> None:
        """The call ended without a verdict: let a later caller probe instead."""
        with self._lock:
            self._probe_in_flight = False

    def _cooled_down(self) -> bool:
        return self._clock() - self._opened_at >= self._cooldown_s
