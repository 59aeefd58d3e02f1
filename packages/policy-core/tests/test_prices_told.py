"""Issue #12, the open world (SPEC §4, "an item must be a product"): a price told after a
product, as the corpus authors wrote it (round 22, false actions: "на рынке картошка по
сорок, а в магазине по шестьдесят").

A product in its clause, then a price link (``OpenWorldWords.price_links``: "по") and a bare
amount of ten or more before a mark or the end, or any amount before a currency word
(``CorridorWords.money_words``), in a command that asks nothing (no imperative, no request
word), tells what something costs: intent is asked. A number or a measure before the link
("две пачки по 180 г"), a word after the amount ("по 48 листов") or a small amount
("по одной": one each) is a size or a count each and keeps its reading; so does a request,
a named list ("в продукты клубника по 350") or a clause of items with no price beside it
("молоко, хлеб, сосиски по 12": ``test_told_states_beside_requests.py``): only a whole text
of prices is held.

Decided through ``decide()`` against the bilingual default household, by the rules alone
(the evidence gate off) and with the default settings; none is a corpus or golden sentence.
Every asked row acted before this rule; the kept rows are near misses whose answer must not
change.
"""

from __future__ import annotations

from typing import Any

import pytest

from policy_core.testing import ASKS_WHAT_IS_MEANT, RULES_ALONE, answer_to, shopping_answer


@pytest.mark.parametrize(
    "text",
    [
        "на базаре помидоры по сто двадцать",
        "на ярмарке мёд по 900",
        "в ларьке клубника по 350, дорого",
    ],
)
def test_a_price_told_asks(text: str) -> None:
    assert answer_to(text, RULES_ALONE) == ASKS_WHAT_IS_MEANT
    assert answer_to(text) == ASKS_WHAT_IS_MEANT


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("купи клубнику по 350", shopping_answer("клубника")),
        ("в продукты кефир и ряженку по одной", shopping_answer("кефир", "ряженка")),
        ("в продукты две пачки масла по 180 г", shopping_answer("масло")),
    ],
)
def test_a_price_near_miss_keeps_its_answer(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text, RULES_ALONE) == answer
