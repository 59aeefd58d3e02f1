"""Wire types: a ChatRequest refuses what no endpoint could answer; the chat body per mode."""

from __future__ import annotations

import doctest
from typing import Any

import pytest

from policy_llm import _chat_api, _wire
from policy_llm._chat_api import chat_body, parse_envelope, request_parameters
from policy_llm._wire import ChatRequest, ChatResult, JsonResult, TokenUsage
from policy_llm.exceptions import LLMHTTPError

HELLO = ({"role": "user", "content": "hello"},)


def test_defaults() -> None:
    request = ChatRequest(messages=HELLO, model="m")
    assert (request.temperature, request.max_tokens, request.timeout_s) == (0.0, 512, 10.0)
    assert (request.structured, request.schema, request.schema_name) == (None, None, "output")


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"messages": ()}, "messages: at least one message"),
        ({"messages": ({"role": "user"},)}, "messages[0]"),
        ({"model": " "}, "model: must not be empty"),
        ({"temperature": -0.1}, "temperature"),
        ({"temperature": float("nan")}, "temperature"),
        ({"max_tokens": 0}, "max_tokens"),
        ({"timeout_s": 0}, "timeout_s"),
        ({"timeout_s": float("inf")}, "timeout_s"),
        ({"structured": "json_schema"}, "schema: required when structured is set"),
        ({"structured": "yaml", "schema": {}}, "structured: must be one of"),
        ({"schema_name": ""}, "schema_name"),
    ],
)
def test_a_request_no_endpoint_could_answer_is_refused(
    changes: dict[str, Any], problem: str
) -> None:
    fields: dict[str, Any] = {"messages": HELLO, "model": "m", **changes}
    with pytest.raises(ValueError, match="invalid ChatRequest") as caught:
        ChatRequest(**fields)
    assert problem in str(caught.value)


def test_results_are_frozen_values() -> None:
    result = ChatResult(
        content="{}", model="m", usage=TokenUsage(1, 2, 3), latency_ms=5.0, attempts=1
    )
    assert JsonResult(data={}, result=result).result.cached is False
    with pytest.raises(AttributeError):
        result.content = "changed"  # type: ignore[misc]


def test_a_plain_body() -> None:
    body = chat_body(ChatRequest(messages=HELLO, model="m", temperature=0.3, max_tokens=20))
    assert body == {
        "model": "m",
        "messages": [{"role": "user", "content": "hello"}],
        "temperature": 0.3,
        "max_tokens": 20,
        "stream": False,
    }


def test_the_cache_parameters_cover_what_changes_the_answer() -> None:
    request = ChatRequest(
        messages=HELLO, model="m", structured="prompt", schema={"type": "object"}, schema_name="x"
    )
    assert request_parameters(request) == {
        "temperature": 0.0,
        "max_tokens": 512,
        "token_parameter": "max_tokens",
        "structured": "prompt",
        "schema_name": "x",
    }


@pytest.mark.parametrize(
    "envelope",
    [
        {},
        {"choices": []},
        {"choices": [{}]},
        {"choices": [{"message": {"content": None, "tool_calls": []}}]},
        {"choices": [{"message": {"content": "hi"}}], "error": {"message": "partial"}},
    ],
    ids=["empty", "no-choices", "no-message", "null-content", "error-member"],
)
def test_an_envelope_without_content_is_an_http_error(envelope: dict[str, Any]) -> None:
    with pytest.raises(LLMHTTPError) as caught:
        parse_envelope(envelope)
    assert caught.value.status_code == 200


def test_an_envelope_gives_content_model_usage_and_finish_reason() -> None:
    envelope = {
        "model": "served",
        "choices": [{"message": {"content": "hi"}, "finish_reason": "length"}],
        "usage": {"prompt_tokens": 3, "completion_tokens": True, "total_tokens": "x"},
    }
    assert parse_envelope(envelope) == ("hi", "served", TokenUsage(3, 0, 3), "length")


def test_the_docstring_examples_hold() -> None:
    results = doctest.testmod(_wire)
    assert (results.attempted > 0, results.failed) == (True, 0)
    results = doctest.testmod(_chat_api)
    assert (results.attempted > 0, results.failed) == (True, 0)
