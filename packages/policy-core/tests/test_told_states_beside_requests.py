"""Issue #12, the open world (fix round 22): round 22's rules of things told, not asked,
kept to their whole construction so the requests beside them act again.

- "out of hand", "out of stock", "out of control" are idioms of a state only before a mark,
  the end, a preposition or an adverb that ends the phrase (``TriggerWords.out_of_idioms``,
  ``out_of_idiom_ends``): "out of hand soap", "we're out of stock cubes" run out of a product;
- a word of consequence ends the clause of a run-out or of "nobody"
  (``TriggerWords.consequence_joiners``, ``consequence_pairs``: "so", "поэтому", "так что",
  "вот и"), so the request after it acts: "we always run out of tape so buy some", "никто не
  купил хлеб поэтому купи ты";
- a price is told only by a whole text of prices: a named list ("в продукты клубника по
  350") or a clause of items with no price ("молоко, хлеб, сосиски по 12") keeps the items;
- "since" before a day gone ("since last week", "since last tuesday") tells when a shortage
  began, and it still asks;
- a person added to a group is a member, a person word past a possessive ("my mom") or a
  pronoun; a capitalised word alone only when the group noun ends its phrase ("add Kate to
  this group"): "add Tide to the household supplies" adds Tide;
- a bare run-out dated yesterday ("молоко кончилось вчера", "we ran out of bread yesterday
  morning") is a bare run-out, a request by the settled convention; only a past told in
  another clause makes it a story ("хлеб кончился вчера и Петя съел последний кусок");
- an owed deed ("должен был убрать") with "пусть" after it asks it done;
- and the family the review found still missed: a habit told by "keep", "every", "каждый"
  ("we keep running out of milk", "каждую неделю кончается сахар"), "no one" as a subject
  like "nobody" (``TriggerWords.negative_subject_pairs``), a member called to eat ("Маш, иди
  ешь": "есть", "поесть" among ``meal_verbs``, the imperative read as the present), a
  run-out dated on a span gone or ago ("в прошлом месяце", "last weekend", "two weeks ago":
  ``TriggerWords.past_span_mods``, ``past_spans``, ``ago_words``).

Decided through ``decide()`` against the bilingual default household, by the rules alone
(the evidence gate off) and with the default settings; none is a corpus or golden sentence
but the review's (marked). Every kept row lost its answer on 5336eb5 and answers as on 7dcb2ad;
the asked rows marked "near miss" reach the narrowed checks and must keep asking.
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
    ("text", "answer"),
    [
        # a product after "out of hand / stock / control" (review)
        ("we're out of hand soap again", shopping_answer("hand soap")),
        ("we ran out of hand sanitizer", shopping_answer("hand sanitizer")),
        ("we're out of stock cubes", shopping_answer("stock cubes")),
        # "a box" said apart is the measure of the product before (round 31), no item
        ("out of stock cubes, buy a box", shopping_answer("stock cubes")),
        ("out of control top tights", shopping_answer("control top tights")),
        # ... in phrasings of our own
        ("we're out of hand wash", shopping_answer("hand wash")),
        ("out of hand lotion again", shopping_answer("hand lotion")),
        ("we ran out of stock powder", shopping_answer("stock powder")),
        # a request after a word of consequence (review)
        ("we always run out of tape so buy some", shopping_answer("tape")),
        ("we ran out of milk yesterday so grab some", shopping_answer("milk")),
        ("nobody remembered to buy eggs so buy eggs", shopping_answer("eggs")),
        ("никто не купил хлеб поэтому купи ты", shopping_answer("хлеб")),
        (
            "никто не убрал в детской поэтому напомни Пете убрать",
            task_answer("Убрать", "u-petya"),
        ),
        # ... in phrasings of our own
        ("we constantly run out of bin bags so buy a roll", shopping_answer("bin bags")),
        ("nobody walked the dog so Tom walk the dog", task_answer("Walk the dog", "u-tom")),
        ("никто не купил сметану так что купи сметану", shopping_answer("сметана")),
        # a price beside a named list or a clause of items with no price (review)
        ("в продукты клубника по 350", shopping_answer("клубника")),
        ("в список яйца по 30", shopping_answer("яйца")),
        ("в продукты сосиски по 12", shopping_answer("сосиски")),
        ("молоко, хлеб, сосиски по 12", shopping_answer("молоко", "хлеб", "сосиски")),
        # ... in phrasings of our own
        ("в продукты черешня по 400", shopping_answer("черешня")),
        ("в список творог по 120", shopping_answer("творог")),
        ("кефир, сметана, сыр по 500", shopping_answer("кефир", "сметана", "сыр")),
        # a shortage since a day gone (review, then our own)
        ("since last week we've been out of milk", shopping_answer("milk")),
        ("out of sugar since last week", shopping_answer("sugar")),
        ("we've been out of rice since last tuesday", shopping_answer("rice")),
        # a bare run-out dated yesterday (review, then our own)
        ("молоко кончилось вчера", shopping_answer("молоко")),
        ("хлеб кончился вчера вечером", shopping_answer("хлеб")),
        ("сахар закончился позавчера", shopping_answer("сахар")),
        ("we ran out of bread yesterday morning", shopping_answer("bread")),
        ("we ran out of eggs yesterday", shopping_answer("eggs")),
        ("соль кончилась вчера", shopping_answer("соль")),
    ],
)
def test_a_request_beside_a_told_state_acts(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text, RULES_ALONE) == answer


@pytest.mark.parametrize(
    "text",
    [
        # review
        "add Tide to the household supplies",
        "add Lysol to household items",
        "add Oreos to the team snacks",
        "add Kleenex as a household staple",
        # our own
        "add Pringles to the team snacks",
        "add Heinz to household items",
    ],
)
def test_a_brand_added_beside_a_group_word_is_an_item(text: str) -> None:
    # the item's name keeps the words after it as on 7dcb2ad (a defect of its own, left):
    # the row asserts the outcome and that the brand is in the item
    action, items, tasks = answer_to(text, RULES_ALONE)
    brand = text.split()[1].lower()
    assert (action, tasks) == ("start_job", ())
    assert items
    assert items[0].startswith(brand)


@pytest.mark.parametrize(
    ("text", "assignee"),
    [
        ("Петя должен был убрать, пусть уберёт сегодня", "u-petya"),  # review
        ("Маша должна была помыть посуду, пусть помоет вечером", "u-masha"),
    ],
)
def test_an_owed_deed_with_let_after_it_is_a_task(text: str, assignee: str) -> None:
    # the title keeps "был" as on 7dcb2ad (a defect of the title reader, left)
    action, items, tasks = answer_to(text, RULES_ALONE)
    assert (action, items) == ("start_job", ())
    assert [who for _, who in tasks] == [assignee]


@pytest.mark.parametrize(
    "text",
    [
        # a person word past a possessive added to a group (acted on 5336eb5)
        "add my mom to the family group",
        "please add my mom to the household",
        "add my grandma to the household",
        # near misses: a capitalised name before a group noun that ends its phrase
        "add Kate to this group",
        "add Jack as an admin of the group",
        # a spouse or partner, or the app itself (review, then our own)
        "add my husband to the app",
        "add my wife to the family account",
        "добавь мужа в приложение",
        # near misses: the idioms before a preposition, an adverb or a mark
        "the kids got out of hand at the party",
        "that blender is out of stock online",
        "things are out of control here",
        # near misses: a story past a yesterday's run-out, or "so" with nothing asked
        "ran out of milk yesterday, but Tom bought some",
        "хлеб кончился вчера и Петя съел последний кусок",
        "we ran out of milk yesterday and nobody said anything",
        "nobody wants to clean the bathroom so nothing happens",
        # near misses: a whole text of prices
        "на рынке черешня по 400",
        "черешня по 400, дорого",
    ],
)
def test_a_told_state_alone_still_asks(text: str) -> None:
    assert answer_to(text, RULES_ALONE) == ASKS_WHAT_IS_MEANT
    assert answer_to(text) == ASKS_WHAT_IS_MEANT


@pytest.mark.parametrize(
    "text", ["деньги кончились", "we're out of money", "деньги на карте закончились"]
)
def test_a_runout_of_money_names_no_item(text: str) -> None:
    # money is no product (``OpenWorldWords.abstract_needs``): the item's name is asked
    assert answer_to(text, RULES_ALONE) == ("clarify", ("item.name",))


def test_a_brand_on_a_group_chat_list_asks_the_list() -> None:
    # review: "the group chat list" names a list the household lacks, as on 7dcb2ad
    assert answer_to("add Doritos to the group chat list", RULES_ALONE) == (
        "clarify",
        ("item.list_id",),
    )


@pytest.mark.parametrize(
    "text",
    [
        # a run-out as a habit: "keep", "every", "каждый" in its clause (review, then our own)
        "we keep running out of milk",
        "every single week we run out of eggs",
        "каждую неделю кончается сахар",
        "we keep running out of foil",
        "every month we run out of coffee filters",
        "каждый месяц кончается стиральный порошок",
        # "no one" as the subject, like "nobody" (review, then our own)
        "no one wants to wash the dishes",
        "no one wants to mop the floor",
        "no one ever wants to take out the trash",
        # a run-out dated on a span gone or ago (review, then our own)
        "кофе закончился на прошлых выходных",
        "гречка кончилась ещё в прошлом месяце",
        "ran out of milk like 2 weeks ago",
        "we ran out of coffee last month",
        "we ran out of rice last weekend",
        "молоко кончилось неделю назад",
        "мука закончилась месяц назад",
        # a member called to eat: "есть", "ешь" (review, then our own)
        "Дима, иди есть",
        "Маш, иди ешь",
        "Петя, иди ешь",
        "Маша, иди есть, всё остыло",
    ],
)
def test_a_habit_a_span_gone_no_one_or_a_call_to_eat_asks(text: str) -> None:
    assert answer_to(text, RULES_ALONE) == ASKS_WHAT_IS_MEANT
    assert answer_to(text) == ASKS_WHAT_IS_MEANT


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("we keep running out of foil, buy two rolls", shopping_answer("foil")),
        ("каждую неделю кончается сахар, купи три пачки", shopping_answer("сахар")),
        ("out of milk since last month", shopping_answer("milk")),
        (
            "no one cleaned the bathroom so Tom clean the bathroom",
            task_answer("Clean the bathroom", "u-tom"),
        ),
    ],
)
def test_a_habit_or_no_one_beside_a_request_keeps_it(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text, RULES_ALONE) == answer
