"""Explanation: a decision together with what the policy understood before capability gating.

Left out of the compiled build for the reason ``_items`` gives.
"""

from __future__ import annotations

from dataclasses import dataclass

from policy_core._contracts import DecisionDTO
from policy_core._decision import HeldBack
from policy_core._extraction import Extraction
from policy_core._intent import Intent

__all__ = ["Explanation"]


@dataclass(frozen=True, slots=True)
class Explanation:
    """A decision together with what the policy understood before capability gating."""

    decision: DecisionDTO
    extraction: Extraction
    #: why the decision held back an execute (asked about it instead), if it did
    held_back: HeldBack | None = None

    @property
    def intent(self) -> Intent:
        """What the user asked for, even when gating turned it into a clarify or reject."""
        return self.extraction.intent
