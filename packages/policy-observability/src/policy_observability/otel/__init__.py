"""OpenTelemetry export of the platform's records: the ``otel`` extra of policy-observability.

``exporter_from_env`` builds an :class:`OtelExporter` when the standard ``OTEL_*`` variables
ask for one (an OTLP endpoint is set, ``OTEL_SDK_DISABLED`` is not true), else None;
``hub_from_env`` in the package root attaches it to the ``LogHub`` by itself. Each decision
becomes a trace: one span for the decision, a child span per stage, and one per LLM call with
the GenAI semantic-convention attributes the records carry; metrics count decisions by action
and outcome, those held back by why, their durations, LLM call durations and errors. Everything goes out over
OTLP/HTTP from the SDK's own background threads: a slow or failing collector costs spans,
never a decision.
"""

from __future__ import annotations

try:
    import opentelemetry.exporter.otlp.proto.http as _otlp_http
    import opentelemetry.sdk as _sdk
except ImportError as exc:  # pragma: no cover - the base install, without the extra
    raise ImportError(
        "OpenTelemetry export needs the otel extra: pip install 'policy-observability[otel]'"
    ) from exc

from policy_observability._otel_config import OtelConfig, otel_config
from policy_observability.otel._exporter import OtelExporter, exporter_from_env

del _otlp_http, _sdk

__all__ = ["OtelConfig", "OtelExporter", "exporter_from_env", "otel_config"]
