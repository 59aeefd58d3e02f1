"""HybridPolicy: the rules decide every command; the enabled LLM modes run beside them.

Order for one command, after the rules' decision:

1. **Partial trust**, when the rules' intent lies in the corridor: a sampled candidate asks
   the model (within the budget) and its decision replaces the rules' only if every
   acceptance rule passes (``_partial_trust``).
2. **Assist**, when the rules left a field open and partial trust did not decide: the model's
   hints fill what passes the checks (``_assist``). A reading partial trust already made is
   reused, never asked for twice.
3. **Shadow**: a sampled command is handed to the background comparison (``_shadow``), which
   reuses a reading made above. The rules' final answers (corridor rejects, blank or
   over-long text) are never sent to the model in any mode.

With ``LLM_POLICY_ENABLED`` off, or no mode enabled, ``decide`` is the rules' decision and no
client exists. Every LLM failure falls back to the rules' decision. Records: every decision
writes ``pipeline_latency`` and ``decision`` (policy-core's), and one ``fallback_metrics``;
each mode writes its own (``partial_trust_risk``, ``assist``, ``shadow_router``), all with
the returned decision's ``trace_id``.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from time import perf_counter_ns
from typing import Any, Self

from policy_core import (
    CommandDTO,
    DecisionDTO,
    Explanation,
    PolicySettings,
    RulePolicy,
    StageClock,
    emit_decision_records,
    parse_command,
)
from policy_llm._assist import apply_hints, open_fields
from policy_llm._llm_policy import (
    LLMExtractionPolicy,
    LLMRead,
    rules_precede,
)
from policy_llm._partial_trust import judge_candidate
from policy_llm._runtime import LLMRuntime, build_runtime
from policy_llm._sampling import in_sample
from policy_llm._settings import LLMSettings
from policy_llm._shadow import ShadowRouter, ShadowStats, outcome_of
from policy_llm.exceptions import LLMError
from policy_observability import (
    AssistHint,
    AssistRecord,
    FallbackMetricsRecord,
    LlmOutcome,
    LogHub,
    LogType,
    Mode,
    PartialTrustRiskRecord,
)

__all__ = ["HybridPolicy"]


@dataclass(frozen=True, slots=True)
class _Step:
    """What one synchronous mode did for a command."""

    mode: Mode
    outcome: LlmOutcome
    deterministic_used: bool
    fallback_reason: str | None = None
    error_type: str | None = None
    llm_ms: float | None = None
    explanation: Explanation | None = None  # the decision to return when not the rules'


class HybridPolicy:
    """Decide with the rules and run the LLM modes ``LLMSettings`` enables.

    >>> policy = HybridPolicy(LLMSettings())  # the kill switch is off: rules only
    >>> policy.runtime is None
    True
    """

    def __init__(
        self,
        llm_settings: LLMSettings,
        policy_settings: PolicySettings | None = None,
        *,
        runtime: LLMRuntime | None = None,
        rules: RulePolicy | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        self.llm_settings = llm_settings
        self.policy_settings = policy_settings or PolicySettings()
        self.hub: LogHub | None = self.policy_settings.log_hub
        # Records are written here, with the mode; the rules write none of their own.
        self._quiet = self.policy_settings.model_copy(update={"log_hub": None})
        self.rules = rules or RulePolicy()
        self.runtime: LLMRuntime | None = None
        self._owns_runtime = False
        if llm_settings.any_mode:
            if runtime is None:
                env = os.environ if environ is None else environ
                runtime = build_runtime(llm_settings, env)
                self._owns_runtime = True
            self.runtime = runtime
        self.llm: LLMExtractionPolicy | None = None
        self.shadow: ShadowRouter | None = None
        if self.runtime is not None:
            self.llm = LLMExtractionPolicy(self.runtime, self.rules)
            if llm_settings.shadow.enabled:
                self.shadow = ShadowRouter(self.llm, llm_settings.shadow, self.hub)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Self:
        """Policy and LLM settings from the environment (``POLICY_*``, ``LLM_*``, logs)."""
        env = os.environ if environ is None else environ
        return cls(LLMSettings.from_env(env), PolicySettings.from_env(env), environ=env)

    def shadow_stats(self) -> ShadowStats | None:
        return self.shadow.stats() if self.shadow is not None else None

    def close(self) -> None:
        """Stop the LLM runtime this policy built (pending shadow work is cancelled)."""
        if self.runtime is not None and self._owns_runtime:
            self.runtime.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def decide(self, command: CommandDTO | Mapping[str, Any]) -> DecisionDTO:
        return self.explain(command).decision

    def explain(self, command: CommandDTO | Mapping[str, Any]) -> Explanation:
        """Decide one command; raises ``CommandValidationError`` for an invalid one only."""
        clock = StageClock(perf_counter_ns())
        dto = parse_command(command)
        clock.mark("validate", perf_counter_ns())
        deterministic = self.rules.explain(dto, self._quiet, clock)
        if self.llm is None:
            self._write(dto, deterministic, clock, Mode.DETERMINISTIC)
            return deterministic
        deterministic_ms = clock.total_ms()
        read: LLMRead | LLMError | None = None
        step, read, risk = self._partial_trust(dto, deterministic, read)
        if step is None or step.explanation is None:
            assisted, read = self._assist(dto, deterministic, read)
            skipped = assisted is not None and assisted.outcome is LlmOutcome.SKIPPED
            if assisted is not None and (step is None or not skipped):
                step = assisted
        if step is not None and step.llm_ms is not None:
            clock.mark("llm", perf_counter_ns())
        final = step.explanation if step is not None and step.explanation else deterministic
        trace_id = final.decision.trace_id
        if risk is not None and self.hub is not None:
            # Written once the returned decision is known: assist may still have replaced
            # the rules' decision (and its trace_id) after partial trust refused its own.
            self.hub.emit(risk.model_copy(update={"trace_id": trace_id}))
        if step is not None:
            self._write_partial_or_assist_fallback(dto, trace_id, step)
        if self.shadow is not None:
            self._offer_shadow(
                dto,
                deterministic,
                deterministic_ms,
                read=read,
                trace_id=trace_id,
                owns_fallback=step is None,
            )
            clock.mark("shadow", perf_counter_ns())
        elif step is None:
            self._fallback(dto, trace_id, self._idle_mode(), LlmOutcome.SKIPPED, "nothing_to_do")
        mode = step.mode if step is not None else self._idle_mode()
        self._write(dto, final, clock, mode)
        return final

    def _idle_mode(self) -> Mode:
        settings = self.llm_settings
        if settings.shadow.enabled:
            return Mode.SHADOW
        if settings.partial_trust.enabled:
            return Mode.PARTIAL_TRUST
        return Mode.ASSIST

    # -- partial trust ------------------------------------------------------------------

    def _partial_trust(
        self, dto: CommandDTO, deterministic: Explanation, read: LLMRead | LLMError | None
    ) -> tuple[_Step | None, LLMRead | LLMError | None, PartialTrustRiskRecord | None]:
        """The candidate's step, the reading made, and its record (not yet written)."""
        settings = self.llm_settings.partial_trust
        if not settings.enabled or self.llm is None:
            return None, read, None
        intent = deterministic.intent
        if intent not in settings.corridor or rules_precede(deterministic.extraction):
            return None, read, None
        if not in_sample(dto.command_id, settings.sample_rate, salt="partial_trust"):
            risk = self._risk(dto, deterministic, sampled=False)
            step = _Step(Mode.PARTIAL_TRUST, LlmOutcome.SKIPPED, True, "not_sampled")
            return step, read, risk
        read = self._read(dto, settings.budget_ms)
        if isinstance(read, LLMError):
            risk = self._risk(dto, deterministic, sampled=True, error=read)
            return self._failed(Mode.PARTIAL_TRUST, read), read, risk
        candidate = self.llm.decide_read(dto, read, self._quiet)
        verdict = judge_candidate(
            self.rules, dto, deterministic, read, candidate, settings=settings
        )
        risk = self._risk(
            dto,
            deterministic,
            sampled=True,
            read=read,
            reasons=verdict.reasons,
            risks=verdict.risks,
            items=tuple(item.name for item in candidate.extraction.items),
        )
        if verdict.accepted:
            step = _Step(
                Mode.PARTIAL_TRUST, LlmOutcome.OK, False, llm_ms=read.latency_ms,
                explanation=candidate,
            )  # fmt: skip
        else:
            step = _Step(
                Mode.PARTIAL_TRUST, LlmOutcome.REJECTED, True, verdict.reasons[0],
                llm_ms=read.latency_ms,
            )  # fmt: skip
        return step, read, risk

    def _risk(
        self,
        dto: CommandDTO,
        deterministic: Explanation,
        *,
        sampled: bool,
        read: LLMRead | None = None,
        error: LLMError | None = None,
        reasons: tuple[str, ...] = (),
        risks: tuple[str, ...] = (),
        items: tuple[str, ...] = (),
    ) -> PartialTrustRiskRecord | None:
        """The candidate's record (None when that log is off); the caller sets its trace_id."""
        hub = self.hub
        if hub is None or not hub.enabled(LogType.PARTIAL_TRUST_RISK):
            return None
        if error is not None:
            reasons = (error.error_type,)
        private = hub.log_user_text
        return PartialTrustRiskRecord(
            command_id=dto.command_id,
            trace_id=deterministic.decision.trace_id,
            corridor=deterministic.intent,
            sampled=sampled,
            accepted=sampled and error is None and read is not None and not reasons,
            reason_codes=reasons,
            risk_flags=risks,
            confidence=read.reading.confidence if read is not None else None,
            latency_ms=read.latency_ms if read is not None else None,
            llm_error_type=error.error_type if error is not None else None,
            user_text=dto.text if private else None,
            item_names=items if private and read is not None else None,
        )

    # -- assist -------------------------------------------------------------------------

    def _assist(
        self, dto: CommandDTO, deterministic: Explanation, read: LLMRead | LLMError | None
    ) -> tuple[_Step | None, LLMRead | LLMError | None]:
        settings = self.llm_settings.assist
        if not settings.enabled or self.llm is None:
            return None, read
        fields = open_fields(deterministic)
        if not fields:
            return None, read
        if not in_sample(dto.command_id, settings.sample_rate, salt="assist"):
            return _Step(Mode.ASSIST, LlmOutcome.SKIPPED, True, "not_sampled"), read
        if read is None:
            read = self._read(dto, settings.budget_ms)
        hub = self.hub
        private = hub is not None and hub.log_user_text
        if isinstance(read, LLMError):
            self._assist_record(
                dto,
                deterministic.decision.trace_id,
                hints=(),
                latency_ms=None,
                error=read,
                private=private,
            )
            return self._failed(Mode.ASSIST, read), read
        outcome = apply_hints(self.rules, dto, deterministic, read, fields, log_values=private)
        explanation = None
        if outcome.extraction is not None:
            decision = self.rules.decide_extraction(
                dto,
                outcome.extraction,
                self._quiet,
                decision_version=f"{self.rules.version}+assist:{self.llm.version}",
            )
            explanation = Explanation(decision, outcome.extraction)
        final = explanation or deterministic
        self._assist_record(
            dto,
            final.decision.trace_id,
            hints=outcome.hints,
            latency_ms=read.latency_ms,
            error=None,
            private=private,
        )
        if explanation is not None:
            return _Step(
                Mode.ASSIST, LlmOutcome.OK, False, llm_ms=read.latency_ms, explanation=explanation
            ), read
        return _Step(
            Mode.ASSIST, LlmOutcome.REJECTED, True, "hints_rejected", llm_ms=read.latency_ms
        ), read

    def _assist_record(
        self,
        dto: CommandDTO,
        trace_id: str,
        *,
        hints: tuple[AssistHint, ...],
        latency_ms: float | None,
        error: LLMError | None,
        private: bool,
    ) -> None:
        hub = self.hub
        if hub is None or not hub.enabled(LogType.ASSIST):
            return
        hub.emit(
            AssistRecord(
                command_id=dto.command_id,
                trace_id=trace_id,
                hints=hints,
                latency_ms=latency_ms,
                llm_error_type=error.error_type if error is not None else None,
                user_text=dto.text if private else None,
            )
        )

    # -- shared -------------------------------------------------------------------------

    def _read(self, dto: CommandDTO, budget_ms: int) -> LLMRead | LLMError:
        """The model's reading within ``budget_ms``, or the error that ended the call."""
        if self.llm is None:  # pragma: no cover - callers check
            raise RuntimeError("no LLM runtime")
        try:
            return self.llm.read_sync(dto, budget_ms / 1000)
        except LLMError as exc:
            return exc

    @staticmethod
    def _failed(mode: Mode, error: LLMError) -> _Step:
        return _Step(mode, outcome_of(error), True, error.error_type, error.error_type)

    def _offer_shadow(
        self,
        dto: CommandDTO,
        deterministic: Explanation,
        deterministic_ms: float,
        *,
        read: LLMRead | LLMError | None,
        trace_id: str,
        owns_fallback: bool,
    ) -> None:
        shadow = self.shadow
        if shadow is None:  # pragma: no cover - the caller checks
            return
        if rules_precede(deterministic.extraction):
            # The LLM policy never hands the rules' final answers (corridor rejects, blank or
            # over-long text) to the model: there is nothing to compare, and nothing to send.
            if owns_fallback:
                self._fallback(dto, trace_id, Mode.SHADOW, LlmOutcome.SKIPPED, "nothing_to_do")
            return
        if not shadow.sampled(dto):
            if owns_fallback:
                self._fallback(dto, trace_id, Mode.SHADOW, LlmOutcome.SKIPPED, "not_sampled")
            return
        submitted = shadow.offer(
            dto,
            deterministic,
            deterministic_ms,
            self._quiet,
            read=read,
            trace_id=trace_id,
            write_fallback=owns_fallback,
        )
        if not submitted and owns_fallback:
            self._fallback(dto, trace_id, Mode.SHADOW, LlmOutcome.SKIPPED, "shadow_queue_full")

    def _write_partial_or_assist_fallback(
        self, dto: CommandDTO, trace_id: str, step: _Step
    ) -> None:
        self._fallback(
            dto,
            trace_id,
            step.mode,
            step.outcome,
            step.fallback_reason,
            deterministic_used=step.deterministic_used,
            error_type=step.error_type,
            llm_ms=step.llm_ms,
        )

    def _fallback(
        self,
        dto: CommandDTO,
        trace_id: str,
        mode: Mode,
        outcome: LlmOutcome,
        reason: str | None,
        *,
        deterministic_used: bool = True,
        error_type: str | None = None,
        llm_ms: float | None = None,
    ) -> None:
        hub = self.hub
        if hub is None or not hub.enabled(LogType.FALLBACK_METRICS):
            return
        hub.emit(
            FallbackMetricsRecord(
                command_id=dto.command_id,
                trace_id=trace_id,
                mode=mode,
                llm_outcome=outcome,
                llm_error_type=error_type,
                fallback_reason=reason if deterministic_used else None,
                deterministic_used=deterministic_used,
                llm_latency_ms=llm_ms,
            )
        )

    def _write(
        self,
        dto: CommandDTO,
        explanation: Explanation,
        clock: StageClock,
        mode: Mode,
    ) -> None:
        # A mode runs only with the switch on, so the switch is what llm_enabled reports.
        if self.hub is not None:
            emit_decision_records(
                self.hub,
                dto,
                explanation.decision,
                explanation.extraction.language,
                clock,
                mode=mode,
                llm_enabled=self.llm_settings.enabled,
            )
