"""The LLM extraction policy: the model reads the command, policy-core's rules decide.

The model's answer is validated against the extraction schema (with the policy file's repair
and escalation), assembled by the rules' resolution order (default list and assignee,
missing fields) and turned into a DecisionDTO by the same capability gating as the rules.
The rules' hard refusals come first and are never handed to the model: blank text, text over
the length limit and every corridor reject (payments, devices, other households, bulk edits).
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from policy_core import (
    CommandDTO,
    DecisionDTO,
    Explanation,
    Extraction,
    PolicySettings,
    RulePolicy,
)
from policy_llm._ask import Answer, ask_structured
from policy_llm._call_fields import call_fields
from policy_llm._extraction import LLMReading, extraction_schema, read_answer
from policy_llm._few_shot import ExampleBank, load_examples
from policy_llm._prompt import extraction_messages, prompt_version
from policy_llm._runtime import LLMRuntime
from policy_llm.exceptions import LLMError
from policy_observability import LlmCallFields

__all__ = [
    "DEADLINE_GRACE_S",
    "EXTRACTION_TASK",
    "LLMExtractionPolicy",
    "LLMRead",
    "rules_precede",
]

EXTRACTION_TASK = "extraction"

# A reading ends itself at its deadline, closing its HTTP request on the way out. Whoever
# waits on it waits this much longer before cancelling it from outside: a second cancellation
# landing during that clean-up can interrupt httpcore's closing of the connection, leaving the
# request open and the server working on it (seen in about one call in ten).
DEADLINE_GRACE_S = 0.05


def rules_precede(extraction: Extraction) -> bool:
    """The rules' extraction is final: a corridor reject, an over-long or a blank text."""
    return extraction.reject_code is not None or extraction.missing == ("text",)


@dataclass(frozen=True, slots=True)
class LLMRead:
    """One successful reading of a command by the model."""

    reading: LLMReading
    answer: Answer
    latency_ms: float


class LLMExtractionPolicy:
    """Decides with the model's extraction. ``read`` is the coroutine the LLM modes share."""

    def __init__(self, runtime: LLMRuntime, rules: RulePolicy) -> None:
        self.runtime = runtime
        self.rules = rules
        model = runtime.policy.model_for(runtime.policy.profile_for(EXTRACTION_TASK))
        self.model = model  # the one asked first
        self.route = runtime.policy.route_for(EXTRACTION_TASK)
        self.examples: ExampleBank | None = None
        if self.route.few_shot and self.route.examples is not None:
            self.examples = load_examples(self.route.examples, rules)
        self.version = f"llm/{prompt_version(self.route.prompt, self.route.few_shot)}/{model}"

    async def read(self, command: CommandDTO, budget_s: float) -> LLMRead:
        """The model's reading of ``command`` within ``budget_s``; raises an ``LLMError``."""
        started = time.perf_counter()
        deadline = time.monotonic() + budget_s
        shown: tuple[tuple[str, Mapping[str, Any]], ...] = ()
        if self.examples is not None:
            shown = tuple(
                (example.text, example.answer)
                for example in self.examples.nearest(
                    command.text, self.route.few_shot, command.context.household.household_id
                )
            )
        style = self.route.prompt
        answer = await ask_structured(
            self.runtime.client,
            self.runtime.policy,
            EXTRACTION_TASK,
            lambda schema: extraction_messages(command, schema=schema, style=style, examples=shown),
            extraction_schema(),
            deadline=deadline,
        )
        latency_ms = (time.perf_counter() - started) * 1000
        return LLMRead(read_answer(answer.data), answer, latency_ms)

    def call_fields(
        self,
        read: LLMRead | LLMError | None,
        *,
        latency_ms: float | None = None,
    ) -> LlmCallFields:
        """What records say about ``read`` (None: no reading was asked for, so no call): the
        model, tokens, cost, its time (``latency_ms``, the reading's own by default) and, for
        an error, its type."""
        if read is None:
            return {}
        if isinstance(read, LLMError):
            return call_fields(self.runtime.policy, self.model, error=read, latency_ms=latency_ms)
        return call_fields(
            self.runtime.policy,
            self.model,
            answer=read.answer,
            latency_ms=read.latency_ms if latency_ms is None else latency_ms,
        )

    def read_sync(self, command: CommandDTO, budget_s: float) -> LLMRead:
        """``read`` from a synchronous caller, run on the runtime's loop: the reading ends
        itself at its deadline, and the wait gives it ``DEADLINE_GRACE_S`` to do so before
        cancelling it from outside."""
        return self.runtime.loop.run(self.read(command, budget_s), budget_s + DEADLINE_GRACE_S)

    async def read_async(self, command: CommandDTO, budget_s: float) -> LLMRead:
        """``read_sync`` for a coroutine on another event loop: it awaits the reading made on
        the runtime's loop without blocking its own."""
        return await self.runtime.loop.run_async(
            self.read(command, budget_s), budget_s + DEADLINE_GRACE_S
        )

    def decide_read(
        self, command: CommandDTO, read: LLMRead, settings: PolicySettings
    ) -> Explanation:
        """The decision the model's reading gives, by the rules' assembly and gating."""
        extraction = self.rules.assemble(command, read.reading.draft)
        return self.rules.explain_extraction(
            command, extraction, settings, decision_version=self.version
        )

    def explain(
        self, command: CommandDTO, settings: PolicySettings, *, budget_s: float
    ) -> Explanation:
        """Decide ``command`` with the model (synchronously, at most ``budget_s``)."""
        rules = self.rules.extract(command, settings)
        if rules_precede(rules):
            return self.rules.explain_extraction(
                command, rules, settings, decision_version=self.version
            )
        read = self.read_sync(command, budget_s)
        return self.decide_read(command, read, settings)

    def decide(
        self, command: CommandDTO, settings: PolicySettings, *, budget_s: float
    ) -> DecisionDTO:
        return self.explain(command, settings, budget_s=budget_s).decision
