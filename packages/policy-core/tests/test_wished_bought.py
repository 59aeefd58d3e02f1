"""Issue #12, the open world (SPEC §4.1), round 23: a relayed wish that something be bought,
said as a clause ("Маша просит, чтобы ей купили лак"), as the wording corpus's authors wrote
it (the family of Russian requests the rules did not recognise).

- An asking verb, a comma at most, "чтобы"/"чтоб", a pronoun of whom it is for at most, then a
  buying verb in the past (the wish's own mood): read as the asking verb and the buying
  verb's infinitive ("Маша просит купить ей лак"), which the clauses already read
  (``_shopping.wished_bought``, called from ``RulePolicy._read``).
- What stays: a wish of anything but buying ("чтобы её не заставляли …"), a negated buying
  verb ("чтобы не покупали сладкое"), a member doing the buying ("чтобы Петя купил …"), the
  speaker's own ask told ("я же просила, чтобы купили хлеб"), a wish a contrast follows
  ("…, но я отказала"), a question.

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
        ("дети просят, чтобы купили мороженое", shopping_answer("мороженое")),
        ("папа просит чтоб купили пива", shopping_answer("пиво")),
        ("бабушка просила, чтобы ей купили кефир и творог", shopping_answer("кефир", "творог")),
        ("сын просил, чтобы ему купили сок", shopping_answer("сок")),
    ],
)
def test_a_wish_relayed_is_bought(text: str, expected: tuple[Any, ...]) -> None:
    assert answer_to(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Маша просит, чтобы её не заставляли есть гречку", ASKS_WHAT_IS_MEANT),
        ("мама просила, чтобы не покупали сладкое", ASKS_WHAT_IS_MEANT),
        ("папа просил, чтобы Петя купил хлеб", ASKS_WHAT_IS_MEANT),
        ("я же просила, чтобы купили хлеб", ASKS_WHAT_IS_MEANT),
        ("я просила, чтобы купили хлеб, а никто не купил", ASKS_WHAT_IS_MEANT),
        ("Петя просил, чтобы ему купили чипсы, но я отказала", ASKS_WHAT_IS_MEANT),
        ("Маша просила, чтобы мы купили торт?", ASKS_WHAT_IS_MEANT),
        ("Петя просил, чтобы ему взяли сок", ASKS_WHAT_IS_MEANT),
        ("Маша просит купить ей лак", shopping_answer("лак")),
    ],
)
def test_near_misses_keep_their_answer(text: str, expected: tuple[Any, ...]) -> None:
    assert answer_to(text) == expected
