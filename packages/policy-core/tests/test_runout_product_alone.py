"""Issue #12, the open world (SPEC §4, "an item must be a product-like noun phrase"; the
settled convention "a run-out report's item is the product alone"): round 26, precision.

A bare run-out ("we're out of eggs", "молоко закончилось") is a shopping request by
convention, but what is said around it is comment, never an item
(``_shopping._run_out_content``): interjections and "again" misspelt
(``ShoppingWords.run_out_comments``) are dropped where they stand; after the product, a piece
past a mark that holds one, an evaluation, a guess, the speaker or a question word
(``run_out_remarks``), or a Russian verb or pronoun, is a remark cut with all after it; a
Russian product said right before its verb is what ran out, what follows the verb a comment
unless a measure; the English subject of "out of" is the holder, never the product. A
request said after the run-out (a buying or adding word, a Russian imperative or
infinitive) reads as before. A run-out of what no shop sells names no item
(``_shopping._runs_out_unsold``): a supply of the home, a qualifier and what it qualifies
closing the product (``run_out_supply_qualifiers``, ``run_out_supplies``: "hot water"), a
device's charge (``run_out_charges`` with one of ``run_out_charged`` in the text), the
speaker's own mind or patience (a possessive, ``ran_out_possessives``, beside one of
``OpenWorldWords.abstract_needs``).

Decided through ``decide()`` against the bilingual default household, by the rules alone
(the evidence gate off); none is a corpus or golden sentence. Every row of the first two
tables answers otherwise before the round; the kept rows are near misses whose answer must
not change.
"""

from __future__ import annotations

from typing import Any

import pytest

from policy_core.testing import RULES_ALONE, answer_to, shopping_answer

ASK_ITEM = ("clarify", ("item.name",))


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("we're out of butter agin argh", shopping_answer("butter")),
        ("out of bananas, guess the kids get toast today", shopping_answer("bananas")),
        ("we ran out of tea bags this afternoon, total nightmare", shopping_answer("tea bags")),
        ("кефир кончился, это жесть какая-то", shopping_answer("кефир")),
        ("ugh сахар кончился", shopping_answer("сахар")),
        ("we're out of овсянка again, это уже классика", shopping_answer("овсянка")),
        ("чай закончился, а я без него не человек", shopping_answer("чай")),
        ("масло кончилось прямо посреди жарки", shopping_answer("масло")),
    ],
)
def test_a_runout_item_is_the_product_alone(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text, RULES_ALONE) == answer


@pytest.mark.parametrize(
    "text",
    [
        "the freezer is out of room",
        "we are out of hot water again",
        "у нас закончилась холодная вода",
        "батарея в ноутбуке кончилась",
        "моё терпение закончилось",
        "заряд на планшете закончился",
    ],
)
def test_a_runout_of_what_no_shop_sells_asks_the_item(text: str) -> None:
    assert answer_to(text, RULES_ALONE) == ASK_ITEM


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("we're out of butter and flour", shopping_answer("butter", "flour")),
        ("we ran out of butter, flour and jam", shopping_answer("butter", "flour", "jam")),
        ("кончились соль, сахар и мука", shopping_answer("соль", "сахар", "мука")),
        ("закончилась вода питьевая", shopping_answer("вода питьевая")),
        ("батарейки для пульта кончились", shopping_answer("батарейки для пульта")),
        ("we're out of hot water bottles", shopping_answer("hot water bottles")),
        ("закончился мой любимый сыр", shopping_answer("мой любимый сыр")),
        ("сахар кончился, купи пачку", ("start_job", ("сахар",), ())),
        ("мама сказала кончились яйца и соль надо купить", shopping_answer("яйца", "соль")),
        ("out of rice, how does that even happen", shopping_answer("rice")),
    ],
)
def test_runout_near_misses_keep_their_answer(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text, RULES_ALONE) == answer
