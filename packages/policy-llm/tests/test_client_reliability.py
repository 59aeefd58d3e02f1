"""The blocking client against a real loopback server that misbehaves on cue.

Each case asserts the typed outcome, how many requests reached the server and that the call
ended in bounded time. Bounds are generous (a slow CI machine must not flake them); the
deadlines themselves are short.
"""

from __future__ import annotations

import socket
import time
import tracemalloc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx
import pytest
from loopback_server import (
    API_KEY,
    Flood,
    LoopbackServer,
    Reply,
    Reset,
    Stall,
    chat_reply,
    json_reply,
)

from policy_llm._client import LLMClient
from policy_llm._endpoint import EndpointSettings
from policy_llm._wire import ChatRequest
from policy_llm.exceptions import (
    LLMHTTPError,
    LLMRateLimitedError,
    LLMTimeoutError,
    LLMUnavailableError,
)

Endpoints = Callable[..., EndpointSettings]

SLACK_S = 2.5  # what a slow, busy 2-core CI machine may add to any wait


def ask(timeout_s: float = 1.0) -> ChatRequest:
    return ChatRequest(
        messages=({"role": "user", "content": "Add milk"},),
        model="loopback-model",
        timeout_s=timeout_s,
    )


class Sleeps:
    """A sleep that records the waits it is asked for and returns at once."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


@contextmanager
def elapsed_under(limit_s: float, *, at_least_s: float = 0.0) -> Iterator[None]:
    """The block took less than ``limit_s`` (and at least ``at_least_s``) seconds."""
    started = time.monotonic()
    yield
    elapsed = time.monotonic() - started
    assert at_least_s <= elapsed < limit_s


def test_a_completion_reports_content_usage_and_one_attempt(
    server: LoopbackServer, endpoint: Endpoints
) -> None:
    server.script(chat_reply("Added.", model="served-model", usage=(11, 3)))
    with LLMClient(endpoint()) as client:
        result = client.complete(ask())
    assert (result.content, result.model, result.attempts, result.cached) == (
        "Added.",
        "served-model",
        1,
        False,
    )
    assert (result.usage.prompt_tokens, result.usage.completion_tokens) == (11, 3)
    assert result.usage.total_tokens == 14
    assert result.latency_ms > 0
    (received,) = server.requests
    assert (received.method, received.path) == ("POST", "/v1/chat/completions")
    assert received.headers["authorization"] == f"Bearer {API_KEY}"
    assert received.headers["accept-encoding"] == "identity"  # so the size cap counts real bytes
    assert received.json()["messages"] == [{"role": "user", "content": "Add milk"}]


def test_calls_share_one_pooled_connection(server: LoopbackServer, endpoint: Endpoints) -> None:
    server.script(chat_reply("ok"))
    with LLMClient(endpoint()) as client:
        for _ in range(3):
            client.complete(ask())
    assert (server.count, server.connections) == (3, 1)


def test_no_authorization_header_without_a_key(server: LoopbackServer, endpoint: Endpoints) -> None:
    server.script(chat_reply("ok"))
    with LLMClient(endpoint(api_key="")) as client:
        client.complete(ask())
    assert "authorization" not in server.requests[0].headers


def test_a_server_slower_than_the_deadline_times_out(
    server: LoopbackServer, endpoint: Endpoints
) -> None:
    server.script(Reply(delay_s=10, body=b"{}"))
    with (
        LLMClient(endpoint()) as client,
        elapsed_under(0.4 + SLACK_S, at_least_s=0.35),
        pytest.raises(LLMTimeoutError) as caught,
    ):
        client.complete(ask(timeout_s=0.4))
    assert server.count == 1
    assert caught.value.attempts == 1


def test_a_response_dripped_a_byte_at_a_time_hits_the_deadline(
    server: LoopbackServer, endpoint: Endpoints
) -> None:
    server.script(Reply(body=b'{"choices": []}' * 20, drip_interval_s=0.1))
    with (
        LLMClient(endpoint()) as client,
        elapsed_under(0.5 + SLACK_S, at_least_s=0.45),
        pytest.raises(LLMTimeoutError),
    ):
        client.complete(ask(timeout_s=0.5))
    assert server.count == 1


def test_headers_then_a_silent_body_hits_the_deadline(
    server: LoopbackServer, endpoint: Endpoints
) -> None:
    server.script(Stall(b'HTTP/1.1 200 OK\r\nContent-Length: 500\r\n\r\n{"choi', hold_s=10))
    with (
        LLMClient(endpoint()) as client,
        elapsed_under(0.5 + SLACK_S, at_least_s=0.45),
        pytest.raises(LLMTimeoutError),
    ):
        client.complete(ask(timeout_s=0.5))
    assert server.count == 1


def test_500s_then_success_are_retried(server: LoopbackServer, endpoint: Endpoints) -> None:
    server.script(Reply(500), Reply(502), chat_reply("third time"))
    with LLMClient(endpoint(max_retries=2)) as client, elapsed_under(SLACK_S):
        result = client.complete(ask())
    assert (result.content, result.attempts, server.count) == ("third time", 3, 3)


def test_5xx_on_every_attempt_is_unavailable_after_the_retries(
    server: LoopbackServer, endpoint: Endpoints
) -> None:
    server.script(json_reply({"error": {"message": "model loading"}}, status=503))
    with (
        LLMClient(endpoint(max_retries=2)) as client,
        elapsed_under(SLACK_S),
        pytest.raises(LLMUnavailableError, match="503 Service Unavailable") as caught,
    ):
        client.complete(ask())
    assert server.count == 3
    assert caught.value.attempts == 3
    assert "model loading" in str(caught.value)


def test_no_retries_when_max_retries_is_zero(server: LoopbackServer, endpoint: Endpoints) -> None:
    server.script(Reply(500))
    with LLMClient(endpoint(max_retries=0)) as client, pytest.raises(LLMUnavailableError):
        client.complete(ask())
    assert server.count == 1


@pytest.mark.parametrize(
    ("status", "message"),
    [
        (400, "context length exceeded"),
        (401, "invalid api key"),
        (404, "model not found"),
        (422, "bad request body"),
    ],
)
def test_other_4xx_fail_at_once_as_http_error(
    server: LoopbackServer, endpoint: Endpoints, status: int, message: str
) -> None:
    server.script(json_reply({"error": {"message": message}}, status=status), chat_reply("never"))
    with LLMClient(endpoint(max_retries=3)) as client, pytest.raises(LLMHTTPError) as caught:
        client.complete(ask())
    assert server.count == 1
    assert caught.value.status_code == status
    assert caught.value.error_type == "http_error"
    assert message in str(caught.value)


def test_a_connection_reset_is_retried(server: LoopbackServer, endpoint: Endpoints) -> None:
    server.script(Reset(), chat_reply("after the reset"))
    with LLMClient(endpoint()) as client:
        result = client.complete(ask())
    assert (result.content, result.attempts, server.count) == ("after the reset", 2, 2)


def test_resets_on_every_attempt_are_unavailable(
    server: LoopbackServer, endpoint: Endpoints
) -> None:
    server.script(Reset())
    with (
        LLMClient(endpoint(max_retries=2)) as client,
        elapsed_under(SLACK_S),
        pytest.raises(LLMUnavailableError) as caught,
    ):
        client.complete(ask())
    assert server.count == 3
    assert isinstance(caught.value.__cause__, httpx.TransportError)


def test_a_body_cut_off_mid_way_is_retried_as_a_broken_connection(
    server: LoopbackServer, endpoint: Endpoints
) -> None:
    server.script(
        Stall(b'HTTP/1.1 200 OK\r\nContent-Length: 500\r\n\r\n{"choi', hold_s=0),
        chat_reply("whole"),
    )
    with LLMClient(endpoint()) as client:
        result = client.complete(ask())
    assert (result.content, server.count) == ("whole", 2)


def test_a_refused_connection_is_retried_then_unavailable(endpoint: Endpoints) -> None:
    with socket.create_server(("127.0.0.1", 0)) as placeholder:
        port = placeholder.getsockname()[1]
    sleeps = Sleeps()  # nothing listens on the port now
    settings = endpoint(base_url=f"http://127.0.0.1:{port}/v1", max_retries=2)
    with (
        LLMClient(settings, sleep=sleeps) as client,
        elapsed_under(SLACK_S),
        pytest.raises(LLMUnavailableError, match="cannot connect") as caught,
    ):
        client.complete(ask())
    assert caught.value.attempts == 3
    assert len(sleeps.waits) == 2


def test_429_waits_what_retry_after_asks(server: LoopbackServer, endpoint: Endpoints) -> None:
    server.script(Reply(429, headers={"Retry-After": "1"}), chat_reply("ok"))
    sleeps = Sleeps()
    with LLMClient(endpoint(retry_after_cap_s=5.0), sleep=sleeps) as client:
        result = client.complete(ask(timeout_s=3.0))
    assert sleeps.waits == [1.0]
    assert (result.attempts, server.count) == (2, 2)


def test_retry_after_as_an_http_date_is_honoured(
    server: LoopbackServer, endpoint: Endpoints
) -> None:
    when = format_datetime(datetime.now(UTC) + timedelta(seconds=2), usegmt=True)
    server.script(Reply(503, headers={"Retry-After": when}), chat_reply("ok"))
    sleeps = Sleeps()
    with LLMClient(endpoint(retry_after_cap_s=5.0), sleep=sleeps) as client:
        client.complete(ask(timeout_s=4.0))
    (wait,) = sleeps.waits
    assert 0.5 < wait <= 2.0


def test_retry_after_is_capped(server: LoopbackServer, endpoint: Endpoints) -> None:
    server.script(Reply(429, headers={"Retry-After": "120"}), chat_reply("ok"))
    with LLMClient(endpoint(retry_after_cap_s=0.2)) as client, elapsed_under(0.2 + SLACK_S):
        started = time.monotonic()
        result = client.complete(ask(timeout_s=2.0))
        assert time.monotonic() - started >= 0.2  # a real wait, of the capped length
    assert (result.content, server.count) == ("ok", 2)


def test_429_on_every_attempt_is_rate_limited_with_the_servers_wait(
    server: LoopbackServer, endpoint: Endpoints
) -> None:
    server.script(Reply(429, headers={"Retry-After": "0.01"}))
    with LLMClient(endpoint(max_retries=2)) as client, pytest.raises(LLMRateLimitedError) as caught:
        client.complete(ask())
    assert server.count == 3
    assert caught.value.retry_after_s == pytest.approx(0.01)
    assert caught.value.attempts == 3


def test_a_retry_after_past_the_deadline_fails_now_instead_of_waiting(
    server: LoopbackServer, endpoint: Endpoints
) -> None:
    server.script(Reply(429, headers={"Retry-After": "5"}), chat_reply("too late"))
    sleeps = Sleeps()
    with (
        LLMClient(endpoint(retry_after_cap_s=10.0), sleep=sleeps) as client,
        pytest.raises(LLMRateLimitedError) as caught,
    ):
        client.complete(ask(timeout_s=1.0))
    assert (server.count, sleeps.waits) == (1, [])
    assert caught.value.retry_after_s == 5.0


def test_backoff_waits_grow_exponentially_within_the_bounds(
    server: LoopbackServer, endpoint: Endpoints
) -> None:
    server.script(Reply(500))
    sleeps = Sleeps()
    settings = endpoint(max_retries=4, backoff_initial_s=0.1, backoff_max_s=0.3)
    with (
        LLMClient(settings, sleep=sleeps, random=lambda: 0.5) as client,
        pytest.raises(LLMUnavailableError),
    ):
        client.complete(ask(timeout_s=5.0))
    assert sleeps.waits == pytest.approx([0.05, 0.1, 0.15, 0.15])
    assert server.count == 5


def test_the_deadline_bounds_retries_and_their_waits(
    server: LoopbackServer, endpoint: Endpoints
) -> None:
    server.script(Reply(500))
    settings = endpoint(max_retries=10, backoff_initial_s=0.2, backoff_max_s=0.2)
    with LLMClient(settings, random=lambda: 0.99) as client, elapsed_under(0.7 + SLACK_S):
        started = time.monotonic()
        with pytest.raises(LLMUnavailableError) as caught:
            client.complete(ask(timeout_s=0.7))
        assert time.monotonic() - started < 0.7 + 0.3  # gave up rather than sleep past it
    assert 2 <= server.count <= 4
    assert caught.value.attempts == server.count


@pytest.mark.parametrize("chunked", [False, True], ids=["declared-length", "chunked"])
def test_a_50_mb_body_is_cut_off_at_the_cap_without_being_held(
    server: LoopbackServer, endpoint: Endpoints, chunked: bool
) -> None:
    server.script(Flood(50_000_000, chunked=chunked))
    settings = endpoint(max_response_bytes=200_000)
    with LLMClient(settings) as client, elapsed_under(SLACK_S):
        tracemalloc.start()
        try:
            with pytest.raises(LLMHTTPError, match="max_response_bytes") as caught:
                client.complete(ask(timeout_s=2.0))
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert caught.value.status_code == 200
    assert server.count == 1  # too large is final: no retry
    assert peak < 5_000_000
    assert server.flood_bytes_sent < 25_000_000


@pytest.mark.parametrize(
    "body",
    [
        b"<html>Bad Gateway</html>",
        b"[1, 2]",
        b'{"error": {"message": "upstream"}}',
        b'{"choices": []}',
    ],
    ids=["html", "json-array", "error-member", "no-choices"],
)
def test_a_2xx_body_that_is_not_a_chat_completion_is_an_http_error(
    server: LoopbackServer, endpoint: Endpoints, body: bytes
) -> None:
    server.script(Reply(200, body=body))
    with LLMClient(endpoint()) as client, pytest.raises(LLMHTTPError) as caught:
        client.complete(ask())
    assert caught.value.status_code == 200
    assert server.count == 1


def test_timeouts_are_always_set_from_the_deadline(endpoint: Endpoints) -> None:
    seen: list[dict[str, float | None]] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"])
        return httpx.Response(200, json={"choices": [{"message": {"content": "ok"}}]})

    settings = endpoint(connect_timeout_s=0.25)
    with LLMClient(settings, transport=httpx.MockTransport(answer)) as client:
        client.complete(ask(timeout_s=0.8))
    (timeouts,) = seen
    assert timeouts["connect"] == 0.25
    for phase in ("read", "write", "pool"):
        value = timeouts[phase]
        assert value is not None
        assert 0.5 < value <= 0.8


def test_settings_and_client_reprs_name_the_endpoint(endpoint: Endpoints) -> None:
    settings: EndpointSettings = endpoint()
    with LLMClient(settings) as client:
        assert repr(client) == f"LLMClient(base_url={settings.base_url!r}, model='loopback-model')"
        assert client.endpoint is settings
