"""Issue #12, the open world (SPEC §4, "The open world"; §4 row 3, bulk changes): non-requests
of kinds the rules had read before, in wordings they had not seen (round 30, precision).

- a stock told with its place said last: products, then a place things are kept after its
  link, no verb ("2 литра молока в холодильнике", "2 kg of potatoes on the counter", "3 boxes
  of granola bars at home already"; ``_nouns_told._stock_placed``), and a store of the home
  heading what is in it ("fridge: milk, eggs", "аптечка: бинт, йод", "pantry check - rice";
  ``OpenWorldWords.stock_headings``);
- a recipe's method: a cooking step said as a step and another step or an adding verb so
  said ("смешай муку и яйца, а потом добавь молоко", "add the flour and then whisk in the
  eggs"; ``_nouns_told._recipe_stepped``);
- the household's entries shared out among people ("split the chores evenly between Jack
  and Lucy", "распредели дела между детьми"; ``_corridor._shared_out``): a bulk change;
- a meter's reading noted ("заметка: показания счётчика воды 01245", "запиши показания
  счётчика 01245"; ``_unserved._logs_a_measurement``);
- a run-out whose purchase is told done in a clause of its own ("we ran out of coffee so I
  got some on the way home", "молоко кончилось, я уже купила"; ``_clauses._bought_beside``);
- weariness before a deed ("надоело напоминать про посуду", "устала мыть посуду";
  ``_statements._weary_of``);
- a moment needed ("need a minute", "мне нужна минутка"; ``OpenWorldWords.abstract_needs``);
- a subject and a verb of liking before products ("I love honey and lemon";
  ``_shopping._subject_and_verb_open``);
- a poll pasted ("Poll: movie night pick? Frozen, Cars, Moana"; ``poll_headings``);
- an appointment booked for the speaker by a polite infinitive or "на" before a service
  ("ты можешь записать меня на маникюр в пятницу?"; ``_unserved._enrols``);
- a guess of a third person's future ("Tom will probably grab eggs on the way", "Петя
  наверное купит хлеб"; ``_statements._guessed_deed``);
- a reminder told by its sender in the third person's present, with what it is about
  ("Стоматология Улыбка напоминает о приёме 6 марта в 14:30"; ``_statements._remind_present``);
- a reader's possessive and a status past a sender's name and a colon ("Аптека: ваш заказ
  (нурофен, 2 упаковки) готов к выдаче"; ``_notices._after_sender``);
- a feeling before a deed ("ненавижу гладить рубашки", "люблю готовить по выходным");
- a measurement noted to self with a qualifier ("note to self: tire pressure 2.2 bar");
- a task moved ("перемести задачу пропылесосить на субботу": ``list_edit_verbs``);
- a plan or a dish made for the speaker with no member called ("make me a meal plan for
  the week", "make me a sandwich": ``compose_verbs``);
- news told after an opener of news ("FYI Masha is cleaning the bathroom tomorrow and Tom
  is buying eggs", "к сведению: Петя покупает хлеб"; ``_unserved._news_told``).

Kept: a verb or a request beside them ("купи молоко в холодильник", "молоко в холодильнике
закончилось", "fridge: need milk and eggs", "испеки пирог и купи молоко", "add milk to the
list and bake a cake", "Tom, bake a cake and add sprinkles"), a place where things go
("молоко в холодильник"), a list's name as the heading ("pharmacy: cough syrup"), "split the
bill" (a payment), a product noted ("заметка: сахар 2 кг"), a purchase told in the run-out's
own clause ("we ran out of the eggs we got on Sunday"), weariness beside a request ("устала,
купи торт"), "need a second bin", "we need paper towels dish soap sponges", "запиши меня на
завтра", "fyi, buy milk", "heads up, we're out of milk", a plan told with no opener ("Tom is
buying milk tonight"), a future with no guess ("Tom will grab eggs on the way"), a guess of
the one spoken to or with a request ("you'll probably need milk", "наверное, купи хлеб",
"Tom will probably forget, so buy milk"). Decided through ``decide()``
against the bilingual default household, by the rules alone and with the default settings;
none is a corpus or golden sentence. Every asked row acted before.
"""

from __future__ import annotations

from typing import Any

import pytest

from policy_core.testing import (
    ASKS_WHAT_IS_MEANT,
    RULES_ALONE,
    answer_to,
    full_answer,
    shopping_answer,
)

REFUSED_AS_BULK = ("reject", "bulk_operation_not_supported")


@pytest.mark.parametrize(
    "text",
    [
        # the reviewers' sentences (round 28, 29)
        "2 литра молока в холодильнике",
        "две банки тушёнки в шкафу",
        "2 пачки масла на полке",
        "2 kg of potatoes on the counter",
        "3 boxes of granola bars at home already",
        "fridge: milk, eggs, half a lemon, leftover curry",
        "pantry check - 3 tins of beans, 2 bags of pasta, rice",
        "аптечка: бинт, йод, пластыри",
        # phrasings of our own
        "молоко и яйца в холодильнике",
        "пельмени и курица в морозилке уже",
        "a bag of rice in the pantry",  # (asked before too)
        "холодильник: молоко, яйца, полбатона",
        "freezer - peas, fish fingers, ice cream",
    ],
)
def test_a_stock_told_asks(text: str) -> None:
    assert answer_to(text, RULES_ALONE) == ASKS_WHAT_IS_MEANT
    assert answer_to(text) == ASKS_WHAT_IS_MEANT


@pytest.mark.parametrize(
    "text",
    [
        # the reviewers' sentences (round 28)
        "смешай муку и яйца, а потом добавь молоко",
        "add the flour and then whisk in the eggs and milk",
        # phrasings of our own
        "взбей яйца и добавь сахар",
        "add eggs, then bake at 180",
        "нарежь лук, обжарь и добавь фарш",
    ],
)
def test_a_recipe_said_step_by_step_asks(text: str) -> None:
    assert answer_to(text, RULES_ALONE) == ASKS_WHAT_IS_MEANT
    assert answer_to(text) == ASKS_WHAT_IS_MEANT


@pytest.mark.parametrize(
    "text",
    [
        # the variant writer's sentence (round 30)
        "split the chores evenly between Jack and Lucy",
        # phrasings of our own
        "divide the chores between Tom and Emma",
        "divide the tasks among the kids",
        "распредели дела между детьми",
    ],
)
def test_entries_shared_out_are_refused_as_bulk(text: str) -> None:
    assert answer_to(text, RULES_ALONE) == REFUSED_AS_BULK
    assert answer_to(text) == REFUSED_AS_BULK


@pytest.mark.parametrize(
    "text",
    [
        # the variant writer's sentence (round 30)
        "заметка: показания счётчика воды 01245",
        # phrasings of our own
        "запиши показания счётчика 01245",
        "note: meter reading 01245",  # (asked before too)
    ],
)
def test_a_meter_reading_noted_asks(text: str) -> None:
    assert answer_to(text, RULES_ALONE) == ASKS_WHAT_IS_MEANT
    assert answer_to(text) == ASKS_WHAT_IS_MEANT


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("купи молоко в холодильник", shopping_answer("молоко в холодильник")),
        ("молоко в холодильнике закончилось", shopping_answer("молоко в холодильнике")),
        ("fridge: need milk and eggs", shopping_answer("milk", "eggs")),
        ("buy milk at home", shopping_answer("milk")),
        ("заметка: сахар 2 кг", ("start_job", (("сахар", "2", "kg", "l-groceries"),), ())),
        ("add flour and sugar", shopping_answer("flour", "sugar")),
        ("добавь молоко и яйца", shopping_answer("молоко", "яйца")),
    ],
)
def test_a_request_beside_them_keeps_its_answer(text: str, answer: tuple[Any, ...]) -> None:
    if answer[0] == "start_job" and answer[1] and isinstance(answer[1][0], tuple):
        assert full_answer(text) == answer
    else:
        assert answer_to(text, RULES_ALONE) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        (
            "испеки пирог и купи молоко",
            (
                "confirm",
                (("молоко", None, None, "l-groceries"),),
                (("Испеки пирог", "u-anna", None),),
            ),
        ),
        (
            "add milk to the list and bake a cake",
            ("confirm", (("milk", None, None, "l-groceries"),), (("Bake a cake", "u-anna", None),)),
        ),
        ("молоко в холодильник", ("clarify", ("intent",))),
    ],
)
def test_near_misses_keep_their_whole_answer(text: str, answer: tuple[Any, ...]) -> None:
    assert full_answer(text) == answer


def test_a_bill_split_stays_a_payment() -> None:
    assert answer_to("split the bill between us") == ("reject", "payment_not_supported")


@pytest.mark.parametrize(
    "text",
    [
        # the reviewers' sentences (round 28, 29)
        "we ran out of coffee so I got some on the way home",
        "надоело напоминать про посуду",
        "need a minute",
        "I love Strepsils honey and lemon",
        "FYI Masha is cleaning the bathroom tomorrow and Tom is buying eggs",
        "Just so you know, Tom is buying the batteries and Petya is mowing the lawn on Saturday",
        "Tom will probably grab eggs on the way",
        # the variant writer's sentences (round 30)
        "📊 Poll: movie night pick? ○ Frozen ○ Cars ○ Moana",
        "ты можешь записать меня на маникюр в пятницу?",
        # phrasings of our own
        "молоко кончилось, я уже купила",  # (asked before too)
        "хлеб кончился, Дима уже купил",  # (asked before too)
        "устала мыть посуду",
        "мне нужна минутка",
        "we love pizza and beer",
        "Poll: movie night pick? Frozen, Cars, Moana",
        "запиши меня на маникюр",
        "heads up, Tom is buying milk tonight",
        "к сведению: Петя покупает хлеб, а Маша моет посуду",
        "Петя наверное купит хлеб",
        "maybe Tom will buy milk",
    ],
)
def test_a_non_request_of_a_known_kind_asks(text: str) -> None:
    assert answer_to(text, RULES_ALONE) == ASKS_WHAT_IS_MEANT
    assert answer_to(text) == ASKS_WHAT_IS_MEANT


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("we ran out of the eggs we got on Sunday", shopping_answer("eggs")),
        ("молоко кончилось, купи ещё", shopping_answer("молоко")),
        ("молоко кончилось, я купила хлеб, купи молоко", shopping_answer("молоко")),
        ("устала, купи торт", shopping_answer("торт")),
        ("need a second bin", shopping_answer("second bin")),
        (
            "we need paper towels dish soap sponges",
            shopping_answer("paper towels", "dish soap", "sponges"),
        ),
        ("fyi, buy milk", shopping_answer("milk")),
        ("fyi Tom, buy milk", shopping_answer("milk")),
        ("fyi we're out of milk", shopping_answer("milk")),
        ("Tom is buying milk tonight", shopping_answer("milk")),
        ("имей в виду, купи хлеб", shopping_answer("хлеб")),
        ("запиши меня на завтра", ("clarify", ("item.name",))),
        ("Tom will grab eggs on the way", shopping_answer("eggs")),
        ("Tom should grab eggs on the way", shopping_answer("eggs")),
        ("you'll probably need milk", shopping_answer("milk")),
        ("наверное, купи хлеб", shopping_answer("хлеб")),
        ("Tom will probably forget, so buy milk", shopping_answer("milk")),
    ],
)
def test_beside_a_request_the_request_stands(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text, RULES_ALONE) == answer


def test_a_chore_booked_on_a_rota_stays_a_task() -> None:
    assert full_answer("запиши меня на дежурство в субботу") == (
        "start_job",
        (),
        (("Запиши меня на дежурство", "u-anna", "2026-03-07"),),
    )


def test_a_chore_guessed_of_a_member_is_no_task() -> None:
    assert answer_to("Tom will probably clean the garage", RULES_ALONE) == ASKS_WHAT_IS_MEANT


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        (
            "heads up: Petya has to take out the trash tonight",
            ("start_job", (), (("Take out the trash", "u-petya", "2026-03-04T19:00:00+03:00"),)),
        ),
        (
            "fyi Tom must fix the gate tomorrow",
            ("start_job", (), (("Fix the gate", "u-tom", "2026-03-05"),)),
        ),
        ("FYI remind Tom to fix the gate", ("start_job", (), (("Fix the gate", "u-tom", None),))),
        (
            "fyi Petya please take out the trash",
            ("start_job", (), (("Take out the trash", "u-petya", None),)),
        ),
        (
            "к сведению, Петя должен вынести мусор",
            ("start_job", (), (("Вынести мусор", "u-petya", None),)),
        ),
        ("к сведению: купить молоко", ("start_job", (("молоко", None, None, "l-groceries"),), ())),
        (
            "just so you know, Tom should buy milk",
            ("start_job", (("milk", None, None, "l-groceries"),), ()),
        ),
        ("fyi Tom will buy milk", ("start_job", (("milk", None, None, "l-groceries"),), ())),
        (
            "Tom will probably have to fix the gate",
            ("start_job", (), (("Fix the gate", "u-tom", None),)),
        ),
    ],
)
def test_a_request_after_an_opener_of_news_or_a_guess_stands(
    text: str, answer: tuple[Any, ...]
) -> None:
    """A modal, a remind verb, a courtesy, an infinitive or an obligation is asked, whatever
    opens the text (``_unserved._news_told``, ``_statements._guessed_deed``)."""
    assert full_answer(text) == answer


@pytest.mark.parametrize(
    "text",
    [
        # the reviewer's sentences (round 30)
        "Стоматология Улыбка напоминает о приёме 6 марта в 14:30",
        "Аптека: ваш заказ (нурофен, 2 упаковки) готов к выдаче",
        "ненавижу гладить рубашки честно",
        "note to self: tire pressure 2.2 bar",
        "перемести задачу пропылесосить на субботу",
        "make me a meal plan for the week",
        # phrasings of our own
        "the dentist reminds you of your appointment on Friday",  # (asked before too)
        "люблю готовить по выходным",
        "log tire pressure 2.2 bar",
        "make me a sandwich",
    ],
)
def test_a_sender_a_feeling_or_the_assistant_asks(text: str) -> None:
    assert answer_to(text, RULES_ALONE) == ASKS_WHAT_IS_MEANT
    assert answer_to(text) == ASKS_WHAT_IS_MEANT


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("мама напоминает, что надо купить хлеб", shopping_answer("хлеб")),
        ("напомни о приёме в пятницу", ("start_job", (), (("Приёме", "u-anna"),))),
        ("Аптека: нурофен, пластырь", shopping_answer("нурофен", "пластырь")),
        ("note to self: buy milk", shopping_answer("milk")),
        ("запиши сахар 2 кг", shopping_answer("сахар")),
        ("Tom, make me a sandwich", ("start_job", (), (("Make me a sandwich", "u-tom"),))),
        ("make the beds", ("start_job", (), (("Make the beds", "u-anna"),))),
        (
            "надоело напоминать, Петя вынеси мусор",
            ("start_job", (), (("Вынеси мусор", "u-petya"),)),
        ),
    ],
)
def test_beside_them_a_request_keeps_its_answer(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text, RULES_ALONE) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # the review's lost requests (round 30): each acts as at the round's start
        ("fyi buy milk", ("start_job", (("milk", None, None, "l-groceries"),), ())),
        (
            "FYI buy milk and eggs",
            (
                "start_job",
                (("milk", None, None, "l-groceries"), ("eggs", None, None, "l-groceries")),
                (),
            ),
        ),
        (
            "устала просить, купите уже хлеба",
            ("start_job", (("хлеб", None, None, "l-groceries"),), ()),
        ),
        (
            "Poll: pizza or tacos friday? also buy milk",
            ("start_job", (("milk", None, None, "l-groceries"),), ()),
        ),
    ],
)
def test_the_reviews_requests_act(text: str, answer: tuple[Any, ...]) -> None:
    """A trigger outside the feeling's or the guess's clause, a request after a poll's
    question, a news opener before an imperative (``_statements._trigger_outside``,
    ``_pasted._heads_a_record``, ``_unserved._news_told``)."""
    assert full_answer(text) == answer


@pytest.mark.parametrize(
    "text",
    [
        "heads up, Petya has to take out the trash tonight",
        "Tom will probably be late, so Petya take out the trash tonight",
        "out of milk, Tom got bread but forgot the milk",
        "устала готовить, купите пельменей",
    ],
)
def test_the_reviews_requests_are_no_longer_dropped(text: str) -> None:
    """Their readings are the round's start's (some imperfect: the task's assignee or title,
    an extra item), but none asks what is meant."""
    assert full_answer(text)[0] in {"start_job", "confirm"}


def test_a_rule_for_all_tasks_wished_is_refused_as_bulk() -> None:
    text = "сделай так чтобы все задачи всегда назначались на меня"
    assert answer_to(text, RULES_ALONE) == REFUSED_AS_BULK
    assert answer_to(text) == REFUSED_AS_BULK
