"""Issue #12, the open world (SPEC §4, "a request needs positive evidence"): an adding verb
negated or stopped before a list phrase, as the corpus authors wrote it (round 23, false
actions).

A list phrase ("to the list", "on the shopping list", "в список") reads what stands before it
as the items; when the adding verb before it, in its clause, is negated or stopped
(``_clauses.adding_refused`` through ``negated``: "don't", "do not", "не", a need negated,
"no need to", "не надо", or one of ``TriggerWords.stop_verbs`` right before it: "stop
adding", "quit adding", "enough adding"), in any of its forms (``refused_add_forms``:
"putting", "throwing"; "добавлять", "закидывать"), the list is
refused and nothing is put on it: "don't add crisps to the list", "stop adding random stuff to
my list", "не добавляй печенье в список". Before round 23 the phrase put the product, or the
words "do", "quit", "stop" themselves, on the list.

A remind verb ("don't forget to add foil to the list", "не забудь добавить …") or a request in
another clause ("…, add juice to the list") still adds. Decided through ``decide()`` against
the bilingual default household, by the rules alone (the evidence gate off) and with the
default settings; none is a corpus or golden sentence. Every asked row acted before; the kept
rows are near misses whose answer must not change.
"""

from __future__ import annotations

from typing import Any

import pytest

from policy_core.testing import (
    ASKS_WHAT_IS_MEANT,
    RULES_ALONE,
    answer_to,
    decide_text,
    shopping_answer,
)


@pytest.mark.parametrize(
    "text",
    [
        "don't add crisps to the list",
        "do not put cola on the shopping list, we have loads",
        "quit adding sweets to the Costco list",
        "stop adding random stuff to my list",
        "не добавляй печенье в список",
        "не записывай конфеты в список покупок",
        # no need for the adding, "enough" before it, a gerund or an imperfective infinitive
        # (fix round 23: the review's sentences, then phrasings of our own)
        "no need to add milk to the list",
        "enough adding sweets to the list",
        "lucy quit putting candy on the list",
        "не надо добавлять молоко в список",
        "перестань добавлять чипсы в список покупок",
        "no need to put eggs on the shopping list",
        "there's no need to add bread to the list",
        "enough adding cola to my shopping list",
        "stop putting biscuits on the list",
        "quit throwing sweets on the Costco list",
        "не нужно записывать сыр в список",
        "не надо закидывать конфеты в список",
    ],
)
def test_a_list_refused_asks(text: str) -> None:
    assert answer_to(text, RULES_ALONE) == ASKS_WHAT_IS_MEANT
    assert answer_to(text) == ASKS_WHAT_IS_MEANT


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("don't forget to add foil to the list", shopping_answer("foil")),
        ("add foil to the list, don't add crisps", shopping_answer("foil")),
        ("no don't add cola, add juice to the list", shopping_answer("juice")),
        ("не забудь добавить фольгу в список", shopping_answer("фольга")),
        # the refusal's words beside an adding of its own
        ("no need to add milk to the list, add eggs", shopping_answer("eggs")),
        ("enough milk for now, add eggs to the list", shopping_answer("eggs")),
        ("stop at the shop and add bread to the list", shopping_answer("bread")),
        ("не надо добавлять молоко, добавь в список яйца", shopping_answer("яйца")),
    ],
)
def test_a_list_refused_near_miss_keeps_its_answer(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text, RULES_ALONE) == answer


@pytest.mark.parametrize(
    ("text", "item"),
    [
        (
            "don't put bread on the Costco list, put it on the shopping list",
            ("bread", "l-groceries"),
        ),
        ("no need to add eggs to the Costco list, add them to the list", ("eggs", "l-groceries")),
        ("add milk to the Costco list", ("milk", "l-costco")),
    ],
)
def test_a_refused_list_names_no_list(text: str, item: tuple[str, str]) -> None:
    """``_shopping._list_phrase``: the list of a refused phrase is not where the item goes;
    the list of the adding asked beside it is."""
    document = decide_text(text, RULES_ALONE)
    assert document["action"] == "start_job", document
    assert [
        (a["payload"]["item"]["name"], a["payload"]["item"]["list_id"])
        for a in document["payload"]["proposed_actions"]
    ] == [item]
