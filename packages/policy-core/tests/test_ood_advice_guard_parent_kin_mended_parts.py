"""Round 38's review (r38o): what the out-of-domain readers must leave to the household.

* beside an alert in effect or advice to the public (``OpenWorldWords.advice_phrases``), one
  reader asked outside the advice's own clause keeps the request: a buying verb, an English
  chore or errand verb opening a clause, a need before a verb ("нужно переставить", "need to
  water"); "Residents should buy water" asks the public, and only an alert's noun is in
  effect ("the discount remains in effect" is no alert);
* "мама"/"папа" said by a child name a parent of the household: a list of theirs is the
  household's (``CorridorWords.parent_kin``, ``HouseholdIndex.parents_outside``);
* a device's part mended ("fix the front door lock", "repair the Haustür lock") is a chore, not
  the device worked.

The sentences are the reviewer's (items 1-4), not golden's.
"""

from __future__ import annotations

from typing import Any

import pytest

from policy_core.testing import answer_to, full_answer, shopping_answer, task_answer

_INTENT = ("clarify", ("intent",))
_DEVICE = ("reject", "device_control_not_supported")
_FOREIGN = ("reject", "foreign_household")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a request beside an alert in effect
        ("Tornado watch in effect until 9 PM; buy batteries and candles",
         shopping_answer("batteries", "candles")),
        ("Flood warning in effect until 6 PM. Buy sandbags", shopping_answer("sandbags")),
        ("Heat advisory in effect, get 2 bottles of water", shopping_answer("water")),
        ("Heat advisory in effect. Need to water the garden tonight",
         task_answer("Water the garden", "u-anna")),
        ("Frost advisory in effect tonight, bring the plants in from the garden",
         task_answer("Bring the plants in from the garden", "u-anna")),
        ("The discount remains in effect until Sunday, buy 3 packs of diapers",
         shopping_answer("diapers")),
        # a need beside advice to the public
        ("Жителей просят не парковаться во дворе, нужно переставить машину завтра",
         task_answer("Переставить машину", "u-anna")),
    ],
)  # fmt: skip
def test_request_beside_an_alert_or_advice_kept(text: str, expected: tuple[Any, ...]) -> None:
    assert answer_to(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        (
            "WINTER STORM WATCH in effect from Thursday evening through Saturday morning. "
            "Residents should buy bottled water and batteries."
        ),
        (
            "HURRICANE WATCH in effect for the coast. Residents should complete preparations: "
            "water, batteries, medications."
        ),
        "HEAT ADVISORY in effect until 8 PM. Residents should drink plenty of water.",
        "жителям рекомендуется запастись питьевой водой и не выходить из дома",
        "МЧС: жителям рекомендуется купить запас свечей и батареек",
    ],
)
def test_advice_to_the_public_alone_is_a_notice(text: str) -> None:
    assert answer_to(text) == _INTENT


@pytest.mark.parametrize(
    "text",
    [
        "добавь чипсы в список мамы",
        "добавь в список мамы молоко",
        "добавь в список покупок мамы йогурт",
        "добавь чипсы в список папы",
    ],
)
def test_a_childs_mother_is_a_member(text: str) -> None:
    assert answer_to(text, user_id="u-petya")[0] == "start_job"


def test_a_parents_mother_and_grandmother_live_elsewhere() -> None:
    assert answer_to("добавь чипсы в список мамы") == _FOREIGN  # Анна's mother
    assert answer_to("добавь молоко в список бабушки", user_id="u-petya") == _FOREIGN
    members = [{"user_id": "u-anna", "display_name": "Анна", "role": "child"}]
    assert answer_to("добавь чипсы в список мамы", members=members) == _FOREIGN


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("need to fix the Haustür lock this weekend", ("Fix the Haustür lock", "u-anna")),
        ("Tom, repair the Haustür lock on Saturday", ("Repair the Haustür lock", "u-tom")),
        ("need to fix the front door lock this weekend", ("Fix the front door lock", "u-anna")),
    ],
)
def test_a_part_mended_is_a_chore(text: str, expected: tuple[str, str]) -> None:
    assert answer_to(text) == task_answer(*expected)


@pytest.mark.parametrize("text", ["lock the Haustür please", "lock the front door"])
def test_a_lock_worked_is_device_control(text: str) -> None:
    assert answer_to(text) == _DEVICE


def test_full_answer_keeps_the_kin_out_of_no_list() -> None:
    assert full_answer("добавь молоко в список бабушки", user_id="u-petya") == _FOREIGN
