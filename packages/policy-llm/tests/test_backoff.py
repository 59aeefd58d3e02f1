"""Backoff with full jitter and Retry-After parsing: pure functions, exact values."""

from __future__ import annotations

import doctest
from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from policy_llm import _backoff
from policy_llm._backoff import backoff_delay, parse_retry_after, retry_wait

NOW = datetime(2026, 3, 4, 10, 0, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("retry", "draw", "expected"),
    [
        (0, 0.0, 0.0),
        (0, 0.5, 0.125),
        (1, 0.5, 0.25),
        (2, 0.5, 0.5),
        (3, 0.999, 1.998),
        (4, 1.0, 4.0),
        (5, 1.0, 4.0),
        (500, 0.5, 2.0),
    ],
)
def test_backoff_doubles_up_to_the_cap(retry: int, draw: float, expected: float) -> None:
    delay = backoff_delay(retry, initial_s=0.25, max_s=4.0, random=lambda: draw)
    assert delay == pytest.approx(expected)


@given(
    retry=st.integers(min_value=0, max_value=100),
    draw=st.floats(min_value=0.0, max_value=1.0, exclude_max=True),
    initial=st.floats(min_value=0.001, max_value=5.0),
    ceiling=st.floats(min_value=5.0, max_value=60.0),
)
def test_backoff_stays_within_zero_and_its_ceiling(
    retry: int, draw: float, initial: float, ceiling: float
) -> None:
    delay = backoff_delay(retry, initial_s=initial, max_s=ceiling, random=lambda: draw)
    assert 0.0 <= delay <= min(ceiling, initial * 2.0**retry)


def test_a_random_source_out_of_range_is_clamped() -> None:
    assert backoff_delay(0, initial_s=1.0, max_s=2.0, random=lambda: 7.0) == 1.0
    assert backoff_delay(0, initial_s=1.0, max_s=2.0, random=lambda: -1.0) == 0.0


@pytest.mark.parametrize(
    ("header", "seconds"),
    [
        ("0", 0.0),
        ("7", 7.0),
        (" 120 ", 120.0),
        ("1.5", 1.5),
        ("Wed, 04 Mar 2026 10:00:30 GMT", 30.0),
        ("Wed, 04 Mar 2026 09:59:00 GMT", 0.0),
        ("Wed, 04 Mar 2026 10:01:00 -0000", 60.0),
        (None, None),
        ("", None),
        ("-3", None),
        ("nan", None),
        ("inf", None),
        ("tomorrow", None),
        ("Wed, 99 Foo 2026", None),
    ],
)
def test_retry_after_reads_seconds_or_an_http_date(
    header: str | None, seconds: float | None
) -> None:
    assert parse_retry_after(header, now=NOW) == seconds


@pytest.mark.parametrize(
    ("retry_after", "expected"),
    [(None, 0.125), (3.0, 3.0), (30.0, 10.0), (0.0, 0.0)],
)
def test_a_retry_waits_for_the_server_up_to_the_cap_else_backs_off(
    retry_after: float | None, expected: float
) -> None:
    wait = retry_wait(
        0, retry_after, initial_s=0.25, max_s=4.0, retry_after_cap_s=10.0, random=lambda: 0.5
    )
    assert wait == expected


def test_the_docstring_examples_hold() -> None:
    results = doctest.testmod(_backoff)
    assert results.attempted > 0
    assert results.failed == 0
