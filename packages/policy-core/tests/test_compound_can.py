"""An English product named by a compound whose head is "can" (issue #12, round 23, item
names), in phrasings of our own, with the near-misses the rule must leave as they were:

- the singular "can" closing an item right after a word of its name, with a mark, a
  separator, a preposition or a courtesy after it ("a watering can", "the trash can and a
  mop", "a gas can to costco", "… please"), heads the name (``_shopping._can_closes_name``,
  through ``_can_in_name`` and the trailing filler of ``_item_from_piece``): it is neither
  the modal nor a measure;
- after a pronoun, a plural or a number, or before a pronoun or a verb, it is the modal, a
  tag or the measure as before ("… if you can", "milk can you get it", "add noodles and
  dumplings can", "beans 2 can", "a can of beans").
"""

from __future__ import annotations

import pytest

from policy_core.testing import decide_text, items_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("add a watering can", [("watering can", None, None)]),
        ("buy a trash can and a mop", [("trash can", None, None), ("mop", None, None)]),
        ("add a gas can to costco", [("gas can", None, None)]),
        ("get a garbage can for the kitchen please", [("garbage can", None, None)]),
        # inside the name, before a word of it ("a garbage can liner"; ``_can_in_name``)
        ("add a trash can liner", [("trash can liner", None, None)]),
        ("buy a paint can opener", [("paint can opener", None, None)]),
        (
            "buy sponges, bin bags and a watering can",
            [("sponges", None, None), ("bin bags", None, None), ("watering can", None, None)],
        ),
    ],
)
def test_can_closing_a_compound_heads_the_name(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert items_of(decide_text(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("buy milk if you can", [("milk", None, None)]),
        ("get bread when u can", [("bread", None, None)]),
        ("we need milk can you get it", [("milk", None, None)]),
        ("buy a can of beans", [("beans", "1", "can")]),
        ("add tomatoes 2 can", [("tomatoes", "2", None)]),
        ("add noodles and dumplings can", [("noodles", None, None), ("dumplings", None, None)]),
        ("add trash cans", [("trash cans", None, None)]),
        ("grab a can opener", [("can opener", None, None)]),
        # after a food or a drink "can" is no container's head (``can_compound_words``)
        ("buy a coke can", [("coke", None, None)]),
        ("buy cat food can", [("cat food", None, None)]),
        ("add a lemonade can", [("lemonade", None, None)]),
        ("get a soup can please", [("soup", None, None)]),
    ],
)
def test_near_misses_of_a_compound_can_stay(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert items_of(decide_text(text)) == expected
