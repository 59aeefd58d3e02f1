"""HybridPolicy: the rules decide every command; the enabled LLM modes run beside them.

One call is one ``Turn`` (``_turn``): the rules' explanation, then each enabled mode in order
(``_modes``: partial trust, assist, shadow), then the ``Recorder`` writes every record of
the call with the returned decision's ``trace_id``. The modes ask the turn for the model's
reading, which is made at most once per call; ``decide`` fetches it on the runtime's loop
and waits, ``adecide`` awaits it without blocking the caller's loop. That is the only
difference between the two: both drive the same ``_run``.

With ``LLM_POLICY_ENABLED`` off, or no mode enabled, a decision is the rules' and no client
exists. Every LLM failure falls back to the rules' decision. Records: every decision writes
``pipeline_latency`` and ``decision`` (policy-core's), and one ``fallback_metrics``; each
mode writes its own (``partial_trust_risk``, ``assist``, ``shadow_router``), all with the
returned decision's ``trace_id``.
"""

from __future__ import annotations

import os
from collections.abc import Generator, Mapping
from time import perf_counter_ns
from typing import Any, Self

from policy_core import (
    CommandDTO,
    DecisionDTO,
    Explanation,
    PolicySettings,
    RulePolicy,
    StageClock,
    parse_command,
)
from policy_llm._llm_policy import LLMExtractionPolicy
from policy_llm._modes import AssistMode, LLMMode, PartialTrustMode, ShadowMode
from policy_llm._recorder import Recorder
from policy_llm._runtime import LLMRuntime, build_runtime
from policy_llm._settings import LLMSettings
from policy_llm._shadow import ShadowRouter, ShadowStats
from policy_llm._turn import Reading, ReadRequest, Step, Turn
from policy_llm.exceptions import LLMError
from policy_observability import LlmOutcome, LogHub, Mode

__all__ = ["HybridPolicy"]

_Run = Generator[ReadRequest, Reading, Explanation]


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
        self.recorder = Recorder(self.hub, llm_enabled=llm_settings.enabled)
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
        self.modes: tuple[LLMMode, ...] = ()
        if self.runtime is not None:
            self.llm = LLMExtractionPolicy(self.runtime, self.rules)
            if llm_settings.shadow.enabled:
                self.shadow = ShadowRouter(self.llm, llm_settings.shadow, self.hub)
            self.modes = self._enabled_modes(self.llm, self.shadow)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Self:
        """Policy and LLM settings from the environment (``POLICY_*``, ``LLM_*``, logs)."""
        env = os.environ if environ is None else environ
        return cls(LLMSettings.from_env(env), PolicySettings.from_env(env), environ=env)

    def shadow_stats(self) -> ShadowStats | None:
        return self.shadow.stats() if self.shadow is not None else None

    def close(self, drain_s: float = 0.0) -> None:
        """Stop the LLM runtime this policy built, after waiting up to ``drain_s`` for the
        shadow comparisons under way; what is still running then is cancelled."""
        if self.shadow is not None and drain_s > 0:
            self.shadow.wait_idle(drain_s)
        if self.runtime is not None and self._owns_runtime:
            self.runtime.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def decide(self, command: CommandDTO | Mapping[str, Any]) -> DecisionDTO:
        return self.explain(command).decision

    async def adecide(self, command: CommandDTO | Mapping[str, Any]) -> DecisionDTO:
        return (await self.aexplain(command)).decision

    def explain(self, command: CommandDTO | Mapping[str, Any]) -> Explanation:
        """Decide one command; raises ``CommandValidationError`` for an invalid one only.
        Waits (blocking) for the model's reading when a mode needs it."""
        run = self._run(command)
        try:
            request = next(run)
            while True:
                request = run.send(self._read_sync(request))
        except StopIteration as done:
            final: Explanation = done.value
            return final

    async def aexplain(self, command: CommandDTO | Mapping[str, Any]) -> Explanation:
        """``explain`` for a coroutine: the model's reading is awaited, never waited for."""
        run = self._run(command)
        try:
            request = next(run)
            while True:
                request = run.send(await self._read_async(request))
        except StopIteration as done:
            final: Explanation = done.value
            return final

    def _run(self, command: CommandDTO | Mapping[str, Any]) -> _Run:
        """One call: the rules, then each mode, then the records. Yields when a mode needs
        the model's reading; the driver sends it back."""
        clock = StageClock(perf_counter_ns())
        dto = parse_command(command)
        clock.mark("validate", perf_counter_ns())
        settings, rules = self.policy_settings, self.rules
        # the text the rules read ("kupi sol" read as "купи соль") is the one weighed, as in
        # ``decide``
        extraction, wording = rules.extract_with_wording(dto, settings)
        clock.mark("extract", perf_counter_ns())
        explanation = rules.explain_extraction(
            dto,
            extraction,
            settings,
            decision_version=rules.version,
            weigh_wording=True,
            wording=wording,
        )
        clock.mark("build", perf_counter_ns())
        turn = Turn(dto, clock, explanation, clock.total_ms(), wording)
        for mode in self.modes:
            turn.settle((yield from mode.run(turn)))
        if self.modes and turn.step is None:
            turn.settle(Step(self._idle_mode(), LlmOutcome.SKIPPED, True, "nothing_to_do"))
        self.recorder.write(turn)
        return turn.final

    def _enabled_modes(
        self, llm: LLMExtractionPolicy, shadow: ShadowRouter | None
    ) -> tuple[LLMMode, ...]:
        """The modes the settings enable, in the order each call runs them."""
        enabled, settings = self.llm_settings, self.policy_settings
        modes: list[LLMMode] = []
        if enabled.partial_trust.enabled:
            modes.append(PartialTrustMode(enabled.partial_trust, llm, settings, self.recorder))
        if enabled.assist.enabled:
            modes.append(AssistMode(enabled.assist, llm, settings, self.recorder))
        if shadow is not None:
            modes.append(ShadowMode(shadow, settings))
        return tuple(modes)

    def _idle_mode(self) -> Mode:
        """The mode a call in which no mode acted is counted under."""
        settings = self.llm_settings
        if settings.shadow.enabled:
            return Mode.SHADOW
        if settings.partial_trust.enabled:
            return Mode.PARTIAL_TRUST
        return Mode.ASSIST

    def _read_sync(self, request: ReadRequest) -> Reading:
        try:
            return self._llm().read_sync(request.command, request.budget_ms / 1000)
        except LLMError as exc:
            return exc

    async def _read_async(self, request: ReadRequest) -> Reading:
        try:
            return await self._llm().read_async(request.command, request.budget_ms / 1000)
        except LLMError as exc:
            return exc

    def _llm(self) -> LLMExtractionPolicy:
        if self.llm is None:  # pragma: no cover - a mode exists only with a runtime
            raise RuntimeError("no LLM runtime")
        return self.llm
