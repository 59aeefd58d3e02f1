"""An English chore verb that is the first word of a subject (issue #12, round 19): up to two
bare words after it, then a form of "be" or "have", says something of a thing ("clean energy
is the future", "vacuum cleaners are so expensive now"), and asks nothing: clarify
``["intent"]``. An imperative keeps its task: a determiner or a preposition before the verb
of being ("water the plants that are dry"), a mark ("clean the kitchen, it is a mess")."""

from __future__ import annotations

import pytest

from policy_core.testing import answer_to, task_answer

INTENT = ("clarify", ("intent",))


@pytest.mark.parametrize(
    "text",
    [
        "vacuum cleaners are so expensive now",
        "clean sheets are in the dryer",
        "sweep porch has leaves again",
        "mop buckets were on offer at the hardware store",
        "iron tablets are in the bathroom cabinet",
        "wash bags are under the sink",
    ],
)
def test_a_remark_whose_subject_opens_with_a_chore_verb_asks(text: str) -> None:
    assert answer_to(text) == INTENT


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("vacuum the stairs", task_answer("Vacuum the stairs", "u-anna")),
        ("wash dishes", task_answer("Wash dishes", "u-anna")),
        ("water the plants that are dry", task_answer("Water the plants that are dry", "u-anna")),
        ("clean the kitchen, it is a mess", task_answer("Clean the kitchen", "u-anna")),
        ("Tom, wash the car in the garage", task_answer("Wash the car in the garage", "u-tom")),
    ],
)
def test_an_imperative_keeps_its_task(text: str, answer: tuple[object, ...]) -> None:
    assert answer_to(text) == answer
