"""Issue #12, the open world (SPEC §4, "a request needs positive evidence"): a deed or a
purchase said of no one, as the corpus authors wrote it (round 22, false actions: "nobody
wants to clean …", "никто не просил покупать …").

A subject of no one (``TriggerWords.negative_subjects``: "nobody", "никто") before a trigger
in its clause (no mark or joiner between) negates it, as "не"/"not" before it does: a
complaint or a remark, nothing asked. Not when a verb of forgetting stands between ("make sure
nobody forgets to feed the cat" keeps its answer), and not for a trigger in a clause of its
own ("никто не хочет, поставь Пете задачу …").

Decided through ``decide()`` against the bilingual default household, by the rules alone
(the evidence gate off) and with the default settings; none is a corpus or golden sentence.
Every asked row acted before this rule; the kept rows are near misses whose answer must not
change.
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
        "nobody ever wants to mop the kitchen floor",
        "honestly nobody here knows how to descale the kettle",
        "никто не просил покупать столько йогуртов",
        "никто у нас не хочет пылесосить ковёр",
    ],
)
def test_a_deed_said_of_no_one_asks(text: str) -> None:
    assert answer_to(text, RULES_ALONE) == ASKS_WHAT_IS_MEANT
    assert answer_to(text) == ASKS_WHAT_IS_MEANT


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("nobody likes this cereal, buy granola", shopping_answer("granola")),
        (
            "никто не хочет, поставь Пете задачу помыть окна",
            task_answer("Помыть окна", "u-petya"),
        ),
    ],
)
def test_a_no_one_near_miss_keeps_its_answer(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text, RULES_ALONE) == answer
