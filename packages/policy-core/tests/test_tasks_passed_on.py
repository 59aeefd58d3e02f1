"""A task passed on through the member spoken to (issue #12, round 23, task assignees), in
phrasings of our own, with the near-misses the rule must leave as they were:

- a member called before a mark, then a Russian imperative of a verb that passes a task on
  (``TaskWords.person_opener_lemmas``: "скажи", "напомни") and a second member right after
  it: the second does the task, the one called only passes it on
  (``_tasks._relayed_to`` through ``_spoken_to``);
- courtesy between a remind verb and its member ("напомни, пожалуйста, Пете …";
  ``TaskWords.relay_courtesies``, ``_tasks._after_courtesy``) leaves the member the doer;
- the member called with no second member does it; a member in the nominative after the
  call does it, as before.
"""

from __future__ import annotations

import pytest

from policy_core.testing import answer_to, task_answer


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Маша, скажи Пете полить цветы", task_answer("Полить цветы", "u-petya")),
        ("Анна, скажи Маше убрать игрушки", task_answer("Убрать игрушки", "u-masha")),
        ("Маша, напомни, пожалуйста, Пете полить цветы", task_answer("Полить цветы", "u-petya")),
    ],
)
def test_the_member_a_task_is_passed_to_does_it(text: str, expected: tuple[object, ...]) -> None:
    assert answer_to(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Маша, полей цветы", task_answer("Полей цветы", "u-masha")),
        ("Маша, Петя должен полить цветы", task_answer("Полить цветы", "u-petya")),
        ("скажи Пете полить цветы", task_answer("Полить цветы", "u-petya")),
        ("Маша, напомни Пете полить цветы", task_answer("Полить цветы", "u-petya")),
        ("напомни, плиз, Маше убрать игрушки", task_answer("Убрать игрушки", "u-masha")),
    ],
)
def test_near_misses_of_a_task_passed_on(text: str, expected: tuple[object, ...]) -> None:
    assert answer_to(text) == expected


@pytest.mark.parametrize(
    ("text", "relayed"),
    [
        ("Маша, скажи Пете полить цветы, а сама вынеси мусор", "u-petya"),
        ("Анна, скажи Пете помыть посуду, а ты пропылесось", "u-petya"),
        ("Анна, скажи Маше убрать игрушки, а сама протри пыль", "u-masha"),
    ],
)
def test_a_chore_of_the_member_spoken_to_is_not_passed_on(text: str, relayed: str) -> None:
    # an imperative after the deed passed on is the spoken-to member's own chore
    # (``_tasks._own_chore_after``): the member it is passed to is not given it
    _, _, tasks = answer_to(text)
    assert all(assignee != relayed for _, assignee in tasks)
