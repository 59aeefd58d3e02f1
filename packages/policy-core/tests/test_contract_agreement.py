"""The pydantic models and the published JSON Schemas accept and reject the same documents.

For CommandDTO and DecisionDTO, Hypothesis builds valid documents from the shape of the schema
(every optional field present or absent, every capability and action, Unicode strings, RFC 3339
date-times in all their spellings) and mutations of them (a required key dropped, an unknown key
added at any level, wrong types, nulls, empty arrays, wrong enum values, an action whose
outcome, status or payload belongs to another action). For every document the verdict of
``schema_validator(name)`` (jsonschema, format checker on) must equal the verdict of the model.

Only values of the JSON data model are generated, because only those reach the models through
``parse_command_json`` or an HTTP body:

* no NaN or ±Infinity: they are not JSON (RFC 8259 §6) and ``parse_command_json`` refuses them.
  A Python ``float("nan")`` put straight into a dict *is* a schema "number" that the models
  (``allow_inf_nan=False``) refuse; test_validation.py pins that it is still reported as a
  violation with its pointer.
* no lone surrogates (``\\ud800``): they are not Unicode scalar values, cannot be encoded as
  UTF-8, and RFC 8259 §8.2 leaves their meaning undefined. pydantic-core refuses them in
  constrained strings (``string_unicode``) where jsonschema does not look; test_validation.py
  pins that such a command is still rejected with its pointer.

Every generated document is passed through ``json.dumps(allow_nan=False)`` and ``json.loads``
first, which proves it is JSON and gives the validators exactly what a JSON parser would.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from policy_core import CommandDTO, DecisionDTO
from policy_core._schemas import SchemaName, schema_validator

AGREEMENT = settings(
    max_examples=300,
    derandomize=True,  # the same corpus on every run and every machine: CI stays stable
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

MODELS: dict[SchemaName, type[CommandDTO] | type[DecisionDTO]] = {
    "command": CommandDTO,
    "decision": DecisionDTO,
}
CAPABILITIES = (
    "start_job",
    "propose_create_task",
    "propose_add_shopping_item",
    "clarify",
    "reject",
    "confirm",
)
SHAPES = {  # action -> (decision_outcome, status): SPEC section 3
    "start_job": ("execute", "ok"),
    "propose_create_task": ("execute", "ok"),
    "propose_add_shopping_item": ("execute", "ok"),
    "clarify": ("clarify", "clarify"),
    "reject": ("reject", "error"),
    "confirm": ("confirm", "ok"),
}
OUTCOMES = ("execute", "clarify", "reject", "confirm")
STATUSES = ("ok", "clarify", "error")
JOB_TYPES = ("create_task", "add_shopping_item", "unknown")

# --- scalars -----------------------------------------------------------------------------

CHARS = st.characters(codec="utf-8")  # every code point but the surrogates (see above)
TRICKY_STRINGS = (
    " ",
    "\n",
    "\x00",
    "null",
    "true",
    "1",
    "Маша",
    "Ёлка",
    "🧹🪣",
    "👩‍👩‍👧",  # zero-width joiners
    "שלום",
    "e\u0301",  # a combining mark
    "a/b",
    "~0~1",
    "2.1.0\n",
    "2\n",
)
strings = st.one_of(st.text(CHARS, max_size=12), st.sampled_from(("", *TRICKY_STRINGS)))
nonempty = st.one_of(st.text(CHARS, min_size=1, max_size=12), st.sampled_from(TRICKY_STRINGS))

# JSON numbers are unbounded; ints past the float range and integral floats are the edges.
EDGE_NUMBERS = (0, -0.0, 1, -1, 0.5, 1.0, 3.0, 2**53 + 1, 2**64, 10**400, -(10**400), 1e308)
numbers = st.one_of(
    st.integers(),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from(EDGE_NUMBERS),
)
# JSON Schema "integer" includes 3.0; the model must agree.
non_negative_integers = st.one_of(
    st.integers(min_value=0), st.sampled_from((0, 0.0, 3.0, 1e300, 2**64, 10**400))
)
json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), numbers, strings),
    lambda children: st.one_of(
        st.lists(children, max_size=3), st.dictionaries(strings, children, max_size=3)
    ),
    max_leaves=8,
)

# --- RFC 3339 date-times -----------------------------------------------------------------

offsets = st.one_of(
    st.sampled_from(("Z", "z", "+00:00", "-00:00", "+03:00", "-05:30", "+23:59", "-23:59")),
    st.builds(
        lambda sign, hours, minutes: f"{sign}{hours:02d}:{minutes:02d}",
        st.sampled_from("+-"),
        st.integers(0, 23),
        st.integers(0, 59),
    ),
)


@st.composite
def valid_date_times(draw: st.DrawFn) -> str:
    """RFC 3339 date-times in every spelling: t/T, z/Z, offsets, fractions, a leap second."""
    moment = draw(st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31)))
    separator = draw(st.sampled_from("Tt"))
    second = 60 if draw(st.integers(0, 9)) == 0 else moment.second  # a leap second, :60
    fraction = draw(st.one_of(st.just(""), st.from_regex(r"\A\.[0-9]{1,9}\Z")))
    # Fields formatted by hand: strftime("%Y") does not zero-pad years before 1000.
    date = f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d}"
    time = f"{moment.hour:02d}:{moment.minute:02d}:{second:02d}"
    return f"{date}{separator}{time}{fraction}{draw(offsets)}"


DATE_TIME_BREAKERS: tuple[Callable[[str], str], ...] = (
    lambda s: s[:5] + "13" + s[7:],  # month 13
    lambda s: s[:5] + "00" + s[7:],  # month 0
    lambda s: s[:8] + "32" + s[10:],  # day 32
    lambda s: "2026-02-30" + s[10:],  # no such day
    lambda s: s[:11] + "24:00:00" + s[19:],  # 24:00
    lambda s: s[:14] + "60" + s[16:],  # minute 60
    lambda s: s[:17] + "61" + s[19:],  # second 61
    lambda s: s[:19] + "+24:00",  # offset hours 24
    lambda s: s[:19] + "+23:60",  # offset minutes 60
    lambda s: s[:19] + "+0300",  # offset without colon
    lambda s: s[:19],  # no offset at all
    lambda s: s[:10],  # a date alone
    lambda s: s[:10] + "_" + s[11:],  # not a separator
    lambda s: s[2:],  # a two-digit year
    lambda s: s + " ",
    lambda s: s + "\n",
    lambda s: " " + s,
    lambda s: s.replace("0", "０"),  # fullwidth digits
    lambda s: s[:19] + "." + s[19:],  # a fraction without digits
)


@st.composite
def broken_date_times(draw: st.DrawFn) -> str:
    return draw(st.sampled_from(DATE_TIME_BREAKERS))(draw(valid_date_times()))


date_times = st.one_of(valid_date_times(), broken_date_times(), strings)

# --- CommandDTO --------------------------------------------------------------------------

members = st.fixed_dictionaries(
    {"user_id": nonempty},
    optional={"display_name": strings, "role": strings, "workload_score": numbers},
)
zones = st.fixed_dictionaries({"zone_id": nonempty, "name": strings})
shopping_lists = st.fixed_dictionaries({"list_id": nonempty, "name": strings})
households = st.fixed_dictionaries(
    {"members": st.lists(members, min_size=1, max_size=4)},
    optional={
        "household_id": strings,
        "zones": st.lists(zones, max_size=3),
        "shopping_lists": st.lists(shopping_lists, max_size=3),
    },
)
contexts = st.fixed_dictionaries(
    {"household": households},
    optional={
        "defaults": st.fixed_dictionaries(
            {}, optional={"default_assignee_id": strings, "default_list_id": strings}
        ),
        "policies": st.fixed_dictionaries(
            {}, optional={"quiet_hours": strings, "max_open_tasks_per_user": non_negative_integers}
        ),
    },
)
commands = st.fixed_dictionaries(
    {
        "command_id": nonempty,
        "user_id": nonempty,
        "text": st.one_of(strings, st.text(CHARS, max_size=300)),
        "timestamp": valid_date_times(),
        "capabilities": st.lists(st.sampled_from(CAPABILITIES), min_size=1, max_size=7),
        "context": contexts,
    }
)

# --- DecisionDTO -------------------------------------------------------------------------

dues = st.one_of(
    st.dates().map(lambda d: f"{d.year:04d}-{d.month:02d}-{d.day:02d}"),
    st.builds(
        lambda moment, minutes: (
            moment.replace(tzinfo=timezone(timedelta(minutes=minutes)))
            .replace(microsecond=0)
            .isoformat()
        ),
        st.datetimes(min_value=datetime(1000, 1, 1)),
        st.integers(-23 * 60 - 59, 23 * 60 + 59),
    ),
)
quantities = st.builds(
    lambda whole, fraction: whole if fraction is None else f"{whole}.{fraction}",
    st.from_regex(r"\A[0-9]{1,5}\Z"),
    st.none() | st.from_regex(r"\A[0-9]{1,3}\Z"),
)
tasks = st.fixed_dictionaries(
    {"title": nonempty},
    optional={
        "description": strings,
        "assignee_id": nonempty,
        "zone_id": nonempty,
        "due": dues,
    },
)
items = st.fixed_dictionaries(
    {"name": nonempty},
    optional={"quantity": quantities, "unit": nonempty, "list_id": nonempty},
)
create_task_payloads = st.fixed_dictionaries(
    {"task": tasks},
    optional={
        "idempotency_key": nonempty,
        "job_hint": st.fixed_dictionaries(
            {}, optional={"job_type": st.sampled_from(JOB_TYPES), "job_id": nonempty}
        ),
    },
)
add_item_payloads = st.fixed_dictionaries({"item": items}, optional={"idempotency_key": nonempty})
proposed_actions = st.one_of(
    st.fixed_dictionaries(
        {"action": st.just("propose_create_task"), "payload": create_task_payloads}
    ),
    st.fixed_dictionaries(
        {"action": st.just("propose_add_shopping_item"), "payload": add_item_payloads}
    ),
)
string_lists = st.lists(strings, max_size=3)
PAYLOADS: dict[str, st.SearchStrategy[dict[str, Any]]] = {
    "start_job": st.fixed_dictionaries(
        {"job_id": nonempty, "job_type": st.sampled_from(JOB_TYPES)},
        optional={
            "proposed_actions": st.lists(proposed_actions, max_size=3),
            "ui_message": strings,
        },
    ),
    "propose_create_task": create_task_payloads,
    "propose_add_shopping_item": add_item_payloads,
    "clarify": st.fixed_dictionaries(
        {"question": nonempty},
        optional={"options": string_lists, "missing_fields": string_lists, "job_id": nonempty},
    ),
    "reject": st.fixed_dictionaries(
        {"code": nonempty, "reason": nonempty},
        optional={
            "ui_message": strings,
            "details": st.dictionaries(strings, json_values, max_size=3),
        },
    ),
    "confirm": st.fixed_dictionaries(
        {
            "confirmation_id": nonempty,
            "summary": nonempty,
            "proposed_actions": st.lists(proposed_actions, min_size=1, max_size=3),
            "expires_at": valid_date_times(),
        },
        optional={"reasons": string_lists, "ui_message": strings},
    ),
}
any_payload = st.sampled_from(CAPABILITIES).flatmap(lambda action: PAYLOADS[action])
semvers = st.one_of(
    st.just("2.1.0"),
    st.tuples(*[st.integers(0, 10**6)] * 3).map(lambda parts: ".".join(map(str, parts))),
)


@st.composite
def decisions(draw: st.DrawFn) -> dict[str, Any]:
    action = draw(st.sampled_from(CAPABILITIES))
    outcome, status = SHAPES[action]
    return {
        "decision_id": draw(nonempty),
        "command_id": draw(nonempty),
        "status": status,
        "action": action,
        "decision_outcome": outcome,
        "confidence": draw(
            st.one_of(st.floats(0, 1), st.sampled_from((0, 1, 0.0, 1.0, -0.0, 5e-324)))
        ),
        "payload": draw(PAYLOADS[action]),
        "explanation": draw(strings),
        "trace_id": draw(nonempty),
        "schema_version": draw(semvers),
        "decision_version": draw(nonempty),
        "created_at": draw(valid_date_times()),
    }


# --- mutations ---------------------------------------------------------------------------

Path = tuple[str | int, ...]

# Strings that are one step from a valid value: other enums, near-miss patterns and formats.
NEAR_MISSES = (
    "",
    "START_JOB",
    "start_job ",
    "execute",
    "clarify",
    "confirm",
    "reject",
    "ok",
    "error",
    "unknown",
    "propose_create_task",
    "propose_add_shopping_item",
    "add_shopping_item",
    "create_task",
    "2.1",
    "v2.1.0",
    "2.1.0\n",
    "1,5",
    "1.",
    ".5",
    "-1",
    "2\n",
    "2026-03-04\n",
    "2026-3-4",
    "2026-03-04T10:00",
    "2026-03-04T10:00:00Z",
    "2026-03-04T10:00:00+03:00",
    "2026-13-04T10:00:00+03:00",
)
junk = st.one_of(
    st.none(),
    st.booleans(),
    numbers,
    strings,
    st.sampled_from(NEAR_MISSES),
    st.just([]),
    st.just({}),
    st.lists(st.one_of(st.none(), st.booleans(), st.integers(), strings), min_size=1, max_size=3),
)
unknown_keys = st.one_of(strings, st.sampled_from(("a/b", "~", "~1", "extra", "id", "Text")))


def _paths(node: object, path: Path = ()) -> Iterator[tuple[Path, object]]:
    """Every (path, value) in a document, the root included, depth first."""
    yield path, node
    if isinstance(node, dict):
        for key, child in node.items():
            yield from _paths(child, (*path, key))
    elif isinstance(node, list):
        for index, child in enumerate(node):
            yield from _paths(child, (*path, index))


def _set(doc: Any, path: Path, value: object) -> Any:
    if not path:
        return value
    parent = doc
    for part in path[:-1]:
        parent = parent[part]
    parent[path[-1]] = value
    return doc


def _retype(value: object) -> list[object]:
    """Wrong-typed stand-ins for a value: bool for int, int for string, 3.0 for 3, and so on."""
    if isinstance(value, bool):
        return [int(value), str(value).lower(), None]
    if isinstance(value, int):
        return [bool(value % 2), float(value) if abs(value) < 2**53 else 1.5, str(value), [value]]
    if isinstance(value, float):
        return [True, str(value), [value], int(value) if value.is_integer() else 2**64]
    if isinstance(value, str):
        return [1, 0, True, None, [value], {"value": value}, 1.0]
    if isinstance(value, list):
        return [[], {}, value[0] if value else "x", None]
    if isinstance(value, dict):
        return [[value], [], "{}", None]
    return [{}, "null", 0]


@st.composite
def mutate(
    draw: st.DrawFn, documents: st.SearchStrategy[dict[str, Any]], *, decision: bool = False
) -> Any:
    """A valid document with one to three mutations applied anywhere in it."""
    doc: Any = copy.deepcopy(draw(documents))
    kinds = ["drop", "add", "replace", "retype", "null", "empty", "near_miss", "duplicate"]
    if decision:
        kinds += ["action", "outcome", "status", "foreign_payload", "swap_action", "proposed"]
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from(kinds))
        nodes = list(_paths(doc))
        dicts = [(p, v) for p, v in nodes if isinstance(v, dict)]
        lists = [(p, v) for p, v in nodes if isinstance(v, list) and v]
        strings_at = [(p, v) for p, v in nodes if isinstance(v, str)]
        keyed = [(p, key) for p, v in dicts for key in v]
        event(f"mutation: {kind}")
        if kind == "drop" and keyed:
            path, key = draw(st.sampled_from(keyed))
            del _walk(doc, path)[key]
        elif kind == "add" and dicts:
            path, target = draw(st.sampled_from(dicts))
            key = draw(unknown_keys)
            if key not in target:
                target[key] = draw(junk)
        elif kind == "replace" and len(nodes) > 1:
            path, _ = draw(st.sampled_from(nodes[1:]))
            doc = _set(doc, path, draw(junk))
        elif kind == "retype":
            path, value = draw(st.sampled_from(nodes))
            doc = _set(doc, path, copy.deepcopy(draw(st.sampled_from(_retype(value)))))
        elif kind == "null" and keyed:
            path, key = draw(st.sampled_from(keyed))
            _walk(doc, path)[key] = None
        elif kind == "empty" and lists:
            path, _ = draw(st.sampled_from(lists))
            doc = _set(doc, path, [])
        elif kind == "near_miss" and strings_at:
            path, _ = draw(st.sampled_from(strings_at))
            doc = _set(doc, path, draw(st.sampled_from(NEAR_MISSES)))
        elif kind == "duplicate" and lists:
            path, value = draw(st.sampled_from(lists))
            value.append(copy.deepcopy(value[0]))
        elif isinstance(doc, dict):
            _mutate_decision(draw, doc, kind)
    return doc


def _walk(doc: Any, path: Path) -> Any:
    for part in path:
        doc = doc[part]
    return doc


def _mutate_decision(draw: st.DrawFn, doc: dict[str, Any], kind: str) -> None:
    if kind == "action":
        doc["action"] = draw(st.sampled_from(CAPABILITIES))
    elif kind == "outcome":
        doc["decision_outcome"] = draw(st.sampled_from(OUTCOMES))
    elif kind == "status":
        doc["status"] = draw(st.sampled_from(STATUSES))
    elif kind == "foreign_payload":  # a payload shaped for (usually) another action
        doc["payload"] = draw(any_payload)
    elif kind == "swap_action":  # action, outcome and status agree; the payload does not
        action = draw(st.sampled_from(CAPABILITIES))
        doc["action"] = action
        doc["decision_outcome"], doc["status"] = SHAPES[action]
    elif kind == "proposed":
        payload = doc.get("payload")
        found = payload.get("proposed_actions") if isinstance(payload, dict) else None
        if isinstance(found, list) and found and isinstance(found[0], dict):
            flip = {
                "propose_create_task": "propose_add_shopping_item",
                "propose_add_shopping_item": "propose_create_task",
            }
            found[0]["action"] = flip.get(str(found[0].get("action")), "start_job")


# --- the property ------------------------------------------------------------------------


def _as_json(document: object) -> Any:
    return json.loads(json.dumps(document, allow_nan=False))


def _model_verdict(name: SchemaName, document: object) -> tuple[bool, str]:
    try:
        MODELS[name].model_validate(document)
    except ValidationError as exc:
        return False, str(exc)
    return True, ""


def assert_agree(name: SchemaName, original: object) -> bool:
    """Assert the schema and the model give ``original`` the same verdict; return it."""
    document = _as_json(original)
    schema_errors = [error.message for error in schema_validator(name).iter_errors(document)]
    model_ok, model_error = _model_verdict(name, document)
    schema_ok = not schema_errors
    assert schema_ok == model_ok, (
        f"schema {'accepts' if schema_ok else 'rejects'} but model "
        f"{'accepts' if model_ok else 'rejects'}: {document!r}\n"
        f"schema: {schema_errors}\nmodel: {model_error}"
    )
    return schema_ok


@AGREEMENT
@given(commands)
def test_generated_commands_are_accepted_by_both(command: dict[str, Any]) -> None:
    assert assert_agree("command", command)
    # and the model keeps every value it was given
    dumped = CommandDTO.model_validate(_as_json(command)).model_dump(mode="json", exclude_none=True)
    assert dumped == _as_json(command)


@AGREEMENT
@given(decisions())
def test_generated_decisions_are_accepted_by_both(decision: dict[str, Any]) -> None:
    assert assert_agree("decision", decision)
    assert DecisionDTO.model_validate(_as_json(decision)).to_json_dict() == _as_json(decision)


@settings(AGREEMENT, max_examples=500)  # mutations are cheap and the space is wide
@given(mutate(commands))
def test_mutated_commands_get_the_same_verdict(command: Any) -> None:
    event(f"verdict: {assert_agree('command', command)}")


@settings(AGREEMENT, max_examples=500)
@given(mutate(decisions(), decision=True))
def test_mutated_decisions_get_the_same_verdict(decision: Any) -> None:
    event(f"verdict: {assert_agree('decision', decision)}")


@AGREEMENT
@given(
    st.sampled_from(("command", "decision")),
    st.one_of(valid_date_times(), broken_date_times(), date_times),
    st.sampled_from(("timestamp", "created_at", "expires_at")),
    st.data(),
)
def test_date_times_get_the_same_verdict(
    name: SchemaName, value: str, field: str, data: st.DataObject
) -> None:
    document: dict[str, Any]
    if name == "command":
        document = data.draw(commands)
        document["timestamp"] = value
    else:
        document = data.draw(decisions())
        if field == "expires_at" and document["action"] == "confirm":
            document["payload"]["expires_at"] = value
        else:
            document["created_at"] = value
    assert_agree(name, document)


PATTERNED = {  # field -> (a payload that holds it, the path to it, valid values)
    "schema_version": ("clarify", ("schema_version",), semvers),
    "due": ("propose_create_task", ("payload", "task", "due"), dues),
    "quantity": ("propose_add_shopping_item", ("payload", "item", "quantity"), quantities),
}


@st.composite
def patterned_values(draw: st.DrawFn, valid: st.SearchStrategy[str]) -> str:
    """Valid values, valid values one character off at either end, and near misses."""
    value = draw(valid)
    edit = draw(st.sampled_from(("keep", "append", "prepend", "near_miss", "random")))
    if edit == "append":
        return value + draw(st.sampled_from(("\n", "\r\n", " ", "0", "x", "\u0660")))
    if edit == "prepend":
        return draw(st.sampled_from(("\n", " ", "+", "0"))) + value
    if edit == "near_miss":
        return draw(st.sampled_from(NEAR_MISSES))
    if edit == "random":
        return draw(strings)
    return value


@AGREEMENT
@given(st.sampled_from(sorted(PATTERNED)), st.data())
def test_patterned_strings_get_the_same_verdict(field: str, data: st.DataObject) -> None:
    """schema_version, due and quantity carry a ``pattern``: the regex dialects must agree."""
    action, path, valid = PATTERNED[field]
    document = data.draw(decisions())
    outcome, status = SHAPES[action]
    document.update(action=action, decision_outcome=outcome, status=status)
    document["payload"] = data.draw(PAYLOADS[action])
    if field == "due":
        document["payload"]["task"]["due"] = ""
    elif field == "quantity":
        document["payload"]["item"]["quantity"] = ""
    value = data.draw(patterned_values(valid))
    event(f"{field}: {assert_agree('decision', _set(document, path, value))}")


@AGREEMENT
@given(st.sampled_from(("command", "decision")), json_values)
def test_any_json_value_gets_the_same_verdict(name: SchemaName, value: Any) -> None:
    assert not assert_agree(name, value)


@pytest.mark.parametrize(
    ("strategy", "name"),
    [(mutate(commands), "command"), (mutate(decisions(), decision=True), "decision")],
    ids=["command", "decision"],
)
def test_the_mutated_corpus_holds_both_verdicts(
    strategy: st.SearchStrategy[Any], name: SchemaName
) -> None:
    """A corpus that only ever failed (or only passed) would prove nothing."""
    validator = schema_validator(name)
    verdicts: set[bool] = set()

    @settings(AGREEMENT, max_examples=100)
    @given(strategy)
    def collect(document: Any) -> None:
        verdicts.add(validator.is_valid(_as_json(document)))

    collect()
    assert verdicts == {True, False}


@pytest.mark.parametrize(
    ("name", "path", "value"),
    [
        # Found by this test: both used to disagree (see the schema's $comment and Member).
        ("decision", ("schema_version",), "2.1.0\n"),
        ("decision", ("payload", "task", "due"), "2026-03-04\n"),
        ("decision", ("payload", "item", "quantity"), "2\n"),
        ("command", ("context", "household", "members", 0, "workload_score"), 10**400),
        ("command", ("context", "household", "members", 0, "workload_score"), -(10**400)),
        ("command", ("context", "policies", "max_open_tasks_per_user"), 10**400),
        ("command", ("context", "policies", "max_open_tasks_per_user"), 3.0),
        ("command", ("context", "policies", "max_open_tasks_per_user"), True),
        ("decision", ("confidence",), True),
        ("decision", ("confidence",), 1),
    ],
    ids=[
        "semver-newline",
        "due-newline",
        "quantity-newline",
        "workload-10e400",
        "workload-minus-10e400",
        "max-open-10e400",
        "max-open-3.0",
        "max-open-bool",
        "confidence-bool",
        "confidence-int",
    ],
)
def test_known_edges_agree(name: SchemaName, path: Path, value: object) -> None:
    if name == "command":
        document: dict[str, Any] = {
            "command_id": "c",
            "user_id": "u",
            "text": "",
            "timestamp": "2026-03-04T10:00:00Z",
            "capabilities": ["clarify"],
            "context": {"household": {"members": [{"user_id": "u"}]}, "policies": {}},
        }
    else:
        action = {"task": "propose_create_task", "item": "propose_add_shopping_item"}.get(
            str(path[1]) if len(path) > 1 else "", "clarify"
        )
        payload = {
            "propose_create_task": {"task": {"title": "t"}},
            "propose_add_shopping_item": {"item": {"name": "n"}},
            "clarify": {"question": "?"},
        }[action]
        outcome, status = SHAPES[action]
        document = {
            "decision_id": "d",
            "command_id": "c",
            "status": status,
            "action": action,
            "decision_outcome": outcome,
            "confidence": 0.5,
            "payload": payload,
            "explanation": "",
            "trace_id": "t",
            "schema_version": "2.1.0",
            "decision_version": "deterministic/1",
            "created_at": datetime(2026, 3, 4, tzinfo=UTC).isoformat(),
        }
    assert_agree(name, _set(document, path, value))
