"""Issue #12, the open world (SPEC §4, "a task needs positive evidence"): an obligation told
in the past, or the speaker's own telling, as the corpus authors wrote it ("Tom was supposed
to clean the garage last weekend", "Дима должен был вынести мусор ещё утром", "I told Tom
twice to buy onions, he never listens").

An owed word beside a past copula ("должен был", "должна была", "was supposed", "were
supposed": ``OpenWorldWords.owed_words``, ``owed_copulas``), or a telling verb right after a
speaker's pronoun ("I told", "we told": ``telling_verbs``, ``telling_subjects``), with a deed
after it, is a lapse told (``_statements.tells_a_lapse``): nothing is asked. A request of its
own after it ("…, so add it to the list") is served; "Tom told me to add …" relays a request;
an obligation now ("Петя должен вынести мусор", "Tom is supposed to mow …") is still a task.

Each row is decided through ``decide()`` against the bilingual default household, by the
rules alone (the evidence gate off) and with the default settings; none is a corpus or golden
sentence. Every asked row answered otherwise before this rule; the kept rows are near misses
whose answer must not change.
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
        "Маша должна была полить цветы ещё вчера",
        "Петя должен был забрать посылку с почты, но опять не успел",
        "Маша и Петя должны были убрать в детской к обеду",
        "Tom was supposed to fix the gate on Sunday",
        "the kids were supposed to tidy the playroom before dinner",
        "I told Tom to mow the lawn, he ignored me",
        "we told Lucy to feed the cat, she fed the dog instead",
    ],
)
def test_an_obligation_told_in_the_past_asks(text: str) -> None:
    assert answer_to(text, RULES_ALONE) == ASK
    assert answer_to(text) == ASK


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        (
            "Tom was supposed to get bread, he forgot, so add it to the list",
            shopping_answer("bread"),
        ),
        ("Tom told me to add eggs to the list", shopping_answer("eggs")),
        ("Tom is supposed to mow the lawn on Saturday", task_answer("Mow the lawn", "u-tom")),
        ("Петя должен вынести мусор сегодня", task_answer("Вынести мусор", "u-petya")),
    ],
)
def test_an_obligation_near_miss_keeps_its_answer(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text, RULES_ALONE) == answer
