"""The public values a consumer holds behave as Python classes in both builds: what ``decide``
and ``explain`` hand out, the language data and the stage clock survive pickle and copy equal
to themselves, a subclass round-trips as itself, and type hints resolve (``nox -s compiled``
runs this module against the compiled build, where a compiled dataclass would do none of it:
pyproject.toml's mypyc hook leaves these classes' modules out)."""

from __future__ import annotations

import copy
import pickle
import typing
from dataclasses import dataclass

import pytest
from pydantic import TypeAdapter

from policy_core import (
    Explanation,
    ItemDraft,
    PolicySettings,
    RulePolicy,
    StageClock,
    decide,
    parse_command,
)
from policy_core.lang import BUILT_IN, ENGLISH, SuffixRule
from policy_core.testing import make_command

TEXTS = [
    "купи 2 литра молока и хлеб",  # items with a quantity and a unit
    "remind Tom to take out the trash tomorrow at 7pm",  # a task
    "купи молоко и вынеси мусор",  # both
    "включи свет на кухне",  # a reject
    "buy something",  # a clarify
]


def _explain(text: str) -> Explanation:
    return RulePolicy().explain(parse_command(make_command(text)), PolicySettings())


def _round_trips(value: object) -> None:
    for protocol in (2, pickle.HIGHEST_PROTOCOL):
        again = pickle.loads(pickle.dumps(value, protocol))  # noqa: S301 - our own objects
        assert again == value
        assert type(again) is type(value)
    assert copy.copy(value) == value
    assert copy.deepcopy(value) == value


@pytest.mark.parametrize("text", TEXTS)
def test_an_explanation_and_its_decision_survive_pickle_and_copy(text: str) -> None:
    explanation = _explain(text)
    _round_trips(explanation)
    _round_trips(explanation.extraction)
    _round_trips(decide(make_command(text)))


def test_the_items_survive_pickle_and_copy() -> None:
    items = _explain("купи 2 литра молока и хлеб").extraction.items
    assert [item.name for item in items] == ["молоко", "хлеб"]
    for item in items:
        _round_trips(item)


def test_a_subclass_of_an_item_round_trips_as_itself() -> None:
    @dataclass(frozen=True, slots=True)
    class Priced(ItemDraft):
        price: str | None = None

    item = Priced("хлеб", "1", "pcs", price="50")
    assert copy.deepcopy(item) == item
    assert type(copy.copy(item)) is Priced


def test_an_item_is_a_typed_dataclass_other_libraries_read() -> None:
    hints = typing.get_type_hints(ItemDraft)
    assert hints == {"name": str, "quantity": str | None, "unit": str | None}
    adapter = TypeAdapter(ItemDraft)
    assert adapter.validate_python({"name": "хлеб", "quantity": "2"}) == ItemDraft("хлеб", "2")


@pytest.mark.parametrize(
    "value",
    [
        SuffixRule(("s",), 3, 1),
        ENGLISH,
        BUILT_IN,
        BUILT_IN.vocabulary,
        BUILT_IN.vocabulary.shopping,
    ],
    ids=["suffix_rule", "english_lexicon", "built_in", "vocabulary", "shopping_words"],
)
def test_language_data_copies(value: object) -> None:
    # (a shallow copy: the word tables are read-only mappings, which neither pickle nor
    # deepcopy takes, in either build)
    assert copy.copy(value) == value


def test_a_suffix_rule_pickles() -> None:
    _round_trips(SuffixRule(("s",), 3, 1))


def test_a_stage_clock_copies() -> None:
    clock = StageClock(5)
    clock.mark("extract", 12)
    again = copy.deepcopy(clock)
    assert again is not clock
    assert type(again) is StageClock
