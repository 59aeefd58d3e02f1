"""Issue #12, the open world (SPEC §4: the policy acts only on what it understood): round
36, precision from the wording corpus's authors.

A bare run-out is a request by convention, "again" or not ("we're out of toilet paper
AGAIN", "eggs закончились опять"); a run-out said to come back and told as a complaint is
none (``_runout_complaints.run_out_complained``): with "again"/"опять" or a phrase of the
same ("third time", "каждый раз") a word or phrase of exasperation ("ugh", "seriously",
"блин", "сколько можно", "как так", "can't believe"), a question word or a subject no one
names after the run-out ("…, who keeps drinking it", "…, someone keeps eating it"), a verb
of eating or drinking it up ("…, mijo ate it all", "Петя всё съел", "пьют как не в себя"),
a pointer opening a piece ("…, это уже традиция"); a hedge, a check, a relay, a holder or a
relative clause is no complaint ("…, I think", "…, я проверила", "…, he said", "у меня …",
"…, который Петя любит"). A run-out at its moment with a remark is a story ("ran out of
coffee this morning, nightmare"; a measure, a relay or one more run-out after it is none).
A run-out asked as a question (a doubt opening it, a tag
closing it: "разве молоко закончилось", "молоко закончилось или нет") is none either.
Anything asked beside it (a buying, adding, remind or need word, a list, a Russian imperative
or infinitive) keeps the purchase, and so do a complaint about a run-out not said to come
back ("пельмени кончились капец", as the authors label it) and a run-out relayed ("Петя
говорит молоко опять кончилось").

Decided through ``decide()`` against the bilingual default household, by the rules alone (the
evidence gate off); none is a corpus or golden sentence. Every row of the first two tables
answered otherwise before the round; the kept rows are near misses whose answer must not
change.
"""

from __future__ import annotations

from typing import Any

import pytest

from policy_core.testing import full_answer

G = "l-groceries"

ASK_INTENT = ("clarify", ("intent",))


def _bought(*names: str) -> tuple[Any, ...]:
    return ("start_job", tuple((name, None, None, G) for name in names), ())


@pytest.mark.parametrize(
    "text",
    [
        "out of coffee again smh",
        "ugh were out of eggs again",
        "we ran out of bread again seriously",
        "we're out of cereal again, who ate it all",
        "out of cereal again who ate it all",
        "omg out of tp again",
        "we're out of butter agin argh",
        "out of crisps again, so annoying",
        "were out of coffe again ugh",
        "we're out of yoghurt again, someone keeps eating it at midnight",
        "опять хлеб закончился блин",
        "хлеб опять кончился, кто его ест вообще",
        "сыр опять закончился, Петя всё съел",
        "опять кончилась туалетка как так",
        "снова закончились яйца, сколько можно",
        "ну вот опять кофе кончился",
        "яйца кончились опять ну что такое",
        "опять закончились салфетки, задолбало",
        "we're out of овсянка again, это уже классика",
        "kefir опять закончился блин",
        "ugh гречка кончилась again, кто её ест по ночам",
        # the review's sentences: a repeat said otherwise, a complaint phrase, an absence
        "I can't believe we're out of toilet paper again, this family",
        "that's the third time this week we're out of milk, unbelievable",
        "каждый раз одно и то же, масло закончилось",
        "снова кончилась соль, ну что за жизнь",
        "опять нет молока, блин",
        "no milk again, ugh",
    ],
)
def test_a_runout_come_back_told_as_a_complaint_asks_nothing(text: str) -> None:
    assert full_answer(text) == ASK_INTENT


@pytest.mark.parametrize(
    "text",
    [
        "молоко кончилось или нет",
        "сахар закончился или как",
        "we're out of milk or not",
        "разве молоко закончилось",
        "we out of milk or nah",
        "we're out of milk?? since when",
        "закончилось молоко? странно, вчера было две пачки",
    ],
)
def test_a_runout_asked_as_a_question_asks_nothing(text: str) -> None:
    assert full_answer(text) == ASK_INTENT


@pytest.mark.parametrize(
    "text",
    [
        "we ran out of sugar halfway through the cake, typical",
        "сахар кончился посреди готовки, ужас какой-то",
        "ran out of tea this afternoon, worst day ever",
        "кефир закончился прямо когда я тесто замешивала, пришлось на молоке",
        "we ran out of gas for the grill at 7, so dinner was late",
    ],
)
def test_a_runout_told_at_its_moment_with_a_remark_asks_nothing(text: str) -> None:
    assert full_answer(text) == ASK_INTENT


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("we ran out of milk this morning", _bought("milk")),
        ("молоко кончилось утром", _bought("молоко")),
        ("ran out of coffee this morning, and tea", _bought("coffee", "tea")),
        ("ran out of coffee this morning, add some", _bought("coffee")),
        (
            "we're nearly out of dishwasher tablets, Tom mentioned it this morning",
            _bought("dishwasher tablets"),
        ),
        # the review's sentences: a holder, a hedge, a check, a relay, the product described,
        # a measure or one more run-out after the moment
        ("у меня опять закончился шампунь", _bought("шампунь")),
        ("у неё опять закончилась смесь", _bought("смесь")),
        ("опять закончились яйца, я проверила", _bought("яйца")),
        ("опять закончился сыр, тот, который Петя любит", _bought("сыр")),
        ("out of milk again I think", _bought("milk")),
        ("we're out of eggs again, I checked", _bought("eggs")),
        ("we're out of milk again, it seems", _bought("milk")),
        ("we're out of milk again, he said", _bought("milk")),
        ("out of cereal again, the one that she likes", _bought("cereal")),
        ("молоко кончилось сегодня утром, Петя сказал", _bought("молоко")),
        ("молоко кончилось утром, а хлеб вечером", _bought("молоко", "хлеб")),
        ("could you make a note that we're nearly out of foil?", _bought("foil")),
        ("we're out of milk again", _bought("milk")),
        ("we're out of milk again lol", _bought("milk")),
        ("out of milk again 😩", _bought("milk")),
        ("eggs закончились опять", _bought("eggs")),
        ("хлеб кончился опять", _bought("хлеб")),
        ("Олег says we're out of гречка again", _bought("гречка")),
        ("Петя говорит молоко опять кончилось", _bought("молоко")),
        ("мама сказала опять хлеб закончился", _bought("хлеб")),
        ("we're out of milk again, add it", _bought("milk")),
        ("ugh out of milk again, get some on the way home", _bought("milk")),
        ("ugh out of milk again, can you grab some", _bought("milk")),
        ("блин опять кончилось молоко, надо купить", _bought("молоко")),
        ("опять кончился хлеб, запиши", _bought("хлеб")),
        ("we're out of eggs again, and bread", _bought("eggs", "bread")),
        ("we ran out of milk and eggs again", _bought("milk", "eggs")),
        ("ugh we're out of milk", _bought("milk")),
        ("пельмени кончились капец", _bought("пельмени")),
        ("we need eggs again", _bought("eggs")),
        ("hometask we are out of coffee filters again", _bought("coffee filters")),
        ("молоко закончилось", _bought("молоко")),
    ],
)
def test_a_bare_or_asked_runout_keeps_its_purchase(text: str, answer: tuple[Any, ...]) -> None:
    assert full_answer(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("ran out of eggs this morning, a dozen", ("start_job", (("eggs", "12", None, G),), ())),
        ("кофе кончился утром, 2 пачки", ("start_job", (("кофе", "2", "pack", G),), ())),
        ("we ran out of milk at 7, 2 liters", ("start_job", (("milk", "2", "l", G),), ())),
    ],
)
def test_a_runout_at_its_moment_with_a_measure_buys_it(text: str, answer: tuple[Any, ...]) -> None:
    assert full_answer(text) == answer


def test_a_runout_complained_beside_a_measure_asked_buys_it() -> None:
    assert full_answer("опять молоко кончилось, купи 2 литра") == (
        "start_job",
        (("молоко", "2", "l", G),),
        (),
    )
