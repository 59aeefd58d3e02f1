"""ItemDraft: one shopping item as a reading drafts it (name, quantity, unit).

A Python class in the compiled build too (pyproject.toml's mypyc hook leaves this module out):
it is public, and a compiled dataclass would not pickle, copy or subclass as this one does.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["ItemDraft"]


@dataclass(frozen=True, slots=True)
class ItemDraft:
    name: str
    quantity: str | None = None
    unit: str | None = None
