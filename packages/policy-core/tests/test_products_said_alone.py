"""Issue #12, the open world (SPEC §4.1), round 22: one product said as the whole text, a
picture beside the products of a verbless list, and products told bought, as the wording
corpus's authors wrote them (the family of household requests the rules did not recognise).

- One common product said alone, with no count X, "cottage cheese pls"):
  a purchase when every word of the text is a word of its name, past a word of courtesy or
  urgency, and the name's head is a known product (its one Russian noun before the link of
  a complement, "для"/"for", else the last word before it). A product in a remark (a verb, a
  short adjective or an interjection, a place, a second noun), a product told bought, a list
  edit, a device's noun, English products listed with no mark ("pears apples") or a word
  that is no known product asks as before.
- Whom such a product is for, one member or person after "for"/"для" or a Russian one in
  the dative ("bananas for the kids", "сыр для Маши", "кефир Пете"), is no part of it; a
  member told as the subject ("Tom's getting bread") or two of them still ask.
- A picture (an emoji) beside the products of a verbless list is read past as a mark is
  ("🧀 сыр, 🍞 батон"); pictures alone, or before a question mark, still ask.
- An English past a story is told in ("bought", "got") or a buying verb's ("picked",
  "grabbed") in a verbless list tells the products bought: no list of what to buy (a
  subject's "you'd" and a chore's "shredded" tell no story).

- A run-out report said after its product as the whole text, in English or in a mixed text
  ("the yoghurt's run out", "butter is finished", "kitchen roll ran out", "кефир is out"): a
  product of at most three words past a determiner, a link or its glued "'s", "ran"/"run"
  and the state closing the text past marks, courtesies and "again"/"ugh" (a perfect whose
  "out" closes its clause tells that need, no deed done: "… have run out."); the product's
  head a known product or a household consumable (``ShoppingWords.consumable_heads``). A
  member, a device, a chore's noun, an adverb before the state ("almost gone"), a particle
  after it ("gone off") or a longer story asks as before.

Each row is decided through ``decide()`` against the bilingual default household (lists
Продукты, Costco; default Продукты); none is a corpus or golden sentence. Every row of the
first tables was answered otherwise before these rules; the kept rows are near misses whose
answer must not change.
"""

from __future__ import annotations

from typing import Any

import pytest

from policy_core.testing import answer_to, shopping_answer

ASK = ("clarify", ("intent",))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("raspberries", shopping_answer("raspberries")),
        ("cottage cheese pls", shopping_answer("cottage cheese")),
        ("walnuts asap", shopping_answer("walnuts")),
        ("гречка", shopping_answer("гречка")),
        ("огурцы свежие", shopping_answer("огурцы свежие")),
        ("творог пожалуйста", shopping_answer("творог")),
        ("сливочное масло", shopping_answer("сливочное масло")),
        ("рис для плова", shopping_answer("рис для плова")),
    ],
)
def test_one_product_said_alone_is_bought(text: str, expected: tuple[Any, ...]) -> None:
    assert answer_to(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("🥒 огурцы, 🍅 помидоры", shopping_answer("огурцы", "помидоры")),
        ("🧅🧅 лук", shopping_answer("лук")),
        ("oranges 🍊", shopping_answer("oranges")),
        ("🛒 pasta, rice", shopping_answer("pasta", "rice")),
    ],
)
def test_a_picture_beside_the_products_is_read_past(text: str, expected: tuple[Any, ...]) -> None:
    assert answer_to(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # products told bought: a story, no list
        "bought cheese, ham and grapes",
        "got the rice and the pasta",
        "picked up yoghurt and cereal",
        "grabbed bananas, apples and pears",
    ],
)
def test_products_told_bought_are_no_list(text: str) -> None:
    assert answer_to(text) == ASK


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a product in a remark, told bought, edited off a list, or no known product
        ("pizza tonight?", ASK),
        ("honey everywhere", ASK),
        ("the cheese", ASK),
        ("bought honey", ASK),
        ("picked up cheese", ASK),
        ("remove cheese", ASK),
        ("сыр заплесневел", ASK),
        ("хлеб ура", ASK),
        ("суп на плите", ASK),
        ("сыр всему голова", ASK),
        ("сыр?", ASK),
        ("кондиционер", ASK),
        ("bins", ASK),
        ("мусор", ASK),
        ("🍕🍕❓", ASK),
        # products listed with no mark, no one name: as before
        ("ham cheese grapes", ASK),
        ("pears apples", ASK),
        ("🧀🧀", ASK),
        # a verbless list that kept its reading: a participle before a product, a courtesy
        # with "you'd"
        (
            "sliced ham, grated parmesan, grapes",
            shopping_answer("sliced ham", "grated parmesan", "grapes"),
        ),
        ("cheese and ham if you'd be so kind", shopping_answer("cheese", "ham")),
        ("молоко, хлеб", shopping_answer("молоко", "хлеб")),
    ],
)
def test_near_misses_keep_their_answer(text: str, expected: tuple[Any, ...]) -> None:
    assert answer_to(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the yoghurt's run out", shopping_answer("yoghurt")),
        ("butter is finished", shopping_answer("butter")),
        ("kitchen roll ran out", shopping_answer("kitchen roll")),
        ("ketchup gone again", shopping_answer("ketchup")),
        ("our dish soap is out", shopping_answer("dish soap")),
        ("грибы are gone", shopping_answer("грибы")),
        ("кефир is out, срочно", shopping_answer("кефир")),
        # a perfect that closes its clause with "out" tells a need, no deed done
        ("The cornflakes have run out.", shopping_answer("cornflakes")),
    ],
)
def test_a_run_out_report_said_after_its_product_buys_it(
    text: str, expected: tuple[Any, ...]
) -> None:
    assert answer_to(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no product, a device, a member, a chore, a state told otherwise, a story
        ("the power is out", ASK),
        ("Jack's out", ASK),
        ("recycling is out", ASK),
        ("the microwave finished", ASK),
        ("my patience ran out", ASK),
        ("Jack has run out", ASK),
        ("the cheese has gone off", ASK),
        ("butter is almost gone", ASK),
        ("the rash is finally gone", ASK),
        ("the butter ran out yesterday at lunch, so we had toast", ASK),
        # Russian says what ran out by its verb: kept
        ("кефир закончился", shopping_answer("кефир")),
        ("we're out of butter", shopping_answer("butter")),
    ],
)
def test_a_run_out_reports_near_misses_keep_their_answer(
    text: str, expected: tuple[Any, ...]
) -> None:
    assert answer_to(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("bananas for the kids", shopping_answer("bananas")),
        ("cereal for Tom", shopping_answer("cereal")),
        ("сыр для Маши", shopping_answer("сыр")),
        ("кефир Пете", shopping_answer("кефир")),
        ("детям сок", shopping_answer("сок")),
    ],
)
def test_a_product_said_alone_for_someone_is_bought(text: str, expected: tuple[Any, ...]) -> None:
    assert answer_to(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Tom's getting cereal",
        "cereal for Tom and Anna",
        "мусор Пете",
        "cereal for Tom?",
    ],
)
def test_a_product_for_someone_near_misses_still_ask(text: str) -> None:
    assert answer_to(text) == ASK
