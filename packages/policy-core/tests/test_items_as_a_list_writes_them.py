"""Item names as a shopper writes them on the list (issue #12, round 28), in phrasings of our
own, with the near-misses each rule must leave as they were:

- a run of known products typed without commas, English or mixed ("eggs milk", "bananas
  yogurt granola", "яйца milk"), is one item each; a product named by two or three words
  stays whole ("peanut butter", "fish fingers", "kitchen roll";
  ``ShoppingWords.product_phrases``, ``_shopping._split_product_run``; household goods too:
  "shower gel", "conditioner"), and so do a flavour, a meat, a fruit or a grain before a
  product it names a kind of ("strawberry yogurt", "turkey sausages"; ``kind_words``,
  ``kind_heads``), a run holding a word of no known product ("sunscreen spf 30", "baby
  wipes"), and a Russian product whose kinds are named after it before an English kind
  ("сыр cheddar");
- in Russian, a known product said first in the genitive, a partitive or "яйца" read so,
  is an item of its own before the next known product ("творожка сметанки", "кефир яйца
  сыр"), and a genitive after it is read in the singular ("ряженка", "колбаса"); after a
  measure it is the measure's ("пачку творожка", "пакет молока");
- an adjective between two known products in a direct case describes the second, as a list
  writes it ("фольгу пищевую плёнку", "гречку рисовую кашу"), unless the first is a product
  whose kinds are named after it, whose kind it names ("чай чёрный", "хлеб"); one after its
  noun with no noun after it stays ("пачку чая зелёного");
- a noun that is no known product after a product whose kinds are so named is its variety
  ("колбасу салями", "мороженое пломбир", "колы лайт", "чай эрл грей"; ``variety_heads``),
  a plural one is an item ("торт фрукты и сок"); the genitive after seedlings or seeds is what they grow
  ("саженцы смородины", "семена петрушки"; ``complement_heads``);
- a misspelt product is repaired when one typist's slip away from a product: the first
  letter of a digraph lost ("chiken", "crakers"; ``product_digraphs``), a doubled letter
  lost from a product only a repair asks for ("nugets", "liter" after "kitty";
  ``spelling_products``), a "щ" typed as "ш" ("шетку"); a borrowed noun that never declines stays as typed ("тахини", not "тахина";
  "каркаде"; ``MorphologyWords.indeclinable``).

Not read: a Russian adjective after its noun is left in the typed order ("смесь
гипоаллергенная"), as the golden half keeps it in most rows ("кефир однопроцентный",
"масло сливочное"); a misspelling that is a word of its own ("serial", "калу") or two
edits away ("peetsa", "nales").
"""

from __future__ import annotations

import pytest

from policy_core.testing import answer_to, shopping_answer


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("add eggs milk and a bag of flour", shopping_answer("eggs", "milk", "flour")),
        ("grab bananas yogurt granola", shopping_answer("bananas", "yogurt", "granola")),
        ("add orange juice cheese", shopping_answer("orange juice", "cheese")),
        ("add kitchen roll toilet roll", shopping_answer("kitchen roll", "toilet roll")),
        (
            "get shower gel conditioner sponges",
            shopping_answer("shower gel", "conditioner", "sponges"),
        ),
        # a run of products alone is a list, as the wording corpus's authors read "milk eggs
        # bread" (it was read as two words of one name before, and a name alone asks)
        ("apples pears grapes", shopping_answer("apples", "pears", "grapes")),
        ("bananas apples", shopping_answer("bananas", "apples")),
        ("добавь в покупки кефир milk и хлеб", shopping_answer("кефир", "milk", "хлеб")),
    ],
)
def test_a_run_of_products_is_one_item_each(text: str, expected: tuple[object, ...]) -> None:
    assert answer_to(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("add peanut butter and jam", shopping_answer("peanut butter", "jam")),
        ("add olive oil and fish fingers", shopping_answer("olive oil", "fish fingers")),
        ("add milk chocolate", shopping_answer("milk chocolate")),
        ("add sunscreen spf 30", shopping_answer("sunscreen spf")),
        ("add baby wipes", shopping_answer("baby wipes")),
        ("купи сыр cheddar", shopping_answer("сыр cheddar")),
        # a flavour, a meat, a fruit or a grain before a product it names a kind of
        ("grab strawberry yogurt and eggs", shopping_answer("strawberry yogurt", "eggs")),
        ("add turkey sausages", shopping_answer("turkey sausages")),
        ("add corn crisps", shopping_answer("corn crisps")),
    ],
)
def test_a_product_of_several_words_stays_whole(text: str, expected: tuple[object, ...]) -> None:
    assert answer_to(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("купи кефир яйца сыр", shopping_answer("кефир", "яйца", "сыр")),
        ("добавь яйца хлеба и молоко", shopping_answer("яйца", "хлеб", "молоко")),
        (
            "возьми творожка сметанки и хлебушка",
            shopping_answer("творожок", "сметанка", "хлебушек"),
        ),
        (
            "возьми фольгу пищевую плёнку и губки",
            shopping_answer("фольга", "пищевая плёнка", "губки"),
        ),
        ("купи гречку рисовую кашу и сахар", shopping_answer("гречка", "рисовая каша", "сахар")),
        # a genitive after a partitive is one too, read in the singular
        ("возьми творога ряженки колбасы", shopping_answer("творог", "ряженка", "колбаса")),
        # an adjective after a product whose kinds are named after it names its kind
        ("купи чай чёрный хлеб", shopping_answer("чай чёрный", "хлеб")),
    ],
)
def test_a_russian_run_splits_at_the_next_product(text: str, expected: tuple[object, ...]) -> None:
    assert answer_to(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("купи пачку творожка", shopping_answer("творожок")),
        ("купи пакет молока", shopping_answer("молоко")),
        ("купи пачку чая зелёного", shopping_answer("чай зелёный")),
        ("купи торт фрукты и сок", shopping_answer("торт", "фрукты", "сок")),
        ("купи колбасу салями", shopping_answer("колбаса салями")),
        ("закинь мороженое эскимо", shopping_answer("мороженое эскимо")),
        ("купи чай эрл грей и лимон", shopping_answer("чай эрл грей", "лимон")),
        ("купи салат латук", shopping_answer("салат латук")),
        ("купи саженцы смородины 3 штуки", shopping_answer("саженцы смородины")),
        ("купи семена петрушки", shopping_answer("семена петрушки")),
    ],
)
def test_a_product_with_its_kind_stays_one_item(text: str, expected: tuple[object, ...]) -> None:
    assert answer_to(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("add chiken and rice", shopping_answer("chicken", "rice")),
        ("add cream crakers", shopping_answer("cream crackers")),
        ("add nugets for the kids", shopping_answer("nuggets")),
        ("add kitty liter", shopping_answer("kitty litter")),
        ("купи шетку для обуви", shopping_answer("щётка для обуви")),
        ("купи тахини и нут", shopping_answer("тахини", "нут")),
        ("купи каркаде", shopping_answer("каркаде")),
    ],
)
def test_a_misspelt_product_is_repaired(text: str, expected: tuple[object, ...]) -> None:
    assert answer_to(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("купи шоколад", shopping_answer("шоколад")),
        ("add some snak bars", shopping_answer("snak bars")),
        ("купи соус терияки", shopping_answer("соус терияки")),
        ("chicken nuggets for the kids", shopping_answer("chicken nuggets")),
    ],
)
def test_a_word_of_its_own_is_left_as_typed(text: str, expected: tuple[object, ...]) -> None:
    assert answer_to(text) == expected
