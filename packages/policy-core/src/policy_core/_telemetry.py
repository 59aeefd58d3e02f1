"""The records policy-core writes for each decision: pipeline_latency and the decision log.

Every record of one call carries the decision's ``trace_id``. Nothing is built when a log is
disabled, and the hub never raises: a failing sink cannot change or delay a decision.
"""

from __future__ import annotations

from policy_core._contracts import CommandDTO, DecisionDTO
from policy_core._decision import HeldBack
from policy_core.lang import Language
from policy_observability import DecisionRecord, LogHub, LogType, Mode, PipelineLatencyRecord

__all__ = ["StageClock", "emit_decision_records"]

_NS_PER_MS = 1_000_000
_MS_PER_S = 1000.0


class StageClock:
    """Stage timings of one decision, read in perf_counter nanoseconds, kept in milliseconds
    (the records write seconds: ``total_s`` and ``stages_s``)."""

    __slots__ = ("last", "stages", "started")

    def __init__(self, started_ns: int) -> None:
        self.started = started_ns
        self.last = started_ns
        self.stages: dict[str, float] = {}

    def mark(self, stage: str, now_ns: int) -> None:
        self.stages[stage] = (now_ns - self.last) / _NS_PER_MS
        self.last = now_ns

    def total_ms(self) -> float:
        return (self.last - self.started) / _NS_PER_MS

    def total_s(self) -> float:
        return self.total_ms() / _MS_PER_S

    def stages_s(self) -> dict[str, float]:
        return {stage: ms / _MS_PER_S for stage, ms in self.stages.items()}


def emit_decision_records(
    hub: LogHub,
    command: CommandDTO,
    decision: DecisionDTO,
    language: Language,
    clock: StageClock,
    *,
    mode: Mode = Mode.DETERMINISTIC,
    llm_enabled: bool = False,
    held_back: HeldBack | None = None,
) -> None:
    """Write the pipeline_latency and decision records of one decision.

    ``mode`` and ``llm_enabled`` say which LLM mode was in effect (policy-llm passes them;
    the rules alone write ``deterministic`` and ``False``). ``held_back``: why the decision
    held back an execute, if it did (its context's ``held_back``; not in the DecisionDTO).
    """
    if hub.enabled(LogType.PIPELINE_LATENCY):
        hub.emit(
            PipelineLatencyRecord(
                command_id=command.command_id,
                trace_id=decision.trace_id,
                total_s=clock.total_s(),
                stages_s=clock.stages_s(),
                mode=mode,
                llm_enabled=llm_enabled,
                decision_version=decision.decision_version,
            )
        )
    if hub.enabled(LogType.DECISION):
        reject_code = (
            getattr(decision.payload, "code", None) if decision.action == "reject" else None
        )
        hub.emit(
            DecisionRecord(
                command_id=command.command_id,
                trace_id=decision.trace_id,
                decision_id=decision.decision_id,
                status=decision.status,
                outcome=decision.decision_outcome,
                action=decision.action,
                confidence=decision.confidence,
                contract_version=decision.schema_version,
                decision_version=decision.decision_version,
                language=language,
                reject_code=reject_code,
                held_back=held_back,
                user_text=command.text if hub.log_user_text else None,
            )
        )
