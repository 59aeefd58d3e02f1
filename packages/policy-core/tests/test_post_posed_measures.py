"""Issue #12, round 38: a shopping list said without commas whose counts follow their
products, so a count closes the item before it instead of opening the next.

- English: once a product has been said before its count and unit ("ground beef 2 pounds"),
  a known product (or a word right before one) after a measure starts the next item, and a
  multiplier said after an article ("eggs a dozen") measures the item before it
  (``_shopping._product_after_measure``); "milk a dozen eggs", with no such product first,
  still counts the eggs. The same product said again after its measure ("milk 2 gallons
  whole milk") is a restatement and starts nothing.
- Russian: a partitive said with its adjectives right before its own count or unit ("…
  два мотка | мелких гвоздей три пачки") is the next item (``_described_partitive``); an
  adjective alone after a measure ("картошки 2 кг молодой") or a brand after a partitive
  ("пельменей две пачки сибирская коллекция") stays with the item.
- What follows the measure may still be the item's: a complement after its count ("корм 2
  пачки для кошки": the unit measures, ``_units._is_unit``, and a purpose's complement,
  ``UnitWords.measured_purposes``, stays in the name, ``_measure_heads``; what a container
  holds, "хлеб 3 банки со шпротами", is still the measure's); a measure closes a complement, so "и" after it starts the next
  item ("комбикорма для кур два мешка | и отрубей один мешок", ``_continues_complement``);
  a purpose said after the measure, an infinitive and its object, is no word of the item
  ("сахару два мешка | пчёл подкармливать", ``_purpose_after_measure``).
- Units people write: a pound sign typed onto its number ("10#", ``UnitWords.glued_only``;
  "#2" and a markdown "###" measure nothing) and "ears" of corn.

Reports, pasted recipes and receipts with counts after their products stay asked.

Sentences of our own, decided through ``decide()`` by the rules alone.
"""

from __future__ import annotations

from typing import Any

import pytest

from policy_core.testing import RULES_ALONE, full_answer


def _items(text: str) -> tuple[Any, ...]:
    answer = full_answer(text, settings=RULES_ALONE)
    assert answer[0] == "start_job", answer
    return tuple(item[:3] for item in answer[1])


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "buy potatoes 2 bags onions 3 bags",
            (("potatoes", "2", "bag"), ("onions", "3", "bag")),
        ),
        (
            "get chicken 2 kg rice 1 bag eggs a dozen",
            (("chicken", "2", "kg"), ("rice", "1", "bag"), ("eggs", "12", None)),
        ),
        (
            "add apples 3 pounds bananas a dozen",
            (("apples", "3", "pound"), ("bananas", "12", None)),
        ),
        (
            "купи гречки два кило сухих дрожжей пять пакетиков",
            (("гречка", "2", "kg"), ("сухие дрожжи", "5", "bag")),
        ),
        (
            "возьми сахара два мешка мелкой соли две пачки",
            (("сахар", "2", "bag"), ("мелкая соль", "2", "pack")),
        ),
        ("купи корм 2 пачки для кошки", (("корм для кошки", "2", "pack"),)),
        ("купи батарейки 4 шт для пульта", (("батарейка для пульта", "4", "pcs"),)),
        (
            "купи корма для кроликов три мешка и опилок два мешка",
            (("корм для кроликов", "3", "bag"), ("опилки", "2", "bag")),
        ),
        (
            "купи соли два мешка дорожки посыпать и лопату",
            (("соль", "2", "bag"), ("лопата", None, None)),
        ),
        ("buy 5# sugar", (("sugar", "5", "pound"),)),
        ("get 4 ears of corn", (("corn", "4", "ear"),)),
    ],
)
def test_a_count_after_its_product_closes_the_item(text: str, items: tuple[Any, ...]) -> None:
    assert _items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        # a pre-posed count opens its item, as before
        ("buy milk a dozen eggs", (("milk", None, None), ("eggs", "12", None))),
        ("купи 2 кг картошки 3 кг лука", (("картошка", "2", "kg"), ("лук", "3", "kg"))),
        # what only describes stays with the item
        ("купи картошки 2 кг молодой", (("картошка молодая", "2", "kg"),)),
        (
            "купи пельменей две пачки сибирская коллекция",
            (("пельмени сибирская коллекция", "2", "pack"),),
        ),
        # a measure that opens the item heads its complement; "и" inside a complement joins
        ("купи три банки со шпротами", (("шпроты", "3", "can"),)),
        ("купи 2 пакета для мусора", (("пакеты для мусора", "2", None),)),
        ("купи мёд с лимоном и имбирём", (("мёд с лимоном и имбирем", None, None),)),
        # a sign before a number, or a heading's marks, measure nothing
        ("buy milk #2", (("milk", "2", None),)),
        ("добавь ### лук ### морковь", (("лук", None, None), ("морковь", None, None))),
        ("buy ear plugs", (("ear plugs", None, None),)),
    ],
)
def test_near_misses_keep_their_reading(text: str, items: tuple[Any, ...]) -> None:
    assert _items(text) == items


@pytest.mark.parametrize(
    ("text", "quantity"),
    [
        # a measure after the name, then what the container holds ("со шпротами"): that is
        # the measure's, never a complement of the product before ("хлеб со шпротами")
        ("купи хлеб 3 банки со шпротами", "3"),
        ("купи батон 2 банки с огурцами", "2"),
    ],
)
def test_a_contents_complement_stays_the_measures(text: str, quantity: str) -> None:
    items = _items(text)
    assert len(items) == 1
    name, *measure = items[0]
    assert measure == [quantity, "can"]
    assert " со " not in f" {name} "
    assert " с " not in f" {name} "


@pytest.mark.parametrize(
    ("text", "quantity", "unit"),
    [
        # the same product said again after its measure is a restatement, one item
        ("add milk 2 gallons whole milk", "2", "gallon"),
        ("add beans 2 cans black beans", "2", "can"),
        ("add wine 2 bottles red wine", "2", "bottle"),
        ("add rice 2 bags brown rice", "2", "bag"),
    ],
)
def test_a_restated_product_is_one_item(text: str, quantity: str, unit: str) -> None:
    items = _items(text)
    assert len(items) == 1
    assert items[0][1:] == (quantity, unit)


@pytest.mark.parametrize(
    "text",
    [
        # reports of what was bought
        "bought ground beef 2 pounds eggs a dozen yesterday",
        "we picked up potatoes 2 bags onions 3 bags on the way home",
        "купила вчера гречки два кило сухих дрожжей пять пакетиков",
        # a pasted recipe
        "Pancakes: flour 2 cups milk 1 cup eggs 2",
        "Рецепт: муки 2 стакана сахара 1 стакан яиц 3 штуки",
        # a receipt
        "Receipt: ground beef 2 lb 8.99 eggs 1 dozen 3.49",
        "Чек: картошка 2 кг 89.90 лук 1 кг 45.00",
    ],
)
def test_post_posed_counts_in_a_non_request_stay_asked(text: str) -> None:
    assert full_answer(text, settings=RULES_ALONE) == ("clarify", ("intent",))
