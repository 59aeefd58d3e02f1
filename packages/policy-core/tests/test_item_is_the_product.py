"""Issue #12, SPEC §4.1 (items: "the product in its dictionary form"; "trigger verbs and
list phrases are never items") and §4, the open world ("an item must be a product-like noun
phrase"): round 30, an item is the product, not the words around it.

What is said around the products names none of them and stays out of every name:

- a list's name in quotes ("в «Продукты»", 'on the "Costco" list'): the marks belong to the
  list's phrase (``_shopping._quoted_name``);
- a list's name typed one letter wrong, a word no dictionary knows after a preposition of
  where items go, right after the verb or said last ("в продуктв", "to costko", "to the
  cotsco list": ``_misspelt_list``); a real word ("продукция") or a word two edits away is
  left as it was;
- a place outside the home the purchase is taken to ("Пете в школу", "детям в садик", "в
  сад", after a word of the item, a Russian one in the accusative: ``_without_outside_place``;
  "в школе", where it is, and "на работе" are no destination);
- the chain a purchase is made in, one capitalised Latin word after a Russian preposition
  ("сметану в Netto", "в Biedronka три лимона": ``_chain_after``);
- a reason told after the items, a conjunction and its subject ("since nobody …", "because
  someone …") or "its" typed for "it's" before a word no possessive takes ("its for the
  party"; "and its charger" keeps the item), and a clause a name or a person and a past verb
  open after a mark ("…, Tom drank the last one": ``ShoppingWords.told_verbs``);
- a verb's particle said after its object ("put hummus back on the list": ``object_particles``;
  "a back brush" keeps it);
- a size said after a measure's word that follows the product ("кефира бутылку большую":
  ``_size_after_unit``), as "большую бутылку кефира" reads;
- "каждого" beside a shared measure ("по кило каждого", "каждого по килограмму"): it repeats
  the measure and is no product (``UnitWords.each_one``);
- a Russian preposition left last when its object went as a filler's form ("для блинов",
  "в дорогу").

Decided through ``decide()`` against the bilingual default household (lists Продукты and
Costco, Продукты the default), by the rules alone (the evidence gate off); none is a corpus
or golden sentence. Every row of the first table answers otherwise before the round; the
near misses keep their answer.
"""

from __future__ import annotations

from typing import Any

import pytest

from policy_core.testing import full_answer

Item = tuple[str, str | None, str | None]


def _job(*items: Item, list_id: str = "l-groceries") -> tuple[Any, ...]:
    """The whole answer of a job adding these (name, quantity, unit) to one list, no task."""
    return ("start_job", tuple((*item, list_id) for item in items), ())


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # a list's name in quotes
        (
            "добавь в «Продукты» гречку и 2 пачки масла",
            _job(("гречка", None, None), ("масло", "2", "pack")),
        ),
        # a list's name typed one letter wrong
        ("добавь в продуктв сыр", _job(("сыр", None, None))),
        ("add cereal to costko", _job(("cereal", None, None), list_id="l-costco")),
        ("add eggs to the cotsco list", _job(("eggs", None, None), list_id="l-costco")),
        # a place outside the home the purchase is taken to
        (
            "купи ряженку и сырки Пете в школу",
            _job(("ряженка", None, None), ("сырки", None, None)),
        ),
        ("возьми печенье овсяное детям в садик", _job(("печенье овсяное", None, None))),
        ("добавь сок в пакетиках на полдник в школу", _job(("сок в пакетиках", None, None))),
        ("купи семена в сад", _job(("семена", None, None))),
        # the chain a purchase is made in
        ("купи сметану в Netto", _job(("сметана", None, None))),
        ("взять в Biedronka три лимона", _job(("лимоны", "3", None))),
        ("купи клей в Leroy", _job(("клей", None, None))),
        # a size after the measure's word
        ("купи кефира бутылку большую", _job(("кефир", "1", "bottle"))),
        ("воды банку маленькую возьми", _job(("вода", "1", "can"))),
        # a verb's particle after its object
        ("put hummus back on the costco list", _job(("hummus", None, None), list_id="l-costco")),
        ("add crackers back to the list", _job(("crackers", None, None))),
        # a reason, a told clause
        ("add a bag of ice its for the party", _job(("ice", "1", "bag"))),
        (
            "add coffee and filters, Tom drank the last one",
            _job(("coffee", None, None), ("filters", None, None)),
        ),
        (
            "add 2 bagels since someone ate them and said nothing",
            _job(("bagels", "2", None)),
        ),
        # a preposition left when a filler's form went ("блин", "дорогой")
        ("купи 2 пачки творога для блинов", _job(("творог", "2", "pack"))),
        ("возьми воду в дорогу", _job(("вода", None, None))),
        # the chain in English, in lower case after "в", a purpose after the place
        ("get halloumi in Alphamega", _job(("halloumi", None, None))),
        ("купи творог в netto", _job(("творог", None, None))),
        ("купи сок Пете в школу на праздник", _job(("сок", None, None))),
        # a word that says "list" where no list is called so, or one edit from it
        ("add a mop to groceries, the old one broke", _job(("mop", None, None))),
        ("добавь в покупкт кефир", _job(("кефир", None, None))),
        ("add milk to stuff", _job(("milk", None, None))),
        # "каждого" beside a shared measure
        (
            "купи огурцы и помидоры по кило каждого",
            _job(("огурцы", "1", "kg"), ("помидоры", "1", "kg")),
        ),
        (
            "апельсины, мандарины — каждого по килограмму",
            _job(("апельсины", "1", "kg"), ("мандарины", "1", "kg")),
        ),
    ],
)
def test_the_words_around_the_product_are_no_item(text: str, answer: tuple[Any, ...]) -> None:
    assert full_answer(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("put oat milk on the “Costco” list", _job(("oat milk", None, None), list_id="l-costco")),
        ("add milk to costco", _job(("milk", None, None), list_id="l-costco")),
        ("put the milk in the fridge", ("clarify", ("intent",))),
        ("купи термос на работу", _job(("термос", None, None))),
        ("купи школьную форму", _job(("школьная форма", None, None))),
        ("купи сумку на работе", _job(("сумка", None, None))),
        ("купи соль в Ашане", _job(("соль", None, None))),
        ("add a back brush", _job(("back brush", None, None))),
        (
            "add the phone case and its charger",
            _job(("phone case", None, None), ("its charger", None, None)),
        ),
        (
            "add 3 yogurts because someone ate them all and left the pot",
            _job(("yogurts", "3", None)),
        ),
        ("купи молока большую бутылку", _job(("молоко", "1", "bottle"))),
        ("купи гречку и овсянку по пачке", _job(("гречка", "1", "pack"), ("овсянка", "1", "pack"))),
        # "new" is an adjective and stays in the name (SPEC §4.1; golden "новый чайник")
        ("buy a new kettle", _job(("new kettle", None, None))),
        ("купи новую мочалку", _job(("новая мочалка", None, None))),
        ("купи 3 пачки масла для выпечки", _job(("масло для выпечки", "3", "pack"))),
        ("купи шланг для полива на дачу в Ивантеевку", _job(("шланг для полива", None, None))),
        ("add granola bars for school lunches", _job(("granola bars", None, None))),
        ("buy a cake from Greggs", _job(("cake", None, None))),
    ],
)
def test_near_misses_keep_their_answer(text: str, answer: tuple[Any, ...]) -> None:
    assert full_answer(text) == answer
