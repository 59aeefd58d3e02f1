"""Notation for lexicon data: word lists as whitespace-separated text."""

from __future__ import annotations

from typing import TypeVar

__all__ = ["forms", "words"]

_V = TypeVar("_V")


def words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text``.

    >>> sorted(words("купить buy"))
    ['buy', 'купить']
    """
    return frozenset(text.split())


def forms(value: _V, text: str) -> dict[str, _V]:
    """Each word of ``text`` mapped to ``value``: ``forms(2, "два две")``."""
    return dict.fromkeys(text.split(), value)
