"""The LLM modes as strategies over one turn, in the order HybridPolicy runs them.

Each mode's ``run(turn)`` is a generator (``ModeRun``): it may ask the turn for the model's
reading, leaves the records it wants written on the turn, and ends with its step, or None
when the command is none of its business. The acceptance rules themselves live apart
(``_partial_trust``, ``_assist``); a mode only applies them to the turn.

1. **Partial trust**, when the rules' intent lies in the corridor: a sampled candidate's
   decision replaces the rules' only if every acceptance rule passes.
2. **Assist**, when the rules left a field open and no mode's answer replaced theirs: the
   model's hints fill what passes the checks.
3. **Shadow**: a sampled command is handed to the background comparison with the reading
   made above, if any. It owns the call's fallback record only when no other mode acted.
"""

from __future__ import annotations

from time import perf_counter_ns
from typing import Generic, Protocol, TypeVar

from policy_core import CommandDTO, PolicySettings
from policy_llm._assist import apply_hints, open_fields
from policy_llm._intent_hint import INTENT_FIELD
from policy_llm._llm_policy import LLMExtractionPolicy, LLMRead, rules_precede
from policy_llm._partial_trust import judge_candidate
from policy_llm._recorder import Recorder
from policy_llm._sampling import in_sample
from policy_llm._settings import AssistSettings, PartialTrustSettings
from policy_llm._shadow import ShadowRouter, outcome_of
from policy_llm._turn import ModeRun, Step, Turn
from policy_llm.exceptions import LLMError
from policy_observability import (
    AssistHint,
    AssistRecord,
    LlmOutcome,
    LogType,
    Mode,
    PartialTrustRiskRecord,
)

__all__ = ["AssistMode", "LLMMode", "PartialTrustMode", "ShadowMode"]

_Settings = TypeVar("_Settings", AssistSettings, PartialTrustSettings)


class LLMMode(Protocol):
    """One LLM mode: what it is called in records, and what it does with a turn."""

    @property
    def mode(self) -> Mode: ...

    def run(self, turn: Turn) -> ModeRun: ...


def _failed(mode: Mode, error: LLMError, llm: LLMExtractionPolicy) -> Step:
    return Step(mode, outcome_of(error), True, error.error_type, llm.call_fields(error))


class _DecidingMode(Generic[_Settings]):
    """A mode whose answer may replace the rules': its settings, the model, the rules'
    settings its decisions are built with, and the recorder it leaves records for."""

    def __init__(
        self,
        settings: _Settings,
        llm: LLMExtractionPolicy,
        policy_settings: PolicySettings,
        recorder: Recorder,
    ) -> None:
        self.settings: _Settings = settings
        self.llm = llm
        self.policy_settings = policy_settings
        self.recorder = recorder


class PartialTrustMode(_DecidingMode[PartialTrustSettings]):
    """The model's decision replaces the rules' for a corridor intent, if it passes."""

    mode = Mode.PARTIAL_TRUST

    def run(self, turn: Turn) -> ModeRun:
        settings, rules = self.settings, turn.rules
        if rules.intent not in settings.corridor or rules_precede(rules.extraction):
            return None
        if not in_sample(turn.command.command_id, settings.sample_rate, salt="partial_trust"):
            self._note_risk(turn, sampled=False)
            return Step(self.mode, LlmOutcome.SKIPPED, True, "not_sampled")
        read = yield from turn.reading(settings.budget_ms)
        if isinstance(read, LLMError):
            self._note_risk(turn, sampled=True, reasons=(read.error_type,), error=read)
            return _failed(self.mode, read, self.llm)
        candidate = self.llm.decide_read(turn.command, read, self.policy_settings)
        verdict = judge_candidate(
            self.llm.rules, turn.command, rules, read, candidate, settings=settings
        )
        self._note_risk(
            turn,
            sampled=True,
            read=read,
            reasons=verdict.reasons,
            risks=verdict.risks,
            items=tuple(item.name for item in candidate.extraction.items),
        )
        call = self.llm.call_fields(read)
        if verdict.accepted:
            return Step(self.mode, LlmOutcome.OK, False, call=call, explanation=candidate)
        return Step(self.mode, LlmOutcome.REJECTED, True, verdict.reasons[0], call=call)

    def _note_risk(
        self,
        turn: Turn,
        *,
        sampled: bool,
        read: LLMRead | None = None,
        error: LLMError | None = None,
        reasons: tuple[str, ...] = (),
        risks: tuple[str, ...] = (),
        items: tuple[str, ...] = (),
    ) -> None:
        if not self.recorder.wants(LogType.PARTIAL_TRUST_RISK):
            return
        command, private = turn.command, self.recorder.private
        corridor = turn.rules.intent
        call = self.llm.call_fields(read or error)

        def make(trace_id: str) -> PartialTrustRiskRecord:
            return PartialTrustRiskRecord(
                command_id=command.command_id,
                trace_id=trace_id,
                corridor=corridor,
                sampled=sampled,
                accepted=sampled and error is None and read is not None and not reasons,
                reason_codes=reasons,
                risk_flags=risks,
                confidence=read.reading.confidence if read is not None else None,
                user_text=command.text if private else None,
                item_names=items if private and read is not None else None,
                **call,
            )

        turn.records.append(make)


class AssistMode(_DecidingMode[AssistSettings]):
    """The model's hints fill the fields the rules left open, when they pass the checks."""

    mode = Mode.ASSIST

    def run(self, turn: Turn) -> ModeRun:
        if turn.accepted:
            return None
        fields = open_fields(turn.rules)
        if not fields:
            return None
        command = turn.command
        if not in_sample(command.command_id, self.settings.sample_rate, salt="assist"):
            return Step(self.mode, LlmOutcome.SKIPPED, True, "not_sampled")
        read = yield from turn.reading(self.settings.budget_ms)
        if isinstance(read, LLMError):
            self._note(turn, hints=(), read=read)
            return _failed(self.mode, read, self.llm)
        rules = self.llm.rules
        private = self.recorder.private
        outcome = apply_hints(rules, command, turn.rules, read, fields, log_values=private)
        self._note(turn, hints=outcome.hints, read=read)
        call = self.llm.call_fields(read)
        if outcome.extraction is None:
            return Step(self.mode, LlmOutcome.REJECTED, True, "hints_rejected", call=call)
        explanation = rules.explain_extraction(
            command,
            outcome.extraction,
            self.policy_settings,
            decision_version=f"{rules.version}+assist:{self.llm.version}",
            # the rules' reading with the model's fields: its wording is weighed as the
            # rules' own is, unless the model chose the request itself
            weigh_wording=fields != (INTENT_FIELD,),
            wording=turn.wording,
        )
        return Step(
            self.mode,
            LlmOutcome.OK,
            False,
            call=call,
            explanation=explanation,
        )

    def _note(
        self,
        turn: Turn,
        *,
        hints: tuple[AssistHint, ...],
        read: LLMRead | LLMError,
    ) -> None:
        if not self.recorder.wants(LogType.ASSIST):
            return
        command, private = turn.command, self.recorder.private
        call = self.llm.call_fields(read)
        turn.records.append(
            lambda trace_id: AssistRecord(
                command_id=command.command_id,
                trace_id=trace_id,
                hints=hints,
                user_text=command.text if private else None,
                **call,
            )
        )


class ShadowMode:
    """Hands a sampled command to the background comparison; never changes the decision."""

    mode = Mode.SHADOW

    def __init__(self, router: ShadowRouter, policy_settings: PolicySettings) -> None:
        self.router = router
        self.policy_settings = policy_settings

    def run(self, turn: Turn) -> ModeRun:
        yield from ()  # a mode like the others, though it never waits for a reading
        step = self._offer(turn)
        turn.clock.mark("shadow", perf_counter_ns())
        return step

    def _offer(self, turn: Turn) -> Step | None:
        owns_fallback = turn.step is None
        if rules_precede(turn.rules.extraction):
            # The rules' final answers (corridor rejects, blank or over-long text) are never
            # handed to the model: there is nothing to compare, and nothing to send.
            return self._skipped("nothing_to_do") if owns_fallback else None
        command: CommandDTO = turn.command
        if not self.router.sampled(command):
            return self._skipped("not_sampled") if owns_fallback else None
        submitted = self.router.offer(
            command,
            turn.rules,
            turn.rules_ms,
            self.policy_settings,
            read=turn.read,
            trace_id=turn.final.decision.trace_id,
            write_fallback=owns_fallback,
        )
        if not submitted:
            return self._skipped("shadow_queue_full") if owns_fallback else None
        if owns_fallback:
            return Step(self.mode, LlmOutcome.OK, True, recorded_later=True)
        return None

    def _skipped(self, reason: str) -> Step:
        return Step(self.mode, LlmOutcome.SKIPPED, True, reason)
