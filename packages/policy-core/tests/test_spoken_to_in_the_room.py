"""Issue #12, the open world (SPEC §4, "an imperative alone is not a task"; a member named is
evidence only with a chore or errand): commands to someone in the room, as the corpus authors
wrote them (round 26, precision: "Петя пристегнись пожалуйста", "Kate набери мне", "Jack needs
to grow up a bit").

A verb of an act done in the moment, with no chore to work on, is talk, not a task, even with
a member named as its doer (``_clauses._momentary_act``): the body's posture or place, buckling
up, haste, dressing, growing up (``TriggerWords.momentary_verbs``, ``momentary_phrasals``:
"сядь", "пристегнись", "get down here", "calm down"), a habit to drop ("stop kicking …":
``momentary_gerund_heads``), a call to the speaker ("набери мне", "call me back":
``calling_verbs``), the phone taken, put or answered (``phone_verbs``, ``phone_nouns``), a thing
handed to the one beside with no place and no one but a member or the speaker to take it
(``handing_verbs``), a voice message recorded (``recording_verbs``, ``recordings``), a look-up
of what an app shows (``lookup_verbs``, ``lookup_objects``) or an app or a site gone into
(``visit_verbs``, ``online_places``); so too when it is passed on ("скажи Пете, чтобы шёл
ужинать", "tell Jack to stop …") or conceded ("пусть Петя сам решает"). A task frame
("напомни", "remind"), a due said anywhere, a place or an outsider to take the thing, and a
chore with its object keep their tasks.

Decided through ``decide()`` against the bilingual default household (Анна, Петя, Маша, Tom),
by the rules alone (the evidence gate off); none is a corpus or golden sentence. Every asked
row acted before this rule; the kept rows are near misses whose answer must not change.
"""

from __future__ import annotations

from typing import Any

import pytest

from policy_core.testing import (
    ASKS_WHAT_IS_MEANT,
    RULES_ALONE,
    answer_to,
    decide_text,
)


def _whole(text: str) -> tuple[str, list[dict[str, Any]]]:
    """The action and every proposed item and task with all their fields (due, zone, list)."""
    document = decide_text(text, RULES_ALONE)
    actions = document["payload"].get("proposed_actions", [])
    made = [
        {kind: action["payload"][kind]}
        for action in actions
        for kind in ("item", "task")
        if kind in action["payload"]
    ]
    return document["action"], made


def _task(title: str, assignee_id: str, **fields: str) -> tuple[str, list[dict[str, Any]]]:
    """A job that creates this one task, with exactly these fields, and adds no item."""
    return "start_job", [{"task": {"title": title, "assignee_id": assignee_id, **fields}}]


def _item(name: str, list_id: str) -> tuple[str, list[dict[str, Any]]]:
    """A job that adds this one item to this list, and creates no task."""
    return "start_job", [{"item": {"name": name, "list_id": list_id}}]


@pytest.mark.parametrize(
    "text",
    [
        # the body's posture or place, haste, dressing
        "Петя, сядь ровно за столом",
        "Маша, сядь за стол",
        "Маша встань с пола сейчас же",
        "Петя поторопись, мы опаздываем",
        "Маша, спустись вниз",
        "Петя, одевайся быстрее",
        "Маша пристегни ремень",
        "Tom needs to hurry up",
        "Tom needs to sit still",
        "Tom needs to behave at grandma's",
        "Tom you've got two minutes to get up here",
        "Tom get dressed, we're leaving",
        # a habit to drop, passed on or not
        "tell Tom to stop shouting",
        # called here, to the speaker
        "Маша, иди-ка сюда",
        "Петя, подойди ко мне на минутку",
        # a call to the speaker, the phone handled
        "Маша перезвони мне",
        "Петя, позвони мне как освободишься",
        "Tom ring me back",
        "Tom call me when you land",
        "Петя возьми трубку, это бабушка",
        "Маша, убери телефон",
        "Tom pick up the phone",
        "Tom, pick up the phone please",
        # a thing handed to the one beside
        "Петя дай Маше фломастер",
        "Маша, отдай Пете телефон",
        "Петя подай мне пульт",
        "Маш, передай хлеб",
        "Маша, верни Пете фломастер",
        # a voice message, a look-up in an app
        "запиши голосовое Маше",
        "check my card balance",
        "зайди на госуслуги и посмотри статус заявления",
        "Петя, проверь свои оценки",
        # passed on to the table or to an act of the moment, conceded
        "скажи Маше, чтобы шла обедать",
        "скажи Пете, чтобы оделся",
        "скажи Маше, чтобы пристегнулась",
        "скажи Пете, чтобы шёл спать",
        "Маша, иди ложись",
        "Петя, иди поспи",
        "Петя, поторапливайся",
        # a look-up of what an app shows, an app gone into
        "Маша, посмотри курс доллара",
        "Маша, зайди в личный кабинет",
        "Петя, залезь в интернет",
        "пусть Петя сам думает, как ему лучше",
    ],
)
def test_a_command_to_someone_in_the_room_asks(text: str) -> None:
    assert answer_to(text, RULES_ALONE) == ASKS_WHAT_IS_MEANT


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # a task frame
        ("напомни Маше отдать Пете зарядку", _task("Отдать Пете зарядку", "u-masha")),
        ("напомни Пете перезвонить мне", _task("Перезвонить мне", "u-petya")),
        ("remind Tom to call me", _task("Call me", "u-tom")),
        # an outsider or a place to take the thing
        ("Маша отдай ключи соседке", _task("Отдай ключи соседке", "u-masha")),
        ("Петя, отдай книги в библиотеку", _task("Отдай книги в библиотеку", "u-petya")),
        ("Маша, верни книги в библиотеку", _task("Верни книги в библиотеку", "u-masha")),
        ("Петя, подойди к соседке", _task("Подойди к соседке", "u-petya")),
        ("Маша, отдай пальто в химчистку", _task("Отдай пальто в химчистку", "u-masha")),
        ("Петя, дай коту таблетку", _task("Дай коту таблетку", "u-petya")),
        ("Маше надо вернуть платье", _task("Вернуть платье", "u-masha")),
        ("Пете нужно отдать Маше зарядку", _task("Отдать Маше зарядку", "u-petya")),
        ("Маша положи телефон на зарядку", _task("Положи телефон на зарядку", "u-masha")),
        # a thing handed with no one named to take it that is no product or phone: an errand
        ("Маша, подай заявление", _task("Подай заявление", "u-masha")),
        # set to a job, not a seat taken; sent down or up to fetch a thing
        ("Петя, садись за уроки", _task("Садись за уроки", "u-petya")),
        (
            "Маша, поднимись на чердак за коробками",
            _task("Поднимись на чердак за коробками", "u-masha"),
        ),
        (
            "Петя, спустись в кладовку за банкой огурцов",
            _task("Спустись в кладовку за банкой огурцов", "u-petya"),
        ),
        ("скажи Пете, чтобы сел за уроки", _task("Сесть за уроки", "u-petya")),
        # an act of the moment, a joiner and a command: the command is the task, alone
        ("Маша, пристегнись и напиши бабушке", _task("Напиши бабушке", "u-masha")),
        ("Петя, вставай и заправь кровать", _task("Заправь кровать", "u-petya")),
        ("Маша, сядь и разбери почту", _task("Разбери почту", "u-masha")),
        ("Tom, sit down and write the shopping list", _task("Write the shopping list", "u-tom")),
        ("Tom, answer the phone and ring the landlord", _task("Ring the landlord", "u-tom")),
        # said with where, the act stays in the title
        ("Маша, поднимись наверх и сложи вещи", _task("Поднимись наверх и сложи вещи", "u-masha")),
        # a due said makes the act a chore for later
        (
            "Петя, завтра отдай Маше зарядку",
            _task("Отдай Маше зарядку", "u-petya", due="2026-03-05"),
        ),
        (
            "скажи Пете, чтобы завтра перезвонил мне",
            _task("Перезвонить мне", "u-petya", due="2026-03-05"),
        ),
        # a chore or an errand with its object
        ("Петя, позвони сантехнику", _task("Позвони сантехнику", "u-petya")),
        ("Tom, call the plumber", _task("Call the plumber", "u-tom")),
        ("tell Tom to take out the trash", _task("Take out the trash", "u-tom")),
        ("Петя убери игрушки", _task("Убери игрушки", "u-petya")),
        ("пусть Петя вынесет мусор", _task("Вынести мусор", "u-petya")),
        ("Петя, уложи Машу спать", _task("Уложи Машу спать", "u-petya")),
        ("check the smoke alarms", _task("Check the smoke alarms", "u-anna")),
        ("Петя, зайди в аптеку за пластырем", _item("пластырь", "l-groceries")),
        # a purchase of a phone thing, a product added
        ("grab the phone charger", _item("phone charger", "l-groceries")),
        ("запиши молоко", _item("молоко", "l-groceries")),
    ],
)
def test_a_near_miss_keeps_its_answer(text: str, answer: tuple[Any, ...]) -> None:
    assert _whole(text) == answer
