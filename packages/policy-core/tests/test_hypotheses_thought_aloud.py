"""Issue #12, the open world (SPEC §4, row 7): a hypothesis thought aloud, as the corpus
authors wrote it ("if we had a bigger freezer I'd buy meat in bulk", "если яйца кончатся,
можно заменить бананом в тесте", "если завтра будет дождь, балкон мыть не будем").

A condition opening the text (``OpenWorldWords.hypothesis_openers``: "if", "если") with
nothing asked after it asks intent: no Russian imperative, no need word, no remind verb, no
"пусть", and no English buying, adding or asking verb but one after a subject pronoun or its
contraction ("I'd buy", "I'll just get": ``speaker_contractions``) or a modal. A modal after
the listener asks politely ("if you could pick up …"), and a modal after a third person or a
name gives a doer a deed ("if Tom's home early he can mow the lawn"): both keep their
reading, as does every conditional request ("if the shop has oat milk, grab two cartons").

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
        "if the butcher's shut I'll just get chicken from Aldi",
        "if we run out of flour we can use oats instead",
        "если сахар кончится, можно мёдом подсластить",
        "если Петя сдаст экзамен, купим ему велосипед",
        "если в субботу будет жара, окна мыть не будем",
        "если молоко закончится, сделаем блины на воде",
    ],
)
def test_a_hypothesis_thought_aloud_asks(text: str) -> None:
    assert answer_to(text, RULES_ALONE) == ASK
    assert answer_to(text) == ASK


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("if the shop has oat milk, grab two cartons", shopping_answer("oat milk")),
        ("if it snows, remind Tom to salt the path", task_answer("Salt the path", "u-tom")),
        ("если кончится хлеб, купи батон", shopping_answer("хлеб", "батон")),
        ("if Tom's home early he can mow the lawn", task_answer("Mow the lawn", "u-tom")),
        ("if we're out of eggs, we need a dozen", shopping_answer("eggs")),
    ],
)
def test_a_conditional_request_keeps_its_answer(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text, RULES_ALONE) == answer
