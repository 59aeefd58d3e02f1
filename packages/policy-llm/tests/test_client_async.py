"""The asyncio client on the same loopback server: the main paths, each under asyncio.run."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import pytest
from loopback_server import API_KEY, Flood, LoopbackServer, Reply, Reset, chat_reply

from policy_llm._async_client import AsyncLLMClient
from policy_llm._endpoint import EndpointSettings
from policy_llm._wire import ChatRequest, ChatResult, JsonResult
from policy_llm.exceptions import (
    LLMError,
    LLMHTTPError,
    LLMRateLimitedError,
    LLMSchemaInvalidError,
    LLMTimeoutError,
    LLMUnavailableError,
)

Endpoints = Callable[..., EndpointSettings]
T = TypeVar("T")
SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {"intent": {"type": "string"}},
    "required": ["intent"],
}


def ask(timeout_s: float = 1.0, **fields: Any) -> ChatRequest:
    return ChatRequest(
        messages=({"role": "user", "content": "Add milk"},),
        model="loopback-model",
        timeout_s=timeout_s,
        **fields,
    )


def run(
    settings: EndpointSettings, call: Callable[[AsyncLLMClient], Awaitable[T]], **options: Any
) -> T:
    """``call`` with a fresh client, on a fresh event loop."""

    async def main() -> T:
        async with AsyncLLMClient(settings, **options) as client:
            return await call(client)

    return asyncio.run(main())


def complete(request: ChatRequest) -> Callable[[AsyncLLMClient], Awaitable[ChatResult]]:
    return lambda client: client.complete(request)


def complete_json(request: ChatRequest) -> Callable[[AsyncLLMClient], Awaitable[JsonResult]]:
    return lambda client: client.complete_json(request)


def test_a_completion_with_usage(server: LoopbackServer, endpoint: Endpoints) -> None:
    server.script(chat_reply("Added.", usage=(8, 2)))
    result = run(endpoint(), complete(ask()))
    assert (result.content, result.attempts, result.usage.total_tokens) == ("Added.", 1, 10)
    assert server.requests[0].headers["authorization"] == f"Bearer {API_KEY}"


def test_calls_share_one_pooled_connection(server: LoopbackServer, endpoint: Endpoints) -> None:
    server.script(chat_reply("ok"))

    async def three(client: AsyncLLMClient) -> None:
        for _ in range(3):
            await client.complete(ask())

    run(endpoint(), three)
    assert (server.count, server.connections) == (3, 1)


def test_500s_then_success_are_retried(server: LoopbackServer, endpoint: Endpoints) -> None:
    server.script(Reply(500), Reply(503), chat_reply("third"))
    result = run(endpoint(max_retries=2), complete(ask()))
    assert (result.content, result.attempts, server.count) == ("third", 3, 3)


def test_a_reset_is_retried(server: LoopbackServer, endpoint: Endpoints) -> None:
    server.script(Reset(), chat_reply("after"))
    assert run(endpoint(), complete(ask())).attempts == 2


def test_resets_on_every_attempt_are_unavailable(
    server: LoopbackServer, endpoint: Endpoints
) -> None:
    server.script(Reset())
    with pytest.raises(LLMUnavailableError):
        run(endpoint(max_retries=1), complete(ask()))
    assert server.count == 2


def test_retry_after_is_awaited(server: LoopbackServer, endpoint: Endpoints) -> None:
    server.script(Reply(429, headers={"Retry-After": "2"}), chat_reply("ok"))
    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)

    result = run(endpoint(retry_after_cap_s=5.0), complete(ask(timeout_s=4.0)), sleep=sleep)
    assert (waits, result.attempts) == ([2.0], 2)


def test_429_throughout_is_rate_limited(server: LoopbackServer, endpoint: Endpoints) -> None:
    server.script(Reply(429))
    with pytest.raises(LLMRateLimitedError):
        run(endpoint(max_retries=1), complete(ask()))
    assert server.count == 2


def test_400_is_not_retried(server: LoopbackServer, endpoint: Endpoints) -> None:
    server.script(Reply(400))
    with pytest.raises(LLMHTTPError) as caught:
        run(endpoint(max_retries=3), complete(ask()))
    assert (caught.value.status_code, server.count) == (400, 1)


# Each takes the server 30 s to finish (stop() cuts it short at teardown).
SLOW_REPLIES = [Reply(delay_s=30), Reply(body=b"{" * 300, drip_interval_s=0.1)]
SLOW_REPLY_S = 30.0


@pytest.mark.parametrize("step", SLOW_REPLIES, ids=["delay", "drip"])
def test_the_deadline_holds(server: LoopbackServer, endpoint: Endpoints, step: Reply) -> None:
    # Timed around the call alone: building the client (an SSL context, seconds on a loaded
    # machine) is not part of the request's deadline. The proof that the deadline, not the
    # server, ended the call does not depend on how fast this machine is: the server had not
    # finished its reply when the timeout came back.
    server.script(step)

    async def call(client: AsyncLLMClient) -> tuple[float, int]:
        started = time.monotonic()
        with pytest.raises(LLMTimeoutError):
            await client.complete(ask(timeout_s=0.5))
        return time.monotonic() - started, server.replies_finished

    elapsed, finished = run(endpoint(), call)
    assert finished == 0  # cut off mid-reply: the client did not wait for the server
    assert 0.45 <= elapsed < SLOW_REPLY_S / 3  # not early; far from the server's 30 s
    assert server.count == 1


def test_a_50_mb_body_is_cut_off(server: LoopbackServer, endpoint: Endpoints) -> None:
    server.script(Flood(50_000_000, chunked=True))
    started = time.monotonic()
    with pytest.raises(LLMHTTPError, match="max_response_bytes"):
        run(endpoint(max_response_bytes=100_000), complete(ask(timeout_s=2.0)))
    assert time.monotonic() - started < 3.0
    assert server.flood_bytes_sent < 25_000_000


def test_structured_json_in_a_fence(server: LoopbackServer, endpoint: Endpoints) -> None:
    server.script(chat_reply('```json\n{"intent": "create_task"}\n```'))
    request = ask(structured="json_object", schema=SCHEMA)
    answer = run(endpoint(), complete_json(request))
    assert answer.data == {"intent": "create_task"}
    assert server.requests[0].json()["response_format"] == {"type": "json_object", "schema": SCHEMA}


def test_schema_violations(server: LoopbackServer, endpoint: Endpoints) -> None:
    server.script(chat_reply('{"intent": 3}'))
    with pytest.raises(LLMSchemaInvalidError) as caught:
        run(endpoint(), complete_json(ask(structured="json_schema", schema=SCHEMA)))
    assert [violation.pointer for violation in caught.value.violations] == ["/intent"]


def test_an_open_breaker_fails_fast(server: LoopbackServer, endpoint: Endpoints) -> None:
    server.script(Reply(500))

    async def calls(client: AsyncLLMClient) -> list[str]:
        kinds = []
        for _ in range(4):
            try:
                await client.complete(ask())
            except LLMError as error:
                kinds.append(str(error))
        return kinds

    messages = run(endpoint(max_retries=0, breaker_failures=2), calls)
    assert ["circuit breaker open" in message for message in messages] == [False, False, True, True]
    assert server.count == 2


def test_a_cancelled_probe_lets_the_next_call_probe(
    server: LoopbackServer, endpoint: Endpoints
) -> None:
    server.script(Reply(500))
    now = [0.0]

    async def scenario(client: AsyncLLMClient) -> str:
        with pytest.raises(LLMUnavailableError):
            await client.complete(ask())  # opens the breaker (breaker_failures=1)
        now[0] += 60.0
        server.script(Reply(delay_s=5.0), chat_reply("probed"))
        probe = asyncio.ensure_future(client.complete(ask(timeout_s=3.0)))
        await asyncio.sleep(0.2)
        probe.cancel()
        with pytest.raises(asyncio.CancelledError):
            await probe
        assert client.breaker_state == "half_open"
        return (await client.complete(ask())).content

    settings = endpoint(max_retries=0, breaker_failures=1, breaker_cooldown_s=30.0)
    assert run(settings, scenario, clock=lambda: now[0]) == "probed"
    assert server.count == 3
