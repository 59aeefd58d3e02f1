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
from typing import Final, Literal, TypeAlias

from policy_eval._calibration import ACTING_OUTCOMES, expected_calibration_error
from policy_eval._compare import CaseCheck

__all__ = [
    "ADDITIVE_METRICS",
    "BREAKDOWN_METRICS",
    "METRICS",
    "MetricSpec",
    "aggregate",
    "case_terms",
    "metric_spec",
    "percentile",
    "ratios",
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


_CHECK_METRICS: Final[tuple[tuple[str, str], ...]] = (
    ("intent", "intent_accuracy"),
    ("outcome", "outcome_accuracy"),
    ("action", "action_accuracy"),
    ("schema", "schema_valid_rate"),
    ("list_id", "list_id_accuracy"),
    ("missing_fields", "missing_fields_accuracy"),
    ("reject_code", "reject_code_accuracy"),
    *_TASK_CHECKS,
)
# Metrics that are not a ratio of per-case sums: no bootstrap interval for them.
NOT_ADDITIVE: Final = frozenset({"calibration_error", "latency_p50_ms", "latency_p95_ms"})
ADDITIVE_METRICS: Final = tuple(spec.name for spec in METRICS if spec.name not in NOT_ADDITIVE)

Term: TypeAlias = tuple[str, float, float]


def case_terms(check: CaseCheck) -> list[Term]:
    """What one case adds to each additive metric: ``(metric, right, seen)``.

    Every additive metric is ``sum(right) / sum(seen)`` over its cases (the item metrics are
    then derived by :func:`ratios`), which is what lets a bootstrap resample cases cheaply.
    """
    acted = check.actual_outcome == "execute"
    terms: list[Term] = [
        ("pass_rate", check.passed, 1),
        ("error_rate", check.run.error_type is not None, 1),
    ]
    if check.run.case.expected.outcome in _NO_ACTION:
        terms.append(("false_action_rate", acted, 1))
    if acted:
        terms.append(("execute_precision", check.passed, 1))
    terms.extend(
        (metric, check.checks[field], 1)
        for field, metric in _CHECK_METRICS
        if field in check.checks
    )
    terms.extend(
        ("task_field_accuracy", check.checks[field], 1)
        for field, _ in _TASK_CHECKS
        if field in check.checks
    )
    terms.extend(
        (f"{action}_rate", check.actual_action == action, 1)
        for action in ("clarify", "reject", "confirm", "start_job")
    )
    if check.items_checked:
        terms.append(("item_precision", check.items_matched, check.items_actual))
        terms.append(("item_recall", check.items_matched, check.items_expected))
        terms.append(("quantity_accuracy", *check.quantity))
        terms.append(("unit_accuracy", *check.unit))
    if check.title_similarity is not None:
        terms.append(("task_title_similarity", check.title_similarity, 1))
    return terms


def ratios(right: Mapping[str, float], seen: Mapping[str, float]) -> dict[str, float | None]:
    """Every additive metric from summed case terms (``None`` where nothing was seen).

    Item precision and recall are matched over proposed and over expected items; nothing
    proposed where items were due is a precision of 0, not "no data"; F1 is their harmonic mean.
    """
    metrics = {name: _ratio(right.get(name, 0), seen.get(name, 0)) for name in ADDITIVE_METRICS}
    precision, recall = metrics["item_precision"], metrics["item_recall"]
    if seen.get("item_recall") and not seen.get("item_precision"):
        precision = metrics["item_precision"] = 0.0
    f1 = None
    if precision is not None and recall is not None:
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    metrics["item_f1"] = f1
    return metrics


def aggregate(checks: Sequence[CaseCheck]) -> tuple[dict[str, float | None], dict[str, int]]:
    """Every metric over ``checks``, and its support (how many cases or items it counts)."""
    right: dict[str, float] = {}
    seen: dict[str, float] = {}
    latencies: list[float] = []
    confidences: list[tuple[float, bool]] = []
    for check in checks:
        latencies.append(check.run.latency_ms)
        if check.actual_outcome in ACTING_OUTCOMES and check.confidence is not None:
            confidences.append((check.confidence, check.passed))
        for metric, hit, count in case_terms(check):
            right[metric] = right.get(metric, 0) + hit
            seen[metric] = seen.get(metric, 0) + count
    metrics = ratios(right, seen)
    metrics["calibration_error"] = expected_calibration_error(confidences)
    metrics["latency_p50_ms"] = percentile(latencies, 50)
    metrics["latency_p95_ms"] = percentile(latencies, 95)
    support = {name: int(count) for name, count in seen.items()}
    support.update(
        item_f1=support.get("item_recall", 0),
        calibration_error=len(confidences),
        latency_p50_ms=len(latencies),
        latency_p95_ms=len(latencies),
    )
    return metrics, {spec.name: support.get(spec.name, 0) for spec in METRICS}
