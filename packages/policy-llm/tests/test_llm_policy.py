"""LLMExtractionPolicy end to end over a real server: the model reads, the rules decide.

Every decision is checked against the published DecisionDTO schema; the rules' hard refusals
(corridor rejects, over-long and blank text) never reach the server.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hybrid_harness import RULES, SETTINGS
from scripted_llm import (
    API_KEY,
    Answer,
    Reply,
    ScriptedLLM,
    extraction,
    in_order,
    item,
    policy_file,
    task,
)

from policy_core import (
    DecisionDTO,
    compile_validator,
    load_schema,
    parse_command,
    validate_decision,
)
from policy_core.testing import make_command
from policy_llm import (
    PROMPT_VERSION,
    LLMError,
    LLMExtractionPolicy,
    LLMSettings,
    build_runtime,
)
from policy_llm._prompt import extraction_messages

DECISION_SCHEMA = compile_validator(load_schema("decision"))


@pytest.fixture
def policy(tmp_path: Path, llm: ScriptedLLM) -> Iterator[LLMExtractionPolicy]:
    env = {
        "LLM_POLICY_ENABLED": "true",
        "LLM_POLICY_FILE": str(policy_file(tmp_path, llm.url, timeout_s=2.0)),
    }
    runtime = build_runtime(LLMSettings.from_env(env), env)
    assert runtime is not None
    with runtime:
        yield LLMExtractionPolicy(runtime, RULES)


def decide(
    policy: LLMExtractionPolicy, text: str, budget_s: float = 3.0, **command: Any
) -> DecisionDTO:
    decision = policy.decide(
        parse_command(make_command(text, **command)), SETTINGS, budget_s=budget_s
    )
    document = decision.to_json_dict()
    DECISION_SCHEMA.validate(document)
    assert validate_decision(document) == decision
    return decision


def payload(decision: DecisionDTO) -> dict[str, Any]:
    dumped: dict[str, Any] = decision.payload.model_dump(mode="json", exclude_none=True)
    return dumped


def test_a_shopping_command(policy: LLMExtractionPolicy, llm: ScriptedLLM) -> None:
    llm.script = extraction(
        intent="add_shopping_item",
        items=[item("молоко", 2.0, "l"), item("хлеб")],
        confidence=0.93,
    )
    decision = decide(policy, "Купи 2 литра молока и хлеб")
    assert decision.decision_version.startswith("llm/")
    assert decision.decision_version == f"llm/{PROMPT_VERSION}/fast-model"
    assert decision.decision_version == policy.version
    assert (decision.action, decision.decision_outcome, decision.status) == (
        "start_job",
        "execute",
        "ok",
    )
    proposed = payload(decision)["proposed_actions"]
    assert [p["payload"]["item"] for p in proposed] == [
        {"name": "молоко", "quantity": "2", "unit": "l", "list_id": "l-groceries"},
        {"name": "хлеб", "list_id": "l-groceries"},
    ]
    (body,) = llm.bodies
    assert llm.texts() == ["Купи 2 литра молока и хлеб"]
    command = parse_command(make_command("Купи 2 литра молока и хлеб"))
    assert body["messages"] == list(extraction_messages(command, schema=None))


def test_a_task_command(policy: LLMExtractionPolicy, llm: ScriptedLLM) -> None:
    llm.script = extraction(
        intent="create_task",
        task=task(
            "Вынести мусор",
            assignee_id="u-petya",
            zone_id="z-kitchen",
            due="2026-03-05T19:00:00+03:00",
        ),
    )
    decision = decide(policy, "Напомни Пете завтра вечером вынести мусор на кухне")
    assert decision.decision_version.startswith("llm/")
    (proposed,) = payload(decision)["proposed_actions"]
    assert proposed["action"] == "propose_create_task"
    assert proposed["payload"]["task"] == {
        "title": "Вынести мусор",
        "assignee_id": "u-petya",
        "zone_id": "z-kitchen",
        "due": "2026-03-05T19:00:00+03:00",
    }


def test_invented_ids_are_dropped(policy: LLMExtractionPolicy, llm: ScriptedLLM) -> None:
    llm.script = extraction(
        intent="mixed",
        items=[item("milk")],
        list_id="l-someone-elses",
        task=task("Clean up", assignee_id="u-ghost", zone_id="z-moon", due="next week"),
    )
    decision = decide(policy, "buy milk and clean up")
    assert decision.action == "confirm"  # SPEC §4 row 4, as for the rules
    items = [
        p["payload"]["item"]
        for p in payload(decision)["proposed_actions"]
        if "item" in p["payload"]
    ]
    tasks = [
        p["payload"]["task"]
        for p in payload(decision)["proposed_actions"]
        if "task" in p["payload"]
    ]
    assert items == [{"name": "milk", "list_id": "l-groceries"}]  # the household's default list
    assert tasks == [{"title": "Clean up", "assignee_id": "u-anna"}]  # the requester; no zone/due
    everything = json.dumps(decision.to_json_dict())
    for invented in ("l-someone-elses", "u-ghost", "z-moon", "next week"):
        assert invented not in everything


def test_the_same_capability_gating_applies(policy: LLMExtractionPolicy, llm: ScriptedLLM) -> None:
    llm.script = extraction(intent="add_shopping_item", items=[item("milk")])
    decision = decide(policy, "buy milk", capabilities=["clarify", "reject"])
    assert decision.action == "clarify"
    assert payload(decision)["missing_fields"] == ["capability.propose_add_shopping_item"]


@pytest.mark.parametrize("intent", ["unknown", "unsupported"])
def test_a_model_that_understood_nothing_gives_a_clarify(
    policy: LLMExtractionPolicy, llm: ScriptedLLM, intent: str
) -> None:
    llm.script = extraction(intent=intent)
    decision = decide(policy, "what's the weather like")
    assert decision.action == "clarify"
    assert payload(decision)["missing_fields"] == ["intent"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("pay the electricity bill", "payment_not_supported"),
        ("оплати счёт", "payment_not_supported"),
        ("включи свет в ванной", "device_control_not_supported"),
        ("delete all tasks", "bulk_operation_not_supported"),
        ("добавь молоко в список соседей", "foreign_household"),
        ("купи молоко " * 100, "text_too_long"),
    ],
)
def test_the_rules_refusals_never_reach_the_server(
    policy: LLMExtractionPolicy, llm: ScriptedLLM, text: str, code: str
) -> None:
    llm.script = extraction(intent="add_shopping_item", items=[item("молоко")])
    decision = decide(policy, text)
    assert decision.action == "reject"
    assert payload(decision)["code"] == code
    assert decision.decision_version.startswith("llm/")
    assert llm.count == 0
    assert llm.connections == 0


@pytest.mark.parametrize("text", ["   ", "\u200b\u200b", "!!!"])
def test_blank_text_never_reaches_the_server(
    policy: LLMExtractionPolicy, llm: ScriptedLLM, text: str
) -> None:
    decision = decide(policy, text)
    assert decision.action == "clarify"
    assert payload(decision)["missing_fields"] == ["text"]
    assert llm.count == 0


def test_odd_unicode_reaches_the_model_and_decides(
    policy: LLMExtractionPolicy, llm: ScriptedLLM
) -> None:
    llm.script = extraction(intent="add_shopping_item", items=[item("молоко")])
    text = "купи молоко \ud800 \u202e🥛"
    decision = decide(policy, text)
    assert decision.action == "start_job"
    assert llm.texts()[0] == text


@pytest.mark.parametrize(
    ("answer", "error_type"),
    [
        (Reply(status=500, content="overloaded"), "unavailable"),
        (Reply(status=429, content="slow down"), "rate_limited"),
        (Reply(status=401, content=f"bad key {API_KEY}"), "http_error"),
        (Reply(content="I cannot help with that."), "invalid_json"),
        (Reply(content='{"intent": "add_shopping_item"}'), "schema_invalid"),
        (Reply(raw=b"{}", delay_s=5.0), "timeout"),
    ],
)
def test_errors_propagate_as_llm_errors_with_their_type(
    policy: LLMExtractionPolicy, llm: ScriptedLLM, answer: Answer, error_type: str
) -> None:
    llm.script = answer
    started = time.monotonic()
    with pytest.raises(LLMError) as caught:
        decide(policy, "купи молоко", budget_s=0.5)
    assert caught.value.error_type == error_type
    assert time.monotonic() - started < 2.0
    assert API_KEY not in str(caught.value)
    assert llm.count >= 1


def test_explain_reports_the_models_intent(policy: LLMExtractionPolicy, llm: ScriptedLLM) -> None:
    llm.script = extraction(intent="mixed", items=[item("milk")], task=task("Clean the garage"))
    command = parse_command(make_command("buy milk and clean the garage", capabilities=["clarify"]))
    explanation = policy.explain(command, SETTINGS, budget_s=3.0)
    assert explanation.intent == "mixed"
    assert explanation.decision.action == "clarify"  # gating hid it; the intent still shows


def test_read_returns_the_reading_and_how_it_was_obtained(
    policy: LLMExtractionPolicy, llm: ScriptedLLM
) -> None:
    llm.script = in_order("not json", extraction(intent="unknown", confidence=0.25))
    command = parse_command(make_command("hmm"))
    read = policy.runtime.loop.run(policy.read(command, 3.0), 3.0)
    assert read.reading.confidence == 0.25
    assert read.answer.repairs == 1
    assert read.latency_ms > 0
