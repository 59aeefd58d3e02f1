"""OpenTelemetry export (the otel extra) against an OTLP/HTTP receiver on 127.0.0.1.

The receiver is a plain HTTP server that decodes what arrives with the official
``opentelemetry-proto`` messages, so the tests see exactly what a collector would: span
names, ids and parent links, attributes, and metric data points. The records are those of
one hybrid decision (partial trust refused the model's reading, assist filled a field) and of
its shadow comparison, which finishes later.
"""

from __future__ import annotations

import gzip
import logging
import threading
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from opentelemetry.proto.collector.metrics.v1.metrics_service_pb2 import (
    ExportMetricsServiceRequest,
)
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest
from opentelemetry.proto.common.v1.common_pb2 import AnyValue

from policy_observability import (
    AssistHint,
    AssistRecord,
    DecisionRecord,
    FallbackMetricsRecord,
    LlmCallFields,
    LlmOutcome,
    LogHub,
    LogRecord,
    LogType,
    Mode,
    ObservabilitySettings,
    PartialTrustRiskRecord,
    PipelineLatencyRecord,
    ShadowAgreement,
    ShadowRouterRecord,
    hub_from_env,
)
from policy_observability.otel import OtelExporter, exporter_from_env, otel_config

SECRET_TEXT = "купи молоко для Маши"  # noqa: S105 - user text, not a password


class Receiver:
    """An OTLP/HTTP collector stand-in that keeps what it decodes."""

    def __init__(self) -> None:
        self.spans: list[Any] = []
        self.metrics: list[Any] = []
        self.raw: list[bytes] = []
        self._lock = threading.Lock()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                if self.headers.get("Content-Encoding") == "gzip":
                    body = gzip.decompress(body)
                receiver.take(self.path, body)
                self.send_response(200)
                self.send_header("Content-Type", "application/x-protobuf")
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def take(self, path: str, body: bytes) -> None:
        with self._lock:
            self.raw.append(body)
            if path == "/v1/traces":
                request = ExportTraceServiceRequest.FromString(body)
                for resource in request.resource_spans:
                    for scope in resource.scope_spans:
                        self.spans.extend(scope.spans)
            elif path == "/v1/metrics":
                request = ExportMetricsServiceRequest.FromString(body)
                for resource in request.resource_metrics:
                    for scope in resource.scope_metrics:
                        self.metrics.extend(scope.metrics)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def value(any_value: AnyValue) -> Any:
    kind = any_value.WhichOneof("value")
    if kind == "array_value":
        return [value(v) for v in any_value.array_value.values]
    return getattr(any_value, kind) if kind else None


def attributes(item: Any) -> dict[str, Any]:
    return {a.key: value(a.value) for a in item.attributes}


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    running = Receiver()
    yield running
    running.close()


def environ_for(url: str) -> dict[str, str]:
    return {"OTEL_EXPORTER_OTLP_ENDPOINT": url, "OTEL_SERVICE_NAME": "policy-test"}


CALL: LlmCallFields = {
    "provider": "openai",
    "request_model": "gpt-4o-mini",
    "response_model": "gpt-4o-mini-2024-07-18",
    "input_tokens": 1200,
    "output_tokens": 80,
    "estimated_cost_usd": 0.000228,
}


def hybrid_decision(trace_id: str) -> list[LogRecord]:
    """The records a hybrid decision writes, in the order HybridPolicy writes them."""
    ended = datetime(2026, 12, 4, 12, 0, 0, tzinfo=UTC)
    keys = {"command_id": "cmd-otel", "trace_id": trace_id, "timestamp": ended}
    return [
        PartialTrustRiskRecord(
            **keys, corridor="add_shopping_item", sampled=True, accepted=False,
            reason_codes=("low_confidence",), confidence=0.5, llm_duration_s=0.12, **CALL,
            user_text=SECRET_TEXT,
        ),
        AssistRecord(
            **keys, hints=(AssistHint(field="items", offered=True, accepted=True),),
            llm_duration_s=0.12, **CALL, user_text=SECRET_TEXT,
        ),
        FallbackMetricsRecord(
            **keys, mode=Mode.ASSIST, llm_outcome=LlmOutcome.OK, deterministic_used=False,
            llm_duration_s=0.12, **CALL,
        ),
        PipelineLatencyRecord(
            **keys, total_s=0.125,
            stages_s={
                "validate": 0.0005, "extract": 0.002, "build": 0.0005, "llm": 0.121, "shadow": 0.001
            },
            mode=Mode.ASSIST, llm_enabled=True, decision_version="deterministic/0.1.0+assist:llm",
        ),
        DecisionRecord(
            **keys, decision_id="d-1", status="ok", outcome="execute", action="start_job",
            confidence=0.9, contract_version="2.1.0",
            decision_version="deterministic/0.1.0+assist:llm", language="ru",
            user_text=SECRET_TEXT,
        ),
    ]  # fmt: skip


def shadow_of(trace_id: str) -> ShadowRouterRecord:
    return ShadowRouterRecord(
        command_id="cmd-otel",
        trace_id=trace_id,
        timestamp=datetime(2026, 12, 4, 12, 0, 2, tzinfo=UTC),
        sampled=True,
        agreement=ShadowAgreement(intent=True, outcome=False),
        overall_agreement=False,
        deterministic_s=0.003,
        llm_duration_s=0.8,
        error_type=None,
        provider="openai",
        request_model="gpt-4o-mini",
        input_tokens=1000,
        output_tokens=50,
        estimated_cost_usd=0.00018,
        user_text=SECRET_TEXT,
    )


def wait_for(condition: Any, exporter: OtelExporter) -> None:
    for _ in range(50):
        exporter.flush(2_000)
        if condition():
            return
    raise AssertionError("nothing arrived")


def test_a_hybrid_decision_arrives_as_one_trace(receiver: Receiver) -> None:
    trace_id = str(uuid.uuid4())
    hub = hub_from_env(environ_for(receiver.url))  # every JSONL log off: export only
    (exporter,) = [e for e in hub._exporters if isinstance(e, OtelExporter)]
    for record in [*hybrid_decision(trace_id), shadow_of(trace_id)]:
        assert hub.enabled(record.log_type)
        hub.emit(record)
    wait_for(lambda: len(receiver.spans) >= 8, exporter)
    hub.close()

    spans = {span.name: span for span in receiver.spans}
    assert sorted(spans) == sorted(
        ["hometask.decide", "chat gpt-4o-mini"]
        + [f"hometask.stage {s}" for s in ("validate", "extract", "build", "llm", "shadow")]
    )  # the two chat spans share a name: the decision's call and the shadow's
    chats = [span for span in receiver.spans if span.name == "chat gpt-4o-mini"]
    assert len(chats) == 2
    root = spans["hometask.decide"]
    assert int.from_bytes(root.trace_id, "big") == uuid.UUID(trace_id).int
    assert root.parent_span_id == b""
    assert root.end_time_unix_nano - root.start_time_unix_nano == 125_000_000
    assert attributes(root) | {} == {
        "hometask.command_id": "cmd-otel",
        "hometask.trace_id": trace_id,
        "hometask.decision.action": "start_job",
        "hometask.decision.outcome": "execute",
        "hometask.decision.status": "ok",
        "hometask.decision.confidence": 0.9,
        "hometask.decision_version": "deterministic/0.1.0+assist:llm",
        "hometask.language": "ru",
        "hometask.mode": "assist",
        "hometask.llm_enabled": True,
    }
    for span in receiver.spans:
        assert span.trace_id == root.trace_id
        if span is not root:
            assert span.parent_span_id == root.span_id  # stages, the call, the late shadow
    stages = sorted(
        (s for s in receiver.spans if s.name.startswith("hometask.stage")),
        key=lambda s: s.start_time_unix_nano,
    )
    assert [s.name.split()[-1] for s in stages] == ["validate", "extract", "build", "llm", "shadow"]
    assert stages[0].start_time_unix_nano == root.start_time_unix_nano
    call, shadow = sorted(chats, key=lambda s: s.start_time_unix_nano)
    assert attributes(call) == {
        "gen_ai.operation.name": "chat",
        "gen_ai.provider.name": "openai",
        "gen_ai.request.model": "gpt-4o-mini",
        "gen_ai.response.model": "gpt-4o-mini-2024-07-18",
        "gen_ai.usage.input_tokens": 1200,
        "gen_ai.usage.output_tokens": 80,
        "hometask.llm.estimated_cost_usd": 0.000228,
        "hometask.mode": "assist",
        "hometask.llm_outcome": "ok",
        "hometask.deterministic_used": False,
        "hometask.partial_trust.accepted": False,
        "hometask.partial_trust.reasons": ["low_confidence"],
        "hometask.assist.hints_accepted": 1,
    }
    llm_stage = stages[3]
    assert call.end_time_unix_nano == llm_stage.end_time_unix_nano
    assert call.end_time_unix_nano - call.start_time_unix_nano == 120_000_000
    assert attributes(shadow)["hometask.mode"] == "shadow"
    assert attributes(shadow)["hometask.shadow.agreement"] is False
    assert attributes(shadow)["hometask.shadow.reused_reading"] is False
    assert attributes(shadow)["gen_ai.usage.input_tokens"] == 1000
    assert not any(SECRET_TEXT.encode() in body for body in receiver.raw)


def test_metrics_count_decisions_and_time_the_calls(receiver: Receiver) -> None:
    exporter = exporter_from_env(environ_for(receiver.url))
    assert exporter is not None
    for _ in range(3):
        for record in hybrid_decision(str(uuid.uuid4())):
            exporter.export(record)
    # A decision whose call timed out, with a trace_id that is no UUID, and no latency record.
    *_, decision = hybrid_decision("not-a-uuid")
    timed_out = FallbackMetricsRecord(
        command_id="c", trace_id="not-a-uuid", mode=Mode.SHADOW, llm_outcome=LlmOutcome.TIMEOUT,
        error_type="timeout", deterministic_used=True, llm_duration_s=5.0,
    )  # fmt: skip
    exporter.export(timed_out)
    exporter.export(decision)
    wanted = {"hometask.decisions", "hometask.llm.errors"}
    wait_for(lambda: {m.name for m in receiver.metrics} >= wanted, exporter)
    exporter.close()
    by_name = {m.name: m for m in receiver.metrics}  # cumulative: the last export has it all
    decisions = by_name["hometask.decisions"].sum.data_points
    assert [(attributes(p), p.as_int) for p in decisions] == [
        ({"action": "start_job", "outcome": "execute"}, 4)
    ]
    durations = by_name["hometask.decision.duration"].histogram.data_points
    assert sum(p.count for p in durations) == 3  # the fourth came without its latency record
    calls = by_name["gen_ai.client.operation.duration"].histogram
    counted = {attributes(p)["hometask.mode"]: p.count for p in calls.data_points}
    assert counted == {"assist": 3, "shadow": 1}
    assert by_name["gen_ai.client.operation.duration"].unit == "s"
    (error,) = by_name["hometask.llm.errors"].sum.data_points
    assert attributes(error)["error.type"] == "timeout"
    tokens = by_name["gen_ai.client.token.usage"]
    assert tokens.unit == "{token}"
    summed = {
        attributes(p)["gen_ai.token.type"]: (p.count, p.sum) for p in tokens.histogram.data_points
    }
    assert summed == {"input": (3, 3600), "output": (3, 240)}  # the three assist calls
    (point, *_) = tokens.histogram.data_points
    assert attributes(point)["gen_ai.request.model"] == "gpt-4o-mini"
    assert attributes(point)["gen_ai.provider.name"] == "openai"


def test_a_collector_that_is_down_costs_spans_not_decisions(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.CRITICAL)  # the SDK logs its failed exports; that is its business
    environ = environ_for("http://127.0.0.1:9")  # nothing listens on port 9
    hub = hub_from_env({**environ, "OTEL_EXPORTER_OTLP_TIMEOUT": "300"})
    for _ in range(200):
        for record in hybrid_decision(str(uuid.uuid4())):
            hub.emit(record)  # never raises, never waits on the network
    assert hub.export_failures == 0
    started = time.monotonic()
    hub.close()  # the last export gives up within its timeout, retries included
    assert time.monotonic() - started < 10


def test_export_is_off_unless_the_otel_variables_ask() -> None:
    assert exporter_from_env({}) is None
    assert exporter_from_env({"OTEL_SERVICE_NAME": "x"}) is None
    disabled = {"OTEL_EXPORTER_OTLP_ENDPOINT": "http://127.0.0.1:4318", "OTEL_SDK_DISABLED": "true"}
    assert exporter_from_env(disabled) is None
    hub = hub_from_env({})
    assert not hub.enabled(LogType.DECISION)  # no log, no exporter: nothing is even built
    hub.close()


def test_a_signal_endpoint_is_used_as_given() -> None:
    exporter = exporter_from_env(
        {
            "OTEL_EXPORTER_OTLP_ENDPOINT": "http://collector:4318/",
            "OTEL_EXPORTER_OTLP_METRICS_ENDPOINT": "http://metrics:9000/otlp",
        }
    )
    assert exporter is not None
    assert exporter.config.traces_endpoint == "http://collector:4318/v1/traces"
    assert exporter.config.metrics_endpoint == "http://metrics:9000/otlp"
    assert (exporter.config.timeout_s, exporter.config.metric_interval_ms) == (10.0, 60_000)
    exporter.close()


@pytest.mark.parametrize("raw", ["", "soon", "-5", "0", "1.5"])
def test_an_unusable_interval_or_timeout_is_the_default(raw: str) -> None:
    config = otel_config(
        {
            "OTEL_EXPORTER_OTLP_ENDPOINT": "http://127.0.0.1:4318",
            "OTEL_EXPORTER_OTLP_TIMEOUT": raw,
            "OTEL_METRIC_EXPORT_INTERVAL": raw,
        }
    )
    assert config is not None
    assert (config.timeout_s, config.metric_interval_ms) == (10.0, 60_000)


class Broken:
    kinds = frozenset({LogType.DECISION})

    def export(self, record: LogRecord) -> None:
        raise RuntimeError("boom")

    def close(self) -> None:
        raise RuntimeError("boom at close")


def test_a_failing_exporter_is_counted_and_warned_about_once(
    caplog: pytest.LogCaptureFixture,
) -> None:
    hub = LogHub(ObservabilitySettings(), exporters=[Broken()])
    decision = hybrid_decision(str(uuid.uuid4()))[-1]
    for _ in range(3):
        hub.emit(decision)
    assert hub.export_failures == 3
    warnings = [r for r in caplog.records if "Broken failed" in r.getMessage()]
    assert len(warnings) == 1
    hub.close()  # a failing close is swallowed too
    hub.emit(decision)
    assert hub.export_failures == 3  # closed: nothing is handed over any more


def test_held_records_are_bounded() -> None:
    exporter = OtelExporter(
        exporter_from_env({"OTEL_EXPORTER_OTLP_ENDPOINT": "http://127.0.0.1:9"}).config
    )  # type: ignore[union-attr]
    start = datetime(2026, 1, 1, tzinfo=UTC)
    for n in range(5_000):
        exporter.export(
            PipelineLatencyRecord(
                command_id="c", trace_id=f"t-{n}", timestamp=start + timedelta(seconds=n),
                total_s=0.001, stages_s={}, mode=Mode.DETERMINISTIC, llm_enabled=False,
                decision_version="v",
            )
        )  # fmt: skip
    assert len(exporter._pending) == 4096
    assert "t-0" not in exporter._pending
    assert "t-4999" in exporter._pending
    exporter.close()


def test_decisions_held_back_are_counted_by_reason(receiver: Receiver) -> None:
    exporter = exporter_from_env(environ_for(receiver.url))
    assert exporter is not None
    reasons = ("evidence", "evidence", "confidence", None)
    for n, why in enumerate(reasons):
        exporter.export(
            DecisionRecord(
                command_id=f"c{n}", trace_id=str(uuid.uuid4()), decision_id=f"d{n}",
                status="clarify", outcome="clarify", action="clarify", confidence=0.3,
                contract_version="2.1.0", decision_version="deterministic/0.1.0",
                language="ru", held_back=why,
            )
        )  # fmt: skip
    wanted = {"hometask.decisions", "hometask.decisions.held_back"}
    wait_for(lambda: {m.name for m in receiver.metrics} >= wanted, exporter)
    exporter.close()
    by_name = {m.name: m for m in receiver.metrics}
    held = by_name["hometask.decisions.held_back"].sum.data_points
    counted = {attributes(p)["hometask.held_back"]: p.as_int for p in held}
    assert counted == {"evidence": 2, "confidence": 1}
    (decisions,) = by_name["hometask.decisions"].sum.data_points
    assert decisions.as_int == 4  # every decision, held back or not
    roots = [s for s in receiver.spans if s.name == "hometask.decide"]
    whys = sorted(attributes(s).get("hometask.held_back", "-") for s in roots)
    assert whys == ["-", "confidence", "evidence", "evidence"]
