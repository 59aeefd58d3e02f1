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
        ("pick up the veg box on friday", shopping_answer("veg box")),
    ],
)
def test_outsider_asked_to_fetch(text: str, expected: tuple[object, ...]) -> None:
    assert answer_to(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "have Tom pick up the veg box",  # a member asked: never asked who does it
        "get Tom to pick up the bread rolls on friday",
    ],
)
def test_member_asked_to_fetch_is_no_outsider(text: str) -> None:
    assert answer_to(text) != ASSIGNEE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a role or kinship noun before a MEMBER's name: the member does it (SPEC §4.2)
        ("Брату Пете надо вынести мусор", task_answer("Вынести мусор", "u-petya")),
        ("сестре Маше нужно полить цветы", task_answer("Полить цветы", "u-masha")),
        ("маме Анне надо забрать посылку", task_answer("Забрать посылку", "u-anna")),
        ("Dad Tom to fix the sink", task_answer("Fix the sink", "u-tom")),
        ("my husband Tom needs to clean the gutters", task_answer("Clean the gutters", "u-tom")),
        ("our son Tom to mow the lawn", task_answer("Mow the lawn", "u-tom")),
        # all in capitals: the title and name are still read, the deed after "TO" too
        ("GRANDMA SUE TO PICK UP THE CAKE", ASSIGNEE),
        ("UNCLE RAJ TO GET THE CHARCOAL", ASSIGNEE),
    ],
)
def test_role_noun_before_member(text: str, expected: tuple[object, ...]) -> None:
    assert answer_to(text) == expected


OTHER_MEMBERS = (
    {"user_id": "u-oleg", "display_name": "Олег", "role": "parent", "workload_score": 0.2},
    {"user_id": "u-olga", "display_name": "Ольга", "role": "parent", "workload_score": 0.3},
    {"user_id": "u-lucy", "display_name": "Lucy", "role": "child", "workload_score": 0.1},
    {"user_id": "u-kate", "display_name": "Kate", "role": "parent", "workload_score": 0.4},
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another household's members behind a role noun, in both languages and scripts
        ("мужу Олегу надо починить кран", task_answer("Починить кран", "u-oleg")),
        ("сестре Ольге надо помыть полы", task_answer("Помыть полы", "u-olga")),
        ("our daughter Lucy needs to clean her room", task_answer("Clean her room", "u-lucy")),
        ("жене Kate надо помыть машину", task_answer("Помыть машину", "u-kate")),
    ],
)
def test_role_noun_before_member_other_household(text: str, expected: tuple[object, ...]) -> None:
    assert answer_to(text, members=OTHER_MEMBERS, user_id="u-oleg") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ben должен в субботу покрасить забор", ASSIGNEE),
        ("Noah должен забрать велосипед из ремонта", ASSIGNEE),
        ("Chris пусть помоет машину вечером", ASSIGNEE),
        # near-misses: a product, a shop or a day spelt in Latin is no doer
        ("Milk нужно купить", shopping_answer("milk")),
        ("Tomorrow нужно забрать посылку", task_answer("Забрать посылку", "u-anna")),
    ],
)
def test_latin_name_before_russian_link(text: str, expected: tuple[object, ...]) -> None:
    assert answer_to(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a brand, device, car or shop before "надо"/"нужно" or an imperative is what the deed
        # is on, no doer: the speaker's task, as before
        "Xbox надо отнести в ремонт",
        "Dyson нужно почистить",
        "Zara надо вернуть платье",
        "Samsung надо отнести в сервис",
        "Philips почини",
        "Tesla помой",
        "Volvo помой",
    ],
)
def test_latin_brand_before_russian_verb_is_no_doer(text: str) -> None:
    assert answer_to(text)[0] == "start_job"


@pytest.mark.parametrize(
    "text",
    [
        # a task noun the remark tells about, with a finite verb or a negation, tags no task
        "Коле задача не понравилась",
        "Вере задание понравилось",
        "Коле задачка не нравится",
    ],
)
def test_task_noun_in_a_remark_is_no_tag(text: str) -> None:
    assert answer_to(text) != ASSIGNEE


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
