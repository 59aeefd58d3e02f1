"""One LLM call as a plan of steps, without I/O: the logic both clients share.

:func:`plan_call` is a generator. It does the cache lookup, the breaker check, the retry loop
and the cache store, and asks its driver for I/O by yielding a step: :class:`Send` (POST this
body with these timeouts, answer with an :class:`~policy_llm._attempts.HttpReply` or a
:class:`~policy_llm._attempts.Failure`) or :class:`Sleep` (wait, answer ``None``). Its return
value is the call's result. The sync client drives it with blocking I/O, the async client
with ``await``; neither repeats a decision.

A driver that abandons the plan (an exception of its own, a cancelled task) closes it, and
the breaker is released without a verdict.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

import httpx

from policy_llm._attempts import AttemptSchedule, Failure, HttpReply, interpret
from policy_llm._breaker import BreakerState, CircuitBreaker
from policy_llm._cache import ResponseCacheLike, cache_key, cache_lookup, cache_store
from policy_llm._chat_api import chat_body, parse_envelope, request_headers, result_from
from policy_llm._endpoint import EndpointSettings
from policy_llm._structured import check_schema, json_result
from policy_llm._wire import ChatRequest, ChatResult, JsonResult
from policy_llm.exceptions import (
    LLMError,
    LLMRateLimitedError,
    LLMTimeoutError,
    LLMUnavailableError,
)

__all__ = ["Finish", "Plan", "Send", "Sleep", "finish_chat", "finish_json", "plan_call"]

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Send:
    """POST ``body`` as JSON to ``url`` with ``timeout``; ``remaining_s`` is what is left of
    the call's deadline, which the whole attempt must not outlast."""

    url: str
    body: dict[str, Any]
    timeout: httpx.Timeout
    remaining_s: float


@dataclass(frozen=True, slots=True)
class Sleep:
    """Wait ``seconds`` before the next attempt."""

    seconds: float


Step = Send | Sleep
Plan = Generator[Step, HttpReply | Failure | None, T]
Finish = Callable[[ChatResult, Mapping[str, Any]], T]
"""Turns a completion (and its raw envelope) into what the caller asked for, or raises."""


@dataclass(frozen=True, slots=True)
class CallContext:
    """What a plan needs from its client: settings, collaborators and injected clocks."""

    endpoint: EndpointSettings
    breaker: CircuitBreaker
    cache: ResponseCacheLike | None
    clock: Callable[[], float]
    random: Callable[[], float]


def call_context(
    endpoint: EndpointSettings,
    cache: ResponseCacheLike | None,
    *,
    clock: Callable[[], float],
    random: Callable[[], float],
) -> CallContext:
    """A client's context: its settings, a breaker of its own, its cache and clocks."""
    breaker = CircuitBreaker(
        failure_threshold=endpoint.breaker_failures,
        cooldown_s=endpoint.breaker_cooldown_s,
        clock=clock,
    )
    return CallContext(endpoint, breaker, cache, clock, random)


class EndpointClient:
    """What the sync and async clients share: their endpoint, its call context (breaker,
    cache, clocks) and how they are shown (never with the key)."""

    def __init__(
        self,
        endpoint: EndpointSettings,
        cache: ResponseCacheLike | None,
        *,
        clock: Callable[[], float],
        random: Callable[[], float],
    ) -> None:
        self._endpoint = endpoint
        self._context = call_context(endpoint, cache, clock=clock, random=random)

    def __repr__(self) -> str:
        endpoint = self._endpoint
        return f"{type(self).__name__}(base_url={endpoint.base_url!r}, model={endpoint.model!r})"

    @property
    def endpoint(self) -> EndpointSettings:
        """The settings this client was built with."""
        return self._endpoint

    @property
    def breaker_state(self) -> BreakerState:
        """The circuit breaker's state: ``closed``, ``open`` or ``half_open``."""
        return self._context.breaker.state


def http_options(endpoint: EndpointSettings) -> dict[str, Any]:
    """The keyword arguments both clients give their httpx client: one pool per endpoint,
    the key in the headers, the connect timeout as the default, no redirects."""
    return {
        "headers": request_headers(endpoint.api_key.get_secret_value()),
        "limits": httpx.Limits(
            max_connections=endpoint.max_connections,
            max_keepalive_connections=endpoint.max_connections,
        ),
        "timeout": endpoint.connect_timeout_s,
        "follow_redirects": False,
    }


def finish_chat(result: ChatResult, envelope: Mapping[str, Any]) -> ChatResult:
    """The completion as it is."""
    return result


def finish_json(request: ChatRequest) -> Finish[JsonResult]:
    """The completion's content as a JSON object meeting ``request.schema``."""

    def finish(result: ChatResult, envelope: Mapping[str, Any]) -> JsonResult:
        return json_result(result, request.schema, finish_reason=parse_envelope(envelope)[3])

    return finish


def plan_call(context: CallContext, request: ChatRequest, finish: Finish[T]) -> Plan[T]:
    """The steps of one call; see the module docstring."""
    endpoint = context.endpoint
    if request.schema is not None:
        check_schema(request.schema)
    started = context.clock()
    cache = context.cache
    key = cache_key(cache, endpoint.chat_url, request) if cache is not None else None
    if cache is not None and key is not None:
        envelope = cache_lookup(cache, key)
        if envelope is not None:
            latency_ms = (context.clock() - started) * 1000.0
            cached = result_from(envelope, request, latency_ms=latency_ms, attempts=0, cached=True)
            return finish(cached, envelope)
    if not context.breaker.try_acquire():
        wait = context.breaker.seconds_until_probe()
        raise LLMUnavailableError(
            f"circuit breaker open for {endpoint.chat_url}; next probe in {wait:.1f} s"
        )
    schedule = AttemptSchedule(
        endpoint, request.timeout_s, clock=context.clock, random=context.random
    )
    try:
        envelope = yield from _attempts(schedule, endpoint, chat_body(request))
    except BaseException as exc:
        _settle(context.breaker, exc)
        raise
    context.breaker.record_success()
    latency_ms = (context.clock() - started) * 1000.0
    try:
        result = result_from(envelope, request, latency_ms=latency_ms, attempts=schedule.attempts)
    except LLMError as exc:  # a refusal, or an envelope without content
        exc.attempts = schedule.attempts
        raise
    value = finish(result, envelope)
    if cache is not None and key is not None:
        cache_store(cache, key, envelope)
    return value


def _attempts(
    schedule: AttemptSchedule, endpoint: EndpointSettings, body: dict[str, Any]
) -> Generator[Step, HttpReply | Failure | None, dict[str, Any]]:
    secret = endpoint.api_key.get_secret_value()
    while True:
        timeout = schedule.begin()
        answer = yield Send(endpoint.chat_url, body, timeout, schedule.remaining_s())
        if answer is None:
            raise TypeError("a Send step must be answered with an HttpReply or a Failure")
        outcome = (
            interpret(answer, url=endpoint.chat_url, secret=secret)
            if isinstance(answer, HttpReply)
            else answer
        )
        if not isinstance(outcome, Failure):
            return outcome
        if isinstance(outcome.error, LLMTimeoutError):
            raise schedule.timed_out() from outcome.error.__cause__
        yield Sleep(schedule.wait_before_retry(outcome))


def _settle(breaker: CircuitBreaker, exc: BaseException) -> None:
    """Tell the breaker what an unsuccessful call says about the endpoint."""
    if isinstance(exc, LLMTimeoutError | LLMUnavailableError | LLMRateLimitedError):
        breaker.record_failure()
    elif isinstance(exc, LLMError):
        breaker.record_success()  # it answered: a 4xx or a bad body is not an outage
    else:
        breaker.release()
