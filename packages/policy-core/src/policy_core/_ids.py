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
from types import MappingProxyType
from typing import Final

__all__ = ["IdFactory"]

_NAMESPACE: Final = uuid.UUID("6f1c2a52-8d0e-4b7e-9a53-3f0c1d2e4b61")
_NAMESPACE_BYTES: Final = _NAMESPACE.bytes
_PER_DRAW: Final = 4  # a decision mints up to four ids (decision, trace, job/confirmation, spare)
# The variant (RFC 4122: binary 10) replaces the top two bits of the 17th hex digit.
_VARIANT_DIGIT: Final = MappingProxyType(
    {digit: "89ab"[int(digit, 16) % 4] for digit in "0123456789abcdef"}
)


def _format(digits: str, version: int) -> str:
    """The UUID text of the first 32 hex ``digits`` with their version and variant set."""
    return (
        f"{digits[:8]}-{digits[8:12]}-{version}{digits[13:16]}-"
        f"{_VARIANT_DIGIT[digits[16]]}{digits[17:20]}-{digits[20:32]}"
    )


class IdFactory:
    """Mints the ids of one decision. ``purpose`` keeps ids of one call distinct.

    Random mode reads the randomness for all of a call's ids in one system call instead of
    one per id; each id still has its own 122 random bits.
    """

    __slots__ = ("_command_id", "_deterministic", "_pool")

    def __init__(self, command_id: str, *, deterministic: bool) -> None:
        self._command_id = command_id
        self._deterministic = deterministic
        self._pool = ""  # hex digits of random bytes not used yet

    def new(self, purpose: str) -> str:
        if self._deterministic:
            name = f"{self._command_id}\x1f{purpose}".encode()
            digest = hashlib.sha1(_NAMESPACE_BYTES + name, usedforsecurity=False).hexdigest()
            return _format(digest, 5)
        pool = self._pool or os.urandom(16 * _PER_DRAW).hex()
        self._pool = pool[32:]
        # ``_format(pool[:32], 4)`` written out: two ids or more a decision, every decision.
        return (
            f"{pool[:8]}-{pool[8:12]}-4{pool[13:16]}-"
            f"{_VARIANT_DIGIT[pool[16]]}{pool[17:20]}-{pool[20:32]}"
        )
