"""Sanity of the real golden dataset (SPEC section 7): size, languages, coverage, validity.

The golden directory is found from this file: the nearest parent holding golden/.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from policy_eval import GoldenCheck, check_golden

GOLDEN = next(
    parent / "golden"
    for parent in Path(__file__).resolve().parents
    if (parent / "golden" / "case.schema.json").is_file()
)
OUTCOMES = ("execute", "clarify", "reject", "confirm")
ACTIONS = (
    "start_job",
    "propose_create_task",
    "propose_add_shopping_item",
    "clarify",
    "reject",
    "confirm",
)
REJECT_CODES = (
    "text_too_long",
    "payment_not_supported",
    "device_control_not_supported",
    "foreign_household",
    "bulk_operation_not_supported",
    "capability_not_granted",
)


@pytest.fixture(scope="module")
def golden() -> GoldenCheck:
    return check_golden(GOLDEN)


def test_every_case_is_valid(golden: GoldenCheck) -> None:
    assert golden.issues == (), "\n".join(str(issue) for issue in golden.issues)


def test_at_least_300_cases(golden: GoldenCheck) -> None:
    assert len(golden.dataset.cases) >= 300


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_each_main_language_is_at_least_40_percent(golden: GoldenCheck, lang: str) -> None:
    counts = Counter(case.lang for case in golden.dataset.cases)
    total = sum(counts.values())
    assert total > 0
    assert counts[lang] / total >= 0.40, dict(counts)


def test_ids_are_unique(golden: GoldenCheck) -> None:
    ids = Counter(case.id for case in golden.dataset.cases)
    assert [case_id for case_id, count in ids.items() if count > 1] == []
    assert not [issue for issue in golden.issues if "duplicate id" in issue.problem]


def test_every_outcome_action_and_reject_code_appears(golden: GoldenCheck) -> None:
    expected = [case.expected for case in golden.dataset.cases]
    assert set(OUTCOMES) - {e.outcome for e in expected} == set()
    assert set(ACTIONS) - {e.action for e in expected} == set()
    codes = {e.reject_code for e in expected if isinstance(e.reject_code, str)}
    assert set(REJECT_CODES) - codes == set()
