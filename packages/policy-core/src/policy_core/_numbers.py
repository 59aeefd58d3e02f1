"""Numbers written as digits or as words ("два", "пару", "a dozen", "1,5").

The words are the languages' ``NumberWords``; every word ``read_number`` can start a number
from is in ``NumberWords.words`` (an article only before one of ``article_numbers``).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from typing import Final, NamedTuple

from policy_core._text import Token
from policy_core.lang import NumberWords

__all__ = ["NumberMatch", "format_decimal", "fraction_at", "read_number"]


class NumberMatch(NamedTuple):
    """A number read from ``tokens[start:end]``."""

    value: Decimal
    start: int
    end: int


# Longer digit runs are ids, phone, card or tracking numbers, never a quantity, a day or a
# span; read as numbers they overflow the arithmetic of spans and ``int()``.
_MAX_DIGITS: Final = 15
_SLASH: Final = "/"  # between two numbers typed together, a fraction
_HUNDRED: Final = Decimal(100)  # hundreds take tens and units after them ("двести пятьдесят")
_TEN: Final = Decimal(10)  # a dictated decimal's first digit is tenths ("two point five")
_DECIMAL_DIGITS: Final = 3  # at most this many digits after a dictated point ("one point two five")


def _digits(token: Token) -> Decimal | None:
    if token.kind != "number" or len(token.norm) > _MAX_DIGITS:
        return None
    try:
        return Decimal(token.norm)
    except InvalidOperation:  # pragma: no cover - the tokenizer only yields digits
        return None


def fraction_at(tokens: Sequence[Token], start: int) -> bool:
    """ "1/2": a number, a slash and a number typed together."""
    return (
        start + 2 < len(tokens)
        and tokens[start + 1].norm == _SLASH
        and tokens[start + 2].kind == "number"
        and tokens[start].end == tokens[start + 1].start
        and tokens[start + 1].end == tokens[start + 2].start
    )


def read_number(tokens: Sequence[Token], start: int, numbers: NumberWords) -> NumberMatch | None:
    """Read the number that begins at ``tokens[start]``, if one does.

    >>> from policy_core._text import tokenize
    >>> from policy_core.lang import BUILT_IN
    >>> words = BUILT_IN.vocabulary
    >>> read_number(tokenize("двадцать пять яиц", words.text), 0, words.numbers).value
    Decimal('25')
    """
    if start >= len(tokens):
        return None
    first = tokens[start]
    norm = first.norm
    if (
        first.kind != "number"
        and norm not in numbers.words
        and norm not in numbers.articles
        and norm not in numbers.decimal_points
        and norm not in numbers.decimal_zeros
    ):
        return None  # most words: no number word, nor an article before one or a point
    return _read_number(tokens, start, numbers)


def _read_number(tokens: Sequence[Token], start: int, numbers: NumberWords) -> NumberMatch | None:
    """``read_number`` without its first filter (the tests compare the two)."""
    if start < len(tokens) and tokens[start].norm in numbers.decimal_points:
        # "point five kilo": a decimal said without its whole number, 0.5
        return _with_decimals(tokens, NumberMatch(Decimal(0), start, start), numbers)
    if start < len(tokens) and tokens[start].norm in numbers.decimal_zeros:
        # "zero point five litres": a zero only before a dictated point ("coke zero" keeps it)
        return _with_decimals(tokens, NumberMatch(Decimal(0), start, start + 1), numbers)
    match = _read_whole(tokens, start, numbers)
    if match is None or not numbers.decimal_points:
        return match
    decimal = _with_decimals(tokens, match, numbers)
    return match if decimal is None else decimal


def _with_decimals(
    tokens: Sequence[Token], match: NumberMatch, numbers: NumberWords
) -> NumberMatch | None:
    """A whole number (or none), a dictated decimal point (``decimal_points``) and its digits,
    each said as a word or all written ("two point five kilos", "three point two five
    pounds", "1 point 25 litres", "point five kilo"): the decimal, 2.5, 3.25, 1.25, 0.5; None
    where no digit follows the point."""
    at = match.end
    if (
        at + 1 >= len(tokens)
        or tokens[at].norm not in numbers.decimal_points
        or match.value != match.value.to_integral_value()
    ):
        return None
    after = tokens[at + 1]
    if after.norm.isdigit() and len(after.norm) <= _DECIMAL_DIGITS:
        digits = _digits(after)
        if digits is None:
            return None
        scale = _TEN ** len(after.norm)
        return NumberMatch(match.value + digits / scale, match.start, at + 2)
    value, scale, end = match.value, _TEN, at + 1
    while end < len(tokens) and end - at <= _DECIMAL_DIGITS:
        digit = numbers.units.get(tokens[end].norm)
        if digit is None or digit >= _TEN:
            break
        value, scale, end = value + digit / scale, scale * _TEN, end + 1
    if end == at + 1:
        return None
    return NumberMatch(value, match.start, end)


def _read_whole(tokens: Sequence[Token], start: int, numbers: NumberWords) -> NumberMatch | None:
    """A number from ``tokens[start]`` without a dictated decimal point."""
    if start >= len(tokens):
        return None
    first = tokens[start]
    value = _digits(first)
    if value is not None:
        if fraction_at(tokens, start):  # "1/2 gallon"
            denominator = _digits(tokens[start + 2])
            if denominator:
                return NumberMatch(value / denominator, start, start + 3)
        if fraction_at(tokens, start + 1) and first.norm.isdigit():  # "1 1/2 lbs"
            part = read_number(tokens, start + 1, numbers)
            if part is not None and part.value < 1:
                return NumberMatch(value + part.value, start, part.end)
        return NumberMatch(value, start, start + 1)
    word = first.norm
    if (
        word in numbers.articles
        and start + 1 < len(tokens)
        and tokens[start + 1].norm in numbers.article_numbers
    ):
        inner = read_number(tokens, start + 1, numbers)
        return None if inner is None else NumberMatch(inner.value, start, inner.end)
    solo, tens, units = numbers.solo, numbers.tens, numbers.units
    if word in solo:
        return NumberMatch(solo[word], start, start + 1)
    if word in tens:
        total = tens[word]
        end = start + 1
        if total >= _HUNDRED and end < len(tokens):
            following = tokens[end].norm  # "двести пятьдесят", "триста двенадцать"
            if following in tens and tens[following] < _HUNDRED:
                total += tens[following]
                end += 1
            elif following in units:
                total += units[following]
                end += 1
                return NumberMatch(total, start, end)
        if end < len(tokens) and tokens[end].norm in units and units[tokens[end].norm] < 10:
            total += units[tokens[end].norm]
            end += 1
        return NumberMatch(total, start, end)
    if word in units:
        return NumberMatch(units[word], start, start + 1)
    return None


def format_decimal(value: Decimal) -> str:
    """A decimal string without exponent or trailing zeros: ``Decimal("1.50")`` → ``"1.5"``."""
    return format(value.normalize(), "f")
