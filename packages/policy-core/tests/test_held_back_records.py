"""The decision record says why an execute was held back: ``held_back``.

An execute whose wording scores below ``min_action_evidence`` (the evidence gate) or whose
confidence is below ``min_execute_confidence`` becomes a clarify of ``intent``, which the
DecisionDTO cannot tell from an ordinary one (SPEC §3: no field for it). Its decision record
can: real log files through a real ``LogHub`` in a temporary directory, then aggregated.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from policy_core import DecisionDTO, PolicySettings, decide, explain
from policy_core.testing import ALL_CAPABILITIES
from policy_observability import (
    LogHub,
    LogType,
    ObservabilitySettings,
    aggregate_paths,
    validate_record,
)

NOW = datetime(2026, 3, 4, 7, 0, tzinfo=UTC)
MILK = "купи 2 литра молока"  # an execute under the shipped settings


def command(text: str, *, capabilities: tuple[str, ...] = ALL_CAPABILITIES) -> dict[str, Any]:
    return {
        "command_id": "cmd-held-1",
        "user_id": "u-anna",
        "text": text,
        "timestamp": "2026-03-04T10:00:00+03:00",
        "capabilities": list(capabilities),
        "context": {
            "household": {
                "members": [{"user_id": "u-anna", "display_name": "Анна"}],
                "shopping_lists": [{"list_id": "l-1", "name": "Продукты"}],
            }
        },
    }


def settings(hub: LogHub | None = None, **thresholds: float) -> PolicySettings:
    return PolicySettings(deterministic_ids=True, clock=lambda: NOW, log_hub=hub, **thresholds)


def decide_logged(
    directory: Path,
    text: str,
    *,
    capabilities: tuple[str, ...] = ALL_CAPABILITIES,
    **thresholds: float,
) -> tuple[DecisionDTO, dict[str, Any]]:
    """Decide ``text`` with the decision log on; the decision and its one record."""
    hub = LogHub(ObservabilitySettings(enabled=frozenset({LogType.DECISION}), log_dir=directory))
    with hub:
        decision = decide(command(text, capabilities=capabilities), settings(hub, **thresholds))
    lines = (directory / "decision.jsonl").read_text("utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    (record,) = [r for r in records if r["trace_id"] == decision.trace_id]
    validate_record(record)
    return decision, record


def asks_intent(decision: DecisionDTO) -> bool:
    return decision.action == "clarify" and decision.model_dump()["payload"]["missing_fields"] == [
        "intent"
    ]


def test_the_evidence_gate_writes_held_back_evidence(tmp_path: Path) -> None:
    decision, record = decide_logged(tmp_path, MILK, min_action_evidence=0.999)
    assert asks_intent(decision)
    assert record["held_back"] == "evidence"
    assert record["outcome"] == "clarify"


def test_the_confidence_floor_writes_held_back_confidence(tmp_path: Path) -> None:
    decision, record = decide_logged(
        tmp_path, MILK, min_action_evidence=0.0, min_execute_confidence=0.999
    )
    assert asks_intent(decision)
    assert record["held_back"] == "confidence"


def test_an_execute_and_an_ordinary_clarify_write_null(tmp_path: Path) -> None:
    executed, record = decide_logged(tmp_path / "execute", MILK)
    assert executed.decision_outcome == "execute"
    assert record["held_back"] is None  # written, as null
    unclear, record = decide_logged(tmp_path / "clarify", "ну это самое")
    assert asks_intent(unclear)  # the same answer the gate gives, but nothing was held back
    assert record["held_back"] is None


def test_held_back_without_clarify_granted_is_still_counted(tmp_path: Path) -> None:
    no_clarify = tuple(c for c in ALL_CAPABILITIES if c != "clarify")
    decision, record = decide_logged(
        tmp_path, MILK, capabilities=no_clarify, min_action_evidence=0.999
    )
    assert decision.action == "reject"
    assert record["reject_code"] == "capability_not_granted"
    assert record["held_back"] == "evidence"


def test_only_the_record_says_why_the_decision_is_the_same_without_logs(tmp_path: Path) -> None:
    cases: tuple[tuple[dict[str, float], str | None], ...] = (
        ({"min_action_evidence": 0.999}, "evidence"),
        ({"min_action_evidence": 0.0, "min_execute_confidence": 0.999}, "confidence"),
        ({}, None),
    )
    for n, (thresholds, why) in enumerate(cases):
        logged, record = decide_logged(tmp_path / str(n), MILK, **thresholds)
        assert record["held_back"] == why
        plain = decide(command(MILK), settings(**thresholds))
        assert plain.model_dump() == logged.model_dump()
        assert "held_back" not in plain.model_dump()  # the DecisionDTO gains no field


def test_explain_says_why_it_held_back() -> None:
    assert explain(command(MILK), settings(min_action_evidence=0.999)).held_back == "evidence"
    held = explain(command(MILK), settings(min_action_evidence=0, min_execute_confidence=0.999))
    assert held.held_back == "confidence"
    assert explain(command(MILK), settings()).held_back is None


def test_the_aggregate_counts_what_the_rules_held_back(tmp_path: Path) -> None:
    hub = LogHub(ObservabilitySettings(enabled=frozenset({LogType.DECISION}), log_dir=tmp_path))
    with hub:
        for thresholds in (
            {"min_action_evidence": 0.999},
            {"min_action_evidence": 0.999},
            {"min_action_evidence": 0.0, "min_execute_confidence": 0.999},
            {},
        ):
            decide(command(MILK), settings(hub, **thresholds))
        decide(command("ну это самое"), settings(hub))
    report = aggregate_paths([tmp_path])
    assert report["decisions"]["count"] == 5
    assert report["decisions"]["held_back"] == {"evidence": 2, "confidence": 1}
    assert report["decisions"]["outcome"] == {"clarify": 4, "execute": 1}
