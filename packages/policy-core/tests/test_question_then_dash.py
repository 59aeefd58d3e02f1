"""Issue #12, the open world (SPEC §4), round 23: a question with no mark opening the
command, then a request set off by a dash, as the wording corpus's authors wrote it (the
family of Russian and mixed-language requests the rules did not recognise).

- "кто пойдёт в магазин — купите хлеб", "who's going to the shops - grab milk": a dash after
  an opening question sets off the request in a clause of its own, as a comma or a colon
  already did ("кто будет в магазине, возьмите молока"; ``_unserved._question_start``).
- What stays: a question whose dash is followed by no request of the household's (a verb of
  the assistant's, or of confessing or calling back: "где купить молоко — подскажи", "кто
  съел весь сыр — признавайтесь", "кто звонил — перезвони ему"), which asks as its comma
  twin does.

Each row is decided through ``decide()`` against the bilingual default household (members
Анна, Петя, Маша, Tom; lists Продукты, Costco). Every row of the table that buys was
answered with a clarify of intent before this rule.
"""

from __future__ import annotations

from typing import Any

import pytest

from policy_core.testing import ASKS_WHAT_IS_MEANT, answer_to, shopping_answer


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("кто будет у метро — возьмите хлеба", shopping_answer("хлеб")),
        ("кто идёт в магазин - купите сметану", shopping_answer("сметана")),
        ("кто поедет мимо рынка — нужна картошка", shopping_answer("картошка")),
        ("кто в Ашан — возьмите бананы и яблоки", shopping_answer("бананы", "яблоки")),
        ("who's passing the shop - grab some bread", shopping_answer("bread")),
    ],
)
def test_a_request_after_a_question_and_a_dash_is_served(
    text: str, expected: tuple[Any, ...]
) -> None:
    assert answer_to(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("где купить молоко — подскажи", ASKS_WHAT_IS_MEANT),
        ("сколько стоит хлеб — узнай", ASKS_WHAT_IS_MEANT),
        ("кто съел весь сыр — признавайтесь", ASKS_WHAT_IS_MEANT),
        ("кто звонил — перезвони ему", ASKS_WHAT_IS_MEANT),
        ("кто видел мои ключи — скажите", ASKS_WHAT_IS_MEANT),
        ("кто будет в магазине, возьмите молока", shopping_answer("молоко")),
    ],
)
def test_near_misses_keep_their_answer(text: str, expected: tuple[Any, ...]) -> None:
    assert answer_to(text) == expected
