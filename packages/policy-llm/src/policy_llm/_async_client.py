"""The asyncio LLM client: one pooled ``httpx.AsyncClient`` per endpoint.

Same decisions as the blocking client (they live in :mod:`policy_llm._call`); each attempt
runs under ``asyncio.timeout`` set to what is left of the deadline, so nothing, not even a
response trickled a byte at a time, outlasts it.
"""

from __future__ import annotations

import asyncio
import random as _random
import time
from collections.abc import Awaitable, Callable
from types import TracebackType
from typing import Self, TypeVar

import httpx

from policy_llm._attempts import BodyLimit, Failure, HttpReply, failure_from_exception
from policy_llm._cache import ResponseCacheLike
from policy_llm._call import (
    EndpointClient,
    Plan,
    Send,
    Sleep,
    finish_chat,
    finish_json,
    http_options,
    plan_call,
)
from policy_llm._endpoint import EndpointSettings
from policy_llm._wire import ChatRequest, ChatResult, JsonResult
from policy_llm.exceptions import LLMError, LLMTimeoutError

__all__ = ["AsyncLLMClient"]

T = TypeVar("T")


class AsyncLLMClient(EndpointClient):
    """An asyncio client for one OpenAI-compatible endpoint; the async twin of
    :class:`~policy_llm._client.LLMClient` (``sleep`` is awaited). Use it as an async
    context manager, or await :meth:`aclose`."""

    def __init__(
        self,
        endpoint: EndpointSettings,
        *,
        cache: ResponseCacheLike | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        random: Callable[[], float] = _random.random,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(endpoint, cache, clock=clock, random=random)
        self._sleep = sleep
        self._http = httpx.AsyncClient(transport=transport, **http_options(endpoint))

    async def complete(self, request: ChatRequest) -> ChatResult:
        """The completion of ``request``; raises an :class:`~policy_llm.exceptions.LLMError`."""
        return await self._drive(plan_call(self._context, request, finish_chat))

    async def complete_json(self, request: ChatRequest) -> JsonResult:
        """The completion's content as a JSON object meeting ``request.schema``."""
        return await self._drive(plan_call(self._context, request, finish_json(request)))

    async def aclose(self) -> None:
        """Close the connection pool."""
        await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def _drive(self, plan: Plan[T]) -> T:
        try:
            step = next(plan)
            while True:
                if isinstance(step, Sleep):
                    await self._sleep(step.seconds)
                    step = plan.send(None)
                else:
                    step = plan.send(await self._send(step))
        except StopIteration as done:
            value: T = done.value
            return value
        finally:
            plan.close()

    async def _send(self, step: Send) -> HttpReply | Failure:
        try:
            async with asyncio.timeout(max(step.remaining_s, 0.0)):
                return await self._attempt(step)
        except TimeoutError:
            return Failure(LLMTimeoutError("request deadline passed"), retryable=False)

    async def _attempt(self, step: Send) -> HttpReply | Failure:
        try:
            async with self._http.stream(
                "POST", step.url, json=step.body, timeout=step.timeout
            ) as response:
                body = BodyLimit(self._endpoint.max_response_bytes, response)
                async for chunk in response.aiter_bytes():
                    body.add(chunk)
                return body.reply()
        except (httpx.HTTPError, LLMError) as exc:
            return failure_from_exception(exc, step.url)
