"""The response cache the clients accept, and how they use it.

The client only needs ``key``/``get``/``put``; ``policy_eval.ResponseCache`` is the concrete
cache evaluation runs pass in. A cache holds raw response envelopes, keyed by everything that
changes the answer (never the API key). A cache that fails (disk full, unreadable entry) is
logged and bypassed: it never changes a call's outcome.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from policy_llm._chat_api import parse_envelope, request_parameters
from policy_llm._wire import ChatRequest
from policy_llm.exceptions import LLMHTTPError

__all__ = ["ResponseCacheLike", "cache_key", "cache_lookup", "cache_store"]

_LOG = logging.getLogger("policy_llm.client")


class ResponseCacheLike(Protocol):
    """A store of chat completion envelopes by request key. ``key`` may be a static method
    (as in ``policy_eval.ResponseCache``) or an ordinary one."""

    def key(
        self,
        *,
        endpoint: str,
        model: str,
        messages: Sequence[Mapping[str, Any]],
        parameters: Mapping[str, Any],
        response_schema: Mapping[str, Any] | None,
    ) -> str:
        """The key of one request."""
        ...

    def get(self, key: str) -> dict[str, Any] | None:
        """The stored envelope for ``key``, or ``None``."""
        ...

    def put(self, key: str, response: Mapping[str, Any]) -> bool:
        """Store an envelope; whether it was stored."""
        ...


def cache_key(cache: ResponseCacheLike, url: str, request: ChatRequest) -> str:
    """The key ``cache`` files ``request`` under when it is sent to ``url``."""
    return cache.key(
        endpoint=url,
        model=request.model,
        messages=[dict(message) for message in request.messages],
        parameters=request_parameters(request),
        response_schema=dict(request.schema) if request.schema is not None else None,
    )


def cache_lookup(cache: ResponseCacheLike, key: str) -> dict[str, Any] | None:
    """The cached envelope for ``key`` when there is a usable one."""
    try:
        envelope = cache.get(key)
    except Exception as exc:  # a broken cache must not fail the call
        _LOG.warning(
            "LLM response cache lookup failed (%s); calling the endpoint", type(exc).__name__
        )
        return None
    if envelope is None:
        return None
    try:
        parse_envelope(envelope)
    except LLMHTTPError:
        _LOG.warning("LLM response cache entry is not a chat completion; calling the endpoint")
        return None
    return envelope


def cache_store(cache: ResponseCacheLike, key: str, envelope: Mapping[str, Any]) -> None:
    """Store a successful call's envelope; a failing cache is logged, not raised."""
    try:
        cache.put(key, envelope)
    except Exception as exc:  # the answer is already in hand; losing the cache entry is fine
        _LOG.warning("LLM response cache store failed (%s)", type(exc).__name__)
