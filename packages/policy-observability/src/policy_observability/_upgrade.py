"""Records of schema 1 in the shape of schema 2: the one place that knows how they differ.

Schema 2 took the OpenTelemetry names and seconds. A line of schema 1 is read by its own
view (``_fastlines``'s ``*V1`` structs, or ``_lines``' pydantic views, which end up in the
same structs) and turned here into the struct of schema 2 that the aggregation sums:

* milliseconds become seconds (``total_ms`` -> ``total_s``, ``stages`` -> ``stages_s``,
  ``deterministic_latency_ms`` -> ``deterministic_s``, ``llm_latency_ms`` and ``latency_ms``
  -> ``gen_ai.client.operation.duration``);
* ``llm_error_type`` becomes ``error.type``;
* what schema 1 never recorded is unknown: no model, no tokens, no cost; a shadow comparison
  counts as one that made its own call (``reused_reading`` false), which changes nothing
  without tokens.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final

from policy_observability._fastlines import (
    Assist,
    AssistV1,
    Decision,
    DecisionV1,
    Fallback,
    FallbackV1,
    FastRecord,
    OldRecord,
    PartialTrust,
    PartialTrustV1,
    Pipeline,
    PipelineV1,
    Shadow,
    ShadowV1,
)

__all__ = ["upgrade", "upgrade_all"]

_V2: Final = "2.0.0"
_MS_PER_S = 1000.0
_NO_USAGE: dict[str, Any] = {
    "request_model": None,
    "input_tokens": None,
    "output_tokens": None,
    "estimated_cost_usd": None,
}


def _seconds(ms: float | None) -> float | None:
    return None if ms is None else ms / _MS_PER_S


def _pipeline(old: PipelineV1) -> Pipeline:
    return Pipeline(
        timestamp=old.timestamp,
        schema_version=_V2,
        total_s=old.total_ms / _MS_PER_S,
        stages_s={stage: ms / _MS_PER_S for stage, ms in old.stages.items()},
        mode=old.mode,
    )


def _fallback(old: FallbackV1) -> Fallback:
    return Fallback(
        timestamp=old.timestamp,
        schema_version=_V2,
        llm_duration_s=_seconds(old.llm_latency_ms),
        error_type=old.llm_error_type,
        mode=old.mode,
        llm_outcome=old.llm_outcome,
        fallback_reason=old.fallback_reason,
        deterministic_used=old.deterministic_used,
        **_NO_USAGE,
    )


def _shadow(old: ShadowV1) -> Shadow:
    return Shadow(
        timestamp=old.timestamp,
        schema_version=_V2,
        llm_duration_s=_seconds(old.llm_latency_ms),
        error_type=old.llm_error_type,
        sampled=old.sampled,
        agreement=old.agreement,
        overall_agreement=old.overall_agreement,
        deterministic_s=old.deterministic_latency_ms / _MS_PER_S,
        reused_reading=False,
        **_NO_USAGE,
    )


def _assist(old: AssistV1) -> Assist:
    return Assist(
        timestamp=old.timestamp,
        schema_version=_V2,
        llm_duration_s=_seconds(old.latency_ms),
        error_type=old.llm_error_type,
        hints=old.hints,
    )


def _partial_trust(old: PartialTrustV1) -> PartialTrust:
    return PartialTrust(
        timestamp=old.timestamp,
        schema_version=_V2,
        llm_duration_s=_seconds(old.latency_ms),
        error_type=old.llm_error_type,
        corridor=old.corridor,
        sampled=old.sampled,
        accepted=old.accepted,
        reason_codes=old.reason_codes,
        risk_flags=old.risk_flags,
    )


def _decision(old: DecisionV1) -> Decision:
    return Decision(
        timestamp=old.timestamp,
        schema_version=_V2,
        outcome=old.outcome,
        action=old.action,
        status=old.status,
        language=old.language,
        decision_version=old.decision_version,
        confidence=old.confidence,
    )


_UPGRADES: dict[type[Any], Callable[[Any], FastRecord]] = {
    PipelineV1: _pipeline,
    FallbackV1: _fallback,
    ShadowV1: _shadow,
    AssistV1: _assist,
    PartialTrustV1: _partial_trust,
    DecisionV1: _decision,
}


def upgrade(record: OldRecord) -> FastRecord:
    """``record`` of schema 1 as the struct of schema 2 the aggregation reads."""
    return _UPGRADES[type(record)](record)


def upgrade_all(records: list[OldRecord]) -> list[FastRecord]:
    """``upgrade`` of each, in order."""
    return [_UPGRADES[type(record)](record) for record in records]
