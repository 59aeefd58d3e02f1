"""``decision.held_back``: why an execute was held back and asked about instead.

The field was added to schema 2 after lines without it were written: those lines still
validate and aggregate (as not held back), and the report counts held-back decisions by
reason next to the other decision counts.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from policy_observability import (
    DecisionRecord,
    LogHub,
    LogType,
    ObservabilitySettings,
    aggregate_paths,
    record_schema,
    validate_record,
)
from policy_observability._report import render_table

T0 = datetime(2026, 3, 14, tzinfo=UTC)


def decision(n: int, held_back: Any = None, **fields: Any) -> DecisionRecord:
    values: dict[str, Any] = {
        "command_id": f"c{n}",
        "trace_id": f"t{n}",
        "timestamp": T0 + timedelta(seconds=n),
        "decision_id": f"d{n}",
        "status": "clarify",
        "outcome": "clarify",
        "action": "clarify",
        "confidence": 0.3,
        "contract_version": "2.1.0",
        "decision_version": "deterministic/0.1.0",
        "language": "ru",
        "held_back": held_back,
    }
    return DecisionRecord(**{**values, **fields})


def old_line(n: int) -> dict[str, Any]:
    """A decision line written before ``held_back`` was added (same schema_version)."""
    line = decision(n).model_dump(mode="json")
    del line["held_back"]
    return line


def test_a_new_line_always_carries_the_field_and_an_old_one_need_not() -> None:
    written = decision(1, "evidence").model_dump(mode="json")
    assert written["held_back"] == "evidence"
    assert decision(2).model_dump(mode="json")["held_back"] is None  # written as null
    schema = record_schema(LogType.DECISION)
    assert schema["properties"]["held_back"]["x-added"] is True
    assert "held_back" not in schema["required"]
    assert "reject_code" in schema["required"]  # the rule is not loosened for the others
    line = old_line(3)
    assert validate_record(line) is LogType.DECISION
    assert DecisionRecord.model_validate(line).held_back is None
    assert schema["examples"][0]["held_back"] is None


def test_only_the_two_reasons_are_allowed() -> None:
    for why in ("evidence", "confidence", None):
        assert decision(1, why).held_back == why
    with pytest.raises(ValidationError) as caught:
        decision(1, "hunch")
    (error,) = caught.value.errors()
    assert (error["loc"], error["type"]) == (("held_back",), "literal_error")


@pytest.mark.parametrize("damaged", [False, True], ids=["block", "line-by-line"])
def test_the_aggregate_counts_decisions_held_back_by_reason(tmp_path: Path, damaged: bool) -> None:
    settings = ObservabilitySettings(enabled=frozenset({LogType.DECISION}), log_dir=tmp_path)
    with LogHub(settings) as hub:
        for n in range(3):
            hub.emit(decision(n, "evidence"))
        for n in range(3, 5):
            hub.emit(decision(n, "confidence"))
        hub.emit(decision(5))  # an ordinary clarify
        hub.emit(decision(6, status="ok", outcome="execute", action="start_job", confidence=0.9))
    path = tmp_path / "decision.jsonl"
    with path.open("a", encoding="utf-8") as log:
        log.write(json.dumps(old_line(7)) + "\n")  # before the field: not held back
        log.write(json.dumps({**old_line(8), "schema_version": "1.0.0"}) + "\n")  # schema 1
        if damaged:  # one bad line: the block is read line by line by the pydantic views
            log.write("{not json\n")
    report = aggregate_paths([tmp_path])
    decisions = report["decisions"]
    assert decisions["count"] == 9
    assert decisions["held_back"] == {"evidence": 3, "confidence": 2}
    assert decisions["outcome"] == {"clarify": 8, "execute": 1}
    assert report["inputs"]["malformed"] == (1 if damaged else 0)
    table = render_table(report)
    assert "held_back" in table.split("DECISIONS", 1)[1]
    rows = [line.split() for line in table.split("DECISIONS", 1)[1].splitlines()]
    assert ["held_back", "evidence", "3"] in rows
    assert ["held_back", "confidence", "2"] in rows


def test_no_decision_held_back_means_an_empty_count(tmp_path: Path) -> None:
    path = tmp_path / "decision.jsonl"
    path.write_text(json.dumps(old_line(1)) + "\n", encoding="utf-8")
    report = aggregate_paths([path])
    assert report["decisions"]["count"] == 1
    assert report["decisions"]["held_back"] == {}
