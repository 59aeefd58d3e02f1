"""How large an input may be, and how much of a bad value a violation message quotes.

A valid CommandDTO is small: each of its arrays (capabilities, members, zones, shopping lists)
holds at most ``MAX_ITEMS`` entries (the schema's ``maxItems``, the models' ``max_length``) and
nothing in it is nested more than five levels deep. A document the models refuse is handed to
jsonschema to name every violation; ``limit_violations`` first checks that it is small enough
to examine: nothing nested more than ``MAX_DEPTH`` levels (jsonschema quotes a bad value with
``repr``, which Python's recursion limit stops near a thousand levels), no array or object of
more than ``MAX_ITEMS`` entries, no more than ``MAX_VALUES`` values in all (examining a
200,000-member household took jsonschema five seconds), no integer too long to print. When it
is not, those are the only violations reported.

Whatever a document holds, a message quotes at most ``QUOTE`` characters of it (``shown``).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from typing import Final

from policy_core.exceptions import Violation

__all__ = [
    "MAX_DEPTH",
    "MAX_ITEMS",
    "MAX_VALUES",
    "QUOTE",
    "limit_violations",
    "pointer",
    "shown",
]

MAX_ITEMS: Final = 1000
MAX_DEPTH: Final = 32
MAX_VALUES: Final = 100_000  # a valid command holds at most about 12,000
QUOTE: Final = 40
# Python refuses to print an integer of more than 4,300 digits (``sys.int_info``).
_MAX_INT_DIGITS: Final = 4000
_MAX_INT_BITS: Final = math.ceil(_MAX_INT_DIGITS * math.log2(10))


def _digits(value: int) -> str:
    return f"about {math.floor(abs(value).bit_length() * math.log10(2)) + 1:,} digits"


def shown(value: object) -> str:
    """``value`` as a message quotes it: its repr when short; else its start and its size.

    >>> shown("7 kg")
    "'7 kg'"
    >>> shown("secret " * 1000)
    "'secret secret secret secret secret secre'… (7,000 characters)"
    """
    if isinstance(value, str):
        if len(value) <= QUOTE:
            return repr(value)
        return f"{value[:QUOTE]!r}… ({len(value):,} characters)"
    if isinstance(value, int) and value.bit_length() > 4 * QUOTE:
        return f"an integer of {_digits(value)}"
    if isinstance(value, Mapping):
        size = f"{len(value):,} {'property' if len(value) == 1 else 'properties'}"
        return f"an object of {size}" if value else "{}"
    if isinstance(value, list | tuple):
        return f"an array of {len(value):,} {'item' if len(value) == 1 else 'items'}"
    text = repr(value)  # numbers, booleans, None
    return text if len(text) <= QUOTE else f"{text[:QUOTE]}… ({len(text):,} characters)"


def _escape(token: object) -> str:
    text = str(token)
    if len(text) > QUOTE:  # an unknown key can be as long as the document
        text = f"{text[:QUOTE]}… ({len(text):,} characters)"
    return text.replace("~", "~0").replace("/", "~1")


def pointer(path: Iterable[object]) -> str:
    """The RFC 6901 JSON pointer of ``path``; a long key is shortened as ``shown`` does."""
    return "".join(f"/{_escape(part)}" for part in path)


def limit_violations(document: object) -> tuple[Violation, ...]:
    """What makes ``document`` too deep or too large to examine (see the module docstring);
    empty when it is neither. Walks without recursion and never past a limit."""
    found: list[Violation] = []
    stack: list[tuple[object, tuple[object, ...]]] = [(document, ())]
    values = 0
    while stack:
        value, path = stack.pop()
        values += 1
        if values > MAX_VALUES:
            found.append(Violation("", f"holds more than {MAX_VALUES:,} values"))
            break
        if isinstance(value, int) and value.bit_length() > _MAX_INT_BITS:
            found.append(Violation(pointer(path), f"is an integer of {_digits(value)}"))
            continue
        if isinstance(value, Mapping):
            entries: Iterable[tuple[object, object]] = value.items()
            noun = "properties"
        elif isinstance(value, list | tuple):
            entries = enumerate(value)
            noun = "items"
        else:
            continue
        if len(path) >= MAX_DEPTH:
            found.append(Violation(pointer(path), f"is nested more than {MAX_DEPTH} levels deep"))
        elif len(value) > MAX_ITEMS:
            found.append(
                Violation(pointer(path), f"holds {len(value):,} {noun}, more than {MAX_ITEMS:,}")
            )
        else:
            stack.extend((child, (*path, key)) for key, child in entries)
    return tuple(sorted(found, key=lambda v: (v.pointer, v.message)))
