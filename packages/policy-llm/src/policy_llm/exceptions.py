"""The exceptions policy-llm raises: one per kind of LLM failure, each with an ``error_type``.

::

    PolicyError (policy_core)
    └── LLMError                     every LLM failure; ``error_type`` names its kind
        ├── LLMDisabledError         "disabled"        LLM_POLICY_ENABLED is off
        ├── LLMMisconfiguredError    "misconfigured"   bad settings, policy file or key; ``field``
        ├── LLMTimeoutError          "timeout"         the request's deadline passed
        ├── LLMUnavailableError      "unavailable"     connect error, reset, 5xx, breaker open
        ├── LLMRateLimitedError      "rate_limited"    429 after retries; ``retry_after_s``
        ├── LLMHTTPError             "http_error"      other non-2xx, body too large, bad envelope;
        │                                              ``status_code``
        ├── LLMRefusedError          "refused"         the model declined (``refusal`` instead of
        │                                              content); ``refusal``
        ├── LLMInvalidJSONError      "invalid_json"    the message content is not a JSON object;
        │                                              ``content``
        └── LLMSchemaInvalidError    "schema_invalid"  the content is JSON but breaks the schema;
                                                       ``content``, ``violations``

The API key is never part of a message, an attribute or ``args``: messages are written by
this package from status codes and counts, and text that comes from the server passes through
:func:`redact` first. Model output (``content``) is kept as an attribute, for a repair prompt,
and never put in ``str()``, so logging an exception does not log what the model wrote; a
refusal's text likewise (``refusal``: it may quote the user's words, so it belongs only where
user text may be logged, ``LOG_USER_TEXT``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from policy_core import PolicyError, Violation

if TYPE_CHECKING:
    from policy_llm._wire import TokenUsage

__all__ = [
    "LLMDisabledError",
    "LLMError",
    "LLMHTTPError",
    "LLMInvalidJSONError",
    "LLMMisconfiguredError",
    "LLMRateLimitedError",
    "LLMRefusedError",
    "LLMSchemaInvalidError",
    "LLMTimeoutError",
    "LLMUnavailableError",
    "redact",
]

_REDACTED = "[redacted]"


def redact(text: str, secret: str) -> str:
    """``text`` with every occurrence of ``secret`` replaced; unchanged when ``secret`` is empty.

    >>> redact("Incorrect API key provided: sk-abc", "sk-abc")
    'Incorrect API key provided: [redacted]'
    """
    return text.replace(secret, _REDACTED) if secret else text


class LLMError(PolicyError):
    """An LLM call failed. ``error_type`` is the stable name logs and metrics use for its kind;
    ``attempts`` is how many HTTP requests the call made before giving up (0 when none)."""

    error_type: ClassVar[str] = "llm_error"

    def __init__(self, message: str, *, attempts: int = 0) -> None:
        super().__init__(message)
        self.message = message
        self.attempts = attempts


class LLMDisabledError(LLMError):
    """The LLM is switched off (``LLM_POLICY_ENABLED`` is false), so no call was made."""

    error_type: ClassVar[str] = "disabled"


class LLMMisconfiguredError(LLMError):
    """Settings, a policy file or a request cannot be used; ``field`` names what is wrong."""

    error_type: ClassVar[str] = "misconfigured"

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem


class LLMTimeoutError(LLMError):
    """The request's overall deadline passed before a complete response arrived."""

    error_type: ClassVar[str] = "timeout"


class LLMUnavailableError(LLMError):
    """The endpoint could not be reached or kept failing: connect error, connection reset,
    5xx after every retry, or the circuit breaker is open (no request was sent)."""

    error_type: ClassVar[str] = "unavailable"


class LLMRateLimitedError(LLMError):
    """The endpoint answered 429 on the last attempt; ``retry_after_s`` is what its
    Retry-After header asked for, when it sent one."""

    error_type: ClassVar[str] = "rate_limited"

    def __init__(
        self, message: str, *, retry_after_s: float | None = None, attempts: int = 0
    ) -> None:
        super().__init__(message, attempts=attempts)
        self.retry_after_s = retry_after_s


class LLMHTTPError(LLMError):
    """The endpoint answered, but not with a usable response: a non-2xx status that is not
    retried, a body over the size cap, or a 2xx body that is not a chat completion.
    ``status_code`` is the HTTP status of that response."""

    error_type: ClassVar[str] = "http_error"

    def __init__(self, message: str, *, status_code: int, attempts: int = 0) -> None:
        super().__init__(message, attempts=attempts)
        self.status_code = status_code


class LLMRefusedError(LLMError):
    """The model declined to answer: its message carries a ``refusal`` (OpenAI's safety
    refusals, with ``content`` null) instead of an answer. Not retried, repaired or escalated:
    asking again gets the same refusal. ``refusal`` holds the model's text; it is not part of
    ``str()``, which gives only its length."""

    error_type: ClassVar[str] = "refused"

    def __init__(self, message: str, *, refusal: str, attempts: int = 0) -> None:
        super().__init__(message, attempts=attempts)
        self.refusal = refusal


class LLMInvalidJSONError(LLMError):
    """The message content is not a JSON object. ``content`` holds it (for a repair prompt);
    it is not part of ``str()``."""

    error_type: ClassVar[str] = "invalid_json"

    def __init__(
        self, message: str, *, content: str, attempts: int = 0, usage: TokenUsage | None = None
    ) -> None:
        super().__init__(message, attempts=attempts)
        self.content = content
        self.usage = usage  # what the unusable completion cost (None: unknown)


class LLMSchemaInvalidError(LLMError):
    """The message content is a JSON object that breaks the request's schema. ``content``
    holds the raw text, ``violations`` every problem found (pointer and message)."""

    error_type: ClassVar[str] = "schema_invalid"

    def __init__(
        self,
        message: str,
        *,
        content: str,
        violations: tuple[Violation, ...],
        attempts: int = 0,
        usage: TokenUsage | None = None,
    ) -> None:
        super().__init__(message, attempts=attempts)
        self.content = content
        self.usage = usage  # what the unusable completion cost (None: unknown)
        self.violations = violations
