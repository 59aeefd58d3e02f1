"""The shadow comparison, field by field: the rules' reading against a model's."""

from __future__ import annotations

from typing import Any

import pytest
from hybrid_harness import RULES, SETTINGS, model_explanation

from policy_core import Draft, Explanation, ItemDraft, TaskDraft, parse_command
from policy_core.testing import make_command
from policy_llm._agreement import agreement, same_words
from policy_observability import ShadowAgreement


def rules_reading(text: str, **command: Any) -> Explanation:
    return RULES.explain(parse_command(make_command(text, **command)), SETTINGS)


def model_reading(text: str, draft: Draft, **command: Any) -> Explanation:
    """A decision built from ``draft`` the way the LLM policy builds one from an answer."""
    return model_explanation(parse_command(make_command(text, **command)), draft)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("молоко", "молоко", True),
        ("Молоко", "молоко", True),
        ("молоко", "молока", True),  # inflection
        ("apples", "apple", True),
        ("red apples", "apples", False),  # "red" is not in the other name
        ("молоко", "хлеб", False),
        ("milk", "молоко", False),  # no translation: names are compared as words
    ],
)
def test_names_agree_when_each_ones_words_occur_in_the_other(a: str, b: str, same: bool) -> None:
    assert same_words(RULES, a, b) is same
    assert same_words(RULES, b, a) is same


def test_the_same_reading_agrees_on_every_field() -> None:
    text = "купи 2 литра молока и хлеб"
    rules = rules_reading(text)
    llm = model_reading(text, Draft("add_shopping_item", items=rules.extraction.items))
    found = agreement(RULES, rules, llm)
    assert found == ShadowAgreement(
        intent=True, outcome=True, action=True, item_names=True, quantities=True
    )
    assert found.task_fields is None  # neither side has a task: not comparable
    assert found.overall() is True


def test_inflected_names_in_another_order_still_agree() -> None:
    text = "купи молоко и хлеб"
    rules = rules_reading(text)
    llm = model_reading(
        text, Draft("add_shopping_item", items=(ItemDraft("хлеба"), ItemDraft("молока")))
    )
    found = agreement(RULES, rules, llm)
    assert (found.item_names, found.quantities) == (True, True)


@pytest.mark.parametrize(
    ("items", "item_names", "quantities"),
    [
        ((ItemDraft("молоко", "1", "l"),), True, False),  # same item, another quantity
        ((ItemDraft("молоко"),), True, False),  # the quantity missed
        ((ItemDraft("кефир", "2", "l"),), False, None),  # another item: quantities not compared
        ((ItemDraft("молоко", "2", "l"), ItemDraft("водка")), False, None),  # one added
    ],
)
def test_items_and_quantities_disagree_separately(
    items: tuple[ItemDraft, ...], item_names: bool, quantities: bool | None
) -> None:
    text = "купи 2 литра молока"
    rules = rules_reading(text)
    assert rules.extraction.items == (ItemDraft("молоко", "2", "l"),)
    found = agreement(RULES, rules, model_reading(text, Draft("add_shopping_item", items=items)))
    assert (found.item_names, found.quantities) == (item_names, quantities)
    assert found.intent is True
    assert found.overall() is False


def test_another_intent_disagrees_on_intent_outcome_and_action() -> None:
    text = "купи молоко"
    rules = rules_reading(text)
    llm = model_reading(text, Draft("unknown"))
    found = agreement(RULES, rules, llm)
    assert (found.intent, found.outcome, found.action) == (False, False, False)
    assert found.item_names is False  # the rules found an item, the model none
    assert found.overall() is False


def test_the_same_outcome_with_another_intent_is_told_apart() -> None:
    """Both execute, so outcome and action agree while the intent does not."""
    text = "купи молоко"
    rules = rules_reading(text)
    llm = model_reading(text, Draft("create_task", task=TaskDraft("купить молоко")))
    found = agreement(RULES, rules, llm)
    assert (found.intent, found.outcome, found.action) == (False, True, True)
    assert found.task_fields is False  # only the model has a task


TASK_TEXT = "Маша, помой посуду на кухне вечером"


@pytest.mark.parametrize(
    ("task", "task_fields"),
    [
        # The rules keep the place in the title ("Помой посуду на кухне"); so must the model.
        (
            TaskDraft(
                "помыть посуду на кухне", "u-masha", "z-kitchen", "2026-03-04T19:00:00+03:00"
            ),
            True,
        ),
        (TaskDraft("помыть посуду", "u-petya", "z-kitchen", "2026-03-04T19:00:00+03:00"), False),
        (TaskDraft("помыть посуду", "u-masha", None, "2026-03-04T19:00:00+03:00"), False),
        (TaskDraft("помыть посуду", "u-masha", "z-kitchen", "2026-03-04T20:00:00+03:00"), False),
        (TaskDraft("вынести мусор", "u-masha", "z-kitchen", "2026-03-04T19:00:00+03:00"), False),
    ],
)
def test_task_fields_agree_only_when_title_assignee_zone_and_due_all_do(
    task: TaskDraft, task_fields: bool
) -> None:
    rules = rules_reading(TASK_TEXT)
    assert rules.extraction.task is not None
    found = agreement(RULES, rules, model_reading(TASK_TEXT, Draft("create_task", task=task)))
    assert found.task_fields is task_fields
    assert (found.item_names, found.quantities) == (None, None)  # no items on either side


def test_a_reject_compared_with_a_clarify() -> None:
    text = "переведи Пете 500 рублей"
    rules = rules_reading(text)
    assert rules.decision.action == "reject"
    found = agreement(RULES, rules, model_reading(text, Draft("unknown")))
    assert (found.outcome, found.action) == (False, False)
    assert (found.item_names, found.quantities, found.task_fields) == (None, None, None)
