"""Issue #12, the open world (SPEC §4, row 7): an order placed through a channel the platform
does not serve, as the corpus authors wrote it ("закажи на Озоне …", "order … on Amazon",
"order … for delivery", "закажи … из Перекрёстка").

An order verb heading the command (a Russian imperative, or the first word of an English
command past a wake word or a courtesy) with a channel after it (an online shop, a delivery
service, a delivery, a website: ``OpenWorldWords.order_channels``) or a shop after a shop
preposition asks the assistant to place an order somewhere else: intent is asked. A bare
"закажи X" / "order X" is still a purchase, as the golden set reads it; a member called before
the verb, a remind frame or a need ("надо заказать …") keeps the reading it had.

Each row is decided through ``decide()`` against the bilingual default household; none is a
corpus or golden sentence. Every asked row acted before this rule; the kept rows are near
misses whose answer must not change.
"""

from __future__ import annotations

from typing import Any

import pytest

from policy_core.testing import answer_to, shopping_answer, task_answer

ASK = ("clarify", ("intent",))


@pytest.mark.parametrize(
    "text",
    [
        "закажи кошачий наполнитель на Вайлдберриз",
        "закажите, пожалуйста, памперсы через Озон",
        "закажи на Самокате бананы и йогурт",
        "бот, закажи курицу и рис из Перекрёстка",
        "закажи доставку воды на завтра",
        "алиса, закажи стиральный порошок в ВкусВилле",
        "order dog treats on Amazon",
        "order two packs of AA batteries from Walmart",
        "order milk and eggs for delivery tomorrow morning",
        "alexa, order coffee pods from Ocado",
        "order the birthday banner off Etsy",
    ],
)
def test_an_order_through_a_channel_asks(text: str) -> None:
    assert answer_to(text) == ASK


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # a bare order verb is a purchase
        ("закажи влажные салфетки и подгузники", shopping_answer("влажные салфетки", "подгузники")),
        ("order a box of nappies", shopping_answer("nappies")),
        # a channel word as a product's complement: the product stays
        ("закажи роутер для интернета", shopping_answer("роутер для интернета")),
        # a remind frame: the member's own errand
        ("напомни мне заказать фильтр на Озоне", task_answer("Заказать фильтр на Озоне", "u-anna")),
        (
            "remind Tom to order the printer ink on Amazon",
            task_answer("Order the printer ink on Amazon", "u-tom"),
        ),
        # a need, or a member called before the verb
        ("надо заказать фильтр для воды на Озоне", shopping_answer("фильтр для воды")),
        ("Петя, закажи себе кроссовки на Озоне", shopping_answer("кроссовки")),
        # a buying verb with the shop: bought there
        ("купи в Перекрёстке молоко", shopping_answer("молоко")),
        ("add paper towels to the list, Amazon ones", shopping_answer("paper towels")),
    ],
)
def test_an_order_near_miss_keeps_its_answer(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text) == answer
