"""The harness the LLM-mode tests drive :class:`~policy_llm.HybridPolicy` with.

:func:`make_policy` builds a HybridPolicy against a :class:`~scripted_llm.ScriptedLLM` with
every record captured in memory (:class:`Logs`); conftest's ``build`` fixture closes what it
built. The policy reads the server's test policy file unless ``shipped_policy=True`` asks for
the policy file that ships with policy-llm.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from scripted_llm import ScriptedLLM

from policy_core import (
    CommandDTO,
    DecisionDTO,
    Draft,
    Explanation,
    PolicySettings,
    RulePolicy,
    compile_validator,
    decide,
    load_schema,
    validate_decision,
)
from policy_core.testing import FixedClock
from policy_llm import (
    AssistSettings,
    HybridPolicy,
    LLMSettings,
    PartialTrustSettings,
    ShadowSettings,
)
from policy_observability import (
    LogHub,
    LogType,
    ObservabilitySettings,
    Sink,
    validate_record,
)
from policy_observability.testing import MemorySink

__all__ = [
    "RULES",
    "SETTINGS",
    "TEXTS",
    "Build",
    "Logs",
    "assert_schema_valid",
    "every_mode",
    "make_logs",
    "make_policy",
    "model_explanation",
    "only",
    "rules_decision",
    "settle",
    "valid_records",
]

# One rule policy for every test policy: building one loads the morphology dictionaries.
RULES = RulePolicy()
SETTINGS = PolicySettings(deterministic_ids=True, clock=FixedClock())
"""The ids and clock every test policy decides with (no log hub)."""


# Commands every mode has something to do with, and some no mode touches.
TEXTS = [
    "купи молоко",
    "купи 2 литра молока и хлеб",
    "купи что-нибудь к чаю",
    "помой посуду на неделе",
    "Напомни Пете вынести мусор",
    "купи молоко и вынеси мусор",
    "переведи Пете 500 рублей",
    "какая погода завтра",
]


@dataclass
class Logs:
    """A LogHub writing every record type to memory."""

    log_user_text: bool = False
    sinks: dict[LogType, MemorySink] = field(init=False)
    hub: LogHub = field(init=False)

    def __post_init__(self) -> None:
        self.sinks = {}
        sinks: dict[LogType | str, Sink] = {}
        for kind in LogType:
            self.sinks[kind] = sinks[kind] = MemorySink()
        settings = ObservabilitySettings(log_user_text=self.log_user_text)
        self.hub = LogHub(settings, sinks=sinks)

    def records(self, kind: LogType | str | None = None) -> list[dict[str, Any]]:
        """The records written so far, of one type or of all (grouped by type)."""
        if kind is not None:
            return self.sinks[LogType(kind)].records()
        return [record for sink in self.sinks.values() for record in sink.records()]

    def lines(self) -> list[bytes]:
        return [line for sink in self.sinks.values() for line in list(sink.lines)]


Build = Callable[..., tuple[HybridPolicy, Logs]]
"""conftest's ``build``: ``make_policy``'s options (and ``logs``) in, the policy and its logs out."""


def make_logs(*, log_user_text: bool = False) -> Logs:
    return Logs(log_user_text=log_user_text)


def make_policy(
    server: ScriptedLLM,
    *,
    shadow: ShadowSettings | None = None,
    assist: AssistSettings | None = None,
    partial_trust: PartialTrustSettings | None = None,
    enabled: bool = True,
    logs: Logs | None = None,
    deterministic_ids: bool = True,
    shipped_policy: bool = False,
    settings: LLMSettings | None = None,
    base_url: str | None = None,
) -> HybridPolicy:
    """A HybridPolicy talking to ``server`` with the given modes (off when not given), or
    with ``settings`` as they are (from ``LLMSettings.from_env``, say) but the policy file.
    ``base_url`` sends the requests elsewhere (a port nothing listens on)."""
    policy_file = None if shipped_policy else server.policy_file
    if settings is not None:
        settings = settings.model_copy(update={"policy_file": policy_file})
    else:
        settings = LLMSettings(
            enabled=enabled,
            policy_file=policy_file,
            shadow=shadow or ShadowSettings(),
            assist=assist or AssistSettings(),
            partial_trust=partial_trust or PartialTrustSettings(),
        )
    policy_settings = PolicySettings(
        deterministic_ids=deterministic_ids,
        clock=FixedClock(),
        log_hub=logs.hub if logs is not None else None,
    )
    environ = server.environ(**({"LLM_BASE_URL": base_url} if base_url else {}))
    return HybridPolicy(settings, policy_settings, rules=RULES, environ=environ)


def only(logs: Logs, kind: LogType) -> dict[str, Any]:
    """The one record of type ``kind``."""
    records = logs.records(kind)
    assert len(records) == 1, records
    return records[0]


_DECISION_SCHEMA = compile_validator(load_schema("decision"))


def rules_decision(command: CommandDTO | Mapping[str, Any]) -> DecisionDTO:
    """What policy-core alone decides, with the ids and clock every test policy uses."""
    return decide(command, SETTINGS, policy=RULES)


def model_explanation(command: CommandDTO, draft: Draft) -> Explanation:
    """The decision built from a model's ``draft`` the way the LLM policy builds one."""
    extraction = RULES.assemble(command, draft)
    decision = RULES.decide_extraction(command, extraction, SETTINGS, decision_version="llm/test")
    return Explanation(decision, extraction)


def assert_schema_valid(decision: DecisionDTO) -> None:
    """The decision meets contract 2.1.0: the published JSON Schema and the model's checks."""
    document = decision.to_json_dict()
    _DECISION_SCHEMA.validate(document)
    validate_decision(document)


def valid_records(logs: Logs) -> list[dict[str, Any]]:
    """Every record written, each checked against its published schema."""
    records = logs.records()
    for record in records:
        validate_record(record)
    return records


def every_mode() -> dict[str, Any]:
    """``make_policy``'s options with all three modes on, everything sampled."""
    return {
        "shadow": ShadowSettings(enabled=True),
        "assist": AssistSettings(enabled=True),
        "partial_trust": PartialTrustSettings(
            enabled=True, sample_rate=1.0, corridor=frozenset({"add_shopping_item", "create_task"})
        ),
    }


def settle(policy: HybridPolicy, timeout_s: float = 5.0) -> None:
    """Wait until the policy's shadow comparisons are done (their records written)."""
    if policy.shadow is not None:
        assert policy.shadow.wait_idle(timeout_s)
