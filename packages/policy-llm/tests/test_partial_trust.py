"""Partial trust: inside the corridor the model's decision is used only when every rule passes.

Each acceptance rule has a row in the tables below: the command, what the scripted model
answers, and the reason codes (and risk flags) the candidate's partial_trust_risk record must
carry. A refused candidate always leaves the rules' decision in place.
"""

from __future__ import annotations

import json
import time
from typing import Any, cast

import pytest
from hybrid_harness import (
    RULES,
    Build,
    assert_schema_valid,
    make_logs,
    model_explanation,
    only,
    rules_decision,
    valid_records,
)
from scripted_llm import API_KEY, Reply, ScriptedLLM, by_text, extraction, item, task

from policy_core import CommandDTO, Draft, Explanation, ItemDraft, parse_command
from policy_core.testing import make_command
from policy_llm import LLMSettings, PartialTrustSettings
from policy_llm._ask import Answer
from policy_llm._extraction import LLMReading
from policy_llm._llm_policy import LLMRead
from policy_llm._partial_trust import judge_candidate
from policy_observability import LogType

BOTH = frozenset({"add_shopping_item", "create_task"})
TASKS = frozenset({"create_task"})


def trust(**options: Any) -> PartialTrustSettings:
    """Partial trust on, every candidate sampled unless said otherwise."""
    return PartialTrustSettings(enabled=True, **{"sample_rate": 1.0, **options})


# -- every acceptance rule, one row each ------------------------------------------------

NO_EXECUTION = ["clarify", "reject"]

REFUSED = [
    pytest.param(
        "купи молоко", {}, extraction("create_task", task=task("купить молоко")), {},
        ("intent_outside_corridor",), (), id="intent_outside_corridor",
    ),
    pytest.param(
        "купи молоко", {}, extraction("mixed", ["молоко"], task=task("купить молоко")), {},
        ("intent_outside_corridor", "not_executable"), (), id="mixed_is_outside_the_corridor",
    ),
    pytest.param(
        "купи молоко", {}, extraction("create_task", task=task("купить молоко")),
        {"corridor": BOTH}, ("intent_mismatch",), (), id="intent_mismatch",
    ),
    pytest.param(
        "купи молоко", {}, extraction(items=["молоко", "водка"]), {},
        ("item_not_grounded", "items_added"), (), id="item_not_grounded",
    ),
    pytest.param(
        # Grounded, but no item the rules found: a word that names no product.
        "купи молоко", {}, extraction(items=["молоко", "купи"]), {},
        ("items_added",), (), id="items_added",
    ),
    pytest.param(
        # One item of the rules' split in two: each half is grounded, neither is theirs.
        "buy oat milk", {}, extraction(items=["oat", "milk"]), {},
        ("item_changed", "items_added"), (), id="an_item_split_in_two",
    ),
    pytest.param(
        "купи 2 литра молока", {}, extraction(items=[item("молока", 2, "l")]), {},
        ("name_differs",), (), id="name_differs",
    ),
    pytest.param(
        # A quantity the rules did not read: nothing in the text vouches for it.
        "купи молоко", {}, extraction(items=[item("молоко", 2, "l")]), {},
        ("quantity_differs",), (), id="quantity_the_rules_did_not_read",
    ),
    pytest.param(
        "купи 2 литра молока", {}, extraction(items=[item("молоко", 3, "l")]), {},
        ("quantity_differs",), (), id="quantity_differs",
    ),
    pytest.param(
        "купи 2 литра молока", {}, extraction(items=[item("молоко", 2, "ml")]), {},
        ("quantity_differs",), (), id="unit_differs",
    ),
    pytest.param(
        "купи 2 литра молока", {}, extraction(items=["молоко"]), {},
        ("quantity_differs",), (), id="quantity_left_out",
    ),
    pytest.param(
        "купи молоко и хлеб", {}, extraction(items=["молоко"]), {},
        ("items_dropped",), (), id="items_dropped",
    ),
    pytest.param(
        # As many items as the rules found, but one of theirs is replaced by part of it.
        "купи овсяное молоко и хлеб", {}, extraction(items=["молоко", "хлеб"]), {},
        ("item_changed", "items_added"), (), id="item_changed",
    ),
    pytest.param(
        "buy oat milk", {}, extraction(items=["milk"]), {},
        ("item_changed", "items_added"), (), id="item_changed_en",
    ),
    pytest.param(
        "купи молоко", {}, extraction(items=["молоко"], list_id="l-nope"), {},
        ("unknown_list",), (), id="unknown_list",
    ),
    pytest.param(
        # The rules resolved the default list; the model moves the item to another one.
        "купи молоко", {}, extraction(items=["молоко"], list_id="l-costco"), {},
        ("list_mismatch",), (), id="list_mismatch",
    ),
    pytest.param(
        "купи молоко", {"defaults": None}, extraction(items=["молоко"]), {},
        ("list_unresolved", "not_executable"), ("outcome_changed",), id="list_unresolved",
    ),
    pytest.param(
        # The rules asked which list; the model picked one the text does not name.
        "купи молоко", {"defaults": None}, extraction(items=["молоко"], list_id="l-costco"), {},
        ("list_not_grounded",), ("outcome_changed",), id="list_not_grounded",
    ),
    pytest.param(
        "Напомни Пете вынести мусор", {},
        extraction("create_task", task=task("вынести мусор", assignee_id="u-ghost")),
        {"corridor": TASKS}, ("unknown_assignee", "assignee_mismatch"), (),
        id="unknown_assignee",
    ),
    pytest.param(
        "Напомни Пете вынести мусор", {},
        extraction("create_task", task=task("помыть машину", assignee_id="u-petya")),
        {"corridor": TASKS}, ("title_not_grounded",), (), id="title_not_grounded",
    ),
    pytest.param(
        "Напомни Пете вынести мусор", {},
        extraction("create_task", task=task("вынести мусор", assignee_id="u-masha")),
        {"corridor": TASKS}, ("assignee_mismatch",), (), id="assignee_mismatch",
    ),
    pytest.param(
        "Напомни Пете вынести мусор", {},
        extraction("create_task", task=task("вынести мусор", assignee_id="u-petya", due="2026-03-20")),
        {"corridor": TASKS}, ("due_differs",), (), id="a_due_the_rules_did_not_read",
    ),
    pytest.param(
        "Напомни Пете завтра вынести мусор", {},
        extraction("create_task", task=task("вынести мусор", assignee_id="u-petya")),
        {"corridor": TASKS}, ("due_differs",), (), id="due_left_out",
    ),
    pytest.param(
        "купи молоко", {}, extraction(items=["молоко"], confidence=0.79), {},
        ("low_confidence",), (), id="low_confidence",
    ),
    pytest.param(
        "купи молоко", {"capabilities": NO_EXECUTION}, extraction(items=["молоко"]), {},
        ("not_executable",), ("outcome_changed",), id="not_executable",
    ),
    pytest.param(
        "купи молоко и хлеб", {}, extraction(items=["водка"], confidence=0.1), {},
        ("item_not_grounded", "items_dropped", "items_added", "low_confidence"), (),
        id="several_at_once",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "command", "answer", "options", "reasons", "risks"), REFUSED)
def test_a_candidate_failing_a_rule_is_refused_with_its_reason(
    build: Build,
    llm: ScriptedLLM,
    *,
    text: str,
    command: dict[str, Any],
    answer: dict[str, Any],
    options: dict[str, Any],
    reasons: tuple[str, ...],
    risks: tuple[str, ...],
) -> None:
    llm.script = answer
    policy, logs = build(partial_trust=trust(**options))
    document = make_command(text, **command)

    decision = policy.decide(document)

    assert decision == rules_decision(document)
    risk = only(logs, LogType.PARTIAL_TRUST_RISK)
    assert (risk["sampled"], risk["accepted"]) == (True, False)
    assert tuple(risk["reason_codes"]) == reasons
    assert tuple(risk["risk_flags"]) == risks
    assert risk["confidence"] == answer["confidence"]
    assert risk["error.type"] is None
    fallback = only(logs, LogType.FALLBACK_METRICS)
    assert fallback["mode"] == "partial_trust"
    assert fallback["llm_outcome"] == "rejected"
    assert fallback["fallback_reason"] == reasons[0]
    assert fallback["deterministic_used"] is True
    assert (
        fallback["gen_ai.client.operation.duration"] == risk["gen_ai.client.operation.duration"] > 0
    )
    assert llm.count == 1
    valid_records(logs)


ACCEPTED = [
    pytest.param(
        "купи молоко", {}, extraction(items=["молоко"]), {}, (), id="the_same_reading",
    ),
    pytest.param(
        "купи 2 литра молока", {}, extraction(items=[item("молоко", 2, "l")]), {}, (),
        id="inflected_name",
    ),
    pytest.param(
        "купи 2 литра молока", {}, extraction(items=[item("молоко", 2.0, "l")]), {}, (),
        id="the_same_quantity_as_a_float",
    ),
    pytest.param(
        "buy Milk", {}, extraction(items=["milk"]), {}, (), id="a_name_in_another_case",
    ),
    pytest.param(
        "купи молоко", {"capabilities": ["propose_add_shopping_item", "reject"]},
        extraction(items=["молоко"]), {}, (), id="a_proposal_is_an_execution",
    ),
    pytest.param(
        "Напомни Пете вынести мусор", {},
        extraction("create_task", task=task("вынести мусор", assignee_id="u-petya")),
        {"corridor": TASKS}, (), id="create_task_in_the_corridor",
    ),
    pytest.param(
        "купи молоко", {}, extraction(items=["молоко"], confidence=0.8), {}, (),
        id="confidence_at_the_threshold",
    ),
    pytest.param(
        # A household with no lists: items go without a list_id (SPEC §4.1), as the rules'.
        "купи молоко", {"lists": None, "defaults": None}, extraction(items=["молоко"]), {}, (),
        id="a_household_without_lists",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "command", "answer", "options", "risks"), ACCEPTED)
def test_a_candidate_passing_every_rule_replaces_the_rules_decision(
    build: Build,
    llm: ScriptedLLM,
    *,
    text: str,
    command: dict[str, Any],
    answer: dict[str, Any],
    options: dict[str, Any],
    risks: tuple[str, ...],
) -> None:
    llm.script = answer
    policy, logs = build(partial_trust=trust(**options))
    document = make_command(text, **command)

    decision = policy.decide(document)

    assert policy.llm is not None
    assert decision.decision_version == policy.llm.version
    assert decision.decision_version.startswith("llm/")
    assert decision.decision_outcome == "execute"
    assert_schema_valid(decision)
    risk = only(logs, LogType.PARTIAL_TRUST_RISK)
    assert (risk["sampled"], risk["accepted"], risk["reason_codes"]) == (True, True, [])
    assert tuple(risk["risk_flags"]) == risks
    fallback = only(logs, LogType.FALLBACK_METRICS)
    assert (fallback["llm_outcome"], fallback["deterministic_used"]) == ("ok", False)
    assert fallback["fallback_reason"] is None
    latency = only(logs, LogType.PIPELINE_LATENCY)
    assert (latency["mode"], latency["llm_enabled"]) == ("partial_trust", True)
    assert latency["decision_version"] == decision.decision_version
    assert "llm" in latency["stages_s"]
    audit = only(logs, LogType.DECISION)
    assert audit["decision_id"] == decision.decision_id
    assert audit["decision_version"] == decision.decision_version
    valid_records(logs)


def test_a_quantity_only_the_model_read_never_reaches_the_decision(
    build: Build, llm: ScriptedLLM
) -> None:
    """Confident as the model may be, three litres the text never says stay out."""
    llm.script = extraction(items=[item("молоко", 3, "l")], confidence=1.0)
    policy, _ = build(partial_trust=trust())
    decision = policy.decide(make_command("купи молоко"))
    (action,) = decision.to_json_dict()["payload"]["proposed_actions"]
    assert action["payload"]["item"] == {"name": "молоко", "list_id": "l-groceries"}
    assert decision == rules_decision(make_command("купи молоко"))


def test_the_confidence_threshold_comes_from_the_environment(
    build: Build, llm: ScriptedLLM
) -> None:
    llm.script = extraction(items=["молоко"], confidence=0.85)
    environ = {
        "LLM_POLICY_ENABLED": "true",
        "LLM_PARTIAL_TRUST_ENABLED": "true",
        "LLM_PARTIAL_TRUST_SAMPLE_RATE": "1",
    }
    strict = LLMSettings.from_env({**environ, "LLM_PARTIAL_TRUST_MIN_CONFIDENCE": "0.9"})
    lenient = LLMSettings.from_env({**environ, "LLM_PARTIAL_TRUST_MIN_CONFIDENCE": "0.85"})

    refused, refused_logs = build(settings=strict)
    accepted, _ = build(settings=lenient)

    assert refused.decide(make_command("купи молоко")).decision_version.startswith("deterministic")
    assert only(refused_logs, LogType.PARTIAL_TRUST_RISK)["reason_codes"] == ["low_confidence"]
    assert accepted.decide(make_command("купи молоко")).decision_version.startswith("llm/")


def test_the_corridor_takes_create_task_from_the_environment(
    build: Build, llm: ScriptedLLM
) -> None:
    llm.script = extraction("create_task", task=task("вынести мусор", assignee_id="u-petya"))
    settings = LLMSettings.from_env(
        {
            "LLM_POLICY_ENABLED": "true",
            "LLM_PARTIAL_TRUST_ENABLED": "true",
            "LLM_PARTIAL_TRUST_SAMPLE_RATE": "1",
            "LLM_PARTIAL_TRUST_CORRIDOR": "add_shopping_item, create_task",
        }
    )
    policy, logs = build(settings=settings)
    decision = policy.decide(make_command("Напомни Пете вынести мусор"))
    assert decision.decision_version.startswith("llm/")
    assert only(logs, LogType.PARTIAL_TRUST_RISK)["corridor"] == "create_task"


# -- who is a candidate -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "corridor"),
    [
        ("Напомни Пете вынести мусор", {"add_shopping_item"}),  # the default corridor
        ("купи молоко", {"create_task"}),
        ("купи молоко и вынеси мусор", BOTH),  # mixed is no corridor intent
        ("какая погода завтра", BOTH),  # unknown
        ("переведи Пете 500 рублей", BOTH),  # the rules' corridor rejects
        ("включи свет на кухне", BOTH),
        ("удали все задачи", BOTH),
        ("купи молоко " * 100, BOTH),  # over the length limit
    ],
)
def test_a_command_outside_the_corridor_is_no_candidate(
    build: Build, llm: ScriptedLLM, text: str, corridor: set[str]
) -> None:
    llm.script = extraction(items=["молоко"])
    policy, logs = build(partial_trust=trust(corridor=frozenset(corridor)))
    document = make_command(text)

    assert policy.decide(document) == rules_decision(document)
    assert llm.count == 0
    assert logs.records(LogType.PARTIAL_TRUST_RISK) == []
    fallback = only(logs, LogType.FALLBACK_METRICS)
    assert (fallback["mode"], fallback["llm_outcome"]) == ("partial_trust", "skipped")
    assert fallback["deterministic_used"] is True
    valid_records(logs)


def test_a_candidate_outside_the_sample_is_logged_as_not_sampled(
    build: Build, llm: ScriptedLLM
) -> None:
    llm.script = extraction(items=["молоко"])
    policy, logs = build(partial_trust=trust(sample_rate=0.0))
    document = make_command("купи молоко")

    assert policy.decide(document) == rules_decision(document)
    assert llm.count == 0
    risk = only(logs, LogType.PARTIAL_TRUST_RISK)
    assert (risk["sampled"], risk["accepted"], risk["reason_codes"]) == (False, False, [])
    assert (risk["confidence"], risk["gen_ai.client.operation.duration"]) == (None, None)
    fallback = only(logs, LogType.FALLBACK_METRICS)
    assert (fallback["llm_outcome"], fallback["fallback_reason"]) == ("skipped", "not_sampled")
    valid_records(logs)


def test_the_sample_is_the_stable_share_of_candidates(build: Build, llm: ScriptedLLM) -> None:
    llm.script = extraction(items=["молоко"])
    policy, logs = build(partial_trust=trust(sample_rate=0.3))
    for n in range(40):
        policy.decide(make_command("купи молоко", command_id=f"cmd-{n}"))
    sampled = {r["command_id"] for r in logs.records(LogType.PARTIAL_TRUST_RISK) if r["sampled"]}
    assert llm.count == len(sampled)
    assert 4 <= len(sampled) <= 20

    again, again_logs = build(partial_trust=trust(sample_rate=0.3))
    for n in range(40):
        again.decide(make_command("купи молоко", command_id=f"cmd-{n}"))
    records = again_logs.records(LogType.PARTIAL_TRUST_RISK)
    assert {r["command_id"] for r in records if r["sampled"]} == sampled


# -- the model failing ------------------------------------------------------------------

ERRORS = [
    pytest.param(Reply(status=500), "unavailable", "error", 3, id="5xx_after_retries"),
    pytest.param(Reply(status=429), "rate_limited", "error", 3, id="429_after_retries"),
    pytest.param(Reply(status=400), "http_error", "error", 1, id="4xx_not_retried"),
    pytest.param("this is not JSON", "invalid_json", "error", 2, id="invalid_json_twice"),
    pytest.param({"intent": "fly"}, "schema_invalid", "error", 2, id="schema_violation_twice"),
    pytest.param(
        extraction(items=["молоко"], confidence=1.5), "schema_invalid", "error", 2,
        id="confidence_out_of_range",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("reply", "error_type", "outcome", "requests"), ERRORS)
def test_a_failed_call_leaves_the_rules_decision_and_says_why(
    build: Build,
    llm: ScriptedLLM,
    *,
    reply: Reply | str | dict[str, Any],
    error_type: str,
    outcome: str,
    requests: int,
) -> None:
    llm.script = reply
    policy, logs = build(partial_trust=trust())
    document = make_command("купи молоко")

    assert policy.decide(document) == rules_decision(document)

    assert llm.count == requests
    risk = only(logs, LogType.PARTIAL_TRUST_RISK)
    assert (risk["sampled"], risk["accepted"]) == (True, False)
    assert risk["reason_codes"] == [error_type]
    assert risk["error.type"] == error_type
    fallback = only(logs, LogType.FALLBACK_METRICS)
    assert fallback["llm_outcome"] == outcome
    assert fallback["error.type"] == error_type
    assert fallback["fallback_reason"] == error_type
    assert fallback["deterministic_used"] is True
    valid_records(logs)


def test_invalid_json_gets_one_repair_turn(build: Build, llm: ScriptedLLM) -> None:
    llm.script = "not JSON"
    policy, _ = build(partial_trust=trust())
    policy.decide(make_command("купи молоко"))
    first, repair = llm.requests
    assert (first.repair, repair.repair) == (False, True)
    assert first.text == repair.text == "купи молоко"
    assert repair.messages[-2] == {"role": "assistant", "content": "not JSON"}


def test_a_repaired_answer_is_judged_like_any_other(build: Build, llm: ScriptedLLM) -> None:
    llm.script = lambda request: extraction(items=["молоко"]) if request.repair else "oops"
    policy, logs = build(partial_trust=trust())
    assert policy.decide(make_command("купи молоко")).decision_version.startswith("llm/")
    assert llm.count == 2
    assert only(logs, LogType.PARTIAL_TRUST_RISK)["accepted"] is True


def test_the_shipped_policy_file_repairs_then_escalates(build: Build, llm: ScriptedLLM) -> None:
    """fast, its repair, careful, its repair: four answers before invalid_json stands."""
    llm.script = "still not JSON"
    policy, logs = build(partial_trust=trust(), shipped_policy=True)
    document = make_command("купи молоко")
    assert policy.decide(document) == rules_decision(document)
    assert llm.count == 4
    assert [r.repair for r in llm.requests] == [False, True, False, True]
    assert only(logs, LogType.PARTIAL_TRUST_RISK)["reason_codes"] == ["invalid_json"]


def test_the_budget_ends_a_slow_call(build: Build, llm: ScriptedLLM) -> None:
    llm.script = Reply(content=extraction(items=["молоко"]), delay_s=3.0)
    policy, logs = build(partial_trust=trust(budget_ms=300))
    document = make_command("купи молоко")
    policy.decide(make_command("купи хлеб", command_id="warm-up"))  # imports, connection

    started = time.perf_counter()
    decision = policy.decide(document)
    elapsed = time.perf_counter() - started

    assert elapsed < 0.3 + 0.25
    assert decision == rules_decision(document)
    # The call was cancelled, not left running: the server sees its client hang up.
    assert llm.wait_for(lambda: llm.disconnects == 2, timeout_s=2.0)
    records = [r for r in logs.records(LogType.PARTIAL_TRUST_RISK) if r["command_id"] == "cmd-1"]
    assert [r["reason_codes"] for r in records] == [["timeout"]]
    assert records[0]["error.type"] == "timeout"
    fallback = [r for r in logs.records(LogType.FALLBACK_METRICS) if r["command_id"] == "cmd-1"]
    assert [(f["llm_outcome"], f["error.type"]) for f in fallback] == [("timeout", "timeout")]
    valid_records(logs)


# -- what the records may hold ----------------------------------------------------------

MARKER = "кумкват"


@pytest.mark.parametrize(
    "answer",
    [
        pytest.param(extraction(items=[MARKER]), id="accepted"),
        pytest.param(extraction(items=[MARKER, "водка"]), id="refused"),
        pytest.param("not JSON " + MARKER, id="failed"),
    ],
)
def test_no_record_holds_user_text_or_item_names(
    build: Build, llm: ScriptedLLM, answer: dict[str, Any] | str
) -> None:
    llm.script = answer
    policy, logs = build(partial_trust=trust())
    policy.decide(make_command(f"купи {MARKER}"))
    assert logs.records(LogType.PARTIAL_TRUST_RISK)
    written = b"".join(logs.lines()).decode()
    text = json.dumps(valid_records(logs), ensure_ascii=False)
    for found in (written, text):
        assert MARKER not in found
        assert "водка" not in found
        assert API_KEY not in found


def test_log_user_text_lets_the_text_and_item_names_in(build: Build, llm: ScriptedLLM) -> None:
    llm.script = extraction(items=[MARKER])
    policy, logs = build(partial_trust=trust(), logs=make_logs(log_user_text=True))
    policy.decide(make_command(f"купи {MARKER}"))
    risk = only(logs, LogType.PARTIAL_TRUST_RISK)
    assert risk["user_text"] == f"купи {MARKER}"
    assert risk["item_names"] == [MARKER]
    assert API_KEY not in b"".join(logs.lines()).decode()


def test_the_prompt_carries_the_text_as_data(build: Build, llm: ScriptedLLM) -> None:
    llm.script = by_text({"купи молоко": extraction(items=["молоко"])})
    policy, _ = build(partial_trust=trust())
    policy.decide(make_command("купи молоко"))
    (request,) = llm.requests
    assert request.messages[-1] == {"role": "user", "content": '{"text": "купи молоко"}'}
    assert request.body["response_format"]["type"] == "json_object"


# -- judge_candidate on its own ---------------------------------------------------------


def _candidate(
    dto: CommandDTO, *items: str, confidence: float = 0.9
) -> tuple[Explanation, LLMRead]:
    """An explanation (and the reading it came from) with ``items`` to add to a list."""
    draft = Draft("add_shopping_item", items=tuple(ItemDraft(name) for name in items))
    answer = cast("Answer", None)  # judge_candidate reads the reading only
    return model_explanation(dto, draft), LLMRead(LLMReading(draft, confidence), answer, 1.0)


@pytest.mark.parametrize(
    ("rules_items", "reasons"),
    [
        # An item the rules read into the text (not one of its words) may be left out...
        (("молоко", "сгущёнка"), ()),
        # ...one the text names may not.
        (("молоко", "купи"), ("items_dropped",)),
        # The same item twice, once inflected: the model's one item covers both.
        (("молоко", "молока"), ()),
    ],
)
def test_fewer_items_than_the_rules_only_when_the_missing_ones_are_not_grounded(
    rules_items: tuple[str, ...], reasons: tuple[str, ...]
) -> None:
    dto = parse_command(make_command("купи молоко"))
    deterministic, _ = _candidate(dto, *rules_items)
    llm, read = _candidate(dto, "молоко")
    verdict = judge_candidate(RULES, dto, deterministic, read, llm, settings=trust())
    assert verdict.reasons == reasons
    assert verdict.accepted is (not reasons)


def test_the_verdict_lists_each_reason_and_risk_once() -> None:
    dto = parse_command(make_command("купи молоко"))
    deterministic, _ = _candidate(dto, "молоко")
    llm, read = _candidate(dto, "водка", "пиво", "молока", confidence=0.2)
    verdict = judge_candidate(RULES, dto, deterministic, read, llm, settings=trust())
    assert verdict.reasons == (
        "item_not_grounded",
        "items_added",
        "name_differs",
        "low_confidence",
    )
    assert verdict.risks == ()


@pytest.mark.parametrize(
    ("text", "chosen", "reasons"),
    [
        # The rules asked which list: one the text names answers that, another does not.
        ("купи молоко в costco", "l-costco", ()),
        ("купи молоко в costco", "l-groceries", ("list_not_grounded",)),
    ],
)
def test_a_list_the_rules_left_open_is_accepted_only_when_the_text_names_it(
    text: str, chosen: str, reasons: tuple[str, ...]
) -> None:
    dto = parse_command(make_command(text, defaults=None))
    deterministic = model_explanation(dto, Draft("add_shopping_item", items=(ItemDraft("молоко"),)))
    assert "item.list_id" in deterministic.extraction.missing
    draft = Draft("add_shopping_item", items=(ItemDraft("молоко"),), list_id=chosen)
    read = LLMRead(LLMReading(draft, 0.9), cast("Answer", None), 1.0)
    verdict = judge_candidate(
        RULES, dto, deterministic, read, model_explanation(dto, draft), settings=trust()
    )
    assert verdict.reasons == reasons
