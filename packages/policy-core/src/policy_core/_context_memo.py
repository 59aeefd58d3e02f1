"""A household's validated context, remembered: its commands repeat it word for word.

Every command carries its household (members, zones, lists, defaults); validating it is most
of a command's validation, a pydantic model per member, zone and list. A household's commands
send the same context again and again, so a policy validates each one once and hands the same
frozen ``CommandContext`` to every later command that sends it equal (``ContextMemo``).

Equal means equal in JSON terms and in type: the key is the context written out flat, its
numbers and booleans with their type, so ``1``, ``1.0`` and ``True`` (equal in Python) never
share a key and strict validation sees exactly what it would have seen. A context of any other
type, or too large or too deep to be worth a key, has none and is validated as it comes; a
context the model refuses is never remembered, so its error is the command's own.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache
from typing import Any, Final, NamedTuple, TypeAlias

from pydantic import ValidationError

from policy_core._contracts import CommandContext
from policy_core._household import (
    HouseholdIndex,
    HouseholdKey,
    household_key_base,
    parent_ids,
    parents_outside,
)

__all__ = ["ContextMemo", "KnownContext", "context_key"]

# A key is the context written out flat, value by value: a string as itself, every other value
# after a tag (a small int, so never equal to a string) that says its type, a dict's and a
# list's size after theirs. Reading the tags in order tells every token's part, so two keys
# are equal only for values equal in JSON terms and in type (``1``, ``1.0`` and ``True``
# follow different tags).
_DICT: Final = 0
_LIST: Final = 1
_INT: Final = 2
_FLOAT: Final = 3
_BOOL: Final = 4
_NULL: Final = 5
# A context past these gets no key (a household of some dozens of members, zones and lists
# writes a few hundred tokens, one of about 350 members 4,000; the limits of ``_limits`` apply to it when it is validated).
_MAX_TOKENS: Final = 4_000
_MAX_DEPTH: Final = 6
_MEMO_SIZE: Final = 256  # households remembered per policy, the least recently used dropped

Key: TypeAlias = tuple[object, ...]


class _UnkeyableError(Exception):
    """Raised inside ``context_key`` for a value that gets no key."""


def context_key(context: object) -> Key | None:
    """``context`` written out flat as a hashable key, or None where it gets none (a value
    of a type JSON has none of, or past ``_MAX_TOKENS`` or ``_MAX_DEPTH``)."""
    tokens: list[object] = []
    try:
        _write(context, 0, tokens)
    except _UnkeyableError:
        return None
    return tuple(tokens)


def _write(value: object, depth: int, tokens: list[object]) -> None:
    kind = type(value)
    if kind is str:
        tokens.append(value)
    elif kind is dict:
        mapping: dict[object, object] = value  # type: ignore[assignment]
        if depth >= _MAX_DEPTH or len(tokens) + 2 * len(mapping) > _MAX_TOKENS:
            raise _UnkeyableError
        tokens.append(_DICT)
        tokens.append(len(mapping))
        for name, item in mapping.items():
            if type(name) is not str:
                raise _UnkeyableError
            tokens.append(name)
            _write(item, depth + 1, tokens)
    elif kind is list:
        items: list[object] = value  # type: ignore[assignment]
        if depth >= _MAX_DEPTH or len(tokens) + len(items) > _MAX_TOKENS:
            raise _UnkeyableError
        tokens.append(_LIST)
        tokens.append(len(items))
        for item in items:
            _write(item, depth + 1, tokens)
    elif value is None:
        tokens.append(_NULL)
    elif kind is bool:
        tokens.append(_BOOL)
        tokens.append(value)
    elif kind is int:
        tokens.append(_INT)
        tokens.append(value)
    elif kind is float:
        number: float = value  # type: ignore[assignment]
        # NaN is no value equal to itself, -0.0 one equal to 0.0: neither a key
        if math.isnan(number) or (number == 0.0 and math.copysign(1.0, number) < 0):
            raise _UnkeyableError
        tokens.append(_FLOAT)
        tokens.append(number)
    else:
        raise _UnkeyableError


def _thawed(key: Key, at: int) -> tuple[Any, int]:
    """The value written at ``key[at]`` and the index after it."""
    token = key[at]
    if type(token) is str:
        return token, at + 1
    if token == _NULL:
        return None, at + 1
    if token == _DICT:
        mapping: dict[str, Any] = {}
        at += 2
        for _ in range(key[at - 1]):  # type: ignore[call-overload]
            name = key[at]
            mapping[name], at = _thawed(key, at + 1)  # type: ignore[index]
        return mapping, at
    if token == _LIST:
        items: list[Any] = []
        at += 2
        for _ in range(key[at - 1]):  # type: ignore[call-overload]
            item, at = _thawed(key, at)
            items.append(item)
        return items, at
    return key[at + 1], at + 2  # a number or a boolean after its tag


class KnownContext(NamedTuple):
    """A context validated before, with what a policy derived from it once: its household's
    key and index for a speaker whose parents are members and for one whose are not
    (``_household.parents_outside``), by that flag."""

    context: CommandContext
    parents: frozenset[str]  # ``_household.parent_ids(context)``
    keys: tuple[HouseholdKey, HouseholdKey]
    households: tuple[HouseholdIndex, HouseholdIndex]

    def household(self, user_id: str) -> tuple[HouseholdKey, HouseholdIndex]:
        """The key and index of the household as ``user_id`` speaks of it."""
        outside = parents_outside(self.parents, user_id)
        return self.keys[outside], self.households[outside]


class ContextMemo:
    """The validated contexts of the households a policy has seen, by their keys, each with
    its household's index (``index``: the policy's, of a ``household_key``).

    ``known(command)`` is the command's context validated (remembered, or validated now and
    remembered), or None where the command is no dict, its context gets no key or fails its
    validation: the caller then validates the whole command as it came, for its own errors.
    """

    __slots__ = ("_known",)

    def __init__(
        self, index: Callable[[HouseholdKey], HouseholdIndex], size: int = _MEMO_SIZE
    ) -> None:
        validator = CommandContext.__pydantic_validator__

        def remember(key: Key) -> KnownContext:
            context: CommandContext = validator.validate_python(_thawed(key, 0)[0])
            base = household_key_base(context)
            keys: tuple[HouseholdKey, HouseholdKey] = ((*base, False), (*base, True))
            inside = index(keys[0])  # the other differs by the flag alone: no second build
            outside = replace(inside, parents_outside=True)
            return KnownContext(context, parent_ids(context), keys, (inside, outside))

        self._known: Callable[[Key], KnownContext] = lru_cache(maxsize=size)(remember)

    def known(self, command: object) -> KnownContext | None:
        """``command``'s context as remembered, or None (see the class)."""
        if type(command) is not dict:
            return None
        key = context_key(command.get("context"))
        if key is None:
            return None
        try:
            return self._known(key)
        except ValidationError:
            return None
