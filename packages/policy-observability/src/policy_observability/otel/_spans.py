"""A decision's records as spans: the decision, its stages, its LLM call, a shadow comparison.

Times come from the records: a record's ``timestamp`` is when its decision ended, the latency
record says how long it took and how long each stage did, in order. So the spans are laid out
after the fact, with explicit start and end times, and no span is open across calls.

Names and attributes follow the OpenTelemetry GenAI semantic conventions where one exists
(``gen_ai.operation.name``, ``gen_ai.provider.name``, ``gen_ai.request.model``,
``gen_ai.response.model``, ``gen_ai.usage.*_tokens``, ``error.type``), the same names the
records use; the rest are ``hometask.*``. A chat span is named ``chat {model}`` when the model
is known. User text and every other sensitive field stay out of the spans.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from opentelemetry import trace
from opentelemetry.context import Context
from opentelemetry.trace import SpanKind, Status, StatusCode, Tracer

from policy_observability._records import (
    AssistRecord,
    DecisionRecord,
    FallbackMetricsRecord,
    LlmCallRecord,
    LogRecord,
    PartialTrustRiskRecord,
    PipelineLatencyRecord,
    ShadowRouterRecord,
)
from policy_observability.otel._ids import DecisionIds, otel_ids

__all__ = [
    "DECISION_SPAN",
    "LLM_SPAN",
    "STAGE_SPAN",
    "decision_spans",
    "llm_attributes",
    "shadow_span",
    "usage_attributes",
]

DECISION_SPAN = "hometask.decide"
STAGE_SPAN = "hometask.stage"
LLM_SPAN = "chat"  # the GenAI operation; "chat {model}" when the record names the model
_NS_PER_S = 1_000_000_000


def _ns(record: LogRecord) -> int:
    return int(record.timestamp.timestamp() * _NS_PER_S)


def llm_attributes(mode: str, call: LlmCallRecord) -> dict[str, Any]:
    """The GenAI attributes of the call ``call`` describes, under ``mode``: those it knows."""
    known = {
        "gen_ai.provider.name": call.provider,
        "gen_ai.request.model": call.request_model,
        "gen_ai.response.model": call.response_model,
        "error.type": call.error_type,
    }
    attributes: dict[str, Any] = {"gen_ai.operation.name": "chat", "hometask.mode": mode}
    return attributes | {name: value for name, value in known.items() if value is not None}


def usage_attributes(call: LlmCallRecord) -> dict[str, Any]:
    """The call's token counts and estimated cost, those it knows (span attributes only:
    metrics take tokens as values)."""
    known = {
        "gen_ai.usage.input_tokens": call.input_tokens,
        "gen_ai.usage.output_tokens": call.output_tokens,
        "hometask.llm.estimated_cost_usd": call.estimated_cost_usd,
    }
    return {name: value for name, value in known.items() if value is not None}


def decision_spans(
    tracer: Tracer,
    ids: DecisionIds,
    decision: DecisionRecord,
    latency: PipelineLatencyRecord | None,
    llm_records: Iterable[LogRecord],
) -> None:
    """The decision's span, a child per stage, and one for its LLM call if it made one."""
    end = _ns(latency or decision)
    start = end - int((latency.total_s if latency else 0.0) * _NS_PER_S)
    attributes: dict[str, Any] = {
        "hometask.command_id": decision.command_id,
        "hometask.trace_id": decision.trace_id,
        "hometask.decision.action": decision.action,
        "hometask.decision.outcome": decision.outcome,
        "hometask.decision.status": decision.status,
        "hometask.decision.confidence": decision.confidence,
        "hometask.decision_version": decision.decision_version,
        "hometask.language": decision.language,
    }
    if decision.reject_code is not None:
        attributes["hometask.reject_code"] = decision.reject_code
    if decision.held_back is not None:
        attributes["hometask.held_back"] = decision.held_back
    if latency is not None:
        attributes["hometask.mode"] = latency.mode.value
        attributes["hometask.llm_enabled"] = latency.llm_enabled
    ids.next_root(*otel_ids(decision.trace_id))
    root = tracer.start_span(
        DECISION_SPAN, start_time=start, attributes=attributes, kind=SpanKind.INTERNAL
    )
    inside = trace.set_span_in_context(root)
    llm_end = end
    at = start
    for stage, seconds in (latency.stages_s if latency else {}).items():
        span = tracer.start_span(
            f"{STAGE_SPAN} {stage}",
            context=inside,
            start_time=at,
            attributes={"hometask.stage": stage},
        )
        at += int(seconds * _NS_PER_S)
        span.end(end_time=at)
        if stage == "llm":
            llm_end = at
    _llm_call(tracer, inside, llm_records, llm_end)
    root.end(end_time=end)


def _llm_call(tracer: Tracer, inside: Context, records: Iterable[LogRecord], end: int) -> None:
    """The call the modes of one decision shared: its fallback record has its time."""
    attributes: dict[str, Any] = {}
    fallback: FallbackMetricsRecord | None = None
    for record in records:
        if isinstance(record, FallbackMetricsRecord):
            fallback = record
        elif isinstance(record, PartialTrustRiskRecord):
            attributes["hometask.partial_trust.accepted"] = record.accepted
            if record.reason_codes:
                attributes["hometask.partial_trust.reasons"] = list(record.reason_codes)
        elif isinstance(record, AssistRecord):
            attributes["hometask.assist.hints_accepted"] = sum(h.accepted for h in record.hints)
    if fallback is None or fallback.llm_duration_s is None:
        return
    attributes |= llm_attributes(fallback.mode.value, fallback) | usage_attributes(fallback)
    attributes["hometask.llm_outcome"] = fallback.llm_outcome.value
    attributes["hometask.deterministic_used"] = fallback.deterministic_used
    _chat_span(tracer, inside, end, fallback, attributes=attributes)


def shadow_span(tracer: Tracer, record: ShadowRouterRecord) -> None:
    """The shadow comparison's LLM call, in its decision's trace (it ends after it)."""
    trace_id, root_id = otel_ids(record.trace_id)
    parent = trace.NonRecordingSpan(
        trace.SpanContext(trace_id, root_id, is_remote=False, trace_flags=trace.TraceFlags(1))
    )
    end = _ns(record)
    attributes = llm_attributes("shadow", record) | usage_attributes(record)
    attributes["hometask.shadow.reused_reading"] = record.reused_reading
    if record.overall_agreement is not None:
        attributes["hometask.shadow.agreement"] = record.overall_agreement
    inside = trace.set_span_in_context(parent)
    _chat_span(tracer, inside, end, record, attributes=attributes)


def _chat_span(
    tracer: Tracer,
    inside: Context,
    end: int,
    call: LlmCallRecord,
    *,
    attributes: dict[str, Any],
) -> None:
    """One LLM call's client span, ending at ``end`` after the call's duration, named
    ``chat {model}`` when the model is known; a failed call's span is an error."""
    name = LLM_SPAN if call.request_model is None else f"{LLM_SPAN} {call.request_model}"
    span = tracer.start_span(
        name,
        context=inside,
        start_time=end - int((call.llm_duration_s or 0.0) * _NS_PER_S),
        attributes=attributes,
        kind=SpanKind.CLIENT,
    )
    if call.error_type is not None:
        span.set_status(Status(StatusCode.ERROR, call.error_type))
    span.end(end_time=end)
