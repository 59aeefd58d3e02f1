"""The LLM's answer: its JSON Schema, and reading a schema-valid answer into a policy-core Draft.

The model returns an *extraction* (intent, items, list, task, confidence), never a decision.
policy-core's ``RulePolicy.assemble`` and ``decide_extraction`` turn it into one by the same
resolution and capability gating as the rules' own extraction.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from importlib import resources
from typing import Any, cast

from policy_core import Draft, Intent, ItemDraft, TaskDraft

__all__ = ["EXTRACTION_SCHEMA_VERSION", "LLMReading", "extraction_schema", "read_answer"]

EXTRACTION_SCHEMA_VERSION = "1.0.0"


@cache
def extraction_schema() -> Mapping[str, Any]:
    """The JSON Schema every answer is validated against (shipped in the wheel)."""
    text = resources.files("policy_llm").joinpath("schemas/extraction.schema.json").read_text()
    return cast("Mapping[str, Any]", json.loads(text))


@dataclass(frozen=True, slots=True)
class LLMReading:
    """A schema-valid answer, typed: the fields as the model named them, and its confidence."""

    draft: Draft
    confidence: float


def _quantity(value: float | None) -> str | None:
    """A JSON number as the contract's quantity string ("2", "1.5"), never in exponent form."""
    if value is None:
        return None
    number = Decimal(str(value)).normalize()
    text = format(number, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _text(value: object) -> str | None:
    """A string with surrounding space removed; None for null or a blank string."""
    if not isinstance(value, str):
        return None
    return value.strip() or None


def read_answer(data: Mapping[str, Any]) -> LLMReading:
    """Read an answer that already passed ``extraction_schema()`` into a ``LLMReading``.

    >>> read_answer({"intent": "add_shopping_item", "list_id": None, "task": None,
    ...     "confidence": 0.9, "items": [{"name": "milk", "quantity": 2.0, "unit": "l"}]}).draft.items
    (ItemDraft(name='milk', quantity='2', unit='l'),)
    """
    items = tuple(
        ItemDraft(name, _quantity(item.get("quantity")), item.get("unit"))
        for item in data.get("items", ())
        if (name := _text(item.get("name"))) is not None
    )
    raw_task = data.get("task")
    task = None
    if isinstance(raw_task, Mapping):
        task = TaskDraft(
            title=_text(raw_task.get("title")),
            assignee_id=_text(raw_task.get("assignee_id")),
            zone_id=_text(raw_task.get("zone_id")),
            due=_text(raw_task.get("due")),
        )
    intent = cast("Intent", data["intent"])
    draft = Draft(intent, items=items, list_id=_text(data.get("list_id")), task=task)
    return LLMReading(draft, float(data["confidence"]))
