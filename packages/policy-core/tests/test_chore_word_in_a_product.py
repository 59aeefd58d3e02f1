"""Issue #12, sixteenth batch: a chore verb that names a product inside a list of purchases.

Many English chore verbs are nouns too and modify a product ("prune juice", "mop heads",
"water softener", "weed killer"): a chore word right before a bare noun (no determiner, no
pronoun) that a list phrase closes ("… to the list", "… on the Costco list"), or before a
common product that ends the phrase, is part of the item; with its object after a determiner
("water the plants") it is still a chore. Each row is decided through ``decide()`` against the
bilingual test household (``policy_core.testing``); none is a golden sentence.
"""

from __future__ import annotations

import pytest

from policy_core.testing import decide_text, started_items, tasks_of

Item = tuple[str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "add oats and brush heads to the list",
            [("oats", None, None), ("brush heads", None, None)],
        ),
        (
            "put rice and steam cleaner pads on the list",
            [("rice", None, None), ("steam cleaner pads", None, None)],
        ),
        # the chore word alone before the list phrase is the product (review finding 5)
        ("add wash and brush to the list", [("wash", None, None), ("brush", None, None)]),
        ("add soap and scrub to the shopping list", [("soap", None, None), ("scrub", None, None)]),
        ("add rice and water to the list", [("rice", None, None), ("water", None, None)]),
        (
            "put lentils and paint rollers on the Costco list",
            [("lentils", None, None), ("paint rollers", None, None)],
        ),
        ("buy flour and prune juice", [("flour", None, None), ("prune juice", None, None)]),
    ],
)
def test_a_chore_word_before_a_bare_noun_is_part_of_the_item(text: str, items: list[Item]) -> None:
    assert started_items(text) == items


def test_a_chore_verb_with_its_object_is_still_a_chore() -> None:
    document = decide_text("buy flour and water the tomatoes")
    assert [task["title"] for task in tasks_of(document)] == ["Water the tomatoes"]
