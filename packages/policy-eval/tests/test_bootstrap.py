"""Bootstrap intervals: seeded, around the figure, as wide as the cases make them."""

from __future__ import annotations

from typing import Any

import pytest

from policy_eval import CaseCheck, CaseRun, Comparer, Interval, bootstrap_intervals
from policy_eval._metrics import ADDITIVE_METRICS, aggregate, case_terms, ratios

CLARIFY = {"intent": "unknown", "outcome": "clarify", "action": "clarify"}
SHOP = {"intent": "add_shopping_item", "outcome": "execute", "action": "start_job"}


def _checks(comparer: Comparer, kit: Any, passing: int, failing: int) -> list[CaseCheck]:
    """``passing`` clarify cases answered right and ``failing`` shopping cases answered with
    a clarify (wrong intent, outcome, action and items)."""
    checks = []
    for n in range(passing + failing):
        expected = CLARIFY if n < passing else {**SHOP, "items": [{"name": "milk"}]}
        case = kit.case(expected, case_id=f"c{n}")
        decision = kit.decision("clarify", {"question": "?", "missing_fields": []}, f"c{n}")
        checks.append(comparer.check(CaseRun(case, decision, latency_ms=1.0)))
    return checks


def test_summed_case_terms_give_the_metrics_aggregate_gives(comparer: Comparer, kit: Any) -> None:
    checks = _checks(comparer, kit, 7, 3)
    right: dict[str, float] = {}
    seen: dict[str, float] = {}
    for check in checks:
        for metric, hit, count in case_terms(check):
            right[metric] = right.get(metric, 0) + hit
            seen[metric] = seen.get(metric, 0) + count
    metrics, _ = aggregate(checks)
    assert ratios(right, seen) == {name: metrics[name] for name in ADDITIVE_METRICS}


def test_intervals_hold_the_figure_and_repeat_exactly(comparer: Comparer, kit: Any) -> None:
    checks = _checks(comparer, kit, 80, 20)
    first = bootstrap_intervals(checks)
    assert first == bootstrap_intervals(checks)  # seeded: the same run, the same intervals
    assert first != bootstrap_intervals(checks, seed=7)
    pass_rate = first["pass_rate"]
    assert pass_rate.contains(0.8)
    assert 0.6 < pass_rate.low < 0.8 < pass_rate.high < 0.95
    assert "calibration_error" not in first  # not a ratio of per-case sums
    assert "latency_p95_ms" not in first


def test_more_cases_give_a_narrower_interval(comparer: Comparer, kit: Any) -> None:
    few = bootstrap_intervals(_checks(comparer, kit, 16, 4))["pass_rate"]
    many = bootstrap_intervals(_checks(comparer, kit, 320, 80))["pass_rate"]
    assert many.high - many.low < (few.high - few.low) / 2


def test_a_metric_every_case_passes_has_no_width(comparer: Comparer, kit: Any) -> None:
    intervals = bootstrap_intervals(_checks(comparer, kit, 30, 0))
    assert intervals["pass_rate"] == Interval(1.0, 1.0)
    assert intervals["error_rate"] == Interval(0.0, 0.0)
    assert "item_f1" not in intervals  # no case states items: no figure, no interval


def test_item_f1_is_resampled_from_its_counts(comparer: Comparer, kit: Any) -> None:
    intervals = bootstrap_intervals(_checks(comparer, kit, 10, 10))
    assert intervals["item_recall"] == Interval(0.0, 0.0)  # nothing proposed, ever
    assert intervals["item_precision"] == Interval(0.0, 0.0)  # items were due: a miss
    assert intervals["item_f1"] == Interval(0.0, 0.0)


@pytest.mark.parametrize(("option", "value"), [("resamples", 0), ("confidence", 1.0)])
def test_bad_settings_are_refused(option: str, value: float) -> None:
    with pytest.raises(ValueError, match=option):
        bootstrap_intervals([], **{option: value})


def test_no_case_no_interval() -> None:
    assert bootstrap_intervals([]) == {}
