"""Assist's item hints go through the rules: an item the rules would not make one of the
things to buy is refused (``not_an_item``), and an accepted one is the rules' reading of it.
"""

from __future__ import annotations

import functools
import json

import pytest
from hybrid_harness import Build, only, rules_decision
from scripted_llm import ScriptedLLM, extraction, item

from policy_core.testing import make_command
from policy_llm import AssistSettings
from policy_observability import LogType


@pytest.fixture
def build(build: Build) -> Build:
    """conftest's builder with assist on."""
    return functools.partial(build, assist=AssistSettings(enabled=True))


@pytest.mark.parametrize(
    ("text", "items"),
    [
        # Words the rules never make an item, all of them in the text.
        ("купи что-нибудь", ["что-нибудь"]),
        ("buy something", ["something"]),
        ("get more of those", ["more of those"]),
        ("add something nice for the grandchildren", ["something nice for the grandchildren"]),
        ("купи", ["купи"]),  # the trigger verb
        ("buy что-нибудь", ["buy что-нибудь"]),
        ("добавь в Costco", ["Costco"]),  # a list's name is where, not what
        # One good item does not carry a bad one.
        ("купи что-нибудь к чаю", ["чай", "что-нибудь"]),
    ],
)
def test_an_item_the_rules_would_not_read_as_one_is_refused(
    build: Build, llm: ScriptedLLM, text: str, items: list[str]
) -> None:
    llm.script = extraction(items=items)
    policy, logs = build()
    document = make_command(text)
    assert rules_decision(document).action == "clarify"

    assert policy.decide(document) == rules_decision(document)
    (hint,) = only(logs, LogType.ASSIST)["hints"]
    assert (hint["field"], hint["accepted"], hint["reason"]) == ("items", False, "not_an_item")


def test_an_accepted_item_is_the_rules_reading_of_it(build: Build, llm: ScriptedLLM) -> None:
    """The hint's inflected form becomes the rules' dictionary form; a quantity and unit the
    text never says stay out."""
    llm.script = extraction(items=[item("чаю", 3, "kg")])
    policy, logs = build()

    decision = policy.decide(make_command("купи что-нибудь к чаю"))

    payload = json.loads(json.dumps(decision.to_json_dict()))["payload"]
    (action,) = payload["proposed_actions"]
    assert action["payload"]["item"] == {"name": "чай", "list_id": "l-groceries"}
    (hint,) = only(logs, LogType.ASSIST)["hints"]
    assert (hint["accepted"], hint["reason"]) == (True, None)
