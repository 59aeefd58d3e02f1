"""Test doubles for code that emits records (policy-core's tests use them, so they ship here).

>>> from policy_observability import LogHub, LogType, ObservabilitySettings, example_record
>>> sink = MemorySink()
>>> with LogHub(ObservabilitySettings(), sinks={LogType.DECISION: sink}) as hub:
...     hub.emit(example_record("decision"))
>>> [record["outcome"] for record in sink.records()]
['execute']
"""

from __future__ import annotations

import errno
import json
import os
import threading
from typing import Any

__all__ = ["FailingSink", "MemorySink"]


class MemorySink:
    """A ``Sink`` that keeps every line in memory."""

    def __init__(self) -> None:
        self.lines: list[bytes] = []
        self.closed = False
        self._lock = threading.Lock()

    def write(self, line: bytes) -> None:
        """Keep ``line``."""
        with self._lock:
            self.lines.append(line)

    def close(self) -> None:
        """Mark the sink closed (the lines stay readable)."""
        self.closed = True

    def records(self) -> list[dict[str, Any]]:
        """The lines written so far, parsed."""
        with self._lock:
            return [json.loads(line) for line in self.lines]


class FailingSink:
    """A ``Sink`` whose every write fails with ``OSError(code)`` (disk full by default)."""

    def __init__(self, code: int = errno.ENOSPC) -> None:
        self.code = code
        self.attempts = 0
        self.path = f"<failing sink: {errno.errorcode.get(code, code)}>"

    def write(self, line: bytes) -> None:
        """Count the attempt, then fail."""
        self.attempts += 1
        raise OSError(self.code, os.strerror(self.code))

    def close(self) -> None:
        """Nothing to release."""
