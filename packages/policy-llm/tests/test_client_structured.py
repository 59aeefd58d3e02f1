"""Structured output, usage and the response cache, through a real loopback server."""

from __future__ import annotations

import doctest
import hashlib
import json
import logging
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import pytest
from loopback_server import API_KEY, LoopbackServer, Reply, chat_reply, completion, json_reply

from policy_llm import _structured
from policy_llm._client import LLMClient
from policy_llm._endpoint import EndpointSettings
from policy_llm._wire import ChatRequest, StructuredMode
from policy_llm.exceptions import (
    LLMInvalidJSONError,
    LLMMisconfiguredError,
    LLMSchemaInvalidError,
    LLMUnavailableError,
)

Endpoints = Callable[..., EndpointSettings]

SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "intent": {"enum": ["add_shopping_item", "create_task"]},
        "items": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {"name": {"type": "string"}, "quantity": {"type": "number"}},
                "required": ["name"],
            },
        },
    },
    "required": ["intent", "items"],
    "additionalProperties": False,
}
GOOD = '{"intent": "add_shopping_item", "items": [{"name": "milk", "quantity": 2}]}'


def ask(structured: StructuredMode | None = "json_schema", **fields: Any) -> ChatRequest:
    return ChatRequest(
        messages=(
            {"role": "system", "content": "Extract."},
            {"role": "user", "content": "Add two milk"},
        ),
        model="loopback-model",
        timeout_s=fields.pop("timeout_s", 2.0),
        structured=structured,
        schema=fields.pop("schema", SCHEMA if structured else None),
        schema_name="extraction",
        **fields,
    )


@pytest.mark.parametrize(
    ("mode", "response_format"),
    [
        (
            "json_schema",
            {
                "type": "json_schema",
                "json_schema": {"name": "extraction", "schema": SCHEMA, "strict": True},
            },
        ),
        ("json_object", {"type": "json_object", "schema": SCHEMA}),
        ("prompt", None),
    ],
)
def test_each_structured_mode_sends_its_body(
    server: LoopbackServer,
    endpoint: Endpoints,
    mode: StructuredMode,
    response_format: dict[str, Any] | None,
) -> None:
    server.script(chat_reply(GOOD))
    with LLMClient(endpoint()) as client:
        client.complete_json(ask(mode, temperature=0.2, max_tokens=64))
    body = server.requests[0].json()
    assert body.pop("response_format", None) == response_format
    assert body == {
        "model": "loopback-model",
        "messages": [
            {"role": "system", "content": "Extract."},
            {"role": "user", "content": "Add two milk"},
        ],
        "temperature": 0.2,
        "max_tokens": 64,
        "stream": False,
    }


def test_plain_text_requests_carry_no_response_format(
    server: LoopbackServer, endpoint: Endpoints
) -> None:
    server.script(chat_reply("hello"))
    with LLMClient(endpoint()) as client:
        client.complete(ask(None))
    assert "response_format" not in server.requests[0].json()


@pytest.mark.parametrize(
    "content",
    [
        GOOD,
        f"  {GOOD}\n",
        f"```json\n{GOOD}\n```",
        f"```JSON\n{GOOD}```",
        f"```\n{GOOD}\n```\n",
    ],
    ids=["bare", "padded", "json-fence", "upper-fence", "plain-fence"],
)
def test_json_content_is_parsed_with_or_without_a_fence(
    server: LoopbackServer, endpoint: Endpoints, content: str
) -> None:
    server.script(chat_reply(content, usage=(30, 12)))
    with LLMClient(endpoint()) as client:
        answer = client.complete_json(ask())
    assert answer.data == {
        "intent": "add_shopping_item",
        "items": [{"name": "milk", "quantity": 2}],
    }
    assert answer.result.content == content
    assert (answer.result.usage.prompt_tokens, answer.result.usage.total_tokens) == (30, 42)


@pytest.mark.parametrize(
    "content",
    [
        "Sure! Here is the JSON you asked for.",
        '{"intent": "add_shopping_item", "items": [',
        "[1, 2]",
        '{"a": NaN}',
    ],
    ids=["prose", "truncated", "array", "nan"],
)
def test_content_that_is_not_a_json_object_is_invalid_json_and_not_retried(
    server: LoopbackServer, endpoint: Endpoints, content: str
) -> None:
    server.script(chat_reply(content))
    with LLMClient(endpoint()) as client, pytest.raises(LLMInvalidJSONError) as caught:
        client.complete_json(ask())
    assert server.count == 1
    assert caught.value.content == content
    assert caught.value.attempts == 1
    assert content not in str(caught.value)


def test_json_cut_off_at_max_tokens_says_so(server: LoopbackServer, endpoint: Endpoints) -> None:
    envelope = completion('{"intent": "add_shop')
    envelope["choices"][0]["finish_reason"] = "length"
    server.script(json_reply(envelope))
    with LLMClient(endpoint()) as client, pytest.raises(LLMInvalidJSONError, match="max_tokens"):
        client.complete_json(ask())


def test_json_that_breaks_the_schema_lists_every_violation(
    server: LoopbackServer, endpoint: Endpoints
) -> None:
    server.script(chat_reply('{"intent": "order_pizza", "items": [{"quantity": "two"}], "x": 1}'))
    with LLMClient(endpoint()) as client, pytest.raises(LLMSchemaInvalidError) as caught:
        client.complete_json(ask())
    error = caught.value
    pointers = sorted(violation.pointer for violation in error.violations)
    assert pointers == ["", "/intent", "/items/0", "/items/0/quantity"]
    assert error.error_type == "schema_invalid"
    assert server.count == 1
    assert "order_pizza" not in str(error)  # values stay out of the message
    assert any("order_pizza" in violation.message for violation in error.violations)


def test_an_invalid_schema_is_refused_before_any_request(
    server: LoopbackServer, endpoint: Endpoints
) -> None:
    server.script(chat_reply(GOOD))
    with LLMClient(endpoint()) as client, pytest.raises(LLMMisconfiguredError) as caught:
        client.complete_json(ask(schema={"type": "not-a-type"}))
    assert caught.value.field == "schema"
    assert server.count == 0


def test_without_a_schema_any_json_object_is_accepted(
    server: LoopbackServer, endpoint: Endpoints
) -> None:
    server.script(chat_reply('{"anything": [1, 2]}'))
    with LLMClient(endpoint()) as client:
        assert client.complete_json(ask(None)).data == {"anything": [1, 2]}


def test_missing_usage_reads_as_zeros_and_a_missing_total_is_summed(
    server: LoopbackServer, endpoint: Endpoints
) -> None:
    partial = completion("hi", usage=None)
    partial["usage"] = {"prompt_tokens": 4, "completion_tokens": 2}
    server.script(chat_reply("hi", usage=None), json_reply(partial))
    with LLMClient(endpoint()) as client:
        none = client.complete(ask(None)).usage
        summed = client.complete(ask(None)).usage
    assert (none.prompt_tokens, none.completion_tokens, none.total_tokens) == (0, 0, 0)
    assert summed.total_tokens == 6


class DictCache:
    """The cache protocol over a dict; records the key inputs it was given."""

    def __init__(self) -> None:
        self.entries: dict[str, dict[str, Any]] = {}
        self.key_inputs: list[dict[str, Any]] = []

    def key(
        self,
        *,
        endpoint: str,
        model: str,
        messages: Sequence[Mapping[str, Any]],
        parameters: Mapping[str, Any],
        response_schema: Mapping[str, Any] | None,
    ) -> str:
        inputs = {
            "endpoint": endpoint,
            "model": model,
            "messages": list(messages),
            "parameters": dict(parameters),
            "response_schema": response_schema,
        }
        self.key_inputs.append(inputs)
        return hashlib.sha256(json.dumps(inputs, sort_keys=True).encode()).hexdigest()

    def get(self, key: str) -> dict[str, Any] | None:
        return self.entries.get(key)

    def put(self, key: str, response: Mapping[str, Any]) -> bool:
        self.entries[key] = dict(response)
        return True


def test_a_cache_hit_answers_without_a_request(server: LoopbackServer, endpoint: Endpoints) -> None:
    server.script(chat_reply(GOOD, usage=(9, 4)))
    cache = DictCache()
    with LLMClient(endpoint(), cache=cache) as client:
        first = client.complete_json(ask())
        second = client.complete_json(ask())
    assert server.count == 1
    assert len(cache.entries) == 1
    assert second.data == first.data
    assert (second.result.cached, second.result.attempts) == (True, 0)
    assert second.result.usage == first.result.usage
    assert first.result.cached is False


def test_the_cache_key_covers_the_request_but_never_the_key(
    server: LoopbackServer, endpoint: Endpoints
) -> None:
    server.script(chat_reply(GOOD))
    cache = DictCache()
    settings = endpoint()
    with LLMClient(settings, cache=cache) as client:
        client.complete_json(ask())
        client.complete_json(ask(temperature=0.7))  # another key: a second request
    assert server.count == 2
    inputs = cache.key_inputs[0]
    assert inputs["endpoint"] == settings.chat_url
    assert inputs["response_schema"] == SCHEMA
    assert inputs["parameters"]["structured"] == "json_schema"
    assert API_KEY not in json.dumps(cache.key_inputs)


def test_failures_are_not_cached(server: LoopbackServer, endpoint: Endpoints) -> None:
    server.script(Reply(500), chat_reply("not json"), chat_reply(GOOD))
    cache = DictCache()
    with LLMClient(endpoint(max_retries=0), cache=cache) as client:
        with pytest.raises(LLMUnavailableError):
            client.complete_json(ask())
        with pytest.raises(LLMInvalidJSONError):
            client.complete_json(ask())
        assert cache.entries == {}
        assert client.complete_json(ask()).result.cached is False
    assert server.count == 3
    assert len(cache.entries) == 1


class BrokenCache(DictCache):
    def get(self, key: str) -> dict[str, Any] | None:
        raise OSError("disk unreadable")

    def put(self, key: str, response: Mapping[str, Any]) -> bool:
        raise OSError("disk full")


def test_a_failing_cache_is_logged_and_bypassed(
    server: LoopbackServer, endpoint: Endpoints, caplog: pytest.LogCaptureFixture
) -> None:
    server.script(chat_reply("fine"))
    with (
        caplog.at_level(logging.WARNING, logger="policy_llm"),
        LLMClient(endpoint(), cache=BrokenCache()) as client,
    ):
        assert client.complete(ask(None)).content == "fine"
    messages = [record.getMessage() for record in caplog.records]
    assert any("cache lookup failed (OSError)" in message for message in messages)
    assert any("cache store failed (OSError)" in message for message in messages)


def test_a_cache_entry_that_is_not_a_completion_is_ignored(
    server: LoopbackServer, endpoint: Endpoints
) -> None:
    server.script(chat_reply("fresh"))
    cache = DictCache()
    with LLMClient(endpoint(), cache=cache) as client:
        key = cache.key(
            endpoint=client.endpoint.chat_url,
            model="loopback-model",
            messages=[dict(message) for message in ask(None).messages],
            parameters={
                "temperature": 0.0,
                "max_tokens": 512,
                "token_parameter": "max_tokens",
                "structured": None,
                "schema_name": "extraction",
            },
            response_schema=None,
        )
        cache.entries[key] = {"unexpected": True}
        result = client.complete(ask(None))
    assert (result.content, result.cached, server.count) == ("fresh", False, 1)


def test_the_docstring_examples_hold() -> None:
    results = doctest.testmod(_structured)
    assert results.attempted > 0
    assert results.failed == 0
