"""JSONL observability records, writers and aggregation for the HomeTask Policy Platform.

Build the hub from the environment once, hold it and emit records::

    from policy_observability import LogType, PipelineLatencyRecord, hub_from_env

    hub = hub_from_env()  # the logs, and OpenTelemetry export when OTEL_* asks for it
    if hub.enabled(LogType.PIPELINE_LATENCY):
        hub.emit(PipelineLatencyRecord(command_id=..., trace_id=..., total_s=..., ...))

``policy-obs aggregate PATH...`` summarises the logs for operators.
"""

from importlib.metadata import version as _version

from policy_observability._aggregate import aggregate_paths
from policy_observability._examples import example_record
from policy_observability._hub import LogHub, RecordExporter, Sink
from policy_observability._hub_env import hub_from_env
from policy_observability._records import (
    AssistHint,
    AssistRecord,
    DecisionRecord,
    FallbackMetricsRecord,
    LlmCallFields,
    LlmCallRecord,
    LogRecord,
    PartialTrustRiskRecord,
    PipelineLatencyRecord,
    ShadowAgreement,
    ShadowRouterRecord,
)
from policy_observability._redact import is_secret_name
from policy_observability._schemas import record_model, record_schema, validate_record
from policy_observability._settings import ENV_VARIABLES, ObservabilitySettings, settings_from_env
from policy_observability._sketch import QuantileSketch
from policy_observability._types import RECORD_SCHEMA_VERSION, LlmOutcome, LogType, Mode
from policy_observability._writer import JsonlWriter
from policy_observability.exceptions import (
    AggregationInputError,
    ObservabilityError,
    RecordValidationError,
    SettingsError,
    UnknownLogTypeError,
)

__version__ = _version("policy-observability")

__all__ = [
    "ENV_VARIABLES",
    "RECORD_SCHEMA_VERSION",
    "AggregationInputError",
    "AssistHint",
    "AssistRecord",
    "DecisionRecord",
    "FallbackMetricsRecord",
    "JsonlWriter",
    "LlmCallFields",
    "LlmCallRecord",
    "LlmOutcome",
    "LogHub",
    "LogRecord",
    "LogType",
    "Mode",
    "ObservabilityError",
    "ObservabilitySettings",
    "PartialTrustRiskRecord",
    "PipelineLatencyRecord",
    "QuantileSketch",
    "RecordExporter",
    "RecordValidationError",
    "SettingsError",
    "ShadowAgreement",
    "ShadowRouterRecord",
    "Sink",
    "UnknownLogTypeError",
    "__version__",
    "aggregate_paths",
    "example_record",
    "hub_from_env",
    "is_secret_name",
    "record_model",
    "record_schema",
    "settings_from_env",
    "validate_record",
]
