"""Issue #12: the shopping list called by its everyday names.

In Scotland and Ireland the groceries and their list are "the messages" ("put it on the
messages"); in Britain "the shopping" ("pop it on the shopping"). After a list preposition
they name the list as "the list" does and are no part of the item; "bring the shopping in"
is still a chore. Each row is decided through ``decide()`` against the bilingual test
household (``policy_core.testing``); none is a golden sentence.
"""

from __future__ import annotations

import pytest

from policy_core.testing import decide_text, items_of, task_of

Item = tuple[str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "add oatcakes and black pudding to the messages",
            [("oatcakes", None, None), ("black pudding", None, None)],
        ),
        ("add a tin of shortbread to the messages, hen", [("shortbread", "1", "can")]),
        ("could you pop a bag of sugar on the shopping", [("sugar", "1", "bag")]),
    ],
)
def test_the_messages_and_the_shopping_are_the_list(text: str, items: list[Item]) -> None:
    document = decide_text(text)
    assert document["action"] == "start_job", document
    assert items_of(document) == items


def test_bringing_the_shopping_in_is_a_chore() -> None:
    task = task_of(decide_text("Tom, bring the shopping in from the car"))
    assert task is not None
    assert task["assignee_id"] == "u-tom"
