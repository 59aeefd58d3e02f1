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
  followed by "%" ("молоко 3,2%"); one typed between a word and a unit is a measure
  ("молоко2л"). "по" and "of" around a measure are glue and are used.
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
from typing import Final, NamedTuple

from policy_core._numbers import format_decimal, read_number
from policy_core._text import Token, normalise_word
from policy_core.lang import NumberWords, UnitWords, Vocabulary

__all__ = ["Measure", "canonical_unit", "is_measure_word", "read_measure"]

_ONE: Final = Decimal(1)
_HALF: Final = Decimal("0.5")


@dataclass(frozen=True, slots=True)
class Measure:
    """How much of an item a phrase asks for, and which tokens said it.

    >>> from policy_core._text import tokenize
    >>> from policy_core.lang import BUILT_IN
    >>> words = BUILT_IN.vocabulary
    >>> m = read_measure(tokenize("2 литра молока", words.text), words.units, words.numbers)
    >>> (m.quantity, m.unit, sorted(m.token_indices))
    ('2', 'l', [0, 1])
    """

    quantity: str | None
    unit: str | None
    token_indices: frozenset[int]


_NONE: Final = Measure(None, None, frozenset())


class _Found(NamedTuple):
    quantity: Decimal
    unit: str | None
    unit_index: int  # -1 when the unit has no token of its own
    used: tuple[int, ...]  # every token but the unit's
    end: int
    implicit: bool  # "литр молока": the quantity is the unit's "one"


def canonical_unit(word: str, vocabulary: Vocabulary) -> str | None:
    """The unit a single word names: a code, or a measure word's singular; else ``None``.

    >>> from policy_core.lang import BUILT_IN
    >>> words = BUILT_IN.vocabulary
    >>> canonical_unit("Килограмма", words), canonical_unit("lbs", words)
    ('kg', 'pound')
    """
    return vocabulary.units.forms.get(normalise_word(word, vocabulary.text))


def read_measure(tokens: Sequence[Token], units: UnitWords, numbers: NumberWords) -> Measure:
    """Read the quantity and unit of one item phrase (see the module docstring for the rules).

    >>> from policy_core._text import tokenize
    >>> from policy_core.lang import BUILT_IN
    >>> words = BUILT_IN.vocabulary
    >>> read_measure(tokenize("молоко 2 л", words.text), words.units, words.numbers).token_indices
    frozenset({1, 2})
    """
    # A measure begins at a number (digits or a number word), at a unit word, or at a half
    # prefix (see ``_read_at``); a phrase holding none of them has none, and most names are so.
    forms, number_words, half = units.forms, numbers.words, units.half_prefixes
    for t in tokens:  # a loop, not any() over a generator: this runs for every item phrase
        norm = t.norm
        if t.kind == "number" or norm in number_words or norm in forms or norm.startswith(half):
            return _read_measure(tokens, units, numbers)
    return _NONE


def _read_measure(tokens: Sequence[Token], units: UnitWords, numbers: NumberWords) -> Measure:
    """``read_measure`` without its first filter (the tests compare the two)."""
    if not tokens:
        return _NONE
    found = _read_at(tokens, 0, units, numbers, front=True)
    if found is None:
        i = 1
        while i < len(tokens):
            candidate = _read_at(tokens, i, units, numbers, front=False)
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
        if named or unit in units.pure:
            used.add(found.unit_index)
        elif found.implicit:
            return _NONE
        else:  # "2 пакета": the unit word is the product
            unit = None
    return Measure(format_decimal(found.quantity), unit, frozenset(used))


def _read_at(
    tokens: Sequence[Token], i: int, units: UnitWords, numbers: NumberWords, *, front: bool
) -> _Found | None:
    """A measure that starts at ``tokens[i]``, or ``None``."""
    n = len(tokens)
    used: list[int] = []
    j = i
    marked = False  # a sign or a unit: the measure may stand anywhere
    nxt_is_number = j + 1 < n and tokens[j + 1].kind == "number"
    if nxt_is_number and tokens[j].norm in units.each:
        used.append(j)
        j += 1
    elif (each_one := _one_each(tokens, j, units, numbers)) is not None:
        return each_one
    elif nxt_is_number and tokens[j].norm in units.times:
        used.append(j)
        j += 1
        marked = True
    number = read_number(tokens, j, numbers)
    implicit = False
    if number is not None:
        if not _stands_alone(tokens, number.start, number.end, units):
            return None
        quantity = number.value
        used.extend(range(j, number.end))
        j = number.end
        if j < n and tokens[j].norm in units.glued_times and tokens[j].start == tokens[j - 1].end:
            used.append(j)
            j += 1
            marked = True
        k = j + 1 if j < n and tokens[j].norm in numbers.articles else j  # "half a dozen"
        if k < n and tokens[k].norm in units.multipliers:
            quantity *= units.multipliers[tokens[k].norm]
            used.extend(range(j, k + 1))
            j = k + 1
        if tokens[number.start].kind == "word":
            j = _link_to_unit(tokens, j, used, units)
    elif (fused := _fused_half(tokens[j].norm, units)) is not None:  # "полкило", "пол-литра"
        used.append(j)
        end = _after_glue(tokens, j + 1, used, units)
        return _Found(_HALF, fused, -1, tuple(used), end, False)
    elif tokens[j].norm in units.half_words and j + 1 < n and tokens[j + 1].norm in units.forms:
        quantity = _HALF
        used.append(j)
        j += 1
    elif front:
        quantity, implicit = _ONE, True
    else:
        return None

    unit_index, j = _unit_at(
        tokens, j, quantity, implicit, used, units=units, numbers=numbers, named=not front
    )
    if unit_index < 0 and implicit:
        return None
    unit = units.forms[tokens[unit_index].norm] if unit_index >= 0 else None
    j = _after_glue(tokens, j, used, units)
    marked = marked or unit is not None
    if not (front or marked or _closing_count(tokens, i, j, quantity, units)):
        return None
    return _Found(quantity, unit, unit_index, tuple(used), j, implicit)


def _link_to_unit(tokens: Sequence[Token], j: int, used: list[int], units: UnitWords) -> int:
    """ "a couple of bottles of …": a number said in words may take "of" before its unit."""
    if j + 1 < len(tokens) and tokens[j].norm in units.links and tokens[j + 1].norm in units.forms:
        used.append(j)
        return j + 1
    return j


def _one_each(
    tokens: Sequence[Token], j: int, units: UnitWords, numbers: NumberWords
) -> _Found | None:
    """ "по килограмму", "по пачке": one of the unit each."""
    if not (j + 1 < len(tokens) and tokens[j].norm in units.each):
        return None
    if tokens[j + 1].norm not in units.forms:
        return None
    used = [j]
    unit_index, end = _unit_at(tokens, j + 1, _ONE, False, used, units=units, numbers=numbers)
    if unit_index < 0:
        return None
    return _Found(_ONE, units.forms[tokens[unit_index].norm], unit_index, tuple(used), end, False)


def _unit_at(
    tokens: Sequence[Token],
    j: int,
    quantity: Decimal,
    implicit: bool,
    used: list[int],
    *,
    units: UnitWords,
    numbers: NumberWords,
    named: bool = False,
) -> tuple[int, int]:
    """The unit's token index (-1 when none) and where the measure goes on; ``named``: the
    product was said before the measure."""
    n = len(tokens)
    # "half a kilo", "a bottle"
    k = j + 1 if j < n and tokens[j].norm in numbers.articles else j
    if (
        k >= n
        or tokens[k].norm not in units.forms
        or not _is_unit(tokens, k, quantity, implicit, units, named=named)
    ):
        return -1, j
    used.extend(range(j, k))
    j = k + 1
    dot = j < n and tokens[j].norm == "." and tokens[j].start == tokens[k].end
    if dot and tokens[k].norm in units.abbreviations:  # "10 шт."
        used.append(j)
        j += 1
    return k, j


def _after_glue(tokens: Sequence[Token], j: int, used: list[int], units: UnitWords) -> int:
    if j < len(tokens) and tokens[j].norm in units.links:  # "two bottles of water"
        used.append(j)
        return j + 1
    return j


def _stands_alone(tokens: Sequence[Token], start: int, end: int, units: UnitWords) -> bool:
    """Whether a number is a quantity rather than part of a name ("7up", "№2", "3,2%")."""
    if end < len(tokens):
        after = tokens[end]
        if after.norm == "%":
            return False
        glued = after.start == tokens[end - 1].end and after.kind == "word"
        if glued and not (
            after.norm in units.forms
            or after.norm in units.multipliers
            or after.norm in units.glued_times
        ):
            return False
    if start > 0:
        before = tokens[start - 1]
        glued = before.end == tokens[start].start and before.kind == "word"
        if glued and before.norm not in units.times and not _measure_typed_on(tokens, end, units):
            return False
        if (  # "WD-40": a word, a mark and the number typed as one
            start > 1
            and before.kind == "punct"
            and before.end == tokens[start].start
            and tokens[start - 2].end == before.start
            and tokens[start - 2].kind == "word"
        ):
            return False
    return True


def _measure_typed_on(tokens: Sequence[Token], end: int, units: UnitWords) -> bool:
    """A number and its unit typed onto the product's word with no space ("молоко2л",
    "сахар1кг", "rice2kg"): a measure, not a model's number ("лампочку E27", "7up")."""
    return (
        end < len(tokens)
        and tokens[end].start == tokens[end - 1].end
        and tokens[end].norm in units.forms
        and (end + 1 == len(tokens) or tokens[end + 1].start != tokens[end].end)
    )


def _is_unit(
    tokens: Sequence[Token],
    k: int,
    quantity: Decimal,
    implicit: bool,
    units: UnitWords,
    *,
    named: bool = False,
) -> bool:
    """Whether the unit word at ``tokens[k]`` measures here, rather than names the product
    ("2 пакета для мусора"); after the product's name it measures that, whatever it is for
    ("корм 2 пачки для кошки", "батарейки 4 шт для пульта")."""
    word = tokens[k].norm
    if word in units.glued_only and not (
        k > 0 and tokens[k - 1].kind == "number" and tokens[k - 1].end == tokens[k].start
    ):
        return False  # "#2": a number's sign before it ("10#" is ten pounds)
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    if after is not None and after.norm in units.head_next and not named:
        return False
    if implicit:
        if after is None:
            return False
        if word in units.one_before_link:
            return after.norm in units.links
        return word in units.one_before_word and after.kind == "word"
    return not (
        word in units.container_modifiers
        and quantity != _ONE
        and after is not None
        and after.kind == "word"
        and after.norm not in units.links
    )


def _closing_count(
    tokens: Sequence[Token], i: int, j: int, quantity: Decimal, units: UnitWords
) -> bool:
    """A bare whole number after the name that closes the phrase: "яйца 10"."""
    if any(t.kind != "punct" for t in tokens[j:]):
        return False
    if quantity != quantity.to_integral_value():
        return False  # "кока-кола 0.5": a size
    return not (i > 0 and tokens[i - 1].norm in units.name_links)  # "кофе 3 в 1"


def is_measure_word(word: str, units: UnitWords) -> bool:
    """A measure word, or half of one fused to it ("полкило", "полбуханки")."""
    # (a word that opens with no half's prefix is none: most, told at C speed)
    return word in units.forms or (
        word.startswith(units.half_prefixes) and _fused_half(word, units) is not None
    )


def _fused_half(word: str, units: UnitWords) -> str | None:
    for prefix in units.half_prefixes:
        if word.startswith(prefix) and len(word) >= len(prefix) + 2:
            return units.forms.get(word[len(prefix) :].removeprefix("-"))
    return None
