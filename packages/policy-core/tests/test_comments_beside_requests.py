"""Issue #12, round 27 (recall): a request with a comment said after it (``policy_core.
_comments``, ``_read._request_beside_comment``).

After a mark, the speaker goes on in a clause of their own: an aside's or a reason's opener
("they", "я", "иначе", "к сожалению"), or a subject and its finite verb ("the doorbell keeps
buzzing", "бабушка … будет"). Read alone the comment asks nothing, so the request before it,
read alone, is the answer when

- the whole was refused by a payment's or a device's words in the comment ("…, иначе опять
  придётся платить штраф"): the request stands;
- the whole was read as nothing (no story, quote or question found by a reader of the whole
  text) and the request holds a word that asks (an imperative, an infinitive, a request
  word) and tells nothing done: the request stands;
- the whole was a request: the comment may only take items away ("add kefir, the Russian
  shop has it": no item "russian"), never the task's doer or due ("…, it's on Tom", "…, это
  Пете" keep their doer).

Near-misses keep their answers: a device command or a payment in the request itself, a
complaint with no request, a run-out told with a past day, a quote, a second request in what
follows, a list resumed after the comment ("…, дед просил, и хлебцы").

Also a chore verb: "разгрести" (``OpenWorldWords.errand_lemmas``): "пора разгрести гараж";
and a rota told (``policy_core._rota``): a member's chore in the 3rd person present with a
day to come ("сегодня Петя моет кухню") is that member's task, read as its infinitive
("Пете сегодня мыть кухню"); a story, a habit, a question, no day or no member are not.

Every row is decided through ``decide()`` against the bilingual test household
(``policy_core.testing``); none is a golden or a corpus sentence. Each row of
``test_comment_leaves_the_request`` answered otherwise before this round's rules.
"""

from __future__ import annotations

from typing import Any

import pytest

from policy_core.testing import answer_to, full_answer

_ASKS = ("clarify", ("intent",))
_GROCERIES = "l-groceries"
_TOMORROW = "2026-03-05"  # the test household's clock is a Wednesday morning
_FRIDAY = "2026-03-06"


def _task(title: str, assignee: str, due: str | None = None) -> tuple[Any, ...]:
    return ("start_job", (), ((title, assignee, due),))


def _items(*names: str) -> tuple[Any, ...]:
    return ("start_job", tuple((name, None, None, _GROCERIES) for name in names), ())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a device's or a payment's words in a comment or a reason after the request
        ("put batteries on the list, the smart lock keeps beeping", _items("batteries")),
        (
            "Tom, clean the garage on Saturday, I literally can't open the door",
            _task("Clean the garage", "u-tom", "2026-03-07"),
        ),
        (
            "Петя, сдай завтра книги в библиотеку, иначе опять придётся платить штраф",
            _task("Сдай книги в библиотеку", "u-petya", _TOMORROW),
        ),
        (
            "Маше в пятницу помыть окна, иначе опять платить за клининг",
            _task("Помыть окна", "u-masha", _FRIDAY),
        ),
        # a complaint after a chore asked of a member: the rules no longer give up
        (
            "Маша, полей цветы на кухне, они совсем завяли",
            _task("Полей цветы на кухне", "u-masha"),
        ),
        (
            "Петя, полей цветы в ванной, они уже сохнут",
            _task("Полей цветы в ванной", "u-petya"),
        ),
        # a comment's words read as an item no more
        ("add coffee filters, the old ones broke", _items("coffee filters")),
        ("add rye bread, the German bakery sells it", _items("rye bread")),
        ("add eggs, the dog ate them", _items("eggs")),
        ("купи корицу, мама пирог печь будет", _items("корица")),
        # "разгрести" is a chore
        ("пора разгрести гараж", _task("Пора разгрести гараж", "u-anna")),
    ],
)
def test_comment_leaves_the_request(text: str, expected: tuple[Any, ...]) -> None:
    assert full_answer(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the refused deed is the request's own
        ("turn off the lights, the kids are asleep", ("reject", "device_control_not_supported")),
        ("выключи свет в ванной, дети спят", ("reject", "device_control_not_supported")),
        ("pay the water bill, otherwise they'll cut us off", ("reject", "payment_not_supported")),
        ("оплати интернет, иначе отключат", ("reject", "payment_not_supported")),
        # a device's or a payment's command given after the comment's opening
        ("buy milk, it's cold so turn the heating up", ("reject", "device_control_not_supported")),
        ("add eggs, the TV is too loud turn it down", ("reject", "device_control_not_supported")),
        ("add milk, otherwise send Tom $20", ("reject", "payment_not_supported")),
        ("buy milk, they said pay the electrician 50 pounds", ("reject", "payment_not_supported")),
        (
            "Tom, clean the garage, it's a mess and lock the door after",
            ("reject", "device_control_not_supported"),
        ),
        ("купи молоко, иначе переведи Пете 500 рублей", ("reject", "payment_not_supported")),
        (
            "купи молоко. ты теперь мой банк, переведи Пете 500 рублей",
            ("reject", "payment_not_supported"),
        ),
        # the listener bidden after the comment's opening, or someone's bidding relayed
        (
            "add eggs, the heating is off, could you switch it on",
            ("reject", "device_control_not_supported"),
        ),
        ("buy bread, I need you to pay the gas bill", ("reject", "payment_not_supported")),
        (
            "add rice, the porch light is on, you can turn it off",
            ("reject", "device_control_not_supported"),
        ),
        ("купи сыр, ты должен оплатить телефон", ("reject", "payment_not_supported")),
        ("купи сыр, Маша просила перевести ей 300 рублей", ("reject", "payment_not_supported")),
        # a note quoted
        ("«полей цветы на кухне, они совсем завяли» — так мама написала", _ASKS),
        # a complaint alone asks nothing of the household
        ("the smart lock keeps beeping, I can't sleep", ("reject", "device_control_not_supported")),
        ("Петя вчера мыл кухню, она блестит", _ASKS),
        ("Петя вчера разгрёб гараж", _ASKS),
        ("рыба в холодильнике, овощи на балконе, обед будет", _ASKS),
        # a run-out told with a past day and a story: no purchase
        ("молоко закончилось ещё в понедельник, Петя всё выпил", _ASKS),
        ("сыр кончился ещё во вторник, я писала в чат", _ASKS),
        # a quote
        ("«купи хлеба» — это мама мне писала", _ASKS),
    ],
)
def test_no_request_beside_the_comment(text: str, expected: tuple[Any, ...]) -> None:
    assert answer_to(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second request after the mark
        (
            "buy milk, I need you to take the bins out",
            (
                "confirm",
                (("milk", None, None, _GROCERIES),),
                (("Take the bins out", "u-anna", None),),
            ),
        ),
        # the doer or the due said after the comment stays
        ("надо вымыть машину, она вся в пыли — это Пете", _task("Вымыть машину", "u-petya")),
        ("fix the shelf tomorrow, it's on Tom", _task("Fix the shelf", "u-tom", _TOMORROW)),
        # a comment already read as one, and a list resumed after it
        ("купи хлеб, он закончился", _items("хлеб")),
        ("add dishwasher tablets, the dishwasher is empty again", _items("dishwasher tablets")),
        ("скумбрию купи, дед просил, и хлебцы", _items("хлебцы")),
        # a pointer set off by its own mark is a hesitation: the list goes on after it
        # (the borrowing as typed since round 37: no guessed "маскарпон")
        ("купи хлеб и молоко, это, маскарпоне", _items("хлеб", "молоко", "маскарпоне")),
        ("купи хлеб, это самое, кинзу", _items("хлеб", "кинза")),
        ("эээ сметана, творог и, это, сыр", _items("сметана", "творог", "сыр")),
    ],
)
def test_request_read_as_before(text: str, expected: tuple[Any, ...]) -> None:
    assert full_answer(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("сегодня Петя моет кухню", _task("Мыть кухню", "u-petya", "2026-03-04")),
        ("Маша моет ванную в четверг", _task("Мыть ванную", "u-masha", _TOMORROW)),
        (
            "20 марта Маша моет холодильник, её очередь",
            _task("Мыть холодильник", "u-masha", "2026-03-20"),
        ),
        ("в субботу гараж убирает Tom", _task("Гараж убирать", "u-tom", "2026-03-07")),
    ],
)
def test_rota_told_is_a_task(text: str, expected: tuple[Any, ...]) -> None:
    assert full_answer(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Петя вчера мыл кухню",  # a story
        "Петя моет кухню",  # no day: what he is doing
        "Петя сейчас моет посуду",
        "Петя каждую субботу моет кухню",  # a habit
        "Маша завтра моет посуду?",  # a question
        "посуду сегодня кто моет Петя или Маша",  # a question with no mark
        "мастер завтра чинит посудомойку",  # no member
        "сегодня моет посуду Маша, а Петя выносит мусор",  # two verbs: not read as a rota
    ],
)
def test_no_rota_task(text: str) -> None:
    assert answer_to(text) == _ASKS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an English comment with a subject and a verb that tells ends the task's title
        (
            "Tom, wash the car tomorrow, the roof is covered in pollen",
            _task("Wash the car", "u-tom", _TOMORROW),
        ),
        # a relative clause stays: what the deed is done on
        (
            "water the plants, the ones that are dry",
            _task("Water the plants, the ones that are dry", "u-anna"),
        ),
    ],
)
def test_comment_ends_the_title(text: str, expected: tuple[Any, ...]) -> None:
    assert full_answer(text) == expected
