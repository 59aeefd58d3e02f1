"""The named household contexts of ``golden/contexts.json``, each checked once.

A context gives a case its ``user_id``, ``timestamp`` and CommandDTO ``context``. A broken
context is reported once, against its own line in contexts.json, rather than once per case
that uses it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from policy_core import CommandValidationError, parse_command
from policy_eval._jsonschema import compile_validator, schema_problems
from policy_eval.exceptions import DatasetIssue

__all__ = ["HouseholdContext", "load_contexts"]


@dataclass(frozen=True, slots=True)
class HouseholdContext:
    """A named context: the defaults a text + context case builds its command from."""

    name: str
    user_id: str
    timestamp: str
    context: Mapping[str, Any]


def _entry_schema() -> dict[str, Any]:
    return {
        "type": "object",
        "additionalProperties": False,
        "required": ["user_id", "timestamp", "context"],
        "properties": {
            "description": {"type": "string"},
            "user_id": {"type": "string", "minLength": 1},
            "timestamp": {"type": "string", "format": "date-time"},
            "context": {"type": "object"},
        },
    }


def _line_of(text: str, name: str) -> int | None:
    """The line where ``"name":`` is first written as a key (best effort)."""
    key = json.dumps(name, ensure_ascii=False)
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.lstrip()
        if stripped.startswith(key) and stripped[len(key) :].lstrip().startswith(":"):
            return number
    return None


def load_contexts(
    path: Path,
) -> tuple[dict[str, HouseholdContext | None], tuple[DatasetIssue, ...]]:
    """Read contexts.json: name -> context (``None`` when that context is invalid), issues."""
    issues: list[DatasetIssue] = []
    shown = str(path)
    try:
        text = path.read_text("utf-8")
        doc = json.loads(text)
    except OSError as exc:
        return {}, (DatasetIssue(shown, None, "/", f"cannot read: {exc.strerror or exc}"),)
    except ValueError as exc:
        return {}, (DatasetIssue(shown, None, "/", f"not valid JSON: {exc}"),)
    if not isinstance(doc, dict):
        return {}, (DatasetIssue(shown, None, "/", "must be an object of named contexts"),)
    validator = compile_validator(_entry_schema())
    contexts: dict[str, HouseholdContext | None] = {}
    for name, entry in doc.items():
        line = _line_of(text, name)
        problems = schema_problems(validator, entry)
        if not problems:
            problems = _command_problems(entry)
        for pointer, message in problems:
            issues.append(DatasetIssue(shown, line, f"/{name}{pointer.rstrip('/')}", message))
        contexts[name] = (
            None
            if problems
            else HouseholdContext(name, entry["user_id"], entry["timestamp"], entry["context"])
        )
    return contexts, tuple(issues)


def _command_problems(entry: Mapping[str, Any]) -> list[tuple[str, str]]:
    """Problems of a probe command built from this context (only the context is under test)."""
    probe = {
        "command_id": "context-probe",
        "user_id": entry["user_id"],
        "text": "probe",
        "timestamp": entry["timestamp"],
        "capabilities": ["clarify"],
        "context": entry["context"],
    }
    try:
        parse_command(probe)
    except CommandValidationError as exc:
        return [(violation.pointer, violation.message) for violation in exc.violations]
    return []
