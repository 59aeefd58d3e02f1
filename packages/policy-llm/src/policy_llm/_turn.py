"""One call of HybridPolicy: the command, the rules' answer, one memoised LLM reading, the steps.

A mode never calls the model itself. It asks the turn for the reading with ``yield from
turn.reading(budget_ms)``: the first mode to ask makes the driver (synchronous or
asynchronous, see ``_hybrid``) fetch it once within that budget; every later mode gets the
same reading, or the same error. So the modes are plain generators, and one body of logic
serves ``decide`` and ``adecide``.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from dataclasses import dataclass, field
from time import perf_counter_ns
from typing import TypeAlias

from policy_core import CommandDTO, Explanation, StageClock
from policy_llm._llm_policy import LLMRead
from policy_llm.exceptions import LLMError
from policy_observability import LlmCallFields, LlmOutcome, LogRecord, Mode

__all__ = ["ModeRun", "ReadRequest", "Reading", "RecordMaker", "Step", "Turn"]

Reading: TypeAlias = LLMRead | LLMError
"""What asking the model gave: its reading, or the error that ended the call."""

RecordMaker: TypeAlias = Callable[[str], LogRecord]
"""A record of the call, made once the returned decision's ``trace_id`` is known."""


@dataclass(frozen=True, slots=True)
class ReadRequest:
    """A mode needs the model's reading of ``command``, within ``budget_ms``."""

    command: CommandDTO
    budget_ms: int


def _no_call() -> LlmCallFields:
    return {}


@dataclass(frozen=True, slots=True)
class Step:
    """What one mode did with a command: the fields of its ``fallback_metrics`` record (the
    call's among them: model, tokens, cost, time, error type) and, when the mode's answer
    replaces the rules', that answer."""

    mode: Mode
    outcome: LlmOutcome
    deterministic_used: bool
    fallback_reason: str | None = None
    call: LlmCallFields = field(default_factory=_no_call)
    explanation: Explanation | None = None
    # The shadow comparison writes this decision's fallback record itself, once it is done.
    recorded_later: bool = False


ModeRun: TypeAlias = Generator[ReadRequest, Reading, Step | None]
"""A mode's ``run(turn)``: it may ask for the reading, and ends with its step (or None when
the mode had nothing to do with the command)."""


@dataclass(slots=True)
class Turn:
    """Everything one ``decide`` call knows, in the order it learns it."""

    command: CommandDTO
    clock: StageClock
    rules: Explanation
    rules_ms: float
    # the text the rules read and weighed, normalised (Russian typed in Latin letters in
    # Cyrillic): a mode that weighs the rules' reading weighs it too (None: refused unread)
    wording: str | None = None
    step: Step | None = None
    records: list[RecordMaker] = field(default_factory=list)
    _read: Reading | None = None

    @property
    def read(self) -> Reading | None:
        """The reading a mode already asked for (None: no mode has)."""
        return self._read

    @property
    def accepted(self) -> bool:
        """A mode's answer has replaced the rules'."""
        return self.step is not None and self.step.explanation is not None

    @property
    def final(self) -> Explanation:
        """The answer this call returns, as far as the modes so far have decided."""
        step = self.step
        if step is not None and step.explanation is not None:
            return step.explanation
        return self.rules

    def reading(self, budget_ms: int) -> Generator[ReadRequest, Reading, Reading]:
        """The model's reading: asked for once, within the first asker's budget."""
        if self._read is None:
            self._read = yield ReadRequest(self.command, budget_ms)
            self.clock.mark("llm", perf_counter_ns())
        return self._read

    def settle(self, step: Step | None) -> None:
        """Keep ``step`` as the call's step, unless it only skipped and another mode acted."""
        if step is not None and (self.step is None or step.outcome is not LlmOutcome.SKIPPED):
            self.step = step
