"""Issue #12, thirteenth batch: the marks that set a list's label apart from its items.

A list's items are what the text names apart from its labels, and a heading mark (":", a
dash) is what sets a label apart. Said alone at the end after a dash that is the clause's only
heading mark, the name of one of the household's lists labels the list the items go on
("milk, eggs — Costco"); when dashes part the items themselves ("молоко - хлеб - продукты")
the last one stays an item. A preposition of purpose and a short phrase with no number, closed
by a heading mark before the items ("на кекс: …", "for the cake: …"), heads them with what
they are for, no product, also when the buying verb comes last. Each row is decided through
``decide()`` against the bilingual test household (``policy_core.testing``); none is a golden
sentence.
"""

from __future__ import annotations

from typing import Any

import pytest

from policy_core.testing import decide_text, started_items

Item = tuple[str, str | None, str | None]


def _named_lists(text: str) -> list[tuple[str, str]]:
    document: dict[str, Any] = decide_text(text)
    assert document["action"] == "start_job", document
    return [
        (action["payload"]["item"]["name"], action["payload"]["item"]["list_id"])
        for action in document["payload"]["proposed_actions"]
    ]


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("oat milk, bananas – Costco", [("oat milk", "l-costco"), ("bananas", "l-costco")]),
        (
            "ketchup and mustard - costco",
            [("ketchup", "l-costco"), ("mustard", "l-costco")],
        ),
        ("губки, порошок — Costco", [("губки", "l-costco"), ("порошок", "l-costco")]),
        ("сыр, масло — продукты", [("сыр", "l-groceries"), ("масло", "l-groceries")]),
    ],
)
def test_a_list_named_last_after_a_dash_labels_the_list(
    text: str, named: list[tuple[str, str]]
) -> None:
    assert _named_lists(text) == named


def test_items_a_dash_parts_keep_the_last_name_as_an_item() -> None:
    assert [name for name, _ in _named_lists("молоко - хлеб - продукты")] == [
        "молоко",
        "хлеб",
        "продукты",
    ]


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("для торта: мука, яйца — купи", [("мука", None, None), ("яйца", None, None)]),
        ("на дачу: уголь, спички — купи", [("уголь", None, None), ("спички", None, None)]),
        ("купи на шашлык: лук, кетчуп", [("лук", None, None), ("кетчуп", None, None)]),
        (
            "for the trifle: custard, sponge fingers - buy them",
            [
                ("custard", None, None),
                ("sponge fingers", None, None),
            ],
        ),
        (
            "for Sunday lunch - lamb, mint sauce, add those",
            [
                ("lamb", None, None),
                ("mint sauce", None, None),
            ],
        ),
    ],
)
def test_a_purpose_heading_before_the_items_is_no_item(text: str, items: list[Item]) -> None:
    assert started_items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("купи курицу и рис, завтра плов", [("курица", None, None), ("рис", None, None)]),
        (
            "купи картошку и масло, сегодня вечером пюре",
            [("картошка", None, None), ("масло", None, None)],
        ),
        ("get limes and mint, mojitos tonight", [("limes", None, None), ("mint", None, None)]),
        (
            "get mince and onions, burgers on Saturday",
            [("mince", None, None), ("onions", None, None)],
        ),
    ],
)
def test_a_plan_told_after_a_closed_list_is_no_item(text: str, items: list[Item]) -> None:
    assert started_items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        # the list not closed by a conjunction: the bread may be bought tomorrow
        ("купи молоко, хлеб завтра", [("молоко", None, None), ("хлеб", None, None)]),
        # a preposition of purpose: what the item is for
        (
            "buy milk and eggs, bread for tomorrow",
            [("milk", None, None), ("eggs", None, None), ("bread", None, None)],
        ),
        (
            "купи молоко и яйца, хлеб на завтра",
            [("молоко", None, None), ("яйца", None, None), ("хлеб", None, None)],
        ),
    ],
)
def test_an_item_with_a_day_of_its_own_stays(text: str, items: list[Item]) -> None:
    assert started_items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("купи полкило фарша сметану", [("фарш", "0.5", "kg"), ("сметана", None, None)]),
        ("купи пачку масла зелёный чай", [("масло", "1", "pack"), ("зелёный чай", None, None)]),
        ("купи два литра молока белый хлеб", [("молоко", "2", "l"), ("белый хлеб", None, None)]),
    ],
)
def test_a_direct_case_after_a_measures_genitive_starts_an_item(
    text: str, items: list[Item]
) -> None:
    assert started_items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("купи пачку чая зелёного", [("чай зелёный", "1", "pack")]),
        ("купи полбуханки хлеба бородинского", [("хлеб бородинский", "0.5", "loaf")]),
        ("купи 3 баночки пюре из брокколи", [("пюре из брокколи", "3", "can")]),
    ],
)
def test_an_adjective_after_the_genitive_stays_in_its_name(text: str, items: list[Item]) -> None:
    assert started_items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("яблоки кончились, возьми десяток", [("яблоки", "10", None)]),
        ("бананы закончились, купи пару", [("бананы", "2", None)]),
        ("мандарины кончились — возьми два десятка", [("мандарины", "20", None)]),
    ],
)
def test_a_count_after_a_report_of_what_ran_out_counts_it(text: str, items: list[Item]) -> None:
    assert started_items(text) == items
