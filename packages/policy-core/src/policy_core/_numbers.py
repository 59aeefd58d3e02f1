"""Numbers written as digits or as Russian/English words ("два", "пару", "a dozen", "1,5")."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from typing import NamedTuple

from policy_core._text import Token

__all__ = ["NUMBER_WORDS", "NumberMatch", "format_decimal", "read_number"]


def _forms(value: int, *words: str) -> dict[str, Decimal]:
    return dict.fromkeys(words, Decimal(value))


# Units (and "teens") that can stand alone or close a compound ("двадцать пять").
_UNITS: dict[str, Decimal] = {
    **_forms(1, "один", "одна", "одно", "одного", "одну", "одной", "одним", "one"),
    **_forms(2, "два", "две", "двух", "двум", "двумя", "two"),
    **_forms(3, "три", "трех", "трем", "тремя", "three"),
    **_forms(4, "четыре", "четырех", "четырем", "четырьмя", "four"),
    **_forms(5, "пять", "пяти", "пятью", "five"),
    **_forms(6, "шесть", "шести", "шестью", "six"),
    **_forms(7, "семь", "семи", "семью", "seven"),
    **_forms(8, "восемь", "восьми", "восемью", "eight"),
    **_forms(9, "девять", "девяти", "девятью", "nine"),
    **_forms(10, "десять", "десяти", "десятью", "ten"),
    **_forms(11, "одиннадцать", "одиннадцати", "eleven"),
    **_forms(12, "двенадцать", "двенадцати", "twelve", "dozen", "дюжина", "дюжину", "дюжины"),
    **_forms(13, "тринадцать", "тринадцати", "thirteen"),
    **_forms(14, "четырнадцать", "четырнадцати", "fourteen"),
    **_forms(15, "пятнадцать", "пятнадцати", "fifteen"),
    **_forms(16, "шестнадцать", "шестнадцати", "sixteen"),
    **_forms(17, "семнадцать", "семнадцати", "seventeen"),
    **_forms(18, "восемнадцать", "восемнадцати", "eighteen"),
    **_forms(19, "девятнадцать", "девятнадцати", "nineteen"),
}
_TENS: dict[str, Decimal] = {
    **_forms(20, "двадцать", "двадцати", "twenty"),
    **_forms(30, "тридцать", "тридцати", "thirty"),
    **_forms(40, "сорок", "сорока", "forty"),
    **_forms(50, "пятьдесят", "пятидесяти", "fifty"),
    **_forms(60, "шестьдесят", "шестидесяти", "sixty"),
    **_forms(70, "семьдесят", "семидесяти", "seventy"),
    **_forms(80, "восемьдесят", "восьмидесяти", "eighty"),
    **_forms(90, "девяносто", "девяноста", "ninety"),
    **_forms(100, "сто", "ста", "hundred"),
}
# Words that are a quantity on their own but never part of a compound.
_SOLO: dict[str, Decimal] = {
    **_forms(2, "пару", "пара", "пары", "парочку", "couple", "pair"),
    **_forms(10, "десяток", "десятка"),
    "полтора": Decimal("1.5"),
    "полторы": Decimal("1.5"),
    "полутора": Decimal("1.5"),
    "половину": Decimal("0.5"),
    "половинку": Decimal("0.5"),
    "half": Decimal("0.5"),
}
# English "a"/"an" before these words means one of them ("a dozen", "a couple of").
_ARTICLE_WORDS = frozenset({"dozen", "couple", "pair", "half"})
# Every word ``read_number`` can read a number from: a token that is no number and none of
# these starts no number ("a"/"an" only before one of them).
NUMBER_WORDS = frozenset({*_UNITS, *_TENS, *_SOLO})


class NumberMatch(NamedTuple):
    """A number read from ``tokens[start:end]``."""

    value: Decimal
    start: int
    end: int


def _digits(token: Token) -> Decimal | None:
    if token.kind != "number":
        return None
    try:
        return Decimal(token.norm)
    except InvalidOperation:  # pragma: no cover - the tokenizer only yields digits
        return None


def read_number(tokens: Sequence[Token], start: int) -> NumberMatch | None:
    """Read the number that begins at ``tokens[start]``, if one does.

    >>> from policy_core._text import tokenize
    >>> read_number(tokenize("двадцать пять яиц"), 0).value
    Decimal('25')
    """
    if start >= len(tokens):
        return None
    first = tokens[start]
    value = _digits(first)
    if value is not None:
        return NumberMatch(value, start, start + 1)
    word = first.norm
    if word in ("a", "an") and start + 1 < len(tokens) and tokens[start + 1].norm in _ARTICLE_WORDS:
        inner = read_number(tokens, start + 1)
        return None if inner is None else NumberMatch(inner.value, start, inner.end)
    if word in _SOLO:
        return NumberMatch(_SOLO[word], start, start + 1)
    if word in _TENS:
        total = _TENS[word]
        end = start + 1
        if end < len(tokens) and tokens[end].norm in _UNITS and _UNITS[tokens[end].norm] < 10:
            total += _UNITS[tokens[end].norm]
            end += 1
        return NumberMatch(total, start, end)
    if word in _UNITS:
        return NumberMatch(_UNITS[word], start, start + 1)
    return None


def format_decimal(value: Decimal) -> str:
    """A decimal string without exponent or trailing zeros: ``Decimal("1.50")`` → ``"1.5"``."""
    return format(value.normalize(), "f")
