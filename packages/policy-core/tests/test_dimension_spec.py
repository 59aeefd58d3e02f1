"""Issue #12, sixteenth batch: a size said as two numbers and a dimension's mark.

Two numbers in digits joined by "на", "х"/"x", "×" or "by" after a product ("брус 50 на
50", "саморезы 3,5х25", "screws 4 by 40", "10 x 250 mm") are the item's size, kept in its
name as said; neither number is a quantity, and a count said apart still is. Each row is
decided through ``decide()`` against the bilingual test household (``policy_core.testing``);
none is a golden sentence.
"""

from __future__ import annotations

import pytest

from policy_core.testing import started_items

Item = tuple[str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("купи фанеру 150 на 150", [("фанера 150 на 150", None, None)]),
        ("купи рейки 20 на 40 шесть штук", [("рейка 20 на 40", "6", "pcs")]),
        ("купи дюбели 6х40", [("дюбели 6х40", None, None)]),
        ("buy hooks 3 by 60", [("hooks 3 by 60", None, None)]),
        ("buy drill bits 8 x 120 mm", [("drill bits 8 x 120 mm", None, None)]),
    ],
)
def test_a_size_is_kept_in_the_name(text: str, items: list[Item]) -> None:
    assert started_items(text) == items


def test_a_count_with_x_is_still_a_count() -> None:
    assert started_items("buy limes x 3") == [("limes", "3", None)]
