"""Issue #12, the open world (SPEC §4, row 7: list operations other than adding): a list
sent somewhere, as the corpus authors wrote it ("send the grocery list to Tom's phone",
"send me the list as a text").

A verb of sending (``OpenWorldWords.list_edit_verbs``: "send", "email", "forward",
"отправить", "прислать", "переслать") with a list referred to after it operates on the list,
which the platform does not serve: intent is asked. A person sent on an errand ("send Tom to
the shop for milk") is still his task; a list named as where things go ("скинь в список …",
Russian slang for adding) and a sending verb after a request ("… so I can send the cards")
keep their reading.

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
        "send the Costco list to my phone",
        "send the shopping list to Tom",
        "send Tom the Costco list",
        "отправь список дел Пете в телеграм",
        "перешли Маше список дел на субботу",
    ],
)
def test_a_list_sent_asks(text: str) -> None:
    assert answer_to(text, RULES_ALONE) == ASK
    assert answer_to(text) == ASK


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("send Tom to the shop for milk", task_answer("Send Tom to the shop for milk", "u-anna")),
        ("add envelopes to the list so I can send the cards", shopping_answer("envelopes")),
        ("скинь в список гречку и рис", shopping_answer("гречка", "рис")),
    ],
)
def test_a_sending_near_miss_keeps_its_answer(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text, RULES_ALONE) == answer
