"""Issue #12, the open world (SPEC §4), round 25, precision: products and chores named in text
that is not asking for them.

* **an adding verb as a recipe's step** (``_pasted.is_recipe``, ``_adding_step``,
  ``OpenWorldWords.recipe_adding``, ``step_openers``): after kitchen work that opens its clause
  ("Sear the lamb, then add the stock"), or a Russian infinitive beside a kitchen measure; not
  when a list, a purchase, a member or a frame is said, not when the cooking word is inside the
  object ("add roast potatoes") or the speaker's own ("I'm cooking tonight, add …");
* **a recipe's need said to its reader** beside a kitchen measure (``recipe_needs``:
  "you'll need", "понадобится"); a measure to taste as a kitchen measure (``taste_measures``
  after ``taste_links``: "to taste", "по вкусу");
* **a record under its heading** (``_pasted._heads_a_record``, ``record_headings``): an
  inventory, a chart, a rota, a recipe's ingredients, or a dish named first
  (``dish_headings``) with only its words before the colon (no purchase or list word, no
  list's name, no English word after it: ``_only_the_dish``), with no request word and no
  imperative;
* **a measurement noted** (``_pasted._notes_dimensions``, ``dimension_words``): a dimension
  opening its line with its number right after it, nothing asked ("высота стен 2,5, …");
* **a request taken back after a joke or laughter** (``_pasted._ends_in_a_joke``,
  ``laugh_words``, ``withdrawal_tails``, a negation among the tail: ``withdrawal_negations``;
  "…, lol need" buys) or after a retraction word said again
  (``_statements._withdrawn_after``: "… отмена отмена не надо", a verb said again after the
  withdrawal: "… отмена, не покупай");
* **a person or a world put on a list as a joke** (``_shopping._joke_listed``,
  ``ShoppingWords.listed_people``, ``person_modifiers``, ``listed_abstracts``), not a brand
  written right after its product (``_with_names_rejoined``: "купи йогурт Семья"; not one who may be spoken to); a
  dimension with its size no word of a name (``_without_dimensions``); and "one's"
  after a determiner as a clause ("…, the old one's broken").

Decided through ``decide()`` against the bilingual default household by the rules alone (the
evidence gate off); none is a corpus or golden sentence. Every asked row acted before these
rules; the kept rows are near misses whose answer must not change.
"""

from __future__ import annotations

from typing import Any

import pytest

from policy_core.testing import (
    ASKS_WHAT_IS_MEANT,
    RULES_ALONE,
    answer_to,
    shopping_answer,
    task_answer,
)


@pytest.mark.parametrize(
    "text",
    [
        # an adding verb as a recipe's step after kitchen work
        "Sear the lamb, pour off the fat, then add the stock",
        "first you chop the shallots then add the wine",
        "Toast the cumin seeds, then add the lentils",
        "сливочное масло растопить, затем добавить муку",
        "лук обжарить до золотистого цвета, потом добавить грибы",
        "взбить белки, добавить сахарную пудру",
        "обжарьте фарш 10 минут, затем add tomatoes",
        # a Russian infinitive beside a kitchen measure
        "В фарш добавить чайную ложку соли и щепотку перца",
        # a measure to taste beside kitchen work ("taste", "вкусу" among the kitchen measures)
        "Season the fish with salt to taste, serve with lemon",
        "соль по вкусу, сварить до готовности",
        # a recipe's need said to its reader
        "you'll need three tablespoons of honey and a pinch of cinnamon",
        "you will need 2 tbsp of butter and a clove of garlic",
        # a record under its heading
        "Freezer inventory: peas 2 bags, chicken thighs 3, ice cream 1",
        "Учёт морозилки: пельмени — 2 пачки, фарш — 1",
        "Остатки на складе: гречка 3, рис 2, сахар 1",
        "Chore chart: Mon Tom bins, Wed Jack dishes",
        "Kitchen stocktake: beans 6 tins, soup 3 cans, tuna 4",
        "Tally of the freezer: fish fingers 2 boxes, peas 1 bag",
        "My ingredients for the trifle: 500ml custard, 300g sponge fingers, 2 eggs, sherry to soak.",
        # a dish named first as a heading: its ingredients
        "Солянка: колбаса копчёная, оливки, лимон, огурцы солёные",
        "Chili: mince, kidney beans, chopped tomatoes, cumin",
        # a measurement noted: a dimension with its number, nothing asked
        "высота стен 2,5, плитка по 12 штук в коробке",
        "глубина шкафа 60, полки 3 шт",
        "ceiling height 2.4, wallpaper 10 rolls",
        "height 2.4m, paint 5 litres a tin",
        # a request taken back after a joke or laughter
        "add a task for Tom to be nicer to me. jk don't",
        "book Tom a haircut haha jk dont",
        "купи Пете мозги ахаха не надо",
        "создай задачу Диме стать умнее, шучу, не нужно",
        "купи торт ой отмена отмена не нужно",
        "купи торт отмена не покупай",
        "запиши пиццу отмена отмена не записывай",
    ],
)
def test_a_non_request_asks(text: str) -> None:
    assert answer_to(text, RULES_ALONE) == ASKS_WHAT_IS_MEANT


@pytest.mark.parametrize(
    "text",
    [
        # a person or a world put on a list as a joke: no product named
        "добавь в список нового мужа 😂",
        "put a new sister on the list lol",
        "add a better husband to the shopping list 😂",
        "закинь в список любовь и радость",
        "add world peace to the shopping",
        # a parent too
        "put a new mum on the list",
        "добавь в список нового папу",
    ],
)
def test_a_person_or_a_world_is_no_item(text: str) -> None:
    assert answer_to(text, RULES_ALONE) == ("clarify", ("item.name",))


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # a need said alone after laughter confirms the request: no negation, nothing withdrawn
        ("add coffee haha needed", shopping_answer("coffee")),
        ("grab crisps lol need", shopping_answer("crisps")),
        ("купи сыр ахах, нужно", shopping_answer("сыр")),
        ("возьми сыр хаха надо", shopping_answer("сыр")),
        # a brand written after its product (one word, capitalised or a nominative, no mark or
        # conjunction between) is the product's name, no person or world put on the list
        ("купи йогурт Семья", shopping_answer("йогурт семья")),
        ("возьми книгу Любовь", shopping_answer("книга любовь")),
        # a dish heading with a purchase word, a list's name or an English word after the dish
        ("Плов, продукты: рис, морковь, лук", shopping_answer("рис", "морковь", "лук")),
        ("Curry night: chicken, rice, yoghurt", shopping_answer("chicken", "rice", "yoghurt")),
        # a dimension with its size is no word of the product's name, nor an item of its own
        ("купи провод длиной 3 метра", shopping_answer("провод")),
        ("Купи палас, ширина 2 метра", shopping_answer("палас")),
        ("buy a rug, length 3m", shopping_answer("rug")),
    ],
)
def test_a_request_beside_the_guards_acts(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text, RULES_ALONE) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        (
            "add roast potatoes and gravy granules",
            shopping_answer("roast potatoes", "gravy granules"),
        ),
        ("I'm baking tonight, add flour and eggs", shopping_answer("flour", "eggs")),
        ("melt the chocolate, then add cream to the list", shopping_answer("cream")),
        (
            "Tom, chop the onions and add the garlic",
            ("confirm", ("garlic",), (("Chop the onions", "u-tom"),)),
        ),
        ("buy butter, then add cocoa", shopping_answer("butter", "cocoa")),
        ("добавь ложки и вилки", shopping_answer("ложка", "вилка")),
        ("варю суп, добавь в список морковь", shopping_answer("морковь")),
        ("you'll need to buy two cups of sugar", shopping_answer("sugar")),
        ("Freezer inventory low, buy peas and chicken", shopping_answer("peas", "chicken")),
        ("рулетка длиной 5 метров", shopping_answer("рулетка")),
        ("площадь кухни 9 метров, купи ламинат", shopping_answer("ламинат")),
        ("на борщ: свёкла, капуста", shopping_answer("свёкла", "капуста")),
        ("Продукты на борщ: свекла, капуста", shopping_answer("свёкла", "капуста")),
        ("борщ: купи свёклу и капусту", shopping_answer("свёкла", "капуста")),
        ("график на завтра: напомни Пете вынести мусор", task_answer("Вынести мусор", "u-petya")),
        ("buy milk lol", shopping_answer("milk")),
        ("купи хлеб ахах", shopping_answer("хлеб")),
        ("buy a present for my sister", shopping_answer("present")),
        ("купи подарок для брата", shopping_answer("подарок")),
        ("add a peace lily", shopping_answer("peace lily")),
        # a person said as its own item, after a conjunction: still no item
        ("купи хлеб и новую сестру", shopping_answer("хлеб")),
        # a person after the product who may be spoken to: no brand, still no item
        ("возьми молоко брат", shopping_answer("молоко")),
        ("купи сыр Мама", shopping_answer("сыр")),
        # a dish heading whose other words are the dish's own: still its ingredients
        ("Суп с фрикадельками: фарш, лук, картошка", ASKS_WHAT_IS_MEANT),
        ("add beer lol nope", ASKS_WHAT_IS_MEANT),
        ("buy chips, the cheese taste ones", shopping_answer("chips")),
        (
            "taste the difference sausages, bread",
            shopping_answer("taste difference sausages", "bread"),
        ),
        (
            "купи чипсы со вкусом сыра и сухарики",
            shopping_answer("чипсы со вкусом сыра", "сухарики"),
        ),
        ("add a kettle, the old one's broken", shopping_answer("kettle")),
        ("отмена брони в субботу, напомни Пете", task_answer("Отмена брони", "u-petya")),
    ],
)
def test_a_near_miss_keeps_its_answer(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text, RULES_ALONE) == answer


@pytest.mark.parametrize(
    ("text", "item"),
    [
        # a list said: no recipe step (the pinch is read into the name by the measure reader,
        # not pinned here)
        ("добавь щепотку корицы в список", "щепотка"),
        # the joke taken back by "no seriously": the request stands ("seriously" is read
        # into the first item by the item reader, not pinned here)
        ("add bread lol jk no seriously add bread", "bread"),
    ],
)
def test_a_near_miss_still_buys(text: str, item: str) -> None:
    action, items, tasks = answer_to(text, RULES_ALONE)
    assert (action, item in items, tasks) == ("start_job", True, ())
