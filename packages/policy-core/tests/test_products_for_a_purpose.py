"""Issue #12, the open world (SPEC §4.1), round 23: products said with no verb, then what or
whom they are for, as the wording corpus's authors wrote them ("Cheerios for Lucy", "bagels
and cream cheese for sunday breakfast", "a bag of charcoal for the grill"; the family of
English household requests the rules did not recognise).

- The purpose closes the text: "for", then one to four words and nothing else but marks,
  courtesies ("pls") and pictures. Before it stands a verbless run of products, as a bare
  list is read (no verb, no trigger word, no mark but the list's own), the word right
  before "for" a word. The products are bought, on the default list: two or more, one
  measured or counted, or one whose name has several words or is a common product. What
  they are for is no part of any name.
- A near miss asks as before: a clause, a question or an event before "for" (a pronoun, a
  link or an auxiliary, a negation, a question word, thanks, a noun of what is booked,
  planned, learnt or paid: "it's for the guests", "what's for tea", "thanks for the
  biscuits", "tickets for the match", "ideas for dinner"), a member or a person as its
  subject ("Tom went out for milk", "grandma came round for tea"), a regular past right
  before "for" ("Kim asked for decaf"; the shop's "closed for …"), a word after "for" that
  names no purpose (a span, a number, a sale, a reason: "for a while", "for two", "for
  sale"), a question mark, a full stop or a comma before "for", anything after the purpose
  ("…, she asked"), one dish for a meal ("tacos for dinner": a meal planned), one word
  that is no common product ("vote for Tom", "haircut for Jack", "pizza for the kids",
  which may be ordered).

Each row is decided through ``decide()`` against the bilingual default household (members
Анна, Петя, Маша, Tom; lists Продукты, Costco; default Продукты). Every row of the table
that buys asked for the intent before this rule (8fb85f1); the rows that ask reach the
rule's new check and must stay a clarify.
"""

from __future__ import annotations

from typing import Any

import pytest

from policy_core.testing import answer_to, shopping_answer

ASK = ("clarify", ("intent",))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("pita and hummus for the picnic on saturday", shopping_answer("pita", "hummus")),
        ("2 bags of ice for the barbecue tomorrow pls", shopping_answer("ice")),
        ("oat milk for Tom's porridge", shopping_answer("oat milk")),
        ("rice and beans for Saturday", shopping_answer("rice", "beans")),
        ("a dozen muffins for the fair on friday", shopping_answer("muffins")),
        ("breadsticks + dip for film night", shopping_answer("breadsticks", "dip")),
        ("fish food for the goldfish", shopping_answer("fish food")),
        ("rain boots for Tom", shopping_answer("rain boots")),
        ("stain remover for the carpet 🧽", shopping_answer("stain remover")),
        ("yoghurt for the kids", shopping_answer("yoghurt")),
        ("bananas for the kids", shopping_answer("bananas")),
        ("cereal for Tom", shopping_answer("cereal")),
        ("cat food for Mittens", shopping_answer("cat food")),
        ("sausages and buns for the bbq on sunday", shopping_answer("sausages", "buns")),
        ("a bottle of wine for dinner tonight", shopping_answer("wine")),
    ],
)
def test_products_said_before_what_they_are_for_are_bought(
    text: str, expected: tuple[Any, ...]
) -> None:
    assert answer_to(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a clause, a question or an event before "for"
        "it's for the neighbours",
        "what's for tea",
        "w-w-what's for tea",
        "thanks for the biscuits",
        "sorry for the late reply",
        "tickets for the match",
        "ideas for dinner",
        "no cake for me",
        "an ad for the car",
        "sign up for swimming",
        "beep twice for the kettle",
        # a member or a person as its subject, a past right before "for"
        "Tom went out for milk",
        "grandma came round for tea",
        "Kim asked for decaf",
        "the chemist's closed for lunch",
        # no purpose after "for", or more after it
        "biscuits for a while",
        "dinner for two",
        "eggs for sale",
        "flowers for no reason",
        "coffee for 2 hours",
        "cereal for Tom, he asked",
        "pasta for dinner?",
        "Apples. For the pie.",
        # one dish for a meal, one word that is no common product
        "tacos for dinner",
        "pancakes for breakfast",
        "vote for Tom",
        "haircut for Tom",
        "pizza for the kids",
        "late for school",
    ],
)
def test_near_misses_still_ask(text: str) -> None:
    assert answer_to(text) == ASK
