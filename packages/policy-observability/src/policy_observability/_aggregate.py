"""Aggregation: stream log lines into bounded summaries for the report.

Memory does not grow with the number of records: every table keeps at most ``max_keys``
distinct keys (the rest are counted under ``(other)``) and latencies go into
``QuantileSketch``. A line that is not JSON, not an object, of an unknown ``log_type`` or
missing (or mistyping) a field the summary reads is counted as malformed and skipped.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

from pydantic import ValidationError

from policy_observability._lines import (
    AssistLine,
    DecisionLine,
    FallbackLine,
    PartialTrustLine,
    PipelineLine,
    ShadowLine,
    describe_error,
    parse_line,
)
from policy_observability._reading import discover_files, iter_lines
from policy_observability._report import AGREEMENT_FIELDS, build_report
from policy_observability._rollup import RateTable, SketchTable, Tally
from policy_observability._sketch import QuantileSketch
from policy_observability._types import LlmOutcome, LogType, parse_log_type

__all__ = ["Aggregator", "aggregate_paths"]

_NOT_ATTEMPTED = frozenset({LlmOutcome.SKIPPED.value, LlmOutcome.DISABLED.value})
_LLM_ERRORS = frozenset({LlmOutcome.TIMEOUT.value, LlmOutcome.ERROR.value})


class Aggregator:
    """Accumulates log lines; ``build_report`` turns it into the summary."""

    def __init__(
        self,
        *,
        since: datetime | None = None,
        until: datetime | None = None,
        types: Iterable[LogType | str] | None = None,
        max_keys: int = 1000,
    ) -> None:
        self.since = since
        self.until = until
        self.types = frozenset(parse_log_type(t).value for t in types) if types else None
        self.lines = 0
        self.malformed = 0
        self.filtered_out = 0
        self.first_seen: datetime | None = None
        self.last_seen: datetime | None = None
        self.counts = {kind.value: 0 for kind in LogType}
        # pipeline_latency
        self.stages = SketchTable(max_keys)  # "total" first, then each stage
        self.total_by_mode = SketchTable(max_keys)
        self.llm_latency = SketchTable(max_keys)  # by log type
        # fallback_metrics
        self.llm_outcomes = Tally(max_keys)
        self.fallback_modes = Tally(max_keys)
        self.fallback_reasons = Tally(max_keys)
        self.fallback_errors = Tally(max_keys)
        self.deterministic_used = RateTable(max_keys)  # by mode
        self.fallback_rate = RateTable(max_keys)  # by mode, over LLM attempts
        self.llm_error_rate = RateTable(max_keys)  # by mode, over LLM attempts
        # shadow_router
        self.shadow_sampled = RateTable(max_keys)
        self.shadow_agreement = RateTable(max_keys)  # by field, and "overall"
        self.shadow_errors = Tally(max_keys)
        self.shadow_deterministic = QuantileSketch()
        # assist
        self.assist_offered = RateTable(max_keys)  # by field
        self.assist_acceptance = RateTable(max_keys)  # by field, over offered hints
        self.assist_rejections = Tally(max_keys)  # "field:reason"
        self.assist_errors = Tally(max_keys)
        # partial_trust_risk
        self.trust_sampled = RateTable(max_keys)  # by corridor
        self.trust_acceptance = RateTable(max_keys)  # by corridor, over sampled candidates
        self.trust_reasons = Tally(max_keys)
        self.trust_flags = Tally(max_keys)
        self.trust_errors = Tally(max_keys)
        # decision
        self.outcomes = Tally(max_keys)
        self.actions = Tally(max_keys)
        self.statuses = Tally(max_keys)
        self.languages = Tally(max_keys)
        self.decision_versions = Tally(max_keys)
        self.confidence = QuantileSketch()
        self._handlers: dict[str, Callable[[Any], None]] = {
            LogType.PIPELINE_LATENCY.value: self._pipeline,
            LogType.FALLBACK_METRICS.value: self._fallback,
            LogType.SHADOW_ROUTER.value: self._shadow,
            LogType.ASSIST.value: self._assist,
            LogType.PARTIAL_TRUST_RISK.value: self._partial_trust,
            LogType.DECISION.value: self._decision,
        }

    def add_line(self, raw: bytes) -> str | None:
        """Take one line; return why it is malformed, or None (also for blank lines)."""
        problems: list[str] = []
        self.feed([(0, raw)], lambda _number, reason: problems.append(reason))
        return problems[0] if problems else None

    def feed(
        self,
        lines: Iterable[tuple[int, bytes]],
        on_malformed: Callable[[int, str], None] | None = None,
    ) -> None:
        """Take ``(line_number, line)`` pairs; ``on_malformed(number, reason)`` hears of skips.

        The loop keeps everything it touches per line in locals: at a million lines the
        attribute look-ups it saves are a good part of the time.
        """
        handlers, counts, types = self._handlers, self.counts, self.types
        since, until = self.since, self.until
        filtering = types is not None or since is not None or until is not None
        first, last = self.first_seen, self.last_seen
        seen = malformed = filtered = 0
        try:
            for number, raw in lines:
                seen += 1
                try:
                    record = parse_line(raw)
                except ValidationError as exc:
                    if raw.strip():
                        malformed += 1
                        if on_malformed is not None:
                            on_malformed(number, describe_error(exc))
                    continue
                kind: str = record["log_type"]
                when: datetime = record["timestamp"]
                if filtering and (
                    (types is not None and kind not in types)
                    or (since is not None and when < since)
                    or (until is not None and when >= until)
                ):
                    filtered += 1
                    continue
                handlers[kind](record)
                counts[kind] += 1
                if first is None or when < first:
                    first = when
                if last is None or when > last:
                    last = when
        finally:
            self.lines += seen
            self.malformed += malformed
            self.filtered_out += filtered
            self.first_seen, self.last_seen = first, last

    def _pipeline(self, line: PipelineLine) -> None:
        total = line["total_ms"]
        self.stages.add("total", total)
        self.stages.add_items(line["stages"].items())
        self.total_by_mode.add(line["mode"], total)

    def _fallback(self, line: FallbackLine) -> None:
        mode, outcome, reason = line["mode"], line["llm_outcome"], line["fallback_reason"]
        self.llm_outcomes.add(outcome)
        self.fallback_modes.add(mode)
        if reason is not None:
            self.fallback_reasons.add(reason)
        if line["llm_error_type"] is not None:
            self.fallback_errors.add(line["llm_error_type"])
        self.deterministic_used.add(mode, line["deterministic_used"])
        if outcome not in _NOT_ATTEMPTED:
            self.fallback_rate.add(mode, reason is not None)
            self.llm_error_rate.add(mode, outcome in _LLM_ERRORS)
        if line["llm_latency_ms"] is not None:
            self.llm_latency.add(LogType.FALLBACK_METRICS.value, line["llm_latency_ms"])

    def _shadow(self, line: ShadowLine) -> None:
        self.shadow_sampled.add("all", line["sampled"])
        agreement, add = line["agreement"], self.shadow_agreement.add
        for name in AGREEMENT_FIELDS:
            agreed = agreement.get(name)
            if agreed is not None:
                add(name, agreed)
        if line["overall_agreement"] is not None:
            add("overall", line["overall_agreement"])
        if line["llm_error_type"] is not None:
            self.shadow_errors.add(line["llm_error_type"])
        self.shadow_deterministic.add(line["deterministic_latency_ms"])
        if line["llm_latency_ms"] is not None:
            self.llm_latency.add(LogType.SHADOW_ROUTER.value, line["llm_latency_ms"])

    def _assist(self, line: AssistLine) -> None:
        for hint in line["hints"]:
            field = hint["field"]
            self.assist_offered.add(field, hint["offered"])
            if hint["offered"]:
                self.assist_acceptance.add(field, hint["accepted"])
                if not hint["accepted"] and hint["reason"] is not None:
                    self.assist_rejections.add(f"{field}:{hint['reason']}")
        if line["llm_error_type"] is not None:
            self.assist_errors.add(line["llm_error_type"])
        if line["latency_ms"] is not None:
            self.llm_latency.add(LogType.ASSIST.value, line["latency_ms"])

    def _partial_trust(self, line: PartialTrustLine) -> None:
        corridor, sampled = line["corridor"], line["sampled"]
        self.trust_sampled.add(corridor, sampled)
        if sampled:
            self.trust_acceptance.add(corridor, line["accepted"])
        for reason in line["reason_codes"]:
            self.trust_reasons.add(reason)
        for flag in line["risk_flags"]:
            self.trust_flags.add(flag)
        if line["llm_error_type"] is not None:
            self.trust_errors.add(line["llm_error_type"])
        if line["latency_ms"] is not None:
            self.llm_latency.add(LogType.PARTIAL_TRUST_RISK.value, line["latency_ms"])

    def _decision(self, line: DecisionLine) -> None:
        self.outcomes.add(line["outcome"])
        self.actions.add(line["action"])
        self.statuses.add(line["status"])
        self.languages.add(line["language"])
        self.decision_versions.add(line["decision_version"])
        self.confidence.add(line["confidence"])


def aggregate_paths(
    paths: Iterable[str | os.PathLike[str]],
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    types: Iterable[LogType | str] | None = None,
    on_malformed: Callable[[str, int, str], None] | None = None,
    on_unreadable: Callable[[str, int, str], None] | None = None,
) -> dict[str, Any]:
    """Summarise the log files under ``paths`` (files or directories, plain or gzipped).

    ``on_malformed(path, line_number, reason)`` hears about every skipped line and
    ``on_unreadable(path, line_number, reason)`` about files that could not be read to the
    end. Returns the report that ``policy-obs aggregate --format json`` prints. Raises
    ``AggregationInputError`` when a path does not exist.
    """
    aggregator = Aggregator(since=since, until=until, types=types)
    files = discover_files(paths)
    unreadable: list[dict[str, Any]] = []

    def unreadable_file(path: str, line: int, reason: str) -> None:
        unreadable.append({"path": path, "line": line, "reason": reason})
        if on_unreadable is not None:
            on_unreadable(path, line, reason)

    for path in files:
        report_line = None
        if on_malformed is not None:
            report_line = functools.partial(on_malformed, path)
        aggregator.feed(iter_lines(path, unreadable_file), report_line)
    return build_report(aggregator, files=files, unreadable=unreadable)
