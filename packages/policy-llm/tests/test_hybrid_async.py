"""HybridPolicy.adecide: the same decisions and records as decide, without blocking the loop.

``adecide`` is what an ASGI service awaits. It shares ``decide``'s logic (one turn, the same
modes, one recorder), so for every mode it must answer the same decision and write the same
records; the model's reading is awaited on the caller's loop, and cancelling the caller
cancels the call to the model.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest
from hybrid_harness import (
    TEXTS,
    Build,
    every_mode,
    make_logs,
    make_policy,
    rules_decision,
    settle,
    valid_records,
)
from scripted_llm import Reply, ScriptedLLM, extraction

from policy_core import CommandValidationError
from policy_core.testing import make_command
from policy_llm import AssistSettings, PartialTrustSettings, ShadowSettings
from policy_observability import LogType

MODE_SETS: dict[str, dict[str, Any]] = {
    "every mode": every_mode(),
    "assist": {"assist": AssistSettings(enabled=True)},
    "partial trust": {
        "partial_trust": PartialTrustSettings(
            enabled=True, sample_rate=1.0, corridor=frozenset({"add_shopping_item"})
        )
    },
    "shadow": {"shadow": ShadowSettings(enabled=True, sample_rate=1.0)},
    "switch off": {"enabled": False, "assist": AssistSettings(enabled=True)},
}
# Fields that measure or say time, and so differ between any two runs.
TIMED = {"timestamp", "total_s", "gen_ai.client.operation.duration", "deterministic_s"}


def untimed(records: list[dict[str, Any]]) -> list[str]:
    """The records without their times (the stages a latency record names are kept), in no
    particular order: shadow comparisons finish, and write, in whatever order they end."""
    kept = [
        {k: sorted(v) if k == "stages_s" else v for k, v in r.items() if k not in TIMED}
        for r in records
    ]
    return sorted(json.dumps(r, sort_keys=True, ensure_ascii=False) for r in kept)


@pytest.mark.parametrize("modes", list(MODE_SETS))
def test_adecide_answers_and_records_exactly_as_decide(llm: ScriptedLLM, modes: str) -> None:
    llm.script = extraction(items=["чай"], confidence=0.5)
    sync_logs, async_logs = make_logs(), make_logs()
    options = MODE_SETS[modes]
    with (
        make_policy(llm, logs=sync_logs, **options) as sync_policy,
        make_policy(llm, logs=async_logs, **options) as async_policy,
    ):
        documents = [make_command(t, command_id=f"cmd-{n}") for n, t in enumerate(TEXTS)]
        expected = [sync_policy.decide(d) for d in documents]
        settle(sync_policy)

        async def all_of_them() -> list[Any]:
            return [await async_policy.adecide(d) for d in documents]

        answered = asyncio.run(all_of_them())
        settle(async_policy)
    assert answered == expected
    for kind in LogType:
        assert untimed(async_logs.records(kind)) == untimed(sync_logs.records(kind)), kind
    valid_records(async_logs)


def test_adecide_refuses_an_invalid_command_as_decide_does(build: Build) -> None:
    policy, _ = build(**every_mode())
    with pytest.raises(CommandValidationError):
        asyncio.run(policy.adecide({"text": 7}))


def test_the_loop_keeps_running_while_the_model_thinks(build: Build, llm: ScriptedLLM) -> None:
    """Another coroutine finishes while adecide still waits for the model's answer."""
    llm.script = Reply(extraction(items=["чай"]), delay_s=1.0)
    policy, _ = build(assist=AssistSettings(enabled=True, budget_ms=5000))
    document = make_command("купи что-нибудь к чаю")

    async def scenario() -> tuple[bool, Any]:
        deciding = asyncio.create_task(policy.adecide(document))
        await asyncio.sleep(0.05)  # the loop is free: this sleep ends on time-ish
        still_waiting = not deciding.done()
        return still_waiting, await deciding

    still_waiting, decision = asyncio.run(scenario())
    assert still_waiting
    assert "+assist:" in decision.decision_version


def test_past_its_budget_adecide_answers_with_the_rules(build: Build, llm: ScriptedLLM) -> None:
    llm.script = Reply(extraction(items=["чай"]), delay_s=3.0)
    policy, logs = build(assist=AssistSettings(enabled=True, budget_ms=200))
    document = make_command("купи что-нибудь к чаю")
    assert asyncio.run(policy.adecide(document)) == rules_decision(document)
    fallback = logs.records(LogType.FALLBACK_METRICS)
    assert [(r["mode"], r["llm_outcome"], r["error.type"]) for r in fallback] == [
        ("assist", "timeout", "timeout")
    ]
    assert llm.wait_for(lambda: llm.disconnects >= 1)  # the call was closed, not left running


def test_cancelling_the_caller_cancels_the_call(build: Build, llm: ScriptedLLM) -> None:
    llm.script = Reply(extraction(items=["чай"]), delay_s=5.0)
    policy, logs = build(assist=AssistSettings(enabled=True, budget_ms=10_000))
    document = make_command("купи что-нибудь к чаю")

    async def scenario() -> None:
        deciding = asyncio.create_task(policy.adecide(document))
        while llm.count == 0:
            await asyncio.sleep(0.01)
        deciding.cancel()
        await deciding

    with pytest.raises(asyncio.CancelledError):
        asyncio.run(scenario())
    assert llm.wait_for(lambda: llm.disconnects >= 1)
    assert logs.records(LogType.DECISION) == []  # no decision was returned, none is logged
