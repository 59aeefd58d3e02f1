"""The public surface, the error tree, shipped files, the progress line and overall speed."""

from __future__ import annotations

import io
import time
from importlib import resources
from pathlib import Path
from typing import Any

import policy_eval
from policy_core import PolicyError
from policy_eval import (
    BaselineError,
    DatasetError,
    DeterministicPolicy,
    EvalError,
    PolicyDiscoveryError,
    SpecError,
    build_report,
    evaluate,
    load_golden,
    render_markdown,
)
from policy_eval._progress import TerminalProgress, progress_for

PUBLIC = [
    "LLM_HOOK",
    "METRICS",
    "TITLE_PASS_THRESHOLD",
    "UNCHECKED",
    "VARIANT_SETTINGS",
    "AsyncPolicy",
    "Baseline",
    "BaselineError",
    "BaselinePolicy",
    "CacheStats",
    "CaseCheck",
    "CaseFilter",
    "CaseRun",
    "Comparer",
    "Confusion",
    "Dataset",
    "DatasetError",
    "DatasetIssue",
    "DeterministicPolicy",
    "EvalError",
    "Evaluation",
    "Expectation",
    "ExpectedItem",
    "ExpectedTask",
    "GateResult",
    "GoldenCase",
    "GoldenCheck",
    "Interval",
    "MetricSpec",
    "NameNormaliser",
    "Policy",
    "PolicyDiscoveryError",
    "PolicyResult",
    "PolicyRun",
    "Regression",
    "ReportPaths",
    "ResponseCache",
    "SpecError",
    "Threshold",
    "ThresholdCheck",
    "ThresholdFailure",
    "__version__",
    "baseline_document",
    "bootstrap_intervals",
    "build_report",
    "check_gate",
    "check_golden",
    "default_tolerances",
    "discover_policies",
    "eval_schema",
    "evaluate",
    "load_baseline",
    "load_golden",
    "parse_filter",
    "parse_thresholds",
    "parse_tolerances",
    "percentile",
    "render_html",
    "render_junit",
    "render_markdown",
    "rules_variant",
    "run_policies",
    "run_policy",
    "select_cases",
    "select_policies",
    "write_reports",
]


def test_public_names_are_pinned_and_resolve() -> None:
    assert policy_eval.__all__ == PUBLIC
    for name in PUBLIC:
        assert getattr(policy_eval, name) is not None


def test_errors_form_one_tree_under_policy_error() -> None:
    assert issubclass(EvalError, PolicyError)
    for error in (DatasetError, BaselineError, SpecError, PolicyDiscoveryError):
        assert issubclass(error, EvalError)


def test_typed_marker_and_schemas_ship_in_the_package() -> None:
    package = resources.files("policy_eval")
    assert package.joinpath("py.typed").is_file()
    assert package.joinpath("schemas/report.schema.json").is_file()
    assert package.joinpath("schemas/baseline.schema.json").is_file()


def test_progress_only_on_a_terminal() -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    assert progress_for(io.StringIO()) is None
    assert progress_for(Terminal(), enabled=False) is None
    stream = Terminal()
    progress = progress_for(stream)
    assert isinstance(progress, TerminalProgress)
    progress("deterministic", 1, 2)
    progress("deterministic", 2, 2)
    assert stream.getvalue().endswith("\rdeterministic  2/2  100%\n")


def test_three_hundred_cases_evaluate_well_under_three_seconds(tmp_path: Path, kit: Any) -> None:
    texts = [
        "Купи 2 литра молока и хлеб",
        "Buy apples, bread and a dozen eggs",
        "Напомни Пете завтра вынести мусор",
        "Remind Tom to clean the kitchen tomorrow at 6pm",
        "what's the weather",
    ]
    cases = [
        {
            "id": f"speed-{n}",
            "lang": "ru" if n % 2 else "en",
            "difficulty": "easy",
            "tags": ["speed"],
            "text": texts[n % len(texts)],
            "context": "home_ru" if n % 2 else "home_en",
            "expected": {"intent": "unknown", "outcome": "clarify", "action": "clarify"},
        }
        for n in range(300)
    ]
    root = kit.make_golden(tmp_path, cases)
    started = time.perf_counter()
    report = build_report(evaluate(load_golden(root), [DeterministicPolicy()]))
    render_markdown(report)
    elapsed = time.perf_counter() - started
    assert report["dataset"]["cases"] == 300
    assert elapsed < 3.0, f"300 cases took {elapsed:.2f} s"
