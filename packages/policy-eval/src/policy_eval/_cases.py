"""The golden case model: a command, where it came from, and what the platform must decide.

An expectation field is in one of three states, because a case states only what it means to
check: a value (must equal it), ``None`` (must be absent) or ``UNCHECKED`` (left out of the
case, so not checked).
"""

from __future__ import annotations

import enum
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Final, Literal, TypeAlias, TypeVar

from policy_core import CommandDTO

__all__ = [
    "ACTION_OUTCOMES",
    "SPLITS",
    "UNCHECKED",
    "Dataset",
    "Expect",
    "Expectation",
    "ExpectedItem",
    "ExpectedTask",
    "GoldenCase",
    "Split",
    "Unchecked",
    "expectation_from_json",
    "expectation_to_json",
]

_T = TypeVar("_T")


class Unchecked(enum.Enum):
    """The type of ``UNCHECKED``: an expectation the case leaves out."""

    UNCHECKED = "unchecked"

    def __repr__(self) -> str:
        return "UNCHECKED"


UNCHECKED: Final = Unchecked.UNCHECKED
Expect: TypeAlias = _T | Literal[Unchecked.UNCHECKED] | None

# action -> the outcome it must have (SPEC section 3).
ACTION_OUTCOMES: Final[Mapping[str, str]] = MappingProxyType(
    {
        "start_job": "execute",
        "propose_create_task": "execute",
        "propose_add_shopping_item": "execute",
        "clarify": "clarify",
        "reject": "reject",
        "confirm": "confirm",
    }
)


@dataclass(frozen=True, slots=True)
class ExpectedItem:
    """One shopping item a decision must propose; ``name`` is compared normalised."""

    name: str
    quantity: Expect[str] = UNCHECKED
    unit: Expect[str] = UNCHECKED


@dataclass(frozen=True, slots=True)
class ExpectedTask:
    """The task fields a decision must carry (title by similarity, the rest exactly)."""

    title: str | Literal[Unchecked.UNCHECKED] = UNCHECKED
    assignee_id: Expect[str] = UNCHECKED
    zone_id: Expect[str] = UNCHECKED
    due: Expect[str] = UNCHECKED


@dataclass(frozen=True, slots=True)
class Expectation:
    """What a case expects; intent, outcome and action are always checked."""

    intent: str
    outcome: str
    action: str
    items: tuple[ExpectedItem, ...] | Literal[Unchecked.UNCHECKED] = UNCHECKED
    list_id: Expect[str] = UNCHECKED
    task: ExpectedTask | Literal[Unchecked.UNCHECKED] = UNCHECKED
    missing_fields: tuple[str, ...] | Literal[Unchecked.UNCHECKED] = UNCHECKED
    reject_code: str | Literal[Unchecked.UNCHECKED] = UNCHECKED


Split: TypeAlias = Literal["all", "open", "sealed"]
SPLITS: Final[tuple[Split, ...]] = ("all", "open", "sealed")


@dataclass(frozen=True, slots=True)
class GoldenCase:
    """One validated case. ``source``/``line`` locate it (``golden/cases/ru.jsonl``, 1-based);
    ``sealed`` says it comes from ``sealed/``, the half kept for reporting only."""

    id: str
    lang: str
    difficulty: str
    tags: tuple[str, ...]
    notes: str
    command: CommandDTO
    expected: Expectation
    source: str
    line: int
    sealed: bool = False

    @property
    def location(self) -> str:
        return f"{self.source}:{self.line}"


@dataclass(frozen=True, slots=True)
class Dataset:
    """The valid cases of a golden directory, in file then line order.

    ``digest`` is a sha256 over the case files and contexts, so a baseline can tell when the
    dataset it was made from has changed.
    """

    root: str
    cases: tuple[GoldenCase, ...]
    files: tuple[str, ...]
    digest: str

    def split(self, name: Split) -> Dataset:
        """The cases of one split: ``all``, ``open`` (``cases/``) or ``sealed`` (``sealed/``)."""
        if name == "all":
            return self
        sealed = name == "sealed"
        kept = tuple(case for case in self.cases if case.sealed is sealed)
        digest = hashlib.sha256(f"{self.digest}#{name}".encode()).hexdigest()
        return Dataset(self.root, kept, self.files, f"sha256:{digest}")


def _field(doc: Mapping[str, Any], name: str) -> Any:
    return doc.get(name, UNCHECKED)


def expectation_from_json(doc: Mapping[str, Any]) -> Expectation:
    """Build an Expectation from a schema-valid ``expected`` object."""
    items: tuple[ExpectedItem, ...] | Literal[Unchecked.UNCHECKED] = UNCHECKED
    if "items" in doc:
        items = tuple(
            ExpectedItem(item["name"], _field(item, "quantity"), _field(item, "unit"))
            for item in doc["items"]
        )
    task: ExpectedTask | Literal[Unchecked.UNCHECKED] = UNCHECKED
    if "task" in doc:
        raw = doc["task"]
        task = ExpectedTask(
            _field(raw, "title"),
            _field(raw, "assignee_id"),
            _field(raw, "zone_id"),
            _field(raw, "due"),
        )
    missing = doc.get("missing_fields")
    return Expectation(
        intent=doc["intent"],
        outcome=doc["outcome"],
        action=doc["action"],
        items=items,
        list_id=_field(doc, "list_id"),
        task=task,
        missing_fields=UNCHECKED if missing is None else tuple(missing),
        reject_code=_field(doc, "reject_code"),
    )


def _put(target: dict[str, Any], name: str, value: object) -> None:
    if value is not UNCHECKED:
        target[name] = value


def expectation_to_json(expected: Expectation) -> dict[str, Any]:
    """The expectation as the case wrote it: checked fields only, ``None`` for must-be-absent."""
    doc: dict[str, Any] = {
        "intent": expected.intent,
        "outcome": expected.outcome,
        "action": expected.action,
    }
    if expected.items is not UNCHECKED:
        items = []
        for item in expected.items:
            entry: dict[str, Any] = {"name": item.name}
            _put(entry, "quantity", item.quantity)
            _put(entry, "unit", item.unit)
            items.append(entry)
        doc["items"] = items
    _put(doc, "list_id", expected.list_id)
    if expected.task is not UNCHECKED:
        task: dict[str, Any] = {}
        for name in ("title", "assignee_id", "zone_id", "due"):
            _put(task, name, getattr(expected.task, name))
        doc["task"] = task
    if expected.missing_fields is not UNCHECKED:
        doc["missing_fields"] = list(expected.missing_fields)
    _put(doc, "reject_code", expected.reject_code)
    return doc
