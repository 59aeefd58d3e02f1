"""The LogHub a process builds from its environment: its logs, and its exporters.

``hub_from_env`` reads the logs' variables (``settings_from_env``) and, when the standard
``OTEL_*`` variables ask for export, attaches the OpenTelemetry exporter of the ``otel``
extra. Asked for without the extra installed, export is off and a warning says why: the
decisions go on either way.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping

from policy_observability._hub import LogHub, RecordExporter
from policy_observability._otel_config import otel_config
from policy_observability._settings import settings_from_env

__all__ = ["hub_from_env"]

_LOGGER = logging.getLogger("policy_observability")


def hub_from_env(environ: Mapping[str, str] | None = None) -> LogHub:
    """A LogHub for the logs and the export ``environ`` (``os.environ`` by default) asks for.

    Raises ``SettingsError`` naming the variable when a logging variable is invalid.
    """
    env = os.environ if environ is None else environ
    return LogHub(settings_from_env(env), exporters=_exporters(env))


def _exporters(env: Mapping[str, str]) -> tuple[RecordExporter, ...]:
    config = otel_config(env)
    if config is None:
        return ()
    try:
        from policy_observability.otel import OtelExporter  # noqa: PLC0415 - the otel extra
    except ImportError:
        _LOGGER.warning(
            "policy-observability: OTEL_EXPORTER_OTLP_ENDPOINT asks for OpenTelemetry export, "
            "but the otel extra is not installed (pip install 'policy-observability[otel]'); "
            "nothing is exported"
        )
        return ()
    return (OtelExporter(config),)
