"""Issue #12, the open world (SPEC §4, "a request needs positive evidence"): a run-out said of
someone else's stock, not the household's, as the corpus authors wrote it (round 23, false
actions).

Two constructions, in both languages:

- a run-out whose own clause names a shop, a workplace or a game after a place preposition
  (``ShoppingWords.shops``, ``TriggerWords.out_of_outside_places``, ``out_of_place_preps``:
  "the fridge at work is out of milk", "they were out of rye bread at Lidl", "ran out of gold
  in the game", "хлеб закончился в пекарне", "в игре кончились монеты"), a neighbour after
  "у" ("у соседа кончились гвозди"), or an English shop or neighbour as its subject ("the
  corner shop was out of eggs", "our neighbour's out of flour"): their shortage, a story,
  nothing for the household to buy (``_clauses._runs_out_elsewhere``, the one rule of it;
  tests/test_precision_twentythird_fixes.py has what it leaves the household's);
- a run-out of a state, not a product: "out of battery" (a phone, a head) before a mark, the
  end or a preposition (``TriggerWords.out_of_idioms``; "after" among ``out_of_idiom_ends``),
  as "out of stock" was; "out of battery packs" buys them.

Each is read only when nothing is asked beside it: an English request or fetching verb in its
plain form or a Russian imperative anywhere else in the text ("we're out of milk, grab some at
the shop", "закончился хлеб, купи в магазине") still buys. Decided through ``decide()`` against
the bilingual default household, by the rules alone (the evidence gate off) and with the
default settings; none is a corpus or golden sentence. Every asked row acted before these rules;
the kept rows are near misses whose answer must not change.
"""

from __future__ import annotations

from typing import Any

import pytest

from policy_core.testing import (
    ASKS_WHAT_IS_MEANT,
    RULES_ALONE,
    answer_to,
    shopping_answer,
)


@pytest.mark.parametrize(
    "text",
    [
        # a shop, a neighbour, a workplace or a game before the run-out
        "the corner shop was out of eggs, typical",
        "the supermarket ran out of turkeys by noon",
        "our neighbour's out of flour again, poor woman",
        "the fridge at work is out of milk",
        "у соседа кончились гвозди",
        "в аптеке закончился аспирин",
        # … or after it, behind a place preposition
        "they were out of rye bread at Lidl",
        "i ran out of gold in the game",
        "хлеб закончился в пекарне",
        "у меня кончились монеты в игре",
        # a state, not a product
        "my phone is out of battery",
        "ugh my head ran out of battery after that meeting",
    ],
)
def test_a_runout_elsewhere_asks(text: str) -> None:
    assert answer_to(text, RULES_ALONE) == ASKS_WHAT_IS_MEANT
    assert answer_to(text) == ASKS_WHAT_IS_MEANT


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # the household's own run-out, a room, a member or a thing of the house its subject
        ("we're out of flour", shopping_answer("flour")),
        ("the downstairs loo is out of soap", shopping_answer("soap")),
        ("у нас кончились гвозди", shopping_answer("гвозди")),
        # a shop named, and the run-out asked beside it
        ("we're out of milk, grab some at the shop", shopping_answer("milk")),
        ("закончился хлеб, купи в магазине", shopping_answer("хлеб")),
        ("they were out of rye bread at Lidl, get some on your way", shopping_answer("rye bread")),
        # a product before a noun, no state
        ("we're out of battery packs", shopping_answer("battery packs")),
    ],
)
def test_a_runout_elsewhere_near_miss_keeps_its_answer(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text, RULES_ALONE) == answer
