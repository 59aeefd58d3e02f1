"""From a command's text to an Extraction: what the user asked for, before any gating.

The Extraction is the seam between understanding and deciding: the rules produce one here,
an LLM policy produces one from the model's answer, and ``_decision.build_decision`` turns
either into a DecisionDTO by the same rules and capability gating.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from policy_core._clauses import Clause, split_clauses
from policy_core._corridor import corridor_code
from policy_core._dates import find_due
from policy_core._household import HouseholdIndex
from policy_core._intent import Intent
from policy_core._morphology import Morphology
from policy_core._shopping import ItemDraft, read_shopping
from policy_core._tasks import read_task
from policy_core._text import detect_language
from policy_core._words import Words

__all__ = [
    "Extraction",
    "ItemDraft",
    "TaskFields",
    "ask_for_list",
    "extract",
    "precheck",
    "resolve_assignee",
    "resolve_list",
]

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

    language: Literal["ru", "en"]
    intent: Intent
    reject_code: str | None = None
    items: tuple[ItemDraft, ...] = ()
    list_id: str | None = None
    list_from: Grounding | None = None
    task: TaskFields | None = None
    missing: tuple[str, ...] = ()
    options: tuple[str, ...] = ()
    details: dict[str, str] = field(default_factory=dict)


def resolve_list(
    household: HouseholdIndex, named_id: str | None, unknown_named: bool
) -> tuple[str | None, Grounding | None, bool]:
    """(list_id, grounding, needs_clarify) by SPEC §4.1's order."""
    if named_id is not None:
        return named_id, "text", False
    if unknown_named and household.lists:
        return None, None, True
    if household.default_list_id is not None:
        return household.default_list_id, "default", False
    if len(household.lists) == 1:
        return household.lists[0].id, "inferred", False
    if not household.lists:
        return None, None, False
    return None, None, True


def resolve_assignee(
    household: HouseholdIndex, named_id: str | None, user_id: str
) -> tuple[str, Grounding]:
    """(assignee_id, grounding) by SPEC §4.2's order: the member named, the household's
    default assignee, else the requester."""
    if named_id is not None:
        return named_id, "text"
    if household.default_assignee_id is not None:
        return household.default_assignee_id, "default"
    return user_id, "inferred"


def ask_for_list(
    lang: Literal["ru", "en"],
    intent: Intent,
    items: tuple[ItemDraft, ...],
    household: HouseholdIndex,
) -> Extraction:
    """The clarify asking which of the household's lists the items go to."""
    return Extraction(
        lang, intent, items=items, missing=("item.list_id",),
        options=tuple(s.name for s in household.lists),
    )  # fmt: skip


def _first_of_each(clauses: list[Clause]) -> tuple[Clause | None, Clause | None]:
    """The first shopping clause and the first task clause."""
    shop: Clause | None = None
    task: Clause | None = None
    for clause in clauses:
        if clause.kind == "shop":
            if shop is None:
                shop = clause
        elif task is None:
            task = clause
    return shop, task


def precheck(text: str, max_length: int) -> Extraction | None:
    """Rows 1 and 2 of the precedence, decided on the normalised text before any analysis
    (so an over-long text costs nothing to refuse)."""
    if not text.strip():
        return Extraction(detect_language(text), "unknown", missing=("text",))
    if len(text) > max_length:
        return Extraction(detect_language(text), "unsupported", reject_code="text_too_long")
    return None


def extract(
    words: Words,
    household: HouseholdIndex,
    morphology: Morphology,
    *,
    user_id: str,
    now: datetime,
) -> Extraction:
    """Read an analysed command (past ``precheck``) into an Extraction by SPEC §4's order."""
    lang = words.language
    if words.first_word is None and all(t.kind == "punct" for t in words.tokens):
        return Extraction(lang, "unknown", missing=("text",))
    code = corridor_code(words)
    if code is not None:
        return Extraction(lang, "unsupported", reject_code=code)

    clauses = split_clauses(words, household)
    due = find_due(words.tokens, now)
    due_indices = due.token_indices if due is not None else frozenset()
    shop_clause, task_clause = _first_of_each(clauses)

    shopping = None
    if shop_clause is not None:
        shopping = read_shopping(words, shop_clause, household, morphology, due_indices)
    task = None
    if task_clause is not None:
        task = read_task(words, task_clause, household, due_indices)

    has_items = shopping is not None and bool(shopping.items)
    has_task = task is not None and task.title is not None
    if has_items and has_task:
        intent: Intent = "mixed"
    elif has_items or (shopping is not None and not has_task):
        intent = "add_shopping_item"
    elif task is not None:
        intent = "create_task"
    else:
        return Extraction(lang, "unknown", missing=("intent",))

    items: tuple[ItemDraft, ...] = ()
    list_id = list_from = None
    if intent in ("add_shopping_item", "mixed") and shopping is not None:
        if not shopping.items:
            return Extraction(lang, intent, missing=("item.name",))
        items = shopping.items
        named = shopping.named_list.id if shopping.named_list else None
        list_id, list_from, clarify = resolve_list(household, named, shopping.unknown_list)
        if clarify:
            return ask_for_list(lang, intent, items, household)

    fields = None
    if intent in ("create_task", "mixed") and task is not None:
        if task.unknown_assignee is not None:
            return Extraction(
                lang, intent, items=items, list_id=list_id, list_from=list_from,
                missing=("task.assignee_id",), options=tuple(m.name for m in household.members),
                details={"unknown_assignee": task.unknown_assignee},
            )  # fmt: skip
        if task.title is None:
            return Extraction(lang, intent, missing=("task.title",))
        named_id = task.assignee.id if task.assignee is not None else None
        assignee_id, assignee_from = resolve_assignee(household, named_id, user_id)
        in_task = (
            due is not None
            and task_clause is not None
            and any(task_clause.start <= i < task_clause.end for i in due.token_indices)
        )
        fields = TaskFields(
            title=task.title,
            assignee_id=assignee_id,
            assignee_from=assignee_from,
            zone_id=task.zone.id if task.zone else None,
            due=due.due if due is not None and (in_task or intent == "create_task") else None,
        )
    return Extraction(lang, intent, items=items, list_id=list_id, list_from=list_from, task=fields)
