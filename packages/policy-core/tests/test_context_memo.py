"""A household's context is validated once and handed to its later commands
(``_context_memo``): the same decisions, the same errors, nothing remembered wrongly."""

from __future__ import annotations

import copy
import json
import math
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policy_core import CommandValidationError, PolicySettings, RulePolicy, decide, parse_command
from policy_core._context_memo import _MAX_DEPTH, ContextMemo, _thawed, context_key
from policy_core.testing import make_command

DETERMINISTIC = PolicySettings(deterministic_ids=True)


def _same_types(a: object, b: object) -> bool:
    """``a`` and ``b`` are equal and of the same JSON types all the way down."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        assert isinstance(b, dict)
        return list(a) == list(b) and all(_same_types(a[k], b[k]) for k in a)
    if isinstance(a, list):
        assert isinstance(b, list)
        return len(a) == len(b) and all(_same_types(x, y) for x, y in zip(a, b, strict=True))
    return a == b


JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False).filter(lambda x: math.copysign(1.0, x) > 0 or x != 0)
    | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4)
    ),
    max_leaves=30,
)


@given(JSON)
@settings(max_examples=300, deadline=None)
def test_a_key_reads_back_as_the_value_it_was_written_from(value: Any) -> None:
    key = context_key(value)
    assert key is not None
    hash(key)
    assert _same_types(_thawed(key, 0)[0], value)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ({"w": 1}, {"w": True}),
        ({"w": 1}, {"w": 1.0}),
        ({"w": 0}, {"w": False}),
        ({"w": 0.0}, {"w": 0}),
        ({"w": None}, {"w": "None"}),
        ({"w": [1, 2]}, {"w": [[1, 2]]}),
        ({"w": {}}, {"w": []}),
        ({"a": "b"}, {"a": ["b"]}),
        (["a", "b"], ["ab"]),
    ],
)
def test_values_equal_in_python_but_not_in_json_never_share_a_key(one: Any, other: Any) -> None:
    assert one == other or json.dumps(one) != json.dumps(other)
    assert context_key(one) != context_key(other)


@pytest.mark.parametrize(
    "value",
    [
        {"members": ("u-1",)},  # a tuple: no JSON array, which strict validation refuses
        {1: "a"},  # a key that is no string
        {"a": {1, 2}},
        {"a": b"bytes"},
        {"a": object()},
    ],
)
def test_a_value_json_has_no_type_for_gets_no_key(value: object) -> None:
    assert context_key(value) is None


def test_a_context_too_deep_or_too_large_gets_no_key() -> None:
    deep: Any = "leaf"
    for _ in range(_MAX_DEPTH + 1):
        deep = {"a": deep}
    assert context_key(deep) is None
    assert context_key({"a": ["x"] * 10_000}) is None


def test_commands_of_one_household_share_its_validated_context() -> None:
    policy = RulePolicy()
    first = make_command("купи молоко")
    second = make_command("вынеси мусор", command_id="c-2")
    memo = policy._known_contexts
    one, two = memo.known(first), memo.known(second)
    assert one is not None
    assert two is not None
    assert one.context is two.context
    assert one.context == parse_command(first).context


def test_a_decision_through_the_memo_is_the_decision_of_the_command_validated_whole() -> None:
    policy = RulePolicy()
    for text in ["купи 2 литра молока и хлеб", "Напомни Пете завтра вынести мусор", "да"]:
        command = make_command(text)
        remembered = decide(command, DETERMINISTIC, policy=policy)  # first: validated now
        again = decide(copy.deepcopy(command), DETERMINISTIC, policy=policy)  # remembered
        whole = policy.decide(parse_command(command), DETERMINISTIC)  # no memo at all
        assert remembered.model_dump(exclude={"created_at"}) == whole.model_dump(
            exclude={"created_at"}
        )
        assert again.model_dump(exclude={"created_at"}) == whole.model_dump(exclude={"created_at"})


def test_a_context_strict_validation_refuses_is_refused_after_an_equal_one_was_accepted() -> None:
    policy = RulePolicy()
    command = make_command("купи молоко")
    command["context"]["household"]["members"][0]["workload_score"] = 1
    decide(command, policy=policy)
    smuggled = copy.deepcopy(command)
    smuggled["context"]["household"]["members"][0]["workload_score"] = True  # == 1 in Python
    with pytest.raises(CommandValidationError) as error:
        decide(smuggled, policy=policy)
    assert any(v.pointer.endswith("/workload_score") for v in error.value.violations)


def test_an_invalid_context_is_never_remembered_and_errs_the_same_each_time() -> None:
    policy = RulePolicy()
    command = make_command("купи молоко")
    command["context"]["household"]["members"][0]["user_id"] = ""
    raised = []
    for _ in range(2):
        with pytest.raises(CommandValidationError) as error:
            decide(command, policy=policy)
        raised.append(error.value.violations)
    assert raised[0] == raised[1]
    assert any(v.pointer == "/context/household/members/0/user_id" for v in raised[0])
    assert policy._known_contexts.known(command) is None


def test_a_context_changed_after_its_command_is_read_again() -> None:
    policy = RulePolicy()
    command = make_command("Маша, помой посуду")
    before = decide(command, DETERMINISTIC, policy=policy)
    assert before.action == "start_job"
    # the member "Маша" renamed in the same dict: the memo holds a copy, never the dict
    for member in command["context"]["household"]["members"]:
        if member.get("display_name") == "Маша":
            member["display_name"] = "Мария"
    after = policy._known_contexts.known(command)
    assert after is not None
    names = [m.display_name for m in after.context.household.members]
    assert "Мария" in names
    assert "Маша" not in names


def test_the_memo_remembers_no_more_households_than_its_size() -> None:
    built: list[object] = []
    policy = RulePolicy()

    def index(key: Any) -> Any:
        built.append(key)
        return policy._household(key)

    memo = ContextMemo(index, size=2)
    commands = [make_command("купи молоко") for _ in range(3)]
    for n, command in enumerate(commands):
        command["context"]["household"]["household_id"] = f"hh-{n}"
    for command in [*commands, commands[1], commands[0]]:  # the first dropped for the third
        assert memo.known(command) is not None
    assert len(built) == 4  # one index built a household remembered, none on a hit


@pytest.mark.parametrize("number", [float("nan"), -0.0])
def test_a_number_no_key_can_tell_apart_gets_none(number: float) -> None:
    # NaN is equal to nothing, -0.0 is equal to 0.0: validation keeps what was sent
    assert context_key({"w": number}) is None
    assert context_key({"w": 0.0}) is not None


def test_a_remembered_context_leaves_the_rest_of_the_command_its_own_errors() -> None:
    policy = RulePolicy()
    decide(make_command("купи молоко"), policy=policy)  # the context is remembered
    broken = make_command("купи молоко")
    del broken["text"]
    broken["capabilities"] = ["fly"]
    with pytest.raises(CommandValidationError) as remembered:
        decide(broken, policy=policy)
    with pytest.raises(CommandValidationError) as whole:
        parse_command(broken)
    assert remembered.value.violations == whole.value.violations
    assert {v.pointer for v in whole.value.violations} >= {"/text", "/capabilities/0"}


def test_a_child_and_a_parent_of_one_household_each_get_their_own_reading() -> None:
    policy = RulePolicy()
    members = [
        {"user_id": "u-anna", "display_name": "Анна", "role": "parent"},
        {"user_id": "u-petya", "display_name": "Петя", "role": "child"},
    ]
    for user in ["u-petya", "u-anna", "u-petya"]:
        command = make_command("добавь чипсы в список мамы", members=members, user_id=user)
        remembered = decide(command, DETERMINISTIC, policy=policy)
        whole = RulePolicy().decide(parse_command(command), DETERMINISTIC)
        assert remembered.model_dump(exclude={"created_at"}) == whole.model_dump(
            exclude={"created_at"}
        )
