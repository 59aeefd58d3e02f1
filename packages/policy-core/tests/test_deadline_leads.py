"""Issue #12 (SPEC §4.2, titles and dues): a deadline said before the due is part of the due
phrase, not of the title (session 29).

"by Friday" and "до пятницы" were read before; the longer ways of saying the same limit were
not, and their words stayed in the title ("Sign the lease form NLT", "Pay rent not later
than", "Позднее оплатить квартиру"): "no later than", "not later than", the written "NLT",
"не позднее", "не позже", before a day, a date or a time. The due is the limit itself, as for
"by". Words that say a limit without a day or a time after them are no due and stay where
they were.

Decided through ``decide()`` against the bilingual default household (members Анна, Петя,
Маша, Tom; Wednesday 2026-03-04 10:00, UTC+3), by the rules alone (the evidence gate off).
"""

from __future__ import annotations

from typing import Any

import pytest

from policy_core.testing import full_answer

FRIDAY = "2026-03-06"


def _task(title: str, assignee: str, due: str | None) -> tuple[Any, ...]:
    return ("start_job", (), ((title, assignee, due),))


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # English: the phrase, the written shorthand, a date, a time
        (
            "Tom sign the lease form no later than Friday",
            _task("Sign the lease form", "u-tom", FRIDAY),
        ),
        ("Tom sign the lease form NLT Friday", _task("Sign the lease form", "u-tom", FRIDAY)),
        (
            "Tom renew the registration NLT 31 Mar",
            _task("Renew the registration", "u-tom", "2026-03-31"),
        ),
        (
            "remind me to pay rent not later than March 15",
            _task("Pay rent", "u-anna", "2026-03-15"),
        ),
        (
            "remind Tom to send the forms no later than 6pm tomorrow",
            _task("Send the forms", "u-tom", "2026-03-05T18:00:00+03:00"),
        ),
        ("remind tom to call the bank nlt thursday", _task("Call the bank", "u-tom", "2026-03-05")),
        # Russian
        (
            "напомни Пете не позднее пятницы оплатить квартиру",
            _task("Оплатить квартиру", "u-petya", FRIDAY),
        ),
        (
            "напомни Пете оплатить квартиру не позже 15 марта",
            _task("Оплатить квартиру", "u-petya", "2026-03-15"),
        ),
        (
            "Маше сдать анкету не позднее 18:00",
            _task("Сдать анкету", "u-masha", "2026-03-04T18:00:00+03:00"),
        ),
        # the review's: "чем" after the words, a span of hours after them
        (
            "напомни Пете позвонить маме не позже чем в 9 вечера",
            _task("Позвонить маме", "u-petya", "2026-03-04T21:00:00+03:00"),
        ),
        (
            "Маше убрать комнату не позднее чем к 20:00",
            _task("Убрать комнату", "u-masha", "2026-03-04T20:00:00+03:00"),
        ),
        (
            "remind me to call the bank not later than in 2 hours",
            _task("Call the bank", "u-anna", "2026-03-04T12:00:00+03:00"),
        ),
        (
            "напомни выключить духовку не позже чем через 2 часа",
            _task("Выключить духовку", "u-anna", "2026-03-04T12:00:00+03:00"),
        ),
        # the short "by" / "до", read before and unchanged
        ("Tom sign the lease form by Friday", _task("Sign the lease form", "u-tom", FRIDAY)),
        (
            "напомни Пете до пятницы оплатить квартиру",
            _task("Оплатить квартиру", "u-petya", FRIDAY),
        ),
    ],
)
def test_a_deadline_before_the_due_leaves_the_title(text: str, answer: tuple[Any, ...]) -> None:
    assert full_answer(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # no day or time after the words: no due, the words stay
        (
            "remind me to pay rent no later than usual",
            _task("Pay rent no later than usual", "u-anna", None),
        ),
        (
            "напомни Пете оплатить квартиру не позже обычного",
            _task("Оплатить квартиру не позже обычного", "u-petya", None),
        ),
    ],
)
def test_a_limit_with_no_day_is_no_due(text: str, answer: tuple[Any, ...]) -> None:
    assert full_answer(text) == answer
