"""The circuit breaker inside the client, against a real loopback server and a fake clock."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import pytest
from loopback_server import LoopbackServer, Reply, chat_reply

from policy_llm._client import LLMClient
from policy_llm._endpoint import EndpointSettings
from policy_llm._wire import ChatRequest
from policy_llm.exceptions import LLMHTTPError, LLMTimeoutError, LLMUnavailableError

Endpoints = Callable[..., EndpointSettings]


class FakeClock:
    """A monotonic clock that moves only when told to."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def ask(timeout_s: float = 1.0) -> ChatRequest:
    return ChatRequest(
        messages=({"role": "user", "content": "ping"},), model="loopback-model", timeout_s=timeout_s
    )


def tripped_client(server: LoopbackServer, endpoint: Endpoints, clock: FakeClock) -> LLMClient:
    """A client whose breaker two failed calls (two 500s, no retries) have opened."""
    server.script(Reply(500))
    client = LLMClient(
        endpoint(max_retries=0, breaker_failures=2, breaker_cooldown_s=30.0), clock=clock
    )
    for _ in range(2):
        with pytest.raises(LLMUnavailableError):
            client.complete(ask())
    assert client.breaker_state == "open"
    assert server.count == 2
    return client


def test_an_open_breaker_fails_fast_without_a_request(
    server: LoopbackServer, endpoint: Endpoints
) -> None:
    clock = FakeClock()
    with tripped_client(server, endpoint, clock) as client:
        server.script(chat_reply("healthy again"))
        started = time.monotonic()
        for _ in range(5):
            with pytest.raises(LLMUnavailableError, match="circuit breaker open") as caught:
                client.complete(ask())
        assert time.monotonic() - started < 0.5
    assert server.count == 2
    assert caught.value.attempts == 0


def test_after_the_cooldown_one_probe_goes_through_and_success_closes(
    server: LoopbackServer, endpoint: Endpoints
) -> None:
    clock = FakeClock()
    with tripped_client(server, endpoint, clock) as client:
        server.script(chat_reply("healthy again"))
        clock.advance(29.0)
        with pytest.raises(LLMUnavailableError):
            client.complete(ask())
        assert server.count == 2
        clock.advance(1.0)
        before = client.breaker_state
        assert client.complete(ask()).content == "healthy again"
        assert (before, client.breaker_state) == ("half_open", "closed")
        client.complete(ask())
    assert server.count == 4


def test_a_failed_probe_opens_the_breaker_for_another_cooldown(
    server: LoopbackServer, endpoint: Endpoints
) -> None:
    clock = FakeClock()
    with tripped_client(server, endpoint, clock) as client:
        clock.advance(30.0)
        with pytest.raises(LLMUnavailableError, match="500"):
            client.complete(ask())  # the probe reaches the server and fails
        assert server.count == 3
        assert client.breaker_state == "open"
        clock.advance(29.0)
        with pytest.raises(LLMUnavailableError, match="circuit breaker open"):
            client.complete(ask())
        assert server.count == 3
        clock.advance(1.0)
        server.script(chat_reply("back"))
        assert client.complete(ask()).content == "back"
    assert server.count == 4


def test_only_one_probe_at_a_time_in_half_open(server: LoopbackServer, endpoint: Endpoints) -> None:
    clock = FakeClock()
    with tripped_client(server, endpoint, clock) as client:
        clock.advance(30.0)
        server.script(Reply(delay_s=0.4, body=b'{"choices": [{"message": {"content": "slow"}}]}'))
        probe_result: list[str] = []
        probe = threading.Thread(target=lambda: probe_result.append(client.complete(ask()).content))
        probe.start()
        deadline = time.monotonic() + 2.0
        while server.count < 3 and time.monotonic() < deadline:
            time.sleep(0.01)
        with pytest.raises(LLMUnavailableError, match="circuit breaker open"):
            client.complete(ask())  # while the probe is in flight
        probe.join(timeout=3.0)
        assert probe_result == ["slow"]
        assert client.breaker_state == "closed"
    assert server.count == 3


def test_timeouts_count_as_failures(server: LoopbackServer, endpoint: Endpoints) -> None:
    server.script(Reply(delay_s=5.0))
    with LLMClient(endpoint(max_retries=0, breaker_failures=1)) as client:
        with pytest.raises(LLMTimeoutError):
            client.complete(ask(timeout_s=0.3))
        assert client.breaker_state == "open"


def test_client_errors_do_not_open_the_breaker(server: LoopbackServer, endpoint: Endpoints) -> None:
    server.script(Reply(400))
    with LLMClient(endpoint(breaker_failures=1)) as client:
        for _ in range(3):
            with pytest.raises(LLMHTTPError):
                client.complete(ask())
        assert client.breaker_state == "closed"
    assert server.count == 3


class SwitchableCache:
    """A cache that misses until it is given an envelope, then answers every lookup with it."""

    def __init__(self) -> None:
        self.envelope: dict[str, Any] | None = None

    @staticmethod
    def key(
        *,
        endpoint: str,
        model: str,
        messages: Sequence[Mapping[str, Any]],
        parameters: Mapping[str, Any],
        response_schema: Mapping[str, Any] | None,
    ) -> str:
        return "the-key"

    def get(self, key: str) -> dict[str, Any] | None:
        return self.envelope

    def put(self, key: str, response: Mapping[str, Any]) -> bool:
        return False


def test_a_cache_hit_is_served_while_the_breaker_is_open(
    server: LoopbackServer, endpoint: Endpoints
) -> None:
    server.script(Reply(500))
    cache = SwitchableCache()
    settings = endpoint(max_retries=0, breaker_failures=2)
    with LLMClient(settings, cache=cache, clock=FakeClock()) as client:
        for _ in range(2):
            with pytest.raises(LLMUnavailableError):
                client.complete(ask())
        cache.envelope = {"choices": [{"message": {"content": "remembered"}}]}
        result = client.complete(ask())
        assert (result.content, result.cached) == ("remembered", True)
        assert client.breaker_state == "open"
    assert server.count == 2
