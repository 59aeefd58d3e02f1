"""Issue #12, the open world (SPEC §4.1 items are the products, §4.2 tasks): forms of address,
honorifics and discourse particles of the world's Englishes (round 34).

A Filipino carer's "po", "opo", "ma'am", "sir", "kuya", "ate"; Singapore and Malaysian "lah",
"leh", "lor"; Nigerian "abeg", "o", "oga", "madam"; Indian "ji", "yaar", "bhai", "na"; the
British Isles' "hen", "pet", "love", "mate": said first, last or inside the request, they
name no product and no title (``ShoppingWords.discourse_particles``,
``honorifics_said_last``, ``vocatives_said_last``, ``address_words``). A polite request
frame of the speaker's own ("can I request to add …", "may I request that you buy …",
``OpenWorldWords.request_frame_*``, ``_address``) is a courtesy, no deed of a member called
before it; "low" before what a product holds ("low sodium soup") is the name's.

Near misses keep their answers: "buy a hen", "dog food for the pet", "yerba mate", "love
hearts", "Sir Kensington's ketchup", "ghee", "kopi o", "cornish hen", "club mate", "lor mee",
"call sir" (the object). Decided
through ``decide()`` by the rules alone; none is a golden or corpus sentence.
"""

from __future__ import annotations

from typing import Any

import pytest

from policy_core.testing import DEFAULT_MEMBERS, RULES_ALONE, full_answer

_MEMBERS = (*DEFAULT_MEMBERS, {"user_id": "u-emma", "display_name": "Emma", "role": "parent"})
_LISTS = (
    {"list_id": "l-groceries", "name": "Groceries"},
    {"list_id": "l-costco", "name": "Costco"},
    {"list_id": "l-pharmacy", "name": "Pharmacy"},
)
_G, _C = "l-groceries", "l-costco"


def _answer(text: str) -> tuple[Any, ...]:
    return full_answer(text, members=_MEMBERS, lists=_LISTS, settings=RULES_ALONE)


def _items(*names: str, list_id: str = _G) -> tuple[Any, ...]:
    return ("start_job", tuple((name, None, None, list_id) for name in names), ())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a polite request frame after a member called, particles inside the request
        (
            (
                "Ma'am Emma can I request to add po in groceries: rice, eggs, and low fat milk"
                " for Sir Tom. Thank you po"
            ),
            _items("rice", "eggs", "low fat milk"),
        ),
        ("Tom can I request to buy oatmeal po", _items("oatmeal")),
        # a particle or an honorific after a shop's heading
        (
            "Costco po sir: paper towels 2 packs, olive oil 1 bottle",
            (
                "start_job",
                (("paper towels", "2", "pack", _C), ("olive oil", "1", "bottle", _C)),
                (),
            ),
        ),
        # said last, no mark between
        ("add bread and butter po", _items("bread", "butter")),
        ("buy eggs po ma'am", _items("eggs")),
        ("buy apples and pears opo", _items("apples", "pears")),
        ("add yoghurt sir", _items("yoghurt")),
        ("add coconut milk and sugar lah", _items("coconut milk", "sugar")),
        ("buy onions leh", _items("onions")),
        ("buy tomatoes and pepper madam", _items("tomatoes", "pepper")),
        ("add paneer ji", _items("paneer")),
        ("buy curd and rice yaar", _items("curd", "rice")),
        ("add soap bhai", _items("soap")),
        ("add cheese to the list hen", _items("cheese")),
        ("buy crisps pet", _items("crisps")),
        ("get some bread love", _items("bread")),
        ("add teabags mate", _items("teabags")),
        # a particle cut wherever it stands, a closing one before a mark (review findings)
        ("buy eggs leh, 10 pieces", ("start_job", (("eggs", "10", "pcs", _G),), ())),
        ("ma'am add po rice and beans po, salamat", _items("rice", "beans")),
        (
            "remind Tom po to sweep the porch",
            ("start_job", (), (("Sweep the porch", "u-tom", None),)),
        ),
        ("remind Tom to fix the fence lah", ("start_job", (), (("Fix the fence", "u-tom", None),))),
        (
            "abeg remind Tom to wash the van o",
            ("start_job", (), (("Wash the van", "u-tom", None),)),
        ),
        ("add kopi o", _items("kopi o")),
        # one called before the speaker's own deed is no doer
        (
            "Ma'am, I need to iron the uniforms po",
            ("start_job", (), (("Iron the uniforms", "u-anna", None),)),
        ),
        # a hen bought, a member's chore after the frame
        ("buy a hen for roasting", _items("hen")),
        (
            "Emma can I request to clean the kitchen",
            ("start_job", (), (("Clean the kitchen", "u-emma", None),)),
        ),
    ],
)
def test_forms_of_address_are_no_item(text: str, expected: tuple[Any, ...]) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # read before the round
        ("Emma may I request that you add bananas to groceries", _items("bananas")),
        ("buy garri o", _items("garri")),
        ("abeg buy sugar and salt", _items("sugar", "salt")),
        ("po add apples to groceries", _items("apples")),
        # near misses
        ("buy dog food for the pet", _items("dog food")),
        ("add yerba mate", _items("yerba mate")),
        ("add teh o and milo", _items("teh o", "milo")),
        ("add Old Speckled Hen", _items("old speckled hen")),
        ("add a cornish hen", _items("cornish hen")),
        ("add club mate", _items("club mate")),
        ("add lor mee", _items("lor mee")),
        ("Mike, I want you to fix the tap", ("clarify", ("task.assignee_id",))),
        ("remind Tom to call sir", ("start_job", (), (("Call sir", "u-tom", None),))),
        ("remind Tom to feed the hen", ("start_job", (), (("Feed the hen", "u-tom", None),))),
        ("add love hearts to the list", _items("love hearts")),
        ("add sir kensington's ketchup", _items("sir kensington's ketchup")),
        ("add ghee", _items("ghee")),
        ("we're low on milk", _items("milk")),
        ("buy milk, love", _items("milk")),
        ("Emma can I ask you to add milk", ("start_job", (), (("Add milk", "u-emma", None),))),
    ],
)
def test_near_misses_keep_their_answers(text: str, expected: tuple[Any, ...]) -> None:
    assert _answer(text) == expected
