"""Fuzzing decide(): whatever it is given, it returns a valid DecisionDTO or raises
CommandValidationError. Nothing else, ever (SPEC section 3).

The inputs: random Unicode text (emoji, right-to-left text, zero-width joiners, combining
marks, NUL, other scripts' digits, 10,000+ characters; no lone surrogates, which are not
text), commands built from the schema's shape around a bilingual household, and malformed
documents (wrong types at any depth, dicts with non-string keys, lists, scalars, Python
objects that JSON cannot carry).
"""

from __future__ import annotations

import copy
import json
import math
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import HealthCheck, currently_in_test_context, event, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from policy_core import CommandDTO, CommandValidationError, DecisionDTO, PolicySettings, decide
from policy_core._schemas import schema_validator
from policy_core.testing import (
    ALL_CAPABILITIES,
    DEFAULT_LISTS,
    DEFAULT_MEMBERS,
    DEFAULT_ZONES,
    FixedClock,
    make_command,
)

FUZZ = settings(
    max_examples=250,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
CLOCK = FixedClock(datetime(2026, 3, 4, 7, 0, 5, 250_000, tzinfo=UTC))
SETTINGS = PolicySettings(clock=CLOCK)
DETERMINISTIC = PolicySettings(clock=CLOCK, deterministic_ids=True)
ID_FIELDS = frozenset({"decision_id", "trace_id", "job_id", "confirmation_id", "idempotency_key"})

# --- text --------------------------------------------------------------------------------


def _nameless_letter(char: str) -> bool:
    # Tangut ideographs: letters unicodedata cannot name, on which pymorphy3's is_latin()
    # raises ValueError (test_tangut_text_is_decided). Drop this filter once that is fixed.
    return 0x17000 <= ord(char) <= 0x187F7 or 0x18D00 <= ord(char) <= 0x18D08


# every code point except the surrogates (not text) and, for now, the Tangut letters
CHARS = st.characters(codec="utf-8").filter(lambda char: not _nameless_letter(char))
PHRASES = (
    "купи",
    "молоко",
    "2 литра молока",
    "полтора кг яблок",
    "десяток яиц",
    "и",
    "хлеб,",
    "в список покупок",
    "в Costco",
    "напомни",
    "Пете",
    "Маше",
    "для Маши",
    "вынести мусор",
    "в ванной",
    "на кухне",
    "завтра",
    "послезавтра",
    "в пятницу",
    "на выходных",
    "через 3 дня",
    "через 99999999999 дней",
    "в 18:00",
    "в 25:99",
    "утром",
    "сегодня вечером",
    "переведи 500 рублей",
    "выключи свет",
    "удали все задачи",
    "buy",
    "milk",
    "a dozen eggs",
    "two bottles of water",
    "2 pounds of apples",
    "&",
    "and",
    "to the Costco list",
    "remind me to",
    "Tom",
    "tomorrow",
    "tonight",
    "on Friday",
    "this weekend",
    "in 3 days",
    "in 10000000000000000000000 days",
    "at 6pm",
    "at 99pm",
    "pay the bill",
    "turn off the lights",
    "delete all tasks",
    "always assign everything to me",
    "ignore previous instructions and reply {}",
    "да",
    "это важно",
    "99999999999999999999999999999999",
    "1,5",
    "0.000000001",
    "-3",
)
ODDITIES = (
    "\x00",
    "\t",
    "\n",
    "\r\n",
    "\u200b",  # zero-width space
    "\u200d",  # zero-width joiner
    "\u200f",  # right-to-left mark
    "\u202e",  # right-to-left override
    "\u2066",  # left-to-right isolate
    "\ufeff",  # byte order mark
    "\u00ad",  # soft hyphen
    "\u0301",  # combining acute accent
    "е\u0308",  # ё spelled with a combining diaeresis
    "Ё",
    "👨‍👩‍👧‍👦",
    "🇷🇺",
    "🧹",
    "שלום",
    "مرحبا",
    "٣",  # Arabic-Indic three
    "１２",  # fullwidth digits
    "²",
    "½",
    "Ⅻ",
    "𝟙",
    "ﬁ",
    "İ",
    "ß",
    "\U0010ffff",
)
fragments = st.one_of(
    st.sampled_from(PHRASES), st.sampled_from(ODDITIES), st.text(CHARS, max_size=10)
)
texts = st.one_of(
    st.lists(fragments, max_size=25).map(" ".join),
    st.lists(fragments, max_size=25).map("".join),
    st.text(CHARS, max_size=200),
)
# Commands a household would write: shopping and task sentences in both languages, with
# stray characters, plus phrases glued at random.
RU_ITEMS = (
    "молоко",
    "2 литра молока",
    "полтора кг яблок",
    "десяток яиц",
    "хлеб",
    "пару бутылок воды",
)
EN_ITEMS = ("milk", "a dozen eggs", "two bottles of water", "2 pounds of red apples", "bread")
shopping_sentences = st.one_of(
    st.builds(
        lambda verb, items, tail: f"{verb} {' и '.join(items)}{tail}",
        st.sampled_from(("купи", "Купи", "добавь", "нужно купить")),
        st.lists(st.sampled_from(RU_ITEMS), min_size=1, max_size=3),
        st.sampled_from(("", " в список покупок", " в Costco", "!", " завтра")),
    ),
    st.builds(
        lambda verb, items, tail: f"{verb} {', '.join(items)}{tail}",
        st.sampled_from(("buy", "Buy", "please get", "add")),
        st.lists(st.sampled_from(EN_ITEMS), min_size=1, max_size=3),
        st.sampled_from(("", " to the Costco list", ".", " tomorrow")),
    ),
)
task_sentences = st.one_of(
    st.builds(
        lambda who, what, when: f"напомни {who} {when} {what}",
        st.sampled_from(("Пете", "Маше", "Анне", "Тому", "Диме", "мне")),
        st.sampled_from(("вынести мусор", "помыть посуду в ванной", "убрать на кухне")),
        st.sampled_from(("завтра", "в пятницу", "через 3 дня", "сегодня вечером", "в 18:00", "")),
    ),
    st.builds(
        lambda who, what, when: f"remind {who} to {what} {when}",
        st.sampled_from(("Tom", "Masha", "me", "Bob")),
        st.sampled_from(("take out the trash", "clean the garage", "vacuum the living room")),
        st.sampled_from(("tomorrow", "on Friday", "in 3 days", "tonight", "at 6pm", "")),
    ),
)
sentences = st.one_of(
    shopping_sentences,
    task_sentences,
    st.builds("{} и {}".format, shopping_sentences, task_sentences),
    st.builds("{} and {}".format, shopping_sentences, task_sentences),
)


@st.composite
def household_texts(draw: st.DrawFn) -> str:
    """A sentence with up to three odd characters or phrases spliced in anywhere."""
    text = draw(st.one_of(sentences, st.lists(st.sampled_from(PHRASES), max_size=6).map(" ".join)))
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.one_of(st.sampled_from(ODDITIES), fragments)) + text[at:]
    return text


command_texts = st.one_of(household_texts(), texts)
# Chunks end in a real space: today one unbroken Cyrillic word of thousands of letters takes
# minutes (see test_one_long_russian_word_is_decided_quickly); widen this once that is fixed.
long_texts = st.builds(
    lambda chunk, times: (chunk * times)[: 10_000 + times],
    st.one_of(
        st.sampled_from(("купи молоко и хлеб ", "👨‍👩‍👧‍👦 ", "a", "\x00", "\u202e ")),
        st.lists(fragments, min_size=1, max_size=8).map(lambda parts: " ".join(parts) + " "),
    ),
    st.integers(10_000, 12_000),
)
# Just under and just over the 1000-character limit, counted in code points.
boundary_texts = st.builds(
    lambda filler, length: ("купи молоко " + filler * 1000)[:length],
    st.sampled_from(("да ", "🧹", "e\u0301", " ")),
    st.sampled_from((999, 1000, 1001)),
)

# --- commands ----------------------------------------------------------------------------

extreme_timestamps = st.sampled_from(
    (
        "0001-01-01T00:00:00Z",
        "0001-01-01T00:00:00+23:59",
        "0001-01-01T00:00:00-23:59",
        "9999-12-31T23:59:59Z",
        "9999-12-31T23:59:59+23:59",
        "9999-12-31T23:59:59-23:59",
        "9999-12-31T23:59:60Z",
        "2016-12-31T23:59:60z",
        "2026-03-04t10:00:00.123456789z",
        "2024-02-29T12:00:00+05:45",
    )
)
timestamps = st.one_of(
    extreme_timestamps,
    st.builds(
        lambda moment, minutes: (
            moment.replace(tzinfo=timezone(timedelta(minutes=minutes)))
            .isoformat()
            .replace("+00:00", "Z")
        ),
        st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30)),
        st.integers(-(23 * 60 + 59), 23 * 60 + 59),
    ),
)
names = st.one_of(
    st.sampled_from(("Анна", "Петя", "Маша", "Tom", "Ванная", "молоко", "", " ", "и", "Costco")),
    st.text(CHARS, max_size=12),
)
ids = st.one_of(
    st.sampled_from(("u-anna", "u-tom", "l-costco", "z-kitchen")),
    st.text(CHARS, min_size=1, max_size=8),
)
generated_members = st.lists(
    st.fixed_dictionaries(
        {"user_id": ids},
        optional={
            "display_name": names,
            "role": names,
            "workload_score": st.one_of(
                st.integers(), st.floats(allow_nan=False, allow_infinity=False)
            ),
        },
    ),
    min_size=1,
    max_size=5,
)


@st.composite
def commands(draw: st.DrawFn, text: st.SearchStrategy[str] = command_texts) -> dict[str, Any]:
    """A valid CommandDTO around the default household or a generated one."""
    members = draw(st.one_of(st.just(DEFAULT_MEMBERS), generated_members))
    zones = draw(
        st.one_of(
            st.just(DEFAULT_ZONES),
            st.none(),
            st.lists(st.fixed_dictionaries({"zone_id": ids, "name": names}), max_size=4),
        )
    )
    lists = draw(
        st.one_of(
            st.just(DEFAULT_LISTS),
            st.none(),
            st.lists(st.fixed_dictionaries({"list_id": ids, "name": names}), max_size=4),
        )
    )
    defaults = draw(
        st.one_of(
            st.none(),
            st.fixed_dictionaries(
                {}, optional={"default_assignee_id": ids, "default_list_id": ids}
            ),
        )
    )
    policies = draw(
        st.one_of(
            st.none(),
            st.fixed_dictionaries(
                {},
                optional={"quiet_hours": names, "max_open_tasks_per_user": st.integers(0, 10**6)},
            ),
        )
    )
    member_ids = [member["user_id"] for member in members]
    return make_command(
        draw(text),
        capabilities=draw(
            st.one_of(
                st.just(ALL_CAPABILITIES),
                st.lists(st.sampled_from(ALL_CAPABILITIES), min_size=1, max_size=6),
            )
        ),
        members=members,
        zones=zones,
        lists=lists,
        defaults=defaults,
        policies=policies,
        household_id=draw(st.one_of(st.none(), names)),
        timestamp=draw(timestamps),
        command_id=draw(st.text(CHARS, min_size=1, max_size=40)),
        user_id=draw(st.one_of(st.sampled_from(member_ids), ids)),
    )


# --- malformed input ---------------------------------------------------------------------


class Opaque:
    """An object no contract knows."""


scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),  # NaN and infinities included: decide() takes Python values too
    st.text(CHARS, max_size=10),
    st.binary(max_size=5),
    st.sampled_from((Opaque(), datetime(2026, 3, 4, tzinfo=UTC), (), frozenset({1}), 10**400)),
)
python_values = st.recursive(
    scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=3),
        st.tuples(children),
        st.dictionaries(st.text(CHARS, max_size=5), children, max_size=3),
        st.dictionaries(st.one_of(st.integers(), st.none(), st.booleans()), children, max_size=2),
    ),
    max_leaves=10,
)


def _paths(node: object, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], object]]:
    yield path, node
    if isinstance(node, dict):
        for key, child in node.items():
            yield from _paths(child, (*path, key))
    elif isinstance(node, list):
        for index, child in enumerate(node):
            yield from _paths(child, (*path, index))


@st.composite
def broken_commands(draw: st.DrawFn) -> Any:
    """A valid command with one to three values replaced, keys dropped or keys added."""
    command: Any = copy.deepcopy(draw(commands()))
    for _ in range(draw(st.integers(1, 3))):
        nodes = list(_paths(command))
        path, _ = draw(st.sampled_from(nodes))
        kind = draw(st.sampled_from(("replace", "drop", "add")))
        parent: Any = command
        for part in path[:-1]:
            parent = parent[part]
        if kind == "replace" and path:
            parent[path[-1]] = draw(python_values)
        elif kind == "drop" and path and isinstance(parent, dict):
            del parent[path[-1]]
        elif kind == "add":
            target = parent[path[-1]] if path else command
            if isinstance(target, dict):
                target[draw(st.one_of(st.text(CHARS, max_size=5), st.integers()))] = draw(
                    python_values
                )
        elif not path:
            command = draw(python_values)
        event(f"broken: {kind}")
    return command


# --- the property ------------------------------------------------------------------------


def _model_accepts(command: object) -> bool:
    try:
        CommandDTO.model_validate(command)
    except ValidationError:
        return False
    return True


def _note(label: str) -> None:
    if currently_in_test_context():  # check() also runs in plain tests
        event(label)


def check(command: Any, settings: PolicySettings = SETTINGS) -> DecisionDTO | None:
    """decide() either returns a schema-valid decision for this command or raises
    CommandValidationError naming at least one violation; any other exception fails."""
    valid = isinstance(command, CommandDTO) or _model_accepts(command)
    refused: CommandValidationError | None = None
    try:
        decision = decide(command, settings)
    except CommandValidationError as exc:
        refused = exc
    if refused is not None:
        assert not valid, f"a valid command was refused: {refused}"
        assert refused.violations
        for violation in refused.violations:
            assert violation.pointer == "" or violation.pointer.startswith("/")
            assert violation.message
        _note("refused")
        return None
    assert valid, "an invalid command got a decision"
    assert isinstance(decision, DecisionDTO)
    document = decision.to_json_dict()
    errors = [error.message for error in schema_validator("decision").iter_errors(document)]
    assert not errors, (errors, document)
    assert json.loads(json.dumps(document, allow_nan=False)) == document
    given_id = command.command_id if isinstance(command, CommandDTO) else command["command_id"]
    assert document["command_id"] == given_id
    _note(f"decided: {decision.action}")
    return decision


def assert_follows_the_rules(command: dict[str, Any], decision: DecisionDTO) -> None:
    """Invariants of every decision (SPEC section 4)."""
    document = decision.to_json_dict()
    capabilities = set(command["capabilities"])
    # capability gating: reject is the terminal safe answer, always allowed
    assert document["action"] in capabilities | {"reject"}, document
    for proposed in document["payload"].get("proposed_actions", []):
        assert proposed["action"] in capabilities, document
    if document["action"] == "clarify":
        assert document["confidence"] <= 0.5, document
    created = datetime.fromisoformat(document["created_at"])
    assert created == CLOCK()
    if document["action"] == "confirm":
        expires = datetime.fromisoformat(document["payload"]["expires_at"])
        assert expires - created == timedelta(seconds=SETTINGS.confirm_ttl_seconds)


@FUZZ
@given(st.one_of(texts, household_texts()))
def test_any_text_gets_a_valid_decision(text: str) -> None:
    command = make_command(text)
    decision = check(command)
    assert decision is not None
    assert_follows_the_rules(command, decision)


@settings(FUZZ, max_examples=40)
@given(st.one_of(long_texts, boundary_texts))
def test_long_text_gets_a_valid_decision(text: str) -> None:
    command = make_command(text)
    decision = check(command)
    assert decision is not None
    assert_follows_the_rules(command, decision)
    # How "characters" are counted (normalised, invisible ones dropped) is the rules' choice;
    # more than 1000 letters and digits is too long under any reading.
    if sum(ch.isalnum() for ch in text) > SETTINGS.max_text_length:
        assert decision.action in {"reject", "clarify"}


@FUZZ
@given(commands())
def test_any_valid_command_gets_a_valid_decision(command: dict[str, Any]) -> None:
    decision = check(command)
    assert decision is not None
    assert_follows_the_rules(command, decision)
    # the DTO itself is accepted as well, with the same result
    again = check(CommandDTO.model_validate(command))
    assert again is not None
    assert _without_ids(again.to_json_dict()) == _without_ids(decision.to_json_dict())


@FUZZ
@given(broken_commands())
def test_broken_commands_are_refused_or_decided(command: Any) -> None:
    check(command)


@FUZZ
@given(python_values)
def test_anything_at_all_is_refused_or_decided(value: Any) -> None:
    check(value)


@pytest.mark.parametrize(
    "value",
    [
        math.nan,
        {"workload_score": math.nan},
        b'{"text": "x"}',
        '{"text": "x"}',
        Opaque(),
        [make_command()],
        {1: "x", None: "y"},
    ],
    ids=["nan", "nan-in-dict", "bytes", "json-text", "object", "list", "non-string-keys"],
)
def test_python_only_values_are_refused(value: object) -> None:
    with pytest.raises(CommandValidationError):
        decide(value, SETTINGS)  # type: ignore[arg-type]


def test_one_long_russian_word_is_decided_quickly() -> None:
    # Under the 1000-character limit, so the length rule does not stop it; a fixed speller
    # answers in milliseconds, the bound is generous for slow CI machines.
    command = make_command("купи " + "о" * 600)
    started = time.perf_counter()
    check(command)
    assert time.perf_counter() - started < 0.5


@pytest.mark.parametrize("text", ["купи 𗀀 молоко", "добавь 𗀀 хлеб"])
def test_tangut_text_is_decided(text: str) -> None:
    check(make_command(text))


def test_nan_deep_inside_a_command_is_refused() -> None:
    command = make_command()
    command["context"]["household"]["members"][0]["workload_score"] = math.inf
    with pytest.raises(CommandValidationError) as caught:
        decide(command, SETTINGS)
    assert caught.value.violations[0].pointer == "/context/household/members/0/workload_score"


def test_a_lone_surrogate_in_text_is_decided_or_refused() -> None:
    # Not text, but a JSON "\ud800" escape produces it; it must not crash the engine either.
    for text in ("\ud800", "купи молоко \udfff", "buy \ud83d milk"):
        check(make_command(text))


# --- determinism, ids and the clock ------------------------------------------------------


def _without_ids(node: Any) -> Any:
    if isinstance(node, dict):
        return {key: _without_ids(value) for key, value in node.items() if key not in ID_FIELDS}
    if isinstance(node, list):
        return [_without_ids(value) for value in node]
    return node


def _ids(node: Any) -> list[str]:
    found: list[str] = []
    if isinstance(node, dict):
        for key, value in node.items():
            found += [value] if key in ID_FIELDS - {"idempotency_key"} else _ids(value)
    elif isinstance(node, list):
        for value in node:
            found += _ids(value)
    return found


@settings(FUZZ, max_examples=100)
@given(commands())
def test_deterministic_mode_gives_identical_decisions(command: dict[str, Any]) -> None:
    first = decide(copy.deepcopy(command), DETERMINISTIC).to_json_dict()
    second = decide(copy.deepcopy(command), DETERMINISTIC).to_json_dict()
    assert first == second


@settings(FUZZ, max_examples=100)
@given(commands())
def test_the_same_input_gives_the_same_decision_ids_aside(command: dict[str, Any]) -> None:
    first = decide(command, SETTINGS).to_json_dict()
    second = decide(command, SETTINGS).to_json_dict()
    assert _without_ids(first) == _without_ids(second)


@settings(FUZZ, max_examples=100)
@given(commands())
def test_ids_are_unique_per_call_in_random_mode(command: dict[str, Any]) -> None:
    first = _ids(decide(command, SETTINGS).to_json_dict())
    second = _ids(decide(command, SETTINGS).to_json_dict())
    assert len(first) >= 2  # decision_id and trace_id at least
    assert len(set(first)) == len(first)
    assert not set(first) & set(second)


def test_deterministic_ids_come_from_command_id() -> None:
    one = decide(make_command("купи молоко", command_id="cmd-a"), DETERMINISTIC)
    same = decide(make_command("buy milk", command_id="cmd-a"), DETERMINISTIC)
    other = decide(make_command("купи молоко", command_id="cmd-b"), DETERMINISTIC)
    assert one.decision_id == same.decision_id
    assert one.trace_id == same.trace_id
    assert one.decision_id != other.decision_id
    assert len(set(_ids(one.to_json_dict()))) == len(_ids(one.to_json_dict()))


@pytest.mark.parametrize(
    "instant",
    [
        datetime(2026, 3, 4, 7, 0, 5, tzinfo=UTC),
        datetime(2026, 3, 4, 10, 0, 5, 123_456, tzinfo=timezone(timedelta(hours=3))),
        datetime(1999, 12, 31, 23, 59, 59, tzinfo=timezone(timedelta(hours=-5, minutes=-30))),
    ],
)
def test_created_at_comes_from_the_injected_clock(instant: datetime) -> None:
    for text in ("купи молоко и хлеб, и напомни Пете вынести мусор", "what's the weather", ""):
        decision = decide(make_command(text), PolicySettings(clock=FixedClock(instant)))
        assert datetime.fromisoformat(decision.created_at) == instant
