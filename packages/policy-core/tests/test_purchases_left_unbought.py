"""Issue #12, the open world (SPEC §4, "The open world": an execute or confirm on a text that
asks nothing is the worst answer): a run-out whose purchase is called off or told as a
member's plan, and a member's Russian future purchase told (round 29, the reviewers' "old"
near-misses that still acted).

A run-out ("молоко кончилось", "we're out of eggs") asks for the product, as the golden set
has it; but not when beside it a buying or getting verb is negated ("…, не покупай ещё, я
сама", "out of eggs but don't buy more") or stands in the Russian future, told rather than
asked ("…, Петя купит ещё"), and nothing is asked there (``_clauses._left_unbought``). A
member named right before a Russian future buying verb, with no "пусть", tells his plan
("Петя завтра купит ещё молока"; ``_clauses._member_plan_told``), as an outsider's already
did ("мама купит торт").

Kept: a request beside the run-out ("…, купи ещё", "…, не покупай обезжиренное, купи
обычное" buys), "пусть" ("Петя пусть купит молока" is his task), a member called by a comma
("Петя, купи молока"), "не забудь купить", the first person plural ("молоко кончилось, купим
ещё"), and English members' futures, left to the task readers. Decided through ``decide()``
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
    shopping_answer,
    task_answer,
)

ASKS_WHAT_TO_BUY = ("clarify", ("item.name",))
ASKS_THE_TITLE = ("clarify", ("task.title",))
REFUSED_AS_BULK = ("reject", "bulk_operation_not_supported")


@pytest.mark.parametrize(
    "text",
    [
        # the reviewers' sentences (round 28)
        "молоко кончилось, не покупай ещё, я сама",
        "молоко кончилось, Петя купит ещё",
        "Петя завтра купит ещё молока",
        # phrasings of our own
        "out of eggs but don't buy more, I'm getting some",
        "хлеб закончился, но не покупай, Дима принесёт",
        "сахар кончился, Маша завтра купит",
        "Петя купит хлеб",
        # the review's sentence (fix round 29): a due phrase and "сам" between
        "Том в пятницу сам купит вино",
        "Маша в субботу купит торт",
        "масло закончилось, не бери пока, я с дачи привезу",  # (asked before too)
        "we ran out of rice, don't buy any more",
    ],
)
def test_a_purchase_left_unbought_asks(text: str) -> None:
    assert answer_to(text, RULES_ALONE) == ASKS_WHAT_IS_MEANT
    assert answer_to(text) == ASKS_WHAT_IS_MEANT


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("молоко кончилось, купи ещё", shopping_answer("молоко")),
        ("молоко кончилось", shopping_answer("молоко")),
        ("we're out of milk, get some", shopping_answer("milk")),
        ("Петя, купи молока", shopping_answer("молоко")),
        ("молоко кончилось, Петя, купи ещё", shopping_answer("молоко")),
        ("хлеб закончился, не забудь купить", shopping_answer("хлеб")),
        ("молоко кончилось, купим ещё", shopping_answer("молоко")),
        ("давай купим молока", shopping_answer("молоко")),
        ("Петя пусть купит молока", task_answer("Купить молока", "u-petya")),
        ("Петя купит хлеб, а ты купи молоко", shopping_answer("молоко")),
        ("Маша сама купит тетради, а мне купи ручку", shopping_answer("ручка")),
        ("Петя в субботу, купи торт", shopping_answer("торт")),
        ("Петя, купишь хлеба?", shopping_answer("хлеб")),
    ],
)
def test_a_request_beside_it_keeps_its_answer(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text, RULES_ALONE) == answer


@pytest.mark.parametrize(
    "text",
    [
        # the reviewers' sentence (round 28)
        "if the kettle breaks, buy a new one",
        # phrasings of our own
        "when we run out of milk, buy more",
        "when the kettle breaks, buy a new one",
        "если хлеб закончится, купи ещё",  # (asked before too: ``after_condition``)
    ],
)
def test_a_run_out_to_come_names_nothing_to_buy(text: str) -> None:
    """``_clauses._runs_out_on_a_condition``, ``_shopping._refers_to_a_condition``."""
    assert answer_to(text, RULES_ALONE) == ASKS_WHAT_TO_BUY


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("when you're at the shop, get more bread", shopping_answer("bread")),
        ("we're out of milk, when you're at the shop get some", shopping_answer("milk")),
        ("если молоко закончится, возьми кефир", shopping_answer("кефир")),
        ("if the kettle breaks, buy a new kettle", shopping_answer("new kettle")),
        # a run-out now, not to come (review fix round 29: ``_clauses.run_out_state``)
        (
            "when you're at the shop, if we're out of eggs, get a dozen",
            ("start_job", ("eggs",), ()),
        ),
    ],
)
def test_a_condition_with_its_own_product_keeps_it(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text, RULES_ALONE) == answer


@pytest.mark.parametrize(
    "text",
    [
        # the reviewers' sentence (round 28)
        "always buy more milk when it runs out",
        # phrasings of our own
        "always buy milk when it runs out",
        "всегда покупай молоко, когда кончается",
        "каждый раз когда кончается хлеб, покупай новый",
        "whenever we run out of eggs, buy two dozen",
    ],
)
def test_a_standing_rule_of_restocking_is_refused(text: str) -> None:
    """``_corridor._restock_rule``."""
    assert answer_to(text, RULES_ALONE) == REFUSED_AS_BULK
    assert answer_to(text) == REFUSED_AS_BULK


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("always buy oat milk", shopping_answer("oat milk")),
        ("когда будешь в магазине, купи молоко, как всегда", shopping_answer("молоко")),
    ],
)
def test_a_purchase_beside_a_recurrence_keeps_it(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text, RULES_ALONE) == answer


@pytest.mark.parametrize(
    "text",
    [
        # the reviewers' sentences (round 29)
        "put it in the tasks for me",
        "попрошу записать на завтра",
    ],
)
def test_a_frame_said_alone_asks_for_its_title(text: str) -> None:
    """``_tasks._frame_alone``: only a frame, the requester and a stranded preposition."""
    assert answer_to(text, RULES_ALONE) == ASKS_THE_TITLE


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("remind me to call mum", task_answer("Call mum", "u-anna")),
        ("запиши мне: вынести мусор", task_answer("Вынести мусор", "u-anna")),
        ("Диме запиши купить батарейки", shopping_answer("батарейки")),
    ],
)
def test_a_frame_with_its_chore_keeps_it(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text, RULES_ALONE) == answer


@pytest.mark.parametrize(
    "text",
    [
        # the reviewers' sentences (rounds 28 and 29)
        "когда молоко кончится, купим ещё",
        "когда закончится порошок, купим большую пачку",
        # phrasings of our own
        "когда кончится кофе, закажем новый",
    ],
)
def test_a_plan_after_a_time_to_come_asks(text: str) -> None:
    """``_unserved._conditional_plan`` opened by a time to come (review fix, round 29): the
    speakers' own deed after "когда …", never "когда порошок" as an item."""
    assert answer_to(text, RULES_ALONE) == ASKS_WHAT_IS_MEANT


@pytest.mark.parametrize(
    ("text", "product"),
    [
        # the review's probes (round 29): a recurrence inside a relative clause or "как всегда"
        ("if they have it, buy the coffee I always get", "coffee"),
        ("если будешь в магазине, как всегда купи хлеб", "хлеб"),
        ("если будешь в магазине, купи молоко, которое мы всегда покупаем", "молоко"),
        ("каждый раз когда прошу, ты забываешь: купи хлеб, если будешь в магазине", "хлеб"),
        ("whenever you get a chance, buy stamps", "stamps"),
    ],
)
def test_a_recurrence_beside_a_one_off_request_is_no_rule(text: str, product: str) -> None:
    """``_corridor._restock_rule`` (review fix, round 29): the recurrence right before an
    asked verb opening its clause, or a run-out said beside "whenever"/"каждый раз когда".
    Only the purchase is asserted: what else the item reader takes there is not this
    family's."""
    action, names, tasks = answer_to(text, RULES_ALONE)
    assert (action, tasks) == ("start_job", ())
    assert product in names
