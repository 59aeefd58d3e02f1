"""JSONL observability records, writers and aggregation for the HomeTask Policy Platform.

Build the settings from the environment once, hold one ``LogHub`` and emit records::

    from policy_observability import LogHub, LogType, PipelineLatencyRecord, settings_from_env

    hub = LogHub(settings_from_env())
    if hub.enabled(LogType.PIPELINE_LATENCY):
        hub.emit(PipelineLatencyRecord(command_id=..., trace_id=..., total_ms=..., ...))

``policy-obs aggregate PATH...`` summarises the logs for operators.
"""

from importlib.metadata import version as _version

from policy_observability._aggregate import aggregate_paths
from policy_observability._examples import example_record
from policy_observability._hub import LogHub, Sink
from policy_observability._records import (
    AssistHint,
    AssistRecord,
    DecisionRecord,
    FallbackMetricsRecord,
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
    "RecordValidationError",
    "SettingsError",
    "ShadowAgreement",
    "ShadowRouterRecord",
    "Sink",
    "UnknownLogTypeError",
    "__version__",
    "aggregate_paths",
    "example_record",
    "is_secret_name",
    "record_model",
    "record_schema",
    "settings_from_env",
    "validate_record",
]
