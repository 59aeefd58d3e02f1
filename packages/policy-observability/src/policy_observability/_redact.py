"""Keeping credentials out of logs: secret-like names are dropped, secret-like values masked.

The records refuse unknown fields (``extra="forbid"``), so a credential can only reach a log
through the two free-form mappings (``stages`` and ``attributes``) or through user text. The
record models call these functions when they are built, so no caller can forget them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import TypeVar

__all__ = ["REDACTED", "is_secret_name", "redact_secrets", "scrub_mapping"]

REDACTED = "[REDACTED]"
_V = TypeVar("_V")

# Names of credentials: these parts anywhere, or these words at a word boundary, where words
# are split at separators and camelCase humps ("xApiKey" -> x, Api, Key). "keyboard" and
# "prompt_tokens" (a usage count) are not credentials; "api_key", "Authorization" are.
_SECRET_NAME = re.compile(
    r"(?i:apikey|api_key|api-key|authorization|bearer|credential|passw(?:or)?d|secret"
    r"|access_?token)"
    r"|(?:(?<![A-Za-z0-9])(?i:key|keys|token|auth|cookies?)"
    r"|(?<=[a-z0-9])(?:Key|Keys|Token|Auth|Cookies?))(?![a-z])"
)
# Values that look like a credential whatever they are called.
_SECRET_VALUE = re.compile(
    r"(?i:\bbearer\s+[A-Za-z0-9._~+/=-]{8,})"
    r"|\bsk-[A-Za-z0-9_-]{12,}"
    r"|\b(?:ghp|gho|ghs|github_pat|xox[abpr])_[A-Za-z0-9_-]{12,}"
    r"|\bAKIA[0-9A-Z]{16}\b"
)


@lru_cache(maxsize=4096)  # a pure function of short, repetitive names (stage names)
def is_secret_name(name: str) -> bool:
    """True when a field or key name looks like it holds a credential.

    >>> [is_secret_name(n) for n in ("api_key", "Authorization", "xApiKey", "prompt_tokens")]
    [True, True, True, False]
    """
    return _SECRET_NAME.search(name) is not None


def redact_secrets(text: str) -> str:
    """Mask every credential-like token in ``text`` (bearer tokens, ``sk-...`` keys, ...).

    >>> redact_secrets("my key is sk-abcdefghijklmnop, thanks")
    'my key is [REDACTED], thanks'
    """
    return _SECRET_VALUE.sub(REDACTED, text)


def scrub_mapping(values: Mapping[str, _V]) -> dict[str, _V]:
    """A copy of ``values`` without the entries whose key names a credential."""
    return {key: value for key, value in values.items() if not is_secret_name(key)}
