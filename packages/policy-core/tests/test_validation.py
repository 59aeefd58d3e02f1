"""CommandValidationError names every violation of a document, each with its JSON pointer."""

from __future__ import annotations

import copy
import json
import math
from typing import Any

import pytest
from pydantic import ValidationError

from policy_core import (
    CommandDTO,
    CommandValidationError,
    DecisionDTO,
    PolicyError,
    Violation,
    decide,
    parse_command,
    parse_command_json,
    validate_decision,
)
from policy_core.testing import make_command


def violations_of(document: object) -> dict[str, str]:
    """pointer -> message (joined when one pointer has several) for an invalid command."""
    with pytest.raises(CommandValidationError) as caught:
        parse_command(document)
    found: dict[str, str] = {}
    for violation in caught.value.violations:
        found[violation.pointer] = " | ".join(
            filter(None, [found.get(violation.pointer), violation.message])
        )
    return found


def a_decision(**changes: Any) -> dict[str, Any]:
    decision: dict[str, Any] = {
        "decision_id": "d-1",
        "command_id": "cmd-1",
        "status": "ok",
        "action": "propose_add_shopping_item",
        "decision_outcome": "execute",
        "confidence": 0.9,
        "payload": {"item": {"name": "молоко", "quantity": "2", "unit": "l"}},
        "explanation": "Добавить молоко в список.",
        "trace_id": "t-1",
        "schema_version": "2.1.0",
        "decision_version": "deterministic/1.0.0",
        "created_at": "2026-03-04T07:00:05+00:00",
    }
    decision.update(changes)
    return decision


# --- the error type ----------------------------------------------------------------------


def test_the_error_is_a_policy_error_and_a_value_error() -> None:
    with pytest.raises(ValueError, match="invalid CommandDTO") as caught:
        parse_command({})
    error: object = caught.value
    assert isinstance(error, PolicyError)
    assert isinstance(error, CommandValidationError)
    assert error.document == "CommandDTO"
    assert isinstance(error.violations, tuple)
    assert all(isinstance(violation, Violation) for violation in error.violations)
    # the library's own exception is kept as the cause
    assert isinstance(error.__cause__, ValidationError)


def test_the_message_counts_and_lists_every_violation() -> None:
    with pytest.raises(CommandValidationError) as caught:
        parse_command({"command_id": "c"})
    error = caught.value
    assert len(error.violations) == 5
    assert str(error).startswith("invalid CommandDTO: 5 violations\n")
    for violation in error.violations:
        assert f"  {violation}" in str(error)


def test_a_violation_prints_as_pointer_and_message() -> None:
    assert str(Violation("/text", "is required")) == "/text: is required"
    assert str(Violation("", "not valid JSON")) == "/: not valid JSON"


def test_a_valid_command_passes_and_a_dto_passes_through() -> None:
    command = parse_command(make_command())
    assert isinstance(command, CommandDTO)
    assert parse_command(command) is command


# --- every violation, with its pointer ---------------------------------------------------


def test_every_missing_required_field_is_named() -> None:
    assert violations_of({}) == {
        "/capabilities": "is required",
        "/command_id": "is required",
        "/context": "is required",
        "/text": "is required",
        "/timestamp": "is required",
        "/user_id": "is required",
    }


def test_several_violations_at_once_at_every_level() -> None:
    command = make_command()
    del command["user_id"]
    command["timestamp"] = "2026-13-01T10:00:00Z"
    command["capabilities"] = ["clarify", "fly"]
    command["text"] = 42
    members = command["context"]["household"]["members"]
    members[0]["user_id"] = 7
    members[1]["workload_score"] = "high"
    del members[2]["user_id"]
    command["context"]["household"]["zones"][0]["name"] = None
    command["context"]["policies"] = {"max_open_tasks_per_user": -1}
    command["context"]["defaults"]["colour"] = "blue"

    found = violations_of(command)

    assert set(found) == {
        "/user_id",
        "/timestamp",
        "/capabilities/1",
        "/text",
        "/context/household/members/0/user_id",
        "/context/household/members/1/workload_score",
        "/context/household/members/2/user_id",
        "/context/household/zones/0/name",
        "/context/policies/max_open_tasks_per_user",
        "/context/defaults/colour",
    }
    assert found["/user_id"] == "is required"
    assert "date-time" in found["/timestamp"]
    assert "'fly'" in found["/capabilities/1"]
    assert "string" in found["/text"]
    assert "string" in found["/context/household/members/0/user_id"]
    assert "number" in found["/context/household/members/1/workload_score"]
    assert found["/context/household/members/2/user_id"] == "is required"
    assert "string" in found["/context/household/zones/0/name"]
    assert "minimum" in found["/context/policies/max_open_tasks_per_user"]
    assert found["/context/defaults/colour"] == "is not an allowed property"


def test_violations_are_sorted_by_pointer() -> None:
    command = make_command()
    command["zzz"] = 1
    command["aaa"] = 2
    command["text"] = None
    with pytest.raises(CommandValidationError) as caught:
        parse_command(command)
    pointers = [violation.pointer for violation in caught.value.violations]
    assert pointers == sorted(pointers)
    assert pointers == ["/aaa", "/text", "/zzz"]


def test_unknown_keys_are_named_with_escaped_pointers() -> None:
    command = make_command()
    command["a/b"] = 1
    command["c~d"] = 2
    command["~1"] = 3
    command["context"]["household"]["members"][0]["x/y~z"] = True
    assert violations_of(command) == {
        "/a~1b": "is not an allowed property",
        "/c~0d": "is not an allowed property",
        "/~01": "is not an allowed property",
        "/context/household/members/0/x~1y~0z": "is not an allowed property",
    }


@pytest.mark.parametrize(
    ("mutate", "pointer", "words"),
    [
        (lambda c: c.update(capabilities=[]), "/capabilities", "non-empty"),
        (
            lambda c: c["context"]["household"].update(members=[]),
            "/context/household/members",
            "non-empty",
        ),
        (lambda c: c.update(command_id=""), "/command_id", "non-empty"),
        (lambda c: c.update(command_id=None), "/command_id", "string"),
        (lambda c: c["context"].update(defaults=None), "/context/defaults", "object"),
        (
            lambda c: c["context"]["household"].update(zones=None),
            "/context/household/zones",
            "array",
        ),
        (
            lambda c: c["context"].update(policies={"max_open_tasks_per_user": True}),
            "/context/policies/max_open_tasks_per_user",
            "integer",
        ),
        (
            lambda c: c["context"].update(policies={"max_open_tasks_per_user": 2.5}),
            "/context/policies/max_open_tasks_per_user",
            "integer",
        ),
        (lambda c: c.update(capabilities="clarify"), "/capabilities", "array"),
        (lambda c: c["context"].pop("household"), "/context/household", "is required"),
    ],
    ids=[
        "empty-capabilities",
        "no-members",
        "empty-command-id",
        "null-command-id",
        "null-optional-object",
        "null-optional-array",
        "bool-for-int",
        "fraction-for-int",
        "string-for-array",
        "missing-household",
    ],
)
def test_each_kind_of_violation_names_its_problem(mutate: Any, pointer: str, words: str) -> None:
    command = make_command()
    mutate(command)
    found = violations_of(command)
    assert set(found) == {pointer}
    assert words in found[pointer]


def test_an_integral_float_is_an_integer() -> None:
    command = make_command(policies={"max_open_tasks_per_user": 3.0})
    assert parse_command(command).context.policies is not None


@pytest.mark.parametrize("document", [None, [], [make_command()], "{}", 42, 4.2, True])
def test_a_document_that_is_not_an_object(document: object) -> None:
    found = violations_of(document)
    assert set(found) == {""}
    assert "object" in found[""]


def test_the_caller_s_document_is_not_changed() -> None:
    command = make_command()
    command["extra"] = 1
    before = copy.deepcopy(command)
    violations_of(command)
    assert command == before


# --- values only the model can refuse ----------------------------------------------------


def test_nan_put_straight_into_a_dict_is_refused_with_its_pointer() -> None:
    # A schema "number" admits a Python NaN; the model does not, and the pointer still comes.
    command = make_command()
    command["context"]["household"]["members"][0]["workload_score"] = math.nan
    found = violations_of(command)
    assert set(found) == {"/context/household/members/0/workload_score"}
    assert "finite" in found["/context/household/members/0/workload_score"]


def test_a_lone_surrogate_is_refused_with_its_pointer() -> None:
    # Not a Unicode scalar value: pydantic-core refuses it in constrained strings.
    found = violations_of(make_command(command_id="\ud800"))
    assert set(found) == {"/command_id"}


# --- date-times --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "timestamp",
    [
        "2026-03-04T10:00:00+03:00",
        "2026-03-04T07:00:00Z",
        "2026-03-04t07:00:00z",
        "2026-03-04T07:00:00.123456789-05:30",
        "2016-12-31T23:59:60Z",
        "2026-03-04T07:00:00-00:00",
        "2026-03-04T07:00:00+23:59",
        "0001-01-01T00:00:00Z",
    ],
)
def test_rfc3339_date_times_are_accepted(timestamp: str) -> None:
    assert parse_command(make_command(timestamp=timestamp)).timestamp == timestamp


@pytest.mark.parametrize(
    "timestamp",
    [
        "2026-13-04T10:00:00Z",
        "2026-02-30T10:00:00Z",
        "2026-03-04T24:00:00Z",
        "2026-03-04T10:60:00Z",
        "2026-03-04T10:00:61Z",
        "2026-03-04T10:00:00+24:00",
        "2026-03-04T10:00:00+03:60",
        "2026-03-04T10:00:00+23:60",
        "2026-03-04t10:00:00z\n",
        "2016-12-31T23:59:60Z\n",
        "2026-03-04T10:00:00Z\n",
        "2026-03-04T10:00:00+0300",
        "2026-03-04T10:00:00",
        "2026-03-04",
        "10:00:00Z",
        "26-03-04T10:00:00Z",
        "2026-03-04T10:00:00.Z",
        "2026-03-04T10:00Z",
        "２０２６-03-04T10:00:00Z",
        "",
        "tomorrow",
    ],
)
def test_date_time_format_is_enforced(timestamp: str) -> None:
    found = violations_of(make_command(timestamp=timestamp))
    assert set(found) == {"/timestamp"}
    assert "date-time" in found["/timestamp"]


# --- parse_command_json ------------------------------------------------------------------


def test_json_text_and_bytes_are_parsed() -> None:
    text = json.dumps(make_command("Купи молоко"), ensure_ascii=False)
    assert parse_command_json(text).text == "Купи молоко"
    assert parse_command_json(text.encode("utf-8")).text == "Купи молоко"


@pytest.mark.parametrize(
    "text",
    ["", "   ", "{", '{"command_id": }', "[1,]", "{'a': 1}", '{"a": 1} {"b": 2}', "nul"],
    ids=[
        "empty",
        "blank",
        "unclosed",
        "missing-value",
        "trailing-comma",
        "single-quotes",
        "two-documents",
        "bad-literal",
    ],
)
def test_json_syntax_errors_are_one_violation_at_the_root(text: str) -> None:
    with pytest.raises(CommandValidationError) as caught:
        parse_command_json(text)
    (violation,) = caught.value.violations
    assert violation.pointer == ""
    assert violation.message.startswith("not valid JSON")
    assert "line 1" in violation.message  # where the parser stopped


@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_literals_are_refused(literal: str) -> None:
    text = json.dumps(make_command()).replace(
        '"workload_score": 0.4', f'"workload_score": {literal}'
    )
    assert literal in text
    with pytest.raises(CommandValidationError) as caught:
        parse_command_json(text)
    (violation,) = caught.value.violations
    assert violation.pointer == ""
    assert literal in violation.message


def test_bytes_that_are_not_utf8_are_refused() -> None:
    with pytest.raises(CommandValidationError) as caught:
        parse_command_json(b'{"text": "\xff\xfe"}')
    assert caught.value.violations[0].pointer == ""


def test_deeply_nested_json_is_refused_not_crashed() -> None:
    with pytest.raises(CommandValidationError):
        parse_command_json("[" * 200_000 + "]" * 200_000)


def test_valid_json_that_breaks_the_schema_lists_its_violations() -> None:
    with pytest.raises(CommandValidationError) as caught:
        parse_command_json('{"command_id": "c", "text": 1}')
    pointers = {violation.pointer for violation in caught.value.violations}
    assert {"/text", "/user_id", "/timestamp", "/capabilities", "/context"} <= pointers


def test_decide_raises_the_same_error() -> None:
    with pytest.raises(CommandValidationError) as caught:
        decide({"text": "Купи молоко"})
    assert "/command_id" in {violation.pointer for violation in caught.value.violations}


# --- validate_decision -------------------------------------------------------------------


def test_a_valid_decision_validates() -> None:
    decision = validate_decision(a_decision())
    assert isinstance(decision, DecisionDTO)
    assert decision.to_json_dict() == a_decision()


def test_decision_violations_name_the_document_and_every_problem() -> None:
    document = a_decision(status="error", decision_outcome="clarify", confidence=1.5)
    del document["trace_id"]
    document["payload"] = {"item": {"name": "", "quantity": "two"}, "colour": "red"}
    with pytest.raises(CommandValidationError) as caught:
        validate_decision(document)
    error = caught.value
    assert isinstance(error, PolicyError)
    assert isinstance(error, ValueError)
    assert error.document == "DecisionDTO"
    assert str(error).startswith("invalid DecisionDTO:")
    found = {violation.pointer: violation.message for violation in error.violations}
    assert set(found) == {
        "/trace_id",
        "/status",
        "/decision_outcome",
        "/confidence",
        "/payload/colour",
        "/payload/item/name",
        "/payload/item/quantity",
    }
    assert found["/trace_id"] == "is required"
    assert "'ok'" in found["/status"]
    assert "'execute'" in found["/decision_outcome"]
    assert "maximum" in found["/confidence"]
    assert found["/payload/colour"] == "is not an allowed property"
    assert "does not match" in found["/payload/item/quantity"]


@pytest.mark.parametrize(
    ("changes", "pointer"),
    [
        ({"action": "clarify"}, "/payload"),
        ({"action": "dance"}, "/action"),
        ({"created_at": "2026-03-04 7am"}, "/created_at"),
        ({"schema_version": "2.1"}, "/schema_version"),
        ({"schema_version": "2.1.0\n"}, "/schema_version"),
        ({"confidence": True}, "/confidence"),
        ({"explanation": None}, "/explanation"),
    ],
    ids=[
        "payload-of-another-action",
        "unknown-action",
        "bad-created-at",
        "short-semver",
        "semver-newline",
        "bool-confidence",
        "null-explanation",
    ],
)
def test_decision_violations_point_at_the_field(changes: dict[str, Any], pointer: str) -> None:
    with pytest.raises(CommandValidationError) as caught:
        validate_decision(a_decision(**changes))
    pointers = {violation.pointer for violation in caught.value.violations}
    assert any(found == pointer or found.startswith(pointer + "/") for found in pointers)


def test_a_decision_that_is_not_an_object() -> None:
    with pytest.raises(CommandValidationError) as caught:
        validate_decision(["not", "a", "decision"])
    (violation,) = caught.value.violations
    assert violation.pointer == ""
    assert "object" in violation.message
