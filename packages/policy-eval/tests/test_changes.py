"""Changes against the reference, case by case: fixed, broken, clarifies turned into executes
and the precision of a policy's own decisions."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import policy_core
from policy_core import CommandDTO, Explanation, PolicySettings
from policy_eval import evaluate
from policy_eval._changes import change_lines, changes
from policy_eval._dataset import load_golden
from policy_eval._jsonschema import parse_rfc3339
from policy_eval._policies import DeterministicPolicy

BUY_MILK = {"intent": "add_shopping_item", "outcome": "execute", "action": "start_job"}
CLARIFY = {"intent": "add_shopping_item", "outcome": "clarify", "action": "clarify"}


def case(case_id: str, text: str, expected: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": case_id,
        "lang": "en",
        "difficulty": "easy",
        "tags": ["changes"],
        "text": text,
        "context": "home_en",
        "expected": expected,
    }


@dataclass(frozen=True)
class Rewriter:
    """Decides as the rules would for another text, by case id, under its own version."""

    texts: dict[str, str]
    name: str = "rewriter"
    version: str = "fake/1"
    concurrent: bool = False

    def decide(self, command: CommandDTO) -> Explanation:
        moment = parse_rfc3339(command.timestamp)
        settings = PolicySettings(deterministic_ids=True, clock=lambda: moment)
        text = self.texts.get(command.command_id)
        if text is None:
            return policy_core.explain(command, settings)
        explained = policy_core.explain(command.model_copy(update={"text": text}), settings)
        decision = explained.decision.model_copy(update={"decision_version": self.version})
        return Explanation(decision, explained.extraction)


def test_changes_are_counted_case_by_case(tmp_path: Path, kit: Any) -> None:
    cases = [
        case("c-helped", "buy", BUY_MILK),  # the rules clarify; the expectation wants milk
        case("c-hurt", "buy", CLARIFY),  # the rules' clarify is right
        case("c-same", "buy bread", BUY_MILK),
        case("c-untouched", "buy eggs", BUY_MILK),
    ]
    dataset = load_golden(kit.make_golden(tmp_path / "golden", cases))
    rewriter = Rewriter({"c-helped": "buy milk", "c-hurt": "buy milk", "c-same": "buy bread"})
    evaluation = evaluate(dataset, [DeterministicPolicy(), rewriter], concurrency=1)
    reference = {c.run.case.id: c for c in evaluation.results[0].checks}
    assert reference["c-helped"].actual_outcome == "clarify"
    assert not reference["c-helped"].passed
    assert reference["c-hurt"].passed
    assert reference["c-same"].passed
    (found,) = changes(evaluation)
    assert (found.policy, found.reference, found.compared) == ("rewriter", "deterministic", 4)
    assert (found.fixed, found.broken) == (1, 1)
    assert found.clarified == 2
    assert (found.clarify_to_correct_execute, found.clarify_to_wrong_execute) == (1, 1)
    assert (found.own, found.own_correct) == (3, 2)
    assert found.own_precision is not None
    assert round(found.own_precision, 3) == 0.667
    (line,) = change_lines(evaluation)
    assert "1 -> correct execute, 1 -> wrong execute" in line
    assert "own decisions 3 (precision 66.7%)" in line
    assert "c-" not in line  # counts only, never a case


def test_the_reference_alone_has_no_change_lines(tmp_path: Path, kit: Any) -> None:
    dataset = load_golden(kit.make_golden(tmp_path / "golden", [case("c1", "buy milk", BUY_MILK)]))
    evaluation = evaluate(dataset, [DeterministicPolicy()], concurrency=1)
    assert changes(evaluation) == ()
    assert change_lines(evaluation) == []


def test_a_policy_without_own_decisions_shows_no_precision(tmp_path: Path, kit: Any) -> None:
    dataset = load_golden(kit.make_golden(tmp_path / "golden", [case("c1", "buy milk", BUY_MILK)]))
    evaluation = evaluate(dataset, [DeterministicPolicy(), Rewriter({})], concurrency=1)
    (found,) = changes(evaluation)
    assert (found.own, found.own_precision, found.fixed, found.broken) == (0, None, 0, 0)
    assert "precision —" in change_lines(evaluation)[0]
