"""What a run leaves behind: the history file, the GitHub job summary and annotations."""

from __future__ import annotations

import json
import stat
from pathlib import Path
from typing import Any

import pytest

from policy_eval._github import MAX_CASE_ANNOTATIONS, workflow_commands, write_job_summary
from policy_eval._history import append_history, current_commit, history_entry, read_history


def _report(**gate: Any) -> dict[str, Any]:
    """A minimal report document: one policy, two open cases, a gate when given."""
    policy = {
        "name": "deterministic",
        "version": "0.1.0",
        "metrics": {"pass_rate": 0.5, "intent_accuracy": 0.75},
        "intervals": {"pass_rate": [0.25, 0.75]},
        "delta": None,
        "breakdowns": {"split": {"open": {"cases": 2}}},
        "sealed_failures": 0,
    }
    full_gate = None
    if gate:
        full_gate = {
            "baseline": "golden/baseline.json",
            "passed": True,
            "tolerances": {},
            "regressions": [],
            "threshold_failures": [],
            "notes": [],
            "newly_failing": {},
            "newly_passing": {},
            "thresholds": [],
        } | gate
    return {
        "dataset": {"root": "golden", "cases": 2, "digest": "sha256:" + "1" * 64},
        "run": {"time": "2026-03-04T10:00:00Z", "commit": "abc123"},
        "selection": {"split": "all", "filters": [], "limit": None},
        "policies": [policy],
        "gate": full_gate,
        "cases": [
            {"id": "en-a", "location": "golden/cases/en.jsonl:4"},
            {"id": "en-b", "location": "golden/cases/en.jsonl:9"},
        ],
    }


def test_history_lines_append_and_read_back(tmp_path: Path) -> None:
    path = tmp_path / "reports" / "history.jsonl"
    assert read_history(path) == []
    first = history_entry(_report())
    append_history(path, first)
    append_history(path, history_entry(_report(passed=False)))
    entries = read_history(path)
    assert [entry["gate"] for entry in entries] == [None, "failed"]
    assert entries[0] == first
    assert first["policies"]["deterministic"]["metrics"]["pass_rate"] == 0.5
    assert first["commit"] == "abc123"
    assert "cases" not in first  # no case, no text: the file can be shared
    assert len(path.read_text("utf-8").splitlines()) == 2
    assert stat.S_IMODE(path.stat().st_mode) & 0o600 == 0o600


def test_an_unreadable_history_line_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "history.jsonl"
    path.write_text('{"policies": {}}\n{"half a li\n[1, 2]\n{"policies": {}}\n', "utf-8")
    assert len(read_history(path)) == 2
    assert len(read_history(path, limit=1)) == 1


def test_the_commit_comes_from_github_first(tmp_path: Path) -> None:
    assert current_commit({"GITHUB_SHA": "f00d"}, tmp_path) == "f00d"
    assert current_commit({}, tmp_path) is None  # not a checkout


def test_the_job_summary_is_appended_only_in_github(tmp_path: Path) -> None:
    report = _report(
        thresholds=[
            {
                "policy": "deterministic",
                "metric": "intent_accuracy",
                "bound": "min",
                "limit": 0.9,
                "current": 0.75,
                "passed": False,
            }
        ],
        threshold_failures=[{"policy": "deterministic"}],
        passed=False,
    )
    assert write_job_summary({}, report) is None
    target = tmp_path / "summary.md"
    target.write_text("earlier step\n", "utf-8")
    assert write_job_summary({"GITHUB_STEP_SUMMARY": str(target)}, report) == target
    text = target.read_text("utf-8")
    assert text.startswith("earlier step\n## Golden evaluation ❌")
    assert "FAILED: 1 threshold of 1 not met" in text
    assert "| `pass_rate` | 50.0% (25.0% – 75.0%) |" in text
    assert "| deterministic | `intent_accuracy` | ≥ 90.0% | 75.0% | **not met** |" in text


def test_annotations_only_in_github_actions() -> None:
    report = _report(
        regressions=[
            {
                "policy": "deterministic",
                "metric": "pass_rate",
                "baseline": 0.6,
                "current": 0.5,
                "delta": -0.1,
                "tolerance": 0.01,
            }
        ],
        newly_failing={"deterministic": {"en-b": ["intent", "outcome"]}},
        passed=False,
    )
    assert workflow_commands({}, report) == []
    commands = workflow_commands({"GITHUB_ACTIONS": "true"}, report)
    assert commands[0].startswith("::error title=policy-eval regression::deterministic pass_rate")
    assert commands[1] == (
        "::warning file=golden/cases/en.jsonl,line=9,title=newly failing (deterministic)"
        "::en-b: intent, outcome"
    )


def test_case_annotations_are_bounded_and_escaped() -> None:
    failing = {f"en-{n}": ["intent"] for n in range(MAX_CASE_ANNOTATIONS + 10)}
    report = _report(newly_failing={"a,b:c": failing}, passed=True)
    commands = workflow_commands({"GITHUB_ACTIONS": "true"}, report)
    assert len(commands) == MAX_CASE_ANNOTATIONS
    assert "title=newly failing (a%2Cb%3Ac)::" in commands[0]


@pytest.mark.parametrize("value", ["", "false", "1"])
def test_annotations_need_github_actions_true(value: str) -> None:
    report = _report(newly_failing={"deterministic": {"en-b": ["intent"]}}, passed=True)
    assert workflow_commands({"GITHUB_ACTIONS": value}, report) == []


def test_history_entry_is_one_json_line(tmp_path: Path) -> None:
    path = tmp_path / "h.jsonl"
    append_history(path, history_entry(_report()))
    (line,) = path.read_text("utf-8").splitlines()
    assert json.loads(line)["dataset"]["cases"] == 2
