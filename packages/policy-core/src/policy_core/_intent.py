"""The intent a decision expresses, read back from the decision alone.

Evaluation and the shadow comparison both need to say what a decision *meant*; this is the
one place that mapping lives.
"""

from __future__ import annotations

from typing import Literal, TypeAlias

from policy_core._contracts import (
    ClarifyPayload,
    ConfirmPayload,
    DecisionDTO,
    ProposedAction,
    ProposedAddShoppingItem,
    RejectPayload,
    StartJobPayload,
)

__all__ = ["CORRIDOR_CODES", "Intent", "decision_intent"]

Intent: TypeAlias = Literal["add_shopping_item", "create_task", "mixed", "unsupported", "unknown"]
INTENTS: tuple[Intent, ...] = (
    "add_shopping_item",
    "create_task",
    "mixed",
    "unsupported",
    "unknown",
)

CORRIDOR_CODES = frozenset(
    {
        "text_too_long",
        "payment_not_supported",
        "device_control_not_supported",
        "foreign_household",
        "bulk_operation_not_supported",
    }
)


def _intent_of_actions(actions: list[ProposedAction]) -> Intent:
    kinds = {
        "add_shopping_item" if isinstance(a, ProposedAddShoppingItem) else "create_task"
        for a in actions
    }
    if len(kinds) > 1:
        return "mixed"
    return "add_shopping_item" if kinds == {"add_shopping_item"} else "create_task"


def decision_intent(decision: DecisionDTO) -> Intent:
    """The intent behind ``decision``.

    Execute and confirm decisions are read from what they propose; a reject with a corridor
    code is ``unsupported``; a clarify or ``capability_not_granted`` reject carries the intent
    it was about in ``missing_fields`` / ``details["intent"]``.
    """
    payload = decision.payload
    if decision.action == "propose_add_shopping_item":
        return "add_shopping_item"
    if decision.action == "propose_create_task":
        return "create_task"
    if isinstance(payload, StartJobPayload):
        if payload.proposed_actions:
            return _intent_of_actions(payload.proposed_actions)
        return "unknown" if payload.job_type == "unknown" else payload.job_type
    if isinstance(payload, ConfirmPayload):
        return _intent_of_actions(payload.proposed_actions)
    if isinstance(payload, RejectPayload):
        if payload.code in CORRIDOR_CODES:
            return "unsupported"
        stated = (payload.details or {}).get("intent")
        return stated if stated in INTENTS else "unknown"
    if isinstance(payload, ClarifyPayload):
        return _intent_of_missing(payload.missing_fields or [])
    return "unknown"


def _intent_of_missing(missing: list[str]) -> Intent:
    kinds: set[Intent] = set()
    for field in missing:
        if field.startswith("item.") or field == "capability.propose_add_shopping_item":
            kinds.add("add_shopping_item")
        elif field.startswith("task.") or field == "capability.propose_create_task":
            kinds.add("create_task")
    if len(kinds) == 1:
        return kinds.pop()
    return "mixed" if len(kinds) > 1 else "unknown"
