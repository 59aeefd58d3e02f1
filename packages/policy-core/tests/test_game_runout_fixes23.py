"""Issue #12, second review of round 23 (causes A and D): requests the game and run-out
rules threw away or misnamed, read back by construction.

* **a game someone is in, or one said in another clause** (``_unserved._happens_in_a_game``
  via ``_clauses.shopping_outside``): a run-out, a need or a purchase the household says in a
  clause of its own beside it stays the household's ("кончился сахар, Петя играет в
  майнкрафт", "we're out of bread, Jack is in minecraft"); a run-out in the game's own clause
  ("в игре у меня кончились патроны") or in another clause that names a game too asks;
* **a game clause after a request** (``_clauses._before_a_game``) ends the request's clause:
  "кончился хлеб, Петя в роблоксе" buys no "роблокс";
* **someone else's run-out before the household's** (``_clauses._past_elsewhere_run_outs``):
  the household's clause starts after the clause of the run-out elsewhere, so "на работе
  кончился кофе, и дома молоко закончилось" buys "молоко" alone (no "работа кофе", no
  "дом молоко").

Decided by the rules alone (the evidence gate off). Each asked row answered ``clarify
["intent"]`` on b7ee04f (the game rows) or named the place into the item (the run-out rows).
"""

from __future__ import annotations

import pytest

from policy_core.testing import (
    ASKS_WHAT_IS_MEANT,
    RULES_ALONE,
    answer_to,
    shopping_answer,
)


@pytest.mark.parametrize(
    ("text", "item"),
    [
        # the review's sentences (cause A)
        ("кончился сахар, Петя играет в майнкрафт", "сахар"),
        ("Петя в майнкрафте, а дома кончилось молоко", "молоко"),
        ("Петя в игре, а у нас кончился хлеб", "хлеб"),
        ("Петя играет в майнкрафт, а хлеб кончился", "хлеб"),
        ("кончился хлеб, дети в майнкрафте", "хлеб"),
        ("кончился хлеб, Петя в роблоксе", "хлеб"),
        ("кончился хлеб, Петя в фортнайте", "хлеб"),
        ("Петя, в игре кончились монеты, а дома кончился сахар", "сахар"),
        ("в игре кончились деньги, а у нас кончился хлеб", "хлеб"),
        ("we're out of bread, Jack is in minecraft", "bread"),
        ("we're out of bread, Jack's on minecraft", "bread"),
        # phrasings of our own
        ("закончилась соль, Маша сидит в роблоксе", "соль"),
        ("Маша в майнкрафте, а у нас кончились яйца", "яйца"),
        ("we're out of eggs and Lucy is on roblox", "eggs"),
        ("out of milk, the kids are in minecraft", "milk"),
    ],
)
def test_a_run_out_beside_a_game_is_bought(text: str, item: str) -> None:
    assert answer_to(text, RULES_ALONE) == shopping_answer(item)


@pytest.mark.parametrize(
    ("text", "items"),
    [
        # a game clause after a request names no item (``_clauses._before_a_game``)
        ("купи хлеб, Петя в игре", ("хлеб",)),
        ("buy milk, Jack is on xbox", ("milk",)),
        # near misses: what a game is for, a room, a product said in the game's clause
        ("купи хлеб, батарейки в игру", ("хлеб", "батарейки в игру")),
        ("купи хлеб и молоко, я в игре", ("хлеб", "молоко")),
    ],
)
def test_a_game_clause_after_a_request_is_no_item(text: str, items: tuple[str, ...]) -> None:
    assert answer_to(text, RULES_ALONE) == shopping_answer(*items)


@pytest.mark.parametrize(
    "text",
    [
        # the run-out in the game's own clause, or a game named in the other clause too
        "в игре у меня кончились патроны",
        "I ran out of food in Minecraft",
        "в майнкрафте у меня закончилась еда, а в роблоксе кончились монеты",
        "in minecraft we ran out of food and in roblox we're out of coins",
        "кончились монеты в игре, Петя расстроен",
        "в игре закончилась еда, Петя в майнкрафте",
    ],
)
def test_a_run_out_in_the_game_still_asks(text: str) -> None:
    assert answer_to(text, RULES_ALONE) == ASKS_WHAT_IS_MEANT


@pytest.mark.parametrize(
    ("text", "item", "elsewhere"),
    [
        # the review's sentence (cause D) and phrasings of our own: the household's item
        # alone, nothing of the place's run-out, no place's nor home's word in its name
        ("на работе кончился кофе, и дома молоко закончилось", "молоко", "кофе"),
        ("в магазине закончились яйца, и дома хлеб кончился", "хлеб", "яйца"),
        ("у соседей кончилась соль, а у нас хлеб закончился", "хлеб", "соль"),
    ],
)
def test_the_household_run_out_after_one_elsewhere_is_bought_alone(
    text: str, item: str, elsewhere: str
) -> None:
    answer = answer_to(text, RULES_ALONE)
    assert answer == shopping_answer(item), elsewhere


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # near misses: the household's run-out alone, and a purchase asked beside the place
        ("на работе кончился кофе, надо купить", shopping_answer("кофе")),
        ("в магазине закончился хлеб, а дома кончилось молоко", shopping_answer("молоко")),
    ],
)
def test_near_misses_keep_their_answer(text: str, answer: tuple[object, ...]) -> None:
    assert answer_to(text, RULES_ALONE) == answer
