"""Stable sampling: a command_id is in or out of a mode's sample the same way everywhere."""

from __future__ import annotations

import subprocess
import sys

import pytest

from policy_llm._sampling import in_sample

IDS = [f"cmd-{n:05d}" for n in range(2000)]


@pytest.mark.parametrize(
    ("rate", "expected"),
    [
        (1.0, True),
        (1.5, True),  # out of range reads as "everything"
        (0.0, False),
        (-0.1, False),
    ],
)
def test_the_ends_of_the_range_take_everything_or_nothing(rate: float, expected: bool) -> None:
    assert {in_sample(i, rate, salt="shadow") for i in IDS[:200]} == {expected}


@pytest.mark.parametrize("rate", [0.01, 0.1, 0.3, 0.5, 0.9])
def test_the_share_sampled_is_close_to_the_rate(rate: float) -> None:
    share = sum(in_sample(i, rate, salt="shadow") for i in IDS) / len(IDS)
    # 2,000 draws: three standard deviations of a binomial share, at least 1.5 points.
    tolerance = max(3 * (rate * (1 - rate) / len(IDS)) ** 0.5, 0.015)
    assert abs(share - rate) <= tolerance


def test_a_rate_of_0_3_takes_about_30_percent_of_2000_ids() -> None:
    taken = sum(in_sample(i, 0.3, salt="shadow") for i in IDS)
    assert 540 <= taken <= 660


def test_the_same_id_gets_the_same_answer_every_time() -> None:
    first = [in_sample(i, 0.3, salt="shadow") for i in IDS]
    again = [in_sample(i, 0.3, salt="shadow") for i in reversed(IDS)]
    assert first == again[::-1]


def test_the_answer_is_the_same_in_another_process() -> None:
    """No per-process hash seed: every replica samples the same commands."""
    here = "".join("1" if in_sample(i, 0.3, salt="shadow") else "0" for i in IDS[:300])
    code = (
        "from policy_llm._sampling import in_sample\n"
        "ids = [f'cmd-{n:05d}' for n in range(300)]\n"
        "print(''.join('1' if in_sample(i, 0.3, salt='shadow') else '0' for i in ids))\n"
    )
    there = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONHASHSEED": "12345"},
    ).stdout.strip()
    assert there == here


def test_a_larger_rate_keeps_every_id_a_smaller_one_took() -> None:
    """Raising the rate widens the sample; nothing sampled before drops out."""
    small = {i for i in IDS if in_sample(i, 0.1, salt="shadow")}
    large = {i for i in IDS if in_sample(i, 0.3, salt="shadow")}
    assert small < large


def test_each_mode_draws_its_own_sample() -> None:
    shadow = {i for i in IDS if in_sample(i, 0.3, salt="shadow")}
    trust = {i for i in IDS if in_sample(i, 0.3, salt="partial_trust")}
    assert shadow != trust
    # Independent draws overlap about rate² of the ids, not rate.
    assert len(shadow & trust) < 0.2 * len(IDS)


@pytest.mark.parametrize("command_id", ["", "команда-1", "cmd-\U0001f600", "cmd-\udc80", "x" * 500])
def test_any_id_can_be_sampled(command_id: str) -> None:
    assert in_sample(command_id, 0.5, salt="shadow") in (True, False)
