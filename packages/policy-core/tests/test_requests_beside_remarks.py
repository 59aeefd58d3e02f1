"""Issue #12, the open world, fix round 22: a remark, a lapse, a complaint of no one or a
day gone read only in its own clause, never over a request beside it (the second review of
round 22). Each asked row failed on 21dc01d; the kept rows are near misses whose answer
must not change.

- "send help" (``OpenWorldWords.plea_phrases``) is a plea said of a hard day: no task of its
  own, alone or beside a request ("send help, buy milk" adds the milk, no "Send help" task).
- An owed deed told ("Tom was supposed to buy milk") asks nothing, unless a later clause asks
  it done with a courtesy or a modal asked of "you" (``OpenWorldWords.owed_askers``,
  ``owed_addressees``).
- A subject of no one ("nobody wants to clean …") negates its trigger unless a later clause
  takes the deed up (a Russian imperative, a pronoun for it: "…, Jack do it today"); the
  chore then stays in the title as it did before the rule.
- A signature ("купи хлеб. Оксана") is no first name that the morphology reads as a thing
  too, after a bare head noun: "купи торт. Наполеон" names a kind of cake.
- "ad" typed for "add" past filler keeps its word before a colour that closes the name
  ("pls ad blue to costco": AdBlue).
- A run-out dated a recent day, a weekday or a part of the day ("ещё в понедельник", "we
  ran out of coffee on Sunday") is a bare run-out still; a week or a month gone, or a story
  beside it, is not.

Decided through ``decide()`` against the bilingual default household with Jack and Lucy
added, by the rules alone (the evidence gate off) and with the default settings.
"""

from __future__ import annotations

from typing import Any

import pytest

from policy_core.testing import (
    ASKS_WHAT_IS_MEANT,
    DEFAULT_MEMBERS,
    RULES_ALONE,
    answer_to,
    shopping_answer,
    task_answer,
)

MEMBERS = (
    *DEFAULT_MEMBERS,
    {"user_id": "u-jack", "display_name": "Jack", "role": "child", "workload_score": 0.2},
    {"user_id": "u-lucy", "display_name": "Lucy", "role": "child", "workload_score": 0.2},
)

ACTED = [
    # "send help" beside a request (the review's sentences, then our own)
    ("send help, we're out of milk", shopping_answer("milk")),
    ("send help, buy milk", shopping_answer("milk")),
    ("send help and buy coffee", shopping_answer("coffee")),
    ("working doubles all week, send help, and buy milk", shopping_answer("milk")),
    ("pls send help, need milk and eggs", shopping_answer("milk", "eggs")),
    ("send help, remind Tom to buy milk", task_answer("Buy milk", "u-tom")),
    (
        "toddler has a fever and the car broke down, send help, buy paracetamol",
        shopping_answer("paracetamol"),
    ),
    ("send help and add nappies to the list", shopping_answer("nappies")),
    ("send help lol, buy milk", shopping_answer("milk")),
    # an owed deed told, then asked done in a clause of its own
    ("Tom was supposed to buy milk, can you get it", shopping_answer("milk")),
    ("Tom was supposed to buy milk, could you pick some up", shopping_answer("milk")),
    ("Tom was supposed to buy milk, please get it", shopping_answer("milk")),
    (
        "Tom was supposed to take out the trash, can you do it",
        task_answer("Take out the trash", "u-tom"),
    ),
    (
        "Tom was supposed to take out the trash, Jack take it out please",
        task_answer("Take out the trash, take it out", "u-tom"),
    ),
    (
        "Jack was supposed to clean his room, Lucy please do it",
        task_answer("Clean his room, please do it", "u-jack"),
    ),
    (
        "Lucy was supposed to water the plants, please do it today",
        task_answer("Water the plants, please do it", "u-lucy"),
    ),
    # no one, then the deed taken up: the chore stays in the title
    (
        "nobody wants to clean the bathroom, Jack do it today",
        task_answer("Clean the bathroom, do it", "u-jack"),
    ),
    # (round 30: a bare verb asked of a member takes what the lament's own infinitive was
    # done on, ``_read._handed_chore``)
    ("никто не хочет мыть посуду, Маша помой", task_answer("Помой посуду", "u-masha")),
    (
        "nobody wants to mow the lawn, Lucy please do it",
        task_answer("Mow the lawn, please do it", "u-lucy"),
    ),
    (
        "никто не хочет выносить мусор, Петя вынеси",
        task_answer("Выносить мусор, вынеси", "u-petya"),
    ),
    # a kind's name after its head, no signature
    ("купи торт. Наполеон", shopping_answer("торт", "наполеон")),
    ("возьми торт. Наполеон", shopping_answer("торт", "наполеон")),
    ("купи клубнику. Виктория", shopping_answer("клубника", "виктория")),
    # "ad" before a colour that closes the name
    ("pls ad blue to costco", shopping_answer("ad blue")),
    ("ok ad blue for the van to costco", shopping_answer("ad blue")),
    # a run-out on a recent day
    ("we ran out of milk on Monday", shopping_answer("milk")),
    ("шампунь закончился ещё в понедельник", shopping_answer("шампунь")),
    ("кофе кончился в воскресенье", shopping_answer("кофе")),
    ("we ran out of coffee on Sunday", shopping_answer("coffee")),
]

KEPT = [
    ("send help", ASKS_WHAT_IS_MEANT),
    ("up all night with the baby, send help lol", ASKS_WHAT_IS_MEANT),
    ("Tom was supposed to buy milk", ASKS_WHAT_IS_MEANT),
    ("Tom was supposed to buy milk, but he forgot", ASKS_WHAT_IS_MEANT),
    ("nobody wants to clean the bathroom", ASKS_WHAT_IS_MEANT),
    ("купи хлеб. Оксана", shopping_answer("хлеб")),
    (
        "Анна, кончилась смесь и пюре из индейки. Виктория",
        shopping_answer("смесь", "пюре из индейки"),
    ),
    ("pls ad bananas to costco", shopping_answer("bananas")),
    ("pls ad green tea to costco", shopping_answer("green tea")),
    ("we ran out of bread on Monday and Tom bought some", ASKS_WHAT_IS_MEANT),
    ("we ran out of eggs on Saturday, so no pancakes", ASKS_WHAT_IS_MEANT),
    ("шампунь закончился в прошлом месяце", ASKS_WHAT_IS_MEANT),
    ("we ran out of milk last week", ASKS_WHAT_IS_MEANT),
    ("в понедельник кончилась гречка, пришлось варить рис", ASKS_WHAT_IS_MEANT),
]


@pytest.mark.parametrize(("text", "answer"), ACTED + KEPT)
def test_a_clause_read_alone(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text, RULES_ALONE, members=MEMBERS) == answer
    assert answer_to(text, members=MEMBERS) == answer
