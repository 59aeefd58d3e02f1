"""Issue #12, the open world (SPEC §4.1), round 22: one product said as the whole text, a
picture used as the bullet of each product of a verbless list, and products told bought, as
the wording corpus's authors wrote them (the family of household requests the rules did not
recognise).

- One common product said alone, with no count ("raspberries", "cottage cheese pls"): a
  purchase only when the whole text, past at most one last word of courtesy and a final
  "!" or ".", is a name the lexicon knows whole: one known product (no dish, no diminutive:
  "голубцы", "пирожочек"), or a name of several words listed whole ("toilet paper",
  "freezer bags", "корм для кота"; "paper" alone asks). Any other word beside it asks as
  before (a reply, a reaction, a determiner, a pronoun, a rating or any adjective, "вот":
  "yes milk", "this cheese", "наш хлеб", "отличный сыр", "вот гречка"); so does a picture of any
  kind ("milk 👍", "хлеб ✅"), a number or a price ("milk 3.99"), an adjective after a
  Russian noun ("молоко кислое"), a Russian noun in the genitive ("пивка"), "с"/"with"
  joining a second food ("кофе с молоком", "tea with honey"), an English participle naming
  a dish ("fried chicken"), an English plural before the head ("calories milk"), a word
  one calls a person by ("honey"), a member or a person it is for ("кефир Пете", "bananas
  for the kids"), a smart speaker's wake word before it ("ok google milk"), a verb, a
  place, a second noun, a list edit, a device's noun.
- A picture is read past only as the bullet before each product piece of a verbless list
  ("🥒 огурцы, 🍅 помидоры"); one after a product (a reaction, a check mark, "❌") or
  before only some pieces asks as before.
- An English past of a buying or getting verb ("bought", "got", "picked", "grabbed") in a
  verbless list tells the products bought: no list of what to buy.
- A run-out report said after its product as the whole text, in English or in a mixed text:
  "ran out"/"has run out" of a known product or a household consumable ("the yoghurt's run
  out", "kitchen roll ran out"; a perfect whose "out" closes its clause tells that need, no
  deed done: "… have run out."); a state alone ("is finished", "is out", "gone") only of a
  household consumable ("toilet paper is finished"): said of food it tells it cooked, served
  or eaten ("the chicken is finished", "the cake is out", "my coffee is gone"), which asks.
  A member, a device, a chore's noun, an adverb before the state ("almost gone"), a particle
  after it ("gone off"), a picture or a longer story asks as before.

Each row is decided through ``decide()`` against the bilingual default household (lists
Продукты, Costco; default Продукты). Every row of the tables that buy was answered otherwise
before these rules; the rows that ask are near misses (each reaches the rule's new check
and was acted on by the round's first reading, 2724f57) whose answer must stay a clarify.
"""

from __future__ import annotations

from typing import Any

import pytest

from policy_core import PolicySettings
from policy_core.testing import FixedClock, answer_to, shopping_answer

ASK = ("clarify", ("intent",))
# the rules alone, no list read by its shape (``PolicySettings.min_list_evidence``)
NO_SHAPE = PolicySettings(
    deterministic_ids=True, clock=FixedClock(), min_action_evidence=0.0, min_list_evidence=1.0
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("raspberries", shopping_answer("raspberries")),
        ("cottage cheese pls", shopping_answer("cottage cheese")),
        ("walnuts asap", shopping_answer("walnuts")),
        ("гречка", shopping_answer("гречка")),
        ("творог пожалуйста", shopping_answer("творог")),
        ("хлеб", shopping_answer("хлеб")),
        ("молоко пжл", shopping_answer("молоко")),
        ("bananas!", shopping_answer("bananas")),
        # a name of several words the lexicon lists whole
        ("toilet paper", shopping_answer("toilet paper")),
        ("сливочное масло", shopping_answer("сливочное масло")),
        ("туалетная бумага", shopping_answer("туалетная бумага")),
        ("корм для кота", shopping_answer("корм для кота")),
        ("heavy cream", shopping_answer("heavy cream")),
        ("свечи для торта", shopping_answer("свечи для торта")),
        # a household consumable after a word naming its kind
        ("freezer bags", shopping_answer("freezer bags")),
        ("kitchen roll pls", shopping_answer("kitchen roll")),
        ("coffee filters", shopping_answer("coffee filters")),
    ],
)
def test_one_product_said_alone_is_bought(text: str, expected: tuple[Any, ...]) -> None:
    assert answer_to(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("🥒 огурцы, 🍅 помидоры", shopping_answer("огурцы", "помидоры")),
        ("🧅 лук, 🥕 морковь", shopping_answer("лук", "морковь")),
        ("🍝 pasta, 🍚 rice", shopping_answer("pasta", "rice")),
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
        # products listed with no mark are a list, one item each (round 28: the wording
        # corpus's authors read "milk eggs bread" so; ``_shopping._split_product_run``)
        ("ham cheese grapes", shopping_answer("ham", "cheese", "grapes")),
        ("pears apples", shopping_answer("pears", "apples")),
        ("🧀🧀", ASK),
        # a verbless list that kept its reading: a participle before a product, a courtesy
        # with "you'd" (no buying verb's past)
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
        ("toilet paper ran out", shopping_answer("toilet paper")),
        ("butter has run out", shopping_answer("butter")),
        ("kitchen roll ran out", shopping_answer("kitchen roll")),
        ("ketchup ran out again", shopping_answer("ketchup")),
        ("the toilet paper is finished", shopping_answer("toilet paper")),
        ("dishwasher tablets are gone again", shopping_answer("dishwasher tablets")),
        ("кефир ran out, срочно", shopping_answer("кефир")),
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
    "text",
    [
        # a picture after a product: a reaction or a check mark, no bullet
        "хлеб ✅",
        "milk 😂",
        "eggs ❌",
        "сметана 👌",
        "butter 🙈",
        "oranges 🍊",
        "🛒 pasta, rice",
        # an adjective after a Russian noun: a remark
        "молоко кислое",
        "хлеб свежий",
        "сыр вкусный",
        "чай горячий",
        # a number or a price beside it
        "milk 3.99",
        "молоко — 89",
        "butter 2.49",
        "bread - 1.20",
        # "с"/"with" joining a second food: a dish or a drink ordered
        "кофе с молоком",
        "tea with honey",
        "гречка с котлетой",
        "bagel with cream cheese",
        # a participle naming a dish
        "fried chicken",
        "scrambled eggs",
        "mashed potatoes",
        "grilled salmon",
        # a plural before the head: two nouns, a search, no one name
        "calories milk",
        "prices cheese",
        "carbs bread",
        # a household consumable's head alone names no kind
        "tablets",
        "paper",
        # a word one calls a person by; a Russian genitive wished for
        "honey",
        "sugar",
        "пивка",
        "гречки",
        "сыра",
        # whom it is for, a person not named: "бананы для детей" ("cereal for Tom": below)
        "бананы для детей",
        # a smart speaker's wake word before it
        "ok google milk",
        "Алиса молоко",
        "hey siri bread",
        "Алиса, хлеб",
    ],
)
def test_a_product_with_anything_else_beside_it_asks(text: str) -> None:
    assert answer_to(text) == ASK


@pytest.mark.parametrize(
    "text",
    [
        # a state alone said of food: cooked, served or eaten
        "the chicken is finished",
        "my coffee is gone",
        "the bread is out",
        "the cookies are out",
        "the cake is out",
        "the pizza is finished",
        "the soup is gone",
        "butter is finished",
        "кефир is out",
        # a picture beside the report
        "milk gone 😭",
    ],
)
def test_a_state_said_of_food_asks(text: str) -> None:
    assert answer_to(text) == ASK


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what food is taken out of, closing the clause: no shortage
        ("the cheese is out of the fridge", ASK),
        ("the butter is out of the freezer", ASK),
        ("the pie is out of the oven", ASK),
        ("milk is out of stock", ASK),
        # the same word naming the product run out of: a shortage, as before
        ("we're out of oven cleaner", shopping_answer("oven cleaner")),
        ("we're out of freezer bags", shopping_answer("freezer bags")),
    ],
)
def test_out_of_what_food_is_taken_from_is_no_shortage(
    text: str, expected: tuple[Any, ...]
) -> None:
    assert answer_to(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number of two decimals with no unit after a product: its price, no count
        ("молоко 3.99", ASK),
        ("кефир 79,90", ASK),
        ("хлеб 2.50, молоко 3.20", ASK),
        # the same number before a unit measures what to buy, as before
        ("молоко 1.25 л", shopping_answer("молоко")),
    ],
)
def test_a_price_after_a_product_makes_no_list(text: str, expected: tuple[Any, ...]) -> None:
    assert answer_to(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the review's (round 22) false executes: any other word beside the product, in
        # English: a reply, a reaction, a wish, a question, a determiner, a dish's name
        "yes milk",
        "great pizza",
        "nice cheese",
        "bad milk",
        "love milk",
        "ugh milk",
        "craving chocolate",
        "missing pizza",
        "price of eggs",
        "cost of milk",
        "this cheese",
        "that bread",
        "your tea",
        "his milk",
        "their eggs",
        "caesar salad",
        "hmm cheese",
        "cheap eggs",
        "lovely butter",
        # … in Russian: a pronoun, a question word, a rating or any other adjective
        "чей сыр",
        "тот хлеб",
        "такой сыр",
        "наш хлеб",
        "твой чай",
        "отличный сыр",
        "классный хлеб",
        "плохое молоко",
        "вчерашний хлеб",
        "мамин пирог",
        "любимый сыр",
        "ваш творог",
        "свежие огурцы",
        "рис для плова",
        # "вот": a product shown
        "вот гречка",
        "вот молоко",
        "вот кефир",
        "вот хлеб",
        # a dish or a diminutive: no purchase said alone
        "голубцы",
        "пирожочек",
        "котлеты",
        "хлебушек",
        "lasagna",
        "peanut",
        # a sign or a label in capitals
        "ХЛЕБ",
        "MILK",
        # a possessive or a served dish before a run-out
        "the soup has run out",
        "my coffee ran out",
        "his milk ran out",
        "your tea has run out",
    ],
)
def test_a_product_with_any_other_word_beside_it_asks(text: str) -> None:
    assert answer_to(text) == ASK


@pytest.mark.parametrize(
    "text",
    [
        # whom it is for, a member or a person beside it; a dish's name: no product said alone,
        # though a list read by its shape may hold them when the evidence model says so
        # (``tests/test_lists_read_by_shape.py``)
        "bananas for the kids",
        "кефир Пете",
        "йогурт для Маши",
        "cereal for Tom",
        "mac and cheese",
    ],
)
def test_a_product_for_someone_or_a_dish_is_no_product_said_alone(text: str) -> None:
    assert answer_to(text, NO_SHAPE) == ASK
