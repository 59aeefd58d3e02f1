"""The HTML report, JUnit XML and job summary of an evaluation with two policies and a sealed
half: what each shows, and that none lists a sealed case."""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from policy_eval import (
    DeterministicPolicy,
    build_report,
    check_gate,
    default_tolerances,
    evaluate,
    load_baseline,
    load_golden,
    parse_thresholds,
    render_html,
    render_junit,
    write_reports,
)
from policy_eval._baseline import write_json
from policy_eval._github import job_summary
from policy_eval._history import history_entry

SEALED_TEXT = "sealed words nobody may read"
SEALED = [
    {
        "id": "held-pass",
        "lang": "en",
        "difficulty": "easy",
        "tags": ["held"],
        "text": "what's the time",
        "context": "home_en",
        "expected": {"intent": "unknown", "outcome": "clarify", "action": "clarify"},
    },
    {
        "id": "held-fail",
        "lang": "en",
        "difficulty": "easy",
        "tags": ["held"],
        "text": SEALED_TEXT,
        "context": "home_en",
        "expected": {"intent": "create_task", "outcome": "execute", "action": "start_job"},
    },
]
ESCAPED = {
    "id": "en-markup",
    "lang": "en",
    "difficulty": "easy",
    "tags": ["markup"],
    "text": "tell me <script>alert(1)</script> a joke",
    "context": "home_en",
    "expected": {"intent": "unknown", "outcome": "clarify", "action": "clarify"},
}
CHARTS = ["confusion-0", "confusion-1", "by-tag", "by-lang", "reliability", "latency"]


@pytest.fixture
def report(tmp_path: Path, kit: Any) -> dict[str, Any]:
    golden = kit.make_golden(tmp_path / "golden", [*kit.tiny_cases, ESCAPED], SEALED)
    dataset = load_golden(golden)
    other = kit.scripted(name="scripted", fallback=kit.clarify_everything)
    evaluation = evaluate(dataset, [DeterministicPolicy(), other])
    baseline_path = tmp_path / "baseline.json"
    write_json(baseline_path, _baseline_without_failures(evaluation))
    gate = check_gate(
        evaluation,
        load_baseline(baseline_path),
        default_tolerances(),
        parse_thresholds(["intent_accuracy=0.5"], "min"),
    )
    return build_report(evaluation, gate=gate, run={"time": "2026-03-04T10:00:00Z", "commit": None})


def _baseline_without_failures(evaluation: Any) -> dict[str, Any]:
    from policy_eval import baseline_document  # noqa: PLC0415 - local to this helper

    document = baseline_document(evaluation)
    for policy in document["policies"]:
        policy["failing_cases"] = {}  # so every failing open case is a new one
    return document


def test_the_page_reads_verdict_metrics_charts_gate_cases(report: dict[str, Any]) -> None:
    page = render_html(report)
    assert page.startswith("<!DOCTYPE html>")
    verdict = re.search(r'<p class="verdict (\w+)" id="verdict">(.*?)</p>', page)
    assert verdict is not None
    assert verdict.group(1) == "passed"
    assert verdict.group(2).startswith(
        "PASSED: no regression against baseline "
    )  # the baseline is this run's own figures
    assert "2 of 2 thresholds met" in verdict.group(2)
    headings = re.findall(r"<h2>(.*?)</h2>", page)
    assert headings == [
        "Headline metrics",
        "Charts",
        "The gate",
        "Cases, policies side by side",
        "Breakdowns",
        "Metric definitions",
    ]
    assert re.search(r'pass_rate</code></td><td class="num">[\d.]+% <span class="ci">\[', page)
    for key in CHARTS:
        figure = re.search(
            rf'<figure class="chart[^"]*" id="chart-{key}">(.*?)</figure>', page, re.S
        )
        assert figure is not None, key
        assert "<svg " in figure.group(1)
    assert "chart-trend" not in page  # no history given
    assert "Floors and ceilings" in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<script>alert(1)" not in page


def test_no_id_is_used_twice_and_nothing_is_fetched(report: dict[str, Any]) -> None:
    page = render_html(report, [history_entry(report)])
    ids = Counter(re.findall(r'\bid="([^"]+)"', page))
    assert [name for name, count in ids.items() if count > 1] == []
    assert not re.search(r'\b(src|href)="(https?:)?//', page)  # no network: nothing linked out
    assert "chart-trend" in page


def test_the_sealed_half_is_counted_never_listed(report: dict[str, Any]) -> None:
    assert [case["id"] for case in report["cases"]] == [
        "en-weather",
        "ru-blank",
        "en-unmeetable",
        "en-markup",
    ]
    page = render_html(report)
    junit = render_junit(report)
    summary = job_summary(report)
    for text in (page, junit, summary):
        assert "held-fail" not in text
        assert "held-pass" not in text
        assert SEALED_TEXT not in text
    assert "The sealed half is counted, never listed: deterministic: 2 cases" in page
    assert "sealed half: 2 cases, 1 failing (counted, never listed)" in summary


def test_rows_say_where_the_policies_differ(report: dict[str, Any]) -> None:
    page = render_html(report)
    flags = {
        case_id: flag == "1"
        for flag, case_id in re.findall(
            r'<tr data-differs="(\d)"[^>]*><td><code>([^<]+)</code>', page
        )
    }

    def differ(case: dict[str, Any]) -> bool:
        answers = {(r["passed"], r["outcome"], r["action"], r["intent"]) for r in case["results"]}
        return len(answers) > 1

    assert flags == {case["id"]: differ(case) for case in report["cases"]}
    # The rules cannot make a task of an empty text, the scripted policy clarifies it with a
    # question of its own: both fail, on different answers.
    unmeetable = next(c for c in report["cases"] if c["id"] == "en-unmeetable")
    assert [r["passed"] for r in unmeetable["results"]] == [False, False]
    assert flags["en-weather"] is False  # both clarify the weather question, both pass
    assert f"only where the policies differ ({sum(flags.values())})" in page


def test_without_matplotlib_the_page_says_how_to_get_charts(
    report: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)  # as if the extra were missing
    page = render_html(report)
    assert "<svg" not in page
    assert "pip install 'policy-eval[report]'" in page
    assert 'id="case-table"' in page  # everything else is still there


def test_write_reports_feeds_the_history_to_the_trend(
    report: dict[str, Any], tmp_path: Path
) -> None:
    earlier = history_entry(report) | {"time": "2026-03-03T10:00:00Z"}
    paths = write_reports(report, tmp_path, history=[earlier, history_entry(report)])
    page = paths.html.read_text("utf-8")
    assert "the last 2 runs over the same selection" in page


def test_junit_has_one_test_case_per_open_case_and_policy(report: dict[str, Any]) -> None:
    root = ET.fromstring(render_junit(report))  # noqa: S314 - our own document
    suites = {suite.get("name"): suite for suite in root}
    assert list(suites) == ["golden.deterministic", "golden.scripted", "gate"]
    scripted = suites["golden.scripted"]
    names = [case.get("name") for case in scripted.iter("testcase")]
    assert names == ["en-weather", "ru-blank", "en-unmeetable", "en-markup", "sealed half"]
    unmeetable = next(c for c in scripted.iter("testcase") if c.get("name") == "en-unmeetable")
    failure = unmeetable.find("failure")
    assert failure is not None
    assert failure.get("message", "").startswith("failed: intent, outcome, action")
    assert unmeetable.get("file", "").endswith("tiny.jsonl")
    assert unmeetable.get("line") == "3"
    assert scripted.get("tests") == "5"
    assert int(root.get("failures", "0")) >= 2
    thresholds = [c.get("name") for c in suites["gate"].iter("testcase")]
    assert "deterministic intent_accuracy >= 0.5" in thresholds


def test_junit_skips_failures_the_baseline_knows(
    report: dict[str, Any], tmp_path: Path, kit: Any
) -> None:
    known = dict(report)
    known["gate"] = dict(report["gate"], newly_failing={"deterministic": {}, "scripted": {}})
    root = ET.fromstring(render_junit(known))  # noqa: S314 - our own document
    suite = next(s for s in root if s.get("name") == "golden.deterministic")
    unmeetable = next(c for c in suite.iter("testcase") if c.get("name") == "en-unmeetable")
    skipped = unmeetable.find("skipped")
    assert skipped is not None
    assert skipped.get("type") == "known-failure"
    assert suite.get("failures") == "0"


def test_junit_carries_control_characters_as_valid_xml(report: dict[str, Any]) -> None:
    broken = dict(report)
    broken["cases"] = [dict(report["cases"][2], text="a\x00b\x1bc")]
    text = render_junit(broken)
    ET.fromstring(text)  # noqa: S314 - parses: the control characters were replaced
    assert "\x00" not in text
