"""Issue #12, eighth batch: household purchases read from the language, not from sentences.

A list of products under a short heading ("к ужину: …", "for the picnic - …"), "плюс" as a
list's joiner, an animal or a person in the dative as whom a purchase is for ("купи кошке
корм"), and a piece after the items that points at whom they are for ("…, это дедушке").
Each row is decided through ``decide()`` against the bilingual test household
(``policy_core.testing``); none is a golden sentence.
"""

from __future__ import annotations

import pytest

from policy_core.testing import decide_text, started_items

Item = tuple[str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("к ужину: огурцы, редиска", [("огурцы", None, None), ("редиска", None, None)]),
        ("на выходные — пельмени, майонез", [("пельмени", None, None), ("майонез", None, None)]),
        ("в поход: тушёнка 3 банки, спички", [("тушёнка", "3", "can"), ("спички", None, None)]),
        ("значит так, на завтрак: овсянка и изюм", [("овсянка", None, None), ("изюм", None, None)]),
        ("не забудь: зубная паста и мыло", [("зубная паста", None, None), ("мыло", None, None)]),
        ("Дочке в садик: салфетки 2 пачки", [("салфетки", "2", "pack")]),
        (
            "for the picnic - crisps, grapes and cheddar",
            [
                ("crisps", None, None),
                ("grapes", None, None),
                ("cheddar", None, None),
            ],
        ),
        ("sunday roast: lamb 2 kg, parsnips", [("lamb", "2", "kg"), ("parsnips", None, None)]),
        ("don't forget: toothpaste and floss", [("toothpaste", None, None), ("floss", None, None)]),
    ],
)
def test_a_heading_before_a_list_of_products_is_no_item(text: str, items: list[Item]) -> None:
    assert started_items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        # a product before the mark is an item with its measure, no heading
        ("кефир - 2 литра, батон", [("кефир", "2", "l"), ("батон", None, None)]),
        ("rice - 1 kg, lentils", [("rice", "1", "kg"), ("lentils", None, None)]),
    ],
)
def test_a_product_before_a_dash_is_no_heading(text: str, items: list[Item]) -> None:
    assert started_items(text) == items


@pytest.mark.parametrize(
    "text",
    [
        "Итог: Москва, Питер и Казань",
        "Вопрос: кефир или ряженка",
        "Note: 2 kg lost this week",
        "Вес: 3 кг за неделю",
        "Пароль: кот",
        "Translate this: bread, milk and eggs",
    ],
)
def test_a_heading_opens_no_purchase_of_what_is_no_list(text: str) -> None:
    assert decide_text(text)["action"] != "start_job"


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("купи кефир плюс батон", [("кефир", None, None), ("батон", None, None)]),
        (
            "сыр, ветчина плюс оливки",
            [("сыр", None, None), ("ветчина", None, None), ("оливки", None, None)],
        ),
    ],
)
def test_plus_joins_a_russian_list(text: str, items: list[Item]) -> None:
    assert started_items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("купи кошке корм", [("корм", None, None)]),
        ("возьми хомяку опилки и морковку", [("опилки", None, None), ("морковка", None, None)]),
        ("купи щенку косточки", [("косточки", None, None)]),
        ("закажи черепахе лампу", [("лампа", None, None)]),
        ("купи курам зерна два мешка", [("зерно", "2", "bag")]),
        ("возьми соседке батон", [("батон", None, None)]),
        # the genitive after "для" is the product's own complement
        ("купи корм для собак", [("корм для собак", None, None)]),
        # no dative at all: the animal is the product
        ("купи индейку и утку", [("индейка", None, None), ("утка", None, None)]),
    ],
)
def test_an_animal_or_person_in_the_dative_is_whom_it_is_for(text: str, items: list[Item]) -> None:
    assert started_items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("купи творог и сметану, это дедушке", [("творог", None, None), ("сметана", None, None)]),
        ("возьми корм, это для попугая", [("корм", None, None)]),
        ("add dog biscuits, that's for the puppy", [("dog biscuits", None, None)]),
    ],
)
def test_a_piece_pointing_at_whom_the_items_are_for_is_no_item(
    text: str, items: list[Item]
) -> None:
    assert started_items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("add oatcakes please pet", [("oatcakes", None, None)]),
        ("add crumpets, sweetheart", [("crumpets", None, None)]),
        (
            "add tinned peaches and custard, love",
            [
                ("tinned peaches", None, None),
                ("custard", None, None),
            ],
        ),
        ("put brown sauce on the list, darlin", [("brown sauce", None, None)]),
        ("возьми пряников, зайка", [("пряники", None, None)]),
        ("купи кефира пожалуйста доченька", [("кефир", None, None)]),
        # a word of address that is part of the product stays
        ("add yerba mate", [("yerba mate", None, None)]),
        ("add baby spinach", [("baby spinach", None, None)]),
    ],
)
def test_a_term_of_address_after_the_items_is_no_item(text: str, items: list[Item]) -> None:
    assert started_items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("скинь в список изюм", [("изюм", None, None)]),
        ("вкинь в список макароны", [("макароны", None, None)]),
        ("забей в список сливки", [("сливки", None, None)]),
        ("подкинь в список батарейки", [("батарейки", None, None)]),
        ("вставь в список корицу", [("корица", None, None)]),
    ],
)
def test_a_slang_adding_verb_beside_a_list_adds(text: str, items: list[Item]) -> None:
    assert started_items(text) == items


@pytest.mark.parametrize(
    "text", ["скинь фото", "забей, не надо", "вечером скинут фото", "забьют гол"]
)
def test_a_slang_adding_verb_with_no_list_buys_nothing(text: str) -> None:
    assert decide_text(text)["action"] != "start_job"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("купи липтон", "липтон"),
        ("возьми вискас", "вискас"),
        ("купи рафаэлло", "рафаэлло"),
        ("купи калгон", "калгон"),
        ("купи сорти", "сорти"),
    ],
)
def test_a_brand_in_russian_letters_is_kept_as_typed(text: str, name: str) -> None:
    assert [item[0] for item in started_items(text)] == [name]


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("купи сметану, большую банку", [("сметана", "1", "can")]),
        ("возьми майонез, маленькую пачку", [("майонез", "1", "pack")]),
    ],
)
def test_a_sized_measure_said_apart_measures_the_product_before(
    text: str, items: list[Item]
) -> None:
    assert started_items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("add relish, nearly out", [("relish", None, None)]),
        ("add brown sauce, all gone", [("brown sauce", None, None)]),
        ("купи горчицу, её ноль", [("горчица", None, None)]),
    ],
)
def test_a_state_told_after_the_items_is_no_item(text: str, items: list[Item]) -> None:
    assert started_items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "купи кефир, батон и это, горчицу",
            [
                ("кефир", None, None),
                ("батон", None, None),
                ("горчица", None, None),
            ],
        ),
        ("возьми эти сушки", [("сушки", None, None)]),
    ],
)
def test_a_pointer_said_while_thinking_is_no_part_of_the_item(text: str, items: list[Item]) -> None:
    assert started_items(text) == items


def test_a_pointer_alone_is_still_no_product() -> None:
    assert decide_text("купи это")["action"] != "start_job"
