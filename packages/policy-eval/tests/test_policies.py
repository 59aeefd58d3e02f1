"""The Policy seam: discovery through the policy-llm hook, error capture, bounded concurrency.

The policies here are test doubles of the seam (what a future policy-llm will hand over),
installed as a fake ``policy_llm`` module; nothing here talks to a network.
"""

from __future__ import annotations

import asyncio
import json
import sys
import threading
import time
import types
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from policy_core import CommandDTO, DecisionDTO, SettingsError
from policy_eval import (
    AsyncPolicy,
    DeterministicPolicy,
    Policy,
    PolicyDiscoveryError,
    ResponseCache,
    SpecError,
    discover_policies,
    evaluate,
    load_golden,
    rules_variant,
    run_policy,
    select_policies,
)
from policy_eval._cli import EXIT_OK, main


class LLMTimeoutError(Exception):
    error_type = "timeout"


@dataclass
class InFlight:
    """Counts calls in progress and remembers the most seen at once."""

    now: int = 0
    peak: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def enter(self) -> None:
        with self.lock:
            self.now += 1
            self.peak = max(self.peak, self.now)

    def leave(self) -> None:
        with self.lock:
            self.now -= 1


@dataclass
class SlowThreadedPolicy:
    answer: Any
    flight: InFlight = field(default_factory=InFlight)
    name: str = "threaded"
    version: str = "1"
    concurrent: bool = True

    def decide(self, command: CommandDTO) -> DecisionDTO:
        self.flight.enter()
        try:
            time.sleep(0.02)
            return self.answer(command)  # type: ignore[no-any-return]
        finally:
            self.flight.leave()


@dataclass
class SlowAsyncPolicy:
    answer: Any
    flight: InFlight = field(default_factory=InFlight)
    name: str = "async-llm"
    version: str = "1"

    async def decide_async(self, command: CommandDTO) -> DecisionDTO:
        self.flight.enter()
        try:
            await asyncio.sleep(0.02)
            if command.command_id == "ru-blank":
                raise LLMTimeoutError("budget exceeded")
            return self.answer(command)  # type: ignore[no-any-return]
        finally:
            self.flight.leave()


def _fake_policy_llm(monkeypatch: pytest.MonkeyPatch, hook: Any) -> types.ModuleType:
    module = types.ModuleType("policy_llm")
    if hook is not None:
        module.evaluation_policies = hook  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "policy_llm", module)
    return module


def test_the_protocols_recognise_the_doubles(kit: Any) -> None:
    assert isinstance(DeterministicPolicy(), Policy)
    assert isinstance(kit.scripted(), Policy)
    assert isinstance(SlowAsyncPolicy(kit.clarify_everything), AsyncPolicy)
    assert not isinstance(SlowAsyncPolicy(kit.clarify_everything), Policy)


def test_without_policy_llm_only_the_deterministic_policy(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "policy_llm", None)
    (only,) = discover_policies({})
    assert isinstance(only, DeterministicPolicy)


def test_a_policy_llm_without_the_hook_adds_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_policy_llm(monkeypatch, None)
    assert [p.name for p in discover_policies({})] == ["deterministic"]


def test_the_hook_gets_the_environment_and_the_cache(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, kit: Any
) -> None:
    seen: list[tuple[Mapping[str, str], ResponseCache | None]] = []
    llm = kit.scripted(name="llm-shadow", fallback=kit.clarify_everything)

    def evaluation_policies(
        environ: Mapping[str, str], *, cache: ResponseCache | None
    ) -> list[Any]:
        seen.append((environ, cache))
        return [llm] if environ.get("LLM_POLICY_ENABLED") == "true" else []

    _fake_policy_llm(monkeypatch, evaluation_policies)
    cache = ResponseCache(tmp_path)
    assert [p.name for p in discover_policies({}, cache=cache)] == ["deterministic"]
    found = discover_policies({"LLM_POLICY_ENABLED": "true"}, cache=cache)
    assert [p.name for p in found] == ["deterministic", "llm-shadow"]
    assert seen[-1] == ({"LLM_POLICY_ENABLED": "true"}, cache)


@pytest.mark.parametrize(
    ("hook", "problem"),
    [
        (lambda env, cache: [object()], "not a Policy"),
        (lambda env, cache: [DeterministicPolicy()], "unique"),
    ],
)
def test_a_bad_hook_result_is_a_discovery_error(
    monkeypatch: pytest.MonkeyPatch, hook: Any, problem: str
) -> None:
    _fake_policy_llm(monkeypatch, lambda env, *, cache: hook(env, cache))
    with pytest.raises(PolicyDiscoveryError, match=problem):
        discover_policies({})


def test_a_misconfigured_llm_stops_discovery(monkeypatch: pytest.MonkeyPatch) -> None:
    def evaluation_policies(environ: Mapping[str, str], *, cache: object) -> list[Any]:
        raise SettingsError("LLM_API_KEY", "a placeholder key is refused")

    _fake_policy_llm(monkeypatch, evaluation_policies)
    with pytest.raises(PolicyDiscoveryError, match="LLM_API_KEY"):
        discover_policies({})


def test_select_keeps_the_reference_first(kit: Any) -> None:
    available = (DeterministicPolicy(), kit.scripted(name="a"), kit.scripted(name="b"))
    assert [p.name for p in select_policies(available, None)] == ["deterministic", "a", "b"]
    assert [p.name for p in select_policies(available, ["b"])] == ["deterministic", "b"]
    assert [p.name for p in select_policies(available, ["deterministic"])] == ["deterministic"]
    with pytest.raises(SpecError, match="available: deterministic, a, b"):
        select_policies(available, ["c"])


def test_errors_are_captured_per_case_with_their_type(tiny_golden: Path, kit: Any) -> None:
    dataset = load_golden(tiny_golden)
    policy = kit.scripted(
        script={"en-weather": LLMTimeoutError("slow"), "ru-blank": ValueError("bad json")},
        fallback=kit.clarify_everything,
    )
    run = run_policy(policy, dataset.cases)
    assert [r.error_type for r in run.runs] == ["timeout", "ValueError", None]
    assert run.runs[1].error == "bad json"
    assert all(r.latency_ms >= 0 for r in run.runs)


def test_a_non_decision_answer_is_an_error(tiny_golden: Path, kit: Any) -> None:
    policy = kit.scripted(fallback=lambda command: {"action": "clarify"})
    run = run_policy(policy, load_golden(tiny_golden).cases)
    assert {r.error_type for r in run.runs} == {"not_a_decision"}


def _many_cases(tmp_path: Path, kit: Any, count: int) -> Any:
    cases = [{**kit.tiny_cases[0], "id": f"case-{n}"} for n in range(count)]
    return load_golden(kit.make_golden(tmp_path, cases)).cases


def test_threaded_policy_runs_concurrently_within_the_bound(tmp_path: Path, kit: Any) -> None:
    cases = _many_cases(tmp_path, kit, 12)
    policy = SlowThreadedPolicy(kit.clarify_everything)
    run = run_policy(policy, cases, concurrency=3)
    assert policy.flight.peak == 3
    assert [r.case.id for r in run.runs] == [case.id for case in cases]
    assert run.wall_seconds < 12 * 0.02  # not serial


def test_async_policy_runs_concurrently_within_the_bound(tmp_path: Path, kit: Any) -> None:
    cases = _many_cases(tmp_path, kit, 12)
    policy = SlowAsyncPolicy(kit.clarify_everything)
    run = run_policy(policy, cases, concurrency=4)
    assert 1 < policy.flight.peak <= 4
    assert all(r.decision is not None for r in run.runs)
    assert run.wall_seconds < 12 * 0.02


def test_concurrency_one_is_serial(tmp_path: Path, kit: Any) -> None:
    policy = SlowThreadedPolicy(kit.clarify_everything)
    run_policy(policy, _many_cases(tmp_path, kit, 4), concurrency=1)
    assert policy.flight.peak == 1


def test_deterministic_runs_reproduce(tiny_golden: Path) -> None:
    dataset = load_golden(tiny_golden)
    first = run_policy(DeterministicPolicy(), dataset.cases)
    second = run_policy(DeterministicPolicy(), dataset.cases)
    documents = [
        [r.decision.to_json_dict() for r in run.runs if r.decision is not None]
        for run in (first, second)
    ]
    assert documents[0] == documents[1]
    assert len(documents[0]) == len(dataset.cases)
    for run in first.runs:
        assert run.decision is not None
        assert run.decision.created_at[:19] == run.case.command.timestamp[:19]


def test_evaluate_with_an_async_llm_double(tiny_golden: Path, kit: Any) -> None:
    policy = SlowAsyncPolicy(kit.clarify_everything)
    evaluation = evaluate(load_golden(tiny_golden), [DeterministicPolicy(), policy])
    llm = evaluation.results[1]
    assert llm.errors_by_type == {"timeout": 1}
    assert llm.metrics["error_rate"] == pytest.approx(1 / 3)


def test_cli_runs_discovered_llm_policies_with_deltas(
    monkeypatch: pytest.MonkeyPatch, tiny_golden: Path, tmp_path: Path, kit: Any
) -> None:
    policy = SlowAsyncPolicy(kit.clarify_everything)
    _fake_policy_llm(monkeypatch, lambda environ, *, cache: [policy])
    reports = tmp_path / "reports"
    argv = ["run", "--golden", str(tiny_golden), "--report-dir", str(reports)]
    assert main([*argv, "--concurrency", "2", "--cache-dir", str(tmp_path / "cache")]) == EXIT_OK
    report = json.loads((reports / "report.json").read_text("utf-8"))
    assert [p["name"] for p in report["policies"]] == ["deterministic", "async-llm"]
    assert report["policies"][1]["delta"] is not None
    assert report["policies"][1]["errors_by_type"] == {"timeout": 1}
    assert report["settings"]["concurrency"] == 2
    assert report["cache"] == {"hits": 0, "misses": 0, "writes": 0, "refused": 0}
    assert policy.flight.peak <= 2
    assert main([*argv, "--policy", "deterministic"]) == EXIT_OK
    report = json.loads((reports / "report.json").read_text("utf-8"))
    assert [p["name"] for p in report["policies"]] == ["deterministic"]


def test_a_rules_variant_sets_thresholds_and_says_them_in_its_name() -> None:
    variant = rules_variant(" min_action_evidence = 0.30 ,min_execute_confidence=.7")
    assert variant.name == "deterministic@min_action_evidence=0.3,min_execute_confidence=0.7"
    assert variant.thresholds == (("min_action_evidence", 0.3), ("min_execute_confidence", 0.7))
    assert DeterministicPolicy().thresholds == ()


@pytest.mark.parametrize(
    ("spec", "problem"),
    [
        ("max_text_length=5", "NAME one of min_action_evidence, min_execute_confidence"),
        ("min_action_evidence", "NAME=VALUE"),
        ("min_action_evidence=high", "expected a number, got 'high'"),
        ("min_action_evidence=1.5", "less than or equal to 1"),
        ("min_execute_confidence=-0.1", "greater than or equal to 0"),
        ("min_execute_confidence=nan", "finite"),
        ("min_action_evidence=0.1,min_action_evidence=0.2", "given twice"),
        ("", "NAME=VALUE"),
        ("min_action_evidence=" + "9" * 5000, "finite"),
    ],
)
def test_a_bad_variant_is_a_spec_error_naming_the_problem(spec: str, problem: str) -> None:
    with pytest.raises(SpecError) as caught:
        rules_variant(spec)
    assert caught.value.option == "--variant"
    assert problem in str(caught.value)
    assert len(str(caught.value)) < 300  # a huge value is not echoed whole


def test_cli_evaluates_rules_variants_beside_the_reference(tmp_path: Path, kit: Any) -> None:
    acting = {"intent": "add_shopping_item", "outcome": "execute", "action": "start_job"}
    cases = [
        {**kit.tiny_cases[0], "id": f"act-{n}", "text": text, "expected": acting}
        for n, text in enumerate(("buy milk", "add eggs and bread to the list"))
    ]
    golden = kit.make_golden(tmp_path / "golden", [*cases, kit.tiny_cases[0]])
    reports = tmp_path / "reports"
    argv = ["run", "--golden", str(golden), "--report-dir", str(reports), "--no-history"]
    strict = "min_execute_confidence=1"
    assert (
        main([*argv, "--policy", "deterministic", "--variant", strict, "--variant", strict])
        == EXIT_OK
    )
    report = json.loads((reports / "report.json").read_text("utf-8"))
    names = [p["name"] for p in report["policies"]]
    assert names == ["deterministic", "deterministic@min_execute_confidence=1"]  # once each
    outcomes = [[r["outcome"] for r in case["results"]] for case in report["cases"]]
    assert any(reference == "execute" for reference, _ in outcomes)
    # no execute is as sure as 1: the variant asks wherever the reference acts
    assert all(variant != "execute" for _, variant in outcomes)
    assert [v for r, v in outcomes if r != "execute"] == [r for r, _ in outcomes if r != "execute"]


def test_cli_refuses_a_bad_variant_with_status_2(
    tiny_golden: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["run", "--golden", str(tiny_golden), "--report-dir", str(tmp_path / "r")]
    assert main([*argv, "--variant", "min_action_evidence=2"]) == 2
    assert "--variant 'min_action_evidence=2'" in capsys.readouterr().err
