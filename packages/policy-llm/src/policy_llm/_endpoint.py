"""Where the LLM lives and how hard to try it: one validated settings object per endpoint."""

from __future__ import annotations

from typing import Annotated, Self
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, SecretStr, field_validator, model_validator

__all__ = ["EndpointSettings"]

_PositiveSeconds = Annotated[float, Field(gt=0, allow_inf_nan=False)]
_Seconds = Annotated[float, Field(ge=0, allow_inf_nan=False)]


class EndpointSettings(BaseModel):
    """An OpenAI-compatible endpoint and the client's limits for it.

    ``base_url`` is the API root (``http://127.0.0.1:8080/v1``); the client posts to
    ``{base_url}/chat/completions``. ``api_key`` is sent as a bearer token when not empty and
    never shown by ``repr``, ``str`` or a dump. ``model`` is the default model name.
    Timeouts and waits are in seconds: ``connect_timeout_s`` bounds opening a connection;
    ``max_retries`` is how many times a failed attempt is repeated; retry waits grow from
    ``backoff_initial_s`` to at most ``backoff_max_s`` (full jitter) unless the server's
    Retry-After asks for longer, which is honoured up to ``retry_after_cap_s``.
    ``max_response_bytes`` caps a response body. The circuit breaker opens after
    ``breaker_failures`` failed calls in a row and stays open ``breaker_cooldown_s``.
    ``max_connections`` bounds the connection pool.

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
