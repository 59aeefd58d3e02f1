"""Someone outside the household given an errand (issue #12, round 19): a soft buying verb
("pick up", "get") after "to" or "needs to", with something after it, whose subject is a
capitalised name after a title opening the text ("Coach", "Mrs", "Dr";
``TaskWords.name_titles``) that is no member, with no member collected after it, is that
person's errand, not a purchase: the task readers ask who does it (clarify
``["task.assignee_id"]``). A capitalised word alone is no person (a brand, "Remember", "Need",
"Time"), and a person collected is never the assignee ("Babysitter to pick up Tom"): those
read as before the rule. A member so named still gets the task."""

from __future__ import annotations

import pytest

from policy_core.testing import answer_to, shopping_answer, task_answer

ASSIGNEE = ("clarify", ("task.assignee_id",))
INTENT = ("clarify", ("intent",))


@pytest.mark.parametrize(
    "text",
    [
        "Coach Dan to pick up the match balls on Saturday",
        "Mrs Patel needs to get the permission forms",
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the person collected is no assignee: the text asks as before
        ("Babysitter to pick up Tom", INTENT),
        ("Nanny to pick up Маша at 3", INTENT),
        ("Childminder to get Tom from school", INTENT),
        ("Mrs Patel to pick up Tom", INTENT),
        # a capitalised word alone is no person: a brand, an ordinary word
        ("Halloumi to pick up", shopping_answer("halloumi")),
        ("Nutella to get", shopping_answer("nutella")),
        ("Mr Muscle to get", shopping_answer("mr muscle")),
        ("Remember to pick up milk", shopping_answer("milk")),
        ("Want to get bread", shopping_answer("bread")),
        ("Need to pick up milk", shopping_answer("milk")),
        ("Time to get milk", shopping_answer("milk")),
    ],
)
def test_no_title_or_a_member_collected_reads_as_before(
    text: str, expected: tuple[object, ...]
) -> None:
    assert answer_to(text) == expected
