"""The blocking LLM client: one pooled ``httpx.Client`` per endpoint.

The decisions (cache, breaker, retries, parsing) live in :mod:`policy_llm._call`; this
module only performs the steps a call plan asks for. Each attempt runs on a worker thread
while the caller waits at most what is left of the deadline, so a server that trickles its
response a byte at a time, whose every read beats the read timeout, still cannot hold the
caller past the deadline. The worker stops reading at its next chunk once abandoned.
"""

from __future__ import annotations

import contextvars
import random as _random
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
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

__all__ = ["LLMClient"]

T = TypeVar("T")


class LLMClient(EndpointClient):
    """A synchronous client for one OpenAI-compatible endpoint.

    ``cache`` (optional) answers repeated requests without a call; ``transport`` replaces
    the network (``httpx.MockTransport`` in tests); ``sleep``, ``random`` and ``clock`` are
    the waits between retries, the jitter source and the monotonic clock of deadlines and
    the circuit breaker. Use it as a context manager, or call :meth:`close`. Thread-safe.
    """

    def __init__(
        self,
        endpoint: EndpointSettings,
        *,
        cache: ResponseCacheLike | None = None,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
        random: Callable[[], float] = _random.random,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(endpoint, cache, clock=clock, random=random)
        self._sleep = sleep
        self._http = httpx.Client(transport=transport, **http_options(endpoint))
        self._workers = ThreadPoolExecutor(
            max_workers=endpoint.max_connections, thread_name_prefix="policy-llm"
        )

    def complete(self, request: ChatRequest) -> ChatResult:
        """The completion of ``request``; raises an :class:`~policy_llm.exceptions.LLMError`."""
        return self._drive(plan_call(self._context, request, finish_chat))

    def complete_json(self, request: ChatRequest) -> JsonResult:
        """The completion's content as a JSON object (a ```json fence is tolerated) that
        meets ``request.schema``; raises ``LLMInvalidJSONError`` / ``LLMSchemaInvalidError``
        besides the errors of :meth:`complete`."""
        return self._drive(plan_call(self._context, request, finish_json(request)))

    def close(self) -> None:
        """Close the connection pool. An attempt abandoned at its deadline is not waited for."""
        self._workers.shutdown(wait=False, cancel_futures=True)
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def _drive(self, plan: Plan[T]) -> T:
        try:
            step = next(plan)
            while True:
                if isinstance(step, Sleep):
                    self._sleep(step.seconds)
                    step = plan.send(None)
                else:
                    step = plan.send(self._send(step))
        except StopIteration as done:
            value: T = done.value
            return value
        finally:
            plan.close()

    def _send(self, step: Send) -> HttpReply | Failure:
        abandoned = threading.Event()
        context = contextvars.copy_context()  # keep the caller's context (trace ids) in the worker
        future = self._workers.submit(context.run, self._attempt, step, abandoned)
        try:
            return future.result(timeout=max(step.remaining_s, 0.0))
        except TimeoutError:
            abandoned.set()
            future.cancel()
            return Failure(LLMTimeoutError("request deadline passed"), retryable=False)

    def _attempt(self, step: Send, abandoned: threading.Event) -> HttpReply | Failure:
        try:
            with self._http.stream(
                "POST", step.url, json=step.body, timeout=step.timeout
            ) as response:
                body = BodyLimit(self._endpoint.max_response_bytes, response)
                for chunk in response.iter_bytes():
                    if abandoned.is_set():
                        break
                    body.add(chunk)
                return body.reply()
        except (httpx.HTTPError, LLMError) as exc:
            return failure_from_exception(exc, step.url)
