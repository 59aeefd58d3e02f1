"""The hook policy-eval calls to evaluate the LLM policies over the golden dataset.

``policy-eval`` imports ``policy_llm.evaluation_policies`` when policy-llm is installed. With
``LLM_POLICY_ENABLED`` off it returns nothing (and builds nothing); on, it returns three
policies sharing one runtime (endpoint, client, response cache):

- ``llm``: the LLM extraction policy alone, deciding every command with the model;
- ``assist``: the rules, with assist filling the fields they left open (every command
  sampled, the budget of every repair and escalation);
- ``partial_trust``: the rules, with partial trust inside the corridor the environment
  configures (``LLM_PARTIAL_TRUST_CORRIDOR``, ``..._MIN_CONFIDENCE``; every candidate
  sampled). An accepted candidate's decision carries the LLM policy's version.

Pick them with ``--policy deterministic,llm,assist,partial_trust``; with ``--cache-dir`` the
three ask the endpoint once per command. All three say they are ``noisy``: policy-eval's gate
then counts a drop as a regression only when it also leaves the run's 95% interval. Errors are ``LLMError``s, whose ``error_type`` the
report counts (assist and partial trust fall back to the rules instead of raising).
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from policy_core import CommandDTO, Explanation, PolicySettings, RulePolicy, parse_date_time
from policy_llm._cache import ResponseCacheLike
from policy_llm._hybrid import HybridPolicy
from policy_llm._llm_policy import EXTRACTION_TASK, LLMExtractionPolicy
from policy_llm._runtime import LLMRuntime, build_runtime
from policy_llm._settings import LLMSettings

__all__ = ["EvaluatedHybridPolicy", "EvaluatedLLMPolicy", "evaluation_policies"]


@dataclass(frozen=True, slots=True)
class EvaluatedLLMPolicy:
    """The LLM extraction policy as policy-eval runs it: ids derived from command_id and the
    clock fixed at the command's timestamp (as for the deterministic policy), and a budget
    that lets every repair and escalation of the policy file run."""

    policy: LLMExtractionPolicy
    budget_s: float
    name: str = "llm"
    concurrent: bool = True
    noisy: bool = True  # a model's answers vary from run to run: the gate weighs its interval
    version: str = field(init=False)
    lease: object = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "version", self.policy.version)

    def decide(self, command: CommandDTO) -> Explanation:
        moment = parse_date_time(command.timestamp)
        settings = PolicySettings(deterministic_ids=True, clock=lambda: moment)
        return self.policy.explain(command, settings, budget_s=self.budget_s)


class _CommandClock:
    """The clock a hybrid policy decides by: the timestamp of the command the calling thread
    is deciding (policy-eval decides a case per thread), as the deterministic policy does."""

    def __init__(self) -> None:
        self._now = threading.local()

    def set(self, moment: datetime | None) -> None:
        self._now.value = moment

    def __call__(self) -> datetime:
        moment: datetime | None = getattr(self._now, "value", None)
        if moment is None:
            raise RuntimeError("the evaluation clock was read outside a decision")
        return moment


@dataclass(frozen=True, slots=True)
class EvaluatedHybridPolicy:
    """The rules with one LLM mode on (``assist`` or ``partial_trust``), as policy-eval runs
    it: ids derived from command_id, the clock at the command's timestamp, no records."""

    hybrid: HybridPolicy
    name: str
    version: str
    clock: _CommandClock
    concurrent: bool = True
    noisy: bool = True
    lease: object = field(default=None, repr=False, compare=False)

    def decide(self, command: CommandDTO) -> Explanation:
        self.clock.set(parse_date_time(command.timestamp))
        try:
            return self.hybrid.explain(command)
        finally:
            self.clock.set(None)


class _RuntimeLease:
    """Held by each of the three policies: the shared runtime closes when the last of them is
    dropped, not the first (policy-eval keeps only the policies it was asked for)."""

    __slots__ = ("__weakref__",)


def _hybrid(
    name: str,
    runtime: LLMRuntime,
    rules: RulePolicy,
    settings: LLMSettings,
    llm_version: str,
    *,
    lease: _RuntimeLease,
) -> EvaluatedHybridPolicy:
    clock = _CommandClock()
    policy = PolicySettings(deterministic_ids=True, clock=clock)
    hybrid = HybridPolicy(settings, policy, runtime=runtime, rules=rules)
    version = f"{rules.version}+{name}:{llm_version}"
    return EvaluatedHybridPolicy(hybrid, name, version, clock, lease=lease)


def evaluation_policies(
    environ: Mapping[str, str], *, cache: ResponseCacheLike | None = None
) -> Sequence[EvaluatedLLMPolicy | EvaluatedHybridPolicy]:
    """The LLM policies to evaluate: none while ``LLM_POLICY_ENABLED`` is off."""
    settings = LLMSettings.from_env(environ)
    runtime = build_runtime(settings, environ, cache=cache)
    if runtime is None:
        return ()
    rules = RulePolicy()
    policy = LLMExtractionPolicy(runtime, rules)
    lease = _RuntimeLease()
    weakref.finalize(lease, runtime.close)
    route = runtime.policy.tasks[EXTRACTION_TASK]
    budget = sum(
        profile.timeout_s * (route.repair_attempts + 1)
        for _, profile in runtime.policy.escalation_chain(EXTRACTION_TASK)
    )
    every = {"enabled": True, "sample_rate": 1.0, "budget_ms": max(1, round(budget * 1000))}
    only = {"enabled": True, "shadow": settings.shadow.model_copy(update={"enabled": False})}
    assist = settings.model_copy(
        update={
            **only,
            "assist": settings.assist.model_copy(update=every),
            "partial_trust": settings.partial_trust.model_copy(update={"enabled": False}),
        }
    )
    trust = settings.model_copy(
        update={
            **only,
            "assist": settings.assist.model_copy(update={"enabled": False}),
            "partial_trust": settings.partial_trust.model_copy(update=every),
        }
    )
    return (
        EvaluatedLLMPolicy(policy, budget, lease=lease),
        _hybrid("assist", runtime, rules, assist, policy.version, lease=lease),
        _hybrid("partial_trust", runtime, rules, trust, policy.version, lease=lease),
    )
