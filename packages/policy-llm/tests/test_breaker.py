"""The circuit breaker on its own: every transition, with a fake clock, and one probe only."""

from __future__ import annotations

import doctest
import threading

import pytest

from policy_llm import _breaker
from policy_llm._breaker import CircuitBreaker


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def opened(clock: Clock, threshold: int = 3, cooldown_s: float = 10.0) -> CircuitBreaker:
    breaker = CircuitBreaker(failure_threshold=threshold, cooldown_s=cooldown_s, clock=clock)
    for _ in range(threshold):
        assert breaker.try_acquire()
        breaker.record_failure()
    return breaker


def test_it_opens_after_the_threshold_of_consecutive_failures() -> None:
    clock = Clock()
    breaker = CircuitBreaker(failure_threshold=3, cooldown_s=10.0, clock=clock)
    states = []
    for _ in range(3):
        breaker.try_acquire()
        breaker.record_failure()
        states.append(breaker.state)
    assert states == ["closed", "closed", "open"]
    assert not breaker.try_acquire()


def test_a_success_resets_the_count() -> None:
    breaker = CircuitBreaker(failure_threshold=2, cooldown_s=10.0, clock=Clock())
    for outcome in ("failure", "success", "failure", "success", "failure"):
        assert breaker.try_acquire()
        if outcome == "failure":
            breaker.record_failure()
        else:
            breaker.record_success()
    assert breaker.state == "closed"


def test_the_cooldown_then_exactly_one_probe() -> None:
    clock = Clock()
    breaker = opened(clock)
    clock.now = 9.99
    assert (breaker.state, breaker.try_acquire()) == ("open", False)
    assert breaker.seconds_until_probe() == pytest.approx(0.01)
    clock.now = 10.0
    assert breaker.state == "half_open"
    assert breaker.try_acquire()
    assert not breaker.try_acquire()
    assert breaker.state == "half_open"


def test_a_successful_probe_closes() -> None:
    clock = Clock()
    breaker = opened(clock)
    clock.now = 10.0
    assert breaker.try_acquire()
    breaker.record_success()
    assert breaker.state == "closed"
    assert breaker.try_acquire()
    assert breaker.try_acquire()


def test_a_failed_probe_reopens_for_a_full_cooldown() -> None:
    clock = Clock()
    breaker = opened(clock, threshold=5)
    clock.now = 10.0
    assert breaker.try_acquire()
    breaker.record_failure()  # one failure suffices in half-open
    assert breaker.state == "open"
    clock.now = 19.9
    assert not breaker.try_acquire()
    clock.now = 20.0
    assert breaker.try_acquire()


def test_a_released_probe_lets_another_caller_probe() -> None:
    clock = Clock()
    breaker = opened(clock)
    clock.now = 10.0
    assert breaker.try_acquire()
    assert not breaker.try_acquire()
    breaker.release()
    assert breaker.try_acquire()


def test_a_zero_threshold_is_refused() -> None:
    with pytest.raises(ValueError, match="failure_threshold"):
        CircuitBreaker(failure_threshold=0, cooldown_s=1.0)


def test_concurrent_callers_get_one_probe_between_them() -> None:
    clock = Clock()
    breaker = opened(clock)
    clock.now = 10.0
    start = threading.Barrier(16)
    granted: list[bool] = []
    lock = threading.Lock()

    def caller() -> None:
        start.wait()
        allowed = breaker.try_acquire()
        with lock:
            granted.append(allowed)

    threads = [threading.Thread(target=caller) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(granted) == [False] * 15 + [True]


def test_the_docstring_examples_hold() -> None:
    results = doctest.testmod(_breaker)
    assert results.attempted > 0
    assert results.failed == 0
