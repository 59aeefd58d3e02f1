"""Issue #12, eleventh batch: corrections said on the fly and words that point back at products.

A correction word replaces what it corrects in the item just before it: English "no" when it
answers (before a mark, another correction word, or between two counts), "wait", "I mean",
"make that …"/"make it …", "scratch that"; Russian "лучше" after a product. A measure said
again stands where the old one was said; adjectives said alone replace the old ones before the
same noun. "both", "em" after an adding verb point back at the products named before it.
"case" measures like "box". A report of what ran out said after the items whose subject is an
adjective or a pronoun alone ("прежний закончился", "ours broke") refers back: no item. Each row is decided through ``decide()`` against the bilingual test
household (``policy_core.testing``); none is a golden sentence.
"""

from __future__ import annotations

import pytest

from policy_core.testing import started_items

Item = tuple[str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "items"),
    [
        # a count corrects a count, the unit after them kept
        ("buy five no six jars of pickles", [("pickles", "6", "jar")]),
        ("get two, no, three tins of beans", [("beans", "3", "can")]),
        # a measure said again, "make that …"
        ("add 4 lbs of apples, no make that 5 lbs", [("apples", "5", "pound")]),
        ("grab a kilo of plums, make it two kilos", [("plums", "2", "kg")]),
        ("add oranges 3, no, 4", [("oranges", "4", None)]),
        # a product corrects a product
        ("add cream cheese, I mean sour cream", [("sour cream", None, None)]),
        ("buy rye bread, no, a baguette", [("baguette", None, None)]),
        # Russian: the number where the old one was said; adjectives alone before the noun
        ("купи лимоны три штуки, нет, пять", [("лимоны", "5", "pcs")]),
        ("купи свиной окорок, нет, лучше телячий", [("телячий окорок", None, None)]),
        ("купи сливочное масло, нет, топлёное", [("топлёное масло", None, None)]),
    ],
)
def test_a_correction_replaces_what_it_corrects(text: str, items: list[Item]) -> None:
    assert started_items(text) == items


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # "no" before a product or "more" answers nothing: the product before it stays
        ("add coffee, no sugar", "coffee"),
        ("add lemonade, no more than two bottles", "lemonade"),
        ("купи сыр, лучше два", "сыр"),  # a count with no old one: nothing to correct
    ],
)
def test_a_word_that_only_may_correct_does_not(text: str, kept: str) -> None:
    assert started_items(text)[0][0] == kept


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "out of rice and lentils, add both to the list",
            [("rice", None, None), ("lentils", None, None)],
        ),
        (
            "out of foil and cling film, put em on the list",
            [("foil", None, None), ("cling film", None, None)],
        ),
        (
            "low on ketchup and mustard, add 'em to the list",
            [("ketchup", None, None), ("mustard", None, None)],
        ),
    ],
)
def test_both_and_em_point_back_at_the_products(text: str, items: list[Item]) -> None:
    assert started_items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("get 3 cases of soda", [("soda", "3", "box")]),
        ("add a case of lager", [("lager", "1", "box")]),
        ("add a pencil case", [("pencil case", None, None)]),
    ],
)
def test_a_case_measures_like_a_box(text: str, items: list[Item]) -> None:
    assert started_items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("запиши в продукты рис, старый закончился", [("рис", None, None)]),
        ("внеси в продукты горчицу: наша, увы, кончилась", [("горчица", None, None)]),
        ("добавь зубную пасту, прежняя уже заканчивается", [("зубная паста", None, None)]),
        ("add a kettle, ours broke", [("kettle", None, None)]),
        ("add hand cream, mine's nearly gone", [("hand cream", None, None)]),
    ],
)
def test_what_ran_out_said_by_a_word_for_it_is_no_item(text: str, items: list[Item]) -> None:
    assert started_items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        # a noun names what ran out: it is bought too
        ("добавь кофе, сахар закончился", [("кофе", None, None), ("сахар", None, None)]),
        ("запиши хлеб, закончилась соль", [("хлеб", None, None), ("соль", None, None)]),
    ],
)
def test_a_product_that_ran_out_is_bought_too(text: str, items: list[Item]) -> None:
    assert started_items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        # what for, where to, for how long, said right after the verb, before the product
        ("купи на праздник торт", [("торт", None, None)]),
        ("возьми в поездку влажные салфетки", [("влажные салфетки", None, None)]),
        ("купи к ужину багет", [("багет", None, None)]),
        ("купи на весь месяц корм для рыбок", [("корм для рыбок", None, None)]),
        ("купи под шашлык уголь", [("уголь", None, None)]),
        ("купи для Пети в бассейн шапочку", [("шапочка", None, None)]),
    ],
)
def test_a_purpose_said_before_the_product_is_no_item(text: str, items: list[Item]) -> None:
    assert started_items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        # a place the product is in (the prepositional case) is no purpose: not cut
        ("купи творог в пачке", [("творог в пачке", None, None)]),
    ],
)
def test_a_phrase_of_another_case_is_no_purpose(text: str, items: list[Item]) -> None:
    assert started_items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        # a clause after the items takes its own object with it
        ("add yeast, we're baking a loaf tonight", [("yeast", None, None)]),
        ("add crayons, I'm doing a craft with the kids", [("crayons", None, None)]),
        # a product after the clause's mark is an item again
        (
            "add cocoa, we're making a trifle, and custard",
            [("cocoa", None, None), ("custard", None, None)],
        ),
    ],
)
def test_a_clause_after_the_items_keeps_its_object(text: str, items: list[Item]) -> None:
    assert started_items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        # a discourse particle or the reflexive pronoun: a comment after the items, whole
        ("запиши в продукты шампанское, юбилей всё-таки", [("шампанское", None, None)]),
        ("купи мандарины, Новый год же", [("мандарины", None, None)]),
        ("добавь в продукты пломбир — внуки вели себя примерно", [("пломбир", None, None)]),
        ("запиши творог, зима ведь", [("творог", None, None)]),
    ],
)
def test_a_comment_after_the_items_is_no_item(text: str, items: list[Item]) -> None:
    assert started_items(text) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        # a clause after a correction word corrects no product
        # ("…, no, we're fine for salad" takes the request back: ``test_taken_back.py``)
        ("grab some lettuce, sorry, we're having salad tonight", [("lettuce", None, None)]),
        ("add peaches, sorry, I'm rambling", [("peaches", None, None)]),
    ],
)
def test_a_clause_after_a_correction_word_corrects_nothing(text: str, items: list[Item]) -> None:
    assert started_items(text) == items
