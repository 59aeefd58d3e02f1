"""Filling a sentence of a language's catalogue (``lang``'s ``Lexicon.messages``).

A sentence counts in words with ``{count:item|items}``: the noun's forms for the number in
``count``, two forms (one, other: English) or three (one, few, many: Russian), so a catalogue
never says "1 items".
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Final, TypeAlias

__all__ = ["Messages", "message", "plural_form", "quoted_list", "sentence"]

Messages: TypeAlias = Mapping[str, str]
"""One language's sentences by key ("q.intent", "ui.items" …; ``lang.MESSAGE_KEYS``)."""

_PLURAL: Final = re.compile(r"\{(\w+):([^{}|]*(?:\|[^{}|]*)+)\}")


def plural_form(count: int, forms: Sequence[str]) -> str:
    """The form of a noun for ``count``: two forms are one/other, three one/few/many.

    >>> [plural_form(n, ("item", "items")) for n in (0, 1, 2)]
    ['items', 'item', 'items']
    >>> [plural_form(n, ("покупка", "покупки", "покупок")) for n in (1, 3, 5, 11, 21, 22)]
    ['покупка', 'покупки', 'покупок', 'покупок', 'покупка', 'покупки']
    """
    if len(forms) == 2:
        return forms[0] if count == 1 else forms[1]
    if count % 10 == 1 and count % 100 != 11:
        return forms[0]
    if 2 <= count % 10 <= 4 and not 12 <= count % 100 <= 14:
        return forms[1]
    return forms[-1]


def message(messages: Messages, key: str, **values: object) -> str:
    """The sentence ``key`` of ``messages`` with ``values`` filled in."""
    template = messages[key]
    if not values:
        return template
    return _filled(template, values)


@lru_cache(maxsize=256)
def sentence(template: str, name: str, value: str | int) -> str:
    """``template`` (a catalogue's sentence) with its one value ``name`` filled in, as
    ``message`` fills it. For the sentences every decision says with a value from a small
    set (an explanation's "Recognised shopping (2 items).": the count, what was recognised):
    each is filled once, not once per decision. Pure and bounded."""
    return _filled(template, {name: value})


def _filled(template: str, values: Mapping[str, object]) -> str:
    if "|" in template:
        for slot, name, forms in _plural_slots(template):
            template = template.replace(slot, plural_form(_number(values[name]), forms))
    return template.format_map(values)


@lru_cache(maxsize=256)
def _plural_slots(template: str) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """The ``{count:one|other}`` slots of a template, (slot, name, forms) each: read once per
    sentence of a catalogue (a few dozen), not once per decision. Pure and bounded."""
    return tuple(
        (found.group(0), found.group(1), tuple(found.group(2).split("|")))
        for found in _PLURAL.finditer(template)
    )


def _number(value: object) -> int:
    return value if isinstance(value, int) else 0


def quoted_list(names: Sequence[str]) -> str:
    return ", ".join(names)
