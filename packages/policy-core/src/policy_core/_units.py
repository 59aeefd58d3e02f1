"""Quantity and unit inside one shopping item phrase ("2 литра молока", "a dozen eggs").

``read_measure`` says how much of an item is wanted and which tokens said so; the tokens left
over are the item's name. Whole tokens only: "банан" holds no "банка", "bagel" no "bag".

Decisions, each pinned by a row in ``tests/test_units.py``:

- Where. A measure that opens the phrase wins ("2 литра молока"). Otherwise the last one after
  the name ("молоко 2 л"; "вода 0.5 л 6 шт" is 6 pcs, the 0.5 л being the bottle's size). After
  the name a measure needs a unit or a multiplier sign ("milk x2", "молоко х2", "2x milk"), or
  is a whole number that closes the phrase ("яйца 10"). A fraction there is a size and stays
  in the name ("кока-кола 0.5"), as does a number after "в"/"in" ("кофе 3 в 1").
- A number glued to a word that is no unit is part of the name ("7up", "№2"), as is one
  followed by "%" ("молоко 3,2%"). "по" and "of" around a measure are glue and are used.
- A unit with no number means one, in its singular form only: "литр молока", "пачку масла",
  "a bottle of water". English needs "of" after it ("a can opener" has none), Russian needs a
  word after it; abbreviations always need a number. "пакеты большие" has no measure.
- A unit word that can be a product ("пакет", "банка", "bags") is the name when nothing else
  would be left ("2 пакета" → quantity 2, no unit) or when "для"/"под"/"for" follows
  ("пакеты для мусора"). An English container word in the singular, after a number other
  than one and before a word, is a modifier: "2 can openers" has no unit.
- "dozen", "десяток", "дюжина" after a number multiply ("2 dozen" → 24, "half a dozen" → 6,
  "два десятка" → 20) and never become a unit; alone they are read by ``read_number``.
- "пол" before a unit, and the fused "полкило"/"пол-литра"/"полбуханки", are one half.
- No code, own singular: "lbs"/"pounds"/"фунта" → "pound", "oz" → "ounce", "пучка" → "пучок".
  "батон" is a product, not a loaf; "carton", "crate", "ящик" are "box"; "tin" is "can";
  "пакет" and "мешок" are "bag"; "флакон" is "bottle".
- "pcs" is never invented: "6 яиц" has a quantity and no unit. A bare article is not one:
  "an apple" has no quantity.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from types import MappingProxyType
from typing import NamedTuple

from policy_core._numbers import NUMBER_WORDS, format_decimal, read_number
from policy_core._text import Token, normalise_word

__all__ = ["Measure", "canonical_unit", "read_measure"]

_HARD = frozenset("кгхжшчщ")  # Russian spelling: "и", never "ы", after these letters
_MASCULINE = (  # unit, nominative, stem when the vowel drops ("мешок" → "мешка")
    ("kg", "килограмм", ""), ("g", "грамм", ""), ("l", "литр", ""), ("ml", "миллилитр", ""),
    ("bag", "пакет", ""), ("bag", "пакетик", ""), ("bag", "мешок", "мешк"),
    ("box", "ящик", ""), ("bottle", "флакон", ""), ("pound", "фунт", ""),
    ("пучок", "пучок", "пучк"), ("кусок", "кусок", "куск"), ("зубчик", "зубчик", ""),
    ("стакан", "стакан", ""), ("рулон", "рулон", ""), ("тюбик", "тюбик", ""),
    ("кочан", "кочан", ""), ("лоток", "лоток", "лотк"),
)  # fmt: skip
_FEMININE = (  # unit, stem, genitive plural
    ("pcs", "штук", "штук"), ("pcs", "штучк", "штучек"), ("pack", "пачк", "пачек"),
    ("pack", "упаковк", "упаковок"), ("bottle", "бутылк", "бутылок"),
    ("bottle", "бутылочк", "бутылочек"), ("can", "банк", "банок"), ("can", "баночк", "баночек"),
    ("loaf", "буханк", "буханок"), ("box", "коробк", "коробок"),
    ("box", "коробочк", "коробочек"), ("головка", "головк", "головок"),
    ("ложка", "ложк", "ложек"), ("сетка", "сетк", "сеток"), ("плитка", "плитк", "плиток"),
)  # fmt: skip
_OTHER = (  # unit, singular words, plural words, abbreviations
    ("kg", ("кило", "kilo", "kilogram", "kilogramme"),
     ("kilos", "kilograms", "kilogrammes"), ("кг", "kg", "kgs")),
    ("g", ("gram", "gramme"), ("grams", "grammes"), ("г", "гр", "g", "gr")),
    ("l", ("liter", "litre"), ("liters", "litres"), ("л", "l", "ltr", "ltrs")),
    ("ml", ("milliliter", "millilitre"), ("milliliters", "millilitres"), ("мл", "ml", "mls")),
    ("pcs", ("piece",), ("pieces",), ("шт", "pc", "pcs")),
    ("pack", ("pack", "packet", "package"), ("packs", "packets", "packages"),
     ("уп", "pk", "pkt")),
    ("bottle", ("bottle",), ("bottles",), ("btl",)),
    ("can", ("can", "tin"), ("cans", "tins"), ()),
    ("loaf", ("loaf",), ("loaves",), ()),
    ("box", ("box", "carton", "crate"), ("boxes", "cartons", "crates"), ()),
    ("bag", ("bag", "sack"), ("bags", "sacks"), ()),
    ("pound", ("pound",), ("pounds",), ("lb", "lbs")),
    ("ounce", ("ounce",), ("ounces",), ("oz",)),
    ("gallon", ("gallon",), ("gallons",), ("gal",)),
    ("quart", ("quart",), ("quarts",), ("qt",)),
    ("pint", ("pint",), ("pints",), ()),
    ("tablespoon", ("tablespoon",), ("tablespoons",), ("tbsp",)),
    ("teaspoon", ("teaspoon",), ("teaspoons",), ("tsp",)),
    *((word, (word,), (word + "s",), ()) for word in (
        "cup", "jar", "head", "clove", "roll", "slice", "bar", "tube", "tray", "stick")),
    ("bunch", ("bunch",), ("bunches",), ()),
)  # fmt: skip


def _russian_forms() -> tuple[dict[str, str], frozenset[str]]:
    forms: dict[str, str] = {}
    singular: set[str] = set()
    for unit, nominative, dropped in _MASCULINE:
        stem = dropped or nominative
        plural = "и" if stem[-1] in _HARD else "ы"
        endings = ("а", "у", "ом", "е", plural, "ов", "ам", "ами", "ах")
        forms.update(dict.fromkeys((nominative, *(stem + e for e in endings)), unit))
        singular.add(nominative)
    for unit, stem, genitive_plural in _FEMININE:
        plural = "и" if stem[-1] in _HARD else "ы"
        endings = ("а", plural, "е", "у", "ой", "ою", "ам", "ами", "ах")
        forms.update(dict.fromkeys((genitive_plural, *(stem + e for e in endings)), unit))
        singular.update((stem + "а", stem + "у"))
    return forms, frozenset(singular)


_RU_FORMS, _RU_SINGULAR = _russian_forms()
_UNIT_FORMS: MappingProxyType[str, str] = MappingProxyType(
    {**_RU_FORMS, **{w: unit for unit, *words in _OTHER for group in words for w in group}}
)
_ABBREVIATIONS = frozenset(w for *_, abbreviations in _OTHER for w in abbreviations)
# Units that only ever measure; every other unit word can also be the product itself.
_PURE = frozenset({"kg", "g", "l", "ml", "pcs", "pound", "ounce", "gallon", "quart", "pint",
                   "tablespoon", "teaspoon"})  # fmt: skip
_EN_SINGULAR = frozenset(w for _, singular, *_ in _OTHER for w in singular if w.isascii())
# Singular forms that may stand for "one <unit>" with no number before them.
_ONE_FORMS = _RU_SINGULAR | {"кило"} | _EN_SINGULAR
# Singular English containers that, before a noun, are modifiers: "2 can openers".
_EN_MODIFIERS = frozenset(w for w in _EN_SINGULAR if _UNIT_FORMS[w] not in _PURE)
_MULTIPLIERS: MappingProxyType[str, Decimal] = MappingProxyType({
    **dict.fromkeys(("dozen", "dozens", "дюжина", "дюжину", "дюжины", "дюжин"), Decimal(12)),
    **dict.fromkeys(("десяток", "десятка", "десятков", "десятки"), Decimal(10)),
})  # fmt: skip
_TIMES = frozenset({"x", "х", "×", "*"})  # "milk x2", "молоко х2" (Cyrillic х)
_GLUED_TIMES = frozenset({"x", "х"})  # "2x milk"
_ARTICLES = frozenset({"a", "an"})
_HEAD_NEXT = frozenset({"для", "под", "из-под", "for"})  # "пакеты для мусора": a product
_NAME_LINKS = frozenset({"в", "во", "на", "и", "с", "in", "on", "and", "for", "of", "with"})
_ONE = Decimal(1)
_HALF = Decimal("0.5")


@dataclass(frozen=True, slots=True)
class Measure:
    """How much of an item a phrase asks for, and which tokens said it.

    >>> from policy_core._text import tokenize
    >>> m = read_measure(tokenize("2 литра молока"))
    >>> (m.quantity, m.unit, sorted(m.token_indices))
    ('2', 'l', [0, 1])
    """

    quantity: str | None
    unit: str | None
    token_indices: frozenset[int]


_NONE = Measure(None, None, frozenset())
# A measure begins at a number (digits or a number word), at a unit word, or at "пол..."
# (see ``_read_at``); a phrase holding none of them has none, and most item names are so.
_MEASURE_WORDS = frozenset({*NUMBER_WORDS, *_UNIT_FORMS})


class _Found(NamedTuple):
    quantity: Decimal
    unit: str | None
    unit_index: int  # -1 when the unit has no token of its own
    used: tuple[int, ...]  # every token but the unit's
    end: int
    implicit: bool  # "литр молока": the quantity is the unit's "one"


def canonical_unit(word_norm: str) -> str | None:
    """The unit a single word names: a code, or a measure word's singular; else ``None``.

    >>> canonical_unit("килограмма"), canonical_unit("lbs"), canonical_unit("банан")
    ('kg', 'pound', None)
    """
    return _UNIT_FORMS.get(normalise_word(word_norm))


def read_measure(tokens: Sequence[Token]) -> Measure:
    """Read the quantity and unit of one item phrase (see the module docstring for the rules).

    >>> from policy_core._text import tokenize
    >>> read_measure(tokenize("молоко 2 л")).token_indices
    frozenset({1, 2})
    """
    if not any(
        t.kind == "number" or t.norm in _MEASURE_WORDS or t.norm.startswith("пол") for t in tokens
    ):
        return _NONE
    return _read_measure(tokens)


def _read_measure(tokens: Sequence[Token]) -> Measure:
    """``read_measure`` without its first filter (the tests compare the two)."""
    if not tokens:
        return _NONE
    found = _read_at(tokens, 0, front=True)
    if found is None:
        i = 1
        while i < len(tokens):
            candidate = _read_at(tokens, i, front=False)
            if candidate is None:
                i += 1
            else:
                found, i = candidate, candidate.end
    if found is None:
        return _NONE
    used = set(found.used)
    unit = found.unit
    if found.unit_index >= 0:
        skip = used | {found.unit_index}
        named = any(t.kind in ("word", "number") for i, t in enumerate(tokens) if i not in skip)
        if named or unit in _PURE:
            used.add(found.unit_index)
        elif found.implicit:
            return _NONE
        else:  # "2 пакета": the unit word is the product
            unit = None
    return Measure(format_decimal(found.quantity), unit, frozenset(used))


def _read_at(tokens: Sequence[Token], i: int, *, front: bool) -> _Found | None:
    """A measure that starts at ``tokens[i]``, or ``None``."""
    n = len(tokens)
    used: list[int] = []
    j = i
    marked = False  # a sign or a unit: the measure may stand anywhere
    nxt_is_number = j + 1 < n and tokens[j + 1].kind == "number"
    if nxt_is_number and tokens[j].norm == "по":
        used.append(j)
        j += 1
    elif nxt_is_number and tokens[j].norm in _TIMES:
        used.append(j)
        j += 1
        marked = True
    number = read_number(tokens, j)
    implicit = False
    if number is not None:
        if not _stands_alone(tokens, number.start, number.end):
            return None
        quantity = number.value
        used.extend(range(j, number.end))
        j = number.end
        if j < n and tokens[j].norm in _GLUED_TIMES and tokens[j].start == tokens[j - 1].end:
            used.append(j)
            j += 1
            marked = True
        k = j + 1 if j < n and tokens[j].norm in _ARTICLES else j  # "half a dozen"
        if k < n and tokens[k].norm in _MULTIPLIERS:
            quantity *= _MULTIPLIERS[tokens[k].norm]
            used.extend(range(j, k + 1))
            j = k + 1
    elif (fused := _fused_half(tokens[j].norm)) is not None:  # "полкило", "пол-литра"
        used.append(j)
        end = _after_glue(tokens, j + 1, used)
        return _Found(_HALF, fused, -1, tuple(used), end, False)
    elif tokens[j].norm == "пол" and j + 1 < n and tokens[j + 1].norm in _UNIT_FORMS:
        quantity = _HALF
        used.append(j)
        j += 1
    elif front:
        quantity, implicit = _ONE, True
    else:
        return None

    unit_index, j = _unit_at(tokens, j, quantity, implicit, used)
    if unit_index < 0 and implicit:
        return None
    unit = _UNIT_FORMS[tokens[unit_index].norm] if unit_index >= 0 else None
    j = _after_glue(tokens, j, used)
    marked = marked or unit is not None
    if not (front or marked or _closing_count(tokens, i, j, quantity)):
        return None
    return _Found(quantity, unit, unit_index, tuple(used), j, implicit)


def _unit_at(
    tokens: Sequence[Token], j: int, quantity: Decimal, implicit: bool, used: list[int]
) -> tuple[int, int]:
    """The unit's token index (-1 when none) and where the measure goes on."""
    n = len(tokens)
    k = j + 1 if j < n and tokens[j].norm in _ARTICLES else j  # "half a kilo", "a bottle"
    if k >= n or tokens[k].norm not in _UNIT_FORMS or not _is_unit(tokens, k, quantity, implicit):
        return -1, j
    used.extend(range(j, k))
    j = k + 1
    dot = j < n and tokens[j].norm == "." and tokens[j].start == tokens[k].end
    if dot and tokens[k].norm in _ABBREVIATIONS:  # "10 шт."
        used.append(j)
        j += 1
    return k, j


def _after_glue(tokens: Sequence[Token], j: int, used: list[int]) -> int:
    if j < len(tokens) and tokens[j].norm == "of":  # "two bottles of water"
        used.append(j)
        return j + 1
    return j


def _stands_alone(tokens: Sequence[Token], start: int, end: int) -> bool:
    """Whether a number is a quantity rather than part of a name ("7up", "№2", "3,2%")."""
    if end < len(tokens):
        after = tokens[end]
        if after.norm == "%":
            return False
        glued = after.start == tokens[end - 1].end and after.kind == "word"
        if glued and not (
            after.norm in _UNIT_FORMS or after.norm in _MULTIPLIERS or after.norm in _GLUED_TIMES
        ):
            return False
    if start > 0:
        before = tokens[start - 1]
        glued = before.end == tokens[start].start and before.kind == "word"
        if glued and before.norm not in _TIMES:
            return False
    return True


def _is_unit(tokens: Sequence[Token], k: int, quantity: Decimal, implicit: bool) -> bool:
    """Whether the unit word at ``tokens[k]`` measures here, rather than names the product."""
    word = tokens[k].norm
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    if after is not None and after.norm in _HEAD_NEXT:
        return False
    if implicit:
        if word not in _ONE_FORMS or after is None:
            return False
        return after.norm == "of" if word.isascii() else after.kind == "word"
    return not (
        word in _EN_MODIFIERS
        and quantity != _ONE
        and after is not None
        and after.kind == "word"
        and after.norm != "of"
    )


def _closing_count(tokens: Sequence[Token], i: int, j: int, quantity: Decimal) -> bool:
    """A bare whole number after the name that closes the phrase: "яйца 10"."""
    if any(t.kind != "punct" for t in tokens[j:]):
        return False
    if quantity != quantity.to_integral_value():
        return False  # "кока-кола 0.5": a size
    return not (i > 0 and tokens[i - 1].norm in _NAME_LINKS)  # "кофе 3 в 1"


def _fused_half(word: str) -> str | None:
    if not word.startswith("пол") or len(word) < 5:
        return None
    rest = word[3:].removeprefix("-")
    return _UNIT_FORMS.get(rest)
