"""Identifiers: random per call, or derived from command_id in deterministic mode."""

from __future__ import annotations

import uuid

__all__ = ["IdFactory"]

_NAMESPACE = uuid.UUID("6f1c2a52-8d0e-4b7e-9a53-3f0c1d2e4b61")


class IdFactory:
    """Mints the ids of one decision. ``purpose`` keeps ids of one call distinct."""

    __slots__ = ("_command_id", "_deterministic")

    def __init__(self, command_id: str, *, deterministic: bool) -> None:
        self._command_id = command_id
        self._deterministic = deterministic

    def new(self, purpose: str) -> str:
        if self._deterministic:
            return str(uuid.uuid5(_NAMESPACE, f"{self._command_id}\x1f{purpose}"))
        return str(uuid.uuid4())
