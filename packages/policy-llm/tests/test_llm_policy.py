"""LLMExtractionPolicy end to end over a real server: the model reads, the rules decide.

Every decision is checked against the published DecisionDTO schema; the rules' hard refusals
(corridor rejects, over-long and blank text) never reach the server.
"""

from __future__ import annotations

import importlib.util
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest


def _helper(name: str) -> None:
    """Load a sibling helper module (pytest's importlib mode puts tests/ on no path)."""
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name(f"{name}.py"))
        assert spec is not None
        assert spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)


_helper("openai_server")

from openai_server import (  # noqa: E402
    API_KEY,
    Answer,
    OpenAIServer,
    chat,
    extraction,
    in_order,
    last_user_text,
    policy_file,
)

from policy_core import (  # noqa: E402
    DecisionDTO,
    PolicySettings,
    RulePolicy,
    compile_validator,
    load_schema,
    parse_command,
    validate_decision,
)
from policy_core.testing import FixedClock, make_command  # noqa: E402
from policy_llm import (  # noqa: E402
    PROMPT_VERSION,
    LLMError,
    LLMExtractionPolicy,
    LLMSettings,
    build_runtime,
)
from policy_llm._prompt import extraction_messages  # noqa: E402

SETTINGS = PolicySettings(deterministic_ids=True, clock=FixedClock())
DECISION_SCHEMA = compile_validator(load_schema("decision"))


@pytest.fixture(scope="module")
def rules() -> RulePolicy:
    return RulePolicy()


@pytest.fixture
def server() -> Iterator[OpenAIServer]:
    with OpenAIServer() as running:
        yield running


@pytest.fixture
def llm(tmp_path: Path, server: OpenAIServer, rules: RulePolicy) -> Iterator[LLMExtractionPolicy]:
    env = {
        "LLM_POLICY_ENABLED": "true",
        "LLM_POLICY_FILE": str(policy_file(tmp_path, server.url, timeout_s=2.0)),
    }
    runtime = build_runtime(LLMSettings.from_env(env), env)
    assert runtime is not None
    with runtime:
        yield LLMExtractionPolicy(runtime, rules)


def decide(
    llm: LLMExtractionPolicy, text: str, budget_s: float = 3.0, **command: Any
) -> DecisionDTO:
    decision = llm.decide(parse_command(make_command(text, **command)), SETTINGS, budget_s=budget_s)
    document = decision.to_json_dict()
    DECISION_SCHEMA.validate(document)
    assert validate_decision(document) == decision
    return decision


def payload(decision: DecisionDTO) -> dict[str, Any]:
    dumped: dict[str, Any] = decision.payload.model_dump(mode="json", exclude_none=True)
    return dumped


def item(name: str, quantity: float | None = None, unit: str | None = None) -> dict[str, Any]:
    return {"name": name, "quantity": quantity, "unit": unit}


def task(
    title: str, assignee: str | None = None, zone: str | None = None, due: str | None = None
) -> dict[str, Any]:
    return {"title": title, "assignee_id": assignee, "zone_id": zone, "due": due}


def test_a_shopping_command(llm: LLMExtractionPolicy, server: OpenAIServer) -> None:
    server.respond = in_order(
        extraction(
            intent="add_shopping_item",
            items=[item("молоко", 2.0, "l"), item("хлеб")],
            confidence=0.93,
        )
    )
    decision = decide(llm, "Купи 2 литра молока и хлеб")
    assert decision.decision_version.startswith("llm/")
    assert decision.decision_version == f"llm/{PROMPT_VERSION}/fast-model"
    assert decision.decision_version == llm.version
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
    (body,) = server.bodies
    assert last_user_text(body) == "Купи 2 литра молока и хлеб"
    command = parse_command(make_command("Купи 2 литра молока и хлеб"))
    assert body["messages"] == list(extraction_messages(command, schema=None))


def test_a_task_command(llm: LLMExtractionPolicy, server: OpenAIServer) -> None:
    server.respond = in_order(
        extraction(
            intent="create_task",
            task=task("Вынести мусор", "u-petya", "z-kitchen", "2026-03-05T19:00:00+03:00"),
        )
    )
    decision = decide(llm, "Напомни Пете завтра вечером вынести мусор на кухне")
    assert decision.decision_version.startswith("llm/")
    (proposed,) = payload(decision)["proposed_actions"]
    assert proposed["action"] == "propose_create_task"
    assert proposed["payload"]["task"] == {
        "title": "Вынести мусор",
        "assignee_id": "u-petya",
        "zone_id": "z-kitchen",
        "due": "2026-03-05T19:00:00+03:00",
    }


def test_invented_ids_are_dropped(llm: LLMExtractionPolicy, server: OpenAIServer) -> None:
    server.respond = in_order(
        extraction(
            intent="mixed",
            items=[item("milk")],
            list_id="l-someone-elses",
            task=task("Clean up", "u-ghost", "z-moon", "next week"),
        )
    )
    decision = decide(llm, "buy milk and clean up")
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


def test_the_same_capability_gating_applies(llm: LLMExtractionPolicy, server: OpenAIServer) -> None:
    server.respond = in_order(extraction(intent="add_shopping_item", items=[item("milk")]))
    decision = decide(llm, "buy milk", capabilities=["clarify", "reject"])
    assert decision.action == "clarify"
    assert payload(decision)["missing_fields"] == ["capability.propose_add_shopping_item"]


@pytest.mark.parametrize("intent", ["unknown", "unsupported"])
def test_a_model_that_understood_nothing_gives_a_clarify(
    llm: LLMExtractionPolicy, server: OpenAIServer, intent: str
) -> None:
    server.respond = in_order(extraction(intent=intent))
    decision = decide(llm, "what's the weather like")
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
    llm: LLMExtractionPolicy, server: OpenAIServer, text: str, code: str
) -> None:
    server.respond = in_order(extraction(intent="add_shopping_item", items=[item("молоко")]))
    decision = decide(llm, text)
    assert decision.action == "reject"
    assert payload(decision)["code"] == code
    assert decision.decision_version.startswith("llm/")
    assert server.count == 0
    assert server.connections == 0


@pytest.mark.parametrize("text", ["   ", "\u200b\u200b", "!!!"])
def test_blank_text_never_reaches_the_server(
    llm: LLMExtractionPolicy, server: OpenAIServer, text: str
) -> None:
    decision = decide(llm, text)
    assert decision.action == "clarify"
    assert payload(decision)["missing_fields"] == ["text"]
    assert server.count == 0


def test_odd_unicode_reaches_the_model_and_decides(
    llm: LLMExtractionPolicy, server: OpenAIServer
) -> None:
    server.respond = in_order(extraction(intent="add_shopping_item", items=[item("молоко")]))
    text = "купи молоко \ud800 \u202e🥛"
    decision = decide(llm, text)
    assert decision.action == "start_job"
    assert last_user_text(server.bodies[0]) == text


@pytest.mark.parametrize(
    ("answer", "error_type"),
    [
        (Answer(500, b'{"error": {"message": "overloaded"}}'), "unavailable"),
        (Answer(429, b'{"error": {"message": "slow down"}}'), "rate_limited"),
        (Answer(401, f'{{"error": {{"message": "bad key {API_KEY}"}}}}'.encode()), "http_error"),
        (chat("I cannot help with that."), "invalid_json"),
        (chat('{"intent": "add_shopping_item"}'), "schema_invalid"),
        (Answer(200, b"{}", delay_s=5.0), "timeout"),
    ],
)
def test_errors_propagate_as_llm_errors_with_their_type(
    llm: LLMExtractionPolicy, server: OpenAIServer, answer: Answer, error_type: str
) -> None:
    server.respond = in_order(answer)
    started = time.monotonic()
    with pytest.raises(LLMError) as caught:
        decide(llm, "купи молоко", budget_s=0.5)
    assert caught.value.error_type == error_type
    assert time.monotonic() - started < 2.0
    assert API_KEY not in str(caught.value)
    assert server.count >= 1


def test_explain_reports_the_models_intent(llm: LLMExtractionPolicy, server: OpenAIServer) -> None:
    server.respond = in_order(
        extraction(intent="mixed", items=[item("milk")], task=task("Clean the garage"))
    )
    command = parse_command(make_command("buy milk and clean the garage", capabilities=["clarify"]))
    explanation = llm.explain(command, SETTINGS, budget_s=3.0)
    assert explanation.intent == "mixed"
    assert explanation.decision.action == "clarify"  # gating hid it; the intent still shows


def test_read_returns_the_reading_and_how_it_was_obtained(
    llm: LLMExtractionPolicy, server: OpenAIServer
) -> None:
    server.respond = in_order(chat("not json"), extraction(intent="unknown", confidence=0.25))
    command = parse_command(make_command("hmm"))
    read = llm.runtime.loop.run(llm.read(command, 3.0), 3.0)
    assert read.reading.confidence == 0.25
    assert read.answer.repairs == 1
    assert read.latency_ms > 0
