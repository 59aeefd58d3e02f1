"""Issue #12, the open world (SPEC §4, "a task needs positive evidence"): a member called to
the table, as the corpus authors wrote it (round 22, false actions: "Маш, иди ужинать, всё
стынет").

A Russian verb of having a meal (``TriggerWords.meal_verbs``: ужинать, обедать, завтракать,
кушать and their perfectives), or an imperative right before its infinitive ("иди ужинать",
"садись обедать"), is no chore even with a member named: intent is asked. Cooking the meal
("приготовь ужин") and a reminder to eat ("напомни Пете пообедать") keep their tasks.

Decided through ``decide()`` against the bilingual default household, by the rules alone
(the evidence gate off) and with the default settings; none is a corpus or golden sentence.
Every asked row acted before this rule; the kept rows are near misses whose answer must not
change.
"""

from __future__ import annotations

from typing import Any

import pytest

from policy_core.testing import ASKS_WHAT_IS_MEANT, RULES_ALONE, answer_to, task_answer


@pytest.mark.parametrize(
    "text",
    [
        "Петя, иди обедать, суп на столе",
        "Маша, садись завтракать",
        "Петь, беги ужинать, остынет",
        "Маша, иди покушай",
    ],
)
def test_a_call_to_a_meal_asks(text: str) -> None:
    assert answer_to(text, RULES_ALONE) == ASKS_WHAT_IS_MEANT
    assert answer_to(text) == ASKS_WHAT_IS_MEANT


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Маша, приготовь ужин", task_answer("Приготовь ужин", "u-masha")),
        ("напомни Пете пообедать в школе", task_answer("Пообедать в школе", "u-petya")),
        ("Петя, иди убери комнату", task_answer("Иди убери комнату", "u-petya")),
    ],
)
def test_a_meal_near_miss_keeps_its_answer(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text, RULES_ALONE) == answer
