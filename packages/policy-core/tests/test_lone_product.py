"""Issue #12, the open world (SPEC §4.1), session 21: a text that is one product's name and
nothing else ("молоко", "almond milk", "milk pls") is a shopping request, as a verbless list
of several is.

The whole text, past words of courtesy or urgency, is the one item's name; the name's head
(the first Russian noun, else the last word) is a common product
(``ShoppingWords.known_products``) and no device called (``CorridorWords.device_nouns``);
every other word describes it (a Russian adjective or participle, a Russian noun no
dictionary holds, a Latin word that is no story's past and no list edit) up to what it is for
(``ShoppingWords.lone_name_links``). A sentence around the product (a deed told, a state, a
place, a list edit), a noun that is no product, a device and a question keep their answer.

Each row is decided through ``decide()`` against the bilingual default household (default
list Продукты); none is a corpus or golden sentence. Every row of the first table was not
acted on before this rule; the kept rows are near misses whose answer must not change.
"""

from __future__ import annotations

import pytest

from policy_core.testing import answer_to, decide_text, items_of

ASK = ("clarify", ("intent",))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("творог", "творог"),
        ("сливки, срочно", "сливки"),
        ("масло оливковое", "масло оливковое"),
        ("оливковое масло", "оливковое масло"),
        ("рис басмати", "рис басмати"),
        ("свечки для торта", "свечки для торта"),
        ("cheddar cheese", "cheddar cheese"),
        ("peanut butter please", "peanut butter"),
        ("oat milk asap", "oat milk"),
    ],
)
def test_a_lone_product_is_bought(text: str, name: str) -> None:
    assert items_of(decide_text(text)) == [(name, None, None)]


@pytest.mark.parametrize(
    "text",
    [
        # a deed told or a list edited around the product
        "bought eggs",
        "got yogurt",
        "delete the yogurt",
        # a state or a place told of it
        "молоко скисло",
        "сыр заплесневел",
        "хлеб в духовке",
        "сыр это жизнь",
        "yogurt yesterday",
        # no common product at its head, or a device called
        "герметик силиконовый",
        "recycling",
        "coffee break",
        "tea party",
        "beer o'clock",
        "кондиционер",
        "пылесос",
        # a question
        "milk?",
        # two products with no mark between
        "lemons limes",
        # the purpose said apart from the name
        "batteries for the remote",
    ],
)
def test_near_misses_keep_asking(text: str) -> None:
    assert answer_to(text) == ASK
