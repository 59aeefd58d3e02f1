"""Issue #12, sixteenth batch: a product's code, grade, size or standard is part of its name.

A code is said in one of a few shapes (``ShoppingWords.code_systems`` and the fields after
it): letters and digits typed as one ("N99"), a code system or scale word with its number or
grade letter ("RAL 7016", "USB 3.0", "14 gauge", "33 класс"), a graded head's letter
("витамин Е"), two numbers of a size with a link or a multiplication sign between them ("50
на 50", "3 х 2,5", "2x6s"). The code stays in the item's name as said, the item stays one,
and a count or measure before or after the name stays its quantity and unit. Each row is
decided through ``decide()`` against the bilingual test household; none is a golden sentence.
"""

from __future__ import annotations

import pytest

from policy_core.testing import started_items

Item = tuple[str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "items"),
    [
        # letters typed onto a number: the letter is no "and"
        ("buy a case of N99 filters", [("n99 filters", "1", "box")]),
        ("get 3 N99 filters", [("n99 filters", "3", None)]),
        ("купи смесь М150 два мешка", [("смесь м150", "2", "bag")]),
        # a code system before its number
        ("buy 2 tubes of RAL 7016 paint", [("ral 7016 paint", "2", "tube")]),
        ("get a USB 3.0 stick", [("usb 3.0 stick", None, None)]),
        ("купи подгузники размер 5 две пачки", [("подгузники размер 5", "2", "pack")]),
        # a scale after its number
        ("buy 14 gauge wire", [("14 gauge wire", None, None)]),
        ("get a 3 pin plug", [("3 pin plug", None, None)]),
        ("купи ламинат 33 класс", [("ламинат 33 класс", None, None)]),
        ("купи муку 1 сорт", [("мука 1 сорт", None, None)]),
        # two numbers of a size
        ("купи брус 50 на 50 три штуки", [("брус 50 на 50", "3", "pcs")]),
        ("купи шурупы 5 на 60 пачку", [("шурупы 5 на 60", "1", "pack")]),
        ("купи кабель 3 х 2,5", [("кабель 3 х 2,5", None, None)]),
        ("купи дюбели 8х50", [("дюбели 8х50", None, None)]),
        ("buy four 2x6s", [("2x6s", "4", None)]),
        # a grade letter after a graded head
        ("купи витамин Е и цинк", [("витамин е", None, None), ("цинк", None, None)]),
        # a strength typed onto its unit is said once
        ("buy a 12mm spanner", [("12mm spanner", None, None)]),
    ],
)
def test_a_code_stays_in_one_item_name(text: str, items: list[Item]) -> None:
    assert started_items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        # a multiplier is a count, no size
        ("buy yoghurt x3", [("yoghurt", "3", None)]),
        ("купи кефир х2", [("кефир", "2", None)]),
        # a preposition after a graded head, before a noun, stays a preposition
        ("купи витамин с шиповником", [("витамин с шиповником", None, None)]),
        # a separator between two products still parts them
        ("buy crackers n cheese", [("crackers", None, None), ("cheese", None, None)]),
    ],
)
def test_no_code_where_none_is_said(text: str, items: list[Item]) -> None:
    assert started_items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        # review s11 finding 1: "4 x 1 л" after the name is four (of a litre each), as "6 x
        # 500 ml water" reads; never one litre
        ("купи сок 4 x 1 л", [("сок", "4", None)]),
        ("купи сок 4 х 1 л", [("сок", "4", None)]),
        ("buy water 4 x 1.5 l", [("water", "4", None)]),
        ("buy juice 4x1l", [("juice", "4", None)]),
        ("купи молоко 2 х 0,9 л", [("молоко", "2", None)]),
        ("get lemonade 3 x 2 l", [("lemonade", "3", None)]),
        ("купи кефир 2x1л", [("кефир", "2", None)]),
    ],
)
def test_a_count_of_a_measured_size_is_no_code(text: str, items: list[Item]) -> None:
    assert started_items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        # review s11 finding 3: a scale word that took its number before it takes none after
        # it, so the pack count after it stays the quantity
        ("купи подгузники 4 размер 2 пачки", [("подгузники 4 размер", "2", "pack")]),
        ("купи подгузники 5 размер 3 пачки", [("подгузники 5 размер", "3", "pack")]),
        ("купи ламинат 33 класс 5 упаковок", [("ламинат 33 класс", "5", "pack")]),
        # review s11 finding 4: a measure before a product named by its code keeps its unit
        ("купи 2 банки омега 3", [("омега 3", "2", "can")]),
        ("купи 2 пачки омега 3", [("омега 3", "2", "pack")]),
        ("купи 3 банки омега 3", [("омега 3", "3", "can")]),
        ("купи омега 3 банку", [("омега 3", "1", "can")]),
        # review s11 finding 6: a code system after a measure's genitive names its code
        ("купи 2 пачки подгузников размер 4", [("подгузники размер 4", "2", "pack")]),
        ("купи 2 упаковки подгузников размер 5", [("подгузники размер 5", "2", "pack")]),
        ("купи 2 пачки подгузников тип 3", [("подгузники тип 3", "2", "pack")]),
        ("купи 2 кг муки 1 сорта", [("мука 1 сорта", "2", "kg")]),
        # review s11 finding 8: the Russian code system's word is no typo
        ("купи краску пантон 286C", [("краска пантон 286c", None, None)]),
        ("нужна краска пантон 300", [("краска пантон 300", None, None)]),
        (
            "купи краску пантон 186C и кисть",
            [("краска пантон 186c", None, None), ("кисть", None, None)],
        ),
    ],
)
def test_a_code_leaves_the_quantity_and_its_unit(text: str, items: list[Item]) -> None:
    assert started_items(text) == items
