"""From fields read elsewhere (an LLM's answer) to an Extraction, by the rules' resolution order.

An LLM names what the user asked for; it does not decide which list an item goes to when the
text names none, who a task falls to by default, or what to ask when something is missing.
``assemble`` applies SPEC §4's resolution to the named fields, so an LLM extraction and the
rules' own share one set of rules downstream. Ids the household does not hold are dropped
(treated as not named): a model cannot invent a list or a member; a due that is not RFC 3339
is dropped the same way (a date or a date-time with an offset is kept, in the contract's form).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from policy_core._analysis import (
    Extraction,
    Grounding,
    ItemDraft,
    TaskFields,
    ask_for_list,
    resolve_assignee,
    resolve_list,
)
from policy_core._household import HouseholdIndex
from policy_core._intent import Intent
from policy_core._rfc3339 import parse_date_time

__all__ = ["Draft", "TaskDraft", "assemble", "contract_due"]

_DATE_LENGTH = len("2026-03-05")


@dataclass(frozen=True, slots=True)
class TaskDraft:
    """A task as named: any id may be None (not named), ``due`` is RFC 3339 or None."""

    title: str | None
    assignee_id: str | None = None
    zone_id: str | None = None
    due: str | None = None


@dataclass(frozen=True, slots=True)
class Draft:
    """What a command asks for, as read by something other than the rules."""

    intent: Intent
    items: tuple[ItemDraft, ...] = ()
    list_id: str | None = None
    task: TaskDraft | None = None


def contract_due(text: str | None) -> str | None:
    """``text`` as the contract's due (a date, or a date-time with seconds and a numeric
    offset), or None when it is neither. ``Z`` becomes ``+00:00``; fractions are dropped.

    >>> contract_due("2026-03-05"), contract_due("2026-03-05T19:00:00.5Z"), contract_due("soon")
    ('2026-03-05', '2026-03-05T19:00:00+00:00', None)
    """
    if not text:
        return None
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


def assemble(draft: Draft, household: HouseholdIndex, *, language: str, user_id: str) -> Extraction:
    """The Extraction the rules would have built had they read ``draft`` from the text.

    ``unsupported`` needs a corridor code only the rules give, so a draft saying it becomes
    ``unknown`` (a clarify); callers keep the rules' corridor rejects ahead of any draft.
    """
    lang: Literal["ru", "en"] = "ru" if language == "ru" else "en"
    intent = draft.intent
    if intent in ("unknown", "unsupported"):
        return Extraction(lang, "unknown", missing=("intent",))
    shopping = intent in ("add_shopping_item", "mixed")
    tasking = intent in ("create_task", "mixed")
    if shopping and not draft.items:
        return Extraction(lang, intent, missing=("item.name",))
    items = draft.items if shopping else ()
    list_id: str | None = None
    list_from: Grounding | None = None
    if shopping:
        named = draft.list_id if draft.list_id in {s.id for s in household.lists} else None
        list_id, list_from, clarify = resolve_list(household, named, False)
        if clarify:
            return ask_for_list(lang, intent, items, household)
    fields = None
    if tasking:
        task = draft.task
        if task is None or not task.title:
            return Extraction(lang, intent, items=items, missing=("task.title",))
        known = task.assignee_id if task.assignee_id in household.member_ids() else None
        assignee_id, assignee_from = resolve_assignee(household, known, user_id)
        zone_ids = {z.id for z in household.zones}
        fields = TaskFields(
            title=task.title,
            assignee_id=assignee_id,
            assignee_from=assignee_from,
            zone_id=task.zone_id if task.zone_id in zone_ids else None,
            due=contract_due(task.due),
        )
    return Extraction(lang, intent, items=items, list_id=list_id, list_from=list_from, task=fields)
