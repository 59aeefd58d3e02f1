"""decide(): the public entry point (placeholder until the rules land)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from policy_core._contracts import CommandDTO, DecisionDTO
from policy_core._ids import IdFactory
from policy_core._settings import PolicySettings
from policy_core._validation import parse_command

__all__ = ["decide"]


def decide(
    command: CommandDTO | Mapping[str, Any], settings: PolicySettings | None = None
) -> DecisionDTO:
    """Decide one command. Raises CommandValidationError for an invalid command."""
    settings = settings or PolicySettings()
    dto = parse_command(command)
    ids = IdFactory(dto.command_id, deterministic=settings.deterministic_ids)
    return DecisionDTO.model_validate(
        {
            "decision_id": ids.new("decision"),
            "command_id": dto.command_id,
            "status": "clarify",
            "action": "clarify",
            "decision_outcome": "clarify",
            "confidence": 0.2,
            "payload": {"question": "?", "missing_fields": ["intent"]},
            "explanation": "placeholder",
            "trace_id": ids.new("trace"),
            "schema_version": "2.1.0",
            "decision_version": "deterministic/0.1.0",
            "created_at": settings.clock().isoformat(),
        }
    )
