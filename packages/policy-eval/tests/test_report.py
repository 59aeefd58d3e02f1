"""Reports: the JSON validates against its shipped schema; the Markdown reads in order."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

import pytest

from policy_eval import (
    CacheStats,
    DeterministicPolicy,
    Evaluation,
    baseline_document,
    build_report,
    check_gate,
    default_tolerances,
    eval_schema,
    evaluate,
    load_baseline,
    load_golden,
    parse_thresholds,
    render_markdown,
    write_reports,
)
from policy_eval._baseline import write_json
from policy_eval._jsonschema import compile_validator, schema_problems


@pytest.fixture
def evaluation(tiny_golden: Path, kit: Any) -> Evaluation:
    dataset = load_golden(tiny_golden)
    other = kit.scripted(
        name="scripted",
        script={"ru-blank": TimeoutError("slow")},
        fallback=kit.clarify_everything,
    )
    return evaluate(dataset, [DeterministicPolicy(), other])


def test_report_validates_against_its_schema(evaluation: Evaluation, tmp_path: Path) -> None:
    baseline_path = tmp_path / "baseline.json"
    write_json(baseline_path, baseline_document(evaluation))
    gate = check_gate(
        evaluation,
        load_baseline(baseline_path),
        default_tolerances(),
        parse_thresholds(["intent_accuracy=0.99"], "min"),
    )
    report = build_report(evaluation, gate=gate, cache=CacheStats(1, 2, 2, 0))
    assert schema_problems(compile_validator(eval_schema("report")), report) == []
    bare = build_report(evaluation)
    assert schema_problems(compile_validator(eval_schema("report")), bare) == []
    assert bare["gate"] is None
    assert bare["policies"][0]["delta"] is None
    assert set(bare["policies"][1]["delta"]) == set(bare["policies"][1]["metrics"])
    assert report["gate"]["threshold_failures"][0]["metric"] == "intent_accuracy"


def test_baseline_document_validates_and_skips_latency(evaluation: Evaluation) -> None:
    document = baseline_document(evaluation)
    assert schema_problems(compile_validator(eval_schema("baseline")), document) == []
    metrics = document["policies"][0]["metrics"]
    assert "intent_accuracy" in metrics
    assert not any(name.startswith("latency_") for name in metrics)
    assert "en-unmeetable" in document["policies"][0]["failing_cases"]


def test_a_report_serves_as_a_baseline(evaluation: Evaluation, tmp_path: Path) -> None:
    paths = write_reports(build_report(evaluation), tmp_path)
    baseline = load_baseline(paths.json)
    assert [p.name for p in baseline.policies] == ["deterministic", "scripted"]
    assert "en-unmeetable" in baseline.policies[0].failing_cases
    gate = check_gate(evaluation, baseline, default_tolerances())
    assert gate.regressions == ()


def test_failures_carry_expected_actual_and_the_failed_fields(evaluation: Evaluation) -> None:
    report = build_report(evaluation)
    scripted = report["policies"][1]
    errors = [f for f in scripted["failures"] if f["id"] == "ru-blank"]
    (failure,) = errors
    assert failure["actual"]["error"] == "TimeoutError: slow"
    assert failure["expected"] == {"intent": "unknown", "outcome": "clarify", "action": "clarify"}
    assert "intent" in failure["failed"]
    assert failure["location"].endswith("tiny.jsonl:2")
    assert scripted["errors_by_type"] == {"TimeoutError": 1}


def test_markdown_sections_come_in_reading_order(evaluation: Evaluation, tmp_path: Path) -> None:
    baseline_path = tmp_path / "baseline.json"
    write_json(baseline_path, baseline_document(evaluation))
    gate = check_gate(evaluation, load_baseline(baseline_path), default_tolerances())
    markdown = render_markdown(build_report(evaluation, gate=gate))
    headings = [line for line in markdown.splitlines() if line.startswith("## ")]
    assert headings == [
        "## Summary",
        "## Gate",
        "## Breakdowns",
        "## Confusion matrices",
        "## Failures",
    ]
    assert markdown.startswith("# Golden evaluation report\n")
    summary = markdown.split("## Summary", 1)[1].split("## Gate", 1)[0]
    assert "| metric | deterministic " in summary
    assert "Δ scripted" in summary
    assert "| intent_accuracy |" in summary
    for dimension in ("lang", "difficulty", "tag"):
        assert f"### deterministic by {dimension}" in markdown
    assert "### scripted: intent" in markdown
    assert "`en-unmeetable`" in markdown.split("## Failures", 1)[1]


def test_markdown_escapes_table_breaking_text(tmp_path: Path, kit: Any) -> None:
    case = {
        "id": "pipes",
        "lang": "en",
        "difficulty": "easy",
        "tags": [],
        "text": "a | b <script>",
        "context": "home_en",
        "expected": {"intent": "create_task", "outcome": "execute", "action": "start_job"},
    }
    root = kit.make_golden(tmp_path, [case])
    policy = kit.scripted(fallback=kit.clarify_everything)
    markdown = render_markdown(build_report(evaluate(load_golden(root), [policy])))
    assert "a \\| b &lt;script&gt;" in markdown


def test_write_reports_writes_three_files_only_the_owner_reads(
    evaluation: Evaluation, tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "report.md").write_text("stale", encoding="utf-8")
    (folder / "report.md").chmod(0o644)
    paths = write_reports(build_report(evaluation), folder)
    assert [p.name for p in paths] == ["report.json", "report.md", "report.html"]
    assert paths.markdown.read_text("utf-8").startswith("# Golden evaluation report")
    assert paths.html.read_text("utf-8").startswith("<!DOCTYPE html>")
    for path in paths:  # they quote case texts and decisions: not world- or group-readable
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    assert not [p for p in folder.iterdir() if p.name.endswith(".tmp")]


def test_the_baseline_is_written_with_the_usual_mode(
    evaluation: Evaluation, tmp_path: Path
) -> None:
    path = tmp_path / "baseline.json"
    old = os.umask(0o022)
    try:
        write_json(path, baseline_document(evaluation))
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644  # no user text: readable like any file
