"""Issue #12, the open world (SPEC §4, row 7, and "a task needs positive evidence"): a task
or a reminder the user refuses, as the corpus authors wrote it ("не ставь Пете задачу, он
болеет", "no don't make a task for Lucy", "…, no need for a reminder").

A task noun or a remind verb with a negation before it (past the verbs that make a task,
pronouns, articles, "for"/"to", a member, a need word: ``OpenWorldWords.refusal_fillers``) or
right after it before such a verb, a need word or the clause's end ("задачу не ставьте")
refuses the frame: with no request of buying or asking beside it, nothing is asked and intent
is asked. A request beside it ("не ставь задачу, просто купи хлеб") is still served; a
negated question ("Не напомнишь …?") and a forgetting verb ("не забудь напомнить …") still
ask for the reminder.

Each row is decided through ``decide()`` against the bilingual default household, by the
rules alone (the evidence gate off) and with the default settings; none is a corpus or golden
sentence. Every asked row acted before this rule; the kept rows are near misses whose answer
must not change.
"""

from __future__ import annotations

from typing import Any

import pytest

from policy_core.testing import (
    ASKS_WHAT_IS_MEANT,
    RULES_ALONE,
    answer_to,
    shopping_answer,
    task_answer,
)


@pytest.mark.parametrize(
    "text",
    [
        "не ставь Маше задачу, у неё температура",
        "не создавай Тому задачу, он в отъезде",
        "не заводи Пете задачу на субботу, он на соревнованиях",
        "не надо задачу, Петя сам вынесет мусор",
        "don't make a task for Tom, he's away this week",
        "don't create a task for Tom, he's on nights this week",
        "don't set a reminder for Lucy, she's at her nan's",
        "no need for a task, Tom already mowed the lawn",
        "Lucy will walk the dog herself, no need for a reminder",
    ],
)
def test_a_refused_task_or_reminder_asks(text: str) -> None:
    assert answer_to(text, RULES_ALONE) == ASKS_WHAT_IS_MEANT
    assert answer_to(text) == ASKS_WHAT_IS_MEANT


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # a request beside the refusal is served
        ("не ставь задачу, просто купи хлеб", shopping_answer("хлеб")),
        ("don't make a task, just add milk", shopping_answer("milk")),
        # a negated question asks for it; forgetting is no refusal
        ("Не напомнишь Пете завтра вынести мусор?", task_answer("Вынести мусор", "u-petya")),
        ("не забудь напомнить Пете про мусор", task_answer("Мусор", "u-petya")),
        # the negation belongs to another clause
        (
            "напомни Пете вынести мусор, это не задача на весь день",
            task_answer("Вынести мусор", "u-petya"),
        ),
    ],
)
def test_a_refusal_near_miss_keeps_its_answer(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text, RULES_ALONE) == answer
