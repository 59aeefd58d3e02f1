"""The ASGI application: routes, start-up and shutdown, problems for every error.

The policy is built once per worker process, at start-up (loading the morphology and, with
the switch on, starting the LLM runtime); ``/readyz`` says so. ``POST /v1/decide`` (its own
plain ASGI route, ahead of the framework's routing: ``_decide.py``) reads the body within the
request timeout and the size limit, validates it as a CommandDTO and awaits
``HybridPolicy.aexplain``: the rules run inline (tens of microseconds), an LLM reading is
awaited on the runtime's own loop, shadow work is handed to the background. At shutdown the
policy waits for the shadow work under way for half the shutdown bound, then cancels it.
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from importlib.metadata import version
from time import perf_counter

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

from policy_core import PolicySettings
from policy_llm._hybrid import HybridPolicy
from policy_llm._settings import LLMSettings
from policy_llm.serve._decide import PATH as DECIDE_PATH
from policy_llm.serve._decide import DecideRoute
from policy_llm.serve._guards import authorised
from policy_llm.serve._metrics import CONTENT_TYPE, ServiceMetrics, StatusOf
from policy_llm.serve._openapi import openapi_document
from policy_llm.serve._problems import internal_error, not_ready, problem_response, unauthorised

__all__ = ["app_from_env", "create_app"]

_LOGGER = logging.getLogger("policy_llm.serve")
_ROUTES = frozenset({"/v1/decide", "/healthz", "/readyz", "/metrics", "/openapi.json"})


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

    async def healthz(self, _request: Request) -> Response:
        return JSONResponse({"status": "ok"})

    async def readyz(self, request: Request) -> Response:
        policy = self.policy_now()
        if policy is None:
            return not_ready(request.url.path)
        if self.llm_settings.any_mode and policy.runtime is None:
            return not_ready(request.url.path)
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
        return internal_error(request.url.path)

    def _refused(self, request: Request) -> Response | None:
        tokens = self.llm_settings.serve.tokens
        if not tokens or authorised(request.headers.get("authorization"), tokens):
            return None
        return unauthorised(request.url.path)

    def policy_now(self) -> HybridPolicy | None:
        """The policy while it serves: None before start-up has built it and once closing."""
        return None if self.closing else self.policy


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
        sending = StatusOf(send)
        try:
            await self.app(scope, receive, sending)
        finally:
            path = scope["path"]
            route = path if path in _ROUTES else "other"
            self.metrics.answered(route, sending.status, perf_counter() - started)


class _HotPath:
    """``POST /v1/decide`` straight to its route; everything else (lifespan, the other
    routes, a wrong method on /v1/decide) through the framework."""

    def __init__(self, decide: DecideRoute, app: ASGIApp) -> None:
        self.decide = decide
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"] == DECIDE_PATH and scope["method"] == "POST":
            await self.decide(scope, receive, send)
        else:
            await self.app(scope, receive, send)


def create_app(
    llm_settings: LLMSettings | None = None,
    policy_settings: PolicySettings | None = None,
    *,
    environ: Mapping[str, str] | None = None,
    policy: HybridPolicy | None = None,
) -> ASGIApp:
    """The service over ``policy`` (built at start-up from the settings when not given; a
    given policy is the caller's to close)."""
    env = os.environ if environ is None else environ
    service = _Service(
        llm_settings or LLMSettings(), policy_settings or PolicySettings(), env, policy
    )
    decide = DecideRoute(service.llm_settings.serve, service.metrics, service.policy_now)
    app = Starlette(
        routes=[
            Route(DECIDE_PATH, decide, methods=["POST"]),
            Route("/healthz", service.healthz, methods=["GET"]),
            Route("/readyz", service.readyz, methods=["GET"]),
            Route("/metrics", service.metrics_text, methods=["GET"]),
            Route("/openapi.json", service.openapi_json, methods=["GET"]),
        ],
        exception_handlers={HTTPException: service.http_error, Exception: service.crashed},
        lifespan=service.lifespan,
    )
    app.add_middleware(_Measured, metrics=service.metrics)
    return _HotPath(decide, app)


def app_from_env() -> ASGIApp:
    """The service configured by the environment (uvicorn's factory in ``policy-serve``)."""
    return create_app(LLMSettings.from_env(), PolicySettings.from_env())
