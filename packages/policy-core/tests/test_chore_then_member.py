"""Issue #12, the open world (SPEC §4.2), round 23: a chore named first, then the member
whose duty it is, with no verb, as the wording corpus's authors wrote it (the family of
Russian and mixed-language requests the rules did not recognise).

- "посуда на Маше", "мусор за Петей сегодня", "уборка в ванной на Пете, в субботу": a
  chore (a duty head) opening the text, then a member after a duty preposition
  (``TaskWords.duty_holders``: "на", "за"), after a dash, a colon, a comma or a full stop, or
  in the dative ("мусор Пете"): that member's task, as "Маше посуда" already was
  (``_clauses._chore_then_member``, the mirror of ``_member_visit``).
- What stays: the member in the genitive ("посуда Маши": whose dishes), a verb ("мусор на
  Пете висит", "уборка на Маше была вчера"), any word past more chores, when, where, marks
  and fillers ("посуда на Маше, как всегда"), a device's noun ("пылесос на Маше"), a
  question.

Each row is decided through ``decide()`` against the bilingual default household (members
Анна, Петя, Маша, Tom). Every row of the table that tasks was answered with a clarify of
intent before this rule.
"""

from __future__ import annotations

from typing import Any

import pytest

from policy_core.testing import ASKS_WHAT_IS_MEANT, answer_to, task_answer


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("стирка на Анне", task_answer("Стирка", "u-anna")),
        ("посуда за Машей", task_answer("Посуда", "u-masha")),
        ("мусор за Петей сегодня вечером", task_answer("Мусор", "u-petya")),
        ("мусор и посуда на Пете", task_answer("Мусор и посуда", "u-petya")),
        ("уборка в ванной на Маше, в субботу", task_answer("Уборка в ванной", "u-masha")),
        ("мусор Пете", task_answer("Мусор", "u-petya")),
        ("посуда — Маша", task_answer("Посуда", "u-masha")),
        ("посуда! Маша!", task_answer("Посуда", "u-masha")),
        ("bins, Tom, tonight", task_answer("Bins", "u-tom")),
        ("мусор. Петя. Вечером.", task_answer("Мусор", "u-petya")),
    ],
)
def test_a_chore_then_its_member_is_the_members_task(text: str, expected: tuple[Any, ...]) -> None:
    assert answer_to(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("посуда Маши", ASKS_WHAT_IS_MEANT),
        ("мусор на Пете висит", ASKS_WHAT_IS_MEANT),
        ("уборка на Маше была вчера", ASKS_WHAT_IS_MEANT),
        ("посуда на Маше, как всегда", ASKS_WHAT_IS_MEANT),
        ("пылесос на Маше", ASKS_WHAT_IS_MEANT),
        ("dishes, Tom?", ASKS_WHAT_IS_MEANT),
        ("the dishes, Tom said he'd do them", ASKS_WHAT_IS_MEANT),
        ("Маше посуда", task_answer("Посуда", "u-masha")),
        ("laundry: Tom", task_answer("Laundry", "u-tom")),
    ],
)
def test_near_misses_keep_their_answer(text: str, expected: tuple[Any, ...]) -> None:
    assert answer_to(text) == expected
