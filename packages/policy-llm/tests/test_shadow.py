"""Shadow mode: the model decides in the background and is compared; its answer is never used.

The primary path pays a hash and a queue submission: a slow or failing model changes nothing
about the returned decision or its latency, a full queue drops (and counts) instead of
waiting, and the budget cancels a call rather than leaving it running.
"""

from __future__ import annotations

import functools
import json
import time
from collections import Counter
from typing import Any

import pytest
from hybrid_harness import Build, make_logs, only, rules_decision, settle, valid_records
from scripted_llm import API_KEY, Answer, Reply, ScriptedLLM, by_text, extraction, item, task

from policy_core import parse_command
from policy_core.testing import make_command
from policy_llm import PartialTrustSettings, ShadowSettings, ShadowStats
from policy_observability import LogType


@pytest.fixture
def build(build: Build) -> Build:
    """conftest's builder with shadow on unless a test says otherwise."""
    return functools.partial(build, shadow=ShadowSettings(enabled=True))


# -- the returned decision --------------------------------------------------------------

CORPUS: list[tuple[str, Answer]] = [
    ("купи 2 литра молока и хлеб", extraction(items=[item("молоко", 2, "l"), "хлеб"])),
    ("купи молоко", extraction(items=["водка"])),  # the model disagrees
    ("Напомни Пете завтра вынести мусор", extraction("unknown")),
    ("купи", extraction(items=["молоко"])),
    ("помой посуду", "not JSON"),
    ("какая погода завтра", Reply(status=500)),
    ("Маша, помой посуду на кухне вечером", Reply(content=extraction(), delay_s=0.5)),
]


def test_the_returned_decision_is_always_the_rules(build: Build, llm: ScriptedLLM) -> None:
    llm.script = by_text(dict(CORPUS))
    policy, logs = build(shadow=ShadowSettings(enabled=True, budget_ms=300))
    for n, (text, _) in enumerate(CORPUS):
        document = make_command(text, command_id=f"cmd-{n}")
        assert policy.decide(document) == rules_decision(document)
    settle(policy)
    assert llm.count >= len(CORPUS)
    compared = {r["command_id"] for r in logs.records(LogType.SHADOW_ROUTER)}
    assert compared == {f"cmd-{n}" for n in range(len(CORPUS))}
    for record in logs.records(LogType.PIPELINE_LATENCY):
        assert (record["mode"], record["llm_enabled"]) == ("shadow", True)
        assert record["decision_version"].startswith("deterministic/")
        assert "shadow" in record["stages_s"]
    valid_records(logs)


def test_the_primary_path_does_not_wait_for_a_slow_model(build: Build, llm: ScriptedLLM) -> None:
    llm.script = Reply(content=extraction(items=["молоко"]), delay_s=1.0)
    policy, _ = build(shadow=ShadowSettings(enabled=True, budget_ms=2000))
    policy.decide(make_command("купи хлеб", command_id="warm-up"))
    started = time.perf_counter()
    for n in range(5):
        policy.decide(make_command("купи молоко", command_id=f"cmd-{n}"))
    assert time.perf_counter() - started < 0.5
    stats = policy.shadow_stats()
    assert stats is not None
    assert stats.submitted == 6
    settle(policy)


# -- sampling ---------------------------------------------------------------------------


def test_sampling_is_stable_by_command_id(build: Build) -> None:
    first, _ = build(shadow=ShadowSettings(enabled=True, sample_rate=0.3))
    second, _ = build(shadow=ShadowSettings(enabled=True, sample_rate=0.3))
    assert first.shadow is not None
    assert second.shadow is not None
    commands = [parse_command(make_command(command_id=f"cmd-{n}")) for n in range(2000)]

    taken = {c.command_id for c in commands if first.shadow.sampled(c)}

    assert {c.command_id for c in commands if second.shadow.sampled(c)} == taken
    assert 540 <= len(taken) <= 660  # 30 % of 2,000, give or take three standard deviations


def test_a_command_outside_the_sample_is_not_sent(build: Build, llm: ScriptedLLM) -> None:
    llm.script = extraction(items=["молоко"])
    policy, logs = build(shadow=ShadowSettings(enabled=True, sample_rate=0.3))
    assert policy.shadow is not None
    outside = [
        make_command("купи молоко", command_id=f"cmd-{n}")
        for n in range(40)
        if not policy.shadow.sampled(parse_command(make_command(command_id=f"cmd-{n}")))
    ]
    for document in outside[:5]:
        policy.decide(document)
    settle(policy)
    assert llm.count == 0
    assert logs.records(LogType.SHADOW_ROUTER) == []
    fallbacks = logs.records(LogType.FALLBACK_METRICS)
    assert [(f["mode"], f["llm_outcome"], f["fallback_reason"]) for f in fallbacks] == [
        ("shadow", "skipped", "not_sampled")
    ] * 5
    assert policy.shadow_stats() == ShadowStats(0, 0, 0, 0, 0)


# -- the budget and the queue -----------------------------------------------------------


def test_the_budget_cancels_a_slow_call(build: Build, llm: ScriptedLLM) -> None:
    llm.script = Reply(content=extraction(items=["молоко"]), delay_s=3.0)
    policy, logs = build(shadow=ShadowSettings(enabled=True, budget_ms=300))

    started = time.perf_counter()
    policy.decide(make_command("купи молоко"))
    settle(policy, timeout_s=2.0)
    elapsed = time.perf_counter() - started

    assert elapsed < 0.3 + 0.3
    # The call was cancelled, not abandoned: the server sees its client hang up.
    assert llm.wait_for(lambda: llm.disconnects == 1, timeout_s=2.0)
    record = only(logs, LogType.SHADOW_ROUTER)
    assert record["error.type"] == "timeout"
    assert record["overall_agreement"] is None  # nothing to compare
    assert 0.25 <= record["gen_ai.client.operation.duration"] < 0.6
    fallback = only(logs, LogType.FALLBACK_METRICS)
    assert (fallback["mode"], fallback["llm_outcome"]) == ("shadow", "timeout")
    assert (fallback["error.type"], fallback["fallback_reason"]) == ("timeout", None)
    assert policy.shadow_stats() == ShadowStats(1, 1, 0, 0, 1)
    valid_records(logs)


def test_a_full_queue_drops_and_counts(build: Build, llm: ScriptedLLM) -> None:
    llm.script = Reply(content=extraction(items=["молоко"]), delay_s=1.0)
    policy, logs = build(shadow=ShadowSettings(enabled=True, queue_size=2, budget_ms=2000))

    started = time.perf_counter()
    decisions = [
        policy.decide(make_command("купи молоко", command_id=f"cmd-{n}")) for n in range(10)
    ]
    elapsed = time.perf_counter() - started

    assert elapsed < 0.5  # nothing waited for a slot
    assert all(d.decision_version.startswith("deterministic/") for d in decisions)
    stats = policy.shadow_stats()
    assert stats is not None
    assert (stats.offered, stats.submitted, stats.dropped) == (10, 2, 8)
    dropped = [
        f
        for f in logs.records(LogType.FALLBACK_METRICS)
        if f["fallback_reason"] == "shadow_queue_full"
    ]
    assert len(dropped) == 8
    assert all((f["llm_outcome"], f["deterministic_used"]) == ("skipped", True) for f in dropped)
    settle(policy, timeout_s=3.0)
    assert llm.count == 2
    stats = policy.shadow_stats()
    assert stats is not None
    assert (stats.completed, stats.failed) == (2, 0)
    # The slots came back: the next offer is taken.
    policy.decide(make_command("купи молоко", command_id="cmd-after"))
    stats = policy.shadow_stats()
    assert stats is not None
    assert stats.submitted == 3


def test_closing_cancels_pending_comparisons(build: Build, llm: ScriptedLLM) -> None:
    llm.script = Reply(content=extraction(items=["молоко"]), delay_s=5.0)
    policy, _ = build(shadow=ShadowSettings(enabled=True, budget_ms=10_000))
    for n in range(3):
        policy.decide(make_command("купи молоко", command_id=f"cmd-{n}"))
    assert llm.wait_for(lambda: llm.count == 3)
    started = time.perf_counter()
    policy.close()
    assert time.perf_counter() - started < 2.0
    assert llm.wait_for(lambda: llm.disconnects == 3, timeout_s=2.0)
    settle(policy, timeout_s=1.0)  # every slot given back
    stats = policy.shadow_stats()
    assert stats is not None
    assert (stats.completed, stats.failed) == (0, 3)


def test_a_shadow_backlog_leaves_connections_for_partial_trust(
    build: Build, llm: ScriptedLLM
) -> None:
    """Shadow calls hold at most half the pool beside a synchronous mode: a backlog of them
    cannot queue ahead of partial trust's call and spend its budget."""
    llm.script = Reply(content=extraction(items=["молоко"]), delay_s=0.4)
    policy, logs = build(
        shadow=ShadowSettings(enabled=True, budget_ms=5000),
        partial_trust=PartialTrustSettings(enabled=True, sample_rate=1.0, budget_ms=1500),
    )
    for n in range(60):  # create_task: outside the corridor, shadowed only
        policy.decide(make_command("Напомни Пете вынести мусор", command_id=f"task-{n}"))
    assert llm.wait_for(lambda: llm.count == 5)  # half of the test pool's 10 connections
    started = time.perf_counter()
    decision = policy.decide(make_command("купи молоко", command_id="buy"))
    assert time.perf_counter() - started < 1.0
    assert decision.decision_version.startswith("llm/")
    (fallback,) = [r for r in logs.records(LogType.FALLBACK_METRICS) if r["command_id"] == "buy"]
    assert fallback["llm_outcome"] == "ok"


def test_a_shadow_backlog_does_not_open_the_circuit_breaker(build: Build, llm: ScriptedLLM) -> None:
    """Comparisons that wait too long for a call slot end as timeouts without a request, so
    they do not count against the endpoint in the breaker the synchronous modes share.

    A call takes 1.5 s of a 2 s budget and a comparison waits at most half its budget (1 s)
    for a call slot: a comparison queued up to 0.5 s after the first five (a loaded machine)
    still gives up before a slot frees."""
    llm.script = Reply(content=extraction(items=["молоко"]), delay_s=1.5)
    policy, logs = build(
        shadow=ShadowSettings(enabled=True, budget_ms=2000),
        partial_trust=PartialTrustSettings(enabled=True, sample_rate=1.0),
        shipped_policy=True,  # 10 connections, the breaker opens after 5 failures
    )
    for n in range(40):
        policy.decide(make_command("Напомни Пете вынести мусор", command_id=f"task-{n}"))
    settle(policy)
    assert policy.runtime is not None
    assert policy.runtime.client.breaker_state == "closed"
    stats = policy.shadow_stats()
    assert stats is not None
    assert (stats.completed, stats.failed) == (5, 35)  # five slots, one round within budget
    assert llm.count == 5  # the rest were never sent
    errors = Counter(r["error.type"] for r in logs.records(LogType.SHADOW_ROUTER))
    assert errors == {None: 5, "timeout": 35}
    llm.script = Reply(content=extraction(items=["молоко"]))  # within partial trust's budget
    assert policy.decide(make_command("купи молоко")).decision_version.startswith("llm/")


# -- the comparison ---------------------------------------------------------------------

AGREEMENT = [
    pytest.param(
        "купи 2 литра молока и хлеб", extraction(items=[item("молоко", 2, "l"), "хлеб"]),
        {"intent": True, "outcome": True, "action": True, "item_names": True, "quantities": True, "task_fields": None},
        id="agrees",
    ),
    pytest.param(
        "купи 2 литра молока и хлеб", extraction(items=["молоко", "хлеб"]),
        {"intent": True, "outcome": True, "action": True, "item_names": True, "quantities": False, "task_fields": None},
        id="quantity_missed",
    ),
    pytest.param(
        "купи 2 литра молока и хлеб", extraction(items=[item("молоко", 2, "l")]),
        {"intent": True, "outcome": True, "action": True, "item_names": False, "quantities": None, "task_fields": None},
        id="item_missed",
    ),
    pytest.param(
        "купи молоко", extraction("unknown"),
        {"intent": False, "outcome": False, "action": False, "item_names": False, "quantities": None, "task_fields": None},
        id="another_intent",
    ),
    pytest.param(
        "Маша, помой посуду на кухне вечером",
        extraction("create_task", task=task("помой посуду на кухне", assignee_id="u-masha", zone_id="z-kitchen", due="2026-03-04T19:00:00+03:00")),
        {"intent": True, "outcome": True, "action": True, "item_names": None, "quantities": None, "task_fields": True},
        id="task_agrees",
    ),
    pytest.param(
        "Маша, помой посуду на кухне вечером",
        extraction("create_task", task=task("помой посуду на кухне", assignee_id="u-petya", zone_id="z-kitchen", due="2026-03-04T19:00:00+03:00")),
        {"intent": True, "outcome": True, "action": True, "item_names": None, "quantities": None, "task_fields": False},
        id="task_assignee_differs",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "answer", "expected"), AGREEMENT)
def test_each_comparison_records_agreement_per_field(
    build: Build, llm: ScriptedLLM, text: str, answer: dict[str, Any], expected: dict[str, Any]
) -> None:
    llm.script = answer
    policy, logs = build()
    decision = policy.decide(make_command(text))
    settle(policy)

    record = only(logs, LogType.SHADOW_ROUTER)
    assert record["agreement"] == expected
    comparable = [v for v in expected.values() if v is not None]
    assert record["overall_agreement"] is all(comparable)
    assert record["sampled"] is True
    assert record["error.type"] is None
    assert record["deterministic_s"] > 0
    assert record["gen_ai.client.operation.duration"] > 0
    assert record["trace_id"] == decision.trace_id
    fallback = only(logs, LogType.FALLBACK_METRICS)
    assert (fallback["mode"], fallback["llm_outcome"], fallback["fallback_reason"]) == (
        "shadow",
        "ok",
        None,
    )
    assert fallback["deterministic_used"] is True
    assert policy.shadow_stats() == ShadowStats(1, 1, 0, 1, 0)
    valid_records(logs)


@pytest.mark.parametrize(
    ("reply", "error_type", "outcome"),
    [
        (Reply(status=500), "unavailable", "error"),
        ("not JSON", "invalid_json", "error"),
        ({"intent": "add_shopping_item"}, "schema_invalid", "error"),
    ],
)
def test_a_failed_call_is_recorded_with_its_error_type(
    build: Build, llm: ScriptedLLM, reply: Any, error_type: str, outcome: str
) -> None:
    llm.script = reply
    policy, logs = build()
    document = make_command("купи молоко")
    assert policy.decide(document) == rules_decision(document)
    settle(policy)
    record = only(logs, LogType.SHADOW_ROUTER)
    assert record["error.type"] == error_type
    assert record["agreement"] == dict.fromkeys(record["agreement"])  # every field null
    fallback = only(logs, LogType.FALLBACK_METRICS)
    assert (fallback["llm_outcome"], fallback["error.type"]) == (outcome, error_type)
    assert policy.shadow_stats() == ShadowStats(1, 1, 0, 0, 1)
    valid_records(logs)


def test_a_reading_made_by_partial_trust_is_reused(build: Build, llm: ScriptedLLM) -> None:
    llm.script = extraction(items=["молоко", "водка"])  # refused by partial trust
    policy, logs = build(partial_trust=PartialTrustSettings(enabled=True, sample_rate=1.0))
    document = make_command("купи молоко")
    assert policy.decide(document) == rules_decision(document)
    settle(policy)

    assert llm.count == 1
    record = only(logs, LogType.SHADOW_ROUTER)
    assert record["agreement"]["item_names"] is False
    assert only(logs, LogType.PARTIAL_TRUST_RISK)["reason_codes"] == [
        "item_not_grounded",
        "items_added",
    ]
    # partial trust wrote the decision's fallback_metrics record; the shadow adds none.
    assert only(logs, LogType.FALLBACK_METRICS)["mode"] == "partial_trust"


def test_a_failure_partial_trust_met_is_reused_too(build: Build, llm: ScriptedLLM) -> None:
    llm.script = Reply(status=503)
    policy, logs = build(partial_trust=PartialTrustSettings(enabled=True, sample_rate=1.0))
    policy.decide(make_command("купи молоко"))
    settle(policy)
    assert llm.count == 3  # one call and its two retries, made once
    assert only(logs, LogType.SHADOW_ROUTER)["error.type"] == "unavailable"


def test_every_record_carries_the_returned_decisions_trace_id(
    build: Build, llm: ScriptedLLM
) -> None:
    """With random ids the model's decision has another trace_id: the records use the one
    returned (here partial trust's accepted decision) and join on it."""
    llm.script = extraction(items=["молоко"])
    policy, logs = build(
        partial_trust=PartialTrustSettings(enabled=True, sample_rate=1.0),
        deterministic_ids=False,
    )
    decision = policy.decide(make_command("купи молоко"))
    settle(policy)
    assert decision.decision_version.startswith("llm/")
    records = valid_records(logs)
    assert {r["log_type"] for r in records} == {
        "pipeline_latency",
        "decision",
        "fallback_metrics",
        "partial_trust_risk",
        "shadow_router",
    }
    assert {(r["command_id"], r["trace_id"]) for r in records} == {("cmd-1", decision.trace_id)}


@pytest.mark.parametrize(
    "text",
    ["переведи Пете 500 рублей", "включи свет на кухне", "удали все задачи", "купи молоко " * 100],
)
def test_the_rules_final_answers_are_never_sent(build: Build, llm: ScriptedLLM, text: str) -> None:
    llm.script = extraction(items=["молоко"])
    policy, logs = build()
    document = make_command(text)
    assert policy.decide(document) == rules_decision(document)
    settle(policy)
    assert llm.count == 0
    assert logs.records(LogType.SHADOW_ROUTER) == []
    fallback = only(logs, LogType.FALLBACK_METRICS)
    assert (fallback["mode"], fallback["llm_outcome"]) == ("shadow", "skipped")


# -- what the records may hold ----------------------------------------------------------

MARKER = "кумкват"


def test_no_record_holds_user_text_or_item_names(build: Build, llm: ScriptedLLM) -> None:
    llm.script = extraction(items=[MARKER, "фейхоа"])
    policy, logs = build()
    policy.decide(make_command(f"купи {MARKER}"))
    settle(policy)
    assert logs.records(LogType.SHADOW_ROUTER)
    for found in (b"".join(logs.lines()).decode(), json.dumps(logs.records(), ensure_ascii=False)):
        assert MARKER not in found
        assert "фейхоа" not in found
        assert API_KEY not in found


def test_log_user_text_lets_names_into_the_comparison(build: Build, llm: ScriptedLLM) -> None:
    llm.script = extraction(items=[MARKER, "фейхоа"])
    policy, logs = build(logs=make_logs(log_user_text=True))
    policy.decide(make_command(f"купи {MARKER}"))
    settle(policy)
    record = only(logs, LogType.SHADOW_ROUTER)
    assert record["user_text"] == f"купи {MARKER}"
    assert record["deterministic_item_names"] == [MARKER]
    assert record["llm_item_names"] == [MARKER, "фейхоа"]
