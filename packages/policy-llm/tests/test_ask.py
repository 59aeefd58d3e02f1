"""ask_structured against a real server: one repair, escalation, no repair of transport errors,
and one deadline over all of it."""

from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path
from typing import Any

import pytest
from scripted_llm import Answer, Reply, ScriptedLLM, extraction, in_order, policy_file

from policy_core import parse_command
from policy_core.testing import make_command
from policy_llm import extraction_schema, load_policy_file
from policy_llm._ask import Answer as Asked
from policy_llm._ask import ask_structured
from policy_llm._async_client import AsyncLLMClient
from policy_llm._policy_file import PolicyFile
from policy_llm._prompt import extraction_messages
from policy_llm.exceptions import (
    LLMHTTPError,
    LLMInvalidJSONError,
    LLMMisconfiguredError,
    LLMRateLimitedError,
    LLMSchemaInvalidError,
    LLMTimeoutError,
    LLMUnavailableError,
)

COMMAND = parse_command(make_command("Купи молоко"))
VALID = extraction(
    intent="add_shopping_item", items=[{"name": "молоко", "quantity": None, "unit": None}]
)
NOT_JSON = "Sure! Here is the milk you asked for."
BREAKS_SCHEMA = extraction(intent="buy_things")


def make_policy(tmp_path: Path, llm: ScriptedLLM, **options: Any) -> PolicyFile:
    return load_policy_file(policy_file(tmp_path, llm.url, **options), {})


def ask(policy: PolicyFile, *, deadline_s: float = 5.0, task: str = "extraction") -> Asked:
    async def go() -> Asked:
        async with AsyncLLMClient(policy.endpoint) as client:
            return await ask_structured(
                client,
                policy,
                task,
                lambda schema: extraction_messages(COMMAND, schema=schema),
                extraction_schema(),
                deadline=time.monotonic() + deadline_s,
            )

    return asyncio.run(go())


def test_a_valid_first_answer_needs_no_repair(tmp_path: Path, llm: ScriptedLLM) -> None:
    llm.script = VALID
    answer = ask(make_policy(tmp_path, llm))
    assert answer.data["items"] == [{"name": "молоко", "quantity": None, "unit": None}]
    assert (answer.profile, answer.model, answer.repairs, answer.escalations) == (
        "fast",
        "fast-model",
        0,
        0,
    )
    assert answer.result.result.usage.total_tokens == 18
    (body,) = llm.bodies
    assert llm.paths == ("/v1/chat/completions",)
    assert body["model"] == "fast-model"
    assert body["max_tokens"] == 300
    assert body["response_format"] == {
        "type": "json_schema",
        "json_schema": {"name": "extraction", "schema": extraction_schema(), "strict": True},
    }
    assert "additionalProperties" not in body["messages"][0]["content"]


def test_invalid_json_is_repaired(tmp_path: Path, llm: ScriptedLLM) -> None:
    llm.script = in_order(NOT_JSON, VALID)
    answer = ask(make_policy(tmp_path, llm))
    assert (answer.repairs, answer.escalations, answer.model) == (1, 0, "fast-model")
    first, repair = llm.bodies
    assert repair["model"] == "fast-model"
    assert repair["messages"][: len(first["messages"])] == first["messages"]
    echoed, request = repair["messages"][len(first["messages"]) :]
    assert echoed == {"role": "assistant", "content": "Sure! Here is the milk you asked for."}
    assert request["role"] == "user"
    assert "not a JSON object" in request["content"]
    assert "only the corrected JSON object" in request["content"]


def test_a_schema_violation_is_repaired_naming_the_problem(
    tmp_path: Path, llm: ScriptedLLM
) -> None:
    llm.script = in_order(BREAKS_SCHEMA, VALID)
    answer = ask(make_policy(tmp_path, llm))
    assert answer.repairs == 1
    first, repair = llm.bodies
    echoed, request = repair["messages"][len(first["messages"]) :]
    assert json.loads(echoed["content"])["intent"] == "buy_things"
    assert "/intent" in request["content"]
    assert "buy_things" in request["content"]  # jsonschema's message says what was wrong


def test_repairs_that_fail_escalate_to_the_stronger_profile(
    tmp_path: Path, llm: ScriptedLLM
) -> None:
    llm.script = lambda request: VALID if request.body["model"] == "careful-model" else NOT_JSON
    answer = ask(make_policy(tmp_path, llm))
    assert (answer.profile, answer.model, answer.repairs, answer.escalations) == (
        "careful",
        "careful-model",
        0,
        1,
    )
    fast, fast_repair, careful = llm.bodies
    assert [fast["model"], fast_repair["model"], careful["model"]] == [
        "fast-model",
        "fast-model",
        "careful-model",
    ]
    assert (careful["max_tokens"], careful["temperature"]) == (600, 0.1)
    assert careful["messages"] == fast["messages"]  # a fresh start, not the failed repair turns


def test_no_repair_attempts_escalates_at_once(tmp_path: Path, llm: ScriptedLLM) -> None:
    llm.script = lambda request: (
        VALID if request.body["model"] == "careful-model" else BREAKS_SCHEMA
    )
    answer = ask(make_policy(tmp_path, llm, repair_attempts=0))
    assert answer.escalations == 1
    assert [body["model"] for body in llm.bodies] == ["fast-model", "careful-model"]


def test_when_every_profile_fails_the_last_error_is_raised(
    tmp_path: Path, llm: ScriptedLLM
) -> None:
    llm.script = in_order(NOT_JSON, NOT_JSON, NOT_JSON, BREAKS_SCHEMA)
    with pytest.raises(LLMSchemaInvalidError) as caught:
        ask(make_policy(tmp_path, llm))
    assert caught.value.error_type == "schema_invalid"
    assert [body["model"] for body in llm.bodies] == [
        "fast-model",
        "fast-model",
        "careful-model",
        "careful-model",
    ]


def test_without_escalation_the_chain_ends_with_the_first_profile(
    tmp_path: Path, llm: ScriptedLLM
) -> None:
    llm.script = in_order(NOT_JSON)
    with pytest.raises(LLMInvalidJSONError):
        ask(make_policy(tmp_path, llm, escalate=False))
    assert llm.count == 2


@pytest.mark.parametrize(
    ("answer", "error", "requests"),
    [
        (Reply(status=500, content="boom"), LLMUnavailableError, 2),  # 1 retry
        (Reply(status=429, content="slow down"), LLMRateLimitedError, 2),
        (Reply(status=400, content="bad request"), LLMHTTPError, 1),
        (Reply(raw=b"<html>not an envelope</html>"), LLMHTTPError, 1),
    ],
)
def test_transport_errors_are_neither_repaired_nor_escalated(
    tmp_path: Path, llm: ScriptedLLM, answer: Answer, error: type[Exception], requests: int
) -> None:
    llm.script = answer
    with pytest.raises(error):
        ask(make_policy(tmp_path, llm, max_retries=1))
    assert llm.count == requests
    assert {body["model"] for body in llm.bodies} == {"fast-model"}
    assert all(len(body["messages"]) == 4 for body in llm.bodies)  # no repair turn


def test_the_deadline_bounds_a_slow_answer(tmp_path: Path, llm: ScriptedLLM) -> None:
    llm.script = Reply(raw=b"{}", delay_s=3.0)
    started = time.monotonic()
    with pytest.raises(LLMTimeoutError) as caught:
        ask(make_policy(tmp_path, llm), deadline_s=0.3)
    elapsed = time.monotonic() - started
    assert 0.25 <= elapsed < 1.5
    assert caught.value.error_type == "timeout"


def test_the_deadline_bounds_repairs_and_escalations_together(
    tmp_path: Path, llm: ScriptedLLM
) -> None:
    llm.script = Reply(content="not json", delay_s=0.15)
    started = time.monotonic()
    with pytest.raises(LLMTimeoutError):
        ask(make_policy(tmp_path, llm), deadline_s=0.4)
    elapsed = time.monotonic() - started
    assert elapsed < 1.5
    assert 2 <= llm.count <= 3  # the fourth call of the chain is never made


def test_a_deadline_already_past_sends_nothing(tmp_path: Path, llm: ScriptedLLM) -> None:
    llm.script = VALID
    with pytest.raises(LLMTimeoutError):
        ask(make_policy(tmp_path, llm), deadline_s=-1.0)
    assert llm.count == 0


def test_prompt_mode_puts_the_schema_in_the_prompt(tmp_path: Path, llm: ScriptedLLM) -> None:
    llm.script = VALID
    ask(make_policy(tmp_path, llm, structured_output="prompt"))
    (body,) = llm.bodies
    assert "response_format" not in body
    system = body["messages"][0]["content"]
    assert json.loads(system.splitlines()[-1]) == extraction_schema()


def test_json_object_mode_sends_the_schema_llama_cpp_style(
    tmp_path: Path, llm: ScriptedLLM
) -> None:
    llm.script = VALID
    ask(make_policy(tmp_path, llm, structured_output="json_object"))
    (body,) = llm.bodies
    assert body["response_format"] == {"type": "json_object", "schema": extraction_schema()}
    assert "additionalProperties" not in body["messages"][0]["content"]


def test_an_unknown_task_is_a_misconfiguration(tmp_path: Path, llm: ScriptedLLM) -> None:
    with pytest.raises(LLMMisconfiguredError, match=r"tasks\.summary"):
        ask(make_policy(tmp_path, llm), task="summary")
    assert llm.count == 0


def test_a_huge_bad_answer_is_echoed_cut_short(tmp_path: Path, llm: ScriptedLLM) -> None:
    llm.script = in_order("x" * 50_000, VALID)
    ask(make_policy(tmp_path, llm))
    echoed = llm.bodies[1]["messages"][-2]
    assert echoed["role"] == "assistant"
    assert 0 < len(echoed["content"]) <= 4000


def test_an_answer_with_a_lone_surrogate_is_repaired_not_crashed(
    tmp_path: Path, llm: ScriptedLLM
) -> None:
    # The envelope is valid JSON, but its content decodes to a string no UTF-8 can carry.
    llm.script = in_order(Reply(content="\ud800 not json"), VALID)
    answer = ask(make_policy(tmp_path, llm))
    assert answer.repairs == 1
    assert llm.bodies[1]["messages"][-2]["role"] == "assistant"
