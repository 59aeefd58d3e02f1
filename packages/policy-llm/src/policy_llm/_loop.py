"""A private asyncio event loop on a daemon thread, where every LLM call of a runtime runs.

Synchronous callers (``decide()`` in assist or partial trust, evaluation threads) wait on a
call with ``run(..., timeout_s)``, callers on another event loop (``adecide()``) await
``run_async``: when the budget passes the coroutine is *cancelled* on the
loop, which closes its HTTP request, rather than left running. Shadow work is handed over
with ``submit`` and never waited on.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import threading
from collections.abc import Coroutine
from typing import Any, TypeVar

from policy_llm.exceptions import LLMTimeoutError, LLMUnavailableError

__all__ = ["BackgroundLoop"]

T = TypeVar("T")

_CLOSE_WAIT_S = 5.0


class BackgroundLoop:
    """One event loop on one daemon thread; ``close()`` stops it (idempotent)."""

    def __init__(self, name: str = "policy-llm") -> None:
        self._loop = asyncio.new_event_loop()
        self._closed = False
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._serve, name=name, daemon=True)
        self._thread.start()

    @staticmethod
    async def _finish(cleanup: Coroutine[Any, Any, object] | None) -> None:
        current = asyncio.current_task()
        pending = [task for task in asyncio.all_tasks() if task is not current]
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
        if cleanup is not None:
            await cleanup

    def _serve(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._loop.run_forever()

    @property
    def loop(self) -> asyncio.AbstractEventLoop:
        return self._loop

    def submit(self, coroutine: Coroutine[Any, Any, T]) -> concurrent.futures.Future[T]:
        """Schedule ``coroutine`` on the loop; the caller does not wait."""
        with self._lock:
            if self._closed:
                coroutine.close()
                raise LLMUnavailableError("the LLM runtime is closed")
            return asyncio.run_coroutine_threadsafe(coroutine, self._loop)

    def run(self, coroutine: Coroutine[Any, Any, T], timeout_s: float) -> T:
        """Run ``coroutine`` on the loop and wait at most ``timeout_s`` for its result.

        Past the budget the coroutine is cancelled and ``LLMTimeoutError`` raised; when the
        runtime closes meanwhile (cancelling it), ``LLMUnavailableError``, so a caller that
        falls back on ``LLMError`` never sees a bare ``CancelledError``.
        """
        future = self.submit(coroutine)
        try:
            return future.result(timeout=timeout_s)
        except concurrent.futures.TimeoutError:
            future.cancel()
            raise LLMTimeoutError(
                f"no answer within the {timeout_s * 1000:.0f} ms budget"
            ) from None
        except concurrent.futures.CancelledError:
            raise LLMUnavailableError("the LLM runtime closed while the call was running") from None

    async def run_async(self, coroutine: Coroutine[Any, Any, T], timeout_s: float) -> T:
        """``run`` for a caller on another event loop (an ASGI server's): the caller awaits
        without blocking its loop, with the same budget, errors and cancellation on this one.
        Cancelling the caller cancels the coroutine here too."""
        future = asyncio.wrap_future(self.submit(coroutine))
        try:
            return await asyncio.wait_for(future, timeout_s)
        except TimeoutError:
            raise LLMTimeoutError(
                f"no answer within the {timeout_s * 1000:.0f} ms budget"
            ) from None
        except asyncio.CancelledError:
            task = asyncio.current_task()
            if task is not None and task.cancelling():
                raise  # the caller itself is being cancelled
            raise LLMUnavailableError("the LLM runtime closed while the call was running") from None

    def close(self, cleanup: Coroutine[Any, Any, object] | None = None) -> None:
        """Cancel what is still running, run ``cleanup`` (closing a client), stop the loop."""
        with self._lock:
            if self._closed:
                if cleanup is not None:
                    cleanup.close()
                return
            self._closed = True
        finishing = asyncio.run_coroutine_threadsafe(self._finish(cleanup), self._loop)
        try:
            finishing.result(timeout=_CLOSE_WAIT_S)
        except Exception:  # closing goes on whatever the cleanup did
            finishing.cancel()
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=5)
        if not self._thread.is_alive():
            self._loop.close()
