"""The command line end to end on a tiny golden directory: exit codes 0, 1 and 2.

The tiny dataset holds one case no policy can meet, so a baseline claiming a perfect score
forces a regression whatever the deterministic rules currently do.
"""

from __future__ import annotations

import json
import stat
import sys
from importlib.metadata import version
from pathlib import Path
from typing import Any

import pytest

from policy_eval._cli import EXIT_BAD_INPUT, EXIT_OK, EXIT_REGRESSION, main


@pytest.fixture(autouse=True)
def _no_llm_policies(monkeypatch: pytest.MonkeyPatch) -> None:
    # Whatever policy-llm the environment holds, these runs stay deterministic and offline.
    monkeypatch.setitem(sys.modules, "policy_llm", None)


@pytest.fixture
def reports(tmp_path: Path) -> Path:
    return tmp_path / "reports"


def _run(golden: Path, reports: Path, *extra: str) -> int:
    return main(["run", "--golden", str(golden), "--report-dir", str(reports), *extra])


def _perfect_baseline(golden: Path, reports: Path, tmp_path: Path) -> Path:
    baseline = tmp_path / "baseline.json"
    assert _run(golden, reports, "--write-baseline", str(baseline)) == EXIT_OK
    document = json.loads(baseline.read_text("utf-8"))
    document["policies"][0]["metrics"]["intent_accuracy"] = 1.0
    baseline.write_text(json.dumps(document), encoding="utf-8")
    return baseline


def test_validate_ok(tiny_golden: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "--golden", str(tiny_golden)]) == EXIT_OK
    assert "3 cases in 1 file, all valid" in capsys.readouterr().out


def test_validate_reports_every_bad_line(
    tmp_path: Path, kit: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    root = kit.make_golden(tmp_path / "g", [*kit.tiny_cases, "{", kit.tiny_cases[0]])
    assert main(["validate", "--golden", str(root)]) == EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert f"{root / 'cases' / 'tiny.jsonl'}:4: /: not valid JSON" in err
    assert f"{root / 'cases' / 'tiny.jsonl'}:5: /id: duplicate id 'en-weather'" in err
    assert "2 problems in " in err


def test_run_writes_reports_and_a_summary(
    tiny_golden: Path, reports: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(tiny_golden, reports) == EXIT_OK
    out, err = capsys.readouterr()
    assert "3 cases (en 2, ru 1)" in out
    assert "deterministic " in out
    assert "intent " in out
    assert "p95 " in out
    assert (reports / "report.json").is_file()
    assert (reports / "report.md").is_file()
    assert err == ""  # no progress line: stderr is not a terminal here


def test_run_against_its_own_baseline_passes(
    tiny_golden: Path, reports: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    baseline = tmp_path / "baseline.json"
    assert _run(tiny_golden, reports, "--write-baseline", str(baseline)) == EXIT_OK
    code = _run(tiny_golden, reports, "--baseline", str(baseline), "--fail-on-regression")
    assert code == EXIT_OK
    assert f"gate: passed against {baseline}" in capsys.readouterr().out


def test_regression_exits_1_with_fail_on_regression(
    tiny_golden: Path, reports: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    baseline = _perfect_baseline(tiny_golden, reports, tmp_path)
    capsys.readouterr()
    code = _run(tiny_golden, reports, "--baseline", str(baseline), "--fail-on-regression")
    assert code == EXIT_REGRESSION
    out = capsys.readouterr().out
    assert "REGRESSION deterministic intent_accuracy: baseline 1.0000, current " in out
    assert "tolerance 0.0100" in out
    assert "gate: FAILED" in out
    report = json.loads((reports / "report.json").read_text("utf-8"))
    assert report["gate"]["passed"] is False


def test_regression_without_the_flag_is_reported_but_exits_0(
    tiny_golden: Path, reports: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    baseline = _perfect_baseline(tiny_golden, reports, tmp_path)
    assert _run(tiny_golden, reports, "--baseline", str(baseline)) == EXIT_OK
    assert "--fail-on-regression not given" in capsys.readouterr().out


def test_a_wide_tolerance_lets_the_drop_through(
    tiny_golden: Path, reports: Path, tmp_path: Path
) -> None:
    baseline = _perfect_baseline(tiny_golden, reports, tmp_path)
    code = _run(
        tiny_golden,
        reports,
        "--baseline",
        str(baseline),
        "--fail-on-regression",
        "--tolerance",
        "intent_accuracy=1",
    )
    assert code == EXIT_OK


def test_failed_threshold_exits_1(
    tiny_golden: Path, reports: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(tiny_golden, reports, "--min", "pass_rate=1.0") == EXIT_REGRESSION
    out = capsys.readouterr().out
    assert "THRESHOLD deterministic pass_rate: " in out
    assert "required >= 1.0000 (--min)" in out


def test_invalid_dataset_exits_2_and_leaves_no_report(
    tmp_path: Path, reports: Path, kit: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    reports.mkdir()
    (reports / "report.json").write_text("{}", encoding="utf-8")  # from an earlier run
    root = kit.make_golden(tmp_path / "g", [*kit.tiny_cases, '{"id": 1}'])
    assert _run(root, reports) == EXIT_BAD_INPUT
    captured = capsys.readouterr()
    assert f"{root / 'cases' / 'tiny.jsonl'}:4: /id: 1 is not of type 'string'" in captured.err
    assert "no report written" in captured.err
    assert captured.out == ""
    assert not (reports / "report.json").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--baseline", "missing.json"], "--write-baseline"),
        (["--fail-on-regression"], "--fail-on-regression needs --baseline"),
        (["--tolerance", "intent_accuracy"], "expected NAME=VALUE"),
        (["--min", "nonsense=1"], "unknown metric"),
        (["--policy", "ghost"], "unknown policy"),
    ],
)
def test_usage_errors_exit_2(
    tiny_golden: Path,
    reports: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    args = [str(reports.parent / a) if a.endswith(".json") else a for a in args]
    assert _run(tiny_golden, reports, *args) == EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert err.startswith("policy-eval: error: ")
    assert message in err
    assert not (reports / "report.json").exists()


@pytest.mark.parametrize(
    "argv",
    [[], ["frobnicate"], ["run", "--concurrency", "0"], ["run", "--no-such-flag"]],
)
def test_argparse_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == EXIT_BAD_INPUT
    assert "usage: policy-eval" in capsys.readouterr().err


def test_help_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == EXIT_OK
    assert "exit status: 0 ok, 1 regression" in capsys.readouterr().out


def test_metrics_lists_every_metric(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["metrics"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "intent_accuracy" in out
    assert "latency_p95_ms" in out
    assert "not gated" in out


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == EXIT_OK
    assert capsys.readouterr().out == f"policy-eval {version('policy-eval')}\n"


def test_run_writes_html_junit_and_a_history_line_per_run(
    tiny_golden: Path, reports: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(tiny_golden, reports) == EXIT_OK
    assert _run(tiny_golden, reports, "--filter", "lang:en", "--limit", "1") == EXIT_OK
    out = capsys.readouterr().out
    assert f"{reports / 'report.html'}, {reports / 'junit.xml'}" in out
    assert f"history: {reports / 'history.jsonl'}" in out
    for name in ("report.json", "report.md", "report.html", "junit.xml"):
        assert stat.S_IMODE((reports / name).stat().st_mode) == 0o600, name
    lines = (reports / "history.jsonl").read_text("utf-8").splitlines()
    selections = [json.loads(line)["selection"] for line in lines]
    assert selections == [
        {"split": "all", "filters": [], "limit": None},
        {"split": "all", "filters": ["lang:en"], "limit": 1},
    ]
    report = json.loads((reports / "report.json").read_text("utf-8"))
    assert [case["id"] for case in report["cases"]] == ["en-weather"]
    assert report["dataset"]["cases"] == 1


def test_no_history_and_a_history_file_of_ones_own(
    tiny_golden: Path, reports: Path, tmp_path: Path
) -> None:
    assert _run(tiny_golden, reports, "--no-history") == EXIT_OK
    assert not (reports / "history.jsonl").exists()
    elsewhere = tmp_path / "kept" / "runs.jsonl"
    assert _run(tiny_golden, reports, "--history", str(elsewhere)) == EXIT_OK
    assert len(elsewhere.read_text("utf-8").splitlines()) == 1


def test_in_github_actions_a_run_summarises_and_annotates(
    tiny_golden: Path,
    reports: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    baseline = _perfect_baseline(tiny_golden, reports, tmp_path)
    summary = tmp_path / "step_summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    capsys.readouterr()
    code = _run(tiny_golden, reports, "--baseline", str(baseline), "--fail-on-regression")
    assert code == EXIT_REGRESSION
    out = capsys.readouterr().out
    assert "::error title=policy-eval regression::deterministic intent_accuracy" in out
    text = summary.read_text("utf-8")
    assert "## Golden evaluation ❌" in text
    assert "**regression** deterministic `intent_accuracy`" in text


def test_a_noisy_policy_must_be_in_the_run(
    tiny_golden: Path, reports: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    baseline = _perfect_baseline(tiny_golden, reports, tmp_path)
    assert _run(tiny_golden, reports, "--baseline", str(baseline), "--noisy", "ghost") == 2
    assert "--noisy 'ghost': no policy of that name" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--filter", "colour:red"], "KIND:PATTERN"),
        (["--filter", "tag:nothing-has-this"], "no case of"),
        (["--limit", "0"], "must be at least 1"),
    ],
)
def test_bad_selections_exit_2(
    tiny_golden: Path,
    reports: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    assert _run(tiny_golden, reports, *args) == EXIT_BAD_INPUT
    assert message in capsys.readouterr().err
    assert not (reports / "report.json").exists()


def test_counts_are_in_words(
    tiny_golden: Path, reports: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    baseline = _perfect_baseline(tiny_golden, reports, tmp_path)
    capsys.readouterr()
    _run(tiny_golden, reports, "--baseline", str(baseline), "--fail-on-regression")
    assert f"gate: FAILED against {baseline}: 1 regression\n" in capsys.readouterr().out
    _run(tiny_golden, reports, "--min", "pass_rate=1.0")
    assert "gate: FAILED: 1 threshold not met\n" in capsys.readouterr().out
    markdown = (reports / "report.md").read_text("utf-8")
    assert "3 cases from" in markdown
