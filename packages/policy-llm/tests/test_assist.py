"""Assist: the model's hints fill the fields the rules left open, each one checked on its own.

The hint table is the specification: a command, what the scripted model answers, and the
fate of every hint (field, accepted, reason) the assist record must carry.
"""

from __future__ import annotations

import functools
import json
import time
from typing import Any

import pytest
from hybrid_harness import (
    RULES,
    Build,
    assert_schema_valid,
    make_logs,
    only,
    rules_decision,
    valid_records,
)
from scripted_llm import Reply, ScriptedLLM, extraction, task

from policy_core import PolicySettings, parse_command
from policy_core.testing import make_command
from policy_llm import AssistSettings
from policy_llm._assist import open_fields
from policy_observability import LogType

TASK_FIELDS = ("task.title", "assignee_id", "due")
NO_SHOPPING = ["start_job", "propose_create_task", "clarify", "reject", "confirm"]
NO_TASKS = ["start_job", "propose_add_shopping_item", "clarify", "reject", "confirm"]


@pytest.fixture
def build(build: Build) -> Build:
    """conftest's builder with assist on unless a test says otherwise."""
    return functools.partial(build, assist=AssistSettings(enabled=True))


# -- which fields are open --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "command", "fields"),
    [
        ("купи", {}, ("items",)),  # no item found
        ("купи что-нибудь к чаю", {}, ("items",)),
        ("Купи молоко", {"defaults": None}, ("list_id",)),  # two lists, no default, none named
        ("напомни Пете", {}, TASK_FIELDS),  # no title
        ("напомни Ване вынести мусор", {}, TASK_FIELDS),  # a member the household lacks
        ("помой посуду", {}, ("assignee_id", "due")),  # assignee inferred, no time
        ("вынеси мусор в выходные", {}, ("assignee_id",)),
        ("Напомни Пете вынести мусор", {}, ("due",)),
        ("купи молоко и вынеси мусор", {}, ("assignee_id", "due")),  # mixed
        ("Купи молоко", {}, ()),  # nothing left open
        ("Напомни Пете завтра вынести мусор", {}, ()),
        ("какая погода завтра", {}, ()),  # not a purchase or a task
        ("переведи Пете 500 рублей", {}, ()),  # the rules' corridor reject
        ("купи " * 400, {}, ()),  # over the length limit
    ],
)
def test_the_fields_the_rules_left_open(
    text: str, command: dict[str, Any], fields: tuple[str, ...]
) -> None:
    explanation = RULES.explain(parse_command(make_command(text, **command)), PolicySettings())
    assert open_fields(explanation) == fields


# -- every hint's fate, one row each ----------------------------------------------------

Hint = tuple[str, bool, str | None]
DUE = "2026-03-08T10:00:00+03:00"

HINTS = [
    # items
    pytest.param(
        "купи что-нибудь к чаю", {}, extraction(items=["чай"]),
        [("items", True, None)], id="items_accepted",
    ),
    pytest.param(
        "купи что-нибудь к чаю", {}, extraction(items=["печенье"]),
        [("items", False, "not_grounded")], id="items_not_grounded",
    ),
    pytest.param(
        "купи что-нибудь к чаю", {"capabilities": NO_SHOPPING}, extraction(items=["чай"]),
        [("items", False, "capability_not_granted")], id="items_capability_not_granted",
    ),
    pytest.param(
        "купи что-нибудь к чаю", {}, extraction("create_task", ["чай"], task=task("чай")),
        [("items", False, "intent_mismatch")], id="items_intent_mismatch",
    ),
    pytest.param(
        "купи что-нибудь к чаю", {}, extraction(items=[]),
        [("items", False, "not_offered")], id="items_not_offered",
    ),
    # list_id (the list's name said apart from the items: the rules ask which list)
    pytest.param(
        "молоко добавь, продукты", {"defaults": None},
        extraction(items=["молоко"], list_id="l-groceries"),
        [("list_id", True, None)], id="list_accepted",
    ),
    pytest.param(
        "молоко добавь, продукты", {"defaults": None},
        extraction(items=["молоко"], list_id="l-nope"),
        [("list_id", False, "unknown_id")], id="list_unknown_id",
    ),
    pytest.param(
        "молоко добавь, продукты", {"defaults": None},
        extraction(items=["молоко"], list_id="l-costco"),
        [("list_id", False, "not_grounded")], id="list_not_grounded",
    ),
    # task.title (with the assignee and due a missing title leaves open)
    pytest.param(
        "напомни Маше в 7", {},
        extraction("create_task", task=task("напомнить", assignee_id="u-masha", due="2026-03-04T19:00:00+03:00")),
        [("task.title", True, None), ("assignee_id", True, None), ("due", True, None)],
        id="title_assignee_due_accepted",
    ),
    pytest.param(
        "напомни Маше в 7", {},
        extraction("create_task", task=task("помыть машину", assignee_id="u-masha")),
        [("task.title", False, "not_grounded"), ("assignee_id", True, None), ("due", False, "not_offered")],
        id="title_not_grounded",
    ),
    pytest.param(
        "напомни Маше в 7", {"capabilities": NO_TASKS},
        extraction("create_task", task=task("напомнить")),
        [("task.title", False, "capability_not_granted"), ("assignee_id", False, "not_offered"), ("due", False, "not_offered")],
        id="title_capability_not_granted",
    ),
    # assignee_id
    pytest.param(
        "помой посуду", {}, extraction("create_task", task=task("помыть посуду", assignee_id="u-ghost")),
        [("assignee_id", False, "unknown_id"), ("due", False, "not_offered")],
        id="assignee_unknown_id",
    ),
    pytest.param(
        "помой посуду", {}, extraction("create_task", task=task("помыть посуду", assignee_id="u-masha")),
        [("assignee_id", False, "not_grounded"), ("due", False, "not_offered")],
        id="assignee_not_grounded",
    ),
    pytest.param(
        "напомни Ване завтра вынести мусор", {},
        extraction("create_task", task=task("вынести мусор", due="2026-03-05T09:00:00+03:00")),
        [("task.title", False, "assignee_unresolved"), ("assignee_id", False, "not_offered"), ("due", False, "assignee_unresolved")],
        id="an_unknown_member_is_not_replaced_by_the_default",
    ),
    # due
    pytest.param(
        "помой посуду на неделе", {}, extraction("create_task", task=task("помыть посуду", due=DUE)),
        [("assignee_id", False, "not_offered"), ("due", True, None)], id="due_accepted",
    ),
    pytest.param(
        "помой посуду на неделе", {},
        extraction("create_task", task=task("помыть посуду", due="2026-03-01T10:00:00+03:00")),
        [("assignee_id", False, "not_offered"), ("due", False, "in_past")], id="due_in_past",
    ),
    pytest.param(
        "помой посуду на неделе", {}, extraction("create_task", task=task("помыть посуду", due="next week")),
        [("assignee_id", False, "not_offered"), ("due", False, "invalid")], id="due_invalid",
    ),
    pytest.param(
        "помой посуду", {}, extraction("create_task", task=task("помыть посуду", due=DUE)),
        [("assignee_id", False, "not_offered"), ("due", False, "not_grounded")], id="due_not_grounded",
    ),
    pytest.param(
        "помой посуду на неделе", {}, extraction(items=["посуда"], task=task("помыть посуду", due=DUE)),
        [("assignee_id", False, "not_offered"), ("due", False, "intent_mismatch")],
        id="due_intent_mismatch",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "command", "answer", "hints"), HINTS)
def test_each_hint_is_accepted_or_refused_with_a_reason(
    build: Build,
    llm: ScriptedLLM,
    *,
    text: str,
    command: dict[str, Any],
    answer: dict[str, Any],
    hints: list[Hint],
) -> None:
    llm.script = answer
    policy, logs = build()
    document = make_command(text, **command)

    decision = policy.decide(document)

    record = only(logs, LogType.ASSIST)
    assert [(h["field"], h["accepted"], h["reason"]) for h in record["hints"]] == hints
    assert all(h["offered"] is (h["reason"] != "not_offered") for h in record["hints"])
    assert record["error.type"] is None
    assert record["gen_ai.client.operation.duration"] > 0
    assert all("value" not in h for h in record["hints"])  # LOG_USER_TEXT is off
    fallback = only(logs, LogType.FALLBACK_METRICS)
    assert fallback["mode"] == "assist"
    assert (
        fallback["gen_ai.client.operation.duration"] == record["gen_ai.client.operation.duration"]
    )
    if any(accepted for _, accepted, _ in hints):
        assert decision.decision_version == f"{RULES.version}+assist:{policy.llm.version}"  # type: ignore[union-attr]
        assert_schema_valid(decision)
        assert (fallback["llm_outcome"], fallback["deterministic_used"]) == ("ok", False)
        assert fallback["fallback_reason"] is None
    else:
        assert decision == rules_decision(document)
        assert (fallback["llm_outcome"], fallback["deterministic_used"]) == ("rejected", True)
        assert fallback["fallback_reason"] == "hints_rejected"
    latency = only(logs, LogType.PIPELINE_LATENCY)
    assert (latency["mode"], latency["decision_version"]) == ("assist", decision.decision_version)
    assert {r["trace_id"] for r in valid_records(logs)} == {decision.trace_id}
    assert llm.count == 1


def _payload(decision: Any) -> dict[str, Any]:
    return json.loads(json.dumps(decision.to_json_dict()))["payload"]  # type: ignore[no-any-return]


def test_an_accepted_item_turns_the_clarify_into_an_execution(
    build: Build, llm: ScriptedLLM
) -> None:
    llm.script = extraction(items=["чай"])
    policy, _ = build()
    document = make_command("купи что-нибудь к чаю")
    assert rules_decision(document).action == "clarify"
    decision = policy.decide(document)
    assert decision.action == "start_job"
    (action,) = _payload(decision)["proposed_actions"]
    assert action["payload"]["item"] == {"name": "чай", "list_id": "l-groceries"}


def test_an_accepted_list_is_where_the_items_go(build: Build, llm: ScriptedLLM) -> None:
    llm.script = extraction(items=["молоко"], list_id="l-groceries")
    policy, _ = build()
    decision = policy.decide(make_command("добавь молоко к продуктам", defaults=None))
    (action,) = _payload(decision)["proposed_actions"]
    assert action["payload"]["item"]["list_id"] == "l-groceries"
    assert action["payload"]["item"]["name"] == "молоко"  # the rules' item, kept


def test_accepted_task_hints_fill_the_task_and_keep_what_the_rules_found(
    build: Build, llm: ScriptedLLM
) -> None:
    llm.script = extraction("create_task", task=task("помыть посуду", due=DUE))
    policy, _ = build()
    decision = policy.decide(make_command("помой посуду на неделе"))
    (action,) = _payload(decision)["proposed_actions"]
    created = action["payload"]["task"]
    assert created["due"] == DUE
    assert created["title"] == "Помой посуду на неделе"  # the rules' title, not the hint's
    assert created["assignee_id"] == "u-anna"


@pytest.mark.parametrize(
    "text",
    [
        "Купи молоко",
        "Напомни Пете завтра вынести мусор",
        "переведи Пете 500 рублей",
        "какая погода",
    ],
)
def test_nothing_to_fill_means_no_call(build: Build, llm: ScriptedLLM, text: str) -> None:
    llm.script = extraction(items=["молоко"])
    policy, logs = build()
    document = make_command(text)
    assert policy.decide(document) == rules_decision(document)
    assert llm.count == 0
    assert logs.records(LogType.ASSIST) == []
    fallback = only(logs, LogType.FALLBACK_METRICS)
    assert (fallback["mode"], fallback["llm_outcome"]) == ("assist", "skipped")
    assert fallback["fallback_reason"] == "nothing_to_do"
    valid_records(logs)


def test_assist_asks_only_for_its_sample(build: Build, llm: ScriptedLLM) -> None:
    llm.script = extraction(items=["чай"])
    policy, logs = build(assist=AssistSettings(enabled=True, sample_rate=0.3))
    documents = [make_command("купи что-нибудь к чаю", command_id=f"c-{n}") for n in range(60)]
    for document in documents:
        policy.decide(document)
    llm_calls = llm.count
    # Stable: the same ids fall in the sample on a second policy, and only they are asked.
    again, _ = build(assist=AssistSettings(enabled=True, sample_rate=0.3))
    for document in documents:
        again.decide(document)
    assert llm.count == 2 * llm_calls
    assert 5 <= llm_calls <= 35
    skipped = [r for r in logs.records(LogType.FALLBACK_METRICS) if r["llm_outcome"] == "skipped"]
    assert len(skipped) == 60 - llm_calls
    assert {r["fallback_reason"] for r in skipped} == {"not_sampled"}
    assert len(logs.records(LogType.ASSIST)) == llm_calls
    valid_records(logs)


# -- the model failing ------------------------------------------------------------------

ERRORS = [
    pytest.param(Reply(status=503), "unavailable", "error", id="unavailable"),
    pytest.param(Reply(status=401), "http_error", "error", id="http_error"),
    pytest.param("no JSON here", "invalid_json", "error", id="invalid_json"),
    pytest.param({"items": "чай"}, "schema_invalid", "error", id="schema_invalid"),
]


@pytest.mark.parametrize(("reply", "error_type", "outcome"), ERRORS)
def test_a_failed_call_falls_back_to_the_rules(
    build: Build, llm: ScriptedLLM, reply: Any, error_type: str, outcome: str
) -> None:
    llm.script = reply
    policy, logs = build()
    document = make_command("купи что-нибудь к чаю")

    assert policy.decide(document) == rules_decision(document)

    record = only(logs, LogType.ASSIST)
    assert (record["hints"], record["error.type"]) == ([], error_type)
    fallback = only(logs, LogType.FALLBACK_METRICS)
    assert fallback["mode"] == "assist"
    assert (fallback["llm_outcome"], fallback["error.type"]) == (outcome, error_type)
    assert (fallback["fallback_reason"], fallback["deterministic_used"]) == (error_type, True)
    valid_records(logs)


def test_a_slow_model_is_cut_off_at_the_budget(build: Build, llm: ScriptedLLM) -> None:
    llm.script = Reply(content=extraction(items=["чай"]), delay_s=3.0)
    policy, logs = build(assist=AssistSettings(enabled=True, budget_ms=250))
    policy.decide(make_command("купи", command_id="warm-up"))
    document = make_command("купи что-нибудь к чаю")

    started = time.perf_counter()
    decision = policy.decide(document)
    elapsed = time.perf_counter() - started

    assert elapsed < 0.25 + 0.25
    assert decision == rules_decision(document)
    assert llm.wait_for(lambda: llm.disconnects == 2, timeout_s=2.0)
    (fallback,) = [r for r in logs.records(LogType.FALLBACK_METRICS) if r["command_id"] == "cmd-1"]
    assert (fallback["llm_outcome"], fallback["error.type"]) == ("timeout", "timeout")
    assert fallback["fallback_reason"] == "timeout"
    (record,) = [r for r in logs.records(LogType.ASSIST) if r["command_id"] == "cmd-1"]
    assert record["error.type"] == "timeout"


# -- what the records may hold ----------------------------------------------------------


def test_hint_values_and_text_are_logged_only_with_log_user_text(
    build: Build, llm: ScriptedLLM
) -> None:
    llm.script = extraction(items=["чай"])
    quiet, quiet_logs = build()
    loud, loud_logs = build(logs=make_logs(log_user_text=True))
    document = make_command("купи что-нибудь к чаю")
    quiet.decide(document)
    loud.decide(document)
    assert "чай" not in json.dumps(quiet_logs.records(), ensure_ascii=False)
    assert "чаю" not in b"".join(quiet_logs.lines()).decode()
    record = only(loud_logs, LogType.ASSIST)
    assert record["user_text"] == "купи что-нибудь к чаю"
    assert record["hints"][0]["value"] == "чай"
