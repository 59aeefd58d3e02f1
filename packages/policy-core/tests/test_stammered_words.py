"""Issue #12, the open world (SPEC §4), round 23: a stammered word is read as the word it
begins ("a-a-add eggs to the l-list", "we n-need b-b-bread", "к-к-купи хлеба"; the family of
household requests the rules did not recognise, in both languages).

- One or two letters and a hyphen, once or more, before a word they begin, are read past
  (``_text.normalise_text``): "b-b-bread" is "bread", "T-Tom" is "Tom", "в-в-включи" is
  "включи", "a-a-a" is "a". A single part of two letters is read past only when another
  stammer was read in the text ("wh-what's … g-groceries"): alone it may be a prefix
  ("co-codamol", "re-read").
- What no stammer begins keeps its hyphen: "t-shirt", "x-ray", "semi-skimmed", "по-русски",
  "co-codamol" (the word does not begin with the part, the part is as long as the word, or
  two letters alone).

Each row is decided through ``decide()`` against the bilingual default household (members
Анна, Петя, Маша, Tom; lists Продукты, Costco; default Продукты). Every row of the first
table was answered otherwise before this rule (b4e99e0; the last two rows before e76f9cc); the rows of the second were
answered so before it too and must not change.
"""

from __future__ import annotations

from typing import Any

import pytest

from policy_core.testing import answer_to, shopping_answer, task_answer


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("b-b-buy some m-milk", shopping_answer("milk")),
        ("p-put b-bananas on the l-list", shopping_answer("bananas")),
        ("we're o-out of r-rice", shopping_answer("rice")),
        ("add a-a-apples and o-oranges", shopping_answer("apples", "oranges")),
        ("a-a-a bag of o-onions and s-some g-garlic", shopping_answer("onions", "garlic")),
        ("buy a-a-a t-shirt", shopping_answer("t-shirt")),
        ("T-Tom, t-take the b-bins out", task_answer("Take the bins out", "u-tom")),
        ("к-к-купи с-сметану", shopping_answer("сметана")),
        ("д-добавь х-хлеб в п-продукты", shopping_answer("хлеб")),
        ("н-напомни П-Пете в-вынести мусор", task_answer("Вынести мусор", "u-petya")),
        ("в-в-включи свет на к-кухне", ("reject", "device_control_not_supported")),
    ],
)
def test_a_stammered_word_is_the_word_it_begins(text: str, expected: tuple[Any, ...]) -> None:
    assert answer_to(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("buy a t-shirt", shopping_answer("t-shirt")),
        ("add co-codamol", shopping_answer("co-codamol")),
        ("buy semi-skimmed milk", shopping_answer("semi-skimmed milk")),
        ("купи по-русски пельмени", shopping_answer("пельмени")),
        ("x-ray for Tom", ("clarify", ("intent",))),
        ("wh-what time is it", ("clarify", ("intent",))),
    ],
)
def test_a_hyphen_no_stammer_begins_stays(text: str, expected: tuple[Any, ...]) -> None:
    assert answer_to(text) == expected
