"""An outing said where a product stands is no product ("costco trip", "купи поездку"); the
products bought for one stay (round 38, ``vague_items``). The rules' reading alone: no
evidence gate (``decide_text``)."""

from __future__ import annotations

import pytest

from policy_core.testing import decide_text, item_names, started_items


@pytest.mark.parametrize(
    "text",
    [
        "costco trip saturday? we can make a day of it",
        "buy a trip",
        "add an outing",
        "купи поездку",
    ],
)
def test_an_outing_alone_names_no_product(text: str) -> None:
    document = decide_text(text)
    assert document["action"] == "clarify"
    assert document["payload"]["missing_fields"] == ["item.name"]
    assert item_names(document) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("buy sunscreen for the beach trip", "sunscreen"),
        ("add beef jerky for tom's road trip", "beef jerky"),
        ("купи воды в поездку", "вода в поездку"),
    ],
)
def test_a_product_bought_for_an_outing_stays(text: str, name: str) -> None:
    assert [item[0] for item in started_items(text)] == [name]
