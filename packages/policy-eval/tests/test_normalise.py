"""Name normalisation: Russian inflection and English plurals meet; different products do not."""

from __future__ import annotations

import pytest

from policy_eval import TITLE_PASS_THRESHOLD, Comparer
from policy_eval._normalise import english_stem


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("молоко", "молока"),
        ("молочко", "молочка"),
        ("яйца", "яиц"),
        ("яблоко", "Яблоки"),
        ("красные яблоки", "красное яблоко"),
        ("ёжик", "ежик"),
        ("туалетная бумага", "туалетной бумаги"),
        ("apple", "apples"),
        ("berry", "berries"),
        ("box", "boxes"),
        ("tomato", "tomatoes"),
        ("cookie", "cookies"),
        ("glass", "glasses"),
        ("cheese", "cheeses"),
        ("red apples", "Red Apple"),
        ("milk", "Milk!"),
        ("coca-cola", "Coca Cola"),
    ],
)
def test_forms_of_one_name_are_the_same_name(comparer: Comparer, left: str, right: str) -> None:
    assert comparer.normaliser.same(left, right)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("apple", "pineapple"),
        ("milk", "silk"),
        ("молоко", "масло"),
        ("red apples", "apples red"),
        ("bus", "bu"),
        ("молоко", "молоко сгущенное"),
    ],
)
def test_different_names_stay_different(comparer: Comparer, left: str, right: str) -> None:
    assert not comparer.normaliser.same(left, right)


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("2 Литра МОЛОКА!", "2 литр молоко"),
        ("Ёлки-палки", "елка палка"),
        ("Red Apples", "red appl"),
    ],
)
def test_canonical_name(comparer: Comparer, text: str, canonical: str) -> None:
    assert comparer.normaliser.name(text) == canonical


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("apples", "appl"),
        ("apple", "appl"),
        ("berries", "berri"),
        ("toys", "toy"),
        ("glass", "glass"),
        ("hummus", "hummus"),
        ("pies", "pie"),
        ("eggs", "egg"),
    ],
)
def test_english_stem(word: str, stem: str) -> None:
    assert english_stem(word) == stem


@pytest.mark.parametrize(
    ("expected", "actual", "passes"),
    [
        ("Вынести мусор", "вынести мусор!", True),
        ("Вынести мусор", "Вынести мусора", True),
        ("Take out the trash", "Take out trash", True),
        ("Take out the trash", "Wash the dishes", False),
        ("Помыть посуду", "Пропылесосить ковёр", False),
    ],
)
def test_title_similarity_against_the_threshold(
    comparer: Comparer, expected: str, actual: str, passes: bool
) -> None:
    similarity = comparer.normaliser.similarity(expected, actual)
    assert 0.0 <= similarity <= 1.0
    assert (similarity >= TITLE_PASS_THRESHOLD) is passes
