"""``python -m tools.evidence``: what it fits on, and that the shipped model is its fit."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

import pytest

from policy_core._evidence import SHIPPED_EVIDENCE
from policy_eval import load_golden
from tools.evidence.__main__ import fit, main, samples
from tools.tests._tree import REPO, write

GOLDEN = REPO / "golden"


def test_the_shipped_model_is_a_fit_of_todays_golden_open_half(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--golden", str(GOLDEN), "--check"]) == 0
    out = capsys.readouterr().out
    assert "evidence: up to date" in out
    assert "check on sealed:" in out


def test_the_excluded_files_and_the_sealed_half_are_not_fitted_on() -> None:
    open_half = load_golden(GOLDEN).split("open").cases
    in_b6 = [case for case in open_half if PurePosixPath(case.source).name.startswith("b6_")]
    fitted = samples(GOLDEN, "open", "b6_*.jsonl")
    assert in_b6
    assert len(fitted) == len(open_half) - len(in_b6)
    assert f"{len(fitted)} cases" in SHIPPED_EVIDENCE.fitted_on


def test_labels_are_whether_the_case_expects_a_served_request(tmp_path: Path) -> None:
    write(
        tmp_path,
        "cases/probe.jsonl",
        """
        {"id": "p-1", "lang": "ru", "difficulty": "easy", "tags": ["household"], "text": "купи хлеб", "context": "family_ru", "expected": {"intent": "add_shopping_item", "outcome": "execute", "action": "start_job"}}
        {"id": "p-2", "lang": "ru", "difficulty": "easy", "tags": ["ood"], "text": "включи свет", "context": "family_ru", "expected": {"intent": "unsupported", "outcome": "reject", "action": "reject"}}
        {"id": "p-3", "lang": "ru", "difficulty": "easy", "tags": ["household"], "text": "купи", "context": "family_ru", "expected": {"intent": "add_shopping_item", "outcome": "clarify", "action": "clarify"}}
        """,
    )
    for shared in ("contexts.json", "case.schema.json"):
        (tmp_path / shared).write_text((GOLDEN / shared).read_text("utf-8"), "utf-8")
    assert samples(tmp_path, "open") == [
        ("купи хлеб", True),
        ("включи свет", False),
        ("купи", True),
    ]
    model = fit(samples(tmp_path, "open"), "probe")
    assert model.probability("купи хлеб") > 0.5 > model.probability("включи свет")


def test_one_kind_of_case_alone_cannot_be_fitted() -> None:
    with pytest.raises(SystemExit, match="both requests and non-requests"):
        fit([("купи хлеб", True), ("купи сыр", True)], "one kind")
