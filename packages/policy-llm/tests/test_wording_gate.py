"""policy-core's evidence gate (``min_action_evidence``) in the hybrid: the rules' own reading
is weighed there as in ``decide``, and so is an assist hint added to it; the setting is put
just above or below the command's own score, so the tests hold whatever the shipped model."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hybrid_harness import RULES
from scripted_llm import ScriptedLLM, extraction, task

from policy_core import PolicySettings, decide
from policy_core._evidence import SHIPPED_EVIDENCE
from policy_core.testing import FixedClock, make_command
from policy_llm import AssistSettings, HybridPolicy, LLMSettings
from policy_observability import LogHub, LogType, ObservabilitySettings

DUE = "2026-03-08T10:00:00+03:00"


def _decided(
    llm: ScriptedLLM, text: str, shift: float, *, assist: bool, hub: LogHub | None = None
) -> dict[str, Any]:
    """The hybrid's decision on ``text`` with ``min_action_evidence`` put ``shift`` away from
    the text's own score."""
    settings = LLMSettings(
        enabled=assist, policy_file=llm.policy_file, assist=AssistSettings(enabled=assist)
    )
    evidence = min(1.0, max(0.0, SHIPPED_EVIDENCE.probability(text) + shift))
    rules = PolicySettings(
        deterministic_ids=True, clock=FixedClock(), min_action_evidence=evidence, log_hub=hub
    )
    policy = HybridPolicy(settings, rules, rules=RULES, environ=llm.environ())
    try:
        return policy.decide(make_command(text)).to_json_dict()
    finally:
        policy.close()


@pytest.mark.parametrize(("shift", "action"), [(-0.01, "start_job"), (0.01, "clarify")])
def test_the_rules_reading_in_the_hybrid_is_weighed(
    llm: ScriptedLLM, shift: float, action: str
) -> None:
    decision = _decided(llm, "Напомни Пете завтра вынести мусор", shift, assist=False)
    assert decision["action"] == action
    if action == "clarify":
        assert decision["payload"]["missing_fields"] == ["intent"]


@pytest.mark.parametrize(("shift", "action"), [(-0.01, "start_job"), (0.01, "clarify")])
def test_a_hint_added_to_the_rules_reading_is_weighed_as_the_rules_own(
    llm: ScriptedLLM, shift: float, action: str
) -> None:
    # the rules leave the due open; the model offers one
    llm.script = extraction("create_task", task=task("помыть посуду", due=DUE))
    decision = _decided(llm, "помой посуду на неделе", shift, assist=True)
    assert decision["action"] == action
    if action == "start_job":
        (proposed,) = decision["payload"]["proposed_actions"]
        assert proposed["payload"]["task"]["due"] == DUE  # the hint was taken


@pytest.mark.parametrize("assist", [False, True])
@pytest.mark.parametrize(("shift", "held_back"), [(-0.01, None), (0.01, "evidence")])
def test_the_hybrid_decision_record_says_when_the_gate_held_back(
    llm: ScriptedLLM, tmp_path: Path, assist: bool, shift: float, held_back: str | None
) -> None:
    if assist:  # the rules leave the due open; the model offers one
        llm.script = extraction("create_task", task=task("помыть посуду", due=DUE))
    text = "помой посуду на неделе" if assist else "Напомни Пете завтра вынести мусор"
    logs = ObservabilitySettings(enabled=frozenset({LogType.DECISION}), log_dir=tmp_path)
    with LogHub(logs) as hub:
        decision = _decided(llm, text, shift, assist=assist, hub=hub)
    (line,) = (tmp_path / "decision.jsonl").read_text("utf-8").splitlines()
    record = json.loads(line)
    assert record["trace_id"] == decision["trace_id"]
    assert record["held_back"] == held_back
    assert (decision["action"] == "clarify") == (held_back is not None)


@pytest.mark.parametrize("text", ["nado kupit sol i perets", "ne zabud kupit kofe i sliwki"])
def test_a_translit_command_is_weighed_in_the_hybrid_as_decide_weighs_it(
    llm: ScriptedLLM, text: str
) -> None:
    """Russian typed in Latin letters is weighed as the rules read it ("надо купить соль и
    перец"), not as typed: the hybrid's decision is ``decide``'s."""
    rules = PolicySettings(deterministic_ids=True, clock=FixedClock())
    alone = decide(make_command(text), rules, policy=RULES).to_json_dict()
    policy = HybridPolicy(
        LLMSettings(enabled=False, policy_file=llm.policy_file), rules, rules=RULES
    )
    try:
        hybrid = policy.decide(make_command(text)).to_json_dict()
    finally:
        policy.close()
    assert alone["action"] == "start_job"
    assert hybrid == alone
