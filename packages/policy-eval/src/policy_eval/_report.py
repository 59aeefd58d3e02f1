"""The JSON report: everything an evaluation found, in one document with its own schema.

The Markdown report is rendered from this document, so the two never disagree. The schema
ships in the package (``schemas/report.schema.json``, ``eval_schema("report")``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from importlib.metadata import version
from pathlib import Path
from typing import Any, Final

from policy_core import CONTRACT_VERSION
from policy_eval._baseline import REPORT_KIND, rounded, write_json
from policy_eval._cache import CacheStats
from policy_eval._compare import CaseCheck
from policy_eval._evaluate import Evaluation, PolicyResult
from policy_eval._gate import GateResult
from policy_eval._markdown import render_markdown
from policy_eval._metrics import METRICS
from policy_eval._normalise import TITLE_PASS_THRESHOLD

__all__ = ["ReportPaths", "build_report", "write_reports"]

_TEXT_LIMIT: Final = 200
ReportPaths = tuple[Path, Path]


def _short(text: str) -> str:
    return text if len(text) <= _TEXT_LIMIT else text[: _TEXT_LIMIT - 1] + "…"


def _failure(check: CaseCheck) -> dict[str, Any]:
    case = check.run.case
    return {
        "id": case.id,
        "location": case.location,
        "lang": case.lang,
        "difficulty": case.difficulty,
        "tags": list(case.tags),
        "text": _short(case.command.text),
        "failed": list(check.failed),
        "expected": check.expected_json(),
        "actual": dict(check.actual),
    }


def _policy(result: PolicyResult, reference: PolicyResult | None) -> dict[str, Any]:
    metrics = {name: rounded(value) for name, value in result.metrics.items()}
    delta: dict[str, float | None] | None = None
    if reference is not None:
        delta = {}
        for name, value in result.metrics.items():
            base = reference.metrics.get(name)
            delta[name] = None if value is None or base is None else rounded(value - base)
    return {
        "name": result.name,
        "version": result.version,
        "cases": len(result.checks),
        "wall_seconds": round(result.wall_seconds, 4),
        "metrics": metrics,
        "support": dict(result.support),
        "delta": delta,
        "errors_by_type": dict(result.errors_by_type),
        "breakdowns": {
            dimension: {
                group: {
                    name: value if isinstance(value, int) else rounded(value)
                    for name, value in row.items()
                }
                for group, row in table.items()
            }
            for dimension, table in result.breakdowns.items()
        },
        "confusion": {
            name: {"labels": list(matrix.labels), "counts": matrix.counts}
            for name, matrix in result.confusion.items()
        },
        "failures": [_failure(check) for check in result.open_failures],
        "sealed_failures": len(result.failures) - len(result.open_failures),
    }


def _gate(gate: GateResult) -> dict[str, Any]:
    return {
        "baseline": gate.baseline,
        "passed": not gate.regressions and not gate.threshold_failures,
        "tolerances": dict(sorted(gate.tolerances.items())),
        "regressions": [
            {
                "policy": r.policy,
                "metric": r.metric,
                "baseline": r.baseline,
                "current": rounded(r.current),
                "delta": rounded(r.current - r.baseline),
                "tolerance": r.tolerance,
            }
            for r in gate.regressions
        ],
        "threshold_failures": [
            {
                "policy": f.policy,
                "metric": f.threshold.metric,
                "bound": f.threshold.bound,
                "limit": f.threshold.limit,
                "current": rounded(f.current),
            }
            for f in gate.threshold_failures
        ],
        "notes": list(gate.notes),
        "newly_failing": {
            policy: {case: list(fields) for case, fields in cases.items()}
            for policy, cases in gate.newly_failing.items()
        },
        "newly_passing": {policy: list(cases) for policy, cases in gate.newly_passing.items()},
    }


def build_report(
    evaluation: Evaluation,
    *,
    gate: GateResult | None = None,
    cache: CacheStats | None = None,
) -> dict[str, Any]:
    """The report document of an evaluation (valid against ``eval_schema("report")``)."""
    dataset = evaluation.dataset
    reference = evaluation.results[0] if evaluation.results else None
    return {
        "kind": REPORT_KIND,
        "report_version": 1,
        "tool": {
            "policy_eval": version("policy-eval"),
            "policy_core": version("policy-core"),
            "contract_version": CONTRACT_VERSION,
        },
        "dataset": {
            "root": dataset.root,
            "cases": len(dataset.cases),
            "files": list(dataset.files),
            "digest": dataset.digest,
            "by_lang": dict(sorted(Counter(case.lang for case in dataset.cases).items())),
            "by_difficulty": dict(
                sorted(Counter(case.difficulty for case in dataset.cases).items())
            ),
        },
        "settings": {
            "concurrency": evaluation.concurrency,
            "title_pass_threshold": TITLE_PASS_THRESHOLD,
            "percentile_method": "nearest-rank",
        },
        "metric_definitions": [
            {
                "name": spec.name,
                "direction": spec.direction,
                "default_tolerance": spec.tolerance,
                "description": spec.description,
            }
            for spec in METRICS
        ],
        "policies": [
            _policy(result, None if result is reference else reference)
            for result in evaluation.results
        ],
        "cache": None
        if cache is None
        else {
            "hits": cache.hits,
            "misses": cache.misses,
            "writes": cache.writes,
            "refused": cache.refused,
        },
        "gate": None if gate is None else _gate(gate),
    }


def write_reports(report: Mapping[str, Any], directory: str | Path) -> ReportPaths:
    """Write ``report.json`` and ``report.md`` into ``directory``; return their paths."""
    folder = Path(directory)
    json_path, md_path = folder / "report.json", folder / "report.md"
    write_json(json_path, report)
    md_path.write_text(render_markdown(report), encoding="utf-8")
    return json_path, md_path
