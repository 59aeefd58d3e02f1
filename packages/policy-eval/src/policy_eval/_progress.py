"""A one-line progress indicator on stderr, shown only when stderr is a terminal.

CI logs and redirected output get nothing, so the indicator never pollutes a log file.
"""

from __future__ import annotations

import threading
import time
from typing import Protocol, TextIO

__all__ = ["Progress", "TerminalProgress", "progress_for"]


class Progress(Protocol):
    """Told after each case: ``done`` of ``total`` cases of ``label`` (a policy name)."""

    def __call__(self, label: str, done: int, total: int) -> None: ...


class TerminalProgress:
    """Redraws ``label  done/total  pct`` in place, at most ~20 times a second."""

    def __init__(self, stream: TextIO, *, interval: float = 0.05) -> None:
        self._stream = stream
        self._interval = interval
        self._last = 0.0
        self._lock = threading.Lock()

    def __call__(self, label: str, done: int, total: int) -> None:
        now = time.monotonic()
        finished = done >= total
        with self._lock:
            if not finished and now - self._last < self._interval:
                return
            self._last = now
            percent = 100 * done // total if total else 100
            line = f"\r{label}  {done}/{total}  {percent:3d}%"
            self._stream.write(line + ("\n" if finished else ""))
            self._stream.flush()


def progress_for(stream: TextIO, *, enabled: bool = True) -> Progress | None:
    """A TerminalProgress when ``stream`` is an interactive terminal and ``enabled``."""
    isatty = getattr(stream, "isatty", None)
    if enabled and callable(isatty) and isatty():
        return TerminalProgress(stream)
    return None
