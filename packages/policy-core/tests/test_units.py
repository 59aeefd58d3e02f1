"""Quantity and unit of one shopping item phrase: the table is the specification."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from policy_core._text import normalise_text, tokenize
from policy_core._units import Measure, canonical_unit, read_measure
from policy_core.lang import BUILT_IN

_LEXICON = BUILT_IN.vocabulary

CODES = ("kg", "g", "l", "ml", "pcs", "pack", "bottle", "can", "loaf", "box", "bag")


def _read(text: str) -> tuple[str | None, str | None, str]:
    """Quantity, unit and the tokens left for the name, joined by spaces."""
    tokens = tokenize(normalise_text(text, _LEXICON.text), _LEXICON.text)
    measure = read_measure(tokens, _LEXICON.units, _LEXICON.numbers)
    rest = " ".join(t.norm for i, t in enumerate(tokens) if i not in measure.token_indices)
    return measure.quantity, measure.unit, rest


@pytest.mark.parametrize(
    ("text", "quantity", "unit", "rest"),
    [
        # Russian: number, unit, name
        ("2 литра молока", "2", "l", "молока"),
        ("1,5 кг картошки", "1.5", "kg", "картошки"),
        ("2кг яблок", "2", "kg", "яблок"),
        ("0.5л воды", "0.5", "l", "воды"),
        ("200 г сыра", "200", "g", "сыра"),
        ("200 гр сыра", "200", "g", "сыра"),
        ("300 грамм фарша", "300", "g", "фарша"),
        ("500 мл сливок", "500", "ml", "сливок"),
        ("три бутылки кефира", "3", "bottle", "кефира"),
        ("5 бутылок воды", "5", "bottle", "воды"),
        ("пару пачек масла", "2", "pack", "масла"),
        ("2 упаковки творога", "2", "pack", "творога"),
        ("3 банки горошка", "3", "can", "горошка"),
        ("две буханки хлеба", "2", "loaf", "хлеба"),
        ("2 коробки конфет", "2", "box", "конфет"),
        ("3 пакета молока", "3", "bag", "молока"),
        ("два мешка картошки", "2", "bag", "картошки"),
        ("полтора литра кефира", "1.5", "l", "кефира"),
        ("6 яиц", "6", None, "яиц"),
        ("хлеб", None, None, "хлеб"),
        # Russian: the measure after the name
        ("молоко 2 л", "2", "l", "молоко"),
        ("молоко 2 литра", "2", "l", "молоко"),
        ("яйца 10 шт", "10", "pcs", "яйца"),
        ("яйца 10 шт.", "10", "pcs", "яйца"),
        ("яйца 10", "10", None, "яйца"),
        ("молоко х2", "2", None, "молоко"),
        ("вода 0.5 л 6 шт", "6", "pcs", "вода 0.5 л"),
        ("молоко 3,2% 1 л", "1", "l", "молоко 3.2 %"),
        # Russian: a unit with no number is one of it, in the singular only
        ("литр молока", "1", "l", "молока"),
        ("пачку масла", "1", "pack", "масла"),
        ("буханку хлеба", "1", "loaf", "хлеба"),
        ("кило сыра", "1", "kg", "сыра"),
        ("пакет молока", "1", "bag", "молока"),
        ("ящик пива", "1", "box", "пива"),
        ("литра молока", None, None, "литра молока"),
        ("кг картошки", None, None, "кг картошки"),
        ("пакеты большие", None, None, "пакеты большие"),
        # Russian: halves, tens, "по"
        ("пол кило сыра", "0.5", "kg", "сыра"),
        ("полкило сыра", "0.5", "kg", "сыра"),
        ("пол-литра сметаны", "0.5", "l", "сметаны"),
        ("полбуханки хлеба", "0.5", "loaf", "хлеба"),
        ("десяток яиц", "10", None, "яиц"),
        ("два десятка яиц", "20", None, "яиц"),
        ("полтора десятка яиц", "15", None, "яиц"),
        ("по 2 штуки груш", "2", "pcs", "груш"),
        ("яблоки по 2 кг", "2", "kg", "яблоки"),
        # Russian: measure words without a code keep their singular form
        ("2 пучка укропа", "2", "пучок", "укропа"),
        ("3 головки чеснока", "3", "головка", "чеснока"),
        ("зубчик чеснока", "1", "зубчик", "чеснока"),
        ("2 фунта муки", "2", "pound", "муки"),
        ("кусок мыла", "1", "кусок", "мыла"),
        # English: number, unit, name
        ("two bottles of water", "2", "bottle", "water"),
        ("2 kg apples", "2", "kg", "apples"),
        ("1.5 liters of juice", "1.5", "l", "juice"),
        ("500 ml cream", "500", "ml", "cream"),
        ("250 grams of butter", "250", "g", "butter"),
        ("3 packs of gum", "3", "pack", "gum"),
        ("4 tins of tuna", "4", "can", "tuna"),
        ("2 loaves of bread", "2", "loaf", "bread"),
        ("2 boxes of cereal", "2", "box", "cereal"),
        ("3 bags of rice", "3", "bag", "rice"),
        ("10 pcs nails", "10", "pcs", "nails"),
        ("1 can tomatoes", "1", "can", "tomatoes"),
        ("3 apples", "3", None, "apples"),
        ("a couple of lemons", "2", None, "lemons"),
        ("red apples", None, None, "red apples"),
        # English: no number means one, and needs "of"
        ("a bottle of wine", "1", "bottle", "wine"),
        ("bottle of wine", "1", "bottle", "wine"),
        ("a loaf of bread", "1", "loaf", "bread"),
        ("a carton of milk", "1", "box", "milk"),
        ("a kilo of sugar", "1", "kg", "sugar"),
        ("bags of ice", None, None, "bags of ice"),
        ("an apple", None, None, "an apple"),
        # English: dozens and halves
        ("a dozen eggs", "12", None, "eggs"),
        ("2 dozen eggs", "24", None, "eggs"),
        ("half a dozen eggs", "6", None, "eggs"),
        ("half a kilo of cheese", "0.5", "kg", "cheese"),
        # English: the measure after the name
        ("milk 2 l", "2", "l", "milk"),
        ("milk x2", "2", None, "milk"),
        ("eggs x 12", "12", None, "eggs"),
        ("eggs ×12", "12", None, "eggs"),
        ("2x milk", "2", None, "milk"),
        # English: measure words without a code keep their singular form
        ("2 pounds of apples", "2", "pound", "apples"),
        ("3 lbs potatoes", "3", "pound", "potatoes"),
        ("a pound of cheese", "1", "pound", "cheese"),
        ("8 oz cream cheese", "8", "ounce", "cream cheese"),
        ("2 cups of flour", "2", "cup", "flour"),
        ("a bunch of bananas", "1", "bunch", "bananas"),
        ("2 heads of lettuce", "2", "head", "lettuce"),
        ("a gallon of milk", "1", "gallon", "milk"),
    ],
)
def test_read_measure(text: str, quantity: str | None, unit: str | None, rest: str) -> None:
    assert _read(text) == (quantity, unit, rest)


@pytest.mark.parametrize(
    ("text", "quantity", "unit", "rest"),
    [
        # products that look like units never become one
        ("банан", None, None, "банан"),
        ("3 банана", "3", None, "банана"),
        ("2 батона", "2", None, "батона"),
        ("батон хлеба", None, None, "батон хлеба"),
        ("2 bagels", "2", None, "bagels"),
        ("canola oil", None, None, "canola oil"),
        ("a can opener", None, None, "a can opener"),
        ("2 can openers", "2", None, "can openers"),
        # a unit word with nothing else is the product itself
        ("2 пакета", "2", None, "пакета"),
        ("3 bags", "3", None, "bags"),
        ("6 rolls", "6", None, "rolls"),
        ("2 кило", "2", "kg", ""),
        # a unit word before "для"/"for" is the product
        ("пакеты для мусора", None, None, "пакеты для мусора"),
        ("2 пакета для мусора", "2", None, "пакета для мусора"),
        ("банка для специй", None, None, "банка для специй"),
        # numbers that belong to the name
        ("7up", None, None, "7 up"),
        ("2 bottles of 7up", "2", "bottle", "7 up"),
        ("молоко 3,2%", None, None, "молоко 3.2 %"),
        ("кока-кола 0.5", None, None, "кока-кола 0.5"),
        ("кофе 3 в 1", None, None, "кофе 3 в 1"),
        ("шампунь №2", None, None, "шампунь no 2"),
        ("пол", None, None, "пол"),
    ],
)
def test_traps(text: str, quantity: str | None, unit: str | None, rest: str) -> None:
    assert _read(text) == (quantity, unit, rest)


def test_token_indices_are_a_frozenset_of_positions() -> None:
    measure = read_measure(
        tokenize("two bottles of water", _LEXICON.text), _LEXICON.units, _LEXICON.numbers
    )
    assert measure == Measure("2", "bottle", frozenset({0, 1, 2}))


def test_empty_phrase_has_no_measure() -> None:
    assert read_measure((), _LEXICON.units, _LEXICON.numbers) == Measure(None, None, frozenset())


def test_measure_is_frozen() -> None:
    measure = read_measure(tokenize("2 л молока", _LEXICON.text), _LEXICON.units, _LEXICON.numbers)
    with pytest.raises(dataclasses.FrozenInstanceError):
        measure.unit = "kg"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("word", "unit"),
    [
        *((w, "kg") for w in ("кг", "кило", "килограмм", "килограмма", "килограммов")),
        *((w, "kg") for w in ("килограммами", "kg", "kgs", "kilo", "kilos", "kilogram")),
        *((w, "kg") for w in ("kilograms", "kilogramme", "kilogrammes")),
        *((w, "g") for w in ("г", "гр", "грамм", "грамма", "граммов", "граммами")),
        *((w, "g") for w in ("g", "gr", "gram", "grams", "gramme", "grammes")),
        *((w, "l") for w in ("л", "литр", "литра", "литров", "литре", "литрами")),
        *((w, "l") for w in ("l", "ltr", "liter", "liters", "litre", "litres")),
        *((w, "ml") for w in ("мл", "миллилитр", "миллилитра", "миллилитров")),
        *((w, "ml") for w in ("ml", "milliliter", "milliliters", "millilitre", "millilitres")),
        *((w, "pcs") for w in ("шт", "штука", "штуки", "штук", "штуку", "штучки", "штучек")),
        *((w, "pcs") for w in ("pc", "pcs", "piece", "pieces")),
        *((w, "pack") for w in ("пачка", "пачки", "пачку", "пачек", "пачкой", "уп")),
        *((w, "pack") for w in ("упаковка", "упаковки", "упаковку", "упаковок")),
        *((w, "pack") for w in ("pack", "packs", "packet", "packets", "package", "packages")),
        *((w, "bottle") for w in ("бутылка", "бутылки", "бутылку", "бутылок", "бутылочка")),
        *((w, "bottle") for w in ("флакон", "bottle", "bottles")),
        *((w, "can") for w in ("банка", "банки", "банку", "банок", "баночка", "баночек")),
        *((w, "can") for w in ("can", "cans", "tin", "tins")),
        *((w, "loaf") for w in ("буханка", "буханки", "буханку", "буханок", "loaf", "loaves")),
        *((w, "box") for w in ("коробка", "коробки", "коробку", "коробок", "ящик", "ящика")),
        *((w, "box") for w in ("box", "boxes", "carton", "cartons", "crate")),
        *((w, "bag") for w in ("пакет", "пакета", "пакетов", "пакетик", "мешок", "мешка")),
        *((w, "bag") for w in ("мешков", "bag", "bags", "sack", "sacks")),
        # measure words without a code: their singular form
        *((w, "pound") for w in ("pound", "pounds", "lb", "lbs", "фунт", "фунта")),
        *((w, "ounce") for w in ("ounce", "ounces", "oz")),
        *((w, "cup") for w in ("cup", "cups")),
        *((w, "bunch") for w in ("bunch", "bunches")),
        *((w, "пучок") for w in ("пучок", "пучка", "пучков", "пучки")),
        *((w, "головка") for w in ("головка", "головки", "головок")),
        *((w, "кусок") for w in ("кусок", "куска", "кусков")),
        # case-insensitive
        ("КГ", "kg"),
        ("Литра", "l"),
    ],
)
def test_canonical_unit(word: str, unit: str) -> None:
    assert canonical_unit(word, _LEXICON) == unit


@pytest.mark.parametrize(
    "word",
    ["банан", "бананы", "банк", "батон", "батона", "bagel", "bagels", "canola", "canned",
     "packing", "литровый", "глазированный", "молоко", "dozen", "десяток", "пол", "", "2"],
)  # fmt: skip
def test_not_a_unit(word: str) -> None:
    assert canonical_unit(word, _LEXICON) is None


@pytest.mark.parametrize("code", CODES)
def test_every_code_names_itself(code: str) -> None:
    assert canonical_unit(code, _LEXICON) == code


@given(st.text(max_size=60))
def test_any_text_reads_without_error(text: str) -> None:
    tokens = tokenize(normalise_text(text, _LEXICON.text), _LEXICON.text)
    measure = read_measure(tokens, _LEXICON.units, _LEXICON.numbers)
    assert measure.token_indices <= frozenset(range(len(tokens)))
    if measure.quantity is None:
        assert measure.unit is None
        assert not measure.token_indices
    else:
        assert str(Decimal(measure.quantity)) == measure.quantity


@given(
    st.integers(min_value=1, max_value=999),
    st.sampled_from(["литра", "кг", "bottles", "packs", "шт"]),
    st.sampled_from(["молока", "milk", "яблок"]),
)
def test_number_unit_name_in_either_order(number: int, word: str, name: str) -> None:
    unit = canonical_unit(word, _LEXICON)
    assert _read(f"{number} {word} {name}") == (str(number), unit, name)
    assert _read(f"{name} {number} {word}") == (str(number), unit, name)
