"""When OpenTelemetry export is on, and where it goes: read from the standard ``OTEL_*``
variables (https://opentelemetry.io/docs/specs/otel/configuration/sdk-environment-variables/).

Export is on when ``OTEL_EXPORTER_OTLP_ENDPOINT`` or a signal's own endpoint
(``OTEL_EXPORTER_OTLP_TRACES_ENDPOINT``, ``OTEL_EXPORTER_OTLP_METRICS_ENDPOINT``) is set and
``OTEL_SDK_DISABLED`` is not true. The base endpoint gets the signal's path appended
(``/v1/traces``, ``/v1/metrics``); a signal's own endpoint is used as it is.
``OTEL_EXPORTER_OTLP_TIMEOUT`` (milliseconds, as the specification says) bounds each export,
retries included, and so how long a stop waits for a collector that is down. The SDK reads
the other variables itself (``OTEL_EXPORTER_OTLP_HEADERS``, ``..._COMPRESSION``,
``OTEL_RESOURCE_ATTRIBUTES``, ``OTEL_BSP_*``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

__all__ = ["ENV_VARIABLES", "OtelConfig", "otel_config"]

#: The variables this package reads itself, with their defaults.
ENV_VARIABLES: Mapping[str, str] = {
    "OTEL_SDK_DISABLED": "false",
    "OTEL_EXPORTER_OTLP_ENDPOINT": "(unset: no export)",
    "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT": "(the base endpoint + /v1/traces)",
    "OTEL_EXPORTER_OTLP_METRICS_ENDPOINT": "(the base endpoint + /v1/metrics)",
    "OTEL_EXPORTER_OTLP_TIMEOUT": "10000",
    "OTEL_METRIC_EXPORT_INTERVAL": "60000",
    "OTEL_SERVICE_NAME": "hometask-policy",
}


@dataclass(frozen=True, slots=True)
class OtelConfig:
    """Where spans and metrics go, how often metrics are sent, and what the service is called."""

    traces_endpoint: str | None
    metrics_endpoint: str | None
    metric_interval_ms: int
    service_name: str
    timeout_s: float = 10.0


def otel_config(environ: Mapping[str, str]) -> OtelConfig | None:
    """The export configuration ``environ`` asks for, or None when export is off."""
    if environ.get("OTEL_SDK_DISABLED", "").strip().lower() == "true":
        return None
    base = environ.get("OTEL_EXPORTER_OTLP_ENDPOINT", "").strip().rstrip("/")
    traces = environ.get("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "").strip()
    metrics = environ.get("OTEL_EXPORTER_OTLP_METRICS_ENDPOINT", "").strip()
    traces = traces or (f"{base}/v1/traces" if base else "")
    metrics = metrics or (f"{base}/v1/metrics" if base else "")
    if not traces and not metrics:
        return None
    return OtelConfig(
        traces_endpoint=traces or None,
        metrics_endpoint=metrics or None,
        metric_interval_ms=_millis(environ, "OTEL_METRIC_EXPORT_INTERVAL", 60_000),
        service_name=environ.get("OTEL_SERVICE_NAME", "").strip() or "hometask-policy",
        timeout_s=_millis(environ, "OTEL_EXPORTER_OTLP_TIMEOUT", 10_000) / 1000,
    )


def _millis(environ: Mapping[str, str], name: str, default: int) -> int:
    """A positive whole number of milliseconds; anything else is the default (telemetry
    settings never stop a process)."""
    raw = environ.get(name, "").strip()
    return int(raw) if raw.isdigit() and int(raw) > 0 else default
