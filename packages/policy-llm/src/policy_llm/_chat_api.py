"""The OpenAI-compatible Chat Completions wire format: request bodies and response envelopes.

Pure functions shared by the sync and async clients: what to send for a
:class:`~policy_llm._wire.ChatRequest` in each structured mode, and how a 2xx response
body becomes a :class:`~policy_llm._wire.ChatResult`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from importlib.metadata import version
from typing import Any

from policy_llm._grammar import schema_grammar
from policy_llm._wire import NO_USAGE, ChatRequest, ChatResult, TokenUsage
from policy_llm.exceptions import LLMHTTPError, LLMRefusedError

__all__ = [
    "chat_body",
    "parse_envelope",
    "parse_json_body",
    "request_headers",
    "request_parameters",
    "result_from",
]

_USER_AGENT = f"policy-llm/{version('policy-llm')}"


def request_parameters(request: ChatRequest) -> dict[str, Any]:
    """The settings besides model, messages and schema that change the answer (the part of
    a cache key that is neither)."""
    return {
        "temperature": request.temperature,
        "max_tokens": request.max_tokens,
        "token_parameter": request.token_parameter,
        "structured": request.structured,
        "schema_name": request.schema_name,
    }


def chat_body(request: ChatRequest) -> dict[str, Any]:
    """The JSON body to POST to ``/chat/completions`` for ``request``.

    The token limit goes under ``request.token_parameter``; ``temperature`` is left out when
    it is None. ``grammar`` mode sends the schema's GBNF grammar (llama.cpp) and no
    ``response_format``, which llama-cpp-python would let override the grammar.

    >>> body = chat_body(ChatRequest(messages=({"role": "user", "content": "hi"},), model="m",
    ...     structured="json_object", schema={"type": "object"}))
    >>> body["response_format"]
    {'type': 'json_object', 'schema': {'type': 'object'}}
    """
    body: dict[str, Any] = {
        "model": request.model,
        "messages": [dict(message) for message in request.messages],
    }
    if request.temperature is not None:
        body["temperature"] = request.temperature
    body[request.token_parameter] = request.max_tokens
    body["stream"] = False
    schema = dict(request.schema) if request.schema is not None else None
    if request.structured == "json_schema":
        body["response_format"] = {
            "type": "json_schema",
            "json_schema": {"name": request.schema_name, "schema": schema, "strict": True},
        }
    elif request.structured == "json_object":
        body["response_format"] = {"type": "json_object", "schema": schema}
    elif request.structured == "grammar" and schema is not None:
        body["grammar"] = schema_grammar(schema)
    return body


def parse_json_body(body: bytes, *, status_code: int) -> dict[str, Any]:
    """A 2xx response body as a JSON object, or :class:`LLMHTTPError` when it is not one."""
    try:
        document = json.loads(body)
    except (UnicodeDecodeError, ValueError) as exc:
        raise LLMHTTPError(
            f"response body is not JSON ({len(body)} bytes)", status_code=status_code
        ) from exc
    if not isinstance(document, dict):
        raise LLMHTTPError(
            f"response body is a JSON {type(document).__name__}, not an object",
            status_code=status_code,
        )
    return document


def parse_envelope(envelope: Mapping[str, Any]) -> tuple[str, str | None, TokenUsage, str | None]:
    """The content, model, usage and finish reason of a chat completion envelope.

    Raises :class:`LLMRefusedError` when the message is a refusal (a non-empty ``refusal``
    string, OpenAI's form), and :class:`LLMHTTPError` (status 200) when the envelope carries
    an ``error`` or has no string message content in its first choice.
    """
    if envelope.get("error") is not None:
        raise LLMHTTPError("response carries an error member", status_code=200)
    choices = envelope.get("choices")
    first = choices[0] if isinstance(choices, list) and choices else None
    message = first.get("message") if isinstance(first, dict) else None
    refusal = message.get("refusal") if isinstance(message, dict) else None
    if isinstance(refusal, str) and refusal.strip():
        raise LLMRefusedError(
            f"the model refused to answer ({len(refusal)} characters of refusal)",
            refusal=refusal,
        )
    content = message.get("content") if isinstance(message, dict) else None
    if not isinstance(content, str):
        raise LLMHTTPError("response has no choices[0].message.content string", status_code=200)
    model = envelope.get("model")
    finish = first.get("finish_reason") if isinstance(first, dict) else None
    return (
        content,
        model if isinstance(model, str) else None,
        _usage(envelope.get("usage")),
        finish if isinstance(finish, str) else None,
    )


def result_from(
    envelope: Mapping[str, Any],
    request: ChatRequest,
    *,
    latency_ms: float,
    attempts: int,
    cached: bool = False,
) -> ChatResult:
    """The :class:`ChatResult` of a chat completion envelope answering ``request``."""
    content, model, usage, _ = parse_envelope(envelope)
    return ChatResult(
        content=content,
        model=model or request.model,
        usage=usage,
        latency_ms=latency_ms,
        attempts=attempts,
        cached=cached,
    )


def _usage(document: object) -> TokenUsage:
    if not isinstance(document, dict):
        return NO_USAGE
    counts = {
        name: value
        for name in ("prompt_tokens", "completion_tokens", "total_tokens")
        if isinstance(value := document.get(name), int) and not isinstance(value, bool)
    }
    if not counts:
        return NO_USAGE
    usage = TokenUsage(
        counts.get("prompt_tokens", 0),
        counts.get("completion_tokens", 0),
        counts.get("total_tokens", 0),
    )
    if "total_tokens" not in counts:
        return TokenUsage(
            usage.prompt_tokens,
            usage.completion_tokens,
            usage.prompt_tokens + usage.completion_tokens,
        )
    return usage


def request_headers(api_key: str) -> dict[str, str]:
    """Headers for every request: JSON in and out, no compression (so the size cap counts
    real bytes), and the bearer token when there is a key."""
    headers = {
        "Accept": "application/json",
        "Accept-Encoding": "identity",
        "User-Agent": _USER_AGENT,
    }
    if api_key:
        headers["Authorization"] = f"Bearer {api_key}"
    return headers
