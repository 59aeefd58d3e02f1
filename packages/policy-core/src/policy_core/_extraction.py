"""The Extraction: what one command asks for, resolved, before capability gating.

It is the seam between understanding and deciding: ``_resolve.resolve`` makes one from any
draft (the rules' reading or an LLM's), and ``_decision.build_decision`` turns it into a
DecisionDTO by the same capability gating.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from policy_core._intent import Intent
from policy_core._shopping import ItemDraft
from policy_core.lang import Language

__all__ = ["Extraction", "Grounding", "ItemDraft", "TaskFields"]

Grounding = Literal["text", "default", "inferred"]


@dataclass(frozen=True, slots=True)
class TaskFields:
    title: str
    assignee_id: str
    assignee_from: Grounding  # named in the text, the default assignee, or the requester
    zone_id: str | None = None
    due: str | None = None


@dataclass(frozen=True, slots=True)
class Extraction:
    """What one command asks for, with how each field was grounded."""

    language: Language
    intent: Intent
    reject_code: str | None = None
    items: tuple[ItemDraft, ...] = ()
    list_id: str | None = None
    list_from: Grounding | None = None
    task: TaskFields | None = None
    missing: tuple[str, ...] = ()
    options: tuple[str, ...] = ()
    details: dict[str, str] = field(default_factory=dict)
