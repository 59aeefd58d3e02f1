"""The regression gate: a run against its baseline, within per-metric tolerances, plus
opt-in absolute thresholds.

A metric where higher is better regresses when ``current < baseline - tolerance``; one where
lower is better when ``current > baseline + tolerance``. A drop exactly equal to the
tolerance passes. Metrics without a default tolerance (latency, the action rates) are only
gated when a tolerance is given; the action rates have no better direction and cannot be.

A policy marked *noisy* (an LLM's answers vary from run to run) must also move beyond the
noise: its metric regresses only when, besides the tolerance, the baseline's figure lies
outside the run's 95% bootstrap interval. A drop within the interval is reported, not failed.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from policy_eval._baseline import BASELINE_DIGITS, Baseline
from policy_eval._bootstrap import Interval
from policy_eval._evaluate import Evaluation
from policy_eval._format import plural
from policy_eval._metrics import METRICS, MetricSpec, metric_spec
from policy_eval.exceptions import SpecError

__all__ = [
    "GateResult",
    "Regression",
    "Threshold",
    "ThresholdCheck",
    "ThresholdFailure",
    "check_gate",
    "default_tolerances",
    "parse_thresholds",
    "parse_tolerances",
]

_EPSILON_DIGITS = 9  # compare after rounding, so 0.90 - 0.89 counts as 0.01, not 0.0100000001


@dataclass(frozen=True, slots=True)
class Regression:
    """A metric that moved the wrong way by more than its tolerance."""

    policy: str
    metric: str
    baseline: float
    current: float
    tolerance: float
    interval: Interval | None = None  # the run's 95% interval, for a noisy policy

    def __str__(self) -> str:
        noise = ""
        if self.interval is not None:
            noise = f", 95% interval [{self.interval.low:.4f}, {self.interval.high:.4f}]"
        return (
            f"REGRESSION {self.policy} {self.metric}: baseline {self.baseline:.4f}, "
            f"current {self.current:.4f} ({self.current - self.baseline:+.4f}), "
            f"tolerance {self.tolerance:.4f}{noise}"
        )


@dataclass(frozen=True, slots=True)
class Threshold:
    """An absolute bound: ``metric`` must be >= (min) or <= (max) ``limit``; for one policy,
    or every policy when ``policy`` is None."""

    metric: str
    bound: Literal["min", "max"]
    limit: float
    policy: str | None = None


@dataclass(frozen=True, slots=True)
class ThresholdFailure:
    policy: str
    threshold: Threshold
    current: float | None

    def __str__(self) -> str:
        sign = ">=" if self.threshold.bound == "min" else "<="
        shown = "no value" if self.current is None else f"{self.current:.4f}"
        return (
            f"THRESHOLD {self.policy} {self.threshold.metric}: {shown}, "
            f"required {sign} {self.threshold.limit:.4f} (--{self.threshold.bound})"
        )


@dataclass(frozen=True, slots=True)
class ThresholdCheck:
    """One threshold applied to one policy, failed or not."""

    policy: str
    threshold: Threshold
    current: float | None
    passed: bool


@dataclass(frozen=True, slots=True)
class GateResult:
    """What the gate found. ``notes`` are informational (never fail a run); so are the
    drops of a noisy policy within its interval (``within_noise``). ``threshold_checks``
    holds every threshold applied, ``threshold_failures`` the failed ones."""

    baseline: str | None
    tolerances: Mapping[str, float]
    regressions: tuple[Regression, ...] = ()
    threshold_failures: tuple[ThresholdFailure, ...] = ()
    notes: tuple[str, ...] = ()
    newly_failing: Mapping[str, Mapping[str, tuple[str, ...]]] = field(default_factory=dict)
    newly_passing: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    threshold_checks: tuple[ThresholdCheck, ...] = ()
    noisy: tuple[str, ...] = ()
    within_noise: tuple[Regression, ...] = ()

    @property
    def passed(self) -> bool:
        return not self.regressions and not self.threshold_failures


def default_tolerances() -> dict[str, float]:
    """The documented default tolerance of every metric gated by default."""
    return {spec.name: spec.tolerance for spec in METRICS if spec.tolerance is not None}


def _split(option: str, text: str) -> tuple[str, float]:
    name, sep, raw = text.partition("=")
    if not sep or not name.strip():
        raise SpecError(option, text, "expected NAME=VALUE")
    try:
        value = float(raw)
    except ValueError:
        raise SpecError(option, text, f"{raw!r} is not a number") from None
    if not math.isfinite(value):
        raise SpecError(option, text, "must be a finite number")
    return name.strip(), value


def _known(option: str, text: str, name: str) -> MetricSpec:
    spec = metric_spec(name)
    if spec is None:
        known = ", ".join(s.name for s in METRICS)
        raise SpecError(option, text, f"unknown metric {name!r} (known: {known})")
    return spec


def parse_tolerances(specs: Sequence[str]) -> dict[str, float]:
    """Defaults overridden by ``METRIC=VALUE`` specs; ``*=VALUE`` resets every default one."""
    tolerances = default_tolerances()
    for text in specs:
        name, value = _split("--tolerance", text)
        if value < 0:
            raise SpecError("--tolerance", text, "a tolerance cannot be negative")
        if name == "*":
            tolerances.update(dict.fromkeys(default_tolerances(), value))
            continue
        if _known("--tolerance", text, name).direction == "none":
            raise SpecError("--tolerance", text, f"{name} has no better direction to gate")
        tolerances[name] = value
    return tolerances


def parse_thresholds(specs: Sequence[str], bound: Literal["min", "max"]) -> tuple[Threshold, ...]:
    """``[POLICY:]METRIC=VALUE`` specs of ``--min`` or ``--max``."""
    option = f"--{bound}"
    found = []
    for text in specs:
        target, value = _split(option, text)
        policy, _, name = target.rpartition(":")
        spec = _known(option, text, name)
        wrong = "lower" if bound == "min" else "higher"
        if spec.direction == wrong:
            other = "--max" if bound == "min" else "--min"
            raise SpecError(option, text, f"{wrong} is better for {name}; use {other}")
        found.append(Threshold(name, bound, value, policy or None))
    return tuple(found)


def _within(threshold: Threshold, current: float | None) -> bool:
    if current is None:
        return False
    if threshold.bound == "min":
        return current >= threshold.limit
    return current <= threshold.limit


def _regressed(spec: MetricSpec, baseline: float, current: float, tolerance: float) -> bool:
    # The baseline stores rounded figures; compare like with like.
    current = round(current, BASELINE_DIGITS)
    moved = baseline - current if spec.direction == "higher" else current - baseline
    return round(moved, _EPSILON_DIGITS) > tolerance


def _beyond_noise(spec: MetricSpec, baseline: float, interval: Interval | None) -> bool:
    """The baseline's figure lies outside the run's interval, on the better side."""
    if interval is None:
        return True
    if spec.direction == "higher":
        return round(baseline - interval.high, _EPSILON_DIGITS) > 0
    return round(interval.low - baseline, _EPSILON_DIGITS) > 0


def check_gate(
    evaluation: Evaluation,
    baseline: Baseline | None,
    tolerances: Mapping[str, float],
    thresholds: Sequence[Threshold] = (),
    *,
    noisy: Collection[str] = (),
) -> GateResult:
    """Compare every policy of ``evaluation`` with its baseline entry and the thresholds.

    The policies named in ``noisy`` regress only beyond their 95% interval as well.
    """
    names = {result.name for result in evaluation.results}
    for name in noisy:
        if name not in names:
            raise SpecError(
                "--noisy",
                name,
                f"no policy of that name in this run (ran: {', '.join(sorted(names))})",
            )
    for threshold in thresholds:
        if threshold.policy is not None and threshold.policy not in names:
            raise SpecError(
                f"--{threshold.bound}",
                threshold.policy,
                f"no policy of that name in this run (ran: {', '.join(sorted(names))})",
            )
    regressions: list[Regression] = []
    within_noise: list[Regression] = []
    failures: list[ThresholdFailure] = []
    applied: list[ThresholdCheck] = []
    notes: list[str] = []
    newly_failing: dict[str, dict[str, tuple[str, ...]]] = {}
    newly_passing: dict[str, tuple[str, ...]] = {}
    if baseline is not None and baseline.digest != evaluation.dataset.digest:
        notes.append(
            f"the dataset changed since the baseline ({plural(baseline.cases, 'case')} then, "
            f"{len(evaluation.dataset.cases):,} now)"
        )
    for result in evaluation.results:
        for threshold in thresholds:
            if threshold.policy not in (None, result.name):
                continue
            current = result.metrics.get(threshold.metric)
            passed = _within(threshold, current)
            applied.append(ThresholdCheck(result.name, threshold, current, passed))
            if not passed:
                failures.append(ThresholdFailure(result.name, threshold, current))
        entry = baseline.policy(result.name) if baseline is not None else None
        if baseline is None:
            continue
        if entry is None:
            notes.append(f"no baseline for policy {result.name!r}; not gated")
            continue
        for name, tolerance in tolerances.items():
            spec = metric_spec(name)
            before, now = entry.metrics.get(name), result.metrics.get(name)
            if spec is None or before is None or now is None:
                if before is not None and now is None:
                    notes.append(f"{result.name} {name}: {before:.4f} in the baseline, none now")
                continue
            if not _regressed(spec, before, now, tolerance):
                continue
            if result.name not in noisy:
                regressions.append(Regression(result.name, name, before, now, tolerance))
                continue
            interval = result.intervals.get(name)
            found = Regression(result.name, name, before, now, tolerance, interval)
            (regressions if _beyond_noise(spec, before, interval) else within_noise).append(found)
        failing_now = {c.run.case.id: c.failed for c in result.open_failures}
        newly_failing[result.name] = {
            case: fields for case, fields in failing_now.items() if case not in entry.failing_cases
        }
        present = {check.run.case.id for check in result.checks}
        newly_passing[result.name] = tuple(
            sorted(case for case in entry.failing_cases if case in present - failing_now.keys())
        )
    return GateResult(
        baseline=baseline.path if baseline is not None else None,
        tolerances=dict(tolerances),
        regressions=tuple(regressions),
        threshold_failures=tuple(failures),
        notes=tuple(notes),
        newly_failing=newly_failing,
        newly_passing=newly_passing,
        threshold_checks=tuple(applied),
        noisy=tuple(sorted(noisy)),
        within_noise=tuple(within_noise),
    )
