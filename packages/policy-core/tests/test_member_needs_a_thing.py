"""Issue #12, ninth batch: a member needs a thing, not a deed.

English reads verbs without morphology: after "<member> needs" a deed is a verb the rules
know ("Lucy needs hoover the stairs", "Jack needs to revise"); any other word opens what the
member needs ("Lucy needs new trainers", "Jack needs goggles, add them to the list"), a
purchase and no task. Each row is decided through ``decide()`` against the bilingual test
household (``policy_core.testing``); none is a golden sentence.
"""

from __future__ import annotations

import pytest

from policy_core.testing import decide_text, item_names, task_of


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Tom needs new trainers", ["new trainers"]),
        ("Tom needs swimming goggles, put them on the list", ["swimming goggles"]),
    ],
)
def test_a_thing_the_member_needs_is_bought(text: str, names: list[str]) -> None:
    document = decide_text(text)
    assert document["action"] == "start_job", document
    assert item_names(document) == names
    assert task_of(document) is None


def test_a_deed_the_member_needs_is_a_task() -> None:
    task = task_of(decide_text("Tom needs to service the boiler"))
    assert task is not None
    assert task["assignee_id"] == "u-tom"
