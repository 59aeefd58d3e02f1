"""The metrics of an evaluation: their definitions, gate defaults, and how they are computed.

Every metric is computed over the cases where it is defined (a case that does not state
items does not count towards item metrics); a metric with no such case is ``None``.
Percentiles use the nearest-rank method everywhere: the p-th percentile of n sorted values
is the value at rank ceil(p/100 * n).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Final, Literal

from policy_eval._calibration import ACTING_OUTCOMES, expected_calibration_error
from policy_eval._compare import CaseCheck

__all__ = [
    "BREAKDOWN_METRICS",
    "METRICS",
    "MetricSpec",
    "aggregate",
    "metric_spec",
    "percentile",
]

Direction = Literal["higher", "lower", "none"]


@dataclass(frozen=True, slots=True)
class MetricSpec:
    """One metric: which way is better, its default gate tolerance (``None``: not gated
    unless a tolerance is given) and its definition, as the report and the guide show it."""

    name: str
    direction: Direction
    tolerance: float | None
    description: str


def _spec(name: str, direction: Direction, tolerance: float | None, text: str) -> MetricSpec:
    return MetricSpec(name, direction, tolerance, text)


METRICS: Final[tuple[MetricSpec, ...]] = (
    _spec("pass_rate", "higher", 0.01, "cases where every checked field is right"),
    _spec("intent_accuracy", "higher", 0.01, "decision intent equals the expected intent"),
    _spec("outcome_accuracy", "higher", 0.01, "decision_outcome equals the expected outcome"),
    _spec("action_accuracy", "higher", 0.01, "action equals the expected action"),
    _spec("item_precision", "higher", 0.01, "proposed items whose normalised name was expected"),
    _spec("item_recall", "higher", 0.01, "expected items proposed under a matching name"),
    _spec("item_f1", "higher", 0.01, "harmonic mean of item precision and recall"),
    _spec("quantity_accuracy", "higher", 0.02, "matched items with the expected quantity"),
    _spec("unit_accuracy", "higher", 0.02, "matched items with the expected unit"),
    _spec("list_id_accuracy", "higher", 0.02, "cases whose every proposed item has the list_id"),
    _spec("task_field_accuracy", "higher", 0.02, "all checked task fields, pooled"),
    _spec("task_title_accuracy", "higher", 0.02, "titles with similarity >= the threshold"),
    _spec("task_title_similarity", "higher", 0.02, "mean title similarity (difflib ratio)"),
    _spec("task_assignee_accuracy", "higher", 0.02, "assignee_id exactly as expected"),
    _spec("task_zone_accuracy", "higher", 0.02, "zone_id exactly as expected"),
    _spec("task_due_accuracy", "higher", 0.02, "due exactly as expected"),
    _spec("missing_fields_accuracy", "higher", 0.02, "clarify missing_fields equal as a set"),
    _spec("reject_code_accuracy", "higher", 0.02, "reject code equals the expected code"),
    _spec(
        "false_action_rate",
        "lower",
        0.0,
        "cases expecting no action (clarify or reject) answered with an execute",
    ),
    _spec("execute_precision", "higher", 0.01, "executed decisions whose case passed"),
    _spec(
        "calibration_error",
        "lower",
        0.02,
        "expected calibration error of execute/confirm confidence (10 bins)",
    ),
    _spec("schema_valid_rate", "higher", 0.0, "decisions valid against the DecisionDTO schema"),
    _spec("error_rate", "lower", 0.0, "cases where the policy raised instead of deciding"),
    _spec("clarify_rate", "none", None, "cases answered with clarify"),
    _spec("reject_rate", "none", None, "cases answered with reject"),
    _spec("confirm_rate", "none", None, "cases answered with confirm"),
    _spec("start_job_rate", "none", None, "cases answered with start_job"),
    _spec("latency_p50_ms", "lower", None, "median time of one policy call (nearest rank)"),
    _spec("latency_p95_ms", "lower", None, "95th percentile time of one call (nearest rank)"),
)

BREAKDOWN_METRICS: Final = (
    "pass_rate",
    "false_action_rate",
    "execute_precision",
    "calibration_error",
    "intent_accuracy",
    "outcome_accuracy",
    "action_accuracy",
    "item_f1",
    "task_field_accuracy",
)

_BY_NAME: Final[Mapping[str, MetricSpec]] = MappingProxyType({s.name: s for s in METRICS})
# check name -> metric, for the task fields.
_TASK_CHECKS: Final[tuple[tuple[str, str], ...]] = (
    ("task.title", "task_title_accuracy"),
    ("task.assignee_id", "task_assignee_accuracy"),
    ("task.zone_id", "task_zone_accuracy"),
    ("task.due", "task_due_accuracy"),
)


_NO_ACTION: Final = frozenset({"clarify", "reject"})


def metric_spec(name: str) -> MetricSpec | None:
    """The spec of a metric by name, or ``None`` if there is no such metric."""
    return _BY_NAME.get(name)


def percentile(values: Sequence[float], p: float) -> float | None:
    """The nearest-rank ``p``-th percentile (0 < p <= 100); ``None`` for no values.

    >>> percentile([4.0, 1.0, 3.0, 2.0], 50), percentile([4.0, 1.0, 3.0, 2.0], 95)
    (2.0, 4.0)
    """
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, math.ceil(p / 100 * len(ordered)))
    return ordered[rank - 1]


def _ratio(part: float, whole: float) -> float | None:
    return part / whole if whole else None


class _Tally:
    def __init__(self) -> None:
        self.right: dict[str, int] = {}
        self.seen: dict[str, int] = {}

    def add(self, metric: str, passed: bool) -> None:
        self.seen[metric] = self.seen.get(metric, 0) + 1
        self.right[metric] = self.right.get(metric, 0) + int(passed)

    def add_counts(self, metric: str, right: int, seen: int) -> None:
        self.seen[metric] = self.seen.get(metric, 0) + seen
        self.right[metric] = self.right.get(metric, 0) + right

    def ratio(self, metric: str) -> float | None:
        return _ratio(self.right.get(metric, 0), self.seen.get(metric, 0))


def aggregate(checks: Sequence[CaseCheck]) -> tuple[dict[str, float | None], dict[str, int]]:
    """Every metric over ``checks``, and its support (how many cases or items it counts)."""
    tally = _Tally()
    item_counts = [0, 0, 0]  # matched, proposed, expected
    similarities: list[float] = []
    latencies: list[float] = []
    confidences: list[tuple[float, bool]] = []
    for check in checks:
        latencies.append(check.run.latency_ms)
        tally.add("pass_rate", check.passed)
        acted = check.actual_outcome == "execute"
        if check.run.case.expected.outcome in _NO_ACTION:
            tally.add("false_action_rate", acted)
        if acted:
            tally.add("execute_precision", check.passed)
        if check.actual_outcome in ACTING_OUTCOMES and check.confidence is not None:
            confidences.append((check.confidence, check.passed))
        tally.add("error_rate", check.run.error_type is not None)
        for field, metric in (
            ("intent", "intent_accuracy"),
            ("outcome", "outcome_accuracy"),
            ("action", "action_accuracy"),
            ("schema", "schema_valid_rate"),
            ("list_id", "list_id_accuracy"),
            ("missing_fields", "missing_fields_accuracy"),
            ("reject_code", "reject_code_accuracy"),
            *_TASK_CHECKS,
        ):
            if field in check.checks:
                tally.add(metric, check.checks[field])
        for field, _ in _TASK_CHECKS:
            if field in check.checks:
                tally.add("task_field_accuracy", check.checks[field])
        for action in ("clarify", "reject", "confirm", "start_job"):
            tally.add(f"{action}_rate", check.actual_action == action)
        if check.items_checked:
            item_counts[0] += check.items_matched
            item_counts[1] += check.items_actual
            item_counts[2] += check.items_expected
            tally.add_counts("quantity_accuracy", *check.quantity)
            tally.add_counts("unit_accuracy", *check.unit)
        if check.title_similarity is not None:
            similarities.append(check.title_similarity)
    metrics: dict[str, float | None] = {spec.name: tally.ratio(spec.name) for spec in METRICS}
    matched, proposed, expected = item_counts
    precision, recall = _ratio(matched, proposed), _ratio(matched, expected)
    if expected and not proposed:
        precision = 0.0  # nothing proposed where items were due is a miss, not "no data"
    metrics["item_precision"], metrics["item_recall"] = precision, recall
    f1 = None
    if precision is not None and recall is not None:
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    metrics["item_f1"] = f1
    metrics["task_title_similarity"] = _ratio(sum(similarities), len(similarities))
    metrics["calibration_error"] = expected_calibration_error(confidences)
    metrics["latency_p50_ms"] = percentile(latencies, 50)
    metrics["latency_p95_ms"] = percentile(latencies, 95)
    support = dict(tally.seen)
    support.update(
        item_precision=proposed,
        item_recall=expected,
        item_f1=expected,
        task_title_similarity=len(similarities),
        calibration_error=len(confidences),
        latency_p50_ms=len(latencies),
        latency_p95_ms=len(latencies),
    )
    return metrics, {spec.name: support.get(spec.name, 0) for spec in METRICS}
