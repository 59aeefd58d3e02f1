"""Identifiers: random per call, or derived from command_id in deterministic mode.

Both kinds are RFC 4122 UUIDs in their usual text form: version 4 (random) and version 5
(SHA-1 of a namespace and ``command_id`` + purpose, the same as ``uuid.uuid5``). They are
formatted here directly because building ``uuid.UUID`` objects was a measurable share of a
decision's time.
"""

from __future__ import annotations

import hashlib
import os
import uuid

__all__ = ["IdFactory"]

_NAMESPACE = uuid.UUID("6f1c2a52-8d0e-4b7e-9a53-3f0c1d2e4b61")
_PER_DRAW = 4  # a decision mints up to four ids (decision, trace, job/confirmation, spare)
_KEEP = ~(0xF << 76 | 0x3 << 62) & ((1 << 128) - 1)  # every bit but version and variant
_VARIANT = 0x2 << 62  # RFC 4122


def _format(raw: bytes, version: int) -> str:
    value = int.from_bytes(raw[:16], "big") & _KEEP | version << 76 | _VARIANT
    h = f"{value:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


class IdFactory:
    """Mints the ids of one decision. ``purpose`` keeps ids of one call distinct.

    Random mode reads the randomness for all of a call's ids in one system call instead of
    one per id; each id still has its own 122 random bits.
    """

    __slots__ = ("_command_id", "_deterministic", "_pool")

    def __init__(self, command_id: str, *, deterministic: bool) -> None:
        self._command_id = command_id
        self._deterministic = deterministic
        self._pool = b""

    def new(self, purpose: str) -> str:
        if self._deterministic:
            name = f"{self._command_id}\x1f{purpose}".encode()
            return _format(hashlib.sha1(_NAMESPACE.bytes + name, usedforsecurity=False).digest(), 5)
        if not self._pool:
            self._pool = os.urandom(16 * _PER_DRAW)
        chunk, self._pool = self._pool[:16], self._pool[16:]
        return _format(chunk, 4)
