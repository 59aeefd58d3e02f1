"""Issue #12, two requests in one message (SPEC §4 row 4): a purchase and a task said one
after the other, joined by ", а" / ", и" / ", and" or by "плюс" / "plus", read as one
task before; each side is now read as its own request and the answer is the mixed confirm.

A joiner after a clause mark ("плюс", "plus" need none) with a member, a household list or a
request's frame among the next words starts a second request (``_two_requests.
request_splits``); ``_read`` keeps the split only when one side reads a purchase and the other
a task. "Петя пусть купит батарейки" beside another member's task is a purchase (its title
read alone is one), unless a frame makes it a task ("напомни Пете купить …"); beside another
purchase ("…, а Маша — лампочки") both are items. A text that reports (a Russian past verb not
after "бы", "asked", "said") is not split. Near-misses keep the reading they had: one chore with two verbs, a task
with its reason, a story, a list with "and", a task whose title names a product.

Also read here (the family's open cases): a person right after a remind verb who is no member,
with a member named only in the deed after ("remind Megan to give Tom his inhaler"), is the
doer to ask about; "хоть" is no item
("…, запиши хоть"). An item of a numbered list opening with a member and an English chore
verb in its present ("2) Tom hoovers the living room Saturday") is that member's chore.

Each row is decided through ``decide()`` against the bilingual default household (Анна, Петя,
Маша, Tom; lists Продукты, Costco); none is a corpus or golden sentence.
"""

from __future__ import annotations

from typing import Any

import pytest

from policy_core.testing import full_answer

EVENING = "2026-03-04T19:00:00+03:00"
WHO = ("clarify", ("task.assignee_id",))


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        (
            "Петя пусть купит батарейки, а Маша в среду отвезёт бабушке продукты",
            (
                "confirm",
                (("батарейки", None, None, "l-groceries"),),
                (("Отвезти бабушке продукты", "u-masha", "2026-03-11"),),
            ),
        ),
        (
            "значит так: стиральный порошок в Costco, и Маша пусть вечером помоет пол в ванной",
            (
                "confirm",
                (("стиральный порошок", None, None, "l-costco"),),
                (("Помыть пол в ванной", "u-masha", EVENING),),
            ),
        ),
        (
            "молоко, яйца плюс не забыть — записать Петю к парикмахеру на субботу",
            (
                "confirm",
                (("молоко", None, None, "l-groceries"), ("яйца", None, None, "l-groceries")),
                (("Записать Петю к парикмахеру", "u-anna", "2026-03-07"),),
            ),
        ),
        (
            "мне — забрать вещи из химчистки в пятницу, и в Costco лампочки",
            (
                "confirm",
                (("лампочки", None, None, "l-costco"),),
                (("Забрать вещи из химчистки", "u-anna", "2026-03-06"),),
            ),
        ),
        (
            "я бы попросила записать в покупки гречку, а Маше напомнить в пятницу полить фиалки",
            (
                "confirm",
                (("гречка", None, None, "l-groceries"),),
                (("Полить фиалки", "u-masha", "2026-03-06"),),
            ),
        ),
        (
            "batteries to Costco, and Tom hoover the living room tonight",
            (
                "confirm",
                (("batteries", None, None, "l-costco"),),
                (("Hoover the living room", "u-tom", EVENING),),
            ),
        ),
        (
            "1) add paper plates to Costco 2) Tom hoovers the living room Saturday",
            (
                "confirm",
                (("paper plates", None, None, "l-costco"),),
                (("Hoover the living room", "u-tom", "2026-03-07"),),
            ),
        ),
        (
            "надо позвонить в управляйку, запиши хоть",
            ("start_job", (), (("Позвонить в управляйку", "u-anna", None),)),
        ),
        (
            "Петя пусть пропылесосит, а Маша пусть купит хлеб",
            (
                "confirm",
                (("хлеб", None, None, "l-groceries"),),
                (("Пропылесосить", "u-petya", None),),
            ),
        ),
        (
            "1) купить молоко 2) Петя моет посуду в субботу",
            (
                "confirm",
                (("молоко", None, None, "l-groceries"),),
                (("Мыть посуду", "u-petya", "2026-03-07"),),
            ),
        ),
        # two purchases by two members, the second with its verb left out: both items
        (
            "Петя пусть купит батарейки, а Маша пусть купит хлеб",
            (
                "start_job",
                (("батарейки", None, None, "l-groceries"), ("хлеб", None, None, "l-groceries")),
                (),
            ),
        ),
        (
            "Петя пусть купит батарейки, а Маша — лампочки",
            (
                "start_job",
                (("батарейки", None, None, "l-groceries"), ("лампочки", None, None, "l-groceries")),
                (),
            ),
        ),
        ("remind Megan to give Tom his inhaler at 8pm, she's sitting tonight", WHO),
        ("please remind Mike to pick up Tom from school", WHO),
    ],
)
def test_two_requests_are_both_read(text: str, answer: tuple[Any, ...]) -> None:
    assert full_answer(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # already a purchase and a task: unchanged
        (
            "купи хлеб и напомни Пете вынести мусор",
            (
                "confirm",
                (("хлеб", None, None, "l-groceries"),),
                (("Вынести мусор", "u-petya", None),),
            ),
        ),
        (
            "buy batteries, and Tom needs to hoover the living room tonight",
            (
                "confirm",
                (("batteries", None, None, "l-groceries"),),
                (("Hoover the living room", "u-tom", EVENING),),
            ),
        ),
        # a remind frame keeps the purchase a task
        (
            "напомни Пете купить хлеб, а Маше вынести мусор",
            ("start_job", (), (("Купить хлеб, а Маше вынести мусор", "u-petya", None),)),
        ),
        # a report: what was asked of them is told, not asked ("попросила", "they did")
        (
            "я попросила Петю купить батарейки, а Машу — полить фиалки, они сделали",
            ("start_job", (), (("Купить батарейки, а Машу", "u-petya", None),)),
        ),
        # a task with its reason
        (
            "Петя, вынеси мусор, а то воняет",
            ("start_job", (), (("Вынеси мусор", "u-petya", None),)),
        ),
        # what the chore takes along, only not to be forgotten: no purchase of its own
        (
            "Петя, вынеси мусор, и не забудь пакеты",
            ("start_job", (), (("Вынеси мусор", "u-petya", None),)),
        ),
        # a story: nothing asked
        ("Петя купил батарейки, а Маша отвезла продукты", ("clarify", ("intent",))),
        ("Маша помыла пол, и Петя купил батарейки", ("clarify", ("intent",))),
        # one chore with two verbs
        ("помой и вытри посуду", ("start_job", (), (("Помой и вытри посуду", "u-anna", None),))),
        (
            "clean and tidy the garage",
            ("start_job", (), (("Clean and tidy the garage", "u-anna", None),)),
        ),
        # a list with "and"
        (
            "milk and eggs",
            (
                "start_job",
                (("milk", None, None, "l-groceries"), ("eggs", None, None, "l-groceries")),
                (),
            ),
        ),
        # a task whose title names a product
        (
            "Маша пусть отвезёт бабушке продукты",
            ("start_job", (), (("Отвезти бабушке продукты", "u-masha", None),)),
        ),
        # thanks after a purchase, another's plan told
        (
            "купи молоко, и Маше спасибо",
            ("start_job", (("молоко", None, None, "l-groceries"),), ()),
        ),
        (
            "add milk to Costco and Tom said he'd buy bread",
            ("start_job", (("milk", None, None, "l-costco"),), ()),
        ),
        # a member's chore in its present outside a numbered list: a rota told, not asked
        ("Tom hoovers the living room Saturday", ("clarify", ("intent",))),
        # the requester or a member after the remind verb does it
        (
            "remind me to give Tom his inhaler at 8pm",
            ("start_job", (), (("Give Tom his inhaler", "u-anna", "2026-03-04T20:00:00+03:00"),)),
        ),
        ("remind Tom to call Megan", ("start_job", (), (("Call Megan", "u-tom", None),))),
    ],
)
def test_one_request_stays_one(text: str, answer: tuple[Any, ...]) -> None:
    assert full_answer(text) == answer
