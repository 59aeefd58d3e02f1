"""The JSON report: everything an evaluation found, in one document with its own schema.

The Markdown and HTML reports are rendered from this document, so they never disagree. The
schema ships in the package (``schemas/report.schema.json``, ``eval_schema("report")``).
The three files quote case texts and decisions, so they are written readable by their owner
alone (mode 0600).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from importlib.metadata import version
from pathlib import Path
from typing import Any, Final, NamedTuple

from policy_core import CONTRACT_VERSION
from policy_eval._baseline import PRIVATE_MODE, REPORT_KIND, rounded, write_json, write_text
from policy_eval._bootstrap import CONFIDENCE, RESAMPLES, SEED, interval_document
from policy_eval._cache import CacheStats
from policy_eval._calibration import ACTING_OUTCOMES, reliability
from policy_eval._compare import CaseCheck
from policy_eval._evaluate import Evaluation, PolicyResult
from policy_eval._gate import GateResult, Regression
from policy_eval._html import render_html
from policy_eval._markdown import render_markdown
from policy_eval._metrics import METRICS
from policy_eval._normalise import TITLE_PASS_THRESHOLD

__all__ = ["ReportPaths", "build_report", "write_reports"]

_TEXT_LIMIT: Final = 200
_LATENCY_BINS: Final = 24


class ReportPaths(NamedTuple):
    """Where :func:`write_reports` wrote the three reports."""

    json: Path
    markdown: Path
    html: Path


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


def _reliability(result: PolicyResult) -> list[dict[str, Any]]:
    pairs = [
        (check.confidence, check.passed)
        for check in result.checks
        if check.actual_outcome in ACTING_OUTCOMES and check.confidence is not None
    ]
    return [
        {
            "low": round(b.low, 6),
            "high": round(b.high, 6),
            "count": b.count,
            "mean_confidence": round(b.mean_confidence, 6),
            "accuracy": round(b.accuracy, 6),
        }
        for b in reliability(pairs)
    ]


def _significant(value: float) -> float:
    return float(f"{value:.4g}")


def latency_histogram(latencies: Sequence[float], bins: int = _LATENCY_BINS) -> dict[str, Any]:
    """Counts of ``latencies`` (ms) in log-spaced bins from the least to the greatest.

    >>> latency_histogram([1.0, 10.0, 100.0], bins=2)
    {'edges': [1.0, 10.0, 100.0], 'counts': [1, 2]}
    """
    values = sorted(v for v in latencies if v > 0 and math.isfinite(v))
    if not values:
        return {"edges": [], "counts": []}
    low, high = values[0], values[-1]
    if high <= low:
        return {
            "edges": [_significant(low * 0.9), _significant(high * 1.1)],
            "counts": [len(values)],
        }
    step = (math.log10(high) - math.log10(low)) / bins
    edges = [low * 10 ** (step * i) for i in range(bins)] + [high]
    counts = [0] * bins
    for value in values:
        index = min(bins - 1, int((math.log10(value) - math.log10(low)) / step))
        counts[index] += 1
    return {"edges": [_significant(edge) for edge in edges], "counts": counts}


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
        "intervals": interval_document(result.intervals),
        "reliability": _reliability(result),
        "latency_histogram": latency_histogram([c.run.latency_ms for c in result.checks]),
    }


def _verdict(check: CaseCheck) -> dict[str, Any]:
    return {
        "passed": check.passed,
        "intent": check.actual_intent,
        "outcome": check.actual_outcome,
        "action": check.actual_action,
        "failed": list(check.failed),
        "confidence": rounded(check.confidence),
    }


def _cases(evaluation: Evaluation) -> list[dict[str, Any]]:
    """The open cases, each with every policy's answer: the sealed half is never listed."""
    by_policy = [{c.run.case.id: c for c in result.checks} for result in evaluation.results]
    rows = []
    for case in evaluation.dataset.cases:
        if case.sealed:
            continue
        checks = [found[case.id] for found in by_policy if case.id in found]
        if len(checks) != len(by_policy):
            continue
        expected = checks[0].expected_json() if checks else {}
        # What the table shows; a failure's full expectation is in the policy's failures.
        expected = {key: expected.get(key) for key in ("intent", "outcome", "action")}
        rows.append(
            {
                "id": case.id,
                "location": case.location,
                "lang": case.lang,
                "difficulty": case.difficulty,
                "tags": list(case.tags),
                "text": _short(case.command.text),
                "expected": expected,
                "results": [_verdict(check) for check in checks],
            }
        )
    return rows


def _regression(r: Regression) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "policy": r.policy,
        "metric": r.metric,
        "baseline": r.baseline,
        "current": rounded(r.current),
        "delta": rounded(r.current - r.baseline),
        "tolerance": r.tolerance,
    }
    if r.interval is not None:
        doc["interval"] = [rounded(r.interval.low), rounded(r.interval.high)]
    return doc


def _gate(gate: GateResult) -> dict[str, Any]:
    return {
        "baseline": gate.baseline,
        "passed": gate.passed,
        "tolerances": dict(sorted(gate.tolerances.items())),
        "regressions": [_regression(r) for r in gate.regressions],
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
        "thresholds": [
            {
                "policy": c.policy,
                "metric": c.threshold.metric,
                "bound": c.threshold.bound,
                "limit": c.threshold.limit,
                "current": rounded(c.current),
                "passed": c.passed,
            }
            for c in gate.threshold_checks
        ],
        "noisy": list(gate.noisy),
        "within_noise": [_regression(r) for r in gate.within_noise],
    }


def build_report(
    evaluation: Evaluation,
    *,
    gate: GateResult | None = None,
    cache: CacheStats | None = None,
    selection: Mapping[str, Any] | None = None,
    run: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """The report document of an evaluation (valid against ``eval_schema("report")``).

    ``selection`` says which cases ran (``split``, ``filters``, ``limit``; all of them by
    default) and ``run`` when and on which commit (``time``, ``commit``), if known.
    """
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
            "bootstrap": {"resamples": RESAMPLES, "seed": SEED, "confidence": CONFIDENCE},
        },
        "run": dict(run) if run is not None else None,
        "selection": {"split": "all", "filters": [], "limit": None, **(selection or {})},
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
        "cases": _cases(evaluation),
    }


def write_reports(
    report: Mapping[str, Any],
    directory: str | Path,
    *,
    history: Iterable[Mapping[str, Any]] = (),
) -> ReportPaths:
    """Write ``report.json``, ``report.md`` and ``report.html`` into ``directory`` (mode
    0600); ``history`` (earlier runs' summary lines) feeds the HTML report's trend chart."""
    folder = Path(directory)
    paths = ReportPaths(folder / "report.json", folder / "report.md", folder / "report.html")
    write_json(paths.json, report, mode=PRIVATE_MODE)
    write_text(paths.markdown, render_markdown(report), mode=PRIVATE_MODE)
    write_text(paths.html, render_html(report, history=list(history)), mode=PRIVATE_MODE)
    return paths
