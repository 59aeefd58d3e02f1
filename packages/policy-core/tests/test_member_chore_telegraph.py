"""Issue #12, sixteenth batch: a member and a chore said telegraph-style, with no verb.

A member called in a sentence of their own ("Jack.", "Tom!") or before a comma, then a chore
noun with its phrasal particle ("bins out", "washing in", "dishes away") and when, is that
member's task, as "Tom - bins tonight" is. Each row is decided through ``decide()`` against
the bilingual test household (``policy_core.testing``); none is a golden sentence.
"""

from __future__ import annotations

import pytest

from policy_core.testing import asks_intent, decide_text, task_of


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Tom. Recycling out. Tomorrow.", "Recycling out"),
        ("Tom! Laundry in tonight", "Laundry in"),
        ("Tom, dishes away tonight", "Dishes away"),
        ("Tom - bin out on Friday", "Bin out"),
    ],
)
def test_a_member_then_a_chore_and_its_particle_is_the_members_task(text: str, title: str) -> None:
    task = task_of(decide_text(text))
    assert task is not None
    assert (task["title"], task["assignee_id"]) == (title, "u-tom")


@pytest.mark.parametrize(
    "text",
    [
        "Tom. Laundry is done.",  # told: an auxiliary
        "Tom. Recycling out again, honestly",  # a complaint: a word past when and where
    ],
)
def test_a_chore_told_about_a_member_is_no_task(text: str) -> None:
    assert asks_intent(decide_text(text))
