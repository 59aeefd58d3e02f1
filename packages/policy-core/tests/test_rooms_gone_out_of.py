"""Issue #12, the open world (SPEC §4, "a request needs positive evidence"): "ran out of the
house" tells where someone ran, no shortage.

A room or part of a home (``TriggerWords.out_of_rooms``) after "out of" and a determiner, then
a mark, the end, a preposition or a word of how ("crying"), is a place someone went out of
(``_clauses._is_out_of``, ``_leaves_a_room``): nothing is bought. The same room word before a
noun names a product ("we're out of the kitchen roll", "out of the bathroom cleaner"), and
without a determiner it is a product's name as before ("we ran out of kitchen roll"). Decided
through ``decide()`` against the bilingual default household, by the rules alone (the evidence
gate off) and with the default settings; none is a corpus or golden sentence. Every asked row
acted before the rule; the kept rows are near misses whose answer must not change.
"""

from __future__ import annotations

from typing import Any

import pytest

from policy_core.testing import ASKS_WHAT_IS_MEANT, RULES_ALONE, answer_to, shopping_answer


@pytest.mark.parametrize(
    "text",
    [
        "the kids ran out of the house",
        "the dog has run out of the yard",
        "she ran out of the room crying",
        "Jack ran out of the kitchen.",
        "the cat is out of the garage, ugh",
        "Lucy stormed out of the bathroom in a huff",
        "the puppy got out of the garden!",
        "Tom ran out of the classroom laughing",
    ],
)
def test_a_room_gone_out_of_buys_nothing(text: str) -> None:
    assert answer_to(text, RULES_ALONE) == ASKS_WHAT_IS_MEANT
    assert answer_to(text) == ASKS_WHAT_IS_MEANT


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("we ran out of kitchen roll", shopping_answer("kitchen roll")),
        ("we're out of the kitchen roll", shopping_answer("kitchen roll")),
        ("out of the bathroom cleaner again", shopping_answer("bathroom cleaner")),
        ("we're out of the house wine", shopping_answer("house wine")),
        ("we ran out of the garden hose fittings", shopping_answer("garden hose fittings")),
        ("we're out of the shower gel", shopping_answer("shower gel")),
    ],
)
def test_a_room_word_in_a_product_is_still_bought(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text, RULES_ALONE) == answer
