"""The vocabulary shared by records, settings and the aggregation: log types and enums."""

from __future__ import annotations

from enum import StrEnum
from typing import Final

from policy_observability.exceptions import UnknownLogTypeError

__all__ = ["RECORD_SCHEMA_VERSION", "LlmOutcome", "LogType", "Mode", "parse_log_type"]

#: The version of the record schemas; every record carries it as ``schema_version``. Version 2
#: took the OpenTelemetry GenAI names and seconds; the aggregation reads 1 and 2.
RECORD_SCHEMA_VERSION: Final = "2.0.0"


class LogType(StrEnum):
    """The six JSONL logs. The value is the record's ``log_type`` and the default file stem."""

    PIPELINE_LATENCY = "pipeline_latency"
    FALLBACK_METRICS = "fallback_metrics"
    SHADOW_ROUTER = "shadow_router"
    ASSIST = "assist"
    PARTIAL_TRUST_RISK = "partial_trust_risk"
    DECISION = "decision"

    @property
    def env_prefix(self) -> str:
        """The prefix of this type's environment variables, e.g. ``SHADOW_ROUTER``."""
        return self.value.upper()


class Mode(StrEnum):
    """The LLM mode in effect for a decision (``deterministic`` when none was)."""

    DETERMINISTIC = "deterministic"
    SHADOW = "shadow"
    ASSIST = "assist"
    PARTIAL_TRUST = "partial_trust"


class LlmOutcome(StrEnum):
    """What became of the LLM call for one decision.

    ``ok``: an answer arrived and was usable; ``timeout``: the time budget ran out; ``error``:
    the call failed (the record's ``error.type`` says how); ``rejected``: an answer arrived
    but an acceptance rule refused it; ``skipped``: the mode was on but this command was not
    sampled (or the queue was full); ``disabled``: the LLM switch was off.
    """

    OK = "ok"
    TIMEOUT = "timeout"
    ERROR = "error"
    REJECTED = "rejected"
    SKIPPED = "skipped"
    DISABLED = "disabled"


def parse_log_type(name: str | LogType) -> LogType:
    """Return the ``LogType`` named ``name`` or raise ``UnknownLogTypeError``.

    >>> parse_log_type("shadow_router") is LogType.SHADOW_ROUTER
    True
    """
    try:
        return LogType(name)
    except ValueError:
        raise UnknownLogTypeError(name) from None
