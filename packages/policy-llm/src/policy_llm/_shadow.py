"""Shadow mode: the LLM decides the same command in the background; its decision is never used.

``ShadowRouter.offer`` is all the primary path pays: a sampling hash, a non-blocking slot
take and a hand-over to the runtime's event loop. The slots bound the comparisons waiting or
running (``queue_size``); an offer finding none free is dropped and counted, never waited
for. Each comparison runs under the shadow budget, which cancels the LLM call when it runs
out, and writes one ``shadow_router`` record (agreement per field, both latencies, the error
type) and the decision's ``fallback_metrics`` record.

The comparisons share the runtime's client with assist and partial trust, which the primary
path waits on. So the shadow never holds more than its share of the connection pool (half of
it when a synchronous mode is on, all of it otherwise): comparisons beyond that wait for a
call slot on the loop, not for a pooled connection, where they would queue ahead of a
synchronous call and spend its budget. A comparison that waited half its budget for a slot
ends as a timeout without being sent: a request left with less time would mostly fail too,
counting against the endpoint in the circuit breaker that every mode shares.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from dataclasses import dataclass

from policy_core import CommandDTO, Explanation, PolicySettings
from policy_llm._agreement import agreement
from policy_llm._llm_policy import DEADLINE_GRACE_S, LLMExtractionPolicy, LLMRead
from policy_llm._sampling import in_sample
from policy_llm._settings import ShadowSettings
from policy_llm.exceptions import LLMError, LLMTimeoutError, LLMUnavailableError
from policy_observability import (
    FallbackMetricsRecord,
    LlmOutcome,
    LogHub,
    LogType,
    Mode,
    ShadowAgreement,
    ShadowRouterRecord,
)

__all__ = ["ShadowRouter", "ShadowStats", "outcome_of"]

_LOGGER = logging.getLogger("policy_llm.shadow")
_MS_PER_S = 1000.0


@dataclass(frozen=True, slots=True)
class ShadowStats:
    """Counters since the router was built."""

    offered: int
    submitted: int
    dropped: int
    completed: int
    failed: int


@dataclass(frozen=True, slots=True)
class _Job:
    """One comparison to make."""

    command: CommandDTO
    deterministic: Explanation
    deterministic_ms: float
    settings: PolicySettings
    trace_id: str
    write_fallback: bool
    reused: bool  # the reading (or its error) came from the decision's mode


class ShadowRouter:
    """Hands sampled commands to the LLM in the background and logs each comparison."""

    def __init__(
        self,
        llm: LLMExtractionPolicy,
        settings: ShadowSettings,
        hub: LogHub | None,
    ) -> None:
        self.llm = llm
        self.settings = settings
        self.hub = hub
        self._slots = threading.BoundedSemaphore(settings.queue_size)
        self._lock = threading.Lock()
        self._offered = self._submitted = self._dropped = self._completed = self._failed = 0
        self._idle = threading.Condition(self._lock)
        self._running = 0
        self._calls = asyncio.Semaphore(_call_slots(llm))  # binds to the loop at first use

    def stats(self) -> ShadowStats:
        with self._lock:
            return ShadowStats(
                self._offered, self._submitted, self._dropped, self._completed, self._failed
            )

    def sampled(self, command: CommandDTO) -> bool:
        return in_sample(command.command_id, self.settings.sample_rate, salt="shadow")

    def offer(
        self,
        command: CommandDTO,
        deterministic: Explanation,
        deterministic_ms: float,
        settings: PolicySettings,
        *,
        read: LLMRead | LLMError | None = None,
        trace_id: str | None = None,
        write_fallback: bool = True,
    ) -> bool:
        """Queue one comparison; False when it was dropped (no free slot, or closed).

        ``read`` is a reading another mode already made for this command, which the
        comparison reuses instead of calling the model again. ``trace_id`` is the returned
        decision's (default: the deterministic one's); ``write_fallback`` says the shadow
        owns the decision's fallback_metrics record (no other mode wrote it).
        """
        with self._lock:
            self._offered += 1
        if not self._slots.acquire(blocking=False):
            self._count_drop()
            return False
        job = self._compare(
            _Job(
                command,
                deterministic,
                deterministic_ms,
                settings,
                trace_id or deterministic.decision.trace_id,
                write_fallback,
                read is not None,
            ),
            read,
        )
        # Counted before the hand-over: a comparison with nothing to wait for (a reused
        # reading) may finish on the loop before submit() returns here.
        with self._lock:
            self._submitted += 1
            self._running += 1
        try:
            self.llm.runtime.loop.submit(job)
        except LLMUnavailableError:  # the runtime is closing
            self._slots.release()
            with self._idle:
                self._submitted -= 1
                self._running -= 1
                self._dropped += 1
                self._idle.notify_all()
            return False
        return True

    def _count_drop(self) -> None:
        with self._lock:
            self._dropped += 1

    def wait_idle(self, timeout_s: float) -> bool:
        """Wait until no comparison is running (tests and orderly shutdown)."""
        deadline = time.monotonic() + timeout_s
        with self._idle:
            while self._running:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._idle.wait(left)
        return True

    async def _compare(self, job: _Job, read: LLMRead | LLMError | None) -> None:
        # The slot and the running count are given back whatever happens, cancellation at
        # shutdown and unexpected exceptions included: a leaked slot would shrink the queue
        # for good, until every offer is dropped.
        error: LLMError | None = read if isinstance(read, LLMError) else None
        ok = False
        try:
            error = await self._read_and_log(job, read, error)
            ok = error is None
        finally:
            self._slots.release()
            with self._idle:
                self._running -= 1
                if ok:
                    self._completed += 1
                else:
                    self._failed += 1
                self._idle.notify_all()

    async def _read_and_log(
        self, job: _Job, read: LLMRead | LLMError | None, error: LLMError | None
    ) -> LLMError | None:
        budget_s = self.settings.budget_ms / 1000
        started = time.perf_counter()
        try:
            if read is None:
                read = await asyncio.wait_for(
                    self._bounded_read(job.command, budget_s), budget_s + DEADLINE_GRACE_S
                )
        except TimeoutError:
            error = LLMTimeoutError("the shadow budget ran out")
        except LLMError as exc:
            error = exc
        except Exception:  # a bug, not an LLM failure: say so, and count the comparison failed
            _LOGGER.exception("shadow reading of command %s failed", job.command.command_id)
            error = LLMError("the LLM reading failed")
        latency_ms = (time.perf_counter() - started) * 1000
        try:
            if isinstance(read, LLMRead):
                self._log(job, read, None, read.latency_ms)
            else:
                self._log(job, None, error, latency_ms)
        except Exception:  # a comparison must never break the loop; say so and go on
            _LOGGER.exception("shadow comparison of command %s failed", job.command.command_id)
            error = error or LLMError("the comparison failed")
        return error

    async def _bounded_read(self, command: CommandDTO, budget_s: float) -> LLMRead:
        """The model's reading, once a call slot is free, within what is left of the budget."""
        deadline = time.monotonic() + budget_s
        try:
            await asyncio.wait_for(self._calls.acquire(), budget_s / 2)
        except TimeoutError:
            raise LLMTimeoutError("the shadow budget ran out waiting for a call slot") from None
        try:
            return await self.llm.read(command, deadline - time.monotonic())
        finally:
            self._calls.release()

    def _log(
        self, job: _Job, read: LLMRead | None, error: LLMError | None, latency_ms: float
    ) -> None:
        hub = self.hub
        if hub is None:
            return
        command, deterministic = job.command, job.deterministic
        call = self.llm.call_fields(read or error, latency_ms=latency_ms)
        if hub.enabled(LogType.SHADOW_ROUTER):
            private = hub.log_user_text
            llm_items: tuple[str, ...] | None = None
            compared = ShadowAgreement()
            if read is not None:
                llm = self.llm.decide_read(command, read, job.settings)
                compared = agreement(self.llm.rules, deterministic, llm)
                llm_items = tuple(i.name for i in llm.extraction.items)
            hub.emit(
                ShadowRouterRecord(
                    command_id=command.command_id,
                    trace_id=job.trace_id,
                    sampled=True,
                    agreement=compared,
                    overall_agreement=compared.overall(),
                    deterministic_s=job.deterministic_ms / _MS_PER_S,
                    reused_reading=job.reused,
                    **call,
                    user_text=command.text if private else None,
                    deterministic_item_names=(
                        tuple(i.name for i in deterministic.extraction.items) if private else None
                    ),
                    llm_item_names=llm_items if private else None,
                )
            )
        if job.write_fallback and hub.enabled(LogType.FALLBACK_METRICS):
            hub.emit(
                FallbackMetricsRecord(
                    command_id=command.command_id,
                    trace_id=job.trace_id,
                    mode=Mode.SHADOW,
                    llm_outcome=outcome_of(error),
                    fallback_reason=None,  # shadow never returns the LLM decision: no fallback
                    deterministic_used=True,
                    **call,
                )
            )


def _call_slots(llm: LLMExtractionPolicy) -> int:
    """How many shadow calls may run at once: the pool, or half of it beside a synchronous
    mode (whose calls then always find a connection free)."""
    pool = llm.runtime.policy.endpoint.max_connections
    modes = llm.runtime.settings
    if modes.assist.enabled or modes.partial_trust.enabled:
        return max(1, pool // 2)
    return pool


def outcome_of(error: LLMError | None) -> LlmOutcome:
    """The fallback_metrics outcome of a call that ended with ``error`` (None: it answered)."""
    if error is None:
        return LlmOutcome.OK
    if error.error_type == "timeout":
        return LlmOutcome.TIMEOUT
    return LlmOutcome.ERROR
