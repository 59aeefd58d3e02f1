"""Filling a sentence of a language's catalogue (``lang``'s ``Lexicon.messages``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TypeAlias

__all__ = ["Messages", "message", "quoted_list"]

Messages: TypeAlias = Mapping[str, str]
"""One language's sentences by key ("q.intent", "ui.items" …; ``lang.MESSAGE_KEYS``)."""


def message(messages: Messages, key: str, **values: object) -> str:
    """The sentence ``key`` of ``messages`` with ``values`` filled in."""
    template = messages[key]
    return template.format(**values) if values else template


def quoted_list(names: Sequence[str]) -> str:
    return ", ".join(names)
