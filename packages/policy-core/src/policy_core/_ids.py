"""Identifiers: random per call, or derived from command_id in deterministic mode."""

from __future__ import annotations

import os
import uuid

__all__ = ["IdFactory"]

_NAMESPACE = uuid.UUID("6f1c2a52-8d0e-4b7e-9a53-3f0c1d2e4b61")
_PER_DRAW = 4  # a decision mints up to four ids (decision, trace, job/confirmation, spare)


class IdFactory:
    """Mints the ids of one decision. ``purpose`` keeps ids of one call distinct.

    Random mode reads the randomness for all of a call's version-4 UUIDs in one system call
    instead of one per id; each id still has its own 122 random bits.
    """

    __slots__ = ("_command_id", "_deterministic", "_pool")

    def __init__(self, command_id: str, *, deterministic: bool) -> None:
        self._command_id = command_id
        self._deterministic = deterministic
        self._pool = b""

    def new(self, purpose: str) -> str:
        if self._deterministic:
            return str(uuid.uuid5(_NAMESPACE, f"{self._command_id}\x1f{purpose}"))
        if not self._pool:
            self._pool = os.urandom(16 * _PER_DRAW)
        chunk, self._pool = self._pool[:16], self._pool[16:]
        return str(uuid.UUID(bytes=chunk, version=4))
