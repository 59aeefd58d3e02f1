"""Issue #12, the open world (SPEC §4, row 7: what the platform does not serve): the assistant
asked to book or order online itself, as the corpus authors wrote it (round 23, false
actions).

Three constructions:

- a booking verb heading the command (``OpenWorldWords.booking_verbs``: "book", "reserve",
  "забронируй") with an online channel after it (``booking_channels``: "online", "app",
  "website"; "онлайн", "сайт", "госуслуги"): the assistant is to book it online, whoever it is
  for ("book a physio slot online for Saturday", "book the kids a swim lesson through the
  app", "забронируй Пете баню онлайн"); without a channel "book the vet" stays a
  household's errand and a task;
- an order verb heading the command with a delivery service of South Asia, South-East Asia,
  the Gulf or Africa among ``order_channels`` ("order dosa on Zomato", "order groceries on
  Blinkit");
- a getting verb heading the command, a delivery participle and a channel after it
  (``delivery_participles``: "get the shopping delivered from Ocado"): a delivery the
  assistant would order; with no channel a getting verb keeps its reading.

A member called before the verb, a remind frame, or a request of its own beside it keeps the
reading. Decided through ``decide()`` against the bilingual default household, by the rules
alone (the evidence gate off) and with the default settings; none is a corpus or golden
sentence. Every asked row acted before; the kept rows are near misses whose answer must not
change.
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
        # a booking online
        "book a physio slot online for Saturday",
        "book the kids a swim lesson through the app",
        "book me a haircut on the salon's website",
        "забронируй Пете баню онлайн на субботу",
        # an order through a regional delivery service
        "order dosa on Zomato for dinner",
        "order groceries on Blinkit",
        # a getting verb with a delivery through a channel
        "get the shopping delivered from Ocado on Friday",
    ],
)
def test_an_online_booking_or_delivery_asks(text: str) -> None:
    assert answer_to(text, RULES_ALONE) == ASKS_WHAT_IS_MEANT
    assert answer_to(text) == ASKS_WHAT_IS_MEANT


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # a channel said in a remark of its own (fix round 23)
        ("book the vet. the website is slow", task_answer("Book the vet", "u-anna")),
        ("Tom, book the vet online", task_answer("Book the vet online", "u-tom")),
        ("remind me to book the vet online", task_answer("Book the vet online", "u-anna")),
        ("order a pack of batteries on the way home", shopping_answer("batteries")),
        ("get the cake from the bakery, not delivered", shopping_answer("cake")),
    ],
)
def test_a_booking_errand_or_a_purchase_keeps_its_answer(
    text: str, answer: tuple[Any, ...]
) -> None:
    assert answer_to(text, RULES_ALONE) == answer
