"""A clause opened by "who" after English items (issue #12, round 23, item names), in
phrasings of our own, with the near-misses the rule must leave as they were:

- "who"/"whoever" after a word of an item's name ends the name ("we need bread who finished
  it", "add crisps who ate them all lol"; ``ShoppingWords.relative_cuts`` in
  ``_shopping._name_end``), and a piece it opens after a mark is no item, even one naming a
  common product ("buy milk, who drank it all", "buy juice, who wants juice", "…, whoever's
  going …"; ``_said_around``);
- title-cased after a title-cased word it is part of a name ("a Doctor Who mug").
"""

from __future__ import annotations

import pytest

from policy_core.testing import decide_text, items_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("we need bread who finished it", [("bread", None, None)]),
        ("add crisps who ate them all lol", [("crisps", None, None)]),
        ("out of cereal who ate it all", [("cereal", None, None)]),
        ("buy milk, who drank it all", [("milk", None, None)]),
        ("WE NEED BREAD WHO FINISHED IT", [("bread", None, None)]),
        # a piece opened by "who"/"whoever" is no item even naming a product again
        ("buy juice, who wants juice", [("juice", None, None)]),
        ("get crackers, who likes cheddar", [("crackers", None, None)]),
        ("add yoghurt. who ate the cheese", [("yoghurt", None, None)]),
        ("we're out of coffee, whoever's going to the shop grab some", [("coffee", None, None)]),
    ],
)
def test_who_ends_an_item(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert items_of(decide_text(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("buy a Doctor Who mug", [("doctor who mug", None, None)]),
        # a determiner right before it: a name, never a relative (second review, round 23)
        ("buy a Who t-shirt", [("who t-shirt", None, None)]),
        ("buy the Who album", [("who album", None, None)]),
        ("get a Who poster for Jack", [("who poster", None, None)]),
        ("add the who vinyl to the list", [("who vinyl", None, None)]),
        ("add eggs, who ate the last ones", [("eggs", None, None)]),
        ("buy cake for the kids who are coming", [("cake", None, None)]),
    ],
)
def test_near_misses_of_who_after_items(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert items_of(decide_text(text)) == expected
