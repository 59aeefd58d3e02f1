"""Partial trust: the acceptance rules an LLM decision must pass to replace the rules' one.

A *candidate* is a command whose rules' intent lies in the configured corridor. For a sampled
candidate the LLM's decision is used only when every rule below passes; each failed rule is
a reason code, and risks worth watching that do not refuse the candidate are flags.

Partial trust vouches only for what it can check against the text and the rules' own
reading, since a false execute is the worst answer there is: the model may agree with the
rules, or fill what they left open when the text shows it, never say something else.

Reason codes: ``timeout`` / the LLM error type (no answer in time, or a failed call);
``intent_outside_corridor`` (the model's intent is not a corridor intent);
``intent_mismatch`` (it differs from the rules' intent); ``item_not_grounded`` (an item's
words do not occur in the text); ``items_dropped`` (fewer items than the rules found, and a
missing one is grounded); ``item_changed`` (as many items or more, but a grounded item of the
rules' is not among them: "milk" for "oat milk"); ``items_added`` (an item the rules did not
find: a word of another item split off, or a word that names no product);
``name_differs`` (an item that is one of the rules' by its words, written otherwise: the
rules' name is the dictionary form, "молоко" not "молока"); ``quantity_differs`` (a quantity
or unit other than the one the rules read, or one they did not read); ``unknown_list`` (a
list id the household lacks), ``list_unresolved`` (the household has lists and none could
be chosen; a household with none takes items without a list, as SPEC §4.1 says),
``list_mismatch`` (the rules resolved one list and the model another: moving an item to
another list is a different action, not a detail) and ``list_not_grounded`` (the rules asked
which list, and the model chose one the text does not name); ``unknown_assignee``;
``title_not_grounded``; ``assignee_mismatch`` (the rules read a member from the text, the
model another) and ``due_differs`` (a due other than the one the rules read, or one they did
not read); ``low_confidence`` (below the threshold); ``not_executable`` (the
LLM's decision is not an execution).
Risk flag: ``outcome_changed`` (the rules would not have executed).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from policy_core import CommandDTO, Explanation, ItemDraft, RulePolicy
from policy_llm._agreement import grounded, same_words
from policy_llm._llm_policy import LLMRead
from policy_llm._settings import PartialTrustSettings

__all__ = ["Verdict", "judge_candidate"]


@dataclass(frozen=True, slots=True)
class Verdict:
    """Whether a candidate is accepted, with the rules it failed and the risks noticed."""

    reasons: tuple[str, ...]
    risks: tuple[str, ...]

    @property
    def accepted(self) -> bool:
        return not self.reasons


def _item_reasons(
    rules: RulePolicy, command: CommandDTO, deterministic: Explanation, llm: Explanation
) -> list[str]:
    reasons: list[str] = []
    theirs, ours = llm.extraction.items, deterministic.extraction.items
    if any(not grounded(rules, item.name, command.text) for item in theirs):
        reasons.append("item_not_grounded")
    unmatched = [r for r in ours if not any(same_words(rules, r.name, o.name) for o in theirs)]
    if any(grounded(rules, r.name, command.text) for r in unmatched):
        # A grounded item of the rules' is missing from the candidate: dropped when it has
        # fewer items, replaced by another ("milk" for "oat milk") when it has as many or more.
        reasons.append("items_dropped" if len(theirs) < len(ours) else "item_changed")
    matches = [
        (o, next((r for r in ours if same_words(rules, r.name, o.name)), None)) for o in theirs
    ]
    if any(match is None for _, match in matches):
        reasons.append("items_added")
    pairs = [(item, match) for item, match in matches if match is not None]
    if any(item.name.casefold() != match.name.casefold() for item, match in pairs):
        reasons.append("name_differs")
    if any(not _same_amount(item, match) for item, match in pairs):
        reasons.append("quantity_differs")
    return reasons


def _same_amount(item: ItemDraft, match: ItemDraft) -> bool:
    """The same quantity ("2" and "2.0" alike) and unit, or neither."""
    if item.unit != match.unit:
        return False
    if item.quantity is None or match.quantity is None:
        return item.quantity is match.quantity
    try:
        return Decimal(item.quantity) == Decimal(match.quantity)
    except InvalidOperation:
        return item.quantity == match.quantity


def _list_reasons(
    rules: RulePolicy,
    command: CommandDTO,
    read: LLMRead,
    deterministic: Explanation,
    llm: Explanation,
) -> list[str]:
    known = {s.list_id: s.name for s in command.context.household.shopping_lists or ()}
    named = read.reading.draft.list_id
    if named is not None and named not in known:
        return ["unknown_list"]
    chosen = llm.extraction.list_id
    if chosen is None:
        # A household with no lists at all: items go without one (SPEC §4.1), as the rules'.
        return [] if not known else ["list_unresolved"]
    if "item.list_id" in deterministic.extraction.missing:
        # The rules asked which list: only one the text names answers that.
        name = known.get(chosen)
        return [] if name and grounded(rules, name, command.text) else ["list_not_grounded"]
    if deterministic.extraction.list_id not in (None, chosen):
        return ["list_mismatch"]
    return []


def _task_reasons(
    rules: RulePolicy,
    command: CommandDTO,
    deterministic: Explanation,
    read: LLMRead,
    llm: Explanation,
) -> list[str]:
    task = read.reading.draft.task
    if task is None:
        return []
    reasons: list[str] = []
    members = {m.user_id for m in command.context.household.members}
    if task.assignee_id is not None and task.assignee_id not in members:
        reasons.append("unknown_assignee")
    if task.title and not grounded(rules, task.title, command.text):
        reasons.append("title_not_grounded")
    ours, theirs = deterministic.extraction.task, llm.extraction.task
    if ours is not None and theirs is not None:
        # A member the text names, and a due, are what the rules read from the text itself.
        if ours.assignee_from == "text" and theirs.assignee_id != ours.assignee_id:
            reasons.append("assignee_mismatch")
        if theirs.due != ours.due:
            reasons.append("due_differs")
    return reasons


def judge_candidate(
    rules: RulePolicy,
    command: CommandDTO,
    deterministic: Explanation,
    read: LLMRead,
    llm: Explanation,
    *,
    settings: PartialTrustSettings,
) -> Verdict:
    """Every acceptance rule of partial trust applied to one answered candidate."""
    reasons: list[str] = []
    risks: list[str] = []
    intent = read.reading.draft.intent
    if intent not in settings.corridor:
        reasons.append("intent_outside_corridor")
    elif intent != deterministic.intent:
        reasons.append("intent_mismatch")
    if intent in ("add_shopping_item", "mixed"):
        reasons += _item_reasons(rules, command, deterministic, llm)
        reasons += _list_reasons(rules, command, read, deterministic, llm)
    reasons += _task_reasons(rules, command, deterministic, read, llm)
    if read.reading.confidence < settings.min_confidence:
        reasons.append("low_confidence")
    if llm.decision.decision_outcome != "execute":
        reasons.append("not_executable")
    if deterministic.decision.decision_outcome != "execute":
        risks.append("outcome_changed")
    return Verdict(tuple(dict.fromkeys(reasons)), tuple(dict.fromkeys(risks)))
