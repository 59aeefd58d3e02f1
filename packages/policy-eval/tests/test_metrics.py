"""Metrics on hand-built decisions: items, quantities, lists, tasks, clarify/reject, errors."""

from __future__ import annotations

from typing import Any

import pytest

from policy_eval import CaseRun, Comparer, percentile
from policy_eval._evaluate import summarise
from policy_eval._metrics import aggregate
from policy_eval._runner import PolicyRun

SHOP = {"intent": "add_shopping_item", "outcome": "execute", "action": "start_job"}
TASK = {"intent": "create_task", "outcome": "execute", "action": "start_job"}


def _check(comparer: Comparer, kit: Any, expected: dict[str, Any], decision: Any, **case: Any):
    run = CaseRun(kit.case(expected, **case), decision, latency_ms=1.0)
    return comparer.check(run)


def test_item_precision_recall_f1_count_duplicates(comparer: Comparer, kit: Any) -> None:
    expected = {**SHOP, "items": [{"name": "milk"}, {"name": "bread"}]}
    decision = kit.decision(
        "start_job", kit.shopping_job({"name": "milk"}, {"name": "milk"}, {"name": "eggs"})
    )
    check = _check(comparer, kit, expected, decision)
    assert (check.items_matched, check.items_actual, check.items_expected) == (1, 3, 2)
    assert check.failed == ("items",)
    metrics, support = aggregate([check])
    assert metrics["item_precision"] == pytest.approx(1 / 3)
    assert metrics["item_recall"] == pytest.approx(1 / 2)
    assert metrics["item_f1"] == pytest.approx(2 * (1 / 3) * (1 / 2) / (1 / 3 + 1 / 2))
    assert (support["item_precision"], support["item_recall"]) == (3, 2)


def test_an_expected_duplicate_needs_two_proposals(comparer: Comparer, kit: Any) -> None:
    expected = {**SHOP, "items": [{"name": "milk"}, {"name": "milk"}]}
    check = _check(
        comparer, kit, expected, kit.decision("start_job", kit.shopping_job({"name": "milk"}))
    )
    assert (check.items_matched, check.items_actual, check.items_expected) == (1, 1, 2)


@pytest.mark.parametrize(
    ("expected_name", "proposed_name"),
    [("молоко", "молока"), ("яблоко", "яблоки"), ("apple", "apples"), ("Red apples", "red apple")],
)
def test_names_match_across_inflection_and_plural(
    comparer: Comparer, kit: Any, expected_name: str, proposed_name: str
) -> None:
    expected = {**SHOP, "items": [{"name": expected_name}]}
    decision = kit.decision("start_job", kit.shopping_job({"name": proposed_name}))
    assert _check(comparer, kit, expected, decision).passed


# (expected item fields, proposed item fields, (quantity ok, unit ok)): in the expectation
# None means "must be absent"; in the verdict None means "not checked".
QUANTITY_UNIT = [
    ({"quantity": "2", "unit": "l"}, {"quantity": "2", "unit": "l"}, (True, True)),
    ({"quantity": "1.5"}, {"quantity": "1.50"}, (True, None)),
    ({"quantity": "2"}, {"quantity": "3"}, (False, None)),
    ({"quantity": None, "unit": None}, {}, (True, True)),
    ({"quantity": None}, {"quantity": "2"}, (False, None)),
    ({"unit": None}, {"unit": "kg"}, (None, False)),
    ({"unit": "kg"}, {}, (None, False)),
    ({}, {"quantity": "7", "unit": "pcs"}, (None, None)),
]


@pytest.mark.parametrize(("want", "got", "verdict"), QUANTITY_UNIT)
def test_quantity_and_unit_with_null_meaning_absent(
    comparer: Comparer,
    kit: Any,
    want: dict[str, Any],
    got: dict[str, Any],
    verdict: tuple[bool | None, bool | None],
) -> None:
    quantity_ok, unit_ok = verdict
    expected = {**SHOP, "items": [{"name": "milk", **want}]}
    decision = kit.decision("start_job", kit.shopping_job({"name": "milk", **got}))
    check = _check(comparer, kit, expected, decision)
    assert check.checks.get("items.quantity") is quantity_ok
    assert check.checks.get("items.unit") is unit_ok
    metrics, _ = aggregate([check])
    assert metrics["quantity_accuracy"] == (None if quantity_ok is None else float(quantity_ok))
    assert metrics["unit_accuracy"] == (None if unit_ok is None else float(unit_ok))


@pytest.mark.parametrize(
    ("expected_list", "items", "passes"),
    [
        ("l-1", [{"name": "a", "list_id": "l-1"}, {"name": "b", "list_id": "l-1"}], True),
        ("l-1", [{"name": "a", "list_id": "l-1"}, {"name": "b", "list_id": "l-2"}], False),
        ("l-1", [{"name": "a"}], False),
        (None, [{"name": "a"}], True),
        (None, [{"name": "a", "list_id": "l-1"}], False),
    ],
)
def test_list_id_of_every_item(
    comparer: Comparer, kit: Any, expected_list: str | None, items: list[Any], passes: bool
) -> None:
    expected = {**SHOP, "list_id": expected_list}
    check = _check(comparer, kit, expected, kit.decision("start_job", kit.shopping_job(*items)))
    assert check.checks["list_id"] is passes


def test_list_id_fails_when_nothing_was_proposed(comparer: Comparer, kit: Any) -> None:
    decision = kit.decision("clarify", {"question": "?"})
    assert _check(comparer, kit, {**SHOP, "list_id": None}, decision).checks["list_id"] is False


# (expected task, proposed task, failed fields)
TASKS = [
    (
        {
            "title": "Take out the trash",
            "assignee_id": "u-tom",
            "zone_id": None,
            "due": "2026-03-05",
        },
        {"title": "Take out trash", "assignee_id": "u-tom", "due": "2026-03-05"},
        (),
    ),
    ({"title": "Take out the trash"}, {"title": "Wash the dishes"}, ("task.title",)),
    ({"assignee_id": "u-tom"}, {"title": "X", "assignee_id": "u-emma"}, ("task.assignee_id",)),
    ({"zone_id": None}, {"title": "X", "zone_id": "z-kitchen"}, ("task.zone_id",)),
    ({"zone_id": "z-kitchen"}, {"title": "X", "zone_id": "z-kitchen"}, ()),
    ({"due": "2026-03-05T19:00:00-05:00"}, {"title": "X", "due": "2026-03-05"}, ("task.due",)),
    ({"due": None}, {"title": "X", "due": "2026-03-05"}, ("task.due",)),
    ({"due": None}, {"title": "X"}, ()),
]


@pytest.mark.parametrize(("want", "got", "failed"), TASKS)
def test_task_fields(
    comparer: Comparer, kit: Any, want: dict[str, Any], got: dict[str, Any], failed: tuple[str, ...]
) -> None:
    check = _check(
        comparer, kit, {**TASK, "task": want}, kit.decision("start_job", kit.task_job(**got))
    )
    assert check.failed == failed
    metrics, support = aggregate([check])
    assert support["task_field_accuracy"] == len(want)
    assert metrics["task_field_accuracy"] == pytest.approx((len(want) - len(failed)) / len(want))


def test_task_fields_fail_without_a_task(comparer: Comparer, kit: Any) -> None:
    expected = {**TASK, "task": {"title": "Walk the dog", "assignee_id": None}}
    check = _check(comparer, kit, expected, kit.decision("clarify", {"question": "?"}))
    assert set(check.failed) >= {"task.title", "task.assignee_id"}
    assert check.title_similarity == 0.0


def test_unchecked_fields_are_not_checked(comparer: Comparer, kit: Any) -> None:
    decision = kit.decision("start_job", kit.shopping_job({"name": "milk", "quantity": "9"}))
    check = _check(comparer, kit, SHOP, decision)
    assert set(check.checks) == {"intent", "outcome", "action", "schema"}
    assert check.passed
    metrics, _ = aggregate([check])
    assert metrics["item_f1"] is None
    assert metrics["task_field_accuracy"] is None


@pytest.mark.parametrize(
    ("expected", "payload", "passes"),
    [
        (["item.list_id"], {"question": "?", "missing_fields": ["item.list_id"]}, True),
        (["a", "b"], {"question": "?", "missing_fields": ["b", "a"]}, True),
        (["intent"], {"question": "?", "missing_fields": ["text"]}, False),
        (["intent"], {"question": "?"}, False),
    ],
)
def test_missing_fields_compare_as_a_set(
    comparer: Comparer, kit: Any, expected: list[str], payload: dict[str, Any], passes: bool
) -> None:
    want = {
        "intent": "unknown",
        "outcome": "clarify",
        "action": "clarify",
        "missing_fields": expected,
    }
    check = _check(comparer, kit, want, kit.decision("clarify", payload))
    assert check.checks["missing_fields"] is passes


def test_reject_code(comparer: Comparer, kit: Any) -> None:
    want = {"intent": "unsupported", "outcome": "reject", "action": "reject"}
    reject = kit.decision("reject", {"code": "payment_not_supported", "reason": "no"})
    right = _check(comparer, kit, {**want, "reject_code": "payment_not_supported"}, reject)
    wrong = _check(comparer, kit, {**want, "reject_code": "foreign_household"}, reject)
    assert right.passed
    assert right.actual_intent == "unsupported"
    assert wrong.failed == ("reject_code",)
    assert aggregate([right, wrong])[0]["reject_code_accuracy"] == 0.5


def test_an_error_fails_every_checked_field(comparer: Comparer, kit: Any) -> None:
    case = kit.case({**SHOP, "items": [{"name": "milk"}], "list_id": "l-1"})
    check = comparer.check(CaseRun(case, None, 3.0, "timeout", "took too long"))
    assert set(check.failed) == {"intent", "outcome", "action", "schema", "items", "list_id"}
    assert check.actual["error"] == "timeout: took too long"
    metrics, _ = aggregate([check])
    assert metrics["error_rate"] == 1.0
    assert metrics["schema_valid_rate"] == 0.0
    assert metrics["item_recall"] == 0.0


def test_summary_has_rates_confusion_breakdowns_and_errors(comparer: Comparer, kit: Any) -> None:
    shop = kit.case({**SHOP, "items": [{"name": "milk"}]}, case_id="a", lang="en", tags=("x",))
    task = kit.case(TASK, case_id="b", lang="ru", difficulty="hard", tags=("x", "y"))
    lost = kit.case(SHOP, case_id="c", lang="ru")
    runs = (
        CaseRun(shop, kit.decision("start_job", kit.shopping_job({"name": "milk"}), "a"), 1.0),
        CaseRun(
            task, kit.decision("clarify", {"question": "?", "missing_fields": ["intent"]}, "b"), 2.0
        ),
        CaseRun(lost, None, 3.0, "rate_limited", "429"),
    )
    result = summarise(PolicyRun("p", "1", runs, 0.1), comparer)
    assert result.metrics["intent_accuracy"] == pytest.approx(1 / 3)
    assert result.metrics["start_job_rate"] == pytest.approx(1 / 3)
    assert result.metrics["clarify_rate"] == pytest.approx(1 / 3)
    assert result.metrics["latency_p50_ms"] == 2.0
    assert result.errors_by_type == {"rate_limited": 1}
    intent = result.confusion["intent"].counts
    assert intent["add_shopping_item"]["add_shopping_item"] == 1
    assert intent["add_shopping_item"]["error"] == 1
    assert intent["create_task"]["unknown"] == 1
    assert result.confusion["outcome"].counts["execute"]["clarify"] == 1
    assert result.breakdowns["lang"]["ru"]["cases"] == 2
    assert result.breakdowns["tag"]["x"]["pass_rate"] == 0.5
    assert result.breakdowns["difficulty"]["hard"]["intent_accuracy"] == 0.0
    assert [check.run.case.id for check in result.failures] == ["b", "c"]


@pytest.mark.parametrize(
    ("values", "p", "expected"),
    [
        ([], 50, None),
        ([5.0], 95, 5.0),
        ([1.0, 2.0, 3.0, 4.0], 50, 2.0),
        ([4.0, 3.0, 2.0, 1.0], 95, 4.0),
        ([float(v) for v in range(1, 101)], 95, 95.0),
        ([float(v) for v in range(1, 21)], 95, 19.0),
    ],
)
def test_percentile_is_nearest_rank(values: list[float], p: float, expected: float | None) -> None:
    assert percentile(values, p) == expected
