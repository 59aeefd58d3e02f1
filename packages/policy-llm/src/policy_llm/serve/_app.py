"""The ASGI application: routes, start-up and shutdown, problems for every error.

The policy is built once per worker process, at start-up (loading the morphology and, with
the switch on, starting the LLM runtime); ``/readyz`` says so. ``POST /v1/decide`` reads the
body within the request timeout and the size limit, validates it as a CommandDTO and awaits
``HybridPolicy.aexplain``: the rules run inline (tens of microseconds), an LLM reading is
awaited on the runtime's own loop, shadow work is handed to the background. At shutdown the
policy waits for the shadow work under way for half the shutdown bound, then cancels it.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from importlib.metadata import version
from time import perf_counter
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from policy_core import CommandValidationError, PolicySettings
from policy_llm._hybrid import HybridPolicy
from policy_llm._settings import LLMSettings
from policy_llm.serve._guards import BodyTooLargeError, authorised, read_body, takes_json
from policy_llm.serve._metrics import CONTENT_TYPE, ServiceMetrics
from policy_llm.serve._openapi import openapi_document
from policy_llm.serve._problems import problem_response

__all__ = ["app_from_env", "create_app"]

_LOGGER = logging.getLogger("policy_llm.serve")
_ROUTES = frozenset({"/v1/decide", "/healthz", "/readyz", "/metrics", "/openapi.json"})
_MAX_DETAIL = 200


def _refuse_constant(name: str) -> float:
    raise ValueError(f"{name} is not a JSON number")


class _Service:
    """One application's state: its settings, its policy (once started), its metrics."""

    def __init__(
        self,
        llm_settings: LLMSettings,
        policy_settings: PolicySettings,
        environ: Mapping[str, str],
        policy: HybridPolicy | None,
    ) -> None:
        self.llm_settings = llm_settings
        self.policy_settings = policy_settings
        self.environ = environ
        self.policy = policy
        self.owns_policy = policy is None
        self.closing = False
        self.metrics = ServiceMetrics()
        self.openapi = openapi_document(
            version("policy-llm"), authenticated=bool(llm_settings.serve.tokens)
        )

    @asynccontextmanager
    async def lifespan(self, _app: Starlette) -> AsyncIterator[None]:
        if self.policy is None:
            self.policy = await asyncio.to_thread(
                HybridPolicy, self.llm_settings, self.policy_settings, environ=self.environ
            )
        try:
            yield
        finally:
            self.closing = True
            if self.owns_policy:
                drain_s = self.llm_settings.serve.shutdown_timeout_s / 2
                await asyncio.to_thread(self.policy.close, drain_s)
                if self.policy_settings.log_hub is not None:
                    self.policy_settings.log_hub.close()

    # -- routes -------------------------------------------------------------------------

    async def decide(self, request: Request) -> Response:
        path = request.url.path
        refused = self._refused(request)
        if refused is not None:
            return refused
        if not takes_json(request.headers.get("content-type")):
            return problem_response(
                415,
                "unsupported-media-type",
                "Unsupported media type",
                "send the command as application/json",
                instance=path,
            )
        policy = self.policy
        if policy is None or self.closing:
            return self._not_ready(path)
        serve = self.llm_settings.serve
        reading = True
        try:
            async with asyncio.timeout(serve.request_timeout_s):
                body = await read_body(request, serve.max_body_bytes)
                reading = False
                try:
                    data: Any = json.loads(body, parse_constant=_refuse_constant)
                except RecursionError:
                    detail = "the body is not JSON this service reads: nested too deep"
                    return problem_response(
                        400, "malformed-json", "Malformed JSON", detail, instance=path
                    )
                except ValueError as exc:
                    detail = f"the body is not JSON: {exc}"[:_MAX_DETAIL]
                    return problem_response(
                        400, "malformed-json", "Malformed JSON", detail, instance=path
                    )
                started = perf_counter()
                explanation = await policy.aexplain(data)
        except BodyTooLargeError:
            return problem_response(
                413,
                "body-too-large",
                "Body too large",
                f"the body is larger than the limit of {serve.max_body_bytes} bytes",
                instance=path,
            )
        except CommandValidationError as exc:
            count = len(exc.violations)
            return problem_response(
                422,
                "invalid-command",
                "Invalid command",
                f"the command breaks the contract: {count} violation{'' if count == 1 else 's'}",
                instance=path,
                violations=exc.violations,
            )
        except TimeoutError:
            if reading:
                return problem_response(
                    408,
                    "request-timeout",
                    "Request timeout",
                    f"the body did not arrive within {serve.request_timeout_s:g} s",
                    instance=path,
                    headers={"Connection": "close"},
                )
            return problem_response(
                503,
                "decision-timeout",
                "No decision in time",
                f"no decision within {serve.request_timeout_s:g} s",
                instance=path,
                headers={"Retry-After": "1"},
            )
        decision = explanation.decision
        self.metrics.decided(decision, perf_counter() - started)
        # Serialised by pydantic-core directly: the same document as to_json_dict().
        return Response(decision.model_dump_json(exclude_none=True), media_type="application/json")

    async def healthz(self, _request: Request) -> Response:
        return JSONResponse({"status": "ok"})

    async def readyz(self, request: Request) -> Response:
        policy = self.policy
        if policy is None or self.closing:
            return self._not_ready(request.url.path)
        if self.llm_settings.any_mode and policy.runtime is None:
            return self._not_ready(request.url.path)
        llm = "on" if policy.runtime is not None else "off"
        return JSONResponse({"status": "ready", "llm": llm})

    async def metrics_text(self, request: Request) -> Response:
        refused = self._refused(request)
        if refused is not None:
            return refused
        body = await asyncio.to_thread(self.metrics.exposition)
        return Response(body, media_type=CONTENT_TYPE)

    async def openapi_json(self, _request: Request) -> Response:
        return JSONResponse(self.openapi)

    # -- errors -------------------------------------------------------------------------

    async def http_error(self, request: Request, exc: Exception) -> Response:
        status = exc.status_code if isinstance(exc, HTTPException) else 500
        detail = exc.detail if isinstance(exc, HTTPException) else "error"
        headers = getattr(exc, "headers", None)
        return problem_response(
            status, f"http-{status}", str(detail), str(detail), instance=request.url.path,
            headers=headers,
        )  # fmt: skip

    async def crashed(self, request: Request, exc: Exception) -> Response:
        _LOGGER.error("unexpected error on %s", request.url.path, exc_info=exc)
        return problem_response(
            500,
            "internal-error",
            "Internal error",
            "the service failed to answer; the error is in its log",
            instance=request.url.path,
        )

    def _refused(self, request: Request) -> Response | None:
        tokens = self.llm_settings.serve.tokens
        if not tokens or authorised(request.headers.get("authorization"), tokens):
            return None
        return problem_response(
            401,
            "unauthorised",
            "Unauthorised",
            "send a bearer token the service knows: Authorization: Bearer <token>",
            instance=request.url.path,
            headers={"WWW-Authenticate": 'Bearer realm="hometask"'},
        )

    @staticmethod
    def _not_ready(path: str) -> Response:
        return problem_response(
            503,
            "not-ready",
            "Not ready",
            "the service is starting or stopping",
            instance=path,
            headers={"Retry-After": "1"},
        )


class _Measured:
    """Counts every HTTP answer by route and status, with its duration (pure ASGI)."""

    def __init__(self, app: ASGIApp, metrics: ServiceMetrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = perf_counter()
        status = 500

        async def sending(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, sending)
        finally:
            path = scope["path"]
            route = path if path in _ROUTES else "other"
            self.metrics.answered(route, status, perf_counter() - started)


def create_app(
    llm_settings: LLMSettings | None = None,
    policy_settings: PolicySettings | None = None,
    *,
    environ: Mapping[str, str] | None = None,
    policy: HybridPolicy | None = None,
) -> Starlette:
    """The service over ``policy`` (built at start-up from the settings when not given; a
    given policy is the caller's to close)."""
    env = os.environ if environ is None else environ
    service = _Service(
        llm_settings or LLMSettings(), policy_settings or PolicySettings(), env, policy
    )
    app = Starlette(
        routes=[
            Route("/v1/decide", service.decide, methods=["POST"]),
            Route("/healthz", service.healthz, methods=["GET"]),
            Route("/readyz", service.readyz, methods=["GET"]),
            Route("/metrics", service.metrics_text, methods=["GET"]),
            Route("/openapi.json", service.openapi_json, methods=["GET"]),
        ],
        exception_handlers={HTTPException: service.http_error, Exception: service.crashed},
        lifespan=service.lifespan,
    )
    app.add_middleware(_Measured, metrics=service.metrics)
    return app


def app_from_env() -> Starlette:
    """The service configured by the environment (uvicorn's factory in ``policy-serve``)."""
    return create_app(LLMSettings.from_env(), PolicySettings.from_env())
