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


@pytest.mark.parametrize(
    "text",
    [
        "Маша, скажи Сереже полить цветы",
        "Анна, скажи Светке вынести мусор",
        "Петя, скажи Диме помыть посуду",
    ],
)
def test_a_task_passed_on_to_one_who_is_no_member_asks_who(text: str) -> None:
    # the frame that passes the task on names its doer (``_tasks._other_doer`` reads from it):
    # one who is no member asks who should do it, the member called does not take it
    assert answer_to(text) == ("clarify", ("task.assignee_id",))


@pytest.mark.parametrize(
    "text",
    [
        "Маша, передай Пете, что гости придут в пять",
        "Маша, передай, пожалуйста, Пете, что гости придут завтра",
        "Anna, tell Tom thanks",
        "Tom, tell Anna good night",
    ],
)
def test_a_message_passed_on_is_no_task(text: str) -> None:
    # a member called, a verb that passes words on, a second member and no deed
    # (``_read._told_message``): the message is no task, the intent is asked
    assert answer_to(text) == ("clarify", ("intent",))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # with a due: a thing handed over later (bare, it is handed in the room: no task,
        # tests/test_spoken_to_in_the_room.py)
        ("Маша, передай Пете ключи вечером", task_answer("Пете ключи", "u-masha")),
        ("Маша, скажи Пете, пусть вынесет мусор", task_answer("Вынести мусор", "u-petya")),
    ],
)
def test_near_misses_of_a_message_passed_on(text: str, expected: tuple[object, ...]) -> None:
    assert answer_to(text) == expected
