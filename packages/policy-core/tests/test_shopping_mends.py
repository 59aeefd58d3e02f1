"""Review mends in the shopping reader: a complement's prepositions.

A complement whose preposition governs two nouns joined by "и" in its own case is one item's,
and the item's name keeps it whole, for every preposition of ``coordinated_prepositions``
("со сливками и орехами", "без сахара и глютена"); a complement that the measure's own word
heads ("три банки со шпротами") says what the container holds; past the noun it governs, a
verb ends a complement ("… без выходных работаешь" is a clause). Each row is decided through ``decide()`` against the bilingual test household
(``policy_core.testing``); none is a golden sentence.
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


def test_the_namer_reads_every_coordinated_preposition() -> None:
    v = BUILT_IN.vocabulary
    opening = v.open_world.complement_prepositions | v.shopping.coordinated_prepositions
    assert v.shopping.coordinated_prepositions <= opening
    assert v.shopping.chained_prepositions <= v.shopping.coordinated_prepositions
