"""The Markdown report: what a person reads first comes first.

Order: summary table (every metric, one column per policy, a delta column per non-reference
policy), the gate, breakdowns (language, difficulty, tag), confusion matrices, failures.
Rendered from the JSON report document alone.
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from policy_eval._format import format_delta, format_value, plural

__all__ = ["render_markdown"]


def _cell(text: object) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def _table(header: Sequence[str], rows: Iterable[Sequence[object]]) -> list[str]:
    lines = ["| " + " | ".join(_cell(h) for h in header) + " |"]
    lines.append("|" + "|".join(" --- " for _ in header) + "|")
    lines.extend("| " + " | ".join(_cell(c) for c in row) + " |" for row in rows)
    return [*lines, ""]


def _summary(report: Mapping[str, Any]) -> list[str]:
    policies = report["policies"]
    header = ["metric"] + [f"{p['name']} {p['version']}" for p in policies]
    header += [f"Δ {p['name']}" for p in policies[1:]]
    rows = []
    for definition in report["metric_definitions"]:
        name = definition["name"]
        row = [name] + [format_value(name, p["metrics"].get(name)) for p in policies]
        row += [format_delta(name, (p["delta"] or {}).get(name)) for p in policies[1:]]
        rows.append(row)
    rows.append(["errors", *(_errors(p["errors_by_type"]) for p in policies)])
    rows[-1] += [""] * (len(policies) - 1)
    return ["## Summary", "", *_table(header, rows)]


def _errors(by_type: Mapping[str, int]) -> str:
    if not by_type:
        return "0"
    return ", ".join(f"{kind} {count}" for kind, count in by_type.items())


def _gate(gate: Mapping[str, Any] | None) -> list[str]:
    if gate is None:
        return []
    verdict = "passed" if gate["passed"] else "FAILED"
    source = f"Baseline `{gate['baseline']}`" if gate["baseline"] else "Thresholds"
    lines = ["## Gate", "", f"{source}: **{verdict}**.", ""]
    if gate["regressions"]:
        rows = [
            [r["policy"], r["metric"], r["baseline"], r["current"], r["delta"], r["tolerance"]]
            for r in gate["regressions"]
        ]
        lines += _table(["policy", "metric", "baseline", "current", "delta", "tolerance"], rows)
    if gate["threshold_failures"]:
        rows = [
            [
                f["policy"],
                f["metric"],
                f"--{f['bound']} {f['limit']}",
                format_value("", f["current"]),
            ]
            for f in gate["threshold_failures"]
        ]
        lines += _table(["policy", "metric", "required", "current"], rows)
    for r in gate.get("within_noise", []):
        low, high = r.get("interval") or (None, None)
        lines.append(
            f"- {r['policy']} {r['metric']}: {format_delta(r['metric'], r['delta'])} against the "
            f"baseline, beyond the tolerance but within its 95% interval "
            f"[{format_value(r['metric'], low)}, {format_value(r['metric'], high)}]: "
            "a noisy policy, not failed"
        )
    lines += [f"- {note}" for note in gate["notes"]]
    for policy, cases in gate["newly_failing"].items():
        if cases:
            listed = ", ".join(f"`{case}` ({', '.join(fields)})" for case, fields in cases.items())
            lines.append(f"- {policy}: failing now, not in the baseline's failures: {listed}")
    for policy, cases in gate["newly_passing"].items():
        if cases:
            lines.append(f"- {policy}: passing now: {', '.join(f'`{c}`' for c in cases)}")
    return lines if lines[-1] == "" else [*lines, ""]


def _breakdowns(report: Mapping[str, Any]) -> list[str]:
    lines = ["## Breakdowns", ""]
    for policy in report["policies"]:
        for dimension, table in policy["breakdowns"].items():
            lines += [f"### {policy['name']} by {dimension}", ""]
            if not table:
                lines += ["(none)", ""]
                continue
            columns = list(next(iter(table.values())))
            rows = [
                [group] + [format_value(c, row[c]) for c in columns] for group, row in table.items()
            ]
            lines += _table([dimension, *columns], rows)
    return lines


def _confusions(report: Mapping[str, Any]) -> list[str]:
    lines = ["## Confusion matrices", "", "Rows: expected; columns: actual.", ""]
    for policy in report["policies"]:
        for name, matrix in policy["confusion"].items():
            labels = matrix["labels"]
            rows = [
                [expected] + [counts.get(label, 0) or "·" for label in labels]
                for expected, counts in matrix["counts"].items()
            ]
            lines += [f"### {policy['name']}: {name}", "", *_table([name, *labels], rows)]
    return lines


def _compact(value: object) -> str:
    return html.escape(json.dumps(value, ensure_ascii=False, separators=(", ", ": ")), quote=False)


def _failures(report: Mapping[str, Any]) -> list[str]:
    lines = ["## Failures", ""]
    for policy in report["policies"]:
        failures = policy["failures"]
        sealed = policy.get("sealed_failures", 0)
        hidden = f"; {sealed} more in the sealed half, not listed" if sealed else ""
        counted = f"{len(failures)} of {plural(policy['cases'], 'case')}{hidden}"
        lines += [f"### {policy['name']} ({counted})", ""]
        if not failures:
            lines += ["None.", ""]
            continue
        rows = [
            [
                f"`{failure['id']}`<br>{failure['location']}",
                html.escape(failure["text"], quote=False),
                ", ".join(failure["failed"]),
                _compact(failure["expected"]),
                _compact(failure["actual"]),
            ]
            for failure in failures
        ]
        lines += _table(["case", "text", "failed", "expected", "actual"], rows)
    return lines


def render_markdown(report: Mapping[str, Any]) -> str:
    """The Markdown form of a report document."""
    dataset = report["dataset"]
    langs = ", ".join(f"{lang} {n}" for lang, n in dataset["by_lang"].items())
    tool = report["tool"]
    intro = (
        f"{plural(dataset['cases'], 'case')} from `{dataset['root']}` ({langs}); "
        f"contract {tool['contract_version']}, policy-eval {tool['policy_eval']}."
    )
    lines = ["# Golden evaluation report", "", intro, ""]
    lines += _summary(report)
    lines += _gate(report["gate"])
    lines += _breakdowns(report)
    lines += _confusions(report)
    lines += _failures(report)
    return "\n".join(lines).rstrip() + "\n"
