"""One call's HTTP attempts: what each attempt's outcome means and when to try again.

Shared by the sync and async clients, which only differ in how they send a request and
wait. An attempt ends as an :class:`HttpReply` (the endpoint answered) or a
:class:`Failure` (a typed error, and whether repeating the request may help);
:func:`interpret` turns a reply into the response document or a failure, and
:class:`AttemptSchedule` keeps the call's deadline and decides whether, and after how long,
a failure is retried.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from http import HTTPStatus
from typing import Any

import httpx

from policy_llm._backoff import parse_retry_after, retry_wait
from policy_llm._chat_api import parse_json_body
from policy_llm._endpoint import EndpointSettings
from policy_llm.exceptions import (
    LLMError,
    LLMHTTPError,
    LLMRateLimitedError,
    LLMTimeoutError,
    LLMUnavailableError,
    redact,
)

__all__ = [
    "AttemptSchedule",
    "BodyLimit",
    "Failure",
    "HttpReply",
    "failure_from_exception",
    "interpret",
]

_LOG = logging.getLogger("policy_llm.client")
_EXCERPT_CHARS = 200


@dataclass(frozen=True, slots=True)
class HttpReply:
    """A whole response: status, the Retry-After header if any, and the (capped) body."""

    status_code: int
    retry_after: str | None
    body: bytes


@dataclass(frozen=True, slots=True)
class Failure:
    """An attempt that did not produce a response document: the ``error`` to raise if it is
    the last, whether a retry may help, and the wait the server asked for (seconds)."""

    error: LLMError
    retryable: bool
    retry_after_s: float | None = None


class BodyLimit:
    """Collects a response body, refusing one larger than ``max_bytes`` as soon as its
    declared length, or the bytes read so far, pass the cap (so a huge body is never held)."""

    def __init__(self, max_bytes: int, response: httpx.Response) -> None:
        self._max_bytes = max_bytes
        self._status_code = response.status_code
        self._retry_after = response.headers.get("retry-after")
        self._body = bytearray()
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > max_bytes:
            raise self._too_large(f"declares {int(declared)} bytes")

    def add(self, chunk: bytes) -> None:
        """Append one chunk of the body, or raise once the cap is passed."""
        if len(self._body) + len(chunk) > self._max_bytes:
            raise self._too_large("passed the cap while reading")
        self._body += chunk

    def reply(self) -> HttpReply:
        """The response read so far, as a whole reply."""
        return HttpReply(self._status_code, self._retry_after, bytes(self._body))

    def _too_large(self, how: str) -> LLMHTTPError:
        return LLMHTTPError(
            f"response body over max_response_bytes={self._max_bytes} ({how})",
            status_code=self._status_code,
        )


def failure_from_exception(exc: Exception, url: str) -> Failure:
    """The failure an exception raised during an attempt stands for.

    Connect errors, resets and protocol errors may be retried; read, write and pool
    timeouts are not, since those timeouts are what was left of the deadline. An
    :class:`LLMError` raised while reading (a body over the cap) is final.
    """
    failure: Failure
    if isinstance(exc, LLMError):
        return Failure(exc, retryable=False)
    if isinstance(exc, httpx.ConnectTimeout):
        failure = Failure(LLMUnavailableError(f"connecting to {url} timed out"), retryable=True)
    elif isinstance(exc, httpx.TimeoutException):
        failure = Failure(_deadline_error(type(exc).__name__), retryable=False)
    elif isinstance(exc, httpx.ConnectError):
        failure = Failure(LLMUnavailableError(f"cannot connect to {url}"), retryable=True)
    elif isinstance(exc, httpx.TransportError):
        failure = Failure(
            LLMUnavailableError(f"connection to {url} failed ({type(exc).__name__})"),
            retryable=True,
        )
    else:
        failure = Failure(
            LLMUnavailableError(f"request to {url} failed ({type(exc).__name__})"),
            retryable=False,
        )
    failure.error.__cause__ = exc
    return failure


def _deadline_error(what: str) -> LLMTimeoutError:
    return LLMTimeoutError(f"request deadline passed ({what})")


def interpret(
    reply: HttpReply, *, url: str, secret: str, now: datetime | None = None
) -> dict[str, Any] | Failure:
    """The response document of a 2xx reply, or the failure another status stands for:
    429 and 5xx may be retried (after the Retry-After they carry), other statuses not."""
    status = reply.status_code
    if 200 <= status < 300:
        try:
            return parse_json_body(reply.body, status_code=status)
        except LLMHTTPError as exc:
            return Failure(exc, retryable=False)
    described = f"{status} {_reason(status)} from {url}{_excerpt(reply.body, secret)}"
    wait = parse_retry_after(reply.retry_after, now=now or datetime.now(UTC))
    if status == 429:
        return Failure(
            LLMRateLimitedError(f"rate limited: {described}", retry_after_s=wait),
            retryable=True,
            retry_after_s=wait,
        )
    if status >= 500:
        return Failure(LLMUnavailableError(f"server error: {described}"), True, wait)
    return Failure(LLMHTTPError(described, status_code=status), retryable=False)


def _reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown Status"


def _excerpt(body: bytes, secret: str) -> str:
    """The server's own error message (``error.message`` or ``error``), shortened and with the
    key removed, since some servers quote the key they refused."""
    try:
        document = json.loads(body)
    except (UnicodeDecodeError, ValueError):
        return ""
    error = document.get("error") if isinstance(document, dict) else None
    message = error.get("message") if isinstance(error, dict) else error
    if not isinstance(message, str) or not message.strip():
        return ""
    text = " ".join(redact(message, secret).split())
    if len(text) > _EXCERPT_CHARS:
        text = text[: _EXCERPT_CHARS - 1] + "…"
    return f": {text}"


class AttemptSchedule:
    """The deadline and retry budget of one call.

    :meth:`begin` starts an attempt and gives the httpx timeouts that fit in what is left of
    the deadline; :meth:`wait_before_retry` says how long to wait before the next attempt or
    raises the failure's error when there is no retry left, no time left, or no point.
    """

    def __init__(
        self,
        endpoint: EndpointSettings,
        timeout_s: float,
        *,
        clock: Callable[[], float],
        random: Callable[[], float],
    ) -> None:
        self._endpoint = endpoint
        self._timeout_s = timeout_s
        self._clock = clock
        self._random = random
        self._deadline = clock() + timeout_s
        self.attempts = 0

    def remaining_s(self) -> float:
        """Seconds left before the deadline (negative once it has passed)."""
        return self._deadline - self._clock()

    def begin(self) -> httpx.Timeout:
        """Count a new attempt; its timeouts, or :class:`LLMTimeoutError` when time is up."""
        remaining = self.remaining_s()
        if remaining <= 0:
            raise self.timed_out()
        self.attempts += 1
        connect = min(self._endpoint.connect_timeout_s, remaining)
        return httpx.Timeout(connect=connect, read=remaining, write=remaining, pool=remaining)

    def timed_out(self) -> LLMTimeoutError:
        """The error for a call whose deadline passed."""
        return LLMTimeoutError(
            f"no response within the {self._timeout_s:g} s deadline "
            f"({self.attempts} attempt{'s' if self.attempts != 1 else ''})",
            attempts=self.attempts,
        )

    def wait_before_retry(self, failure: Failure) -> float:
        """Seconds to wait before retrying ``failure``; raises its error when not retrying."""
        error = failure.error
        error.attempts = self.attempts
        if not failure.retryable or self.attempts > self._endpoint.max_retries:
            raise error
        wait = retry_wait(
            self.attempts - 1,
            failure.retry_after_s,
            initial_s=self._endpoint.backoff_initial_s,
            max_s=self._endpoint.backoff_max_s,
            retry_after_cap_s=self._endpoint.retry_after_cap_s,
            random=self._random,
        )
        if wait >= self.remaining_s():
            _LOG.warning(
                "LLM attempt %d failed (%s); no time left before the deadline for a retry",
                self.attempts,
                error.error_type,
            )
            raise error
        _LOG.info(
            "LLM attempt %d of %d failed (%s); retrying in %.3f s",
            self.attempts,
            self._endpoint.max_retries + 1,
            error.error_type,
            wait,
        )
        return wait
