"""Issue #12, tenth batch: a member's arranged deed told, then a reminder asked.

"Tom's taking the car in tomorrow, remind him to take the spare key": the first clause tells
what the member has arranged (a form of "be", a gerund, a when), which alone is read as their
task; a remind frame after it is what the message asks, so its deed is the task's title.
Each row is decided through ``decide()`` against the bilingual test household
(``policy_core.testing``); none is a golden sentence.
"""

from __future__ import annotations

import pytest

from policy_core.testing import decide_text, task_of


@pytest.mark.parametrize(
    ("text", "title", "assignee"),
    [
        (
            "Tom's picking up the kids on Friday, remind him to bring the booster seat",
            "Bring the booster seat",
            "u-tom",
        ),
        (
            "Tom is cleaning the garage on Sunday, remind him to keep the old bike",
            "Keep the old bike",
            "u-tom",
        ),
    ],
)
def test_the_reminder_after_an_arranged_deed_is_the_task(
    text: str, title: str, assignee: str
) -> None:
    document = decide_text(text)
    assert document["action"] == "start_job", document
    task = task_of(document)
    assert task is not None
    assert task["title"] == title
    assert task["assignee_id"] == assignee


def test_an_arranged_deed_alone_is_still_the_task() -> None:
    task = task_of(decide_text("Tom's collecting the parcel on Friday"))
    assert task is not None
    assert task["title"] == "Collect the parcel"
