"""Issue #12, the open world (SPEC §4, "a task needs positive evidence"): a member called to a
meal, as the corpus authors wrote it ("Маш, иди ужинать, всё стынет", "скажи Пете, чтобы шёл
ужинать", "tell everyone to come down for dinner").

A verb of coming (``OpenWorldWords.summon_verbs``: "иди", "шла", "come") with a meal right
after it or past particles ("down", "in", "for": ``summon_particles``; ``meal_words``:
"ужинать", "обедать", "dinner", "lunch") calls someone to eat: no chore, nothing bought, and
intent is asked. A remind verb makes it a task ("напомни Пете в семь пойти поужинать"); a
verb of coming before a chore ("иди вынеси мусор", "come and take the bins out") is the chore.

Each row is decided through ``decide()`` against the bilingual default household, by the
rules alone (the evidence gate off) and with the default settings; none is a corpus or golden
sentence. Every asked row acted before this rule; the kept rows are near misses whose answer
must not change.
"""

from __future__ import annotations

from typing import Any

import pytest

from policy_core import PolicySettings
from policy_core.testing import answer_to, shopping_answer, task_answer

ASK = ("clarify", ("intent",))
RULES_ALONE = PolicySettings(min_action_evidence=0.0)


@pytest.mark.parametrize(
    "text",
    [
        "Петя, иди обедать, суп на столе",
        "Маша, иди кушать, остынет",
        "передай Маше, чтобы шла ужинать",
        "tell the kids to come in for lunch",
        "tell Tom to come down for dinner",
    ],
)
def test_a_member_called_to_a_meal_asks(text: str) -> None:
    assert answer_to(text, RULES_ALONE) == ASK
    assert answer_to(text) == ASK


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("напомни Пете в семь пойти поужинать", task_answer("В семь пойти поужинать", "u-petya")),
        ("Маша, иди вынеси мусор", task_answer("Иди вынеси мусор", "u-masha")),
        ("Tom, come and take the bins out", task_answer("Take the bins out", "u-tom")),
        ("Пете завтра купить продукты на ужин", shopping_answer("продукты")),
    ],
)
def test_a_meal_near_miss_keeps_its_answer(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text, RULES_ALONE) == answer
