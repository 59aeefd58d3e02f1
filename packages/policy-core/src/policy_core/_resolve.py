"""One resolution path: any draft (the rules' reading or an LLM's) to an Extraction (SPEC §4).

A draft names what a command asks for; ``resolve`` applies SPEC §4's order to it: a refusal
first (blank text, a corridor code), then the intent, the items and the list they go to (named
→ the default list → the only list → none at all → clarify), the task's title, assignee (named
→ the default assignee → the requester) and zone, and what to ask when something is missing.
Ids the household does not hold are dropped (treated as not named): a reader cannot invent a
list or a member; a due that is not RFC 3339 is dropped the same way (a date or a date-time
with an offset is kept, in the contract's form).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Final, NamedTuple

from policy_core._extraction import (
    Extraction,
    Grounding,
    ItemDraft,
    TaskFields,
    Unrecognised,
    new_extraction,
    new_task_fields,
)
from policy_core._household import HouseholdIndex
from policy_core._intent import Intent
from policy_core._rfc3339 import parse_date_time
from policy_core.lang import Language

__all__ = [
    "Draft",
    "TaskDraft",
    "contract_due",
    "resolve",
    "resolve_assignee",
    "resolve_list",
]

_DATE_LENGTH: Final = len("2026-03-05")
_INTENT: Final = ("intent",)  # what an unknown request misses
# A due already in the contract's form (the rules' own) is only checked against the calendar;
# "-00:00" (an unknown offset in RFC 3339) is written "+00:00" and takes the long way.
_CONTRACT_DATE_TIME: Final = re.compile(
    r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:[0-5]\d(?:\+(?:[01]\d|2[0-3]):[0-5]\d|-(?!00:00)(?:[01]\d|2[0-3]):[0-5]\d)",
    re.ASCII,
)


class TaskDraft(NamedTuple):
    """A task as named: any id may be None (not named), ``due`` is RFC 3339 or None.

    ``unknown_assignee`` is a person named in the text who is not a member (the rules read
    it; it asks who should do the task). Immutable; a named tuple rather than a frozen
    dataclass because the rules build one per command (a tuple is built several times faster).
    """

    title: str | None
    assignee_id: str | None = None
    zone_id: str | None = None
    due: str | None = None
    unknown_assignee: str | None = None
    due_gone: bool = False  # the due phrase names a moment already past: ask, never guess


class Draft(NamedTuple):
    """What a command asks for, as read by the rules or by something else (an LLM).

    ``unknown_list``: the text names a list the household does not have. ``reject_code``: a
    refusal only the rules give (``text_too_long``, the corridor codes); a draft that says
    ``unsupported`` without one resolves to ``unknown``. ``blank``: there is nothing to read.
    ``unrecognised``: for an ``unknown`` draft of the rules', why they read no request.
    ``by_shape``: the rules read its items from the text's shape alone (``_shopping.
    read_bare_list``): a reading only when the evidence model says so (``RulePolicy``).
    Immutable; a named tuple for the reason ``TaskDraft`` gives.
    """

    intent: Intent
    items: tuple[ItemDraft, ...] = ()
    list_id: str | None = None
    task: TaskDraft | None = None
    unknown_list: bool = False
    reject_code: str | None = None
    blank: bool = False
    unrecognised: Unrecognised | None = None
    by_shape: bool = False


def contract_due(text: str | None) -> str | None:
    """``text`` as the contract's due (a date, or a date-time with seconds and a numeric
    offset), or None when it is neither. ``Z`` becomes ``+00:00``; fractions are dropped.

    >>> contract_due("2026-03-05"), contract_due("2026-03-05T19:00:00.5Z"), contract_due("soon")
    ('2026-03-05', '2026-03-05T19:00:00+00:00', None)
    """
    if not text:
        return None
    if _CONTRACT_DATE_TIME.fullmatch(text) is not None:
        try:
            datetime.fromisoformat(text)
        except ValueError:  # a day the calendar lacks
            return None
        return text
    text = text.strip()
    if len(text) == _DATE_LENGTH:
        try:
            return date.fromisoformat(text).isoformat()
        except ValueError:
            return None
    moment = parse_date_time(text)
    if moment is None:
        return None
    return moment.replace(microsecond=0).isoformat()


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


def resolve(
    draft: Draft, household: HouseholdIndex, *, language: Language, user_id: str
) -> Extraction:
    """The Extraction of ``draft`` by SPEC §4's order (module docstring)."""
    if draft.blank:
        return Extraction(language, "unknown", missing=("text",))
    if draft.reject_code is not None:
        return Extraction(language, "unsupported", reject_code=draft.reject_code)
    intent = draft.intent
    if intent in ("unknown", "unsupported"):
        return new_extraction(
            language, "unknown", None, (), None, None, None, _INTENT, (), {}, draft.unrecognised
        )
    shopping = intent in ("add_shopping_item", "mixed")
    items = draft.items if shopping else ()
    list_id: str | None = None
    list_from: Grounding | None = None
    if shopping:
        if not items:
            return Extraction(language, intent, missing=("item.name",))
        named = draft.list_id if draft.list_id in household.list_ids else None
        list_id, list_from, clarify = resolve_list(household, named, draft.unknown_list)
        if clarify:
            return Extraction(
                language, intent, items=items, missing=("item.list_id",),
                options=tuple(s.name for s in household.lists),
            )  # fmt: skip
    fields: TaskFields | None = None
    if intent in ("create_task", "mixed"):
        task = draft.task
        if task is not None and task.unknown_assignee is not None:
            return Extraction(
                language, intent, items=items, list_id=list_id, list_from=list_from,
                missing=("task.assignee_id",), options=tuple(m.name for m in household.members),
                details={"unknown_assignee": task.unknown_assignee},
            )  # fmt: skip
        if task is None or not task.title:
            return Extraction(language, intent, items=items, missing=("task.title",))
        if task.due_gone:
            return Extraction(language, intent, items=items, missing=("task.due",))
        # Ids the household does not hold are not named (None is in no id set).
        named_id = task.assignee_id if task.assignee_id in household.member_ids else None
        assignee_id, assignee_from = resolve_assignee(household, named_id, user_id)
        fields = new_task_fields(
            task.title,
            assignee_id,
            assignee_from,
            task.zone_id if task.zone_id in household.zone_ids else None,
            contract_due(task.due),
        )
    return new_extraction(language, intent, None, items, list_id, list_from, fields, (), (), {})
