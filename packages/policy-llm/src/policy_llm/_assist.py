"""Assist: the LLM's reading fills what the rules left empty, one field (a *hint*) at a time.

The fields the rules may leave open: ``items`` (a purchase with no item found), ``list_id``
(several lists, no default, none named), ``task.title``, ``assignee_id`` (no member named, or
an unknown one), ``due`` (no time found). A hint is accepted only when

* the model read the same intent as the rules (else every hint: ``intent_mismatch``);
* it is grounded in the text: every word of an item name or title occurs in the command
  (inflected forms count), a member's or list's name occurs in it, a due comes with a number
  or a time word in the text (``not_grounded``);
* an item is one the rules read as an item: asked to buy just that name ("купи <name>" in
  the command's household), they find that one item (``not_an_item``: a vague word, a
  pronoun, a trigger verb or a list's name, which the rules never make an item). The item
  used is the rules' reading of it (the dictionary form), without a quantity or unit only
  the model read;
* it names only what the household holds (``unknown_id``), a due is RFC 3339 and not before
  the command (``invalid``, ``in_past``);
* the command grants the action it would lead to (``capability_not_granted``);
* when the rules asked who a task is for (the text named someone the household lacks), no
  hint is used (``assignee_unresolved``): the task would go to the default assignee unasked,
  or to a member the text names besides the unknown one, whom the rules read and still
  asked about the other ("Sam and Mike need to ...");

One hint goes back to the rules instead: when the name the rules could not place is an
affectionate form of the member the model names ("напомни Машеньке …" for "Маша";
``_name_forms``), the rules read the command again with the member's name in its place and
decide every task field themselves; the other hints are then not needed (``read_by_rules``).
The rules' reading must give that member, named in the text, for the same intent.

Accepted hints are assembled with what the rules found by the rules' own resolution order,
and the decision is built by the same capability gating.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from policy_core import (
    CommandDTO,
    Draft,
    Explanation,
    Extraction,
    RulePolicy,
    TaskDraft,
)
from policy_llm._hint_judge import HintJudge
from policy_llm._intent_hint import INTENT_FIELD, intent_hint
from policy_llm._llm_policy import LLMRead, rules_precede
from policy_llm._name_forms import is_name_form
from policy_observability import AssistHint

__all__ = ["AssistOutcome", "apply_hints", "open_fields"]

_SHOPPING = ("add_shopping_item", "mixed")
_TASK = ("create_task", "mixed")


def open_fields(deterministic: Explanation) -> tuple[str, ...]:
    """The fields the rules left empty or ambiguous, which assist may ask the model for."""
    ext = deterministic.extraction
    if ext.unrecognised == "nothing_recognised":
        return (INTENT_FIELD,)  # no request read, and no reason to ask: which one is it?
    if rules_precede(ext) or ext.intent not in (*_SHOPPING, *_TASK):
        return ()
    fields: list[str] = []
    if ext.intent in _SHOPPING:
        if not ext.items:
            fields.append("items")
        if "item.list_id" in ext.missing:
            fields.append("list_id")
    if ext.intent in _TASK:
        if ext.task is None:
            # No task at all (no title, or a member the household lacks): the rules' extraction
            # carries none of its fields, so a hint can only build one with every field open.
            if "task.assignee_id" in ext.missing or "task.title" in ext.missing:
                fields += ["task.title", "assignee_id", "due"]
        else:
            if ext.task.assignee_from != "text":
                fields.append("assignee_id")
            if ext.task.due is None:
                fields.append("due")
    return tuple(fields)


@dataclass(frozen=True, slots=True)
class AssistOutcome:
    """Every hint's fate, and the extraction with the accepted ones (None: none accepted)."""

    hints: tuple[AssistHint, ...]
    extraction: Extraction | None


def apply_hints(
    rules: RulePolicy,
    command: CommandDTO,
    deterministic: Explanation,
    read: LLMRead,
    fields: tuple[str, ...],
    *,
    log_values: bool,
) -> AssistOutcome:
    """Judge the model's hint for each open field and assemble the accepted ones."""
    judge = HintJudge(rules, command, log_values)
    draft = read.reading.draft
    if fields == (INTENT_FIELD,):
        hint, reading = intent_hint(judge, draft)
        return AssistOutcome((hint,), reading)
    mismatch = draft.intent != deterministic.intent
    unknown = deterministic.extraction.details.get("unknown_assignee")
    if unknown and "assignee_id" in fields and not mismatch:
        reread = _member_by_name_form(judge, deterministic, draft, fields, unknown)
        if reread is not None:
            return reread
    hints = []
    for field in fields:
        value = _offered(draft, field)
        reason = None
        if value is not None:
            reason = "intent_mismatch" if mismatch else _check(judge, draft, field, value)
        hints.append(judge.hint(field, value, reason))
    if "task.assignee_id" in deterministic.extraction.missing:
        # The text named someone the household lacks. Only a form of a member's name (above)
        # says who that is: without it a task built from the other hints would go to the
        # default assignee unasked, and a member the text names besides ("Sam and Mike need
        # to ...") is one the rules read and still asked about the other.
        hints = [_refused(h, "assignee_unresolved") if h.accepted else h for h in hints]
    accepted = {h.field for h in hints if h.accepted}
    if not accepted:
        return AssistOutcome(tuple(hints), None)
    if "items" in accepted:
        # The items as the rules read them: the dictionary form, checked by ``items`` above.
        draft = draft._replace(items=judge.rules_items(draft.items) or ())
    return AssistOutcome(tuple(hints), _assemble(rules, command, deterministic, draft, accepted))


def _member_by_name_form(
    judge: HintJudge,
    deterministic: Explanation,
    draft: Draft,
    fields: tuple[str, ...],
    unknown: str,
) -> AssistOutcome | None:
    """The rules' own reading with the member the model names in place of ``unknown``, the
    name they could not place, when that is a form of the member's name (None: it is not)."""
    assignee = draft.task.assignee_id if draft.task is not None else None
    if assignee is None or judge.capability("propose_create_task") is not None:
        return None
    if [m for m, name in judge.members.items() if is_name_form(unknown, name)] != [assignee]:
        return None
    command = judge.command
    named = re.compile(rf"(?<!\w){re.escape(unknown)}(?!\w)", re.IGNORECASE)
    text, replaced = named.subn(judge.members[assignee], command.text, count=1)
    if not replaced:
        return None
    extraction = judge.read(text)
    task = extraction.task
    if (
        extraction.intent != deterministic.intent
        or task is None
        or (task.assignee_id, task.assignee_from) != (assignee, "text")
    ):
        return None
    hints = tuple(
        judge.hint(
            field, _offered(draft, field), None if field == "assignee_id" else "read_by_rules"
        )
        for field in fields
    )
    return AssistOutcome(hints, extraction)


def _refused(hint: AssistHint, reason: str) -> AssistHint:
    return hint.model_copy(update={"accepted": False, "reason": reason})


def _offered(draft: Draft, field: str) -> str | None:
    """The model's value for ``field`` as text (None: not offered)."""
    task = draft.task or TaskDraft(None)
    values = {
        "items": ", ".join(item.name for item in draft.items) or None,
        "list_id": draft.list_id,
        "task.title": task.title,
        "assignee_id": task.assignee_id,
        "due": task.due,
    }
    return values[field]


def _check(judge: HintJudge, draft: Draft, field: str, value: str) -> str | None:
    """Why the offered ``value`` of ``field`` is refused (None: accepted)."""
    if field == "items":
        return judge.items(draft.items)
    checks = {
        "list_id": judge.list_id,
        "task.title": judge.title,
        "assignee_id": judge.assignee,
        "due": judge.due,
    }
    return checks[field](value)


def _assemble(
    rules: RulePolicy,
    command: CommandDTO,
    deterministic: Explanation,
    hinted: Draft,
    accepted: set[str],
) -> Extraction:
    ext = deterministic.extraction
    hinted_task = hinted.task or TaskDraft(None)
    task = None
    if ext.intent in _TASK:
        ours = ext.task
        title = ours.title if ours else None
        assignee = ours.assignee_id if ours and ours.assignee_from == "text" else None
        task = TaskDraft(
            title=hinted_task.title if "task.title" in accepted else title,
            assignee_id=hinted_task.assignee_id if "assignee_id" in accepted else assignee,
            zone_id=ours.zone_id if ours else None,
            due=hinted_task.due if "due" in accepted else (ours.due if ours else None),
        )
    named_list = ext.list_id if ext.list_from == "text" else None
    draft = Draft(
        ext.intent,
        items=hinted.items if "items" in accepted else ext.items,
        list_id=hinted.list_id if "list_id" in accepted else named_list,
        task=task,
    )
    return rules.assemble(command, draft)
