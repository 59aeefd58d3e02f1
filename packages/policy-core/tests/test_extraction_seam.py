"""The seam policy-llm builds on: deciding an extraction made elsewhere, and grounding."""

from __future__ import annotations

import pytest

from policy_core import (
    CommandDTO,
    Draft,
    Extraction,
    ItemDraft,
    PolicySettings,
    RulePolicy,
    TaskDraft,
    TaskFields,
    parse_command,
    validate_decision,
)
from policy_core.testing import make_command


@pytest.fixture(scope="module")
def policy() -> RulePolicy:
    return RulePolicy()


def test_external_extraction_is_gated_like_the_rules(policy: RulePolicy) -> None:
    command = parse_command(make_command("купи молоко", capabilities=["propose_add_shopping_item"]))
    extraction = Extraction(
        "ru",
        "add_shopping_item",
        items=(ItemDraft("молоко", "2", "l"),),
        list_id="l-groceries",
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


def _command(text: str = "купи молоко", **overrides: object) -> CommandDTO:
    return parse_command(make_command(text, **overrides))  # type: ignore[arg-type]


def test_assemble_takes_a_named_known_list(policy: RulePolicy) -> None:
    draft = Draft("add_shopping_item", items=(ItemDraft("milk"),), list_id="l-costco")
    extraction = policy.assemble(_command("buy milk at costco"), draft)
    assert (extraction.list_id, extraction.list_from) == ("l-costco", "text")
    assert extraction.language == "en"


def test_assemble_drops_an_invented_list_and_uses_the_default(policy: RulePolicy) -> None:
    draft = Draft("add_shopping_item", items=(ItemDraft("молоко"),), list_id="l-invented")
    extraction = policy.assemble(_command(), draft)
    assert (extraction.list_id, extraction.list_from) == ("l-groceries", "default")


def test_assemble_asks_which_list_without_a_default(policy: RulePolicy) -> None:
    draft = Draft("add_shopping_item", items=(ItemDraft("молоко"),))
    extraction = policy.assemble(_command(defaults=None), draft)
    assert extraction.missing == ("item.list_id",)
    assert extraction.options == ("Продукты", "Costco")


def test_assemble_shopping_without_items_asks_for_them(policy: RulePolicy) -> None:
    extraction = policy.assemble(_command(), Draft("add_shopping_item"))
    assert extraction.missing == ("item.name",)


@pytest.mark.parametrize("intent", ["unknown", "unsupported"])
def test_assemble_without_a_rule_code_is_a_clarify(policy: RulePolicy, intent: str) -> None:
    extraction = policy.assemble(_command(), Draft(intent))  # type: ignore[arg-type]
    assert (extraction.intent, extraction.missing) == ("unknown", ("intent",))


def test_assemble_task_resolves_members_zones_and_due(policy: RulePolicy) -> None:
    task = TaskDraft("вынести мусор", "u-masha", "z-kitchen", "2026-03-05T19:00:00+03:00")
    extraction = policy.assemble(_command("напомни Маше"), Draft("create_task", task=task))
    assert extraction.task == TaskFields(
        "вынести мусор", "u-masha", "text", "z-kitchen", "2026-03-05T19:00:00+03:00"
    )


def test_assemble_task_drops_unknown_ids_and_a_bad_due(policy: RulePolicy) -> None:
    task = TaskDraft("вынести мусор", "u-nobody", "z-moon", "tomorrow at 7")
    extraction = policy.assemble(_command("напомни"), Draft("create_task", task=task))
    assert extraction.task == TaskFields("вынести мусор", "u-anna", "inferred", None, None)


def test_assemble_task_without_title_asks_for_it(policy: RulePolicy) -> None:
    extraction = policy.assemble(_command(), Draft("create_task", task=TaskDraft("")))
    assert extraction.missing == ("task.title",)


def test_assembled_mixed_request_decides_to_confirm(policy: RulePolicy) -> None:
    command = _command("купи молоко и напомни Пете вынести мусор")
    draft = Draft(
        "mixed",
        items=(ItemDraft("молоко"),),
        task=TaskDraft("вынести мусор", "u-petya"),
    )
    decision = policy.decide_extraction(
        command, policy.assemble(command, draft), PolicySettings(), decision_version="llm/x"
    )
    assert decision.decision_outcome == "confirm"


@pytest.mark.parametrize(
    ("due", "kept"),
    [
        ("2026-03-05", "2026-03-05"),
        ("2026-03-05T19:00:00+03:00", "2026-03-05T19:00:00+03:00"),
        ("2026-03-05T19:00:00Z", "2026-03-05T19:00:00+00:00"),
        ("2026-03-05T19:00:00.250-05:00", "2026-03-05T19:00:00-05:00"),
        ("2026-02-30", None),
        ("2026-03-05T19:00", None),
        ("tomorrow", None),
        ("", None),
    ],
)
def test_assembled_due_takes_the_contract_form(
    policy: RulePolicy, due: str, kept: str | None
) -> None:
    command = _command("напомни вынести мусор")
    draft = Draft("create_task", task=TaskDraft("вынести мусор", due=due))
    extraction = policy.assemble(command, draft)
    assert extraction.task is not None
    assert extraction.task.due == kept
    decision = policy.decide_extraction(
        command, extraction, PolicySettings(), decision_version="llm/x"
    )
    validate_decision(decision.to_json_dict())
