"""How figures read in every report: ratios as percentages, latency in ms, counts in words.

>>> format_value("intent_accuracy", 0.9567), format_delta("intent_accuracy", -0.012)
('95.7%', '-1.2 pt')
>>> plural(1, "case"), plural(3, "case"), plural(0, "threshold")
('1 case', '3 cases', '0 thresholds')
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

__all__ = [
    "HEADLINE_METRICS",
    "format_delta",
    "format_interval",
    "format_value",
    "plural",
    "verdict",
]

# The figures a reader looks at first (the HTML report bolds them, the job summary shows them).
HEADLINE_METRICS: Final = (
    "pass_rate",
    "intent_accuracy",
    "outcome_accuracy",
    "action_accuracy",
    "item_f1",
    "task_field_accuracy",
    "false_action_rate",
    "execute_precision",
    "calibration_error",
    "schema_valid_rate",
)

_RATIO_SUFFIXES: Final = ("_accuracy", "_rate", "_precision", "_recall", "_f1", "_similarity")


def plural(count: int, noun: str, many: str | None = None) -> str:
    """``count`` (with thousands separators) and the noun, in the singular for one
    (``many`` overrides ``noun + "s"``)."""
    return f"{count:,} {noun if count == 1 else many or noun + 's'}"


def is_ratio(name: str) -> bool:
    return name.endswith(_RATIO_SUFFIXES)


def format_value(name: str, value: object) -> str:
    """A metric's value: ratios as percentages, latency in ms, ``—`` for none."""
    if value is None:
        return "—"
    if isinstance(value, float) and name.startswith("latency_"):
        return f"{value:.3f} ms"
    if isinstance(value, float) and is_ratio(name):
        return f"{value:.1%}"
    if isinstance(value, float):
        return f"{value:.4g}"
    return str(value)


def format_delta(name: str, value: object) -> str:
    """A difference: percentage points for ratios, ms for latency, ``—`` for none."""
    if not isinstance(value, float | int):
        return "—"
    if name.startswith("latency_"):
        return f"{value:+.3f} ms"
    if not is_ratio(name):
        return f"{value:+.4g}"
    return f"{value * 100:+.1f} pt"


def format_interval(name: str, interval: object) -> str:
    """``[low, high]`` in the metric's unit, or an empty string when there is none."""
    if not isinstance(interval, list | tuple) or len(interval) != 2:
        return ""
    low, high = interval
    return f"{format_value(name, low)} – {format_value(name, high)}"


def verdict(report: Mapping[str, Any]) -> tuple[str, str]:
    """The gate's verdict on a report document: ``passed``, ``failed`` or ``none`` (nothing
    was gated), and the line that says it."""
    gate = report["gate"]
    reference = report["policies"][0]
    figure = f"pass rate {format_value('pass_rate', reference['metrics']['pass_rate'])}"
    if gate is None:
        return "none", f"No gate applied ({reference['name']}: {figure})."
    checks = gate.get("thresholds", [])
    met = sum(1 for check in checks if check["passed"])
    against = f"baseline {gate['baseline']}" if gate["baseline"] else "the thresholds"
    if gate["passed"]:
        parts = [f"no regression against {against}"] if gate["baseline"] else []
        if checks:
            parts.append(f"{met} of {plural(len(checks), 'threshold')} met")
        return "passed", f"PASSED: {', '.join(parts) or 'nothing to fail'} ({figure})."
    parts = []
    if gate["regressions"]:
        parts.append(plural(len(gate["regressions"]), "regression") + f" against {against}")
    if gate["threshold_failures"]:
        failed = len(gate["threshold_failures"])
        parts.append(f"{plural(failed, 'threshold')} of {len(checks)} not met")
    return "failed", f"FAILED: {', '.join(parts)} ({figure})."
