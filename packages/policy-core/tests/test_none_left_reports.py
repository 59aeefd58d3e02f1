"""Issue #12, the open world (SPEC §4.1), round 23: a report that none of a product is left,
said as the whole text, is a purchase, as a run-out report is ("no more bread", "no milk
left", "there's no more cereal", "we've no eggs left"; the family of English household
requests the rules did not recognise).

- Who has none may open it ("there's", "there is", "we've", "we have got"), then "no",
  "more", at most three words of products, "left" and a place after "in" or "at" ("in the
  house", "at home"), closing the text past marks and courtesies. "no more", "left" or an
  opener must be said: "no bread" alone answers. The products must be known ones, read as a
  run-out report's are (a known product or a household consumable).
- A near miss asks as before: a question ("is there no bread", "there's no milk?"), a word
  after the products that is no place ("no more sweets for you", "no more crisps before
  dinner", "no more biscuits, Tom", "no more pizza, we're full"), a place that is someone's
  serving or this one, or a food ("there's no milk in this tea", "no more sugar in my
  coffee"), what is no product ("no more cold showers", "no more screen time", "there's no
  way", "we've got no time").

Each row is decided through ``decide()`` against the bilingual default household (lists
Продукты, Costco; default Продукты). Every row of the table that buys asked for the intent
before this rule (755913a); the rows that ask reach the rule's new check and must stay a
clarify.
"""

from __future__ import annotations

from typing import Any

import pytest

from policy_core.testing import answer_to, shopping_answer

ASK = ("clarify", ("intent",))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("no more butter", shopping_answer("butter")),
        ("no more oat milk in the fridge", shopping_answer("oat milk")),
        ("no yoghurt left", shopping_answer("yoghurt")),
        ("no coffee left in the cupboard", shopping_answer("coffee")),
        ("there's no more rice", shopping_answer("rice")),
        ("there's no pasta left", shopping_answer("pasta")),
        ("there is no more flour", shopping_answer("flour")),
        ("we've no bread left", shopping_answer("bread")),
        ("we have no eggs", shopping_answer("eggs")),
        ("we've got no cheese", shopping_answer("cheese")),
        ("no more toilet paper in the house ugh", shopping_answer("toilet paper")),
        ("no more apples at home.", shopping_answer("apples")),
    ],
)
def test_a_report_that_none_is_left_buys_it(text: str, expected: tuple[Any, ...]) -> None:
    assert answer_to(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "no bread",
        "is there no bread",
        "there's no milk?",
        "no more sweets for you",
        "no more crisps before dinner",
        "no more biscuits, Tom",
        "no more pizza, we're full",
        "there's no milk in this tea",
        "no more sugar in my coffee",
        "no more cold showers",
        "no more screen time",
        "there's no way",
        "we've got no time",
    ],
)
def test_near_misses_still_ask(text: str) -> None:
    assert answer_to(text) == ASK
