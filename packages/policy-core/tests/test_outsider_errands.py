"""Someone outside the household given an errand (issue #12, round 19): a soft buying verb
("pick up", "get") after "to" or "needs to", whose subject is a capitalised word opening the
text (past a title: "Coach", "Mrs", "Dr"; ``TaskWords.name_titles``) that is no member, no
common product, shop, list, day or "someone", is that person's errand, not a purchase: the
task readers ask who does it (clarify ``["task.assignee_id"]``). A member so named still gets
the task, and a product, a list or "someone" opening the text is still bought."""

from __future__ import annotations

import pytest

from policy_core.testing import answer_to, shopping_answer, task_answer

ASSIGNEE = ("clarify", ("task.assignee_id",))


@pytest.mark.parametrize(
    "text",
    [
        "Coach Dan to pick up the match balls on Saturday",
        "Mrs Patel needs to get the permission forms",
        "Dave to pick up the cake on Friday",
        "Dr Shah to get the test results on Monday",
    ],
)
def test_an_outsiders_errand_asks_who(text: str) -> None:
    assert answer_to(text) == ASSIGNEE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Петя to pick up the team kit on Friday", task_answer("Pick up the team kit", "u-petya")),
        ("Петя needs to get eggs", task_answer("Get eggs", "u-petya")),
        ("Eggs to pick up on Friday", shopping_answer("eggs")),
        ("Costco to get paper towels", shopping_answer("paper towels")),
        ("Someone needs to pick up milk", shopping_answer("milk")),
        ("Mike to buy bread", shopping_answer("bread")),  # a hard buying verb: the purchase
    ],
)
def test_members_products_and_lists_still_act(text: str, expected: tuple[object, ...]) -> None:
    assert answer_to(text) == expected
