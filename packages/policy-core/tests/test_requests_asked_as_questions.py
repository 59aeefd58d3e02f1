"""Issue #12, round 26 (recall): requests asked as questions, read as the plain request is.

By the project's convention "can you buy milk?" asked of the app or of a member is a request;
"did you buy milk?" is not. Four constructions the rules missed:

- English: a request verb's plain form opening the text, asked with a question mark of someone
  called before it (a member, a word one calls a person by) or closing it, after a courtesy
  ("pls"), or a remind verb with its object and a deed; not said to no one ("grab lemons?" may
  offer), with a choice, an auxiliary and its subject, a remind verb before a question;
- English: a verb of courtesy asked of the one spoken to ("mind", past "would you", "do you",
  a member or a name called, a greeting), then the gerund of a buying, adding, remind, chore
  or errand verb: the deed asked as its imperative ("would you mind grabbing …?" → "grab …");
  not with "if" or a pronoun after the verb, another subject, the past, or "never";
- Russian: a 2nd person future asked of a member called, with the pronoun of the one spoken
  to and a particle or a day word between ("Маша, ты же заберёшь …?", "Петя, ты завтра
  вынесешь …?"); not a verb in the past, a verb of no chore, a choice of who;
- Russian: a negated 2nd person future asked in a sentence of its own before another one
  ("ты не купишь батареек? у меня пульт сел"); a statement's full stop asks nothing;
- Russian: frames of a chance or of ease before a buying, adding or remind verb ("есть
  минутка добавить …?", "есть возможность поставить …?", "ты не против купить …?", "не
  затруднит добавить …?"); the frames of ease only negated ("ты против купить …?" asks an
  opinion), none after a question word;
- Russian: a frame of leave ("можно") right before a list preposition and a list, with no verb
  after it, opening the text or its last clause ("можно в список ещё горошек?", "овсянка и
  изюм, можно в список?"), or closing the items before an adding verb ("кетчуп и горчицу
  можно добавить?"); not with "ли", a verb, or a deed told before it;
- Russian: a polite frame, then a delegating verb or a task noun before a deed's infinitive ("а
  Машу можно попросить разобрать сушилку?", "можно Пете задачу починить самокат?"); not with
  no deed ("можно попросить тебя об одолжении?") or after a question word;
- Russian: a proposal ("давай", "давайте") right before an adding or remind verb in the 1st
  person plural ("а давай добавим в список чечевицу?"); not before a buying verb ("давай купим
  дачу?" muses);
- Russian: a polite modal counted past a word one calls a person by ("мама, а ты можешь …?"),
  leads and a day phrase ("Петя, ты в пятницу сможешь …?"); a modal in the past only with
  "бы" beside it ("а Петя не мог бы …?"; "Петя не мог вынести мусор?" asks of the past);
- Russian: the items said first, then a buying verb in the 2nd person future closing
  the text ("а творог и сметану купишь?"); not with a question word, a plan mark, a negation,
  no product, or a name called who is no member.

Every row is decided through ``decide()`` against the bilingual test household
(``policy_core.testing``); none is a golden or corpus sentence.
"""

from __future__ import annotations

from typing import Any

import pytest

from policy_core import PolicySettings
from policy_core.testing import (
    ASKS_WHAT_IS_MEANT,
    FixedClock,
    answer_to,
    shopping_answer,
    task_answer,
)


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # English: a verb of courtesy, then a gerund
        ("would you mind picking up some oat milk?", shopping_answer("oat milk")),
        ("mind adding two tins of tuna?", shopping_answer("tuna")),
        ("do you mind grabbing batteries on the way home?", shopping_answer("batteries")),
        ("Tom, would you mind washing the car on Sunday?", task_answer("Wash the car", "u-tom")),
        ("hey Tom, mind emptying the dishwasher?", task_answer("Empty the dishwasher", "u-tom")),
        ("you mind putting yoghurt on the list?", shopping_answer("yoghurt")),
        # Russian: the one spoken to, then a particle or a day word before the future
        ("Маша, ты же польёшь цветы?", task_answer("Полить цветы", "u-masha")),
        (
            "Петя, ты завтра заберёшь посылку с почты?",
            task_answer("Забрать посылку с почты", "u-petya"),
        ),
        ("Маша, ты сегодня пропылесосишь ковёр?", task_answer("Пропылесосить ковёр", "u-masha")),
        # Russian: a negated future asked in its own sentence, another after it
        ("ты не купишь батареек? у меня пульт сел", shopping_answer("батарейки")),
        ("а вы не возьмёте кефира? завтра блины", shopping_answer("кефир")),
        # Russian: frames of a chance or of ease
        ("есть минутка добавить в список фасоль?", shopping_answer("фасоль")),
        ("ты не против купить овсяное печенье?", shopping_answer("овсяное печенье")),
        ("тебя не затруднит добавить горчицу?", shopping_answer("горчица")),
        (
            "есть возможность поставить Пете напоминание полить фикус?",
            task_answer("Полить фикус", "u-petya"),
        ),
        # Russian: a frame of leave before a list, or closing the items before an adding verb
        ("можно в список ещё горошек?", shopping_answer("горошек")),
        ("а можно в Продукты ряженку и творог?", shopping_answer("ряженка", "творог")),
        ("овсянка и изюм, можно в список?", shopping_answer("овсянка", "изюм")),
        ("кетчуп и горчицу можно добавить?", shopping_answer("кетчуп", "горчица")),
        # Russian: a frame of leave, then a delegating verb or a task noun before a deed
        ("а Машу можно попросить разобрать сушилку?", task_answer("Разобрать сушилку", "u-masha")),
        ("можно Пете задачу починить самокат?", task_answer("Починить самокат", "u-petya")),
        ("нельзя ли поручить Маше полить фикус?", task_answer("Полить фикус", "u-masha")),
        # Russian: a proposal of adding or reminding
        ("а давай добавим в список чечевицу?", shopping_answer("чечевица")),
        ("давайте добавим в Продукты соль и соду?", shopping_answer("соль", "сода")),
        # Russian: a modal asked past a word one calls a person by, a lead or a day phrase
        ("Петя, ты в пятницу сможешь повесить полку?", task_answer("Повесить полку", "u-petya")),
        ("мама, а ты можешь купить мне кефир?", shopping_answer("кефир")),
        ("а Петя не мог бы вынести мусор?", task_answer("Вынести мусор", "u-petya")),
        # Russian: the items said first, a buying or adding verb in the 2nd person future last
        ("а творог и сметану купишь?", shopping_answer("творог", "сметана")),
        ("Петя, батарейки купишь?", shopping_answer("батарейки")),
        # English: a plain imperative asked, to someone called, with a courtesy, or reminding one
        ("hun grab some lemons on the way back?", shopping_answer("lemons")),
        ("Tom clean the grill tonight?", task_answer("Clean the grill", "u-tom")),
        ("pls add paper towels?", shopping_answer("paper towels")),
        ("remind Tom to book the MOT next week?", task_answer("Book the MOT", "u-tom")),
    ],
)
def test_a_request_asked_as_a_question_acts(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text) == answer


@pytest.mark.parametrize(
    "text",
    [
        # English: no deed asked of the one spoken to
        "do you mind if I take the car tonight?",
        "would you mind me borrowing your charger?",
        "did you mind cleaning the garage last week?",
        "would Tom mind walking the dog?",
        "never mind adding tuna",
        "do you mind?",
        # Russian: the past, no chore, a choice of who
        "Маша, ты же полила цветы?",
        "Петя, ты завтра поедешь к бабушке?",
        "Маша, ты сегодня польёшь цветы или я?",
        # Russian: a statement, the past, in its own sentence
        "ты не купишь батареек. у меня пульт сел",
        "ты не купил батареек? у меня пульт сел",
        # Russian: an opinion asked, a place asked
        "ты против купить собаку?",
        "где есть возможность купить рассаду?",
        # English: an imperative said to no one (an offer), a choice, an auxiliary, no deed
        "grab some lemons on the way back?",
        "hun grab some lemons or should I?",
        "Tom, do you want lemons?",
        "remind me, did we pay the window cleaner?",
        "hun grab some lemons? or not?",
        "Tom, dishes tonight?",
        # Russian: a modal in the past with no conditional particle asks of the past
        "Петя не мог вынести мусор?",
        "Петя, ты вчера мог купить тетради?",
        "мама, ты можешь мне помочь?",
        # Russian: items first, then a question word, a plan mark, a negation, no product
        "творог когда купишь?",
        "телефон себе купишь?",
        "творог не купил?",
        "квартиру купишь?",
        # Russian: a proposal of buying (a musing), an adding verb with no item
        "давай купим дачу?",
        "давай добавим его в друзья?",
        # Russian: a delegating verb with no deed, a question word before the frame
        "можно попросить тебя об одолжении?",
        "где можно попросить помочь с ремонтом?",
        # Russian: leave asked with "ли" or a verb, a deed told before the frame
        "можно ли в список добавлять пиво?",
        "можно в список заглянуть?",
        "хлеб купила, можно в список?",
    ],
)
def test_a_near_miss_still_asks(text: str) -> None:
    assert answer_to(text) == ASKS_WHAT_IS_MEANT


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # A: the deed a courtesy gerund asks, read as its imperative, checked against the
        # corridor again: a transfer of money is a payment
        ("do you mind sending Petya $15?", ("reject", "payment_not_supported")),
        ("Tom, would you mind paying the plumber 50 dollars?", ("reject", "payment_not_supported")),
        # B: after "pick up" / "grab", a preposition, a pronoun, a possessive or an idiom's
        # object is nothing bought
        ("do you mind picking up the phone, Tom?", ASKS_WHAT_IS_MEANT),
        ("would you mind picking up the slack this week?", ASKS_WHAT_IS_MEANT),
        ("mind picking up after the dog?", ASKS_WHAT_IS_MEANT),
        ("Tom grab his jacket?", ASKS_WHAT_IS_MEANT),
        ("dad, pick us up at the mall?", ASKS_WHAT_IS_MEANT),
        # C: a frame of ease in the past asks of the past, unless "бы" stands beside it
        ("вас не затруднило купить творог?", ASKS_WHAT_IS_MEANT),
        ("не затруднило бы купить творог?", shopping_answer("творог")),
        # D: a frame of ease or of a chance, or a proposal of adding, before no product
        ("вы не против купить дом?", ASKS_WHAT_IS_MEANT),
        ("есть минутка купить самолёт?", ASKS_WHAT_IS_MEANT),
        ("давай добавим ещё одну спальню?", ASKS_WHAT_IS_MEANT),
        ("давай добавим Маше дело?", ASKS_WHAT_IS_MEANT),
        ("давай добавим Маше задачу убрать игрушки?", task_answer("Убрать игрушки", "u-masha")),
        ("можно в список ещё котёнка?", ASKS_WHAT_IS_MEANT),
        ("давайте добавим в список котёнка?", ASKS_WHAT_IS_MEANT),
        # E: a negated future asked, then taken back or asked again
        ("а ты не купишь хлеба? не надо? забей", ASKS_WHAT_IS_MEANT),
        ("вы не возьмёте кефира? ладно, сама", ASKS_WHAT_IS_MEANT),
        # a word of address with no comma is no part a title may keep
        ("мам а ты можешь вынести мусор?", ASKS_WHAT_IS_MEANT),
        ("мам, а ты можешь вынести мусор?", task_answer("Вынести мусор", "u-anna")),
        # a delegating verb before a group asks a rule of all, no task of one
        ("нельзя ли попросить всех мыть за собой посуду?", ASKS_WHAT_IS_MEANT),
    ],
)
def test_a_reviewed_near_miss(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("do you mind grabbing a bag of rice?", shopping_answer("rice")),
        ("Tom, would you mind mopping the hall?", task_answer("Mop the hall", "u-tom")),
        ("а гречку и рис купишь?", shopping_answer("гречка", "рис")),
        ("вы не против купить сушки?", shopping_answer("сушки")),
        ("mind sending Lucy $40?", ("reject", "payment_not_supported")),
        ("would you mind picking up the pace a bit?", ASKS_WHAT_IS_MEANT),
        ("вас не затруднило добавить сахар?", ASKS_WHAT_IS_MEANT),
        ("а ты не купишь молока? не надо", ASKS_WHAT_IS_MEANT),
    ],
)
def test_headline_rows_with_the_default_settings(text: str, answer: tuple[Any, ...]) -> None:
    """The same readings with the service's defaults (the evidence gate on)."""
    settings = PolicySettings(deterministic_ids=True, clock=FixedClock())
    assert answer_to(text, settings) == answer
