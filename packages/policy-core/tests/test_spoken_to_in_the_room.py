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
    shopping_answer,
    task_answer,
)


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
        # a call to the speaker, the phone handled
        "Маша перезвони мне",
        "Петя, позвони мне как освободишься",
        "Tom ring me back",
        "Tom call me when you land",
        "Петя возьми трубку, это бабушка",
        "Маша, убери телефон",
        "Tom pick up the phone",
        # a thing handed to the one beside
        "Петя дай Маше фломастер",
        "Маша, отдай Пете телефон",
        "Петя подай мне пульт",
        "Маш, передай хлеб",
        # a voice message, a look-up in an app
        "запиши голосовое Маше",
        "check my card balance",
        "зайди на госуслуги и посмотри статус заявления",
        "Петя, проверь свои оценки",
        # passed on to the table, conceded
        "скажи Маше, чтобы шла обедать",
        "пусть Петя сам думает, как ему лучше",
    ],
)
def test_a_command_to_someone_in_the_room_asks(text: str) -> None:
    assert answer_to(text, RULES_ALONE) == ASKS_WHAT_IS_MEANT


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # a task frame
        ("напомни Маше отдать Пете зарядку", task_answer("Отдать Пете зарядку", "u-masha")),
        ("напомни Пете перезвонить мне", task_answer("Перезвонить мне", "u-petya")),
        ("remind Tom to call me", task_answer("Call me", "u-tom")),
        # an outsider or a place to take the thing
        ("Маша отдай ключи соседке", task_answer("Отдай ключи соседке", "u-masha")),
        ("Петя, отдай книги в библиотеку", task_answer("Отдай книги в библиотеку", "u-petya")),
        ("Петя, дай коту таблетку", task_answer("Дай коту таблетку", "u-petya")),
        ("Маше надо вернуть платье", task_answer("Вернуть платье", "u-masha")),
        ("Пете нужно отдать Маше зарядку", task_answer("Отдать Маше зарядку", "u-petya")),
        ("Маша положи телефон на зарядку", task_answer("Положи телефон на зарядку", "u-masha")),
        # a thing handed with no one named to take it that is no product or phone: an errand
        ("Петя, передай показания счётчиков", task_answer("Показания счётчиков", "u-petya")),
        ("Маша, подай заявление", task_answer("Подай заявление", "u-masha")),
        # set to a job, not a seat taken
        ("Петя, садись за уроки", task_answer("Садись за уроки", "u-petya")),
        # a chore or an errand with its object
        ("Петя, позвони сантехнику", task_answer("Позвони сантехнику", "u-petya")),
        ("Tom, call the plumber", task_answer("Call the plumber", "u-tom")),
        ("tell Tom to take out the trash", task_answer("Take out the trash", "u-tom")),
        ("Петя убери игрушки", task_answer("Убери игрушки", "u-petya")),
        ("пусть Петя вынесет мусор", task_answer("Вынести мусор", "u-petya")),
        ("check the smoke alarms", task_answer("Check the smoke alarms", "u-anna")),
        ("Петя, зайди в аптеку за пластырем", shopping_answer("пластырь")),
        # a purchase of a phone thing, a product added
        ("grab the phone charger", shopping_answer("phone charger")),
        ("запиши молоко", shopping_answer("молоко")),
    ],
)
def test_a_near_miss_keeps_its_answer(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text, RULES_ALONE) == answer


def test_a_due_makes_it_a_chore_for_later() -> None:
    action, items, tasks = answer_to("Петя, завтра отдай Маше зарядку", RULES_ALONE)
    assert (action, items, tasks) == ("start_job", (), (("Отдай Маше зарядку", "u-petya"),))
