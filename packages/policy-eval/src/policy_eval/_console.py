"""The short text the command line prints: headline figures per policy and the gate verdict."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from policy_eval._format import plural
from policy_eval._gate import GateResult

__all__ = ["gate_lines", "summary_lines"]

# (metric, label) pairs of the one-line summary of a policy.
HEADLINE: Final = (
    ("pass_rate", "pass"),
    ("intent_accuracy", "intent"),
    ("outcome_accuracy", "outcome"),
    ("action_accuracy", "action"),
    ("item_f1", "item F1"),
    ("task_field_accuracy", "task fields"),
    ("schema_valid_rate", "schema-valid"),
    ("false_action_rate", "false action"),
)


def _percent(value: object) -> str:
    return f"{value:.1%}" if isinstance(value, float | int) else "—"


def _decimal(value: object) -> str:
    return f"{value:.3f}" if isinstance(value, float | int) else "—"


def _ms(value: object) -> str:
    return f"{value:.3f} ms" if isinstance(value, float | int) else "—"


def _split_lines(policy: Mapping[str, Any]) -> list[str]:
    """One line per half (open, sealed) and per scope (household, ood) when the data has it."""
    rows = [(name, policy["breakdowns"]["split"].get(name)) for name in ("open", "sealed")] + [
        (name, policy["breakdowns"]["tag"].get(name)) for name in ("household", "ood")
    ]
    return [
        f"  {name} ({row['cases']}): pass {_percent(row['pass_rate'])}  "
        f"false action {_percent(row['false_action_rate'])}  "
        f"execute precision {_percent(row['execute_precision'])}  "
        f"ECE {_decimal(row['calibration_error'])}"
        for name, row in rows
        if row is not None and (name != "open" or "sealed" in policy["breakdowns"]["split"])
    ]


def summary_lines(report: Mapping[str, Any]) -> list[str]:
    """The dataset line, then one line per policy (deltas against the reference after it)."""
    dataset = report["dataset"]
    langs = ", ".join(f"{lang} {count}" for lang, count in dataset["by_lang"].items())
    lines = [f"{dataset['root']}: {plural(dataset['cases'], 'case')} ({langs})"]
    for policy in report["policies"]:
        metrics = policy["metrics"]
        figures = "  ".join(f"{label} {_percent(metrics[name])}" for name, label in HEADLINE)
        errors = sum(policy["errors_by_type"].values())
        lines.append(
            f"{policy['name']} {policy['version']}: {figures}  "
            f"ECE {_decimal(metrics.get('calibration_error'))}  errors {errors}  "
            f"p50 {_ms(metrics['latency_p50_ms'])}  p95 {_ms(metrics['latency_p95_ms'])}  "
            f"({policy['wall_seconds']:.2f} s)"
        )
        delta = policy["delta"]
        if delta is not None:
            moved = "  ".join(
                f"{label} {delta[name] * 100:+.1f} pt"
                for name, label in HEADLINE
                if delta.get(name) is not None
            )
            lines.append(f"  vs {report['policies'][0]['name']}: {moved}")
        lines.extend(_split_lines(policy))
    cache = report["cache"]
    if cache is not None:
        lines.append(
            f"LLM response cache: {plural(cache['hits'], 'hit')}, "
            f"{plural(cache['misses'], 'miss', 'misses')}, "
            f"{cache['writes']} written"
        )
    return lines


def gate_lines(gate: GateResult, *, fail_on_regression: bool) -> list[str]:
    """The gate's verdict: every regression and failed threshold on its own line, then notes."""
    lines = [str(regression) for regression in gate.regressions]
    lines += [str(failure) for failure in gate.threshold_failures]
    for policy, cases in gate.newly_failing.items():
        for case, fields in cases.items():
            lines.append(f"  newly failing ({policy}): {case}: {', '.join(fields)}")
    lines += [f"note: {note}" for note in gate.notes]
    where = f" against {gate.baseline}" if gate.baseline else ""
    if gate.threshold_failures:
        failed = plural(len(gate.threshold_failures), "threshold")
        lines.append(f"gate: FAILED{where}: {failed} not met")
    elif gate.regressions and fail_on_regression:
        lines.append(f"gate: FAILED{where}: {plural(len(gate.regressions), 'regression')}")
    elif gate.regressions:
        lines.append(
            f"gate: {plural(len(gate.regressions), 'regression')}{where} "
            "(not failing the run: --fail-on-regression not given)"
        )
    else:
        lines.append(f"gate: passed{where}")
    return lines
