"""What a request must get past before it is decided: its token, its media type, its size.

A token is compared with every configured one in constant time (``hmac.compare_digest``,
all of them, whatever matched), and never logged or echoed. The body is read from the ASGI
messages as it arrives and refused as soon as it passes the limit, whatever its
``Content-Length`` said.
"""

from __future__ import annotations

import hmac
from collections.abc import Sequence

from pydantic import SecretStr
from starlette.requests import ClientDisconnect
from starlette.types import Receive, Scope

__all__ = ["BodyTooLargeError", "authorised", "header", "read_body", "takes_json"]

# curl's -d labels a body application/x-www-form-urlencoded; no HTML form posts a CommandDTO,
# so a body sent that way is read as the JSON it is (and still validated as one).
_JSON_TYPES = frozenset({"application/json", "application/x-www-form-urlencoded"})


class BodyTooLargeError(Exception):
    """The body passed the limit; ``size`` is how much was seen (or declared)."""

    def __init__(self, size: int) -> None:
        super().__init__(f"{size} bytes")
        self.size = size


def authorised(header: str | None, tokens: Sequence[SecretStr]) -> bool:
    """Whether ``header`` (an ``Authorization`` value) carries one of ``tokens``."""
    if header is None:
        return False
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not given:
        return False
    offered = given.strip().encode("utf-8", "surrogateescape")
    matched = False
    for token in tokens:
        matched |= hmac.compare_digest(offered, token.get_secret_value().encode())
    return matched


def takes_json(content_type: str | None) -> bool:
    """Whether the body is labelled as JSON (``application/json``, ``application/*+json``)."""
    if content_type is None:
        return False
    media = content_type.partition(";")[0].strip().lower()
    return media in _JSON_TYPES or (media.startswith("application/") and media.endswith("+json"))


def header(scope: Scope, name: bytes) -> str | None:
    """The first value of the request header ``name`` (lower case), or None."""
    for key, value in scope["headers"]:
        if key == name:
            text: str = value.decode("latin-1")
            return text
    return None


async def read_body(scope: Scope, receive: Receive, limit: int) -> bytes:
    """The whole body; raises ``BodyTooLargeError`` as soon as it is seen to pass ``limit``,
    and starlette's ``ClientDisconnect`` when the client goes away before sending it all."""
    declared = header(scope, b"content-length") or ""
    if declared.isdigit() and int(declared) > limit:
        raise BodyTooLargeError(int(declared))
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise ClientDisconnect
        chunk: bytes = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise BodyTooLargeError(size)
        chunks.append(chunk)
        if not message.get("more_body", False):
            return chunks[0] if len(chunks) == 1 else b"".join(chunks)
