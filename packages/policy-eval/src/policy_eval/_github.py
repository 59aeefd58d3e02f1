"""GitHub Actions: the job summary and the annotations of a run.

When ``GITHUB_STEP_SUMMARY`` names a file (GitHub sets it in every step), ``policy-eval run``
appends a Markdown summary there: the verdict, the headline metrics with their 95% intervals,
the floors and ceilings, the regressions and the open cases failing now that the baseline did
not list. When ``GITHUB_ACTIONS`` is ``true`` it also prints workflow commands, which GitHub
shows as annotations: an error per regression and failed threshold, a warning per newly
failing open case (on its line of the case file, at most :data:`MAX_CASE_ANNOTATIONS`).
Sealed cases are never named.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any, Final

from policy_eval._format import (
    HEADLINE_METRICS,
    format_delta,
    format_interval,
    format_value,
    plural,
    verdict,
)

__all__ = ["MAX_CASE_ANNOTATIONS", "job_summary", "workflow_commands", "write_job_summary"]

MAX_CASE_ANNOTATIONS: Final = 30
_LISTED_CASES: Final = 25
_ICONS: Final = {"passed": "✅", "failed": "❌", "none": "ℹ️"}


def _cell(text: object) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def job_summary(report: Mapping[str, Any], *, report_name: str = "report.html") -> str:
    """The Markdown job summary of a report document."""
    state, line = verdict(report)
    policies = report["policies"]
    dataset = report["dataset"]
    lines = [
        f"## Golden evaluation {_ICONS[state]}",
        "",
        f"**{line}**",
        "",
        (
            f"{plural(dataset['cases'], 'case')} from `{dataset['root']}`; the full report "
            f"with charts and every open case is `{report_name}` in the run's artifacts."
        ),
        "",
    ]
    header = ["metric"] + [f"{p['name']} (95% interval)" for p in policies]
    header += [f"Δ {p['name']}" for p in policies[1:]]
    lines += ["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
    for name in HEADLINE_METRICS:
        cells = [f"`{name}`"]
        for policy in policies:
            value = format_value(name, policy["metrics"].get(name))
            interval = format_interval(name, (policy.get("intervals") or {}).get(name))
            cells.append(f"{value} ({interval})" if interval else value)
        cells += [format_delta(name, (p["delta"] or {}).get(name)) for p in policies[1:]]
        lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
    lines.append("")
    gate = report["gate"]
    if gate is not None:
        lines += _gate(gate)
    for policy in policies:
        failing = policy.get("sealed_failures", 0)
        sealed = policy["breakdowns"]["split"].get("sealed")
        if sealed is not None:
            lines.append(
                f"- {policy['name']}, sealed half: {plural(sealed['cases'], 'case')}, "
                f"{failing} failing (counted, never listed)"
            )
    return "\n".join(lines).rstrip() + "\n"


def _gate(gate: Mapping[str, Any]) -> list[str]:
    lines: list[str] = []
    if gate.get("thresholds"):
        lines += ["| policy | metric | required | current | |", "| --- | --- | --- | --- | --- |"]
        for check in gate["thresholds"]:
            sign = "≥" if check["bound"] == "min" else "≤"
            mark = "met" if check["passed"] else "**not met**"
            lines.append(
                f"| {_cell(check['policy'])} | `{check['metric']}` | {sign} "
                f"{format_value(check['metric'], check['limit'])} | "
                f"{format_value(check['metric'], check['current'])} | {mark} |"
            )
        lines.append("")
    for r in gate["regressions"]:
        lines.append(
            f"- **regression** {r['policy']} `{r['metric']}`: "
            f"{format_value(r['metric'], r['baseline'])} → {format_value(r['metric'], r['current'])}"
            f" ({format_delta(r['metric'], r['delta'])}, tolerance {r['tolerance']})"
        )
    for r in gate.get("within_noise", []):
        lines.append(
            f"- within the noise (not failed) {r['policy']} `{r['metric']}`: "
            f"{format_delta(r['metric'], r['delta'])}, 95% interval "
            f"{format_interval(r['metric'], r.get('interval'))}"
        )
    for policy, cases in gate["newly_failing"].items():
        if not cases:
            continue
        shown = list(cases.items())[:_LISTED_CASES]
        listed = ", ".join(f"`{case}` ({', '.join(fields)})" for case, fields in shown)
        more = f" and {len(cases) - len(shown)} more" if len(cases) > len(shown) else ""
        lines.append(f"- {policy}: failing now, not in the baseline: {listed}{more}")
    lines += [f"- note: {note}" for note in gate["notes"]]
    return [*lines, ""] if lines else []


def write_job_summary(environ: Mapping[str, str], report: Mapping[str, Any]) -> Path | None:
    """Append the job summary to ``GITHUB_STEP_SUMMARY`` when it is set; its path, or None."""
    target = environ.get("GITHUB_STEP_SUMMARY", "").strip()
    if not target:
        return None
    path = Path(target)
    with path.open("a", encoding="utf-8") as handle:
        handle.write(job_summary(report) + "\n")
    return path


def _escape(text: object, *, property_value: bool = False) -> str:
    """Workflow-command escaping (``%``, line breaks; and ``:`` ``,`` in properties)."""
    value = str(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if property_value:
        value = value.replace(":", "%3A").replace(",", "%2C")
    return value


def workflow_commands(environ: Mapping[str, str], report: Mapping[str, Any]) -> list[str]:
    """The workflow commands to print in GitHub Actions (none elsewhere)."""
    if environ.get("GITHUB_ACTIONS", "").strip().lower() != "true" or report["gate"] is None:
        return []
    gate = report["gate"]
    commands = []
    for r in gate["regressions"]:
        title = _escape("policy-eval regression", property_value=True)
        message = (
            f"{r['policy']} {r['metric']}: baseline {r['baseline']}, current {r['current']}, "
            f"tolerance {r['tolerance']}"
        )
        commands.append(f"::error title={title}::{_escape(message)}")
    for failure in gate["threshold_failures"]:
        title = _escape("policy-eval threshold", property_value=True)
        message = (
            f"{failure['policy']} {failure['metric']}: {failure['current']}, required "
            f"--{failure['bound']} {failure['limit']}"
        )
        commands.append(f"::error title={title}::{_escape(message)}")
    locations = {case["id"]: case["location"] for case in report.get("cases") or []}
    budget = MAX_CASE_ANNOTATIONS
    for policy, cases in gate["newly_failing"].items():
        for case, fields in cases.items():
            if budget == 0:
                break
            budget -= 1
            path, _, line = locations.get(case, "").rpartition(":")
            where = ""
            if path and line.isdigit():
                where = f"file={_escape(path, property_value=True)},line={line},"
            title = _escape(f"newly failing ({policy})", property_value=True)
            message = f"{case}: {', '.join(fields)}"
            commands.append(f"::warning {where}title={title}::{_escape(message)}")
    return commands
