"""The regression gate: tolerances both ways and at the boundary, thresholds, baselines on disk."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from policy_eval import (
    Baseline,
    BaselineError,
    BaselinePolicy,
    Dataset,
    Evaluation,
    Interval,
    PolicyResult,
    SpecError,
    Threshold,
    check_gate,
    default_tolerances,
    load_baseline,
    parse_thresholds,
    parse_tolerances,
)

DIGEST = "sha256:" + "0" * 64


def _evaluation(metrics: dict[str, float | None], name: str = "deterministic") -> Evaluation:
    result = PolicyResult(name, "1", 0.0, (), metrics, {}, {}, {}, {})
    return Evaluation(Dataset("golden", (), (), DIGEST), (result,), 1)


def _baseline(metrics: dict[str, float | None], name: str = "deterministic") -> Baseline:
    return Baseline("baseline.json", 0, DIGEST, (BaselinePolicy(name, "1", metrics, {}),))


# (metric, baseline, current, tolerance, regressed): one row per rule of the gate.
GATE = [
    ("intent_accuracy", 0.90, 0.95, 0.01, False),  # improvement
    ("intent_accuracy", 0.90, 0.90, 0.0, False),  # unchanged, strict
    ("intent_accuracy", 0.90, 0.895, 0.01, False),  # within tolerance
    ("intent_accuracy", 0.90, 0.89, 0.01, False),  # exactly the tolerance: passes
    ("intent_accuracy", 0.90, 0.8899, 0.01, True),  # just beyond
    ("intent_accuracy", 0.90, 0.8999, 0.0, True),  # strict: any drop
    ("item_f1", 0.80, 0.70, 0.05, True),
    ("error_rate", 0.0, 0.01, 0.0, True),  # lower is better: a rise regresses
    ("error_rate", 0.05, 0.0, 0.0, False),
    ("latency_p95_ms", 1.0, 1.5, 0.5, False),
    ("latency_p95_ms", 1.0, 1.6, 0.5, True),
]


@pytest.mark.parametrize(("metric", "before", "now", "tolerance", "regressed"), GATE)
def test_gate_fails_only_beyond_tolerance(
    metric: str, before: float, now: float, tolerance: float, regressed: bool
) -> None:
    gate = check_gate(_evaluation({metric: now}), _baseline({metric: before}), {metric: tolerance})
    assert bool(gate.regressions) is regressed
    if regressed:
        (regression,) = gate.regressions
        assert (regression.metric, regression.baseline, regression.current) == (metric, before, now)
        assert str(regression).startswith(f"REGRESSION deterministic {metric}: baseline ")
        assert f"tolerance {tolerance:.4f}" in str(regression)


def test_metrics_without_a_tolerance_are_not_gated() -> None:
    gate = check_gate(_evaluation({"clarify_rate": 0.0}), _baseline({"clarify_rate": 0.9}), {})
    assert gate.regressions == ()


def test_missing_values_and_unknown_policies_are_notes_not_failures() -> None:
    evaluation = _evaluation({"intent_accuracy": None})
    gate = check_gate(evaluation, _baseline({"intent_accuracy": 0.9}), {"intent_accuracy": 0.0})
    assert gate.regressions == ()
    assert any("none now" in note for note in gate.notes)
    other = check_gate(evaluation, _baseline({}, name="llm"), default_tolerances())
    assert other.notes == ("no baseline for policy 'deterministic'; not gated",)


def test_a_changed_dataset_is_noted() -> None:
    baseline = Baseline("b.json", 5, "sha256:" + "1" * 64, ())
    gate = check_gate(_evaluation({}), baseline, {})
    assert "dataset changed" in gate.notes[0]


def test_default_tolerances_are_documented_figures() -> None:
    defaults = default_tolerances()
    assert defaults["intent_accuracy"] == 0.01
    assert defaults["schema_valid_rate"] == 0.0
    assert "latency_p95_ms" not in defaults
    assert "clarify_rate" not in defaults


def test_parse_tolerances_overrides_defaults() -> None:
    tolerances = parse_tolerances(["intent_accuracy=0.05", "latency_p95_ms=2"])
    assert tolerances["intent_accuracy"] == 0.05
    assert tolerances["latency_p95_ms"] == 2.0
    assert tolerances["item_f1"] == default_tolerances()["item_f1"]
    strict = parse_tolerances(["*=0", "item_f1=0.1"])
    assert strict["intent_accuracy"] == 0.0
    assert strict["item_f1"] == 0.1
    assert "latency_p50_ms" not in strict


@pytest.mark.parametrize(
    ("spec", "problem"),
    [
        ("intent_accuracy", "expected NAME=VALUE"),
        ("=0.1", "expected NAME=VALUE"),
        ("intent_accuracy=lots", "not a number"),
        ("intent_accuracy=nan", "finite"),
        ("intent_accuracy=-0.1", "cannot be negative"),
        ("accuracy=0.1", "unknown metric"),
        ("clarify_rate=0.1", "no better direction"),
    ],
)
def test_bad_tolerances_are_spec_errors(spec: str, problem: str) -> None:
    with pytest.raises(SpecError) as caught:
        parse_tolerances([spec])
    assert caught.value.option == "--tolerance"
    assert problem in caught.value.problem


def test_parse_thresholds() -> None:
    (everyone, llm) = parse_thresholds(["intent_accuracy=0.95", "llm:item_f1=0.8"], "min")
    assert everyone == Threshold("intent_accuracy", "min", 0.95, None)
    assert llm == Threshold("item_f1", "min", 0.8, "llm")
    (latency,) = parse_thresholds(["latency_p95_ms=5"], "max")
    assert latency.bound == "max"
    with pytest.raises(SpecError, match="use --max"):
        parse_thresholds(["latency_p95_ms=5"], "min")
    with pytest.raises(SpecError, match="use --min"):
        parse_thresholds(["intent_accuracy=0.9"], "max")


@pytest.mark.parametrize(
    ("threshold", "current", "fails"),
    [
        (Threshold("intent_accuracy", "min", 0.95), 0.95, False),
        (Threshold("intent_accuracy", "min", 0.95), 0.9499, True),
        (Threshold("intent_accuracy", "min", 0.95), None, True),
        (Threshold("clarify_rate", "max", 0.2), 0.2, False),
        (Threshold("clarify_rate", "max", 0.2), 0.25, True),
        (Threshold("intent_accuracy", "min", 0.99, "llm"), 0.5, False),
    ],
)
def test_thresholds_without_a_baseline(
    threshold: Threshold, current: float | None, fails: bool
) -> None:
    evaluation = _evaluation({threshold.metric: current})
    if threshold.policy == "llm":
        llm = PolicyResult("llm", "1", 0.0, (), {threshold.metric: 1.0}, {}, {}, {}, {})
        evaluation = Evaluation(evaluation.dataset, (*evaluation.results, llm), 1)
    gate = check_gate(evaluation, None, default_tolerances(), [threshold])
    assert bool(gate.threshold_failures) is fails
    if fails:
        text = str(gate.threshold_failures[0])
        assert text.startswith(f"THRESHOLD deterministic {threshold.metric}: ")
        assert f"(--{threshold.bound})" in text


def test_threshold_for_a_policy_not_in_the_run_is_a_spec_error() -> None:
    with pytest.raises(SpecError, match="no policy of that name"):
        check_gate(_evaluation({}), None, {}, [Threshold("item_f1", "min", 0.5, "ghost")])


def test_baseline_file_errors(tmp_path: Path) -> None:
    with pytest.raises(BaselineError, match="--write-baseline"):
        load_baseline(tmp_path / "missing.json")
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    with pytest.raises(BaselineError, match="not valid JSON"):
        load_baseline(broken)
    foreign = tmp_path / "foreign.json"
    foreign.write_text('{"kind": "something"}', encoding="utf-8")
    with pytest.raises(BaselineError, match="not a baseline or report"):
        load_baseline(foreign)
    invalid = tmp_path / "invalid.json"
    doc: dict[str, Any] = {"kind": "policy-eval-baseline", "baseline_version": 1, "policies": []}
    invalid.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(BaselineError, match="invalid baseline: /dataset: is required"):
        load_baseline(invalid)


def _noisy_evaluation(now: float, low: float, high: float) -> Evaluation:
    result = PolicyResult(
        "llm",
        "1",
        0.0,
        (),
        {"intent_accuracy": now},
        {},
        {},
        {},
        {},
        {"intent_accuracy": Interval(low, high)},
    )
    return Evaluation(Dataset("golden", (), (), DIGEST), (result,), 1)


# (baseline, current, interval, noisy, verdict): tolerance 0.01.
NOISE = [
    (0.90, 0.85, (0.80, 0.91), True, "within noise"),  # beyond the tolerance, inside the noise
    (0.90, 0.85, (0.80, 0.89), True, "regression"),  # the baseline is out of the interval
    (0.90, 0.85, (0.80, 0.91), False, "regression"),  # not noisy: the tolerance alone
    (0.90, 0.895, (0.85, 0.89), True, "passed"),  # within the tolerance: nothing at all
]


@pytest.mark.parametrize(("before", "now", "interval", "noisy", "verdict"), NOISE)
def test_a_noisy_policy_regresses_only_beyond_its_interval(
    before: float, now: float, interval: tuple[float, float], noisy: bool, verdict: str
) -> None:
    gate = check_gate(
        _noisy_evaluation(now, *interval),
        _baseline({"intent_accuracy": before}, name="llm"),
        {"intent_accuracy": 0.01},
        noisy={"llm"} if noisy else (),
    )
    assert bool(gate.regressions) is (verdict == "regression")
    assert bool(gate.within_noise) is (verdict == "within noise")
    assert gate.passed is (verdict != "regression")
    assert gate.noisy == (("llm",) if noisy else ())
    if gate.within_noise:
        assert gate.within_noise[0].interval == Interval(*interval)


def test_a_noisy_regression_says_its_interval() -> None:
    gate = check_gate(
        _noisy_evaluation(0.85, 0.80, 0.89),
        _baseline({"intent_accuracy": 0.90}, name="llm"),
        {"intent_accuracy": 0.01},
        noisy={"llm"},
    )
    assert str(gate.regressions[0]).endswith("95% interval [0.8000, 0.8900]")


def test_noisy_names_a_policy_of_the_run() -> None:
    with pytest.raises(SpecError, match="no policy of that name"):
        check_gate(_evaluation({}), None, {}, noisy={"ghost"})


def test_every_threshold_applied_is_recorded() -> None:
    thresholds = parse_thresholds(["intent_accuracy=0.9", "item_f1=0.5"], "min")
    gate = check_gate(_evaluation({"intent_accuracy": 0.95, "item_f1": 0.4}), None, {}, thresholds)
    assert [(c.threshold.metric, c.current, c.passed) for c in gate.threshold_checks] == [
        ("intent_accuracy", 0.95, True),
        ("item_f1", 0.4, False),
    ]
    assert len(gate.threshold_failures) == 1
    assert not gate.passed
