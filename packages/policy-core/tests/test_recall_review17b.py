"""Review of recall17's later commits (issue #12, session 11, FIX_BRIEF17b): every row asserts
the whole answer (the clarify's fields, or each task's title and doer, or the items' names).

- 8194c07: a bare day word ("tomorrow", "Friday") opens an adverbial that holds only time
  words ("tomorrow morning", "tonight at 7"); a subject after it ("the cleaners", "our
  cousins") is no adverbial, so the member spoken to is asked nothing of theirs. "rotate" and
  "grit" are no doer verbs ("rotate the screen" is a device command, "grit your teeth" an
  idiom).
- 3839a23: before a colon, a shop or a list word heads a request only when what follows does not
  open with a pronoun of its own ("Costco: we're out of nothing" is a remark); a dative heads one
  only as a first name before the deed in the infinitive ("Пете: вынести мусор"), never a
  message written to someone ("Диме: купи хлеба, я …", "Начальнику: …").
- ae6b9ef: a person after "у" is whose place the deed is on only right after the deed's verb, an
  imperative or infinitive with no mark between ("вынеси мусор, у Гриши ключи" is a remark of
  its own) and no telling verb ("скажи, чтобы у Гриши убрали" names no deed of its own).
- 91f4ca9: only a trigger word that is a unit is excused after a number ("2 packs"), not a
  chore ("2 charge overnight").
- da90873: a chore told, then put down, is one question-free clause opening the text, not a
  habit begun or kept ("с завтрашнего дня", "всегда": when a reminder of it falls is not
  said); a member right after the told verb is its subject, not one called for the later
  clause ("ванную драит Дима, запиши ему …").
"""

from __future__ import annotations

from typing import Any

import pytest

from policy_core.testing import answer_to as answer
from policy_core.testing import task_answer as task

Answer = tuple[Any, ...]
_PETYA, _MASHA, _TOM = "u-petya", "u-masha", "u-tom"
INTENT: Answer = ("clarify", ("intent",))
WHO: Answer = ("clarify", ("task.assignee_id",))
TITLE: Answer = ("clarify", ("task.title",))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tom, tomorrow the cleaners hoover the stairs", INTENT),
        ("Tom, today the kids walk the dog", INTENT),
        ("Tom, tomorrow the neighbours walk our dog", INTENT),
        ("Tom, tonight the neighbours oil their gate", INTENT),
        ("Tom, tomorrow the car goes in for service", INTENT),
        ("Tom, friday our cousins walk the dog", INTENT),
        ("Tom, rotate the screen please", INTENT),
        ("Tom, rotate the telly", INTENT),
        ("Tom, rotate the photo", INTENT),
        ("Tom, grit your teeth and finish the exam", task("Finish the exam", _TOM)),
        ("Tom, just grit your teeth and do the dishes", task("Do the dishes", _TOM)),
        ("Tom, grit your teeth and sit the test", INTENT),
    ],
)
def test_a_day_word_opens_no_adverbial_over_a_subject(text: str, expected: Answer) -> None:
    assert answer(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tom, tomorrow morning swap the pillowcases", task("Swap the pillowcases", _TOM)),
        ("Tom, tonight at 7 oil the hinges", task("Oil the hinges", _TOM)),
        ("Tom, this weekend restack the logs", task("Restack the logs", _TOM)),
    ],
)
def test_a_day_and_its_time_words_still_come_before_the_deed(text: str, expected: Answer) -> None:
    assert answer(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Начальнику: я завтра опоздаю, купи мне кофе",
        "Диме: купи хлеба, я не успеваю",
        "Costco: we're out of nothing, I checked",
        "Task list: I finished all of mine",
        "Соседу: купи мне молока, я болею",
        "Маме: купи хлеба, я опаздываю",
        "Shopping list: we have everything, I looked",
    ],
)
def test_a_heading_before_a_message_of_its_own_is_no_request(text: str) -> None:
    assert answer(text) == INTENT


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("вынеси мусор, у Гриши ключи от подвала", WHO),
        ("скажи, чтобы у Гриши убрали в комнате", WHO),
        ("помой посуду, у Гриши гости", WHO),
        ("Маша, забери у бабушки пирог в субботу", task("Забери у бабушки пирог", _MASHA)),
    ],
)
def test_a_person_after_u_is_a_place_only_right_after_the_deed(text: str, expected: Answer) -> None:
    assert answer(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "batteries 4 pack, 2 charge overnight",
        "milk 2 cartons, 3 walk the dog",
        "bread 2 loaves, 1 clean the oven",
    ],
)
def test_only_a_unit_after_a_number_is_excused(text: str) -> None:
    assert answer(text) == INTENT


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("с завтрашнего дня Петя выносит мусор, напомни ему вечером", TITLE),
        ("Петя всегда моет посуду, напомни ему вечером", TITLE),
        ("со следующей недели Маша гладит бельё, напомни ей вечером", TITLE),
        ("с этой недели ванную драит Петя — напомни ему в субботу", TITLE),
        ("Петя моет посуду? напомни ему вечером", TITLE),
        ("Петя моет машину? напомни ему в субботу", TITLE),
        ("Маша моет окна, Петя пылесосит — напомни ему вечером", TITLE),
        ("Маша гладит бельё, а Петя — напомни ему вечером", TITLE),
        ("ванную драит Петя, запиши ему на понедельник", task("Ванную драить", _PETYA)),
        ("Петя сегодня моет посуду — напомни ему вечером", task("Мыть посуду", _PETYA)),
    ],
)
def test_a_chore_told_then_put_down_is_one_deed_of_one_clause(text: str, expected: Answer) -> None:
    assert answer(text) == expected
