"""Issue #12, sixteenth batch: a person after Russian "у" owns the thing or the place.

"у" and a person in the genitive says whose thing the deed is on or where it is done
("проверить у папы давление", "убрать у бабушки в комнате"); it never names who does the
deed, so a task with no other doer is the requester's or the member's called. Each row is
decided through ``decide()`` against the bilingual test household
(``policy_core.testing``); none is a golden sentence.
"""

from __future__ import annotations

import pytest

from policy_core.testing import decide_text, tasked


@pytest.mark.parametrize(
    ("text", "title", "doer"),
    [
        ("Петя, поменяй у бабушки лампочку", "Поменяй у бабушки лампочку", "u-petya"),
        ("напомни завтра померить у дедушки сахар", "Померить у дедушки сахар", "u-anna"),
        ("Маша, протри пыль у тёти в спальне", "Протри пыль у тёти в спальне", "u-masha"),
        ("напомни Пете забрать у соседки ключи", "Забрать у соседки ключи", "u-petya"),
    ],
)
def test_a_person_after_u_is_no_doer(text: str, title: str, doer: str) -> None:
    assert tasked(text) == (title, doer)


def test_a_person_asked_is_still_a_doer_who_is_no_member() -> None:
    document = decide_text("попроси сиделку поменять постельное бельё")
    assert document["action"] == "clarify"
    assert document["payload"]["missing_fields"] == ["task.assignee_id"]
