"""The policies an evaluation runs, and the seam through which policy-llm adds its own.

A policy is anything with a ``name``, a ``version`` and either a synchronous ``decide`` or an
asynchronous ``decide_async``; it takes a validated CommandDTO and returns a DecisionDTO, or
a policy-core ``Explanation`` (the decision plus the intent it understood, which intent
accuracy then scores even where capability gating answered with a clarify).
The deterministic policy of policy-core is always evaluated, first, as the reference the
other policies' deltas are measured against.

**The policy-llm hook.** When ``policy_llm`` is importable and exposes::

    def evaluation_policies(
        environ: Mapping[str, str], *, cache: ResponseCache | None
    ) -> Sequence[Policy | AsyncPolicy]: ...

``discover_policies`` calls it and adds what it returns. The hook returns an empty sequence
when the LLM is not configured (``LLM_POLICY_ENABLED`` off); it raises a ``PolicyError``
when it is configured wrongly, which stops the evaluation with exit status 2. It should hand
``cache`` (when given) to its client, and mark every error it raises with an
``error_type`` string from its taxonomy (``timeout``, ``schema_invalid``...), which the
report counts; other exceptions count under their class name.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Final, Protocol, TypeAlias, runtime_checkable

import policy_core
from policy_core import (
    ACTION_THRESHOLD_VARIABLES,
    CommandDTO,
    DecisionDTO,
    Explanation,
    PolicyError,
    PolicySettings,
    SettingsError,
)
from policy_eval._cache import ResponseCache
from policy_eval._jsonschema import parse_rfc3339
from policy_eval.exceptions import PolicyDiscoveryError, SpecError

__all__ = [
    "LLM_HOOK",
    "VARIANT_SETTINGS",
    "AnyPolicy",
    "AsyncPolicy",
    "DeterministicPolicy",
    "Policy",
    "discover_policies",
    "rules_variant",
    "select_policies",
]

LLM_HOOK = "policy_llm.evaluation_policies"
VARIANT_SETTINGS: Final[Mapping[str, str]] = ACTION_THRESHOLD_VARIABLES
"""The ``PolicySettings`` thresholds a rules variant may set (``--variant``), with the
environment variable each is read as: policy-core's ``ACTION_THRESHOLD_VARIABLES``."""


@runtime_checkable
class Policy(Protocol):
    """A synchronous policy.

    ``concurrent`` tells the runner the policy waits on I/O (an LLM endpoint) and may be
    called from a bounded pool of threads; a CPU-bound policy says ``False`` and runs inline.
    """

    @property
    def name(self) -> str: ...

    @property
    def version(self) -> str: ...

    @property
    def concurrent(self) -> bool: ...

    def decide(self, command: CommandDTO) -> DecisionDTO | Explanation: ...


@runtime_checkable
class AsyncPolicy(Protocol):
    """An asynchronous policy; the runner awaits at most ``concurrency`` calls at a time."""

    @property
    def name(self) -> str: ...

    @property
    def version(self) -> str: ...

    async def decide_async(self, command: CommandDTO) -> DecisionDTO: ...


AnyPolicy: TypeAlias = Policy | AsyncPolicy


@dataclass(frozen=True, slots=True)
class DeterministicPolicy:
    """policy-core's rules, with ids derived from command_id and the clock fixed at the
    command's own timestamp, so two runs over the same dataset give identical decisions;
    ``thresholds`` (name, value) set ``PolicySettings`` thresholds other than their defaults
    (``rules_variant``)."""

    name: str = "deterministic"
    version: str = policy_core.__version__
    concurrent: bool = False
    thresholds: tuple[tuple[str, float], ...] = ()

    def decide(self, command: CommandDTO) -> Explanation:
        moment = parse_rfc3339(command.timestamp)
        settings = PolicySettings(
            deterministic_ids=True, clock=lambda: moment, **dict(self.thresholds)
        )
        return policy_core.explain(command, settings)


def rules_variant(spec: str) -> DeterministicPolicy:
    """The deterministic policy with other thresholds, from ``--variant``'s text
    ("min_action_evidence=0.3" or several, comma-separated), named "deterministic@" and the
    thresholds as read, so that a run sets choices side by side. Each value is read as its
    environment variable is (``PolicySettings.from_env``: a finite number within the
    setting's bounds); anything else is a ``SpecError`` naming the setting.

    >>> rules_variant("min_action_evidence=0.3").name
    'deterministic@min_action_evidence=0.3'
    """
    shown = spec if len(spec) <= 80 else spec[:77] + "..."  # an error echoes a bounded text
    given: dict[str, str] = {}
    for part in spec.split(","):
        name, equals, text = part.partition("=")
        name = name.strip()
        if not equals or name not in VARIANT_SETTINGS:
            known = ", ".join(VARIANT_SETTINGS)
            raise SpecError("--variant", shown, f"expected NAME=VALUE with NAME one of {known}")
        if name in given:
            raise SpecError("--variant", shown, f"{name} is given twice")
        given[name] = text
    try:
        settings = PolicySettings.from_env(
            {VARIANT_SETTINGS[name]: text for name, text in given.items()}
        )
    except SettingsError as exc:
        raise SpecError("--variant", shown, str(exc)) from None
    values = tuple((name, float(getattr(settings, name))) for name in given)
    label = ",".join(f"{name}={value:g}" for name, value in values)
    return DeterministicPolicy(name=f"deterministic@{label}", thresholds=values)


def _llm_policies(environ: Mapping[str, str], cache: ResponseCache | None) -> tuple[AnyPolicy, ...]:
    try:
        module = importlib.import_module("policy_llm")
    except ModuleNotFoundError as exc:
        if exc.name == "policy_llm":
            return ()
        raise PolicyDiscoveryError("policy_llm", f"cannot be imported: {exc}") from exc
    hook = getattr(module, LLM_HOOK.rpartition(".")[2], None)
    if hook is None:  # a policy-llm that offers no evaluation policies
        return ()
    try:
        offered = list(hook(environ, cache=cache))
    except PolicyError as exc:
        raise PolicyDiscoveryError(LLM_HOOK, str(exc)) from exc
    for policy in offered:
        if not isinstance(policy, Policy | AsyncPolicy):
            raise PolicyDiscoveryError(LLM_HOOK, f"returned {policy!r}, which is not a Policy")
    return tuple(offered)


def discover_policies(
    environ: Mapping[str, str] | None = None, *, cache: ResponseCache | None = None
) -> tuple[AnyPolicy, ...]:
    """The deterministic policy, then every LLM policy policy-llm offers for this environment."""
    env = os.environ if environ is None else environ
    found: tuple[AnyPolicy, ...] = (DeterministicPolicy(), *_llm_policies(env, cache))
    names = [policy.name for policy in found]
    duplicates = sorted({name for name in names if names.count(name) > 1})
    if duplicates:
        raise PolicyDiscoveryError(LLM_HOOK, f"policy names must be unique: {duplicates}")
    return found


def select_policies(
    available: Sequence[AnyPolicy], names: Sequence[str] | None
) -> tuple[AnyPolicy, ...]:
    """The policies named (all of them when ``names`` is None); the first available is kept
    first, always, as the reference."""
    if not available:
        raise SpecError("--policy", "", "no policies are available")
    if not names:
        return tuple(available)
    by_name = {policy.name: policy for policy in available}
    unknown = [name for name in names if name not in by_name]
    if unknown:
        known = ", ".join(by_name)
        raise SpecError("--policy", unknown[0], f"unknown policy (available: {known})")
    chosen = {available[0].name: available[0]}
    for name in names:
        chosen.setdefault(name, by_name[name])
    return tuple(chosen.values())
