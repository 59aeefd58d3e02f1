"""Inputs at and past their limits: a typed, bounded answer, never a crash or an echo.

Every input reaches ``decide()`` either as a decision or as a ``CommandValidationError`` whose
violations name the field (a JSON pointer) and the problem in a few hundred characters, however
deep, long or large the input.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable
from typing import Any

import pytest

from policy_core import (
    CommandValidationError,
    PolicySettings,
    Violation,
    decide,
    load_schema,
    parse_command_json,
    validate_decision,
)
from policy_core._contracts import CommandDTO, Household
from policy_core._dates import find_due
from policy_core._limits import MAX_DEPTH, MAX_ITEMS
from policy_core._numbers import read_number
from policy_core._text import tokenize
from policy_core.lang import BUILT_IN
from policy_core.testing import DEFAULT_NOW, make_command

# A violation message is a line a person reads: a short quote of the value, never the value.
BOUND = 500


def refused(document: object) -> CommandValidationError:
    with pytest.raises(CommandValidationError) as caught:
        decide(document)  # type: ignore[arg-type]
    error = caught.value
    for violation in error.violations:
        assert len(violation.message) <= BOUND, violation.message[:200]
        assert len(violation.pointer) <= BOUND, violation.pointer[:200]
    assert len(str(error)) <= BOUND * (1 + len(error.violations))
    return error


def nested(depth: int, leaf: object = 1, *, key: str | None = None) -> object:
    """``depth`` arrays (or objects under ``key``) around ``leaf``, built without recursion."""
    value = leaf
    for _ in range(depth):
        value = [value] if key is None else {key: value}
    return value


# --- item 3: nesting ---------------------------------------------------------------------


def _set_text(command: dict[str, Any], value: object) -> None:
    command["text"] = value


def _set_score(command: dict[str, Any], value: object) -> None:
    command["context"]["household"]["members"][0]["workload_score"] = value


def _set_member(command: dict[str, Any], value: object) -> None:
    command["context"]["household"]["members"][0] = value


def _set_unknown(command: dict[str, Any], value: object) -> None:
    command["context"]["colour"] = value


PLACES: list[tuple[str, Callable[[dict[str, Any], object], None]]] = [
    ("/text", _set_text),
    ("/context/household/members/0/workload_score", _set_score),
    ("/context/household/members/0", _set_member),
    ("/context/colour", _set_unknown),
]


@pytest.mark.parametrize("key", [None, "a"], ids=["arrays", "objects"])
@pytest.mark.parametrize("depth", [1_000, 100_000])
@pytest.mark.parametrize(("field", "put"), PLACES, ids=[field for field, _ in PLACES])
def test_deep_nesting_is_a_violation_naming_the_field(
    field: str, put: Callable[[dict[str, Any], object], None], depth: int, key: str | None
) -> None:
    command = make_command()
    put(command, nested(depth, key=key))
    error = refused(command)
    (violation,) = error.violations
    assert violation.pointer.startswith(field)
    assert violation.pointer.count("/") <= MAX_DEPTH + 1
    assert f"nested more than {MAX_DEPTH} levels deep" in violation.message


def test_nesting_up_to_the_limit_is_examined_as_usual() -> None:
    command = make_command()
    command["text"] = nested(MAX_DEPTH - 1)
    (violation,) = refused(command).violations
    assert violation.pointer == "/text"
    assert "is not of type 'string'" in violation.message


def test_json_too_deep_to_parse_is_a_violation() -> None:
    text = json.dumps(make_command()).replace('"cmd-1"', "[" * 100_000 + "]" * 100_000)
    with pytest.raises(CommandValidationError) as caught:
        parse_command_json(text)
    ((pointer, message),) = [(v.pointer, v.message) for v in caught.value.violations]
    assert pointer == ""
    assert "nested too deep" in message


def test_a_deep_decision_document_is_refused_the_same_way() -> None:
    with pytest.raises(CommandValidationError) as caught:
        validate_decision({"decision_id": nested(100_000)})
    assert any("nested more than" in v.message for v in caught.value.violations)


# --- item 5: echoed values ---------------------------------------------------------------

PRIVATE = "my card ends in 4111 and I am away until Monday. "
LONG = PRIVATE * 100_000  # 4.9 MB


def _long(command: dict[str, Any], field: str) -> None:
    if field == "/timestamp":
        command["timestamp"] = LONG
    elif field == "/capabilities/0":
        command["capabilities"][0] = LONG
    elif field == "/command_id":
        command["command_id"] = [LONG]
    elif field == "/text":
        command["text"] = {"body": LONG}
    elif field == "/context/policies/max_open_tasks_per_user":
        command["context"]["policies"] = {"max_open_tasks_per_user": LONG}
    elif field == "/context/household/members/0/workload_score":
        command["context"]["household"]["members"][0]["workload_score"] = LONG
    else:  # pragma: no cover - a field the table does not know
        raise AssertionError(field)


@pytest.mark.parametrize(
    "field",
    [
        "/timestamp",  # a format
        "/capabilities/0",  # an enum
        "/command_id",  # a type, the value inside an array
        "/text",  # a type, the value inside an object
        "/context/policies/max_open_tasks_per_user",
        "/context/household/members/0/workload_score",
    ],
)
def test_a_long_value_is_quoted_short_with_its_length(field: str) -> None:
    command = make_command()
    _long(command, field)
    error = refused(command)
    (violation,) = error.violations
    assert violation.pointer == field
    assert str(error).count(PRIVATE) <= 1  # at most the start of the value, once
    if isinstance(_value_at(command, field), str):
        assert f"({len(LONG):,} characters)" in violation.message


def _value_at(document: Any, pointer: str) -> Any:
    for part in pointer.split("/")[1:]:
        document = document[int(part)] if isinstance(document, list) else document[part]
    return document


def test_a_short_value_is_quoted_whole() -> None:
    command = make_command()
    command["capabilities"] = ["clarify", "fly"]
    (violation,) = refused(command).violations
    assert violation.message.startswith("'fly' is not one of")


def test_a_long_unknown_key_is_named_short() -> None:
    command = make_command()
    command["x" * 1_000_000] = 1
    (violation,) = refused(command).violations
    assert violation.pointer.startswith("/xxxx")
    assert "1,000,000 characters" in violation.pointer
    assert violation.message == "is not an allowed property"


def test_the_cause_is_bounded_too() -> None:
    command = make_command()
    command["timestamp"] = LONG
    error = refused(command)
    assert error.__cause__ is not None
    assert len(str(error.__cause__)) <= BOUND * 4


def test_an_integer_too_long_to_print_is_named() -> None:
    command = make_command()
    command["text"] = 10**5000
    (violation,) = refused(command).violations
    assert violation.pointer == "/text"
    assert "digits" in violation.message


def test_a_violation_bounds_whatever_it_is_given() -> None:
    violation = Violation("/" + "k" * 100_000, "v" * 100_000)
    assert len(violation.pointer) <= BOUND
    assert len(violation.message) <= BOUND
    assert "100,000 characters" in violation.message
    assert len(str(violation)) <= 2 * BOUND


# --- item 10: household size -------------------------------------------------------------

LISTS = {
    "/context/household/members": lambda i: {"user_id": f"u-{i}", "display_name": f"M{i}"},
    "/context/household/zones": lambda i: {"zone_id": f"z-{i}", "name": f"Z{i}"},
    "/context/household/shopping_lists": lambda i: {"list_id": f"l-{i}", "name": f"L{i}"},
    "/capabilities": lambda i: "clarify",
}


def _with_items(pointer: str, count: int) -> dict[str, Any]:
    command = make_command()
    *parents, name = pointer.split("/")[1:]
    owner = command
    for part in parents:
        owner = owner[part]
    owner[name] = [LISTS[pointer](i) for i in range(count)]
    return command


@pytest.mark.parametrize("pointer", list(LISTS))
def test_a_list_at_its_limit_is_accepted(pointer: str) -> None:
    decision = decide(_with_items(pointer, MAX_ITEMS))
    assert decision.command_id == "cmd-1"


@pytest.mark.parametrize("count", [MAX_ITEMS + 1, 200_000])
@pytest.mark.parametrize("pointer", list(LISTS))
def test_a_list_past_its_limit_is_a_violation_naming_it(pointer: str, count: int) -> None:
    error = refused(_with_items(pointer, count))
    (violation,) = error.violations
    assert violation.pointer == pointer
    assert f"{count:,} items, more than {MAX_ITEMS:,}" in violation.message


def test_the_schema_and_the_models_carry_the_same_limits() -> None:
    schema = load_schema("command")
    household = schema["properties"]["context"]["properties"]["household"]["properties"]
    assert schema["properties"]["capabilities"]["maxItems"] == MAX_ITEMS
    for name in ("members", "zones", "shopping_lists"):
        assert household[name]["maxItems"] == MAX_ITEMS
    for model, name in [
        (CommandDTO, "capabilities"),
        (Household, "members"),
        (Household, "zones"),
        (Household, "shopping_lists"),
    ]:
        limits = [getattr(m, "max_length", None) for m in model.model_fields[name].metadata]
        assert MAX_ITEMS in limits, (model.__name__, name)


def test_a_huge_object_is_refused_without_listing_every_key() -> None:
    command = make_command()
    command["context"]["household"]["members"][0].update({f"k{i}": i for i in range(MAX_ITEMS + 1)})
    (violation,) = refused(command).violations
    assert violation.pointer == "/context/household/members/0"
    assert f"{MAX_ITEMS + 1 + 4:,} properties, more than {MAX_ITEMS:,}" in violation.message


# --- item 6: the length check comes before normalisation ---------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("\ufdfa" * 1_000_000, "text_too_long"),  # NFKC makes each 18 characters
        ("купи молоко " * 100_000, "text_too_long"),
        (" " * 1_000_000, None),  # blank comes first (row 1)
        ("\u200b" * 1_000_000, None),  # invisible characters are blank too
    ],
    ids=["ligatures", "words", "spaces", "invisible"],
)
def test_an_over_long_text_is_refused_before_it_is_normalised(
    monkeypatch: pytest.MonkeyPatch, text: str, code: str | None
) -> None:
    seen: list[int] = []
    real = unicodedata.normalize

    def normalize(form: Any, value: str) -> str:
        seen.append(len(value))
        return real(form, value)

    monkeypatch.setattr(unicodedata, "normalize", normalize)
    settings = PolicySettings(max_text_length=1000)
    decision = decide(make_command(text), settings)
    assert all(length <= settings.max_text_length for length in seen), max(seen)
    if code is None:
        assert decision.action == "clarify"
        assert decision.payload.missing_fields == ["text"]  # type: ignore[union-attr]
    else:
        assert decision.action == "reject"
        assert decision.payload.code == code  # type: ignore[union-attr]


def test_a_text_that_normalisation_lengthens_past_the_limit_is_still_too_long() -> None:
    decision = decide(make_command("\ufdfa" * 100), PolicySettings(max_text_length=1000))
    assert decision.action == "reject"
    assert decision.payload.code == "text_too_long"  # type: ignore[union-attr]


# --- item 7: long digit runs -------------------------------------------------------------

DIGITS = "7" * 5_000


@pytest.mark.parametrize(
    "text",
    [
        f"в {DIGITS} позвонить маме",
        f"call mom at {DIGITS}",
        f"через {DIGITS} минут вынести мусор",
        f"купи {DIGITS} литров молока",
        f"купи молоко {DIGITS}.5",
        f"{DIGITS}.30 вынести мусор",
        DIGITS,
    ],
    ids=["hour-ru", "hour-en", "span", "quantity", "fraction", "clock", "alone"],
)
def test_a_long_digit_run_is_no_number(text: str) -> None:
    decision = decide(make_command(text), PolicySettings(max_text_length=20_000))
    document = decision.to_json_dict()
    validate_decision(document)
    quantities = [
        action["payload"]["item"].get("quantity")
        for action in document["payload"].get("proposed_actions", ())
        if action["action"] == "propose_add_shopping_item"
    ]
    assert all(q is None or len(q) <= 15 for q in quantities)


def test_the_readers_skip_a_long_digit_run() -> None:
    vocabulary = BUILT_IN.vocabulary
    tokens = tokenize(f"{DIGITS} минут", vocabulary.text)
    assert read_number(tokens, 0, vocabulary.numbers) is None
    assert find_due(tokens, DEFAULT_NOW, vocabulary.dates, vocabulary.numbers) is None
    assert read_number(tokenize("1000000 штук", vocabulary.text), 0, vocabulary.numbers)
