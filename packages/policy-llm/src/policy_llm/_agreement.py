"""How far the LLM's reading agrees with the rules', field by field (the shadow comparison).

Names are compared as words allowing inflection ("молока" and "молоко" agree), through
policy-core's grounding check; a field neither side has is not comparable (None).
"""

from __future__ import annotations

from collections.abc import Sequence

from policy_core import Explanation, ItemDraft, RulePolicy
from policy_observability import ShadowAgreement

__all__ = ["agreement", "grounded", "same_words"]


def grounded(rules: RulePolicy, phrase: str, text: str) -> bool:
    """Every word of ``phrase`` occurs in ``text``, inflected forms included."""
    return not rules.ungrounded_words(phrase, text)


def same_words(rules: RulePolicy, a: str, b: str) -> bool:
    """``a`` and ``b`` name the same thing: each one's words occur in the other, inflected."""
    if a.casefold() == b.casefold():
        return True
    return grounded(rules, a, b) and grounded(rules, b, a)


def _pairs(
    rules: RulePolicy, left: Sequence[ItemDraft], right: Sequence[ItemDraft]
) -> list[tuple[ItemDraft, ItemDraft]] | None:
    """Items matched one to one by name, or None when the two lists name different things."""
    if len(left) != len(right):
        return None
    unmatched = list(right)
    pairs: list[tuple[ItemDraft, ItemDraft]] = []
    for item in left:
        match = next((o for o in unmatched if same_words(rules, item.name, o.name)), None)
        if match is None:
            return None
        unmatched.remove(match)
        pairs.append((item, match))
    return pairs


def agreement(rules: RulePolicy, deterministic: Explanation, llm: Explanation) -> ShadowAgreement:
    """Per-field agreement of ``llm`` with ``deterministic``."""
    det, other = deterministic.extraction, llm.extraction
    item_names: bool | None = None
    quantities: bool | None = None
    if det.items or other.items:
        pairs = _pairs(rules, det.items, other.items)
        item_names = pairs is not None
        if pairs:
            quantities = all((a.quantity, a.unit) == (b.quantity, b.unit) for a, b in pairs)
    task_fields: bool | None = None
    if det.task is not None or other.task is not None:
        a, b = det.task, other.task
        task_fields = (
            a is not None
            and b is not None
            and same_words(rules, a.title, b.title)
            and (a.assignee_id, a.zone_id, a.due) == (b.assignee_id, b.zone_id, b.due)
        )
    return ShadowAgreement(
        intent=deterministic.intent == llm.intent,
        outcome=deterministic.decision.decision_outcome == llm.decision.decision_outcome,
        action=deterministic.decision.action == llm.decision.action,
        item_names=item_names,
        quantities=quantities,
        task_fields=task_fields,
    )
