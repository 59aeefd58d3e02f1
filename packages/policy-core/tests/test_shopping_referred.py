"""Issue #12, tenth batch: a purchase whose object refers back to a product a report named.

A message first tells what happened to a product ("в Ленте нет гречки", "the coffee is gone",
"сливочное масло подорожало") and then asks for it with a pronoun ("запиши её", "put it on
…") or with a bare measure ("возьми две коробки", "get us two bags"): the item is the noun
phrase around the product the report names, without the report's shop, verb, negation or
subject; a product said with its own complement before the verb ("чай в пакетиках купи
пачку") keeps it. A writing-down verb followed by a date ("запиши … на следующую неделю") books
no appointment. Each row is decided through ``decide()`` against the bilingual test household
(``policy_core.testing``); none is a golden sentence.
"""

from __future__ import annotations

import pytest

from policy_core.testing import decide_text, items_of

Item = tuple[str, str | None, str | None]


def _items(text: str) -> list[Item]:
    document = decide_text(text)
    assert document["action"] == "start_job", document
    return items_of(document)


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("в Ленте нет гречки, запиши её", [("гречки", None, None)]),
        ("на рынке подорожал мёд — всё равно возьми две банки", [("мёд", "2", "can")]),
        ("у соседей кончился рис, купи нам три пачки", [("рис", "3", "pack")]),
        ("the corner shop had no brown bread, add it to Costco", [("brown bread", None, None)]),
        ("no coffee left at all, get us two bags please", [("coffee", "2", "bag")]),
        ("the shampoo is finished, put it on the list", [("shampoo", None, None)]),
    ],
)
def test_a_pronoun_or_a_measure_takes_the_product_a_report_named(
    text: str, items: list[Item]
) -> None:
    assert _items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("чай в пакетиках купи пачку", [("чай в пакетиках", "1", "pack")]),
        ("сок без сахара возьми две бутылки", [("сок без сахара", "2", "bottle")]),
        ("молоко и кефир купи", [("молоко", None, None), ("кефир", None, None)]),
    ],
)
def test_a_product_said_before_the_verb_keeps_its_own_words(text: str, items: list[Item]) -> None:
    assert _items(text) == items


@pytest.mark.parametrize(
    "text",
    [
        "запиши сметану на следующую неделю",
        "запиши две пачки творога на эти выходные",
        "запиши огурцы на ближайшую субботу",
    ],
)
def test_a_date_after_a_writing_down_verb_books_no_appointment(text: str) -> None:
    document = decide_text(text)
    assert document["action"] == "start_job", document
    assert items_of(document), document


def test_a_service_after_a_writing_down_verb_still_books_one() -> None:
    document = decide_text("запиши Машу к окулисту на следующую неделю")
    assert not items_of(document), document


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a demonstrative refers back as a personal pronoun does
        ("we're nearly out of foil, add those too", ["foil"]),
        # the object of the report verb's preposition, known as a product or not
        (
            "the boys keep begging for Doritos, so add those and a tub of hummus",
            ["doritos", "hummus"],
        ),
    ],
)
def test_a_demonstrative_refers_back_too(text: str, names: list[str]) -> None:
    assert [name for name, _, _ in _items(text)] == names


def test_what_a_purchase_is_for_is_no_product_referred_to() -> None:
    document = decide_text("бабушка сказала, что для пирога нужны яйца и сахар, запиши их")
    assert [name for name, _, _ in items_of(document)] == ["яйца", "сахар"]
