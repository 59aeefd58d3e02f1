"""Where the LLM lives and how hard to try it: one validated settings object per endpoint."""

from __future__ import annotations

from typing import Annotated, Self
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, SecretStr, field_validator, model_validator

__all__ = ["EndpointSettings", "header_problem"]

# Characters worth naming when a key holds them: what pasting from a web page or a chat brings.
_NAMES = {
    " ": "a space",
    "\t": "a tab",
    "\n": "a line break",
    "\r": "a carriage return",
    "\u00a0": "a no-break space",
    "\u200b": "a zero-width space",
    "\ufeff": "a byte-order mark",
    "\u2018": "a curly quote",
    "\u2019": "a curly quote",
    "\u201c": "a curly quote",
    "\u201d": "a curly quote",
}

_PositiveSeconds = Annotated[float, Field(gt=0, allow_inf_nan=False)]
_Seconds = Annotated[float, Field(ge=0, allow_inf_nan=False)]


def header_problem(key: str) -> str | None:
    """Why ``key`` cannot be sent as a bearer token, or None. The message names one
    character's code point and position, never the key (a blank key is left to the
    placeholder check, which says which setting to fill).

    >>> header_problem("sk-live-4f9a\u00a0").split(":")[0]
    'holds U+00A0 (a no-break space) at character 13 of 13'
    >>> header_problem("sk-live-4f9a") is None
    True
    """
    if not key.strip():
        return None
    for index, char in enumerate(key):
        if not "!" <= char <= "~":
            name = _NAMES.get(char)
            what = f"U+{ord(char):04X} ({name})" if name else f"U+{ord(char):04X}"
            return (
                f"holds {what} at character {index + 1} of {len(key)}: an API key is visible "
                "ASCII only; look for a no-break space, curly quote or line break pasted with it"
            )
    return None


class EndpointSettings(BaseModel):
    """An OpenAI-compatible endpoint and the client's limits for it.

    ``base_url`` is the API root (``http://127.0.0.1:8080/v1``); the client posts to
    ``{base_url}/chat/completions``. ``api_key`` is sent as a bearer token when not empty and
    never shown by ``repr``, ``str`` or a dump. It must be visible ASCII (an HTTP header
    carries nothing else): a pasted no-break space or curly quote is refused at start-up,
    naming the character's code point and position, never the key. ``model`` is the default
    model name.
    Timeouts and waits are in seconds: ``connect_timeout_s`` bounds opening a connection;
    ``max_retries`` is how many times a failed attempt is repeated; retry waits grow from
    ``backoff_initial_s`` to at most ``backoff_max_s`` (full jitter) unless the server's
    Retry-After asks for longer, which is honoured up to ``retry_after_cap_s``.
    ``max_response_bytes`` caps a response body. The circuit breaker opens after
    ``breaker_failures`` failed calls in a row and stays open ``breaker_cooldown_s``.
    ``max_connections`` bounds the connection pool. ``provider`` is what records and spans
    name as ``gen_ai.provider.name``: the API flavour spoken (``openai`` for any
    OpenAI-compatible server; the OpenTelemetry conventions list the well-known names).

    Validation errors never echo input values (``hide_input_in_errors``), so a key given
    to the wrong field does not end up in an error message.

    >>> settings = EndpointSettings(base_url="http://127.0.0.1:8080/v1/", api_key="k", model="m")
    >>> settings.chat_url
    'http://127.0.0.1:8080/v1/chat/completions'
    >>> settings.api_key
    SecretStr('**********')
    """

    model_config = ConfigDict(frozen=True, extra="forbid", hide_input_in_errors=True)

    base_url: str
    api_key: SecretStr
    model: Annotated[str, Field(min_length=1)]
    connect_timeout_s: _PositiveSeconds = 3.0
    max_retries: Annotated[int, Field(ge=0, le=10)] = 2
    backoff_initial_s: _PositiveSeconds = 0.25
    backoff_max_s: _PositiveSeconds = 4.0
    retry_after_cap_s: _Seconds = 10.0
    max_response_bytes: Annotated[int, Field(ge=1)] = 2_000_000
    breaker_failures: Annotated[int, Field(ge=1)] = 5
    breaker_cooldown_s: _Seconds = 30.0
    max_connections: Annotated[int, Field(ge=1)] = 10
    provider: Annotated[str, Field(pattern=r"^[a-z][a-z0-9_.]{0,63}$")] = "openai"

    @field_validator("base_url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        parts = urlsplit(value.strip())
        if parts.scheme not in {"http", "https"}:
            raise ValueError("must be an http:// or https:// URL")
        if not parts.hostname:
            raise ValueError("must name a host")
        _ = parts.port  # raises ValueError for a port that is not a number in range
        if parts.query or parts.fragment:
            raise ValueError("must not carry a query or fragment")
        if parts.username or parts.password:
            raise ValueError("must not carry credentials; use api_key")
        return value.strip().rstrip("/")

    @field_validator("api_key")
    @classmethod
    def _header_safe(cls, value: SecretStr) -> SecretStr:
        problem = header_problem(value.get_secret_value())
        if problem:
            raise ValueError(problem)
        return value

    @field_validator("model")
    @classmethod
    def _model_named(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must not be blank")
        return value.strip()

    @model_validator(mode="after")
    def _backoff_ordered(self) -> Self:
        if self.backoff_max_s < self.backoff_initial_s:
            raise ValueError("backoff_max_s must be >= backoff_initial_s")
        return self

    @property
    def chat_url(self) -> str:
        """The Chat Completions URL the client posts to."""
        return f"{self.base_url}/chat/completions"
