"""What ``decide`` and ``explain`` hand out survives pickle and copy, equal to itself, in the
pure-Python build and the compiled one alike (``nox -s compiled`` runs this module there: a
compiled frozen dataclass has no ``__setstate__`` of its own)."""

from __future__ import annotations

import copy
import pickle

import pytest

from policy_core import (
    Explanation,
    ItemDraft,
    PolicySettings,
    RulePolicy,
    decide,
    parse_command,
)
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


@pytest.mark.parametrize("text", TEXTS)
def test_an_explanation_survives_pickle_and_deepcopy(text: str) -> None:
    explanation = _explain(text)
    for protocol in (2, pickle.HIGHEST_PROTOCOL):
        again = pickle.loads(pickle.dumps(explanation, protocol))  # noqa: S301
        assert again == explanation
        assert type(again) is Explanation
    assert copy.deepcopy(explanation) == explanation
    assert copy.copy(explanation) == explanation


def test_the_items_survive_pickle_and_copy_field_by_field() -> None:
    items = _explain("купи 2 литра молока и хлеб").extraction.items
    assert items, "the command names items"
    for item in items:
        again = pickle.loads(pickle.dumps(item))  # noqa: S301
        assert (again.name, again.quantity, again.unit) == (item.name, item.quantity, item.unit)
        assert copy.deepcopy(item) == item
    assert pickle.loads(pickle.dumps(ItemDraft("хлеб"))) == ItemDraft("хлеб", None, None)  # noqa: S301


@pytest.mark.parametrize("text", TEXTS)
def test_a_decision_survives_pickle(text: str) -> None:
    decision = decide(make_command(text))
    assert pickle.loads(pickle.dumps(decision)) == decision  # noqa: S301
