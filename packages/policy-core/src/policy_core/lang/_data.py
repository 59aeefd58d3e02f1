"""Notation for lexicon data: word lists as whitespace-separated text."""

from __future__ import annotations

from typing import TypeVar

__all__ = ["forms", "phrases", "words"]

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


def phrases(text: str) -> tuple[tuple[str, ...], ...]:
    """The "|"-separated phrases of ``text``, each as its words.

    >>> phrases("like a good | thanks")
    (('like', 'a', 'good'), ('thanks',))
    """
    return tuple(tuple(part.split()) for part in text.split("|") if part.strip())
