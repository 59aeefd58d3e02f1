"""Issue #12, round 33: a Russian deed said after its object, its place or its time keeps
the user's order in the task's title (SPEC §4.2 "Title": the task in the user's words,
without the scaffolding, the assignee phrase and the due phrase).

People, by voice and the elderly most, say what the deed acts on, where or when before the
verb ("напомни завтра суп с плиты снять", "Пете надо на балконе раму починить", "Маша пусть в
ванной приберётся"). The title is the deed in the words as said, the scaffolding cut:
"Суп с плиты снять", "На балконе раму починить"; a verb said in the future after "пусть"
is put in its infinitive where it stands ("В ванной прибраться"); a possessive or an
adjective said after its noun stays where it was said ("Очки мои …", "банки трёхлитровые").

The rules do not move the verb to the front. The golden open half keeps the spoken order in
69 titles that pass (b5 to b30: "Мусор вынести", "Кота к ветеринару отвезти", "В
поликлинику сходить к терапевту", "Казан большой с дачи привези"), and one author's batch
(b28ipd) asks for the verb first in 11 titles of the very same shapes ("Сходить в
поликлинику к терапевту"); at the evaluation's title threshold (a difflib ratio of 0.8 on
lemmas) no title passes both, and moving the verb to the front over the open half wins at
most 11 cases (7 by the move alone) and loses 69. ``tests/test_chore_titles.py`` (round 29) pins the same order after a
need ("Цветы на балконе полить").

Every row is decided through ``decide()`` against the bilingual test household
(``policy_core.testing``); none is a golden or a corpus sentence. The rows pin answers the
rules already give: a future change that reorders a title, loses the deed's words or makes a
told deed a request fails here.
"""

from __future__ import annotations

from typing import Any

import pytest

from policy_core.testing import full_answer

_GROCERIES = "l-groceries"
_TODAY = "2026-03-04"  # the test household's clock is a Wednesday morning, +03:00
_TOMORROW = "2026-03-05"
_FRIDAY = "2026-03-06"
_SATURDAY = "2026-03-07"
_NEXT_WEDNESDAY = "2026-03-11"  # "в среду" said on a Wednesday is next week's
_TONIGHT = "2026-03-04T19:00:00+03:00"


def _task(title: str, assignee: str, due: str | None = None) -> tuple[Any, ...]:
    return ("start_job", (), ((title, assignee, due),))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the object before the verb, after a remind verb
        ("напомни завтра суп с плиты снять", _task("Суп с плиты снять", "u-anna", _TOMORROW)),
        (
            "через два часа напомни суп с плиты снять",
            _task("Суп с плиты снять", "u-anna", "2026-03-04T12:00:00+03:00"),
        ),
        (
            "в пятницу напомни Пете книги в библиотеку отнести",
            _task("Книги в библиотеку отнести", "u-petya", _FRIDAY),
        ),
        # a place or a destination before the verb
        (
            "напомни в пятницу в поликлинику сходить к терапевту",
            _task("В поликлинику сходить к терапевту", "u-anna", _FRIDAY),
        ),
        (
            "пете надо в субботу в гараже порядок навести",
            _task("В гараже порядок навести", "u-petya", _SATURDAY),
        ),
        # a need with its doer in the dative, the object before the verb
        ("Пете надо на балконе раму починить", _task("На балконе раму починить", "u-petya")),
        (
            "на кухне банки трёхлитровые разобрать надо на выходных Пете",
            _task("На кухне банки трёхлитровые разобрать", "u-petya", _SATURDAY),
        ),
        # a possessive or an adjective said after its noun stays where it was said
        (
            "напомни Пете в среду очки мои из ремонта забрать",
            _task("Очки мои из ремонта забрать", "u-petya", _NEXT_WEDNESDAY),
        ),
        (
            "напомни Маше завтра куртку зимнюю из химчистки забрать",
            _task("Куртку зимнюю из химчистки забрать", "u-masha", _TOMORROW),
        ),
        # "пусть" and a future verb: the verb's infinitive where it stands
        (
            "Маша пусть в ванной приберётся сегодня вечером",
            _task("В ванной прибраться", "u-masha", _TONIGHT),
        ),
        (
            "Петя пусть в ванной кран подкрутит в субботу",
            _task("В ванной кран подкрутить", "u-petya", _SATURDAY),
        ),
        (
            "купи стиральный порошок а Маша пусть в ванной полотенца развесит",
            (
                "confirm",
                (("стиральный порошок", None, None, _GROCERIES),),
                (("В ванной полотенца развесить", "u-masha", None),),
            ),
        ),
    ],
)
def test_deed_said_last_keeps_its_order(text: str, expected: tuple[Any, ...]) -> None:
    assert full_answer(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title already said verb first is left as it is
        ("напомни Пете завтра вынести мусор", _task("Вынести мусор", "u-petya", _TOMORROW)),
        ("напомни мне завтра снять суп с плиты", _task("Снять суп с плиты", "u-anna", _TOMORROW)),
        ("Петя, убери в детской", _task("Убери в детской", "u-petya")),
        # a title in quotes is the user's title
        (
            'напомни Пете завтра "Очки из ремонта забрать"',
            _task("Очки из ремонта забрать", "u-petya", _TOMORROW),
        ),
        # English keeps its own order
        (
            "remind Tom tomorrow to take out the trash",
            _task("Take out the trash", "u-tom", _TOMORROW),
        ),
        # a deed told as done, or a member's past, is no request
        ("Петя в субботу гараж разбирал", ("clarify", ("intent",))),
        ("Маша в ванной прибралась", ("clarify", ("intent",))),
        ("суп с плиты", ("clarify", ("intent",))),
    ],
)
def test_near_misses_keep_their_answers(text: str, expected: tuple[Any, ...]) -> None:
    assert full_answer(text) == expected
