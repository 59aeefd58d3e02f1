"""Partial trust: the acceptance rules an LLM decision must pass to replace the rules' one.

A *candidate* is a command whose rules' intent lies in the configured corridor. For a sampled
candidate the LLM's decision is used only when every rule below passes; each failed rule is
a reason code, and risks worth watching that do not refuse the candidate are flags.

Reason codes: ``timeout`` / the LLM error type (no answer in time, or a failed call);
``intent_outside_corridor`` (the model's intent is not a corridor intent);
``intent_mismatch`` (it differs from the rules' intent); ``item_not_grounded`` (an item's
words do not occur in the text); ``items_dropped`` (fewer items than the rules found, and a
missing one is grounded); ``item_changed`` (as many items or more, but a grounded item of the
rules' is not among them: "milk" for "oat milk"); ``unknown_list`` (a list id the household lacks),
``list_unresolved`` (no list could be chosen) and ``list_mismatch`` (the rules resolved one
list and the model another: moving an item to another list is a different action, not a
detail); ``unknown_assignee``; ``title_not_grounded``; ``low_confidence`` (below the
threshold); ``not_executable`` (the LLM's decision is not an execution).
Risk flags: ``outcome_changed`` (the rules would not have executed), ``items_added``,
``quantity_differs``.
"""

from __future__ import annotations

from dataclasses import dataclass

from policy_core import CommandDTO, Explanation, RulePolicy
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
) -> tuple[list[str], list[str]]:
    reasons: list[str] = []
    risks: list[str] = []
    theirs, ours = llm.extraction.items, deterministic.extraction.items
    if any(not grounded(rules, item.name, command.text) for item in theirs):
        reasons.append("item_not_grounded")
    unmatched = [r for r in ours if not any(same_words(rules, r.name, o.name) for o in theirs)]
    if any(grounded(rules, r.name, command.text) for r in unmatched):
        # A grounded item of the rules' is missing from the candidate: dropped when it has
        # fewer items, replaced by another ("milk" for "oat milk") when it has as many or more.
        reasons.append("items_dropped" if len(theirs) < len(ours) else "item_changed")
    if len(theirs) > len(ours):
        risks.append("items_added")
    for item in ours:
        match = next((o for o in theirs if same_words(rules, item.name, o.name)), None)
        if match is not None and (match.quantity, match.unit) != (item.quantity, item.unit):
            risks.append("quantity_differs")
            break
    return reasons, risks


def _list_reasons(
    command: CommandDTO, read: LLMRead, deterministic: Explanation, llm: Explanation
) -> list[str]:
    known = {s.list_id for s in command.context.household.shopping_lists or ()}
    named = read.reading.draft.list_id
    if named is not None and named not in known:
        return ["unknown_list"]
    if llm.extraction.list_id is None:
        return ["list_unresolved"]
    if deterministic.extraction.list_id not in (None, llm.extraction.list_id):
        return ["list_mismatch"]
    return []


def _task_reasons(rules: RulePolicy, command: CommandDTO, read: LLMRead) -> list[str]:
    task = read.reading.draft.task
    if task is None:
        return []
    reasons: list[str] = []
    members = {m.user_id for m in command.context.household.members}
    if task.assignee_id is not None and task.assignee_id not in members:
        reasons.append("unknown_assignee")
    if task.title and not grounded(rules, task.title, command.text):
        reasons.append("title_not_grounded")
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
        more, flagged = _item_reasons(rules, command, deterministic, llm)
        reasons += more
        risks += flagged
        reasons += _list_reasons(command, read, deterministic, llm)
    reasons += _task_reasons(rules, command, read)
    if read.reading.confidence < settings.min_confidence:
        reasons.append("low_confidence")
    if llm.decision.decision_outcome != "execute":
        reasons.append("not_executable")
    if deterministic.decision.decision_outcome != "execute":
        risks.append("outcome_changed")
    return Verdict(tuple(dict.fromkeys(reasons)), tuple(dict.fromkeys(risks)))
