"""Issue #12, the open world (SPEC §4, "an item must be a product"): a run-out of what no
shop sells, as the corpus authors wrote it (round 22, false actions: "интернет кончился",
"we're out of ideas for dinner", "the list is getting out of hand").

What is needed but never bought (``OpenWorldWords.abstract_needs``) now holds room, ideas, a
game's lives, the internet and a budget ("space ideas lives internet wifi budget", "место
бюджет интернет вайфай жизнь идея сериал мозг"): a run-out of it names no item and the item's
name is asked. "Out of control", "out of hand", "out of stock" (``TriggerWords.out_of_idioms``)
are idioms, no shortage at all, before a mark, the end, a preposition or an adverb ending the
phrase (``out_of_idiom_ends``: "out of stock online"); before a noun they run out of a
product ("out of hand soap": ``test_told_states_beside_requests.py``).

Decided through ``decide()`` against the bilingual default household, by the rules alone
(the evidence gate off); none is a corpus or golden sentence. Every row acted before these
words; the kept rows are near misses whose answer must not change.
"""

from __future__ import annotations

from typing import Any

import pytest

from policy_core.testing import RULES_ALONE, answer_to, shopping_answer

ASK_INTENT = ("clarify", ("intent",))
ASK_ITEM = ("clarify", ("item.name",))


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("у нас опять кончился вайфай", ASK_ITEM),
        ("бюджет на продукты закончился", ASK_ITEM),
        ("we are out of ideas for the party", ASK_ITEM),
        ("we ran out of budget for the month", ASK_ITEM),
        ("we are out of space", ASK_ITEM),
        ("this group chat is out of control", ASK_INTENT),
        ("the plant food is out of stock online", ASK_INTENT),
    ],
)
def test_a_runout_of_no_product_names_no_item(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text, RULES_ALONE) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("we are out of milk", shopping_answer("milk")),
        ("закончилась вода", shopping_answer("вода")),
    ],
)
def test_a_product_runout_keeps_its_answer(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text, RULES_ALONE) == answer
