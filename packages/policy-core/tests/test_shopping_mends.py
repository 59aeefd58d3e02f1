"""Review mends in the shopping reader: a complement's prepositions, a correction's count.

A complement whose preposition governs two nouns joined by "и" in its own case is one item's,
and the item's name keeps it whole, for every preposition of ``coordinated_prepositions``
("со сливками и орехами", "без сахара и глютена"); a complement that the measure's own word
heads ("три банки со шпротами") says what the container holds; past the noun it governs, a
verb ends a complement ("… без выходных работаешь" is a clause). A count said anew after a
correction word stands before a unit said with none, or with an article's one ("пачку масла,
нет, две", "a bag of rice, no, two": these raised StopIteration out of ``decide()``), and
before an item said with no measure ("milk, make that two"); "I meant" corrects as "I mean",
"поправочка" as "поправка". Each row is decided through ``decide()`` against the bilingual
test household (``policy_core.testing``); none is a golden sentence.
"""

from __future__ import annotations

import pytest

from policy_core.lang import BUILT_IN
from policy_core.testing import started_items

Item = tuple[str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "items"),
    [
        # every preposition of the class keeps its complement past "и", preposition and all
        ("купи хлеб без сахара и глютена", [("хлеб без сахара и глютена", None, None)]),
        ("купи мороженое без орехов и шоколада", [("мороженое без орехов и шоколада", None, None)]),
        ("купи конфеты со сливками и орехами", [("конфеты со сливками и орехами", None, None)]),
        ("возьми йогурт со злаками и ягодами", [("йогурт со злаками и ягодами", None, None)]),
        ("купи сок из яблок и груш", [("сок из яблок и груш", None, None)]),
        ("купи крем для рук и ног", [("крем для рук и ног", None, None)]),
        # one complement, its preposition named
        ("купи хлебцы изо ржи", [("хлебцы изо ржи", None, None)]),
        ("купи печенье со злаками", [("печенье со злаками", None, None)]),
        # a noun that may be a direct object after "и" starts an item
        (
            "купи йогурт со злаками и молоко",
            [("йогурт со злаками", None, None), ("молоко", None, None)],
        ),
        (
            "купи кефир без лактозы и хлеб",
            [("кефир без лактозы", None, None), ("хлеб", None, None)],
        ),
    ],
)
def test_a_coordinated_complement_is_one_items_name(text: str, items: list[Item]) -> None:
    assert started_items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("купи три банки со шпротами", [("шпроты", "3", "can")]),
        ("купи банку со сгущёнкой", [("сгущёнка", "1", "can")]),
        ("купи две банки с огурцами", [("огурцы", "2", "can")]),
    ],
)
def test_a_complement_the_measure_heads_names_the_contents(text: str, items: list[Item]) -> None:
    assert started_items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("запиши творог а ещё ты теперь без выходных работаешь", [("творог", None, None)]),
        ("запиши сметану а ещё мы теперь с котом спим", [("сметана", None, None)]),
    ],
)
def test_a_verb_ends_a_complement(text: str, items: list[Item]) -> None:
    # a clause told after the items ("… без выходных работаешь") is no complement of a name
    assert started_items(text) == items


@pytest.mark.parametrize(
    "name",
    [
        "хлеб без сахара и глютена",
        "конфеты со сливками и орехами",
        "сок из яблок и груш",
        "пирог с мясом и грибами",
    ],
)
def test_the_namer_reads_every_coordinated_preposition(name: str) -> None:
    # a coordinated preposition ("без", "со", "из" are no complement_prepositions) opens a
    # complement in the namer: the item keeps it, and its "и", whole
    assert started_items(f"купи {name}") == [(name, None, None)]


def test_chained_prepositions_are_coordinated() -> None:
    v = BUILT_IN.vocabulary
    assert v.shopping.chained_prepositions <= v.shopping.coordinated_prepositions


@pytest.mark.parametrize(
    ("text", "items"),
    [
        # a unit said with no count (or an article's one): the new count before it
        ("купи пачку масла, нет, две", [("масло", "2", "pack")]),
        ("возьми бутылку воды, вернее три", [("вода", "3", "bottle")]),
        ("add a bag of rice, no, two", [("rice", "2", "bag")]),
        ("add a jar of honey, sorry, two", [("honey", "2", "jar")]),
        # an item said with no measure: its count said late
        ("add milk, make that two", [("milk", "2", None)]),
        ("купи хлеб, вернее, два", [("хлеб", "2", None)]),
        # "I meant" as "I mean"; "поправочка" as "поправка"
        ("add oat milk, I meant almond milk", [("almond milk", None, None)]),
        ("add two lemons, sorry, I meant three", [("lemons", "3", None)]),
        ("купи кефир, поправочка, ряженку", [("ряженка", None, None)]),
    ],
)
def test_a_correction_said_late_corrects(text: str, items: list[Item]) -> None:
    assert started_items(text, defaults={"default_list_id": "l-groceries"}) == items


@pytest.mark.parametrize(
    "text", ["купи пачку масла, нет, две", "add a loaf, make that two", "add a box, no, three"]
)
def test_a_count_for_a_unit_said_alone_is_read(text: str) -> None:
    # these raised StopIteration out of decide() before
    assert len(started_items(text)) == 1
