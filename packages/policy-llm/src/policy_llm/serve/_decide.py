"""``POST /v1/decide`` as a plain ASGI application: the one route on the hot path.

It answers before the framework's routing and middleware (the other routes go through
them): the token, the media type, the body read within the size limit and the request
timeout, the JSON, ``HybridPolicy.aexplain``, the decision serialised by pydantic-core, and
the request counted in the metrics. Every error is an RFC 9457 problem, as on the other
routes; an unexpected one is logged with its traceback and answers 500 without it.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import Callable
from time import perf_counter
from typing import Any

from pydantic import ValidationError
from starlette.requests import ClientDisconnect
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from policy_core import CommandDTO, CommandValidationError
from policy_llm._hybrid import HybridPolicy
from policy_llm._settings import ServeSettings
from policy_llm.serve._guards import BodyTooLargeError, authorised, header, read_body, takes_json
from policy_llm.serve._metrics import ServiceMetrics, StatusOf
from policy_llm.serve._problems import internal_error, not_ready, problem_response, unauthorised

__all__ = ["PATH", "DecideRoute"]

PATH = "/v1/decide"
_LOGGER = logging.getLogger("policy_llm.serve")
_MAX_DETAIL = 200
_JSON_HEADERS = [(b"content-type", b"application/json")]
_COMMAND = CommandDTO.__pydantic_validator__


def _refuse_constant(name: str) -> float:
    raise ValueError(f"{name} is not a JSON number")


class DecideRoute:
    """Decides one command per request over the policy ``policy_now`` gives (None while the
    service is starting or stopping: 503)."""

    def __init__(
        self,
        settings: ServeSettings,
        metrics: ServiceMetrics,
        policy_now: Callable[[], HybridPolicy | None],
    ) -> None:
        self._settings = settings
        self._metrics = metrics
        self._policy_now = policy_now
        # NaN and Infinity are not JSON; the standard decoder would accept them.
        self._decoder = json.JSONDecoder(parse_constant=_refuse_constant)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        started = perf_counter()
        sending = StatusOf(send)
        try:
            await self._answer(scope, receive, sending)
        except ClientDisconnect:
            sending.status = 499  # nginx's "client closed request": nobody is left to answer
        except Exception as exc:
            _LOGGER.error("unexpected error on %s", PATH, exc_info=exc)
            if sending.status == 500:  # nothing sent yet
                await internal_error(PATH)(scope, receive, sending)
        finally:
            self._metrics.answered(PATH, sending.status, perf_counter() - started)

    async def _answer(self, scope: Scope, receive: Receive, send: Send) -> None:
        tokens = self._settings.tokens
        if tokens and not authorised(header(scope, b"authorization"), tokens):
            await unauthorised(PATH)(scope, receive, send)
            return
        if not takes_json(header(scope, b"content-type")):
            refused = problem_response(
                415,
                "unsupported-media-type",
                "Unsupported media type",
                "send the command as application/json",
                instance=PATH,
            )
            await refused(scope, receive, send)
            return
        policy = self._policy_now()
        if policy is None:
            await not_ready(PATH)(scope, receive, send)
            return
        answer = await self._decided(policy, scope, receive)
        if isinstance(answer, Response):
            await answer(scope, receive, send)
            return
        # With its length declared the body goes out as it is, not in chunked encoding.
        headers = [*_JSON_HEADERS, (b"content-length", b"%d" % len(answer))]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": answer})

    async def _decided(
        self, policy: HybridPolicy, scope: Scope, receive: Receive
    ) -> bytes | Response:
        """The decision's JSON, or the problem that stopped it."""
        settings = self._settings
        reading = True
        try:
            async with asyncio.timeout(settings.request_timeout_s):
                body = await read_body(scope, receive, settings.max_body_bytes)
                reading = False
                data = self._command(body)
                if isinstance(data, Response):
                    return data
                started = perf_counter()
                explanation = await policy.aexplain(data)
        except BodyTooLargeError:
            return problem_response(
                413,
                "body-too-large",
                "Body too large",
                f"the body is larger than the limit of {settings.max_body_bytes} bytes",
                instance=PATH,
            )
        except CommandValidationError as exc:
            count = len(exc.violations)
            return problem_response(
                422,
                "invalid-command",
                "Invalid command",
                f"the command breaks the contract: {count} violation{'' if count == 1 else 's'}",
                instance=PATH,
                violations=exc.violations,
            )
        except TimeoutError:
            if reading:
                return problem_response(
                    408,
                    "request-timeout",
                    "Request timeout",
                    f"the body did not arrive within {settings.request_timeout_s:g} s",
                    instance=PATH,
                    headers={"Connection": "close"},
                )
            return problem_response(
                503,
                "decision-timeout",
                "No decision in time",
                f"no decision within {settings.request_timeout_s:g} s",
                instance=PATH,
                headers={"Retry-After": "1"},
            )
        decision = explanation.decision
        self._metrics.decided(decision, perf_counter() - started, explanation.held_back)
        # Serialised by pydantic-core directly: the same document as to_json_dict().
        return decision.__pydantic_serializer__.to_json(decision, exclude_none=True)

    def _command(self, body: bytes) -> Any:
        """The command (a CommandDTO read straight from the bytes by pydantic-core), or when
        that fails the body's JSON value for the policy to list the violations of, or a 400
        problem when it is no JSON at all."""
        with contextlib.suppress(ValidationError):
            return _COMMAND.validate_json(body)
        return self._parsed(body)

    def _parsed(self, body: bytes) -> Any:
        """The body's JSON value, or a 400 problem."""
        try:
            text = body.decode(json.detect_encoding(body), "surrogatepass")
            return self._decoder.decode(text)
        except RecursionError:
            detail = "the body is not JSON this service reads: nested too deep"
        except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError both are
            detail = f"the body is not JSON: {exc}"[:_MAX_DETAIL]
        return problem_response(400, "malformed-json", "Malformed JSON", detail, instance=PATH)
