"""A doer who is no household member, named by a person noun and a name (issue #12, round 22):
a kinship or role noun in the dative opening the clause with the name it carries, before the
doer's link ("тёте Наде надо …", "соседу Игорю нужно …"); an English role noun opening the
clause before "to" and a deed, with its name after it or before it ("our nanny Rosa to …",
"Marek the plumber to …", "the gardener to …"); a soft buying verb after a verb that asks a
capitalised non-member ("have Priya pick up …", "get Marco to pick up …"); a Latin-spelt
name before a Russian doer's link and verb ("Ben должен покрасить …"); a name read first as
another word before a task's noun ("Коле задача: …"). Each asks who does it
(SPEC §4.2); members so placed, a relative as the object, a purchase for one still act."""

from __future__ import annotations

import pytest

from policy_core.testing import answer_to, shopping_answer, task_answer

ASSIGNEE = ("clarify", ("task.assignee_id",))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person noun in the dative and the name it carries, then the doer's link
        ("Дедушке Коле нужно в среду починить забор", ASSIGNEE),
        ("соседу Игорю надо завтра полить цветы", ASSIGNEE),
        ("няне Свете надо в пятницу погладить бельё", ASSIGNEE),
        ("бабушка Нина пусть в воскресенье испечёт пирог", ASSIGNEE),
        # near-misses: a member in the dative acts; a relative as the object or the one a
        # purchase is for is no doer
        ("Пете нужно починить забор", task_answer("Починить забор", "u-petya")),
        (
            "надо встретить дедушку Колю на вокзале",
            task_answer("Встретить дедушку Колю на вокзале", "u-anna"),
        ),
        ("купи дедушке таблетки от давления", shopping_answer("таблетки от давления")),
    ],
)
def test_relative_with_name_before_link(text: str, expected: tuple[object, ...]) -> None:
    assert answer_to(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Marek the plumber to sort the leaking tap tomorrow", ASSIGNEE),
        ("our nanny Rosa to iron the school shirts on monday", ASSIGNEE),
        ("the gardener to trim the hedge next week", ASSIGNEE),
        ("my cleaner Ana needs to do the windows", ASSIGNEE),
        # near-misses: a member named so still does it; a person noun as the object is none
        ("Tom the handyman to fix the gate", task_answer("Fix the gate", "u-tom")),
        ("remind Tom to call the plumber", task_answer("Call the plumber", "u-tom")),
    ],
)
def test_role_noun_before_to(text: str, expected: tuple[object, ...]) -> None:
    assert answer_to(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("have Priya pick up the veg box on friday", ASSIGNEE),
        ("get Marco to pick up the bread rolls on friday", ASSIGNEE),
        ("have Hannah pick up the cake from the bakery", ASSIGNEE),
        # a person noun before the name, as a title ("Grandma Sue", "Uncle Pete")
        ("Auntie Jo to pick up the birthday balloons", ASSIGNEE),
        ("Uncle Raj needs to get the charcoal for the bbq", ASSIGNEE),
        # near-misses: a member asked so, and a plain purchase, are read as before
        ("have Tom pick up the veg box", shopping_answer("veg box")),
        ("pick up the veg box on friday", shopping_answer("veg box")),
    ],
)
def test_outsider_asked_to_fetch(text: str, expected: tuple[object, ...]) -> None:
    assert answer_to(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ben должен в субботу покрасить забор", ASSIGNEE),
        ("Noah нужно забрать велосипед из ремонта", ASSIGNEE),
        ("Chris пусть помоет машину вечером", ASSIGNEE),
        # near-misses: a product, a shop or a day spelt in Latin is no doer
        ("Milk нужно купить", shopping_answer("milk")),
        ("Tomorrow нужно забрать посылку", task_answer("Забрать посылку", "u-anna")),
    ],
)
def test_latin_name_before_russian_link(text: str, expected: tuple[object, ...]) -> None:
    assert answer_to(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name whose first reading is another word ("Коле": "кола"), then a task's noun
        ("Коле задача: в субботу поменять колесо", ASSIGNEE),
        ("Вере задачка — отнести книги в библиотеку", ASSIGNEE),
        ("разобрать антресоль, Кате таска", ASSIGNEE),
        # near-misses: a member so named still gets it
        ("Маше задача: разобрать антресоль", task_answer("Разобрать антресоль", "u-masha")),
    ],
)
def test_name_before_task_noun(text: str, expected: tuple[object, ...]) -> None:
    assert answer_to(text) == expected
