"""Issue #12, round 30 (recall): a chore asked of a member after a feeling, a lament or
another member's plan (``_clauses.handed_chore``, ``_clauses.lament_object``,
``_read._handed_chore``).

"ugh I'm exhausted, Tom can you do the dishes tonight", "у Маши музыкалка в 16:00, Петя пусть
помоет посуду": after a comma (and a word tying it to what was said: "поэтому", "so"), a
member is asked a chore ("Tom can you …", "Петя пусть …", "пусть Маша …", "Петя помой …").
When the part before it, read alone, asks nothing, the chore read alone is the task: its
doer, its title, its own due; the earlier clause's member and time do not pass to it. A bare
verb takes what the lament's own infinitive was done on ("устала мыть посуду, Петя помой" is
"Помой посуду").

Near-misses keep their answers: the earlier clause is itself the request ("Петя, помой
посуду, я устала"), a purchase before the chore (both asked), a comma after the member
("…, Петя, помой …" is read as it stands).

Every row is decided through ``decide()`` against the bilingual test household
(``policy_core.testing``); none is a golden or a corpus sentence. Each row of
``test_chore_after_a_lament`` answered otherwise before this round's rules.
"""

from __future__ import annotations

from typing import Any

import pytest

from policy_core.testing import full_answer


def _task(title: str, who: str, due: str | None) -> tuple[Any, ...]:
    return ("start_job", (), ((title, who, due),))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ugh I'm exhausted, Tom can you do the dishes tonight",
            _task("Do the dishes", "u-tom", "2026-03-04T19:00:00+03:00"),
        ),
        (
            "I'm so tired, Anna can you take out the trash",
            _task("Take out the trash", "u-anna", None),
        ),
        ("I'm beat, so Tom can you take the bins out", _task("Take the bins out", "u-tom", None)),
        ("устала мыть посуду, Петя помой сегодня", _task("Помой посуду", "u-petya", "2026-03-04")),
        ("надоело мыть полы, Маша помой завтра", _task("Помой полы", "u-masha", "2026-03-05")),
        ("устала мыть посуду, Петя пусть помоет", _task("Помыть посуду", "u-petya", None)),
        ("я устала, Tom пусть сегодня готовит ужин", _task("Готовить ужин", "u-tom", "2026-03-04")),
        ("я так устала, пусть Петя вынесет мусор", _task("Вынести мусор", "u-petya", None)),
        (
            "Петя в 17 на тренировке, поэтому пусть Маша выгуляет собаку",
            _task("Выгулять собаку", "u-masha", None),
        ),
        (
            "у Маши музыкалка в 16:00, Петя пусть помоет посуду",
            _task("Помыть посуду", "u-petya", None),
        ),
        (
            "у Пети футбол в 18, Маша пусть заберет посылку",
            _task("Забрать посылку", "u-masha", None),
        ),
        # said with no comma (a voice message), and another member's plan before
        ("я устала пусть Петя помоет посуду", _task("Помыть посуду", "u-petya", None)),
        (
            "Петя в 17 на тренировке поэтому пусть Маша выгуляет собаку",
            _task("Выгулять собаку", "u-masha", None),
        ),
        ("I'm beat so Tom can you take the bins out", _task("Take the bins out", "u-tom", None)),
        ("Tom will be late, Anna can you cook dinner", _task("Cook dinner", "u-anna", None)),
    ],
)
def test_chore_after_a_lament(text: str, expected: tuple[Any, ...]) -> None:
    assert full_answer(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Петя, помой посуду, я устала", _task("Помой посуду", "u-petya", None)),
        (
            "Tom can you do the dishes tonight, I'm exhausted",
            _task("Do the dishes", "u-tom", "2026-03-04T19:00:00+03:00"),
        ),
        ("я устала, Петя помой", _task("Помой", "u-petya", None)),
        # the chore's own time said first: no clause before it, the due stays
        (
            "завтра в 10, Петя пусть вынесет мусор",
            _task("Вынести мусор", "u-petya", "2026-03-05T10:00:00+03:00"),
        ),
        (
            "послезавтра вечером пусть Маша в гостиной пыль протрёт",
            _task("В гостиной пыль протереть", "u-masha", "2026-03-06T19:00:00+03:00"),
        ),
    ],
)
def test_request_first_stands(text: str, expected: tuple[Any, ...]) -> None:
    assert full_answer(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Собака на прививку, Петя пусть отведёт в субботу",
            _task("Собака на прививку, отвести", "u-petya", "2026-03-07"),
        ),
        ("Сугроб отгрести, пусть Петя", _task("Сугроб отгрести", "u-petya", None)),
    ],
)
def test_chore_said_before_the_comma_stays(text: str, expected: tuple[Any, ...]) -> None:
    """The chore alone is a bare verb or no title: what it is done on was said before."""
    assert full_answer(text) == expected


def test_purchase_before_the_chore_stays_both() -> None:
    answer = full_answer("купи молоко, Петя пусть помоет посуду")
    assert answer[0] == "confirm"
    assert answer[2] == (("Помыть посуду", "u-petya", None),)
