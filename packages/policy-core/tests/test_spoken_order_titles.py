"""Russian titles said object first, verb last (round 38, family r38t).

"Петя пусть в субботу ковёр выбьет, дед велел": a deed told in the future of its doer, after
"пусть" or alone ("Петя ковёр выбьет"), is the deed as much as an imperative or an
infinitive is (``WordInfo.may_say_deed``), so a comment said after it past a mark ends the
title as it does after "выбей" or "выбить": who asked ("…, дед велел", "…, мама сказала"), a
clause that tells ("…, дождь пошёл", "…, машина не влезает"), a season's plan, things lying
about. A future said after a future deed goes on with the same doer ("…, картошку
привезёт"), a deed put on another member ("…, а Петя помоет пол") and a subordinate clause
("…, которые висят в детской") stay.

The title keeps the order the words were said in ("Половики вытрясти", "Цветы полить"): SPEC
§4.2 asks for the task in the user's words, and the open half of the golden data expects the
spoken order for about 90 such titles (a verb-first reading of them was measured and lost far
more cases than it won). Rows marked "guard" pass on the round's start tree too; every
other row fails there.
"""

from __future__ import annotations

from typing import Any

import pytest

from policy_core.testing import RULES_ALONE, full_answer

Answer = tuple[Any, ...]


def _task(title: str, assignee: str, due: str | None = None) -> Answer:
    return ("start_job", (), ((title, assignee, due),))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # who asked, after a deed told in the future
        (
            "Петя пусть в воскресенье половики из прихожей во дворе вытрясет, дед велел",
            _task("Половики из прихожей во дворе вытрясти", "u-petya", "2026-03-08"),
        ),
        ("пусть Маша вынесет мусор, мама сказала", _task("Вынести мусор", "u-masha")),
        ("Петя половики вытрясет, мама сказала", _task("Половики вытрясти", "u-petya")),
        # a clause that tells, a season's plan, things lying about
        (
            "Маша пусть бельё снимет с балкона, дождь пошёл",
            _task("Бельё снять с балкона", "u-masha"),
        ),
        ("пусть Петя гараж разберёт, машина не влезает", _task("Гараж разобрать", "u-petya")),
        ("пусть Петя дрова сложит, весной пригодятся", _task("Дрова сложить", "u-petya")),
        (
            "Маша пусть уберётся в детской, игрушки по всему полу",
            _task("Убраться в детской", "u-masha"),
        ),
        # what goes on with the deed stays (guards)
        (
            "пусть Петя съездит на рынок, картошку привезёт",
            _task("Съездить на рынок, картошку привезёт", "u-petya"),
        ),
        (
            "пусть Маша протрёт пыль, а Петя помоет пол",
            _task("Протереть пыль, а Петя помоет пол", "u-masha"),
        ),
        (
            "пусть Маша постирает шторы, которые висят в детской",
            _task("Постирать шторы, которые висят в детской", "u-masha"),
        ),
        # the imperative as before, and no comment: the title as said (guards)
        ("Петя, половики вытряси, дед велел", _task("Половики вытряси", "u-petya")),
        ("Петя пусть вынесет мусор", _task("Вынести мусор", "u-petya")),
        # the spoken order is kept: object first, the verb last (guards)
        ("напомни Пете половики вытрясти", _task("Половики вытрясти", "u-petya")),
        ("Маше завтра цветы полить", _task("Цветы полить", "u-masha", "2026-03-05")),
    ],
)
def test_comment_after_a_future_deed(text: str, expected: Answer) -> None:
    assert full_answer(text, settings=RULES_ALONE) == expected
