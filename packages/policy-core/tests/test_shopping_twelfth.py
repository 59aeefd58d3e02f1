"""Issue #12, twelfth batch: what one item is, said with a number, and why the items are wanted.

A number and a unit of strength, dose, size or power (mg, мкг, IU, МЕ, mm, см, inch, volt …),
after a spec preposition ("по") or none, says what one item is, wherever it stands in the
item: it is kept in the name as said, never read as how many are bought; a mass or volume
("300 г", "2 liters") still is a measure. A piece after the items that opens a clause is no
item, and nor are the pieces split from it: the -ing form of a verb of doing or hosting
("…, hosting the neighbours on Sunday"), a participle that also names products ("baking",
"cooking") only before a determiner, a pronoun or a number ("…, cooking for ten"; "baking
soda" stays an item), and a Russian clause of having, "у" before a pronoun, a first name or
a person ("…, у сына день рождения"). A Russian complement goes on past "и" before a noun in
its own oblique case ("с вишней и творогом", "от кашля и насморка"), and past a preposition
of its own ("для горла с мятой"); a noun after a preposition is governed by it, so a genitive
after that is its complement, no item ("для заморозки овощей"); a borrowed noun the dictionary
lacks heads its phrase as said ("спрей для носа"). English "for" right after the head, before
a device, a part of the body or an ailment or pest (at most two words on, past a determiner),
says what the item is for and stays in its name ("a charger for the laptop", "spray for
ants"); an occasion, a dish or a person after it does not ("rice for the curry"). A learner's
container noun from German, Spanish or Portuguese measures ("3 Flaschen of …", "two bolsas of
…"), and a container said after the item with a definite article and no count is which pack it
comes in, neither name nor quantity ("…, the big pack"). Each row is decided through ``decide()``
against the bilingual test household (``policy_core.testing``); none is a golden sentence.
"""

from __future__ import annotations

import pytest

from policy_core.testing import started_items

Item = tuple[str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "items"),
    [
        # Russian: after the head, with or without "по"
        ("купи парацетамол 500 мг", [("парацетамол 500 мг", None, None)]),
        ("купи сверло 8 мм и дюбели", [("сверло 8 мм", None, None), ("дюбели", None, None)]),
        ("купи две рамки по 20 см", [("рамки по 20 см", "2", None)]),
        ("купи магний 400 миллиграммов", [("магний 400 миллиграммов", None, None)]),
        # English: after the head or before it
        ("buy aspirin 81 mg", [("aspirin 81 mg", None, None)]),
        (
            "get fish oil 1000 mg and some plasters",
            [("fish oil 1000 mg", None, None), ("plasters", None, None)],
        ),
        ("buy two 12 inch pizza pans", [("12 inch pizza pans", "2", None)]),
        ("pick up 3 boxes of zinc 50 mg", [("zinc 50 mg", "3", "box")]),
    ],
)
def test_a_strength_or_size_is_part_of_the_item(text: str, items: list[Item]) -> None:
    assert started_items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("купи сыр 300 г", [("сыр", "300", "g")]),
        ("buy 2 liters of orange juice", [("orange juice", "2", "l")]),
    ],
)
def test_a_mass_or_volume_is_still_a_measure(text: str, items: list[Item]) -> None:
    assert started_items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        # English participle clauses of circumstance
        (
            "add burger buns and relish, hosting the neighbours on Sunday",
            [("burger buns", None, None), ("relish", None, None)],
        ),
        (
            "get crisps and dips, having friends over tonight",
            [("crisps", None, None), ("dips", None, None)],
        ),
        ("buy streamers, throwing Tom a surprise party", [("streamers", None, None)]),
        (
            "add rolls and butter, cooking for ten tonight",
            [("rolls", None, None), ("butter", None, None)],
        ),
        ("buy icing sugar, baking a sponge on Friday", [("icing sugar", None, None)]),
        # Russian clauses of having
        (
            "купи шарики и свечи, у сына день рождения",
            [("шарики", None, None), ("свечи", None, None)],
        ),
        ("возьми торт, у нас годовщина", [("торт", None, None)]),
        (
            "купи клей и ножницы, у неё завтра труды",
            [("клей", None, None), ("ножницы", None, None)],
        ),
    ],
)
def test_a_clause_after_the_items_is_no_item(text: str, items: list[Item]) -> None:
    assert started_items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        # a participle naming a product before its noun
        (
            "add flour, baking powder and salt",
            [("flour", None, None), ("baking powder", None, None), ("salt", None, None)],
        ),
        ("buy vinegar, cooking oil", [("vinegar", None, None), ("cooking oil", None, None)]),
    ],
)
def test_a_participle_naming_a_product_stays_an_item(text: str, items: list[Item]) -> None:
    assert started_items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("купи пирог с вишней и творогом", [("пирог с вишней и творогом", None, None)]),
        ("купи таблетки от кашля и насморка", [("таблетки от кашля и насморка", None, None)]),
        ("купи пакеты для заморозки овощей", [("пакеты для заморозки овощей", None, None)]),
        ("купи спрей для носа", [("спрей для носа", None, None)]),
        # a noun that may be nominative or accusative after "и" is an item of its own
        ("купи сыр с плесенью и хлеб", [("сыр с плесенью", None, None), ("хлеб", None, None)]),
        ("купи корм для кошек и молоко", [("корм для кошек", None, None), ("молоко", None, None)]),
    ],
)
def test_a_russian_complement_goes_on_past_its_conjunction(text: str, items: list[Item]) -> None:
    assert started_items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("get a charger for the laptop", [("charger for the laptop", None, None)]),
        ("buy toothpaste for sensitive teeth", [("toothpaste for sensitive teeth", None, None)]),
        (
            "buy spray for ants and bin bags",
            [("spray for ants", None, None), ("bin bags", None, None)],
        ),
        ("pick up 2 bags of food for the fish tank", [("food for the fish tank", "2", "bag")]),
        # what is no use: a dish, an occasion, a person, a room
        ("buy rice for the curry", [("rice", None, None)]),
        ("buy a cake for the party", [("cake", None, None)]),
        ("buy milk for Tom", [("milk", None, None)]),
    ],
)
def test_what_an_english_item_is_for_stays_in_its_name(text: str, items: list[Item]) -> None:
    assert started_items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("buy 3 Flaschen of apple juice", [("apple juice", "3", "bottle")]),
        ("buy two bolsas of potatoes", [("potatoes", "2", "bag")]),
        ("get 4 caixas of eggs", [("eggs", "4", "box")]),
        ("buy mouthwash, the big bottle", [("mouthwash", None, None)]),
        ("get coffee pods, the large box from Aldi", [("coffee pods", None, None)]),
        # a count with it still measures
        ("buy juice, the 2 big bottles", [("juice", "2", "bottle")]),
    ],
)
def test_a_learners_container_measures_and_the_pack_is_no_item(
    text: str, items: list[Item]
) -> None:
    assert started_items(text) == items
