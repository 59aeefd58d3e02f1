"""BackgroundLoop: run() waits at most its budget and cancels what it gave up on; close()
cancels pending work, runs the cleanup once, stops the thread, and may be called again."""

from __future__ import annotations

import asyncio
import concurrent.futures
import inspect
import threading
import time
from collections.abc import Coroutine, Iterator
from typing import Any

import pytest

from policy_llm._loop import BackgroundLoop
from policy_llm.exceptions import LLMHTTPError, LLMTimeoutError, LLMUnavailableError


@pytest.fixture
def loop() -> Iterator[BackgroundLoop]:
    running = BackgroundLoop(name="test-background-loop")
    yield running
    running.close()


def thread_alive(name: str) -> bool:
    return any(thread.name == name for thread in threading.enumerate())


class Watched:
    """A coroutine factory that records whether the coroutine started and how it ended."""

    def __init__(self, seconds: float = 5.0, result: object = "done") -> None:
        self.seconds = seconds
        self.result = result
        self.started = threading.Event()
        self.cancelled = threading.Event()
        self.thread: str | None = None

    async def __call__(self) -> object:
        self.thread = threading.current_thread().name
        self.started.set()
        try:
            await asyncio.sleep(self.seconds)
        except asyncio.CancelledError:
            self.cancelled.set()
            raise
        return self.result


def test_run_returns_the_result_computed_on_the_loop_thread(loop: BackgroundLoop) -> None:
    watched = Watched(seconds=0.0, result=42)
    assert loop.run(watched(), timeout_s=2.0) == 42
    assert watched.thread == "test-background-loop"
    assert not watched.cancelled.is_set()


def test_run_passes_the_coroutines_error_through(loop: BackgroundLoop) -> None:
    async def fails() -> None:
        raise LLMHTTPError("teapot", status_code=418)

    with pytest.raises(LLMHTTPError) as caught:
        loop.run(fails(), timeout_s=2.0)
    assert caught.value.status_code == 418


def test_run_cancels_the_coroutine_past_its_budget(loop: BackgroundLoop) -> None:
    watched = Watched(seconds=10.0)
    started = time.monotonic()
    with pytest.raises(LLMTimeoutError, match="200 ms"):
        loop.run(watched(), timeout_s=0.2)
    assert 0.15 <= time.monotonic() - started < 1.0
    assert watched.cancelled.wait(2.0), "the coroutine was left running"
    # the loop is still usable afterwards
    assert loop.run(Watched(seconds=0.0, result="again")(), timeout_s=2.0) == "again"


def test_submit_does_not_wait(loop: BackgroundLoop) -> None:
    watched = Watched(seconds=0.3, result="later")
    started = time.monotonic()
    future = loop.submit(watched())
    assert time.monotonic() - started < 0.1
    assert isinstance(future, concurrent.futures.Future)
    assert future.result(timeout=2.0) == "later"


def test_close_cancels_pending_work_and_stops_the_thread() -> None:
    loop = BackgroundLoop(name="test-close-pending")
    watched = [Watched(seconds=30.0) for _ in range(3)]
    futures = [loop.submit(w()) for w in watched]
    for w in watched:
        assert w.started.wait(2.0)
    started = time.monotonic()
    loop.close()
    assert time.monotonic() - started < 2.0
    assert all(w.cancelled.is_set() for w in watched)
    assert all(future.cancelled() for future in futures)
    assert not thread_alive("test-close-pending")
    assert loop.loop.is_closed()


def test_close_runs_the_cleanup_after_cancelling() -> None:
    loop = BackgroundLoop(name="test-close-cleanup")
    watched = Watched(seconds=30.0)
    loop.submit(watched())
    assert watched.started.wait(2.0)
    seen: list[bool] = []

    async def cleanup() -> None:
        seen.append(watched.cancelled.is_set())

    loop.close(cleanup())
    assert seen == [True]


def test_close_is_idempotent_and_a_second_cleanup_is_closed_not_leaked() -> None:
    loop = BackgroundLoop(name="test-close-twice")
    ran: list[str] = []

    async def cleanup(label: str) -> None:
        ran.append(label)

    loop.close(cleanup("first"))
    second = cleanup("second")
    loop.close(second)
    loop.close()
    assert ran == ["first"]
    assert inspect.getcoroutinestate(second) == inspect.CORO_CLOSED
    assert not thread_alive("test-close-twice")


def test_a_failing_cleanup_still_stops_the_loop() -> None:
    loop = BackgroundLoop(name="test-close-failing-cleanup")

    async def cleanup() -> None:
        raise RuntimeError("the client could not close")

    loop.close(cleanup())
    assert not thread_alive("test-close-failing-cleanup")


def test_nothing_runs_after_close() -> None:
    loop = BackgroundLoop(name="test-after-close")
    loop.close()
    refused: Coroutine[Any, Any, object] = Watched()()
    with pytest.raises(LLMUnavailableError, match="closed"):
        loop.submit(refused)
    assert inspect.getcoroutinestate(refused) == inspect.CORO_CLOSED  # no "never awaited"
    with pytest.raises(LLMUnavailableError):
        loop.run(Watched()(), timeout_s=1.0)


def test_a_caller_waiting_when_the_loop_closes_gets_an_llm_error() -> None:
    loop = BackgroundLoop(name="test-close-while-waiting")
    watched = Watched(seconds=30.0)
    outcome: list[BaseException] = []

    def wait() -> None:
        try:
            loop.run(watched(), timeout_s=10.0)
        except BaseException as exc:  # the test inspects whatever arrives
            outcome.append(exc)

    waiter = threading.Thread(target=wait)
    waiter.start()
    assert watched.started.wait(2.0)
    loop.close()
    waiter.join(timeout=5.0)
    assert not waiter.is_alive()
    assert len(outcome) == 1
    assert isinstance(outcome[0], LLMUnavailableError), repr(outcome[0])
