"""Running policies over the cases: one decision (or one captured error) per case, timed.

A CPU-bound policy runs inline, case after case. A policy that waits on I/O runs
``concurrency`` cases at a time: an async policy under an ``asyncio.Semaphore``, a sync one
marked ``concurrent`` on a thread pool of that size. Latency is the policy call alone
(``time.perf_counter``), not the time a case spent queued for a slot; an inline policy gets
one untimed warm-up call first, so loading its dictionaries is not counted as a decision.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from policy_core import DecisionDTO, Explanation
from policy_eval._cases import GoldenCase
from policy_eval._policies import AnyPolicy, AsyncPolicy, Policy
from policy_eval._progress import Progress

__all__ = ["DEFAULT_CONCURRENCY", "CaseRun", "PolicyRun", "run_policies", "run_policy"]

DEFAULT_CONCURRENCY = 4
_MAX_MESSAGE = 300


@dataclass(frozen=True, slots=True)
class CaseRun:
    """One policy's answer to one case: a decision, or the error it raised."""

    case: GoldenCase
    decision: DecisionDTO | None
    latency_ms: float
    error_type: str | None = None
    error: str | None = None
    intent: str | None = None  # what the policy says it understood, when it says so


@dataclass(frozen=True, slots=True)
class PolicyRun:
    """Every case's answer from one policy, in dataset order."""

    name: str
    version: str
    runs: tuple[CaseRun, ...]
    wall_seconds: float


def error_type_of(exc: BaseException) -> str:
    """The taxonomy string of an error: its ``error_type`` if it has one, else its class name."""
    stated = getattr(exc, "error_type", None)
    return stated if isinstance(stated, str) and stated else type(exc).__name__


def _finish(case: GoldenCase, result: object, started: float) -> CaseRun:
    latency_ms = (time.perf_counter() - started) * 1000
    if isinstance(result, DecisionDTO):
        return CaseRun(case, result, latency_ms)
    if isinstance(result, Explanation):
        # The policy also reports the intent it understood, which capability gating may
        # hide behind a clarify ("capability.confirm" for a mixed request).
        return CaseRun(case, result.decision, latency_ms, intent=result.intent)
    if isinstance(result, BaseException):
        message = str(result)[:_MAX_MESSAGE]
        return CaseRun(case, None, latency_ms, error_type_of(result), message)
    found = type(result).__name__
    return CaseRun(case, None, latency_ms, "not_a_decision", f"returned a {found}")


def _decide_one(policy: Policy, case: GoldenCase) -> CaseRun:
    started = time.perf_counter()
    try:
        result: object = policy.decide(case.command)
    except Exception as exc:  # a policy's failure is a measured outcome, not a crash
        result = exc
    return _finish(case, result, started)


async def _decide_all_async(
    policy: AsyncPolicy,
    cases: Sequence[GoldenCase],
    concurrency: int,
    tick: Callable[[], None],
) -> list[CaseRun]:
    slots = asyncio.Semaphore(concurrency)

    async def one(case: GoldenCase) -> CaseRun:
        async with slots:
            started = time.perf_counter()
            try:
                result: object = await policy.decide_async(case.command)
            except Exception as exc:  # measured outcome, as above
                result = exc
            run = _finish(case, result, started)
        tick()
        return run

    return list(await asyncio.gather(*(one(case) for case in cases)))


def run_policy(
    policy: AnyPolicy,
    cases: Sequence[GoldenCase],
    *,
    concurrency: int = DEFAULT_CONCURRENCY,
    progress: Progress | None = None,
) -> PolicyRun:
    """Run one policy over ``cases``; never raises for what the policy does."""
    if concurrency < 1:
        raise ValueError("concurrency must be at least 1")
    total = len(cases)
    done = 0

    def tick() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(policy.name, done, total)

    started = time.perf_counter()
    runs: list[CaseRun]
    if isinstance(policy, AsyncPolicy):
        runs = asyncio.run(_decide_all_async(policy, cases, concurrency, tick))
    elif policy.concurrent and concurrency > 1:
        with ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="policy-eval") as pool:
            futures = [pool.submit(_decide_one, policy, case) for case in cases]
            runs = []
            for future in futures:
                runs.append(future.result())
                tick()
    else:
        if cases:  # one untimed call first: one-off loading is not a decision's latency
            _decide_one(policy, cases[0])
        runs = []
        for case in cases:
            runs.append(_decide_one(policy, case))
            tick()
    wall = time.perf_counter() - started
    return PolicyRun(policy.name, policy.version, tuple(runs), wall)


def run_policies(
    policies: Sequence[AnyPolicy],
    cases: Sequence[GoldenCase],
    *,
    concurrency: int = DEFAULT_CONCURRENCY,
    progress: Progress | None = None,
) -> tuple[PolicyRun, ...]:
    """Run each policy in turn over the same cases."""
    return tuple(
        run_policy(policy, cases, concurrency=concurrency, progress=progress) for policy in policies
    )
