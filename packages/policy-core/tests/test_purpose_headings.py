"""Items of requests the rules already recognise, whose first item took in the words of a
purpose heading, and vague items typed short (issue #12, round 23), in phrasings of our own,
with the near-misses each rule must leave as they were:

- a heading closed by a heading mark (":", a dash) that names a list and what the items
  are for, in either order ("на праздник в продукты: …", "в продукты к празднику: …",
  "for the picnic on costco: …", "costco for the weekly shop: …"), is no item: the
  items are the words after the mark (``_shopping._around_list`` with ``_closes_heading``
  for the purpose before the list, ``_heads_the_list`` for the one after it, a heading as
  long as ``_HEADING_WORDS``); a product before the list stays an item;
- "smth", "sth", "anythin" typed for "something"/"anything" (``MorphologyWords.shorthands``)
  name no product: "buy smth" asks which, as "buy something" does; so do the Russian fused
  "чтонить", "чёнить", "чегонить" typed for "что-нибудь", "чего-нибудь".
"""

from __future__ import annotations

import pytest

from policy_core.testing import answer_to, shopping_answer

ITEM_NAME = ("clarify", ("item.name",))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("на праздник в продукты: торт, свечи", shopping_answer("торт", "свечи")),
        ("на дачу в costco: уголь и спички", shopping_answer("уголь", "спички")),
        ("for the picnic on costco: chips, salsa", shopping_answer("chips", "salsa")),
        (
            "for the party in costco: paper plates, napkins",
            shopping_answer("paper plates", "napkins"),
        ),
        ("costco for the weekly shop: oats, rice", shopping_answer("oats", "rice")),
    ],
)
def test_a_purpose_heading_beside_a_list_is_no_item(
    text: str, expected: tuple[object, ...]
) -> None:
    assert answer_to(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the heading's purpose after the list, short: read so before this round too
        ("в продукты на праздник: торт, свечи", shopping_answer("торт", "свечи")),
        ("costco for the party: chips, salsa", shopping_answer("chips", "salsa")),
        ("к ужину в продукты — рис, курица", shopping_answer("рис", "курица")),
        # a product before the list stays an item
        ("молоко в продукты: срочно", shopping_answer("молоко")),
        ("хлеб в продукты - и сыр", shopping_answer("хлеб", "сыр")),
        # no heading mark after the list: the words before it are the items
        ("торт и свечи в продукты", shopping_answer("торт", "свечи")),
    ],
)
def test_near_misses_of_a_purpose_heading_stay(text: str, expected: tuple[object, ...]) -> None:
    assert answer_to(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "buy smth for the party lol",
        "grab sth for dinner",
        "add smthng sweet pls",
        "pick up anythin for lunch",
        # Russian chat's fused indefinites ("чтонить", "чёнить": "что-нибудь")
        "купи чтонить",
        "купи чёнить",
        "возьми чтонить к чаю",
    ],
)
def test_something_typed_short_names_no_product(text: str) -> None:
    assert answer_to(text) == ITEM_NAME


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("buy something for the party", ITEM_NAME),
        ("buy smoothie mix", shopping_answer("smoothie mix")),
        ("add sthenic bars", shopping_answer("sthenic bars")),
    ],
)
def test_near_misses_of_something_typed_short(text: str, expected: tuple[object, ...]) -> None:
    assert answer_to(text) == expected
