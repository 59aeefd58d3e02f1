"""What current OpenAI models accept and answer: max_completion_tokens, no temperature, and
refusals, against a scripted server that behaves as a reasoning model does."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hybrid_harness import RULES, SETTINGS
from scripted_llm import API_KEY, Received, Reply, ScriptedLLM, extraction, item

from policy_core import parse_command
from policy_core.testing import make_command
from policy_llm import (
    LLMExtractionPolicy,
    LLMHTTPError,
    LLMMisconfiguredError,
    LLMRefusedError,
    LLMSettings,
    build_runtime,
    load_policy_file,
)
from policy_llm._chat_api import chat_body, request_parameters
from policy_llm._wire import ChatRequest

REFUSAL = "I can't help with buying milk for Anna."
MESSAGES = ({"role": "user", "content": "buy milk"},)


def reasoning_model(answer: Any) -> Any:
    """A script that answers as OpenAI's reasoning models do: 400 for ``max_tokens`` or any
    ``temperature`` (only the default is supported), otherwise ``answer``."""

    def reply(request: Received) -> Any:
        body = request.body
        if "max_tokens" in body:
            return Reply(
                "Unsupported parameter: 'max_tokens' is not supported with this model. "
                "Use 'max_completion_tokens' instead.",
                status=400,
            )
        if "temperature" in body:
            return Reply("Unsupported value: 'temperature' does not support 0.0", status=400)
        if not isinstance(body.get("max_completion_tokens"), int):
            return Reply("max_completion_tokens is required here", status=400)
        return answer

    return reply


def refusal_envelope(content: str | None = None) -> bytes:
    envelope = {
        "id": "chatcmpl-refusal",
        "object": "chat.completion",
        "model": "reasoning-model",
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content, "refusal": REFUSAL},
                "finish_reason": "stop",
            }
        ],
    }
    return json.dumps(envelope).encode()


def write_policy(directory: Path, url: str, profile: str) -> Path:
    path = directory / "policy.toml"
    path.write_text(
        f"""
version = 1
[endpoint]
base_url = {json.dumps(url)}
api_key = {json.dumps(API_KEY)}
model = "reasoning-model"
max_retries = 0
[profiles.fast]
timeout_s = 3
{profile}
[profiles.careful]
timeout_s = 3
[tasks.extraction]
profile = "fast"
""",
        encoding="utf-8",
    )
    return path


@pytest.fixture
def reasoning_policy(tmp_path: Path, llm: ScriptedLLM) -> Iterator[LLMExtractionPolicy]:
    profile = (
        'temperature = "omit"\ntoken_parameter = "max_completion_tokens"\n'
        'max_tokens = 2000\nescalate_to = "careful"'
    )
    env = {"LLM_POLICY_ENABLED": "true"}
    env["LLM_POLICY_FILE"] = str(write_policy(tmp_path, llm.url, profile))
    runtime = build_runtime(LLMSettings.from_env(env), env)
    assert runtime is not None
    with runtime:
        yield LLMExtractionPolicy(runtime, RULES)


def decide_text(policy: LLMExtractionPolicy, text: str) -> Any:
    return policy.decide(parse_command(make_command(text)), SETTINGS, budget_s=3.0)


def test_a_reasoning_profile_sends_what_the_model_accepts(
    reasoning_policy: LLMExtractionPolicy, llm: ScriptedLLM
) -> None:
    llm.script = reasoning_model(extraction(items=[item("milk", 2, "l")]))
    decision = decide_text(reasoning_policy, "buy 2 l of milk")
    assert decision.decision_outcome == "execute"
    (body,) = llm.bodies
    assert body["max_completion_tokens"] == 2000
    assert "max_tokens" not in body
    assert "temperature" not in body


def test_the_default_profile_is_refused_by_a_reasoning_model(
    tmp_path: Path, llm: ScriptedLLM
) -> None:
    env = {"LLM_POLICY_ENABLED": "true"}
    env["LLM_POLICY_FILE"] = str(write_policy(tmp_path, llm.url, ""))
    llm.script = reasoning_model(extraction(items=["milk"]))
    runtime = build_runtime(LLMSettings.from_env(env), env)
    assert runtime is not None
    with runtime, pytest.raises(LLMHTTPError, match="max_completion_tokens") as caught:
        decide_text(LLMExtractionPolicy(runtime, RULES), "buy milk")
    assert caught.value.status_code == 400
    assert llm.count == 1  # a 400 is neither retried nor escalated


def test_a_refusal_is_its_own_error_with_its_text_kept_out_of_the_message(
    reasoning_policy: LLMExtractionPolicy, llm: ScriptedLLM, caplog: pytest.LogCaptureFixture
) -> None:
    llm.script = reasoning_model(Reply(raw=refusal_envelope()))
    with (
        caplog.at_level(logging.DEBUG, logger="policy_llm"),
        pytest.raises(LLMRefusedError) as caught,
    ):
        decide_text(reasoning_policy, "buy milk for Anna")
    error = caught.value
    assert error.error_type == "refused"
    assert error.refusal == REFUSAL
    assert error.attempts == 1
    shown = [str(error), repr(error), *map(str, error.args), caplog.text]
    assert not any("Anna" in text for text in shown)
    assert llm.count == 1  # asking again, repairing or escalating gets the same refusal


def test_a_refusal_beside_content_is_still_a_refusal(
    reasoning_policy: LLMExtractionPolicy, llm: ScriptedLLM
) -> None:
    content = json.dumps(extraction(items=["milk"]))
    llm.script = reasoning_model(Reply(raw=refusal_envelope(content)))
    with pytest.raises(LLMRefusedError):
        decide_text(reasoning_policy, "buy milk")


def test_an_empty_refusal_field_is_no_refusal(
    reasoning_policy: LLMExtractionPolicy, llm: ScriptedLLM
) -> None:
    content = json.dumps(extraction(items=["milk"]))
    envelope = json.loads(refusal_envelope(content))
    envelope["choices"][0]["message"]["refusal"] = None
    llm.script = reasoning_model(Reply(raw=json.dumps(envelope).encode()))
    assert decide_text(reasoning_policy, "buy milk").decision_outcome == "execute"


def test_the_body_follows_the_request() -> None:
    plain = chat_body(ChatRequest(messages=MESSAGES, model="m", max_tokens=64))
    assert (plain["temperature"], plain["max_tokens"]) == (0.0, 64)
    assert "max_completion_tokens" not in plain
    current = chat_body(
        ChatRequest(
            messages=MESSAGES,
            model="m",
            temperature=None,
            max_tokens=64,
            token_parameter="max_completion_tokens",  # noqa: S106
        )
    )
    assert current["max_completion_tokens"] == 64
    assert "temperature" not in current
    assert "max_tokens" not in current


def test_the_cache_key_tells_the_token_parameters_apart() -> None:
    one = request_parameters(ChatRequest(messages=MESSAGES, model="m"))
    other = request_parameters(
        ChatRequest(messages=MESSAGES, model="m", token_parameter="max_completion_tokens")  # noqa: S106
    )
    assert one != other


@pytest.mark.parametrize(
    ("fields", "problem"),
    [
        ({"temperature": -1.0}, "temperature"),
        ({"token_parameter": "max_output_tokens"}, "token_parameter"),
    ],
)
def test_a_request_refuses_bad_parameters(fields: dict[str, Any], problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        ChatRequest(messages=MESSAGES, model="m", **fields)


def test_the_policy_file_reads_omit_and_the_token_parameter(tmp_path: Path) -> None:
    profile = 'temperature = " Omit "\ntoken_parameter = "max_completion_tokens"'
    policy = load_policy_file(write_policy(tmp_path, "http://127.0.0.1:1/v1", profile), {})
    fast = policy.profiles["fast"]
    assert (fast.temperature, fast.token_parameter) == (None, "max_completion_tokens")
    careful = policy.profiles["careful"]
    assert (careful.temperature, careful.token_parameter) == (0.0, "max_tokens")


def test_a_wrong_token_parameter_names_its_key(tmp_path: Path) -> None:
    profile = 'token_parameter = "max_output_tokens"'
    path = write_policy(tmp_path, "http://127.0.0.1:1/v1", profile)
    with pytest.raises(LLMMisconfiguredError, match="max_completion_tokens") as caught:
        load_policy_file(path, {})
    assert caught.value.field == "profiles.fast.token_parameter"


def test_the_shipped_file_takes_both_from_the_environment() -> None:
    env = {
        "LLM_BASE_URL": "https://api.openai.com/v1",
        "LLM_API_KEY": "k-1234567890abcdef",
        "LLM_MODEL": "o4-mini",
        "LLM_TEMPERATURE": "omit",
        "LLM_TOKEN_PARAMETER": "max_completion_tokens",
    }
    policy = load_policy_file(None, env)
    for profile in policy.profiles.values():
        assert (profile.temperature, profile.token_parameter) == (None, "max_completion_tokens")
    default = load_policy_file(
        None,
        {
            k: v
            for k, v in env.items()
            if k.startswith("LLM_") and k not in ("LLM_TEMPERATURE", "LLM_TOKEN_PARAMETER")
        },
    )
    for profile in default.profiles.values():
        assert (profile.temperature, profile.token_parameter) == (0.0, "max_tokens")
