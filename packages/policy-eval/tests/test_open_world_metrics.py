"""False-action rate, execute precision, calibration error, and the sealed half of golden/."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from policy_eval import CaseRun, Comparer, load_golden
from policy_eval._calibration import expected_calibration_error, reliability
from policy_eval._cli import EXIT_OK, main
from policy_eval._metrics import aggregate

CLARIFY = {"intent": "unknown", "outcome": "clarify", "action": "clarify"}
SHOP = {"intent": "add_shopping_item", "outcome": "execute", "action": "start_job"}


def _run(kit: Any, expected: dict[str, Any], decision: Any, confidence: float = 0.9) -> CaseRun:
    doc = decision.to_json_dict()
    doc["confidence"] = confidence
    return CaseRun(kit.case(expected), type(decision).model_validate(doc), latency_ms=1.0)


def test_an_execute_where_none_was_expected_is_a_false_action(comparer: Comparer, kit: Any) -> None:
    job = kit.decision("start_job", kit.shopping_job({"name": "lights"}))
    clarify = kit.decision("clarify", {"question": "?", "missing_fields": ["intent"]})
    checks = [
        comparer.check(_run(kit, CLARIFY, job)),
        comparer.check(_run(kit, CLARIFY, clarify)),
        comparer.check(_run(kit, CLARIFY, clarify)),
        comparer.check(_run(kit, {**SHOP, "items": [{"name": "milk"}]}, job)),
    ]
    metrics, support = aggregate(checks)
    assert metrics["false_action_rate"] == pytest.approx(1 / 3)
    assert support["false_action_rate"] == 3
    # Two executes, neither right (wrong case, wrong item).
    assert metrics["execute_precision"] == 0.0
    assert support["execute_precision"] == 2


def test_calibration_error_weighs_each_bin_by_its_decisions(comparer: Comparer, kit: Any) -> None:
    right = kit.decision("start_job", kit.shopping_job({"name": "milk"}))
    expected = {**SHOP, "items": [{"name": "milk"}]}
    wrong_expected = {**SHOP, "items": [{"name": "bread"}]}
    checks = [comparer.check(_run(kit, expected, right, 0.95)) for _ in range(3)]
    checks.append(comparer.check(_run(kit, wrong_expected, right, 0.95)))
    metrics, support = aggregate(checks)
    # One bin: mean confidence 0.95, 3 of 4 right.
    assert metrics["calibration_error"] == pytest.approx(0.2)
    assert support["calibration_error"] == 4


def test_clarify_confidence_does_not_enter_the_calibration_error(
    comparer: Comparer, kit: Any
) -> None:
    clarify = kit.decision("clarify", {"question": "?", "missing_fields": ["intent"]})
    metrics, support = aggregate([comparer.check(_run(kit, CLARIFY, clarify, 0.1))])
    assert metrics["calibration_error"] is None
    assert support["calibration_error"] == 0


def test_reliability_bins_are_half_open_and_one_is_in_the_top_bin() -> None:
    bins = reliability([(0.1, True), (0.19999, False), (0.2, True), (1.0, True)])
    assert [(b.low, b.count) for b in bins] == [(0.1, 2), (0.2, 1), (0.9, 1)]
    assert expected_calibration_error([]) is None
    assert expected_calibration_error([(1.0, True), (0.0, False)]) == 0.0


def _case(case_id: str, text: str) -> dict[str, Any]:
    return {
        "id": case_id,
        "lang": "en",
        "difficulty": "easy",
        "tags": ["ood"],
        "text": text,
        "context": "home_en",
        "expected": CLARIFY | {"missing_fields": ["intent"]},
    }


def _sealed_golden(root: Path) -> Path:
    sealed = root / "sealed" / "held.jsonl"
    sealed.parent.mkdir(parents=True)
    lines = [_case("held-1", "what's the time"), _case("held-2", "thanks a lot")]
    sealed.write_text("".join(json.dumps(c) + "\n" for c in lines), encoding="utf-8")
    return root


def test_sealed_cases_load_marked_and_split_apart(tiny_golden: Path) -> None:
    dataset = load_golden(_sealed_golden(tiny_golden))
    sealed = dataset.split("sealed")
    opened = dataset.split("open")
    assert [c.id for c in sealed.cases] == ["held-1", "held-2"]
    assert all(c.sealed for c in sealed.cases)
    assert not any(c.sealed for c in opened.cases)
    assert len(opened.cases) + len(sealed.cases) == len(dataset.cases)
    assert len({dataset.digest, sealed.digest, opened.digest}) == 3
    assert "sealed/held.jsonl" in dataset.files


def test_the_report_counts_sealed_failures_but_never_lists_them(
    tiny_golden: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    golden = _sealed_golden(tiny_golden)
    # Plant a sealed case the rules cannot pass: it expects an execute of a chit-chat line.
    with (golden / "sealed" / "held.jsonl").open("a", encoding="utf-8") as handle:
        wrong = _case("held-3", "thanks a lot!") | {"expected": SHOP}
        handle.write(json.dumps(wrong) + "\n")
    out = tmp_path / "reports"
    args = ["run", "--golden", str(golden), "--report-dir", str(out), "--no-progress"]
    assert main(args) == EXIT_OK
    report = json.loads((out / "report.json").read_text("utf-8"))
    policy = report["policies"][0]
    assert policy["sealed_failures"] == 1
    assert all(not f["id"].startswith("held-") for f in policy["failures"])
    assert policy["breakdowns"]["split"]["sealed"]["cases"] == 3
    assert "more in the sealed half, not listed" in (out / "report.md").read_text("utf-8")
    printed = capsys.readouterr().out
    assert "sealed (3): pass" in printed

    baseline = tmp_path / "baseline.json"
    assert main([*args, "--write-baseline", str(baseline)]) == EXIT_OK
    written = json.loads(baseline.read_text("utf-8"))
    assert written["policies"][0]["metrics"]["pass_rate"] < 1.0
    assert not [c for c in written["policies"][0]["failing_cases"] if c.startswith("held-")]

    assert main([*args, "--split", "sealed"]) == EXIT_OK
    report = json.loads((out / "report.json").read_text("utf-8"))
    assert report["dataset"]["cases"] == 3
