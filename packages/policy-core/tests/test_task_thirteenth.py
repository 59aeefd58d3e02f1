"""Issue #12, household tasks read right (SPEC §4.2), the b13 round: who a frame names.

A frame that names the doer ("напомни X …", "пусть X …", "remind/ask X to …", "X needs to
…") takes the person in its slot as the doer. When that person is named by a noun, no member
is: the people who work in and around a home but are no part of the household (movers,
landlords and landladies, tenants and lodgers, builders and trades, couriers, drivers,
concierges, cleaners) make a word class of their own, enumerated for both languages, and a
task framed for one of them asks who in the household does it instead of being put down for
the speaker with the person in its title. A member who is told to call such a person still
does the task. Each row is decided through ``decide()`` against the default household (Анна,
Петя, Маша, Tom; Wednesday 2026-03-04, 10:00 in Moscow); none is a golden sentence.
"""

from __future__ import annotations

import pytest

from policy_core.testing import decide_text, tasked


@pytest.mark.parametrize(
    "text",
    [
        "пусть курьер оставит посылку у двери",
        "напомни риелтору прислать договор",
        "Маша, пусть мастер посмотрит стиралку",
        "напомни плиточнику в пятницу в 8 привезти затирку",
        "пусть хозяин квартиры до среды заменит смеситель",
        "remind the movers to bring straps on Saturday",
        "ask the locksmith to change the lock tomorrow",
        "the landlady needs to fix the boiler",
        "remind the decorator to finish the hallway by Friday",
    ],
)
def test_a_person_outside_the_household_in_the_frame_asks_who(text: str) -> None:
    document = decide_text(text)
    assert document["action"] == "clarify", document
    assert document["payload"].get("missing_fields") == ["task.assignee_id"]


@pytest.mark.parametrize(
    ("text", "title", "assignee"),
    [
        ("Напомни Пете позвонить мастеру", "Позвонить мастеру", "u-petya"),
        ("remind Tom to call the locksmith", "Call the locksmith", "u-tom"),
        ("Маша, завтра встреть курьера", "Встреть курьера", "u-masha"),
    ],
)
def test_a_member_who_deals_with_such_a_person_still_does_the_task(
    text: str, title: str, assignee: str
) -> None:
    assert tasked(text) == (title, assignee)
