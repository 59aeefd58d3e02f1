"""evaluation_policies, the hook policy-eval calls: nothing while switched off, the policies
``llm``, ``assist`` and ``partial_trust`` when on, a PolicyError when misconfigured; run by
policy-eval's own runner."""

from __future__ import annotations

import gc
import socket
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

import pytest
from scripted_llm import (
    API_KEY,
    Answer,
    Received,
    Reply,
    ScriptedLLM,
    env_for,
    extraction,
    policy_file,
    task,
)

from policy_core import (
    CommandDTO,
    PolicyError,
    compile_validator,
    parse_command,
    parse_date_time,
)
from policy_core.testing import make_command
from policy_llm import LLMMisconfiguredError, evaluation_policies
from policy_llm._evaluation import EvaluatedHybridPolicy, EvaluatedLLMPolicy

Offered = Sequence[EvaluatedLLMPolicy | EvaluatedHybridPolicy]


def enabled_env(tmp_path: Path, llm: ScriptedLLM, **options: Any) -> dict[str, str]:
    path = policy_file(tmp_path, llm.url, timeout_s=2.0, **options)
    return {"LLM_POLICY_ENABLED": "true", "LLM_POLICY_FILE": str(path)}


def only(policies: Offered) -> EvaluatedLLMPolicy:
    """The ``llm`` policy of the three offered."""
    assert [policy.name for policy in policies] == ["llm", "assist", "partial_trust"]
    first = policies[0]
    assert isinstance(first, EvaluatedLLMPolicy)
    return first


def close(policies: Offered) -> None:
    for policy in policies:
        if isinstance(policy, EvaluatedLLMPolicy):
            policy.policy.runtime.close()


def command(text: str, command_id: str = "cmd-1") -> CommandDTO:
    return parse_command(make_command(text, command_id=command_id))


SHOP = extraction(
    intent="add_shopping_item", items=[{"name": "молоко", "quantity": 2, "unit": "l"}]
)


def test_switched_off_it_offers_nothing_and_builds_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def refuse(*args: Any, **kwargs: Any) -> NoReturn:
        raise AssertionError("a connection was attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    before = set(threading.enumerate())
    assert evaluation_policies({}) == ()
    assert (
        evaluation_policies(
            {
                "LLM_POLICY_ENABLED": "false",
                "LLM_POLICY_FILE": "/nonexistent.toml",
                "LLM_API_KEY": "changeme",
            }
        )
        == ()
    )
    assert set(threading.enumerate()) == before


def test_switched_on_it_offers_llm_assist_and_partial_trust(
    tmp_path: Path, llm: ScriptedLLM
) -> None:
    policies = evaluation_policies(enabled_env(tmp_path, llm))
    try:
        policy = only(policies)
        assert policy.name == "llm"
        assert policy.concurrent is True
        assert all(p.noisy is True for p in policies)  # the gate weighs their intervals
        assert policy.version.startswith("llm/")
        assert policy.version == policy.policy.version
        # every repair and escalation fits: (fast 2 s + careful 2 s) x (1 + 1 repair)
        assert policy.budget_s == pytest.approx(8.0)
        for hybrid in policies[1:]:
            assert isinstance(hybrid, EvaluatedHybridPolicy)
            assert hybrid.concurrent is True
            assert hybrid.hybrid.runtime is policy.policy.runtime  # one endpoint, one cache
            assert hybrid.version.endswith(f"+{hybrid.name}:{policy.version}")
        assist, trust = (
            p.hybrid.llm_settings for p in policies if isinstance(p, EvaluatedHybridPolicy)
        )
        assert (assist.assist.enabled, assist.partial_trust.enabled) == (True, False)
        assert (trust.assist.enabled, trust.partial_trust.enabled) == (False, True)
        assert not assist.shadow.enabled
        assert not trust.shadow.enabled
        assert assist.assist.sample_rate == trust.partial_trust.sample_rate == 1.0
        assert trust.partial_trust.budget_ms == 8000
    finally:
        close(policies)
    assert llm.count == 0  # offering a policy calls nothing


def test_decisions_are_reproducible(tmp_path: Path, llm: ScriptedLLM) -> None:
    llm.script = SHOP
    policies = evaluation_policies(enabled_env(tmp_path, llm))
    try:
        policy = only(policies)
        first = policy.decide(command("купи 2 литра молока")).decision
        second = policy.decide(command("купи 2 литра молока")).decision
    finally:
        close(policies)
    assert first == second  # ids from command_id, created_at from the command's timestamp
    assert parse_date_time(first.created_at) == parse_date_time(make_command()["timestamp"])


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"LLM_API_KEY": "changeme"}, "endpoint.api_key"),
        ({"LLM_API_KEY": "<your-key>"}, "endpoint.api_key"),
        ({"LLM_BASE_URL": ""}, "endpoint.base_url"),
        ({"LLM_SHADOW_SAMPLE_RATE": "abc"}, "LLM_SHADOW_SAMPLE_RATE"),
        ({"LLM_POLICY_FILE": "/nonexistent/policy.toml"}, "policy_file"),
    ],
)
def test_misconfigured_it_raises_a_policy_error(overrides: dict[str, str], field: str) -> None:
    env = env_for("http://127.0.0.1:9/v1", **overrides)
    with pytest.raises(PolicyError) as caught:
        evaluation_policies(env)
    assert isinstance(caught.value, LLMMisconfiguredError)
    assert caught.value.field == field


def test_the_runtime_closes_when_the_policy_is_dropped(tmp_path: Path, llm: ScriptedLLM) -> None:
    before = set(threading.enumerate())
    policies = evaluation_policies(enabled_env(tmp_path, llm))
    started = set(threading.enumerate()) - before
    assert {thread.name for thread in started} == {"policy-llm"}
    del policies
    gc.collect()
    for thread in started:
        thread.join(timeout=5.0)
        assert not thread.is_alive()


@pytest.mark.parametrize("kept", ["assist", "partial_trust"])
def test_a_mode_kept_alone_still_asks_the_model(
    tmp_path: Path, llm: ScriptedLLM, kept: str
) -> None:
    """policy-eval keeps only the policies asked for (``--policy deterministic,assist``): the
    runtime the three share stays open while any of them lives."""
    llm.script = extraction(items=["молоко"])
    policies = evaluation_policies(enabled_env(tmp_path, llm))
    (mode,) = [policy for policy in policies if policy.name == kept]
    del policies
    gc.collect()

    decided = mode.decide(command("купи что-нибудь к молоку"))

    assert llm.count == 1
    version = decided.decision.decision_version
    # assist filled the item; partial trust refused an item the rules did not find
    assert ("+assist:" in version) if kept == "assist" else version.startswith("deterministic/")


# --- with policy-eval ------------------------------------------------------------------------


def golden_case(case_id: str, text: str, intent: str, outcome: str, action: str) -> Any:
    cases = pytest.importorskip("policy_eval._cases")
    return cases.GoldenCase(
        id=case_id,
        lang="ru",
        difficulty="easy",
        tags=("llm-hook",),
        notes="",
        command=command(text, command_id=case_id),
        expected=cases.Expectation(intent=intent, outcome=outcome, action=action),
        source="golden/cases/hook.jsonl",
        line=1,
    )


def answer_for(request: Received) -> Answer:
    """The model's answer by the command's text, whatever order the runner's threads ask in."""
    text = request.text or ""
    if "молока" in text:
        return SHOP
    if "мусор" in text:
        return extraction("create_task", task=task("Вынести мусор", assignee_id="u-petya"))
    if "погода" in text:
        return "Погода сегодня отличная!"  # never JSON, whatever the repair says
    return Reply(status=500, content="overloaded")


def test_policy_eval_runs_it_and_counts_errors_by_type(tmp_path: Path, llm: ScriptedLLM) -> None:
    policy_eval = pytest.importorskip("policy_eval")
    llm.script = answer_for
    dataset = policy_eval.Dataset(
        root="golden",
        cases=(
            golden_case(
                "c-shop", "Купи 2 литра молока", "add_shopping_item", "execute", "start_job"
            ),
            golden_case(
                "c-task", "Напомни Пете вынести мусор", "create_task", "execute", "start_job"
            ),
            golden_case("c-pay", "оплати счёт", "unsupported", "reject", "reject"),
            golden_case("c-weather", "какая погода завтра", "unknown", "clarify", "clarify"),
            golden_case("c-down", "купи хлеб", "add_shopping_item", "execute", "start_job"),
        ),
        files=("golden/cases/hook.jsonl",),
        digest="sha256:" + "0" * 64,
    )
    env = enabled_env(tmp_path, llm)
    discovered = policy_eval.discover_policies(env)
    names = [policy.name for policy in discovered]
    assert names == ["deterministic", "llm", "assist", "partial_trust"]
    assert all(isinstance(policy, policy_eval.Policy) for policy in discovered)
    policies = policy_eval.select_policies(discovered, ["llm"])
    try:
        evaluation = policy_eval.evaluate(dataset, policies, concurrency=4)
    finally:
        close(discovered[1:])
    texts = set(llm.texts())
    rules, llm = evaluation.results
    assert llm.name == "llm"
    assert llm.version.startswith("llm/")
    assert rules.errors_by_type == {}
    assert llm.errors_by_type == {"invalid_json": 1, "unavailable": 1}
    by_case = {check.run.case.id: check.run for check in llm.checks}
    assert by_case["c-shop"].decision is not None
    assert by_case["c-shop"].decision.decision_version.startswith("llm/")
    assert by_case["c-task"].decision is not None
    assert by_case["c-pay"].decision is not None
    assert by_case["c-weather"].error_type == "invalid_json"
    assert by_case["c-down"].error_type == "unavailable"
    assert "оплати счёт" not in texts  # the rules' reject never reached the model
    report = policy_eval.build_report(evaluation)
    compile_validator(policy_eval.eval_schema("report")).validate(report)
    assert report["policies"][1]["errors_by_type"] == {"invalid_json": 1, "unavailable": 1}


def test_policy_eval_stops_on_a_misconfigured_hook() -> None:
    policy_eval = pytest.importorskip("policy_eval")
    env = env_for("http://127.0.0.1:9/v1", LLM_API_KEY="changeme")
    with pytest.raises(policy_eval.PolicyDiscoveryError, match="placeholder"):
        policy_eval.discover_policies(env)


def test_the_response_cache_answers_a_repeated_request(tmp_path: Path, llm: ScriptedLLM) -> None:
    policy_eval = pytest.importorskip("policy_eval")
    llm.script = SHOP
    cache = policy_eval.ResponseCache(tmp_path / "cache")
    env = enabled_env(tmp_path, llm)
    policies = evaluation_policies(env, cache=cache)
    try:
        first = only(policies).decide(command("купи 2 литра молока"))
        second = only(policies).decide(command("купи 2 литра молока"))
    finally:
        close(policies)
    assert llm.count == 1
    assert cache.stats.hits == 1
    assert cache.stats.writes == 1
    assert first.decision == second.decision
    # a later run (a new runtime) over the same cache directory calls nothing either
    again = evaluation_policies(env, cache=policy_eval.ResponseCache(tmp_path / "cache"))
    try:
        third = only(again).decide(command("купи 2 литра молока"))
    finally:
        close(again)
    assert llm.count == 1
    assert third.decision == first.decision
    stored = "\n".join(p.read_text() for p in (tmp_path / "cache").rglob("*.json"))
    assert "chat.completion" in stored
    assert API_KEY not in stored


def test_a_failed_call_is_not_cached(tmp_path: Path, llm: ScriptedLLM) -> None:
    policy_eval = pytest.importorskip("policy_eval")
    llm.script = Reply(status=500, content="down")
    cache = policy_eval.ResponseCache(tmp_path / "cache")
    policies = evaluation_policies(enabled_env(tmp_path, llm), cache=cache)
    try:
        with pytest.raises(PolicyError):
            only(policies).decide(command("купи молоко"))
        llm.script = SHOP
        only(policies).decide(command("купи молоко"))
    finally:
        close(policies)
    assert cache.stats.hits == 0
    assert llm.count == 3  # two failed attempts, then one that succeeded


def test_assist_and_partial_trust_share_one_reading_through_the_cache(
    tmp_path: Path, llm: ScriptedLLM
) -> None:
    policy_eval = pytest.importorskip("policy_eval")
    llm.script = answer_for
    dataset = policy_eval.Dataset(
        root="golden",
        cases=(
            golden_case(
                "c-shop", "Купи 2 литра молока", "add_shopping_item", "execute", "start_job"
            ),
            golden_case("c-chore", "Напомни вынести мусор", "create_task", "execute", "start_job"),
        ),
        files=("golden/cases/hook.jsonl",),
        digest="sha256:" + "1" * 64,
    )
    cache = policy_eval.ResponseCache(tmp_path / "cache")
    env = {**enabled_env(tmp_path, llm), "LLM_PARTIAL_TRUST_CORRIDOR": "add_shopping_item"}
    policies = policy_eval.discover_policies(env, cache=cache)
    try:
        evaluation = policy_eval.evaluate(dataset, policies, concurrency=1)
    finally:
        close(policies[1:])
    # one reading per command that any of the three sends, whoever asks first
    assert sorted(llm.texts()) == ["Купи 2 литра молока", "Напомни вынести мусор"]
    assert cache.stats.hits >= 2
    results = {result.name: result for result in evaluation.results}
    assert set(results) == {"deterministic", "llm", "assist", "partial_trust"}
    rules = {check.run.case.id: check.run.decision for check in results["deterministic"].checks}
    trusted = {check.run.case.id: check.run.decision for check in results["partial_trust"].checks}
    assisted = {check.run.case.id: check.run.decision for check in results["assist"].checks}
    # the shopping candidate passed every acceptance rule: the model's decision, its version
    assert trusted["c-shop"] is not None
    assert trusted["c-shop"].decision_version == results["llm"].version
    # the chore is outside the corridor: the rules' decision, ids and clock as the reference's
    assert trusted["c-chore"] == rules["c-chore"]
    # assist: the model offered no assignee or due the text grounds, so nothing changed
    assert assisted["c-chore"] == rules["c-chore"]
    changes = pytest.importorskip("policy_eval._changes").changes(evaluation)
    own = {found.policy: found.own for found in changes}
    assert own == {"llm": 2, "assist": 0, "partial_trust": 1}
