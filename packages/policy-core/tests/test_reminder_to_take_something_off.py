"""Issue #12, round 33: a reminder to take something off a place is a chore, not a list edit.

"off" refers to a list entry when nothing else is named after it ("take the milk off", "take
the milk off the list"): a list edit the platform does not serve (SPEC §4, row 7: clarified).
After a reminder's object, "off" followed by another place ("remind Tom to take the soup off
the stove", "remind me to take the washing off the line") names where the thing is taken from:
the deed is a chore for a person, and the reminder is a task (SPEC §4.2). A particle right
after its verb ("check off the eggs") and a request with no reminder ("take Lucy off the
dishes rota") still edit a list or a rota and are asked about.

Every row is decided through ``decide()`` against the bilingual test household
(``policy_core.testing``).
"""

from __future__ import annotations

from typing import Any

import pytest

from policy_core.testing import full_answer

_ASK_WHAT: Any = ("clarify", ("intent",))


def _task(title: str, assignee: str) -> tuple[Any, ...]:
    return ("start_job", (), ((title, assignee, None),))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "remind Tom to take the soup off the stove",
            _task("Take the soup off the stove", "u-tom"),
        ),
        (
            "remind me to take the washing off the line",
            _task("Take the washing off the line", "u-anna"),
        ),
        (
            "remind me to clear the empty cans off my desk",
            _task("Clear the empty cans off my desk", "u-anna"),
        ),
        (
            "remind Tom to take the chicken off the bone for the soup",
            _task("Take the chicken off the bone for the soup", "u-tom"),
        ),
        # the list itself, or nothing, after "off": an edit of a list, asked about
        ("take milk off the list", _ASK_WHAT),
        ("take the milk off please", _ASK_WHAT),
        ("remind me to take milk off the list", _ASK_WHAT),
        ("take the kettle off the shopping list", _ASK_WHAT),
        # the particle right after its verb, or no reminder asked
        ("check off the bananas", _ASK_WHAT),
        ("remind me to check off the eggs in the garage", _ASK_WHAT),
        ("take Lucy off the dishes rota", _ASK_WHAT),
    ],
)
def test_a_reminder_to_take_something_off_a_place_is_a_chore(
    text: str, expected: tuple[Any, ...]
) -> None:
    assert full_answer(text) == expected
