"""The public surface: what ``policy_observability`` exports is deliberate and pinned."""

from __future__ import annotations

import importlib.metadata
import subprocess
import sys

import policy_observability
from policy_observability import testing

EXPECTED = [
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


def test_all_is_pinned() -> None:
    assert policy_observability.__all__ == EXPECTED
    for name in EXPECTED:
        assert hasattr(policy_observability, name), name


def test_the_version_comes_from_the_installed_metadata() -> None:
    assert policy_observability.__version__ == importlib.metadata.version("policy-observability")


def test_errors_share_one_root() -> None:
    for name in (
        "SettingsError",
        "UnknownLogTypeError",
        "RecordValidationError",
        "AggregationInputError",
    ):
        assert issubclass(
            getattr(policy_observability, name), policy_observability.ObservabilityError
        )


def test_the_testing_helpers_are_sinks() -> None:
    assert isinstance(testing.MemorySink(), policy_observability.Sink)
    assert isinstance(testing.FailingSink(), policy_observability.Sink)
    assert isinstance(policy_observability.JsonlWriter("/dev/null"), policy_observability.Sink)


def test_the_package_imports_no_sibling() -> None:
    code = (
        "import sys, policy_observability, policy_observability._cli; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "{'policy_core', 'policy_llm', 'policy_eval', 'httpx', 'jsonschema'}))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"  # jsonschema too: it is loaded only to validate documents
