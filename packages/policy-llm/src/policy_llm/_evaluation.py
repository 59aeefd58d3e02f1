"""The hook policy-eval calls to evaluate the LLM extraction policy over the golden dataset.

``policy-eval`` imports ``policy_llm.evaluation_policies`` when policy-llm is installed. With
``LLM_POLICY_ENABLED`` off it returns nothing (and builds nothing); on, it returns the policy
``llm``, deciding with the endpoint of the policy file. Errors are ``LLMError``s, whose
``error_type`` the report counts.
"""

from __future__ import annotations

import weakref
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from policy_core import CommandDTO, Explanation, PolicySettings, RulePolicy, parse_date_time
from policy_llm._cache import ResponseCacheLike
from policy_llm._llm_policy import EXTRACTION_TASK, LLMExtractionPolicy
from policy_llm._runtime import build_runtime
from policy_llm._settings import LLMSettings

__all__ = ["EvaluatedLLMPolicy", "evaluation_policies"]


@dataclass(frozen=True, slots=True)
class EvaluatedLLMPolicy:
    """The LLM extraction policy as policy-eval runs it: ids derived from command_id and the
    clock fixed at the command's timestamp (as for the deterministic policy), and a budget
    that lets every repair and escalation of the policy file run."""

    policy: LLMExtractionPolicy
    budget_s: float
    name: str = "llm"
    concurrent: bool = True
    version: str = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "version", self.policy.version)

    def decide(self, command: CommandDTO) -> Explanation:
        moment = parse_date_time(command.timestamp)
        settings = PolicySettings(deterministic_ids=True, clock=lambda: moment)
        return self.policy.explain(command, settings, budget_s=self.budget_s)


def evaluation_policies(
    environ: Mapping[str, str], *, cache: ResponseCacheLike | None = None
) -> Sequence[EvaluatedLLMPolicy]:
    """The LLM policies to evaluate: none while ``LLM_POLICY_ENABLED`` is off."""
    runtime = build_runtime(LLMSettings.from_env(environ), environ, cache=cache)
    if runtime is None:
        return ()
    policy = LLMExtractionPolicy(runtime, RulePolicy())
    weakref.finalize(policy, runtime.close)
    route = runtime.policy.tasks[EXTRACTION_TASK]
    budget = sum(
        profile.timeout_s * (route.repair_attempts + 1)
        for _, profile in runtime.policy.escalation_chain(EXTRACTION_TASK)
    )
    return (EvaluatedLLMPolicy(policy, budget),)
