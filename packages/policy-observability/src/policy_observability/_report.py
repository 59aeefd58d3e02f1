"""The aggregation report: built from an Aggregator as a dict, rendered as JSON or a table.

The report opens with the rollout signals an operator needs to widen (or not) an LLM mode:

* shadow agreement: shadow comparisons whose every comparable field agreed / comparisons
  with an overall verdict;
* partial-trust acceptance: accepted candidates / sampled candidates;
* fallback rate: decisions with a ``fallback_reason`` / decisions where the LLM was attempted
  (``llm_outcome`` neither ``skipped`` nor ``disabled``);
* LLM error rate: ``timeout`` or ``error`` outcomes / LLM attempts;
* p95 latency: the 95th percentile of ``pipeline_latency.total_s``, in milliseconds.

Records write seconds (schema 1 wrote milliseconds); the report shows milliseconds. It also
adds up the LLM calls the records carry, by model and mode: tokens and estimated cost, and
counts the decisions by outcome, action, status, language and version, and the executes held
back (asked about instead) by why: ``evidence`` (below ``min_action_evidence``) or
``confidence`` (below ``min_execute_confidence``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from policy_observability._rollup import rate_cell
from policy_observability._sketch import RELATIVE_ACCURACY

AGREEMENT_FIELDS = ("intent", "outcome", "action", "item_names", "quantities", "task_fields")
DECISION_FIELDS = ("outcome", "action", "status", "language", "decision_version", "held_back")

if TYPE_CHECKING:
    from policy_observability._aggregator import Aggregator

__all__ = [
    "AGREEMENT_FIELDS",
    "DECISION_FIELDS",
    "PERCENTILE_METHOD",
    "build_report",
    "render_json",
    "render_table",
]

_MS_PER_S = 1000.0
PERCENTILE_METHOD = (
    "nearest rank, on a log-linear histogram of 64 buckets per power of two "
    f"(within {RELATIVE_ACCURACY:.2%} of the exact nearest-rank value)"
)


def _iso(when: datetime | None) -> str | None:
    return None if when is None else when.isoformat().replace("+00:00", "Z")


def build_report(
    agg: Aggregator, *, files: Sequence[str], unreadable: list[dict[str, Any]]
) -> dict[str, Any]:
    """The summary of everything ``agg`` has seen, in the order an operator reads it."""
    total = agg.stages.get("total")
    agreement = agg.shadow_agreement.rates((*AGREEMENT_FIELDS, "overall"))
    return {
        "rollout_signals": {
            "shadow_agreement": agreement.get("overall", rate_cell(0, 0)),
            "partial_trust_acceptance": agg.trust_acceptance.overall(),
            "fallback_rate": agg.fallback_rate.overall(),
            "llm_error_rate": agg.llm_error_rate.overall(),
            "p95_latency_ms": {
                "value": round(total.quantile(0.95) * _MS_PER_S, 3) if total.count else None,
                "count": total.count,
            },
        },
        "percentile_method": PERCENTILE_METHOD,
        "inputs": {
            "files": len(files),
            "lines": agg.lines,
            "records": sum(agg.counts.values()),
            "malformed": agg.malformed,
            "filtered_out": agg.filtered_out,
            "unreadable": unreadable,
        },
        "window": {
            "since": _iso(agg.since),
            "until": _iso(agg.until),
            "first_record": _iso(agg.first_seen),
            "last_record": _iso(agg.last_seen),
        },
        "counts": dict(agg.counts),
        "latency_ms": {
            "pipeline": agg.stages.summaries(_MS_PER_S),
            "pipeline_by_mode": agg.total_by_mode.summaries(_MS_PER_S),
            "llm": agg.llm_latency.summaries(_MS_PER_S),
            "shadow_deterministic": agg.shadow_deterministic.summary(_MS_PER_S),
        },
        "llm_usage": {
            "total": agg.usage.total(),
            "by_model_and_mode": agg.usage.rows(),
        },
        "shadow": {
            "comparisons": agg.counts["shadow_router"],
            "sampled": agg.shadow_sampled.overall(),
            "agreement": agreement,
            "llm_error_types": agg.shadow_errors.counts(),
        },
        "fallback": {
            "records": agg.counts["fallback_metrics"],
            "by_mode": agg.fallback_modes.counts(),
            "llm_outcomes": agg.llm_outcomes.counts(),
            "fallback_reasons": agg.fallback_reasons.counts(),
            "llm_error_types": agg.fallback_errors.counts(),
            "deterministic_used": agg.deterministic_used.overall(),
            "fallback_rate_by_mode": agg.fallback_rate.rates(),
            "llm_error_rate_by_mode": agg.llm_error_rate.rates(),
        },
        "assist": {
            "attempts": agg.counts["assist"],
            "offered": agg.assist_offered.rates(),
            "acceptance": agg.assist_acceptance.rates(),
            "rejection_reasons": agg.assist_rejections.counts(),
            "llm_error_types": agg.assist_errors.counts(),
        },
        "partial_trust": {
            "candidates": agg.counts["partial_trust_risk"],
            "sampled": agg.trust_sampled.overall(),
            "acceptance": agg.trust_acceptance.overall(),
            "acceptance_by_corridor": agg.trust_acceptance.rates(),
            "reason_codes": agg.trust_reasons.counts(),
            "risk_flags": agg.trust_flags.counts(),
            "llm_error_types": agg.trust_errors.counts(),
        },
        "decisions": {
            "count": agg.counts["decision"],
            "outcome": agg.outcomes.counts(),
            "action": agg.actions.counts(),
            "status": agg.statuses.counts(),
            "language": agg.languages.counts(),
            "decision_version": agg.decision_versions.counts(),
            # executes asked about instead, by why (the other decisions are not counted here)
            "held_back": agg.held_back.counts(),
            "confidence": agg.confidence.summary(),
        },
    }


def render_json(report: dict[str, Any]) -> str:
    """The report as indented JSON (non-ASCII kept readable)."""
    return json.dumps(report, indent=2, ensure_ascii=False)


def _pct(cell: dict[str, Any]) -> str:
    return "-" if cell["rate"] is None else f"{cell['rate']:.1%}"


def _ms(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def _count(count: int, noun: str) -> str:
    """``1 file``, ``2 files``: a count and its noun, singular for one."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def _table(title: str, headers: Sequence[str], rows: Iterable[Sequence[object]]) -> list[str]:
    body = [[str(cell) for cell in row] for row in rows]
    if not body:
        return [title, "  (none)", ""]
    widths = [max(len(h), *(len(r[i]) for r in body)) for i, h in enumerate(headers)]

    def line(cells: Sequence[str]) -> str:
        first = cells[0].ljust(widths[0])
        rest = [cell.rjust(width) for cell, width in zip(cells[1:], widths[1:], strict=True)]
        return "  " + "  ".join([first, *rest]).rstrip()

    return [title, line(headers), *(line(row) for row in body), ""]


def _rate_rows(cells: dict[str, dict[str, Any]]) -> list[list[object]]:
    return [[key, _pct(cell), cell["hits"], cell["total"]] for key, cell in cells.items()]


def _latency_rows(prefix: str, summaries: dict[str, dict[str, Any]]) -> list[list[object]]:
    return [
        [f"{prefix}{name}", s["count"], _ms(s["p50"]), _ms(s["p95"]), _ms(s["p99"]), _ms(s["max"])]
        for name, s in summaries.items()
        if s["count"]
    ]


def _count_rows(group: str, counts: dict[str, int]) -> list[list[object]]:
    return [[group, key, count] for key, count in counts.items()]


def render_table(report: dict[str, Any]) -> str:
    """The report as plain-text tables, rollout signals first."""
    signals = report["rollout_signals"]
    p95 = signals["p95_latency_ms"]
    out = _table(
        "ROLLOUT SIGNALS",
        ("signal", "value", "of"),
        [
            [
                "shadow agreement",
                _pct(signals["shadow_agreement"]),
                _of(signals["shadow_agreement"], "compared"),
            ],
            [
                "partial-trust acceptance",
                _pct(signals["partial_trust_acceptance"]),
                _of(signals["partial_trust_acceptance"], "sampled"),
            ],
            [
                "fallback rate",
                _pct(signals["fallback_rate"]),
                _of(signals["fallback_rate"], "LLM attempts"),
            ],
            [
                "LLM error rate",
                _pct(signals["llm_error_rate"]),
                _of(signals["llm_error_rate"], "LLM attempts"),
            ],
            ["p95 latency (ms)", _ms(p95["value"]), _count(p95["count"], "decision")],
        ],
    )
    inputs, window = report["inputs"], report["window"]
    out += [
        (
            f"input: {_count(inputs['files'], 'file')}, {_count(inputs['lines'], 'line')}, "
            f"{_count(inputs['records'], 'record')}, {inputs['malformed']} malformed, "
            f"{inputs['filtered_out']} filtered out, {len(inputs['unreadable'])} unreadable"
        ),
        f"records from {window['first_record'] or '-'} to {window['last_record'] or '-'}",
        f"percentiles: {report['percentile_method']}",
        "",
    ]
    out += _table("RECORDS PER TYPE", ("log type", "records"), report["counts"].items())
    latency = report["latency_ms"]
    rows = _latency_rows("", latency["pipeline"])
    rows += _latency_rows("total, mode=", latency["pipeline_by_mode"])
    rows += _latency_rows("llm, ", latency["llm"])
    rows += _latency_rows("", {"shadow deterministic": latency["shadow_deterministic"]})
    out += _table("LATENCY (ms)", ("stage", "count", "p50", "p95", "p99", "max"), rows)
    usage = report["llm_usage"]
    out += _table(
        "LLM USAGE",
        ("model", "mode", "calls", "input tokens", "output tokens", "priced", "cost (USD)"),
        [
            [
                row["model"],
                row["mode"],
                row["calls"],
                row["input_tokens"],
                row["output_tokens"],
                row["priced_calls"],
                f"{row['estimated_cost_usd']:.6f}",
            ]
            for row in usage["by_model_and_mode"]
        ],
    )
    shadow = report["shadow"]
    out += _table(
        "SHADOW AGREEMENT", ("field", "rate", "agree", "compared"), _rate_rows(shadow["agreement"])
    )
    fallback = report["fallback"]
    out += _table(
        "FALLBACK",
        ("what", "value", "records"),
        _count_rows("llm outcome", fallback["llm_outcomes"])
        + _count_rows("fallback reason", fallback["fallback_reasons"])
        + _count_rows("llm error type", fallback["llm_error_types"]),
    )
    assist = report["assist"]
    out += _table(
        "ASSIST ACCEPTANCE",
        ("field", "rate", "accepted", "offered"),
        _rate_rows(assist["acceptance"]),
    )
    out += _table(
        "ASSIST REJECTIONS",
        ("what", "field:reason", "hints"),
        _count_rows("rejected", assist["rejection_reasons"]),
    )
    trust = report["partial_trust"]
    out += _table(
        "PARTIAL TRUST",
        ("corridor", "rate", "accepted", "sampled"),
        _rate_rows(trust["acceptance_by_corridor"]),
    )
    out += _table(
        "PARTIAL TRUST REASONS",
        ("kind", "code", "candidates"),
        _count_rows("reason code", trust["reason_codes"])
        + _count_rows("risk flag", trust["risk_flags"]),
    )
    decisions = report["decisions"]
    out += _table(
        "DECISIONS",
        ("field", "value", "decisions"),
        [row for name in DECISION_FIELDS for row in _count_rows(name, decisions[name])],
    )
    return "\n".join(out).rstrip() + "\n"


def _of(cell: dict[str, Any], noun: str) -> str:
    return f"{cell['hits']} of {cell['total']} {noun}"
