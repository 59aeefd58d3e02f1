"""An on-disk cache of LLM responses, so repeated evaluation runs do not pay for the same call.

The key is a sha256 of the canonical JSON of everything that changes the answer: endpoint,
model, messages, sampling parameters and response schema. The API key is never part of it
and never written. Only successful responses are stored; an exception from the call, or a
response body that carries an ``error`` member, leaves the cache untouched. Writes are
atomic (a temporary file in the same directory, then ``os.replace``), so concurrent writers
and interrupted runs never leave a half-written entry.

policy-llm defines the protocol its client accepts (``get(key)``/``put(key, response)``);
this class is the concrete implementation evaluation runs pass in.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["CacheStats", "ResponseCache"]

_KEY = re.compile(r"^[0-9a-f]{64}$")
_FORMAT = 1  # bump to invalidate every entry when what a key covers changes


@dataclass(frozen=True, slots=True)
class CacheStats:
    """Counters of one cache instance: lookups that hit or missed, entries written, and
    responses refused because they were errors."""

    hits: int = 0
    misses: int = 0
    writes: int = 0
    refused: int = 0


def _canonical(document: object) -> bytes:
    return json.dumps(
        document, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


class ResponseCache:
    """LLM responses stored as ``<directory>/<key[:2]>/<key>.json``.

    >>> import tempfile
    >>> cache = ResponseCache(tempfile.mkdtemp())
    >>> key = ResponseCache.key(endpoint="http://127.0.0.1:8080/v1/chat/completions",
    ...     model="m", messages=[{"role": "user", "content": "hi"}], parameters={},
    ...     response_schema=None)
    >>> cache.get(key) is None, cache.put(key, {"choices": []}), cache.get(key)
    (True, True, {'choices': []})
    """

    def __init__(self, directory: str | Path) -> None:
        self.directory = Path(directory)
        self._lock = threading.Lock()
        self._hits = self._misses = self._writes = self._refused = 0

    @staticmethod
    def key(
        *,
        endpoint: str,
        model: str,
        messages: Sequence[Mapping[str, Any]],
        parameters: Mapping[str, Any],
        response_schema: Mapping[str, Any] | None,
    ) -> str:
        """The cache key of one request: hex sha256 of its canonical JSON."""
        request = {
            "format": _FORMAT,
            "endpoint": endpoint,
            "model": model,
            "messages": list(messages),
            "parameters": dict(parameters),
            "response_schema": response_schema,
        }
        return hashlib.sha256(_canonical(request)).hexdigest()

    def _path(self, key: str) -> Path:
        if not _KEY.match(key):
            raise ValueError(f"not a cache key: {key!r}")
        return self.directory / key[:2] / f"{key}.json"

    def get(self, key: str) -> dict[str, Any] | None:
        """The stored response for ``key``, or ``None`` (a miss; unreadable entries miss too)."""
        path = self._path(key)
        response: dict[str, Any] | None = None
        try:
            entry = json.loads(path.read_bytes())
            if isinstance(entry, dict) and entry.get("key") == key:
                stored = entry.get("response")
                response = stored if isinstance(stored, dict) else None
        except (OSError, ValueError):
            response = None
        with self._lock:
            if response is None:
                self._misses += 1
            else:
                self._hits += 1
        return response

    def put(self, key: str, response: Mapping[str, Any]) -> bool:
        """Store a successful response; return False (storing nothing) for an error body."""
        path = self._path(key)
        if "error" in response:
            with self._lock:
                self._refused += 1
            return False
        data = _canonical({"key": key, "response": dict(response)})
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        with self._lock:
            self._writes += 1
        return True

    def fetch(self, key: str, call: Callable[[], Mapping[str, Any]]) -> Mapping[str, Any]:
        """The cached response, or ``call()``'s, stored if it succeeded.

        An exception from ``call`` propagates and nothing is stored.
        """
        cached = self.get(key)
        if cached is not None:
            return cached
        response = call()
        self.put(key, response)
        return response

    @property
    def stats(self) -> CacheStats:
        with self._lock:
            return CacheStats(self._hits, self._misses, self._writes, self._refused)
