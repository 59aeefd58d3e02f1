"""Loading the golden dataset: defaults, and every bad line reported as file:line: field."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from policy_eval import DatasetError, DatasetIssue, check_golden, load_golden

GOOD = {
    "id": "good-1",
    "lang": "en",
    "difficulty": "easy",
    "tags": ["t"],
    "text": "buy milk",
    "context": "home_en",
    "expected": {"intent": "add_shopping_item", "outcome": "execute", "action": "start_job"},
}


def _case(**changes: Any) -> dict[str, Any]:
    case = {**GOOD, **changes}
    return {key: value for key, value in case.items() if value is not None}


def test_text_and_context_case_builds_the_command_from_the_context(tiny_golden: Path) -> None:
    dataset = load_golden(tiny_golden)
    assert [case.id for case in dataset.cases] == ["en-weather", "ru-blank", "en-unmeetable"]
    command = dataset.cases[0].command
    assert command.command_id == "en-weather"
    assert command.user_id == "u-emma"
    assert command.timestamp == "2026-03-04T18:30:00-05:00"
    assert len(command.capabilities) == 6
    assert dataset.cases[1].location.endswith("tiny.jsonl:2")
    assert dataset.files == ("cases/tiny.jsonl",)
    assert dataset.digest.startswith("sha256:")


def test_case_overrides_capabilities_user_and_timestamp(tmp_path: Path, kit: Any) -> None:
    overridden = _case(
        capabilities=["clarify"], user_id="u-tom", timestamp="2026-03-05T09:00:00-05:00"
    )
    root = kit.make_golden(tmp_path, [overridden])
    command = load_golden(root).cases[0].command
    assert command.capabilities == ["clarify"]
    assert command.user_id == "u-tom"
    assert command.timestamp == "2026-03-05T09:00:00-05:00"


def test_full_command_case_gets_the_case_id(tmp_path: Path, kit: Any) -> None:
    command = {
        "user_id": "u-x",
        "text": "hi",
        "timestamp": "2026-03-04T10:00:00Z",
        "capabilities": ["clarify"],
        "context": {"household": {"members": [{"user_id": "u-x"}]}},
    }
    root = kit.make_golden(tmp_path, [_case(text=None, context=None, command=command)])
    assert load_golden(root).cases[0].command.command_id == "good-1"


def test_blank_lines_are_skipped_and_line_numbers_stay_true(tmp_path: Path, kit: Any) -> None:
    root = kit.make_golden(tmp_path, ["", _case(), "   ", _case(id="good-2", lang="xx")])
    issues = check_golden(root).issues
    assert [(issue.line, issue.field) for issue in issues] == [(4, "/lang")]


# One row per way a line can be bad: (the line, the field reported, part of the problem).
BAD_LINES = [
    pytest.param('{"id": "x", "lang": ', "/", "not valid JSON", id="broken-json"),
    pytest.param("[1, 2]", "/", "a case is a JSON object", id="not-an-object"),
    pytest.param(_case(id="bad-lang", lang="de"), "/lang", "'de' is not one of", id="enum"),
    pytest.param(_case(id="no-exp", expected=None), "/expected", "is required", id="required"),
    pytest.param(_case(id="extra", colour="red"), "/colour", "not an allowed", id="extra"),
    pytest.param(
        _case(id="bad-ts", timestamp="2026-02-30T10:00:00Z"),
        "/timestamp",
        "is not a 'date-time'",
        id="format",
    ),
    pytest.param(
        _case(id="item", expected={**GOOD["expected"], "items": [{"name": "m", "quantity": "2x"}]}),
        "/expected/items/0/quantity",
        "does not match",
        id="nested",
    ),
    pytest.param(
        _case(id="both", command={}), "/", "either `text` and `context`", id="text-and-command"
    ),
    pytest.param(_case(id="ctx", context="nowhere"), "/context", "unknown context", id="context"),
    pytest.param(_case(id="good-1"), "/id", "duplicate id 'good-1'", id="duplicate-id"),
    pytest.param(_case(id="user", user_id=""), "/user_id", "non-empty", id="invalid-command"),
    pytest.param(
        _case(id="cmd", text=None, context=None, command={"user_id": "u"}),
        "/command/text",
        "is required",
        id="invalid-full-command",
    ),
    pytest.param(
        _case(id="cid", text=None, context=None, command={"command_id": "other"}),
        "/command/command_id",
        "must equal the case id",
        id="command-id-mismatch",
    ),
    pytest.param(
        _case(id="mism", expected={"intent": "unknown", "outcome": "execute", "action": "clarify"}),
        "/expected/outcome",
        "does not go with action 'clarify'",
        id="outcome-action",
    ),
    pytest.param(
        _case(id="code", expected={**GOOD["expected"], "reject_code": "foreign_household"}),
        "/expected/reject_code",
        "only a reject",
        id="code-without-reject",
    ),
]


@pytest.mark.parametrize(("line", "field", "problem"), BAD_LINES)
def test_a_bad_line_is_reported_with_file_line_and_field(
    tmp_path: Path, kit: Any, line: Any, field: str, problem: str
) -> None:
    root = kit.make_golden(tmp_path, [_case(), _case(id="good-2"), line])
    issues = check_golden(root).issues
    assert issues, "the bad line went unnoticed"
    path = str(root / "cases" / "tiny.jsonl")
    assert {(issue.path, issue.line) for issue in issues} == {(path, 3)}
    found = [issue for issue in issues if issue.field == field]
    assert found, [str(issue) for issue in issues]
    assert problem in found[0].problem
    assert str(found[0]).startswith(f"{path}:3: {field}: ")


def test_every_bad_line_is_reported_not_just_the_first(tmp_path: Path, kit: Any) -> None:
    lines = [_case(), "{oops", _case(id="b", lang="de"), _case(id="c"), _case(id="d", context="x")]
    root = kit.make_golden(tmp_path, lines)
    check = check_golden(root)
    assert [issue.line for issue in check.issues] == [2, 3, 5]
    assert [case.id for case in check.dataset.cases] == ["good-1", "c"]
    with pytest.raises(DatasetError) as caught:
        load_golden(root)
    assert caught.value.issues == check.issues
    assert "3 problems" in str(caught.value)


def test_duplicate_ids_across_files_name_the_first(tmp_path: Path, kit: Any) -> None:
    root = kit.make_golden(tmp_path, [_case()])
    kit.write_lines(root / "cases" / "zz_second.jsonl", [_case(id="other"), _case()])
    (issue,) = check_golden(root).issues
    assert issue.path == str(root / "cases" / "zz_second.jsonl")
    assert issue.line == 2
    assert f"first at {root / 'cases' / 'tiny.jsonl'}:1" in issue.problem


def test_a_broken_context_is_reported_once_against_contexts_json(tmp_path: Path, kit: Any) -> None:
    root = kit.make_golden(tmp_path, [_case(), _case(id="again")])
    contexts = json.loads((root / "contexts.json").read_text("utf-8"))
    contexts["home_en"]["context"]["household"]["members"] = []
    (root / "contexts.json").write_text(json.dumps(contexts, indent=2), encoding="utf-8")
    issues = check_golden(root).issues
    assert len(issues) == 1
    (issue,) = issues
    assert issue.path == str(root / "contexts.json")
    assert issue.field == "/home_en/context/household/members"
    lines = (root / "contexts.json").read_text("utf-8").splitlines()
    assert issue.line is not None
    assert lines[issue.line - 1].strip().startswith('"home_en"')


def test_missing_pieces_are_issues_not_crashes(tmp_path: Path) -> None:
    issues = check_golden(tmp_path / "absent").issues
    fields = {(Path(issue.path).name, issue.line) for issue in issues}
    assert fields == {("case.schema.json", None), ("contexts.json", None), ("cases", None)}
    assert all(isinstance(issue, DatasetIssue) for issue in issues)


def test_case_files_without_cases_are_an_issue(tmp_path: Path, kit: Any) -> None:
    root = kit.make_golden(tmp_path, ["", "  "])
    (issue,) = check_golden(root).issues
    assert (issue.line, issue.problem) == (None, "the case files hold no cases")


def test_issue_without_a_line_reads_file_field_problem() -> None:
    assert str(DatasetIssue("golden/cases", None, "/", "no case files")) == (
        "golden/cases: /: no case files"
    )
