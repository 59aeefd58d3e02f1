"""The one place HybridPolicy writes a call's records, once the returned decision is final.

Modes do not write: they leave record makers on the turn (``Turn.records``), and the
recorder calls each with the returned decision's ``trace_id``, then writes the call's
``fallback_metrics`` from its step and policy-core's ``pipeline_latency`` and ``decision``.
Nothing is built for a disabled log, and the hub never raises.
"""

from __future__ import annotations

from policy_core import emit_decision_records
from policy_llm._turn import Turn
from policy_observability import FallbackMetricsRecord, LogHub, LogType, Mode

__all__ = ["Recorder"]


class Recorder:
    """Writes the records of each call to ``hub`` (none at all without one)."""

    __slots__ = ("hub", "llm_enabled")

    def __init__(self, hub: LogHub | None, *, llm_enabled: bool) -> None:
        self.hub = hub
        # A mode runs only with the switch on, so the switch is what llm_enabled reports.
        self.llm_enabled = llm_enabled

    def wants(self, kind: LogType) -> bool:
        """Whether a record of ``kind`` would be written (so worth building)."""
        return self.hub is not None and self.hub.enabled(kind)

    @property
    def private(self) -> bool:
        """Whether records may carry the user's text (``LOG_USER_TEXT``)."""
        return self.hub is not None and self.hub.log_user_text

    def write(self, turn: Turn) -> None:
        """Every record of ``turn``, with the trace id of the decision it returns."""
        hub = self.hub
        if hub is None:
            return
        final = turn.final
        trace_id = final.decision.trace_id
        for make in turn.records:
            hub.emit(make(trace_id))
        step = turn.step
        if step is not None and not step.recorded_later and hub.enabled(LogType.FALLBACK_METRICS):
            hub.emit(
                FallbackMetricsRecord(
                    command_id=turn.command.command_id,
                    trace_id=trace_id,
                    mode=step.mode,
                    llm_outcome=step.outcome,
                    fallback_reason=step.fallback_reason if step.deterministic_used else None,
                    deterministic_used=step.deterministic_used,
                    **step.call,
                )
            )
        emit_decision_records(
            hub,
            turn.command,
            final.decision,
            final.extraction.language,
            turn.clock,
            mode=step.mode if step is not None else Mode.DETERMINISTIC,
            llm_enabled=self.llm_enabled,
            held_back=final.held_back,
        )
