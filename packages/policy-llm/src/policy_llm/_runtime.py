"""Bootstrap: from LLMSettings to a running LLM runtime (policy file, client, event loop), or none.

``build_runtime`` is the only place a client is built. With the kill switch off it returns
None before reading the policy file or opening anything, so every LLM mode turns into a no-op
with no network traffic. A placeholder API key ("changeme", "<your-key>", "sk-...xxx",
"replace_me", "sk-REDACTED", "test") is refused here, at start-up, with a message that says which setting to fix and never echoes
the key.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Self

from policy_llm._async_client import AsyncLLMClient
from policy_llm._cache import ResponseCacheLike
from policy_llm._loop import BackgroundLoop
from policy_llm._policy_file import PolicyFile, load_policy_file
from policy_llm._settings import LLMSettings
from policy_llm.exceptions import LLMMisconfiguredError

__all__ = [
    "PLACEHOLDER_PROBLEM",
    "LLMRuntime",
    "build_runtime",
    "is_placeholder_key",
    "load_checked_policy",
]

# Whole keys that stand in for one, compared after _compact() ("Replace_Me", "sk-dummy" and
# "INSERT-KEY-HERE" all land here). Whole keys only: "sk-test-4f9a..." is a real test-mode key.
_PLACEHOLDER_WORDS = frozenset(
    {
        "apikey",
        "apitoken",
        "changeme",
        "changethis",
        "default",
        "dummy",
        "dummykey",
        "example",
        "examplekey",
        "fake",
        "fakekey",
        "fixme",
        "foo",
        "foobar",
        "key",
        "keyhere",
        "mykey",
        "none",
        "null",
        "password",
        "placeholder",
        "redacted",
        "replaceme",
        "replacethis",
        "secret",
        "secretkey",
        "setme",
        "tbd",
        "test",
        "testkey",
        "testing",
        "todo",
        "token",
        "xxx",
        "yourkey",
    }
)
_SEPARATORS = re.compile(r"[\s\-_.]+")
_PLACEHOLDER_SHAPES_COMPACT = (
    re.compile(r"^(?:insert|enter|put|paste|add)\w*here$"),  # "insert-your-key-here"
    re.compile(r"^(?:replace|change)\w*(?:me|this)$"),  # "replace-with-your-key-me"
    re.compile(r"^\d{1,8}$"),  # "123456", "0000"
    re.compile(r"redacted"),  # "sk-REDACTED", "sk-proj-REDACTED"
)
_PLACEHOLDER_SHAPES = (
    re.compile(r"[<>{}]"),  # "<your-key>", "{API_KEY}"
    re.compile(r"\.\.\."),  # "sk-...xxx"
    re.compile(r"x{3,}$", re.IGNORECASE),  # "sk-xxxx"
    re.compile(r"^\*+$"),  # "****"
    re.compile(r"your.{0,8}key", re.IGNORECASE),
    re.compile(r"^\$[A-Za-z_][A-Za-z0-9_]*$"),  # "$OPENAI_API_KEY": a variable left unexpanded
)


PLACEHOLDER_PROBLEM = (
    "the API key is a placeholder: set LLM_API_KEY (or endpoint.api_key in the policy file) "
    "to a real key; a local server that checks no key accepts any other string"
)


def is_placeholder_key(key: str) -> bool:
    """Whether ``key`` is a stand-in from an example rather than a key.

    >>> [is_placeholder_key(k) for k in ("changeme", "<your-key>", "sk-...xxx", "sk-live-9f2c")]
    [True, True, True, False]
    """
    text = key.strip()
    if not text:
        return True
    compact = _compact(text)
    return (
        compact in _PLACEHOLDER_WORDS
        or any(shape.search(compact) for shape in _PLACEHOLDER_SHAPES_COMPACT)
        or any(shape.search(text) for shape in _PLACEHOLDER_SHAPES)
    )


def _compact(text: str) -> str:
    """Lower case, without separators or a leading ``sk``: "sk-Dummy_Key" -> "dummykey"."""
    compact = _SEPARATORS.sub("", text.lower())
    if compact.startswith("sk") and text[2:3] in {"-", "_"}:
        compact = compact[2:]
    return compact


class LLMRuntime:
    """Everything an enabled LLM mode needs: settings, the policy file, one pooled async
    client and the event loop its calls run on. Close it (or use ``with``) at shutdown."""

    def __init__(
        self, settings: LLMSettings, policy: PolicyFile, *, cache: ResponseCacheLike | None = None
    ) -> None:
        self.settings = settings
        self.policy = policy
        # The client first: if it cannot be built, no loop thread is left behind.
        self.client = AsyncLLMClient(policy.endpoint, cache=cache)
        self.loop = BackgroundLoop()

    def close(self) -> None:
        self.loop.close(self.client.aclose())

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        endpoint = self.policy.endpoint
        return f"LLMRuntime(base_url={endpoint.base_url!r}, model={endpoint.model!r})"


def build_runtime(
    settings: LLMSettings,
    environ: Mapping[str, str],
    *,
    cache: ResponseCacheLike | None = None,
) -> LLMRuntime | None:
    """The runtime for ``settings``, or None when the kill switch is off (nothing is read,
    built or opened then). Raises ``LLMMisconfiguredError`` for a bad policy file or key."""
    if not settings.enabled:
        return None
    return LLMRuntime(settings, load_checked_policy(settings.policy_file, environ), cache=cache)


def load_checked_policy(path: Path | None, environ: Mapping[str, str]) -> PolicyFile:
    """The policy file at ``path`` (None: the shipped one), refused with
    ``LLMMisconfiguredError`` when it is invalid or its API key is a placeholder."""
    policy = load_policy_file(path, environ)
    if is_placeholder_key(policy.endpoint.api_key.get_secret_value()):
        raise LLMMisconfiguredError("endpoint.api_key", PLACEHOLDER_PROBLEM)
    return policy
