"""OtelExporter: the records of each decision out as OpenTelemetry spans and metrics.

It is a ``RecordExporter`` of ``LogHub``: the hub hands it every record (logged to a file or
not). The records of one decision arrive one by one (the modes', then ``pipeline_latency``,
then ``decision``); it holds them by ``trace_id`` until the decision record closes the
decision, then lays out its spans. The holding is bounded: past ``MAX_PENDING`` decisions the
oldest is dropped. A shadow comparison's record, which comes later, becomes a span of its own
in the same trace.

Spans and metrics leave through the SDK's batch span processor and periodic metric reader,
each on its own thread, over OTLP/HTTP.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Mapping
from typing import Any

from opentelemetry.exporter.otlp.proto.http.metric_exporter import OTLPMetricExporter
from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import PeriodicExportingMetricReader
from opentelemetry.sdk.resources import SERVICE_NAME, Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor

from policy_observability._otel_config import OtelConfig, otel_config
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
from policy_observability._types import LogType
from policy_observability.otel._ids import DecisionIds
from policy_observability.otel._spans import decision_spans, llm_attributes, shadow_span

__all__ = ["MAX_PENDING", "OtelExporter", "exporter_from_env"]

MAX_PENDING = 4096
_SCOPE = "policy_observability"


class _Pending:
    __slots__ = ("latency", "llm")

    def __init__(self) -> None:
        self.latency: PipelineLatencyRecord | None = None
        self.llm: list[LogRecord] = []


class OtelExporter:
    """Turns records into spans and metrics and sends them over OTLP/HTTP."""

    kinds = frozenset(LogType)

    def __init__(self, config: OtelConfig) -> None:
        self.config = config
        resource = Resource.create({SERVICE_NAME: config.service_name})
        self._ids = DecisionIds()
        self._tracer_provider = TracerProvider(resource=resource, id_generator=self._ids)
        if config.traces_endpoint is not None:
            exporter = OTLPSpanExporter(endpoint=config.traces_endpoint, timeout=config.timeout_s)
            self._tracer_provider.add_span_processor(BatchSpanProcessor(exporter))
        self._tracer = self._tracer_provider.get_tracer(_SCOPE)
        readers = []
        if config.metrics_endpoint is not None:
            readers.append(
                PeriodicExportingMetricReader(
                    OTLPMetricExporter(endpoint=config.metrics_endpoint, timeout=config.timeout_s),
                    export_interval_millis=config.metric_interval_ms,
                )
            )
        self._meter_provider = MeterProvider(resource=resource, metric_readers=readers)
        meter = self._meter_provider.get_meter(_SCOPE)
        self._decisions = meter.create_counter(
            "hometask.decisions", unit="{decision}", description="Decisions, by action and outcome."
        )
        self._held_back = meter.create_counter(
            "hometask.decisions.held_back",
            unit="{decision}",
            description="Executes held back and asked about instead, by hometask.held_back "
            "(evidence, confidence).",
        )
        self._decision_seconds = meter.create_histogram(
            "hometask.decision.duration", unit="s", description="Time to decide, by mode."
        )
        self._llm_seconds = meter.create_histogram(
            "gen_ai.client.operation.duration", unit="s", description="LLM call time."
        )
        self._llm_tokens = meter.create_histogram(
            "gen_ai.client.token.usage",
            unit="{token}",
            description="Tokens of the LLM calls, by gen_ai.token.type (input, output).",
        )
        self._llm_errors = meter.create_counter(
            "hometask.llm.errors", unit="{error}", description="LLM calls that failed, by type."
        )
        self._pending: OrderedDict[str, _Pending] = OrderedDict()
        self._lock = threading.Lock()

    def export(self, record: LogRecord) -> None:
        if isinstance(record, DecisionRecord):
            with self._lock:
                pending = self._pending.pop(record.trace_id, None) or _Pending()
            self._decided(record, pending)
        elif isinstance(record, ShadowRouterRecord):
            shadow_span(self._tracer, record)
            if record.llm_duration_s is not None or record.error_type is not None:
                # A reused reading's tokens were counted with the decision's call.
                self._llm_call("shadow", record, tokens=not record.reused_reading)
        elif isinstance(
            record,
            PipelineLatencyRecord | FallbackMetricsRecord | AssistRecord | PartialTrustRiskRecord,
        ):
            with self._lock:
                held = self._held(record.trace_id)
                if isinstance(record, PipelineLatencyRecord):
                    held.latency = record
                else:
                    held.llm.append(record)

    def _held(self, trace_id: str) -> _Pending:
        """The records held for ``trace_id`` (a new entry, the oldest dropped past the bound)."""
        held = self._pending.get(trace_id)
        if held is None:
            held = self._pending[trace_id] = _Pending()
            if len(self._pending) > MAX_PENDING:
                self._pending.popitem(last=False)
        return held

    def _decided(self, decision: DecisionRecord, pending: _Pending) -> None:
        latency = pending.latency
        decision_spans(self._tracer, self._ids, decision, latency, pending.llm)
        self._decisions.add(1, {"action": decision.action, "outcome": decision.outcome})
        if decision.held_back is not None:
            self._held_back.add(1, {"hometask.held_back": decision.held_back})
        if latency is not None:
            mode = latency.mode.value
            self._decision_seconds.record(latency.total_s, {"hometask.mode": mode})
        for record in pending.llm:
            if isinstance(record, FallbackMetricsRecord) and (
                record.llm_duration_s is not None or record.error_type is not None
            ):
                # The shadow's own call is counted from its shadow_router record.
                self._llm_call(record.mode.value, record, tokens=record.mode.value != "shadow")

    def _llm_call(self, mode: str, call: LlmCallRecord, *, tokens: bool) -> None:
        attributes: dict[str, Any] = llm_attributes(mode, call)
        if call.llm_duration_s is not None:
            self._llm_seconds.record(call.llm_duration_s, attributes)
        if call.error_type is not None:
            self._llm_errors.add(1, attributes)
        if not tokens:
            return
        for token_type, count in (("input", call.input_tokens), ("output", call.output_tokens)):
            if count is not None:
                self._llm_tokens.record(count, attributes | {"gen_ai.token.type": token_type})

    def flush(self, timeout_ms: int = 5_000) -> bool:
        """Send what is waiting now (tests, and before a planned stop)."""
        spans = self._tracer_provider.force_flush(timeout_ms)
        metrics = self._meter_provider.force_flush(timeout_ms)
        return spans and metrics

    def close(self) -> None:
        """Send what is waiting and stop the export threads."""
        self._tracer_provider.shutdown()
        self._meter_provider.shutdown(timeout_millis=self.config.timeout_s * 1000)


def exporter_from_env(environ: Mapping[str, str] | None = None) -> OtelExporter | None:
    """The exporter the ``OTEL_*`` variables ask for (``os.environ`` by default), or None."""
    config = otel_config(os.environ if environ is None else environ)
    return OtelExporter(config) if config is not None else None
