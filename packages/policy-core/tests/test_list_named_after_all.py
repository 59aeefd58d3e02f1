"""Issue #12, the open world (SPEC §4.1), round 23: a verbless list, a dash, a word standing
for it all, then the list it all goes to, as the wording corpus's authors wrote it (the
family of Russian and mixed-language requests the rules did not recognise).

- "хлеб, молоко, яйца — всё в продукты", "… — всё в список", "… — всё в корзину": the list
  phrase's preposition after the word standing for it all, then a list word or one of the
  household's lists, names where the things go; the comment rule
  (``_statements._comments_on_a_list``) no longer reads it as a comment.
- What stays: where the things are ("— всё в холодильнике", "— всё в холодильник", "— всё уже
  в списке", "— всё в продуктах": the list named in the accusative only), what is said of
  them ("— это вредно"), anything said after the list ("— всё в продукты добавлено"), things
  the smart home runs ("вода, свет — всё в хозтовары": bills), the list closed ("…, хлеб —
  всё").

Each row is decided through ``decide()`` against the bilingual default household (lists
Продукты, Costco). Every row of the table that buys was answered with a clarify of intent
before this rule.
"""

from __future__ import annotations

from typing import Any

import pytest

from policy_core.testing import ASKS_WHAT_IS_MEANT, answer_to, shopping_answer


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("сметана, творог, кефир — всё в продукты", shopping_answer("сметана", "творог", "кефир")),
        ("гречка, рис — всё в список", shopping_answer("гречка", "рис")),
        ("сыр, колбаса — всё в Costco", shopping_answer("сыр", "колбаса")),
        ("чай, сахар — всё в корзину", shopping_answer("чай", "сахар")),
    ],
)
def test_the_list_named_after_all_of_it_takes_the_items(
    text: str, expected: tuple[Any, ...]
) -> None:
    assert answer_to(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("хлеб, молоко — всё в холодильнике", ASKS_WHAT_IS_MEANT),
        ("хлеб, молоко — всё в холодильник", ASKS_WHAT_IS_MEANT),
        ("молоко, хлеб — всё уже в списке", ASKS_WHAT_IS_MEANT),
        ("батончики, сухарики — это вредно", ASKS_WHAT_IS_MEANT),
        ("молоко, хлеб — всё", shopping_answer("молоко", "хлеб")),
        # review 23: where the things are (the locative), what was done, bills (no goods)
        ("хлеб, молоко — всё в продуктах", ASKS_WHAT_IS_MEANT),
        ("хлеб, молоко — всё в хозтоварах", ASKS_WHAT_IS_MEANT),
        ("хлеб, молоко — всё в продукты добавлено", ASKS_WHAT_IS_MEANT),
        ("вода, свет — всё в хозтовары", ASKS_WHAT_IS_MEANT),
        ("сметана, творог — всё в продуктах", ASKS_WHAT_IS_MEANT),
        ("сметана, творог — всё в хозтоварах", ASKS_WHAT_IS_MEANT),
        ("гречка, рис — всё в корзину добавлены", ASKS_WHAT_IS_MEANT),
        ("гречка, рис — всё в список, ха-ха", ASKS_WHAT_IS_MEANT),
        ("лампа, свет — всё в список", ASKS_WHAT_IS_MEANT),
    ],
)
def test_near_misses_keep_their_answer(text: str, expected: tuple[Any, ...]) -> None:
    assert answer_to(text) == expected
