"""Case by case against the reference: what another policy changed, and whether for the better.

Aggregate metrics say how often a policy is right; a policy built on the rules (the LLM's
assist, partial trust) is judged by what it *changed*. For each policy after the reference,
over the cases both answered:

- **fixed** / **broken**: the reference failed and the policy passed, or the other way round
  (a broken case is a correct rules' decision made wrong);
- **from its clarifies**: of the cases the reference answered with a clarify, how many the
  policy turned into an execute that passes, and how many into one that fails;
- **its own decisions**: the cases whose ``decision_version`` differs from the reference's
  (an accepted partial-trust candidate carries the LLM policy's version, an assisted
  decision the rules' version with ``+assist``), and the share of them that pass: the
  precision of what it took over.

Only counts: a sealed case is never named.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from policy_eval._compare import CaseCheck
from policy_eval._evaluate import Evaluation

__all__ = ["Changes", "change_lines", "changes"]


@dataclass(frozen=True, slots=True)
class Changes:
    """One policy's changes against the reference (see the module docstring)."""

    policy: str
    reference: str
    compared: int
    fixed: int
    broken: int
    clarified: int  # cases the reference clarified
    clarify_to_correct_execute: int
    clarify_to_wrong_execute: int
    own: int
    own_correct: int

    @property
    def own_precision(self) -> float | None:
        return self.own_correct / self.own if self.own else None


def _answered(check: CaseCheck) -> bool:
    return check.run.decision is not None


def changes(evaluation: Evaluation) -> tuple[Changes, ...]:
    """The changes of every policy after the first (the reference)."""
    reference, *others = evaluation.results
    by_case = {check.run.case.id: check for check in reference.checks}
    found = []
    for result in others:
        pairs = [
            (by_case[check.run.case.id], check)
            for check in result.checks
            if check.run.case.id in by_case
            and _answered(check)
            and _answered(by_case[check.run.case.id])
        ]
        found.append(_count(result.name, reference.name, pairs))
    return tuple(found)


def _count(name: str, reference: str, pairs: Sequence[tuple[CaseCheck, CaseCheck]]) -> Changes:
    clarified = [(ref, ours) for ref, ours in pairs if ref.actual_outcome == "clarify"]
    executed = [ours for _, ours in clarified if ours.actual_outcome == "execute"]
    own = [ours for ref, ours in pairs if _version(ours) != _version(ref)]
    return Changes(
        policy=name,
        reference=reference,
        compared=len(pairs),
        fixed=sum(1 for ref, ours in pairs if not ref.passed and ours.passed),
        broken=sum(1 for ref, ours in pairs if ref.passed and not ours.passed),
        clarified=len(clarified),
        clarify_to_correct_execute=sum(1 for ours in executed if ours.passed),
        clarify_to_wrong_execute=sum(1 for ours in executed if not ours.passed),
        own=len(own),
        own_correct=sum(1 for ours in own if ours.passed),
    )


def _version(check: CaseCheck) -> str | None:
    decision = check.run.decision
    return decision.decision_version if decision is not None else None


def change_lines(evaluation: Evaluation) -> list[str]:
    """One line per policy after the reference, for the console."""
    lines = []
    for found in changes(evaluation):
        precision = found.own_precision
        shown = f"{precision:.1%}" if precision is not None else "—"
        lines.append(
            f"{found.policy} vs {found.reference}, case by case ({found.compared}): "
            f"fixed {found.fixed}, broken {found.broken}; "
            f"of its {found.clarified} clarifies: {found.clarify_to_correct_execute} "
            f"-> correct execute, {found.clarify_to_wrong_execute} -> wrong execute; "
            f"own decisions {found.own} (precision {shown})"
        )
    return lines
