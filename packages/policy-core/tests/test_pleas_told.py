"""Issue #12, the open world (SPEC §4, "a task needs positive evidence"): "send help" said of
a hard day, as the corpus authors wrote it (round 22, false actions: "working doubles all
week, send help"). The phrase is among ``OpenWorldWords.plea_phrases``: no task of its own,
so alone intent is asked (beside a request: ``test_requests_beside_remarks.py``); sending
something else keeps its reading.

Decided through ``decide()`` against the bilingual default household, by the rules alone
(the evidence gate off) and with the default settings; none is a corpus or golden sentence.
"""

from __future__ import annotations

import pytest

from policy_core.testing import ASKS_WHAT_IS_MEANT, RULES_ALONE, answer_to, task_answer


@pytest.mark.parametrize(
    "text",
    [
        "teething baby and a deadline, send help",
        "three birthday parties this weekend. send help",
        "send help, the twins found the flour",
    ],
)
def test_send_help_is_a_remark(text: str) -> None:
    assert answer_to(text, RULES_ALONE) == ASKS_WHAT_IS_MEANT
    assert answer_to(text) == ASKS_WHAT_IS_MEANT


def test_sending_something_else_keeps_its_task() -> None:
    assert answer_to("remind Tom to send the rent", RULES_ALONE) == task_answer(
        "Send the rent", "u-tom"
    )
