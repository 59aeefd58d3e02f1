"""A doer who is not a member of the household is asked about (issue #12, round 33; SPEC
§4.2: "A name that is not a member → clarify ["task.assignee_id"], options = member names").

Read: a relative in the dative after a remind or telling frame or opening the clause before
an infinitive ("напомни деду Толе …", "деду Толе проверить насос", "напомни тёще …"); a
relative or a helper called before a comma and an imperative ("няня, погуляй с собакой");
a name no dictionary knows opening the clause before a doer's link or an infinitive
("Марисоль пусть помоет окна"); "have"/"get" a person noun or a name placed by where they
live, then the deed's verb ("have the movers disassemble …", "get the cleaner to do …",
"have kyle from next door mow …"); a plural person noun, "need to" ("the movers need to
…"); the one a task is put down for before a member named in the deed ("make a task for
Rachel to pick Lucy up …").

Left as before (near-misses): the non-member only the one the deed is for or given to
("напомни мне позвонить бабушке", "напомни завтра дать Мише антибиотик", "напомни мне
отвезти яйца Тамаре Ивановне", "remind me to pick up grandma"), a member so placed ("make a
task for Tom to pick up Lucy", "have Tom pick up grandma"), kin one calls a member by ("мама,
забери Машу"), a purchase for someone ("купи маме цветы"), a story ("дед вчера проверил
насос", "the movers took the bunk bed yesterday"), a visit ("have grandma over")."""

from __future__ import annotations

from typing import Any

import pytest

from policy_core.testing import full_answer

ASSIGNEE = ("clarify", ("task.assignee_id",))

# the English household of the golden set: Lucy and Jack are members, so a deed done to them
# names a member the task is about, not its doer
EN_MEMBERS = (
    {"user_id": "u-emma", "display_name": "Emma", "role": "parent"},
    {"user_id": "u-tom", "display_name": "Tom", "role": "parent"},
    {"user_id": "u-lucy", "display_name": "Lucy", "role": "child"},
    {"user_id": "u-jack", "display_name": "Jack", "role": "child"},
)
EN: dict[str, Any] = {"members": EN_MEMBERS, "user_id": "u-emma"}
# the bilingual couple: Миша is no member
MIX: dict[str, Any] = {
    "members": (
        {"user_id": "u-oleg", "display_name": "Олег"},
        {"user_id": "u-kate", "display_name": "Kate"},
    ),
    "user_id": "u-oleg",
}


@pytest.mark.parametrize(
    "text",
    [
        "напомни деду Толе проверить насос в колодце",
        "напомни деду в субботу забрать внуков",
        "скажи деду проверить насос",
        "напомни тёще забрать внуков из садика",
        "напомни свекрови в пятницу испечь пирог",
        "деду Толе проверить насос в колодце",
        "няня, погуляй с собакой",
        "бабушка, испеки пирог в субботу",
        "Марисоль пусть помоет окна",
        "Марисоль завтра помыть окна",
    ],
)
def test_russian_outsider_asked_about(text: str) -> None:
    assert full_answer(text) == ASSIGNEE


@pytest.mark.parametrize(
    "text",
    [
        "make a task for Rachel to pick Lucy up from swim Thursday at 5:30, Tom says she offered",
        "have kyle from next door mow the lawn sat",
        "have the movers disassemble the bunk bed first",
        "have the cleaner do the bathroom on friday",
        "get the cleaner to do the oven friday",
        "have grandma pick Lucy up thursday",
        "have the neighbour's kid walk the dog",
        "the movers need to take the sofa first",
    ],
)
def test_english_outsider_asked_about(text: str) -> None:
    assert full_answer(text, **EN) == ASSIGNEE


@pytest.mark.parametrize(
    "text",
    [
        # the review's sentences (the default household: Анна, Петя, Маша, Tom)
        "task for Mrs Henderson next door: collect our mail",
        "the lady next door should feed the cat",
        "the guy next door should fix the fence",
        "напомни тренеру перенести тренировку Пети",
        "создай задачу: дедушке Толе проверить насос в гараже",
        "поставь задачу бабушке: испечь пирог к воскресенью",
        "нужно чтобы мастер посмотрел стиральную машину",
        "the cleaning lady needs to do the windows next week",
        "task for Lucy - hoover the living room",
        "пусть Маша и бабушка испекут пирог",
        "have the movers bring the boxes to the garage",
        "have our neighbour Mike feed the cat",
        "have the kids' grandma pick them up at 3",
        "have Tom's mom watch the kids on friday",
        "have a nanny look after Маша on friday",
    ],
)
def test_reviewed_outsider_asked_about(text: str) -> None:
    assert full_answer(text) == ASSIGNEE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # whom a purchase is for, in the dative, is no part of the item
        ("купи деду лекарства", ("start_job", (("лекарства", None, None, "l-groceries"),), ())),
        # one placed next door told of, a wish, a greeting: no task
        ("the family next door are having a party tonight", ("clarify", ("intent",))),
        ("хочу чтобы бабушка приехала в субботу", ("clarify", ("intent",))),
        ("have a great weekend", ("clarify", ("intent",))),
    ],
)
def test_reviewed_near_misses(text: str, expected: tuple[Any, ...]) -> None:
    assert full_answer(text) == expected


@pytest.mark.parametrize(
    ("text", "command", "expected"),
    [
        # the non-member receives the deed: the speaker's reminder
        (
            "напомни завтра в 9 утра дать Мише антибиотик",
            MIX,
            ("start_job", (), (("Дать Мише антибиотик", "u-oleg", "2026-03-05T09:00:00+03:00"),)),
        ),
        (
            "напомни мне завтра в 7 утра отвезти яйца Тамаре Ивановне",
            {},
            (
                "start_job",
                (),
                (("Отвезти яйца Тамаре Ивановне", "u-anna", "2026-03-05T07:00:00+03:00"),),
            ),
        ),
        (
            "напомни мне позвонить бабушке",
            {},
            ("start_job", (), (("Позвонить бабушке", "u-anna", None),)),
        ),
        (
            "напомни мне отвезти деду лекарства",
            {},
            ("start_job", (), (("Отвезти деду лекарства", "u-anna", None),)),
        ),
        (
            "напомни Пете позвонить деду",
            {},
            ("start_job", (), (("Позвонить деду", "u-petya", None),)),
        ),
        (
            "remind me to pick up grandma at 5",
            EN,
            ("start_job", (), (("Pick up grandma", "u-emma", "2026-03-05T05:00:00+03:00"),)),
        ),
        # the one reminded is named right after the frame: asked about, or a member's task
        ("напомни Мише дать коту таблетку", MIX, ASSIGNEE),
        (
            "напомни Kate дать Мише антибиотик",
            MIX,
            ("start_job", (), (("Дать Мише антибиотик", "u-kate", None),)),
        ),
        # a member so placed does it
        (
            "make a task for Tom to pick up Lucy",
            EN,
            ("start_job", (), (("Pick up Lucy", "u-tom", None),)),
        ),
        (
            "have Tom pick up grandma at 5",
            EN,
            ("start_job", (), (("Pick up grandma", "u-tom", "2026-03-05T05:00:00+03:00"),)),
        ),
        # kin one calls a member by, a group of the household, the speaker's own need
        (
            "мама, забери Машу из школы",
            {},
            ("start_job", (), (("Забери Машу из школы", "u-anna", None),)),
        ),
        (
            "have the kids tidy the living room",
            EN,
            ("start_job", (), (("Tidy the living room", "u-emma", None),)),
        ),
        (
            "we need to take the sofa first",
            EN,
            ("start_job", (), (("Take the sofa first", "u-emma", None),)),
        ),
        # a purchase for someone, a story, a visit, a thing to have ready
        ("купи маме цветы", {}, ("start_job", (("цветы", None, None, "l-groceries"),), ())),
        ("дед вчера проверил насос", {}, ("clarify", ("intent",))),
        ("the movers took the bunk bed yesterday", EN, ("clarify", ("intent",))),
        ("have grandma over for dinner on sunday", EN, ("clarify", ("intent",))),
        ("have the plumber's number ready", EN, ("clarify", ("intent",))),
    ],
)
def test_near_misses_keep_their_reading(
    text: str, command: dict[str, Any], expected: tuple[Any, ...]
) -> None:
    assert full_answer(text, **command) == expected
