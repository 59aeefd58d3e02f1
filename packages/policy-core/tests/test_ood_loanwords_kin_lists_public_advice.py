"""Issue #12, round 38: precision out of domain; nothing that is no household request acts
(SPEC §4 row 3, "The open world").

* a device named by the word of the country a household lives in ("сделай Heizung на 22",
  "turn the Heizung up", "закрой Haustür", "закрой estores", "подними ролетне", "закрой трисы")
  is device control: ``lang._loanwords`` feeds ``CorridorWords.device_nouns`` and ``openable``;
* a list named by kin no member is called by, in the genitive after a list preposition and a
  list word ("добавь … в список бабушки"), is another household's
  (``CorridorWords.list_keeping_kin``, ``_corridor.outsiders_list``), unless a member or a list
  of the household is called so;
* advice told to the public in the third person ("Residents should complete preparations",
  "жителям рекомендуется …", "жителей просят …") and an alert in effect ("… WATCH in effect")
  are a notice, clarified (``OpenWorldWords.call_phrases``, ``notice_phrases``).

Each row asserts the whole answer; the near-misses keep the household's own requests.
"""

from __future__ import annotations

from typing import Any

import pytest

from policy_core.testing import (
    DEFAULT_LISTS,
    DEFAULT_MEMBERS,
    answer_to,
    full_answer,
    shopping_answer,
    task_answer,
)

_INTENT = ("clarify", ("intent",))
_DEVICE = ("reject", "device_control_not_supported")
_FOREIGN = ("reject", "foreign_household")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a device by the word of the country the household lives in
        ("сделай Heizung в спальне на 21", _DEVICE),
        ("turn the Heizung down in the kids room", _DEVICE),
        ("закрой Haustür, пожалуйста", _DEVICE),
        ("open the Rollladen in the kitchen", _DEVICE),
        ("включи Waschmaschine на 40", _DEVICE),
        ("выключи Backofen", _DEVICE),
        ("switch the Spülmaschine on", _DEVICE),
        ("turn on the Lüftung in the bathroom", _DEVICE),
        ("закрой persianas в спальне", _DEVICE),
        ("подними ролетне на кухне", _DEVICE),
        ("закрой трисы в спальне", _DEVICE),
        ("закрой ставни в спальне", _DEVICE),
        # a list kept by kin no member is called by
        ("запиши кефир в список бабушки", _FOREIGN),
        ("добавь в список покупок дедушки хлеб", _FOREIGN),
        ("закинь творог в список мамы, она у себя дома", _FOREIGN),
        # advice to the public, an alert in effect
        ("WINTER STORM WARNING in effect. Residents should keep water and blankets", _INTENT),
        ("Motorists are urged to avoid the bridge: salt trucks working overnight", _INTENT),
        ("Flood advisory remains in effect. Residents are advised to boil tap water.", _INTENT),
        ("В связи с морозами жителям рекомендуется запастись продуктами.", _INTENT),
        ("Из-за паводка жителей просят подготовить документы, воду и фонарики.", _INTENT),
    ],
)
def test_not_a_household_request(text: str, expected: tuple[Any, ...]) -> None:
    assert answer_to(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a foreign device noun as a product, a chore's object or a subject told
        ("купи фильтр для Lüftung", shopping_answer("фильтр для lüftung")),
        ("добавь мешки для Staubsauger в список", shopping_answer("мешки для staubsauger")),
        ("Tom please clean the Backofen on Saturday", task_answer("Clean the Backofen", "u-tom")),
        (
            "напомни мне позвонить насчёт Heizung завтра",
            task_answer("Позвонить насчёт Heizung", "u-anna"),
        ),
        ("Петя, покрась ставни в субботу", task_answer("Покрась ставни", "u-petya")),
        ("Heizung не работает", _INTENT),
        ("закрой окно в спальне", _INTENT),
        # a list for kin, kin's products, the household's own list, a member's
        ("добавь в список для бабушки молоко", shopping_answer("молоко")),
        ("добавь в список дедушкины лекарства", shopping_answer("дедушкины лекарства")),
        ("мама, добавь молоко в список", shopping_answer("молоко")),
        ("добавь молоко в список Пети", shopping_answer("молоко")),
        # a list followed, not added to
        ("купи всё по списку мамы", ("clarify", ("item.name",))),
        # a notice's words beside a request the household makes
        (
            "купи воды, жителям рекомендуется запастись",
            shopping_answer("вода"),
        ),
        (
            "buy water and batteries, the hurricane watch is in effect",
            shopping_answer("water", "batteries"),
        ),
        ("В связи с простудой прошу купить мёд", shopping_answer("мёд")),
    ],
)
def test_household_request_kept(text: str, expected: tuple[Any, ...]) -> None:
    assert answer_to(text) == expected


def test_kin_called_by_a_member_or_a_list_is_the_households() -> None:
    members = [*DEFAULT_MEMBERS, {"user_id": "u-gran", "display_name": "Бабушка"}]
    assert full_answer("добавь молоко в список бабушки", members=members) == (
        "start_job",
        (("молоко", None, None, "l-groceries"),),
        (),
    )
    lists = [*DEFAULT_LISTS, {"list_id": "l-gran", "name": "Бабушка"}]
    assert full_answer("добавь молоко в список бабушки", lists=lists) == (
        "start_job",
        (("молоко", None, None, "l-gran"),),
        (),
    )
