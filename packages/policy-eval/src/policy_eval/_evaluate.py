"""An evaluation end to end: run the policies, check every case, summarise per policy.

>>> from policy_eval import evaluate, load_golden, DeterministicPolicy  # doctest: +SKIP
>>> evaluation = evaluate(load_golden("golden"), [DeterministicPolicy()])  # doctest: +SKIP
>>> evaluation.results[0].metrics["intent_accuracy"]  # doctest: +SKIP
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Final, TypeAlias

from policy_eval._bootstrap import Interval, bootstrap_intervals
from policy_eval._cases import Dataset, GoldenCase
from policy_eval._compare import ERROR, CaseCheck, Comparer
from policy_eval._metrics import BREAKDOWN_METRICS, aggregate
from policy_eval._policies import AnyPolicy
from policy_eval._progress import Progress
from policy_eval._runner import DEFAULT_CONCURRENCY, PolicyRun, run_policy

__all__ = ["Confusion", "Evaluation", "PolicyResult", "evaluate", "summarise"]

INTENT_LABELS: Final = ("add_shopping_item", "create_task", "mixed", "unsupported", "unknown")
OUTCOME_LABELS: Final = ("execute", "clarify", "reject", "confirm")
Breakdown: TypeAlias = dict[str, dict[str, float | int | None]]


@dataclass(frozen=True, slots=True)
class Confusion:
    """Counts of (expected, actual) pairs; ``labels`` fixes the row and column order
    (the actual side also has ``error`` for cases the policy failed to answer)."""

    labels: tuple[str, ...]
    counts: dict[str, dict[str, int]]


@dataclass(frozen=True, slots=True)
class PolicyResult:
    """One policy's evaluation: metrics, breakdowns, confusion matrices and every case check.

    ``intervals`` holds the 95% bootstrap interval of every metric that has one.
    """

    name: str
    version: str
    wall_seconds: float
    checks: tuple[CaseCheck, ...]
    metrics: dict[str, float | None]
    support: dict[str, int]
    errors_by_type: dict[str, int]
    breakdowns: dict[str, Breakdown]
    confusion: dict[str, Confusion]
    intervals: Mapping[str, Interval] = field(default_factory=dict)

    @property
    def failures(self) -> tuple[CaseCheck, ...]:
        return tuple(check for check in self.checks if not check.passed)

    @property
    def open_failures(self) -> tuple[CaseCheck, ...]:
        """The failures that may be shown: those of the sealed half are only counted."""
        return tuple(check for check in self.failures if not check.run.case.sealed)


@dataclass(frozen=True, slots=True)
class Evaluation:
    """All policies' results over one dataset; the first result is the reference."""

    dataset: Dataset
    results: tuple[PolicyResult, ...]
    concurrency: int


def _confusion(
    checks: Iterable[CaseCheck],
    labels: tuple[str, ...],
    pair: Callable[[CaseCheck], tuple[str, str]],
) -> Confusion:
    counts = {expected: dict.fromkeys((*labels, ERROR), 0) for expected in labels}
    for check in checks:
        expected, actual = pair(check)
        row = counts.setdefault(expected, dict.fromkeys((*labels, ERROR), 0))
        row[actual] = row.get(actual, 0) + 1
    return Confusion((*labels, ERROR), counts)


def _breakdown(
    checks: Sequence[CaseCheck], key: Callable[[GoldenCase], Iterable[str]]
) -> Breakdown:
    groups: dict[str, list[CaseCheck]] = {}
    for check in checks:
        for group in key(check.run.case):
            groups.setdefault(group, []).append(check)
    table: Breakdown = {}
    for group in sorted(groups):
        metrics, _ = aggregate(groups[group])
        row: dict[str, float | int | None] = {"cases": len(groups[group])}
        row.update((name, metrics[name]) for name in BREAKDOWN_METRICS)
        table[group] = row
    return table


def summarise(run: PolicyRun, comparer: Comparer) -> PolicyResult:
    """Check every case of one policy's run and compute its metrics and tables."""
    checks = tuple(comparer.check(case_run) for case_run in run.runs)
    metrics, support = aggregate(checks)
    errors = Counter(c.run.error_type for c in checks if c.run.error_type is not None)
    return PolicyResult(
        name=run.name,
        version=run.version,
        wall_seconds=run.wall_seconds,
        checks=checks,
        metrics=metrics,
        support=support,
        errors_by_type=dict(sorted(errors.items())),
        breakdowns={
            "lang": _breakdown(checks, lambda case: (case.lang,)),
            "difficulty": _breakdown(checks, lambda case: (case.difficulty,)),
            "tag": _breakdown(checks, lambda case: case.tags),
            "split": _breakdown(checks, lambda case: ("sealed" if case.sealed else "open",)),
        },
        confusion={
            "intent": _confusion(
                checks, INTENT_LABELS, lambda c: (c.run.case.expected.intent, c.actual_intent)
            ),
            "outcome": _confusion(
                checks, OUTCOME_LABELS, lambda c: (c.run.case.expected.outcome, c.actual_outcome)
            ),
        },
        intervals=bootstrap_intervals(checks),
    )


def evaluate(
    dataset: Dataset,
    policies: Sequence[AnyPolicy],
    *,
    concurrency: int = DEFAULT_CONCURRENCY,
    progress: Progress | None = None,
    comparer: Comparer | None = None,
) -> Evaluation:
    """Run ``policies`` over ``dataset`` and summarise each; the first policy is the reference.

    One Comparer (one morphological analyser, one compiled schema) serves the whole run.
    """
    comparer = comparer or Comparer()
    results = tuple(
        summarise(
            run_policy(policy, dataset.cases, concurrency=concurrency, progress=progress),
            comparer,
        )
        for policy in policies
    )
    return Evaluation(dataset, results, concurrency)
