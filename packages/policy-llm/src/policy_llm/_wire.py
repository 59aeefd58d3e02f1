"""What a caller hands the client and what it gets back: a chat request and its results."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

__all__ = [
    "NO_USAGE",
    "ChatRequest",
    "ChatResult",
    "JsonResult",
    "StructuredMode",
    "TokenParameter",
    "TokenUsage",
]

StructuredMode = Literal["json_schema", "json_object", "grammar", "prompt"]
"""How a JSON answer is asked for: OpenAI's ``json_schema`` response format, llama.cpp
server's ``json_object`` response format carrying a ``schema``, a GBNF ``grammar`` derived
from the schema (llama.cpp's servers), or only the prompt."""

_MODES: frozenset[str] = frozenset(("json_schema", "json_object", "grammar", "prompt"))

TokenParameter = Literal["max_tokens", "max_completion_tokens"]
"""The request field the answer's token limit is sent in: ``max_tokens`` (most servers) or
``max_completion_tokens`` (OpenAI's current models; its reasoning models refuse the other)."""

_TOKEN_PARAMETERS: frozenset[str] = frozenset(("max_tokens", "max_completion_tokens"))


@dataclass(frozen=True, slots=True)
class ChatRequest:
    """One chat completion to ask for.

    ``messages`` are ``{"role": ..., "content": ...}`` mappings in order. ``timeout_s`` is the
    deadline of the whole call, retries and the waits between them included. ``structured``
    picks how a JSON answer is requested (``None``: plain text) and then needs ``schema``, the
    JSON Schema the answer must satisfy, sent under ``schema_name`` where the mode names it.
    ``temperature`` None leaves the field out (reasoning models accept only their default);
    ``max_tokens`` is sent under the name ``token_parameter`` says.

    >>> ChatRequest(messages=({"role": "user", "content": "hi"},), model="m").timeout_s
    10.0
    """

    messages: tuple[Mapping[str, str], ...]
    model: str
    temperature: float | None = 0.0
    max_tokens: int = 512
    token_parameter: TokenParameter = "max_tokens"  # noqa: S105 - a field name, no secret
    timeout_s: float = 10.0
    structured: StructuredMode | None = None
    schema: Mapping[str, Any] | None = None
    schema_name: str = "output"

    def __post_init__(self) -> None:
        problems = list(_problems(self))
        if problems:
            raise ValueError("invalid ChatRequest: " + "; ".join(problems))


def _problems(request: ChatRequest) -> tuple[str, ...]:
    found: list[str] = []
    if not request.messages:
        found.append("messages: at least one message is needed")
    for index, message in enumerate(request.messages):
        if not isinstance(message.get("role"), str) or not isinstance(message.get("content"), str):
            found.append(f"messages[{index}]: needs string 'role' and 'content'")
    if not request.model.strip():
        found.append("model: must not be empty")
    temperature = request.temperature
    if temperature is not None and (not math.isfinite(temperature) or temperature < 0):
        found.append("temperature: must be a finite number >= 0, or None (not sent)")
    if request.max_tokens < 1:
        found.append("max_tokens: must be >= 1")
    if request.token_parameter not in _TOKEN_PARAMETERS:
        found.append(f"token_parameter: must be one of {sorted(_TOKEN_PARAMETERS)}")
    if not math.isfinite(request.timeout_s) or request.timeout_s <= 0:
        found.append("timeout_s: must be a finite number > 0")
    if request.structured is not None and request.structured not in _MODES:
        found.append(f"structured: must be one of {sorted(_MODES)}")
    if request.structured is not None and request.schema is None:
        found.append("schema: required when structured is set")
    if not request.schema_name.strip():
        found.append("schema_name: must not be empty")
    return tuple(found)


@dataclass(frozen=True, slots=True)
class TokenUsage:
    """Tokens the endpoint reported for one completion (zeros, and ``reported`` false, when it
    reported none). ``+`` adds two up: reported when either was."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0
    reported: bool = True

    def __add__(self, other: TokenUsage) -> TokenUsage:
        return TokenUsage(
            self.prompt_tokens + other.prompt_tokens,
            self.completion_tokens + other.completion_tokens,
            self.total_tokens + other.total_tokens,
            self.reported or other.reported,
        )


#: What a completion that spent nothing (a cache hit, no completion at all) adds.
NO_USAGE = TokenUsage(reported=False)


@dataclass(frozen=True, slots=True)
class ChatResult:
    """A completion: the message ``content``, the ``model`` that wrote it, its token
    ``usage``, the call's wall time in milliseconds, how many HTTP ``attempts`` it took
    (0 for a cache hit) and whether it came from the cache."""

    @property
    def spent(self) -> TokenUsage:
        """The tokens this completion cost now: its usage, or none for a cache hit."""
        return NO_USAGE if self.cached else self.usage

    content: str
    model: str
    usage: TokenUsage
    latency_ms: float
    attempts: int
    cached: bool = False


@dataclass(frozen=True, slots=True)
class JsonResult:
    """A completion whose content parsed as a JSON object (``data``) that met the schema."""

    data: dict[str, Any]
    result: ChatResult
