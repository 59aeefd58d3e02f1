"""The API key never leaks: not in an exception's str, repr or args (nor its causes'), not in
a log record, for every kind of failure, from both clients."""

from __future__ import annotations

import asyncio
import json
import logging
import socket
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from loopback_server import (
    API_KEY,
    Flood,
    LoopbackServer,
    Reply,
    Reset,
    Step,
    chat_reply,
    json_reply,
)

from policy_llm._async_client import AsyncLLMClient
from policy_llm._client import LLMClient
from policy_llm._endpoint import EndpointSettings
from policy_llm._wire import ChatRequest
from policy_llm.exceptions import LLMError

Endpoints = Callable[..., EndpointSettings]
SCHEMA: dict[str, Any] = {"type": "object", "required": ["intent"]}


@dataclass(frozen=True)
class Case:
    """A failure to provoke: its name, the error_type expected, the server's script and the
    request's fields."""

    name: str
    kind: str
    script: list[Step]
    fields: dict[str, Any]


# one row per way the client can fail
CASES = [
    Case("delay", "timeout", [Reply(delay_s=5)], {"timeout_s": 0.3}),
    Case("drip", "timeout", [Reply(body=b"{" * 40, drip_interval_s=0.05)], {"timeout_s": 0.3}),
    Case(
        "500-quoting-the-key",
        "unavailable",
        [Reply(500, body=f'{{"error": "bad key {API_KEY}"}}'.encode())],
        {},
    ),
    Case("reset", "unavailable", [Reset()], {}),
    Case("429", "rate_limited", [Reply(429, headers={"Retry-After": "0.01"})], {}),
    Case("400", "http_error", [Reply(400)], {}),
    Case(
        "401-quoting-the-key",
        "http_error",
        [json_reply({"error": {"message": f"Incorrect API key provided: {API_KEY}"}}, status=401)],
        {},
    ),
    Case("oversized-body", "http_error", [Flood(5_000_000)], {}),
    Case("non-json-envelope", "http_error", [Reply(200, body=b"not json")], {}),
    Case("invalid-json", "invalid_json", [chat_reply("no json here")], {}),
    Case("schema-violation", "schema_invalid", [chat_reply('{"other": 1}')], {}),
    Case("invalid-schema", "misconfigured", [chat_reply("{}")], {"schema": {"type": 12}}),
]
IDS = [case.name for case in CASES]


def ask(fields: dict[str, Any]) -> ChatRequest:
    return ChatRequest(
        messages=({"role": "user", "content": "hello"},),
        model="loopback-model",
        timeout_s=fields.get("timeout_s", 1.0),
        structured="json_schema",
        schema=fields.get("schema", SCHEMA),
    )


def assert_no_key(error: LLMError, records: list[logging.LogRecord]) -> None:
    texts = [str(error), repr(error), *map(repr, error.args)]
    texts += traceback.format_exception(error)  # the whole cause chain, as a log would show it
    link: BaseException | None = error
    while link is not None:
        texts += [str(link), repr(link), *map(repr, link.args)]
        link = link.__cause__ or link.__context__
    for record in records:
        texts += [record.getMessage(), repr(record.args)]
        if record.exc_info and record.exc_info[1] is not None:
            texts += traceback.format_exception(record.exc_info[1])
    leaks = [text for text in texts if API_KEY in text]
    assert not leaks


def settings_for(endpoint: Endpoints) -> EndpointSettings:
    return endpoint(max_retries=1, max_response_bytes=100_000, breaker_failures=100)


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_sync_failures_never_show_the_key(
    server: LoopbackServer,
    endpoint: Endpoints,
    caplog: pytest.LogCaptureFixture,
    case: Case,
) -> None:
    server.script(*case.script)
    with (
        caplog.at_level(logging.DEBUG),
        LLMClient(settings_for(endpoint)) as client,
        pytest.raises(LLMError) as caught,
    ):
        client.complete_json(ask(case.fields))
    assert caught.value.error_type == case.kind
    assert_no_key(caught.value, caplog.records)
    if server.count:
        assert server.requests[0].headers["authorization"] == f"Bearer {API_KEY}"


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_async_failures_never_show_the_key(
    server: LoopbackServer,
    endpoint: Endpoints,
    caplog: pytest.LogCaptureFixture,
    case: Case,
) -> None:
    server.script(*case.script)

    async def call() -> None:
        async with AsyncLLMClient(settings_for(endpoint)) as client:
            await client.complete_json(ask(case.fields))

    with caplog.at_level(logging.DEBUG), pytest.raises(LLMError) as caught:
        asyncio.run(call())
    assert caught.value.error_type == case.kind
    assert_no_key(caught.value, caplog.records)


def test_an_open_breaker_and_retry_logs_never_show_the_key(
    server: LoopbackServer, endpoint: Endpoints, caplog: pytest.LogCaptureFixture
) -> None:
    server.script(Reply(503))
    settings = endpoint(max_retries=2, breaker_failures=1)
    with caplog.at_level(logging.DEBUG), LLMClient(settings) as client:
        with pytest.raises(LLMError):
            client.complete(ask({}))
        with pytest.raises(LLMError, match="circuit breaker open") as caught:
            client.complete(ask({}))
        shown = [repr(client), str(client), repr(client.endpoint), str(client.endpoint)]
    assert any("retrying" in record.getMessage() for record in caplog.records)
    assert_no_key(caught.value, caplog.records)
    assert not [text for text in shown if API_KEY in text]


def test_a_key_the_server_quotes_back_is_redacted(
    server: LoopbackServer, endpoint: Endpoints
) -> None:
    body = json.dumps({"error": {"message": f"Incorrect API key provided: {API_KEY}."}})
    server.script(Reply(401, body=body.encode()))
    with LLMClient(endpoint()) as client, pytest.raises(LLMError) as caught:
        client.complete(ask({}))
    assert "Incorrect API key provided: [redacted]." in str(caught.value)


def test_a_refused_connection_never_shows_the_key(
    endpoint: Endpoints, caplog: pytest.LogCaptureFixture
) -> None:
    with socket.create_server(("127.0.0.1", 0)) as placeholder:
        port = placeholder.getsockname()[1]
    settings = endpoint(base_url=f"http://127.0.0.1:{port}/v1", max_retries=1)
    with (
        caplog.at_level(logging.DEBUG),
        LLMClient(settings) as client,
        pytest.raises(LLMError) as caught,
    ):
        client.complete(ask({}))
    assert caught.value.error_type == "unavailable"
    assert_no_key(caught.value, caplog.records)
