"""HybridPolicy as a whole: the kill switch, the modes together, and the records they write.

The rules decide every command; partial trust, then assist, then shadow run beside them. One
model reading serves every mode of a command, every LLM failure falls back to the rules, and
each decision leaves one pipeline_latency, one decision and (with a mode on) one
fallback_metrics record, all joined by the returned decision's command_id and trace_id.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from typing import Any

import pytest
from hybrid_harness import (
    RULES,
    TEXTS,
    Build,
    every_mode,
    make_logs,
    make_policy,
    only,
    rules_decision,
    settle,
    valid_records,
)
from scripted_llm import API_KEY, Reply, ScriptedLLM, by_text, extraction, item, task

from policy_core import CommandValidationError
from policy_core.testing import make_command
from policy_llm import (
    AssistSettings,
    HybridPolicy,
    LLMMisconfiguredError,
    LLMSettings,
    PartialTrustSettings,
    ShadowSettings,
    build_runtime,
)
from policy_observability import LogType

EVERY_MODE = {
    "LLM_SHADOW_ENABLED": "true",
    "LLM_SHADOW_SAMPLE_RATE": "1",
    "LLM_ASSIST_ENABLED": "true",
    "LLM_PARTIAL_TRUST_ENABLED": "true",
    "LLM_PARTIAL_TRUST_SAMPLE_RATE": "1",
    "LLM_PARTIAL_TRUST_CORRIDOR": "add_shopping_item,create_task",
}


# -- the kill switch --------------------------------------------------------------------


def test_the_kill_switch_off_means_rules_only_and_no_traffic(llm: ScriptedLLM) -> None:
    llm.script = extraction(items=["молоко"])
    settings = LLMSettings.from_env({"LLM_POLICY_ENABLED": "false", **EVERY_MODE})
    assert settings.shadow.enabled
    assert settings.assist.enabled
    assert settings.partial_trust.enabled
    logs = make_logs()
    with make_policy(llm, settings=settings, logs=logs) as policy:
        assert policy.runtime is None
        assert (policy.llm, policy.shadow, policy.shadow_stats()) == (None, None, None)
        for n, text in enumerate(TEXTS):
            document = make_command(text, command_id=f"cmd-{n}")
            assert policy.decide(document) == rules_decision(document)
    assert llm.count == 0
    assert logs.records(LogType.FALLBACK_METRICS) == []
    assert logs.records(LogType.SHADOW_ROUTER) == []
    assert logs.records(LogType.ASSIST) == []
    assert logs.records(LogType.PARTIAL_TRUST_RISK) == []
    latencies = logs.records(LogType.PIPELINE_LATENCY)
    assert len(latencies) == len(TEXTS)
    assert {(r["mode"], r["llm_enabled"]) for r in latencies} == {("deterministic", False)}
    assert len(logs.records(LogType.DECISION)) == len(TEXTS)
    valid_records(logs)


def test_the_kill_switch_off_reads_no_policy_file_and_needs_no_endpoint() -> None:
    settings = LLMSettings.from_env({**EVERY_MODE, "LLM_POLICY_FILE": "/nonexistent/policy.toml"})
    assert build_runtime(settings, {}) is None
    with HybridPolicy(settings, environ={}) as policy:
        assert policy.runtime is None
        assert policy.decide(make_command()).decision_version.startswith("deterministic/")


def test_from_env_with_nothing_set_is_the_rules_alone() -> None:
    with HybridPolicy.from_env({}) as policy:
        assert policy.runtime is None
        assert policy.decide(make_command()).decision_outcome == "execute"


def test_the_switch_on_without_a_mode_builds_no_client(llm: ScriptedLLM) -> None:
    with make_policy(llm, enabled=True) as policy:
        assert policy.runtime is None
        policy.decide(make_command())
    assert llm.count == 0


def test_from_env_builds_every_mode_from_the_environment(llm: ScriptedLLM) -> None:
    llm.script = extraction(items=["молоко"])
    environ = {
        **llm.environ(),
        **EVERY_MODE,
        "LLM_POLICY_ENABLED": "true",
        "LLM_POLICY_FILE": str(llm.policy_file),
        "POLICY_DETERMINISTIC_IDS": "true",
    }
    with HybridPolicy.from_env(environ) as policy:
        assert policy.runtime is not None
        assert policy.shadow is not None
        decision = policy.decide(make_command("купи молоко"))
        settle(policy)
    assert decision.decision_version.startswith("llm/")  # partial trust accepted it
    assert llm.count == 1  # and the shadow reused its reading


def test_a_placeholder_key_is_refused_at_start_up(llm: ScriptedLLM) -> None:
    settings = LLMSettings(
        enabled=True, policy_file=llm.policy_file, shadow=ShadowSettings(enabled=True)
    )
    with pytest.raises(LLMMisconfiguredError) as caught:
        HybridPolicy(settings, environ=llm.environ(LLM_API_KEY="<your-key>"))
    assert "your-key" not in str(caught.value)
    assert caught.value.field == "endpoint.api_key"


# -- the modes together -----------------------------------------------------------------


def test_partial_trust_decides_and_the_others_reuse_its_reading(
    build: Build, llm: ScriptedLLM
) -> None:
    llm.script = extraction(items=["молоко"])
    policy, logs = build(**every_mode())
    decision = policy.decide(make_command("купи молоко"))
    settle(policy)
    assert decision.decision_version.startswith("llm/")
    assert llm.count == 1
    assert logs.records(LogType.ASSIST) == []  # partial trust decided: nothing left to fill
    assert only(logs, LogType.PARTIAL_TRUST_RISK)["accepted"] is True
    assert only(logs, LogType.SHADOW_ROUTER)["overall_agreement"] is True
    fallback = only(logs, LogType.FALLBACK_METRICS)
    assert (fallback["mode"], fallback["llm_outcome"]) == ("partial_trust", "ok")


def test_assist_fills_in_with_the_reading_partial_trust_refused(
    build: Build, llm: ScriptedLLM
) -> None:
    """A low-confidence reading fails partial trust; its grounded item still fills the gap."""
    llm.script = extraction(items=["чай"], confidence=0.5)
    policy, logs = build(**every_mode())
    decision = policy.decide(make_command("купи что-нибудь к чаю"))
    settle(policy)
    assert llm.count == 1
    assert "+assist:" in decision.decision_version
    assert only(logs, LogType.PARTIAL_TRUST_RISK)["reason_codes"] == [
        "items_added",
        "low_confidence",
    ]
    assert only(logs, LogType.ASSIST)["hints"][0]["accepted"] is True
    fallback = only(logs, LogType.FALLBACK_METRICS)
    assert (fallback["mode"], fallback["llm_outcome"], fallback["deterministic_used"]) == (
        "assist",
        "ok",
        False,
    )
    assert only(logs, LogType.PIPELINE_LATENCY)["mode"] == "assist"
    assert only(logs, LogType.SHADOW_ROUTER)["trace_id"] == decision.trace_id


def test_a_failed_reading_is_not_asked_for_again(build: Build, llm: ScriptedLLM) -> None:
    llm.script = Reply(status=500)
    policy, logs = build(**every_mode())
    document = make_command("купи что-нибудь к чаю")
    assert policy.decide(document) == rules_decision(document)
    settle(policy)
    assert llm.count == 3  # one call with its two retries, for all three modes
    assert only(logs, LogType.PARTIAL_TRUST_RISK)["reason_codes"] == ["unavailable"]
    assert only(logs, LogType.ASSIST)["error.type"] == "unavailable"
    assert only(logs, LogType.SHADOW_ROUTER)["error.type"] == "unavailable"
    # The decision's one fallback_metrics record: assist ran last, and failed.
    fallback = only(logs, LogType.FALLBACK_METRICS)
    assert (fallback["mode"], fallback["llm_outcome"], fallback["error.type"]) == (
        "assist",
        "error",
        "unavailable",
    )


def test_a_model_that_is_down_changes_no_decision(build: Build, llm: ScriptedLLM) -> None:
    with ScriptedLLM() as gone:
        dead_url = gone.url  # nothing listens there once it is closed
    policy, logs = build(base_url=dead_url, **every_mode())
    for n, text in enumerate(TEXTS):
        document = make_command(text, command_id=f"cmd-{n}")
        assert policy.decide(document) == rules_decision(document)
    settle(policy)
    assert llm.count == 0
    errors = {r["error.type"] for r in logs.records(LogType.FALLBACK_METRICS)} - {None}
    assert errors == {"unavailable"}
    valid_records(logs)


def test_an_invalid_command_is_the_only_exception(build: Build, llm: ScriptedLLM) -> None:
    llm.script = extraction(items=["молоко"])
    policy, logs = build(**every_mode())
    document = make_command("купи молоко")
    del document["capabilities"]
    with pytest.raises(CommandValidationError):
        policy.decide(document)
    assert llm.count == 0
    assert logs.records() == []


def test_a_runtime_passed_in_is_not_closed_by_the_policy(llm: ScriptedLLM) -> None:
    llm.script = extraction(items=["молоко"])
    settings = LLMSettings(enabled=True, policy_file=llm.policy_file, **every_mode())
    runtime = build_runtime(settings, llm.environ())
    assert runtime is not None
    with runtime:
        with HybridPolicy(settings, runtime=runtime, rules=RULES) as first:
            first.decide(make_command("купи молоко", command_id="cmd-a"))
            settle(first)
        with HybridPolicy(settings, runtime=runtime, rules=RULES) as second:
            second.decide(make_command("купи молоко", command_id="cmd-b"))
            settle(second)
    assert llm.count == 2


# -- the records ------------------------------------------------------------------------

SCRIPT = by_text(
    {
        "купи молоко": extraction(items=["молоко"]),
        "купи 2 литра молока и хлеб": extraction(items=[item("молоко", 2, "l")]),
        "купи что-нибудь к чаю": extraction(items=["чай"], confidence=0.5),
        "помой посуду на неделе": extraction(
            "create_task", task=task("помыть посуду", due="2026-03-08T10:00:00+03:00")
        ),
        "Напомни Пете вынести мусор": Reply(content=extraction(), delay_s=2.0),
        "купи молоко и вынеси мусор": "not JSON",
        "какая погода завтра": extraction("unknown"),
    }
)

MODES = [
    pytest.param({"shadow": ShadowSettings(enabled=True, budget_ms=300)}, id="shadow"),
    pytest.param({"assist": AssistSettings(enabled=True, budget_ms=300)}, id="assist"),
    pytest.param(
        {"partial_trust": PartialTrustSettings(enabled=True, sample_rate=1.0, budget_ms=300)},
        id="partial_trust",
    ),
    pytest.param(
        {"partial_trust": PartialTrustSettings(enabled=True, sample_rate=0.5, budget_ms=300)},
        id="partial_trust_half_sampled",
    ),
    pytest.param(
        {
            "shadow": ShadowSettings(enabled=True, budget_ms=300),
            "assist": AssistSettings(enabled=True, budget_ms=300),
            "partial_trust": PartialTrustSettings(
                enabled=True,
                sample_rate=1.0,
                budget_ms=300,
                corridor=frozenset({"add_shopping_item", "create_task"}),
            ),
        },
        id="every_mode",
    ),
]


@pytest.mark.parametrize("modes", MODES)
def test_records_validate_and_join_on_the_returned_decision(
    build: Build, llm: ScriptedLLM, modes: dict[str, Any]
) -> None:
    llm.script = SCRIPT
    policy, logs = build(deterministic_ids=False, **modes)
    decisions = {}
    for n, text in enumerate(TEXTS * 2):
        decision = policy.decide(make_command(text, command_id=f"cmd-{n}"))
        decisions[decision.command_id] = decision
    settle(policy)

    by_command: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for record in valid_records(logs):
        by_command[record["command_id"]].append(record)
    assert set(by_command) == set(decisions)
    for command_id, records in by_command.items():
        decision = decisions[command_id]
        assert {r["trace_id"] for r in records} == {decision.trace_id}
        kinds = Counter(r["log_type"] for r in records)
        assert kinds["pipeline_latency"] == kinds["decision"] == kinds["fallback_metrics"] == 1
        assert kinds["assist"] <= 1
        assert kinds["partial_trust_risk"] <= 1
        assert kinds["shadow_router"] <= 1
        (audit,) = [r for r in records if r["log_type"] == "decision"]
        assert (audit["decision_id"], audit["decision_version"]) == (
            decision.decision_id,
            decision.decision_version,
        )
        (fallback,) = [r for r in records if r["log_type"] == "fallback_metrics"]
        assert fallback["deterministic_used"] is (decision.decision_version == RULES.version)


MARKERS = ["кумкват", "фейхоа", "Зинаида"]


def test_no_mode_writes_user_text_names_or_the_key(build: Build, llm: ScriptedLLM) -> None:
    llm.script = by_text(
        {
            "купи кумкват": extraction(items=["кумкват", "фейхоа"]),
            "купи что-нибудь к кумквату": extraction(items=["кумкват"], confidence=0.2),
            "помой посуду на неделе, Зинаида": extraction(
                "create_task", task=task("помыть посуду Зинаида", assignee_id="u-zina")
            ),
        }
    )
    policy, logs = build(**every_mode())
    for n, text in enumerate(
        ["купи кумкват", "купи что-нибудь к кумквату", "помой посуду на неделе, Зинаида"]
    ):
        policy.decide(make_command(text, command_id=f"cmd-{n}"))
    settle(policy)
    written = b"".join(logs.lines()).decode()
    parsed = json.dumps(valid_records(logs), ensure_ascii=False)
    assert {r["log_type"] for r in logs.records()} >= {
        "assist",
        "partial_trust_risk",
        "shadow_router",
    }
    for marker in MARKERS:
        assert marker.casefold() not in written.casefold()
        assert marker.casefold() not in parsed.casefold()
    assert API_KEY not in written
