"""Issue #12, ninth batch: a shopping list as a note is written, photographed or typed short.

A note's lines are its items ("мука 2 кг\\nрис"); a unit is abbreviated, with or without its
dot ("2 пач.", "3 pkgs"), or typed onto the number and the product ("гречка1кг"); a camera's
text recognition or a keyboard in the other layout leaves Latin twins and digits in Russian
words ("мукa", "с0ль"); what the writer struck through is crossed off; a word broken at a
line's end is one word; counts are said with the colloquial number nouns ("пяток", "сотню",
"a half-dozen") and measures with their diminutives ("сеточку", "литровку").
Each row is decided through ``decide()`` against the bilingual test household
(``policy_core.testing``); none is a golden sentence.
"""

from __future__ import annotations

import pytest

from policy_core._text import normalise_text
from policy_core.lang import BUILT_IN, TextWords
from policy_core.lang.en import TEXT as ENGLISH_TEXT
from policy_core.testing import started_items

Item = tuple[str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "мука 2 кг\nрис\nсоль 1 пач.",
            [("мука", "2", "kg"), ("рис", None, None), ("соль", "1", "pack")],
        ),
        ("сосиски 2 уп.\nмёд", [("сосиски", "2", "pack"), ("мёд", None, None)]),
        (
            "flour 2 kg\nrice\nhoney 1 jar",
            [("flour", "2", "kg"), ("rice", None, None), ("honey", "1", "jar")],
        ),
        # a line that ends on an adjective or a preposition goes on to the next
        ("купи туалетная\nбумага", [("туалетная бумага", None, None)]),
    ],
)
def test_a_notes_lines_are_its_items(text: str, items: list[Item]) -> None:
    assert started_items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("шампунь 2 фл., спички 10 кор.", [("шампунь", "2", "bottle"), ("спички", "10", "box")]),
        ("горчица 1 бан.\nрис", [("горчица", "1", "can"), ("рис", None, None)]),
        (
            "pasta 3 pkgs, soda 2 btls, napkins 1 pk.",
            [("pasta", "3", "pack"), ("soda", "2", "bottle"), ("napkins", "1", "pack")],
        ),
        ("add batteries 8 ct", [("batteries", "8", "pcs")]),
        ("гречка1кг, рис2кг", [("гречка", "1", "kg"), ("рис", "2", "kg")]),
        ("flour2kg, sugar1kg", [("flour", "2", "kg"), ("sugar", "1", "kg")]),
    ],
)
def test_an_abbreviated_or_glued_unit_is_the_items_measure(text: str, items: list[Item]) -> None:
    assert started_items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("мукa\nрис", [("мука", None, None), ("рис", None, None)]),  # a Latin "a"
        ("Cоль, пepец", [("соль", None, None), ("перец", None, None)]),
        ("мёд\nс0ль", [("мёд", None, None), ("соль", None, None)]),  # a zero for "о"
        ("гречка\nр̶и̶с̶\nмука", [("гречка", None, None), ("мука", None, None)]),  # struck
        ("~~соль~~, мёд, рис", [("мёд", None, None), ("рис", None, None)]),
        ("купи ~майонез~ и горчицу", [("горчица", None, None)]),
        ("купи стиральный по-\nрошок", [("стиральный порошок", None, None)]),
    ],
)
def test_a_photographed_or_mistyped_note_is_read_as_written(text: str, items: list[Item]) -> None:
    assert started_items(text) == items


@pytest.mark.parametrize(
    ("text", "normalised"),
    [
        ("Wi-Fiроутер", "Wi-Fiроутер"),  # a real Latin word glued on stays
        ("молоко2л", "молоко2л"),  # a glued measure keeps its digit
        ("пакет3шт", "пакет3шт"),
        ("около ~2 кг", "около ~2 кг"),  # one tilde strikes nothing
        ("iPhone 15", "iPhone 15"),
    ],
)
def test_only_look_alikes_in_a_russian_word_are_respelt(text: str, normalised: str) -> None:
    assert normalise_text(text, BUILT_IN.vocabulary.text) == normalised


def test_look_alikes_are_the_languages_own() -> None:
    """Only the look-alikes a language supplies are respelt: English has none, and a language
    given one look-alike respells that letter and no other."""
    assert normalise_text("хлe6 и Kефир", ENGLISH_TEXT) == "хлe6 и Kефир"
    one = TextWords(lookalikes={"e": "е"}, lookalike_script="[а-яё]")
    assert normalise_text("хлe6 и Kефир", one) == "хле6 и Kефир"  # no twin given for "6", "K"
    assert normalise_text("хлeб", one) == "хлеб"


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("пяток груш", [("груши", "5", None)]),
        ("сотню салфеток", [("салфетки", "100", None)]),
        ("купи a half-dozen croissants", [("croissants", "6", None)]),
        ("pasta 2 doz", [("pasta", "24", None)]),
        ("сеточку лука", [("лук", "1", "сетка")]),
        ("кочанчик салата и литровку кваса", [("салат", "1", "кочан"), ("квас", "1", "l")]),
    ],
)
def test_colloquial_counts_and_diminutive_measures(text: str, items: list[Item]) -> None:
    assert started_items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        # a condition after the items ends them
        ("купи две пачки гречки, если не трудно", [("гречка", "2", "pack")]),
        ("возьми нут, если в Пятёрочке будет", [("нут", None, None)]),
        ("купи муку, когда будешь у дома", [("мука", None, None)]),
        ("grab some limes if they have any", [("limes", None, None)]),
        ("pick up bagels unless they're stale", [("bagels", None, None)]),
        # the list closed: "и всё", "больше ничего", "that's all"
        ("кабачков три штуки и всё, больше ничего", [("кабачки", "3", "pcs")]),
        ("купи майонез, на этом всё", [("майонез", None, None)]),
        ("pasta and rye bread, that's all", [("pasta", None, None), ("rye bread", None, None)]),
        ("buy sponges, nothing else", [("sponges", None, None)]),
        # chat interjections and a word said again while speaking
        ("купи дыню кек", [("дыня", None, None)]),
        ("груш купи груш слышь и мёда", [("груши", None, None), ("мёд", None, None)]),
    ],
)
def test_talk_after_the_items_is_no_item(text: str, items: list[Item]) -> None:
    assert started_items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        # diminutives of common products make a list of products with no verb
        ("лучку и укропчика", [("лучок", None, None), ("укропчик", None, None)]),
        ("печенек и конфеток", [("печеньки", None, None), ("конфетки", None, None)]),
        # a name with its complement is not too long for a list said with no verb
        ("сыр гауда с орехами, 2 пачки", [("сыр гауда с орехами", "2", "pack")]),
    ],
)
def test_a_verbless_list_of_spoken_products(text: str, items: list[Item]) -> None:
    assert started_items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        # "n", the chat's "and", joins two items
        ("buy pears n plums", [("pears", None, None), ("plums", None, None)]),
        ("add 2 tins of tuna n a bag of rice", [("tuna", "2", "can"), ("rice", "1", "bag")]),
        # … unless the two words make one product or brand
        (
            "buy macaroni and cheese and soup",
            [("macaroni and cheese", None, None), ("soup", None, None)],
        ),
        ("add sweet 'n' sour sauce", [("sweet n sour sauce", None, None)]),
        ("grab a tub of ben & jerry's", [("ben & jerry's", "1", "tub")]),
        (
            "buy milk, bread & butter",
            [("milk", None, None), ("bread", None, None), ("butter", None, None)],
        ),
    ],
)
def test_and_said_short_or_inside_a_name(text: str, items: list[Item]) -> None:
    assert started_items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        # a personal pronoun after the items starts a clause of its own
        ("купи сушки, мы завтра в гости", [("сушки", None, None)]),
        ("возьми корицы пакетик она просила", [("корица", "1", "bag")]),
        # hesitation while the word is found
        ("купи эту самую, как её, пищевую плёнку", [("пищевая плёнка", None, None)]),
        ("buy the, what's it called, cling film", [("cling film", None, None)]),
        # a correction with a filler around its mark; a fused half corrected by a unit
        ("купи полкило сыра, ой, нет, килограмм", [("сыр", "1", "kg")]),
        ("buy oat milk, actually soy milk", [("soy milk", None, None)]),
        # a product in Latin letters, its measure said after it in Russian
        ("купи Pringles пару пачек", [("pringles", "2", "pack")]),
    ],
)
def test_speech_around_an_item_is_no_part_of_it(text: str, items: list[Item]) -> None:
    assert started_items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        # a particle of speech between a product and its measure said after it
        ("гречки ну килограмм", [("гречка", "1", "kg")]),
        ("сахарку бы пачку", [("сахарок", "1", "pack")]),
        ("масла ещё пачку и соли", [("масло", "1", "pack"), ("соль", None, None)]),
    ],
)
def test_a_measure_after_its_product_past_a_particle(text: str, items: list[Item]) -> None:
    assert started_items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        # the size of one pack is neither the name nor the quantity
        ("buy a 12-pack of seltzer", [("seltzer", None, None)]),
        ("add a 6 pack of root beer", [("root beer", None, None)]),
        (
            "grab a 4-count of toothbrushes and a pack of gum",
            [("toothbrushes", None, None), ("gum", "1", "pack")],
        ),
        # a count of packs stays one
        ("buy 3 packs of gum", [("gum", "3", "pack")]),
    ],
)
def test_a_pack_size_is_no_name_and_no_quantity(text: str, items: list[Item]) -> None:
    assert started_items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        # where in the home it goes is no part of the product
        ("купи коврик в ванную", [("коврик", None, None)]),
        ("возьми лампочку на кухню и мыло", [("лампочка", None, None), ("мыло", None, None)]),
        ("buy a mop for the kitchen", [("mop", None, None)]),
        # what it is for stays ("для")
        ("купи средство для ванной", [("средство для ванной", None, None)]),
    ],
)
def test_where_in_the_home_a_purchase_goes_is_no_part_of_it(text: str, items: list[Item]) -> None:
    assert started_items(text) == items


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a brand no dictionary holds, before or after its product, is one item with it
        ("купи нескафе голд и сахар", ["нескафе голд", "сахар"]),
        ("купи жевачку орбит и хлеб", ["жевачка орбит", "хлеб"]),
        ("купи конфеты бонпари", ["конфеты бонпари"]),
        # two dictionary nouns typed without a comma stay two items
        ("купи рис соль", ["рис", "соль"]),
    ],
)
def test_a_brand_beside_its_product(text: str, names: list[str]) -> None:
    assert [name.replace("ё", "е") for name, _, _ in started_items(text)] == names
