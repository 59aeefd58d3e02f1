"""Comparing one decision with one case's expectation, field by field.

The decision is read through its JSON form (``to_json_dict``), the same document a consumer
receives, so the comparison depends on the contract and not on model classes. Every checked
field yields a pass/fail under a stable name (``intent``, ``items``, ``task.due``...); item
names match as a multiset of normalised names, so a duplicate is a false positive.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from policy_core import decision_intent, load_schema
from policy_eval._cases import (
    UNCHECKED,
    Expectation,
    ExpectedItem,
    ExpectedTask,
    expectation_to_json,
)
from policy_eval._jsonschema import compile_validator
from policy_eval._normalise import TITLE_PASS_THRESHOLD, NameNormaliser
from policy_eval._runner import CaseRun

if TYPE_CHECKING:
    from jsonschema.protocols import Validator

__all__ = ["CaseCheck", "Comparer", "proposed_items", "proposed_tasks"]

ERROR = "error"  # the intent/outcome/action of a case the policy failed to answer
_TASK_FIELDS = ("assignee_id", "zone_id", "due")


@dataclass(frozen=True, slots=True)
class CaseCheck:
    """One case's verdict: which checked fields passed, plus what item metrics need."""

    run: CaseRun
    checks: Mapping[str, bool]
    actual_intent: str
    actual_outcome: str
    actual_action: str
    items_expected: int = 0
    items_actual: int = 0
    items_matched: int = 0
    items_checked: bool = False
    quantity: tuple[int, int] = (0, 0)  # (correct, compared) over matched items
    unit: tuple[int, int] = (0, 0)
    title_similarity: float | None = None
    confidence: float | None = None
    actual: Mapping[str, Any] = field(default_factory=dict)

    @property
    def failed(self) -> tuple[str, ...]:
        return tuple(name for name, passed in self.checks.items() if not passed)

    @property
    def passed(self) -> bool:
        return all(self.checks.values())

    def expected_json(self) -> dict[str, Any]:
        return expectation_to_json(self.run.case.expected)


def _proposals(doc: Mapping[str, Any], kind: str) -> list[Mapping[str, Any]]:
    action = doc.get("action")
    payload = doc.get("payload") or {}
    if action in ("start_job", "confirm"):
        proposed = payload.get("proposed_actions") or []
    elif action in ("propose_add_shopping_item", "propose_create_task"):
        proposed = [{"action": action, "payload": payload}]
    else:
        proposed = []
    key = "item" if kind == "propose_add_shopping_item" else "task"
    return [p["payload"][key] for p in proposed if p.get("action") == kind]


def proposed_items(doc: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """Every shopping item a decision document proposes, directly or inside a job/confirm."""
    return _proposals(doc, "propose_add_shopping_item")


def proposed_tasks(doc: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """Every task a decision document proposes."""
    return _proposals(doc, "propose_create_task")


def _confidence(doc: Mapping[str, Any]) -> float | None:
    value = doc.get("confidence")
    return float(value) if isinstance(value, (int, float)) else None


def _same_quantity(expected: str | None, actual: object) -> bool:
    if expected is None or actual is None:
        return expected is None and actual is None
    try:
        return Decimal(expected) == Decimal(str(actual))
    except InvalidOperation:
        return False


class Comparer:
    """Checks decisions against expectations; holds the per-evaluation normaliser and the
    DecisionDTO schema validator, both built once."""

    def __init__(self, normaliser: NameNormaliser | None = None) -> None:
        self.normaliser = normaliser or NameNormaliser()
        self._decision_validator: Validator = compile_validator(load_schema("decision"))

    def check(self, run: CaseRun) -> CaseCheck:
        expected = run.case.expected
        if run.decision is None:
            return self._check_document(run, expected, {}, ERROR, schema_valid=False)
        doc = run.decision.to_json_dict()
        return self._check_document(
            run,
            expected,
            doc,
            run.intent or decision_intent(run.decision),
            schema_valid=self._decision_validator.is_valid(doc),
        )

    def _check_document(
        self,
        run: CaseRun,
        expected: Expectation,
        doc: Mapping[str, Any],
        intent: str,
        *,
        schema_valid: bool,
    ) -> CaseCheck:
        outcome = str(doc.get("decision_outcome", ERROR))
        action = str(doc.get("action", ERROR))
        checks: dict[str, bool] = {
            "intent": intent == expected.intent,
            "outcome": outcome == expected.outcome,
            "action": action == expected.action,
            "schema": schema_valid,
        }
        actual: dict[str, Any] = {"intent": intent, "outcome": outcome, "action": action}
        if run.error_type is not None:
            actual["error"] = f"{run.error_type}: {run.error}"
        items = proposed_items(doc)
        extra: dict[str, Any] = {}
        if expected.items is not UNCHECKED:
            extra = self._check_items(expected.items, items, checks)
            actual["items"] = [dict(item) for item in items]
        if expected.list_id is not UNCHECKED:
            checks["list_id"] = bool(items) and all(
                item.get("list_id") == expected.list_id for item in items
            )
            actual["list_id"] = sorted({str(item.get("list_id")) for item in items})
        if expected.task is not UNCHECKED:
            tasks = proposed_tasks(doc)
            task = tasks[0] if tasks else None
            extra["title_similarity"] = self._check_task(expected.task, task, checks)
            actual["task"] = dict(task) if task is not None else None
        payload = doc.get("payload") or {}
        if expected.missing_fields is not UNCHECKED:
            missing = list(payload.get("missing_fields") or []) if action == "clarify" else []
            checks["missing_fields"] = sorted(missing) == sorted(expected.missing_fields)
            actual["missing_fields"] = missing
        if expected.reject_code is not UNCHECKED:
            code = payload.get("code") if action == "reject" else None
            checks["reject_code"] = code == expected.reject_code
            actual["reject_code"] = code
        return CaseCheck(
            run=run,
            checks=checks,
            actual_intent=intent,
            actual_outcome=outcome,
            actual_action=action,
            actual=actual,
            confidence=_confidence(doc),
            **extra,
        )

    def _check_items(
        self,
        expected: tuple[ExpectedItem, ...],
        items: list[Mapping[str, Any]],
        checks: dict[str, bool],
    ) -> dict[str, Any]:
        normaliser = self.normaliser
        names = [normaliser.forms(str(item.get("name", ""))) for item in items]
        free = list(range(len(items)))
        quantity = [0, 0]
        unit = [0, 0]
        matched = 0
        for want in expected:
            target = normaliser.forms(want.name)
            index = next((i for i in free if normaliser.forms_match(names[i], target)), None)
            if index is None:
                continue
            free.remove(index)
            matched += 1
            got = items[index]
            if want.quantity is not UNCHECKED:
                quantity[1] += 1
                quantity[0] += _same_quantity(want.quantity, got.get("quantity"))
            if want.unit is not UNCHECKED:
                unit[1] += 1
                unit[0] += want.unit == got.get("unit")
        checks["items"] = matched == len(expected) == len(items)
        if quantity[1]:
            checks["items.quantity"] = quantity[0] == quantity[1]
        if unit[1]:
            checks["items.unit"] = unit[0] == unit[1]
        return {
            "items_checked": True,
            "items_expected": len(expected),
            "items_actual": len(items),
            "items_matched": matched,
            "quantity": (quantity[0], quantity[1]),
            "unit": (unit[0], unit[1]),
        }

    def _check_task(
        self,
        want: ExpectedTask,
        task: Mapping[str, Any] | None,
        checks: dict[str, bool],
    ) -> float | None:
        similarity: float | None = None
        if want.title is not UNCHECKED:
            title = task.get("title") if task is not None else None
            similarity = self.normaliser.similarity(want.title, title) if title else 0.0
            checks["task.title"] = similarity >= TITLE_PASS_THRESHOLD
        for name in _TASK_FIELDS:
            value = getattr(want, name)
            if value is not UNCHECKED:
                checks[f"task.{name}"] = task is not None and task.get(name) == value
        return similarity
