"""Dynamic few-shot: examples from golden case files, the nearest ones by shared lemmas, and
the compact prompt, through a real (scripted) server."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hybrid_harness import RULES, SETTINGS
from scripted_llm import API_KEY, ScriptedLLM, extraction, item

from policy_core import parse_command
from policy_core.testing import make_command
from policy_llm import (
    LLMExtractionPolicy,
    LLMMisconfiguredError,
    LLMSettings,
    build_runtime,
    load_policy_file,
)
from policy_llm._extraction import extraction_schema
from policy_llm._few_shot import MAX_EXAMPLE_CHARS, answer_from_case, load_examples
from policy_llm._prompt import extraction_messages, prompt_version
from policy_llm._structured import schema_violations

HOUSEHOLD = {
    "members": [
        {"user_id": "u-tom", "display_name": "Tom"},
        {"user_id": "u-petya", "display_name": "Петя"},
    ],
    "zones": [{"zone_id": "z-kitchen", "name": "Kitchen"}],
    "shopping_lists": [
        {"list_id": "l-groceries", "name": "Groceries"},
        {"list_id": "l-pharmacy", "name": "Pharmacy"},
    ],
}
CONTEXTS = {"home": {"context": {"household": HOUSEHOLD}}}


def case(text: str, expected: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"id": text[:20], "text": text, "context": "home", "expected": expected, **extra}


def shopping(*names: str, list_id: str = "l-groceries") -> dict[str, Any]:
    items = [{"name": name, "quantity": None, "unit": None} for name in names]
    return {"intent": "add_shopping_item", "outcome": "execute", "items": items, "list_id": list_id}


CASES = [
    case("buy milk", shopping("milk")),
    case("купи молоко и хлеб", shopping("молоко", "хлеб")),
    case("add aspirin to the pharmacy list", shopping("aspirin", list_id="l-pharmacy")),
    case(
        "remind Tom to clean the kitchen",
        {
            "intent": "create_task",
            "task": {"title": "clean the kitchen", "assignee_id": "u-tom", "zone_id": "z-kitchen"},
        },
    ),
    case(
        "напомни Пете вынести мусор",
        {"intent": "create_task", "task": {"title": "вынести мусор", "assignee_id": "u-petya"}},
    ),
    case(
        "купи пучок укропа",
        {"intent": "add_shopping_item", "items": [{"name": "укроп", "unit": "пучок"}]},
    ),
    case("buy milk", shopping("milk")),  # a repeated text
    case("buy " + "very " * 60 + "fresh bread", shopping("bread")),
    case("buy milk and clean up", {"intent": "mixed", "items": [{"name": "milk"}]}),
    {
        "id": "full",
        "command": {"text": "pay the gas bill", "context": {"household": HOUSEHOLD}},
        "expected": {"intent": "unsupported"},
    },
]


@pytest.fixture
def golden(tmp_path: Path) -> Path:
    root = tmp_path / "golden"
    (root / "cases").mkdir(parents=True)
    (root / "contexts.json").write_text(json.dumps(CONTEXTS), encoding="utf-8")
    lines = "\n".join(json.dumps(c, ensure_ascii=False) for c in CASES)
    (root / "cases" / "all.jsonl").write_text(lines + "\n", encoding="utf-8")
    return root / "cases"


def test_the_bank_keeps_usable_examples_once(golden: Path) -> None:
    bank = load_examples(golden, RULES)
    texts = [example.text for example in bank.examples]
    assert texts == [
        "buy milk",
        "купи молоко и хлеб",
        "add aspirin to the pharmacy list",
        "remind Tom to clean the kitchen",
        "напомни Пете вынести мусор",
        "pay the gas bill",
    ]
    assert all(len(text) <= MAX_EXAMPLE_CHARS for text in texts)
    for example in bank.examples:
        assert schema_violations(example.answer, extraction_schema()) == ()


def test_answers_keep_only_the_ids_the_text_names(golden: Path) -> None:
    answers = {example.text: example.answer for example in load_examples(golden, RULES).examples}
    assert answers["buy milk"]["list_id"] is None  # the default list: the rules' to fill
    assert answers["add aspirin to the pharmacy list"]["list_id"] == "l-pharmacy"
    assert answers["remind Tom to clean the kitchen"]["task"] == {
        "title": "clean the kitchen",
        "assignee_id": "u-tom",
        "zone_id": "z-kitchen",
        "due": None,
    }
    assert answers["напомни Пете вынести мусор"]["task"]["assignee_id"] == "u-petya"
    assert answers["pay the gas bill"] == {
        "intent": "unsupported",
        "items": [],
        "list_id": None,
        "task": None,
        "confidence": 0.9,
    }


def test_quantities_become_numbers() -> None:
    expected = {
        "intent": "add_shopping_item",
        "items": [
            {"name": "milk", "quantity": "1.5", "unit": "l"},
            {"name": "eggs", "quantity": "10"},
        ],
    }
    items = answer_from_case("buy 1.5 l of milk and 10 eggs", expected, {})["items"]
    assert [(i["quantity"], i["unit"]) for i in items] == [(1.5, "l"), (10, None)]
    assert isinstance(items[1]["quantity"], int)


def test_the_nearest_examples_share_the_rarest_lemmas(golden: Path) -> None:
    bank = load_examples(golden, RULES)
    # "молока" and "молоко" share a lemma; "купи" is shared with other examples too
    (nearest,) = bank.nearest("купи два литра молока", 1)
    assert nearest.text == "купи молоко и хлеб"
    two = bank.nearest("remind Tom to buy aspirin", 2)
    assert {e.text for e in two} == {
        "remind Tom to clean the kitchen",
        "add aspirin to the pharmacy list",
    }
    assert bank.nearest("walk the dog", 0) == ()
    assert bank.nearest("zzz qqq", 3) == ()  # nothing in common: no example


def test_the_nearest_comes_last_and_the_choice_is_stable(golden: Path) -> None:
    bank = load_examples(golden, RULES)
    chosen = bank.nearest("buy milk and aspirin for the pharmacy list", 3)
    assert chosen[-1].text == "add aspirin to the pharmacy list"
    assert bank.nearest("buy milk and aspirin for the pharmacy list", 3) == chosen
    assert all(e.text != "buy milk" for e in bank.nearest("Buy milk ", 3))


def test_an_example_of_the_commands_household_is_preferred(tmp_path: Path) -> None:
    root = tmp_path / "golden"
    (root / "cases").mkdir(parents=True)
    contexts = {
        "home": {"context": {"household": {**HOUSEHOLD, "household_id": "hh-home"}}},
        "away": {"context": {"household": {**HOUSEHOLD, "household_id": "hh-away"}}},
    }
    (root / "contexts.json").write_text(json.dumps(contexts), encoding="utf-8")
    lines = [
        case("buy milk and bread", shopping("milk", "bread"), context="away"),
        case("buy milk and eggs", shopping("milk", "eggs"), context="home"),
    ]
    (root / "cases" / "c.jsonl").write_text("\n".join(json.dumps(c) for c in lines) + "\n")
    bank = load_examples(root / "cases", RULES)
    assert [e.household for e in bank.examples] == ["hh-away", "hh-home"]
    assert bank.nearest("buy milk", 1)[0].text == "buy milk and bread"  # a tie: bank order
    assert bank.nearest("buy milk", 1, "hh-home")[0].text == "buy milk and eggs"
    assert bank.nearest("buy milk", 1, "hh-away")[0].text == "buy milk and bread"
    assert bank.nearest("walk the cat", 1, "hh-home") == ()  # the bonus alone chooses nothing


def test_sealed_cases_are_never_examples(golden: Path) -> None:
    sealed = golden.parent / "sealed"
    sealed.mkdir()
    (sealed / "held.jsonl").write_text(json.dumps(CASES[0]) + "\n", encoding="utf-8")
    with pytest.raises(LLMMisconfiguredError, match="sealed"):
        load_examples(sealed, RULES)


@pytest.mark.parametrize("content", ["not json", json.dumps({"text": "buy milk"})])
def test_a_file_that_is_not_golden_cases_is_refused(tmp_path: Path, content: str) -> None:
    path = tmp_path / "cases.jsonl"
    path.write_text(content + "\n", encoding="utf-8")
    with pytest.raises(LLMMisconfiguredError, match=r"cases\.jsonl:1") as caught:
        load_examples(path, RULES)
    assert caught.value.field == "examples"


def test_an_empty_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(LLMMisconfiguredError, match="no golden case files"):
        load_examples(tmp_path, RULES)


def test_examples_are_turns_before_the_command() -> None:
    command = parse_command(make_command("buy bread"))
    answer = {
        "intent": "add_shopping_item",
        "items": [],
        "list_id": None,
        "task": None,
        "confidence": 0.9,
    }
    messages = extraction_messages(
        command, schema=None, style="compact", examples=[("купи хлеб", answer)]
    )
    assert [m["role"] for m in messages] == ["system", "user", "assistant", "user"]
    assert json.loads(messages[1]["content"]) == {"text": "купи хлеб"}
    assert json.loads(messages[2]["content"]) == answer
    assert "купи хлеб" in messages[1]["content"]  # as written, not \\u-escaped
    assert json.loads(messages[3]["content"]) == {"text": "buy bread"}
    full = extraction_messages(command, schema=None)
    compact_rules, household = messages[0]["content"].split("\n\n", 1)
    full_rules, full_household = full[0]["content"].split("\n\n", 1)
    assert len(compact_rules) < len(full_rules) / 2
    assert household == full_household


def test_prompt_versions_tell_prompts_apart() -> None:
    versions = {prompt_version(s, k) for s in ("full", "compact") for k in (0, 3)}
    assert len(versions) == 4


def write_policy(directory: Path, url: str, task_lines: str) -> Path:
    path = directory / "policy.toml"
    path.write_text(
        f"""
version = 1
[endpoint]
base_url = {json.dumps(url)}
api_key = {json.dumps(API_KEY)}
model = "small-model"
[profiles.fast]
timeout_s = 3
structured_output = "grammar"
[tasks.extraction]
profile = "fast"
{task_lines}
""",
        encoding="utf-8",
    )
    return path


@pytest.fixture
def few_shot_policy(
    tmp_path: Path, llm: ScriptedLLM, golden: Path
) -> Iterator[LLMExtractionPolicy]:
    lines = f'prompt = "compact"\nfew_shot = 2\nexamples = {json.dumps(str(golden))}'
    env = {
        "LLM_POLICY_ENABLED": "true",
        "LLM_POLICY_FILE": str(write_policy(tmp_path, llm.url, lines)),
    }
    runtime = build_runtime(LLMSettings.from_env(env), env)
    assert runtime is not None
    with runtime:
        yield LLMExtractionPolicy(runtime, RULES)


def test_a_call_shows_the_nearest_examples_and_sends_the_grammar(
    few_shot_policy: LLMExtractionPolicy, llm: ScriptedLLM
) -> None:
    llm.script = extraction(items=[item("молоко", 2, "l")])
    decision = few_shot_policy.decide(
        parse_command(make_command("купи Пете 2 литра молока")), SETTINGS, budget_s=3
    )
    assert decision.decision_outcome == "execute"
    assert decision.decision_version == "llm/extraction-v2-compact-k2/small-model"
    (body,) = llm.bodies
    shown = [
        json.loads(m["content"]).get("text") for m in body["messages"][1:-1] if m["role"] == "user"
    ]
    assert shown[-1] == "купи молоко и хлеб"
    assert len(shown) == 2
    assert body["grammar"].startswith("root ::= ")
    assert "response_format" not in body


@pytest.mark.parametrize(
    ("lines", "key"),
    [
        ("few_shot = 2", "tasks.extraction"),
        ("few_shot = 9\nexamples = 'x'", "tasks.extraction.few_shot"),
        ('prompt = "tiny"', "tasks.extraction.prompt"),
    ],
)
def test_the_task_settings_are_checked(tmp_path: Path, lines: str, key: str) -> None:
    with pytest.raises(LLMMisconfiguredError) as caught:
        load_policy_file(write_policy(tmp_path, "http://127.0.0.1:1/v1", lines), {})
    assert caught.value.field == key
