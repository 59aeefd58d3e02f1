"""Stable sampling: the same command_id is in or out of a mode's sample on every replica.

The share is read off a keyed BLAKE2b hash of the command_id, keyed by the mode's name, so the
shadow and partial-trust samples are independent of each other and of any upstream sampling.
"""

from __future__ import annotations

import hashlib

__all__ = ["in_sample"]

_SCALE = float(2**64)


def in_sample(command_id: str, rate: float, *, salt: str) -> bool:
    """Whether ``command_id`` falls in a ``rate`` share (0..1) of the ``salt`` mode's sample.

    >>> in_sample("cmd-1", 1.0, salt="shadow"), in_sample("cmd-1", 0.0, salt="shadow")
    (True, False)
    """
    if rate >= 1.0:
        return True
    if rate <= 0.0:
        return False
    digest = hashlib.blake2b(
        command_id.encode("utf-8", "surrogatepass"), digest_size=8, key=salt.encode()
    ).digest()
    return int.from_bytes(digest, "big") / _SCALE < rate
