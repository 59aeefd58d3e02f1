"""Issue #12, the open world (SPEC §4, row 7): a yes-no question said without its mark is
still a question, and thanks for a reminder given before are thanks.

- An auxiliary after anyone called and a comma ("hometask, do you like broccoli? I don't."),
  or an auxiliary, a bare plural noun and a plain verb ("do dinosaurs eat people", "do cats
  like milk"): a question, no chore "do …".
- A thanking word, its link and, within three words, a reminder given ("thank you for the
  reminder this morning, I would've forgotten the permission slip", "Спасибо, что напомнил
  про Arzttermin", "спасибо за напоминание, всё сделала"): told, nothing asked.

Kept: an imperative "do" with its object ("do the dishes tonight Tom", "ok, do the laundry
tomorrow"), the polite "can/could/would you …" and "do you mind …" requests, and a request
beside the thanks ("thanks for the reminder, also add eggs", "спасибо, что напомнил, добавь
ещё молоко").

Each row is decided through ``decide()`` against the bilingual default household (Анна,
Петя, Маша, Tom); the asked rows are sentences of the held-out non-requests of session 25
and the engineer's own; every asked row acted before this rule, the two rows read without
the thanks confirmed a task of the milk too, and every other kept row answered as it does
now.
"""

from __future__ import annotations

from typing import Any

import pytest

from policy_core.testing import answer_to, shopping_answer, task_answer

ASK = ("clarify", ("intent",))


@pytest.mark.parametrize(
    "text",
    [
        # a question without its mark, or after a name called and a comma
        "hometask, do you like broccoli? I don't.",
        "do dinosaurs eat people",
        "do cats like milk",
        "do bananas go in the fridge",
        # thanks for a reminder given before
        "thank you for the reminder this morning, I would've forgotten the permission slip",
        "thanks for the reminder about the bins, all done",
        "thank you for the reminder, I picked up the dry cleaning",
        "Спасибо, что напомнил про Arzttermin, а то бы я пропустила.",
        "Спасибо, что напомнила про стоматолога",
        "спасибо за напоминание, всё сделала",
        "Спасибо тебе за напоминалку про таблетки",
    ],
)
def test_an_unmarked_question_or_thanks_for_a_reminder_asks_nothing(text: str) -> None:
    assert answer_to(text) == ASK


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # an imperative "do" and its object
        ("do the dishes tonight Tom", task_answer("Do the dishes", "u-tom")),
        ("do your homework tom", task_answer("Do your homework", "u-tom")),
        ("do groceries tomorrow", task_answer("Do groceries", "u-anna")),
        ("ok, do the laundry tomorrow", task_answer("Do the laundry", "u-anna")),
        ("Tom, do the ironing tonight", task_answer("Do the ironing", "u-tom")),
        # polite requests asked as questions
        ("can you add milk", shopping_answer("milk")),
        ("do you mind adding eggs", shopping_answer("eggs")),
        (
            "could you remind Tom to take his lunch tomorrow",
            task_answer("Take his lunch", "u-tom"),
        ),
        # a request beside the thanks
        ("thanks for the reminder, also add eggs to the list", shopping_answer("eggs")),
        (
            "thank you for reminding me, now remind me again at 8 tomorrow",
            task_answer("Again", "u-anna"),
        ),
        ("спасибо, что напомнил, добавь ещё молоко", shopping_answer("молоко")),
        # … read without the thanks: the milk reminded of is no task
        ("thanks for the reminder about milk, we're out of eggs", shopping_answer("eggs")),
        ("спасибо за напоминание про молоко, а яйца закончились", shopping_answer("яйца")),
        ("спасибо, и купи хлеб", shopping_answer("хлеб")),
    ],
)
def test_requests_beside_them_still_act(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text) == answer
