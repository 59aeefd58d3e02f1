"""Issue #12, round 34: advice, instructions and notices passed on from outside the household,
and requests aimed outside the app, are no tasks or items (SPEC §4, "The open world"; §4 row 3).

* advice under its adviser's heading ("From Dad's dietitian: …", "Врач: …") is told, asked of
  no one (``_nouns_told._advice_reported``);
* a recipe's line measured "to taste" ("Add salt and pepper to taste", "Добавить соль и перец
  по вкусу") is a recipe pasted (``_pasted.is_recipe``);
* a task put on someone's household ("put a task on Bec's household …") is another household's
  (``_corridor._dwelling_owned``);
* "put on" and a performer's name ("put on Rostropovich, the Bach suites") plays media
  (``_corridor._plays_by_name``).

Each row asserts the whole answer; the near-misses keep the household's own requests.
"""

from __future__ import annotations

from typing import Any

import pytest

from policy_core.testing import answer_to, shopping_answer, task_answer

_INTENT = ("clarify", ("intent",))
_DEVICE = ("reject", "device_control_not_supported")
_FOREIGN = ("reject", "foreign_household")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # advice under its adviser's heading
        (
            "From Dad's dietitian: more fibre, less salt, 6 glasses of water a day, walk after lunch",
            _INTENT,
        ),
        ("From the physio: stretch twice a day, ice the knee, walk after dinner", _INTENT),
        # (the next three were so read before, by other rules: pinned beside the new ones)
        ("Врач: меньше соли, гулять после обеда", _INTENT),
        ("От педиатра: давать витамин D по утрам", _INTENT),
        ("Dentist: floss every night, no sweets", _INTENT),
        # a recipe's line measured to taste
        ("Add salt and pepper to taste", _INTENT),
        ("add the parmesan to taste", _INTENT),
        ("Добавить соль и перец по вкусу", _INTENT),
        # a task put on another household
        ("put a task on Bec's household for her to give our esky back", _FOREIGN),
        ("add a task to Bec's household: return the ladder", _FOREIGN),
        ("put a task on the Kellys' household to return our ladder", _FOREIGN),  # (so before)
        ("add a reminder to Kate's household to water our plants", _FOREIGN),
        # a performer put on
        ("put on Rostropovich, the Bach suites, like quietly", _DEVICE),
        ("put on Taylor Swift", _DEVICE),
        ("please put on Adele", _DEVICE),
        ("put on the Beatles", _DEVICE),
        ("Put on the Frozen soundtrack", _DEVICE),  # (so before: a film's soundtrack)
    ],
)
def test_passed_on_or_aimed_outside(text: str, expected: tuple[Any, ...]) -> None:
    assert answer_to(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the household's own requests beside advice
        ("From Mum: buy milk and bread", shopping_answer("milk", "bread")),
        ("From the vet: buy worming tablets", shopping_answer("worming tablets")),
        ("From the vet: add worming tablets to the list", shopping_answer("worming tablets")),
        # an amount to buy, no taste
        ("add salt and pepper to the list", shopping_answer("salt", "pepper")),
        ("добавь соль и перец в список", shopping_answer("соль", "перец")),
        # a household's own task that only names another household
        (
            "add a task: take the casserole to Bec's family",
            task_answer("Take the casserole to Bec's family", "u-anna"),
        ),
        ("Tom's mum's house: remind Tom to fix her gate", task_answer("Fix her gate", "u-tom")),
        ("add milk to the Smiths' household list", _FOREIGN),
        # "put on" a garment, a wash, a device
        ("put on your coat, Jack", _INTENT),
        ("put on Tom's coat", _INTENT),
        ("put the kettle on", _DEVICE),
        # the review's sentences (r34o): a shop's list named, a member asked under the heading
        ("put on Costco Ensure", ("start_job", ("ensure",), ())),
        ("Put on Costco Kirkland Coffee", ("start_job", ("kirkland coffee",), ())),
        (
            "Врач: гулять после обеда, Петя, погуляй с дедушкой в 2",
            task_answer("Погуляй с дедушкой", "u-petya"),
        ),
    ],
)
def test_the_households_own_requests_stay(text: str, expected: tuple[Any, ...]) -> None:
    assert answer_to(text) == expected


@pytest.mark.parametrize(
    ("text", "first_item"),
    [
        ("Add pepper, the recipe says salt and pepper to taste", "pepper"),
        ("add salt, the recipe says salt to taste and we're out", "salt"),
        ("add chilli flakes, the recipe says chilli to taste", "chilli flakes"),
    ],
)
def test_to_taste_in_a_reason_keeps_the_request(text: str, first_item: str) -> None:
    # only the request's first item is asserted: the reason clause's leftovers ("recipe says
    # salt") are the reason-clause family's, not this one's
    answer = answer_to(text)
    assert answer[0] == "start_job", answer
    assert answer[1][0] == first_item, answer


def test_a_member_asked_under_an_advisers_heading_keeps_the_task() -> None:
    answer = answer_to("From the GP: walk after lunch, Tom please take Dad out at 2")
    assert answer[0] == "start_job", answer
    assert [task[1] for task in answer[2]] == ["u-tom"], answer
