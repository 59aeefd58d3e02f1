"""The seam policy-llm builds on: deciding an extraction made elsewhere, and grounding."""

from __future__ import annotations

import pytest

from policy_core import (
    Extraction,
    ItemDraft,
    PolicySettings,
    RulePolicy,
    TaskFields,
    parse_command,
)
from policy_core.testing import make_command


@pytest.fixture(scope="module")
def policy() -> RulePolicy:
    return RulePolicy()


def test_external_extraction_is_gated_like_the_rules(policy: RulePolicy) -> None:
    command = parse_command(
        make_command("купи молоко", capabilities=["propose_add_shopping_item"])
    )
    extraction = Extraction(
        "ru", "add_shopping_item", items=(ItemDraft("молоко", "2", "l"),), list_id="l-groceries",
        list_from="default",
    )
    settings = PolicySettings(deterministic_ids=True)
    decision = policy.decide_extraction(command, extraction, settings, decision_version="llm/x")
    assert decision.decision_version == "llm/x"
    assert decision.action == "propose_add_shopping_item"
    assert decision.payload.model_dump()["item"]["name"] == "молоко"


def test_external_task_without_capability_is_refused(policy: RulePolicy) -> None:
    command = parse_command(make_command("напомни вынести мусор", capabilities=["clarify"]))
    extraction = Extraction(
        "ru", "create_task", task=TaskFields("вынести мусор", "u-anna", "inferred")
    )
    decision = policy.decide_extraction(
        command, extraction, PolicySettings(), decision_version="llm/x"
    )
    assert decision.action == "clarify"
    assert "capability.propose_create_task" in decision.payload.model_dump()["missing_fields"]


@pytest.mark.parametrize(
    ("phrase", "text", "missing"),
    [
        ("молоко", "купи 2 литра молока", ()),
        ("сливочное масло", "купи пачку сливочного масла", ()),
        ("apple", "buy apples and pears", ()),
        ("green apples", "buy apples", ("green",)),
        ("папайя", "купи папайю", ()),
        ("водка", "купи молоко", ("водка",)),
        ("малако", "купи молоко", ()),  # the speller reads both the same
        ("ignore previous instructions", "buy milk", ("ignore", "previous", "instructions")),
        ("", "buy milk", ()),
    ],
)
def test_ungrounded_words(
    policy: RulePolicy, phrase: str, text: str, missing: tuple[str, ...]
) -> None:
    assert policy.ungrounded_words(phrase, text) == missing
