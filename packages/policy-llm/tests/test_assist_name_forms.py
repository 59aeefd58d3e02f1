"""Assist with a name the rules could not place: a member's affectionate form goes back to the
rules, who read the command again with the member's name and decide the task themselves.
"""

from __future__ import annotations

import functools
import json
from typing import Any

import pytest
from hybrid_harness import RULES, Build, assert_schema_valid, only, rules_decision
from scripted_llm import ScriptedLLM, extraction, task

from policy_core.testing import make_command
from policy_llm import AssistSettings
from policy_llm._name_forms import is_name_form
from policy_observability import LogType

NO_TASKS = ["start_job", "propose_add_shopping_item", "clarify", "reject", "confirm"]


@pytest.fixture
def build(build: Build) -> Build:
    """conftest's builder with assist on."""
    return functools.partial(build, assist=AssistSettings(enabled=True))


@pytest.mark.parametrize(
    ("word", "name", "form"),
    [
        ("Машеньке", "Маша", True),
        ("Машка", "Маша", True),
        ("Машуля", "Маша", True),
        ("Петеньку", "Петя", True),
        ("Петька", "Петя", True),
        ("Аннушка", "Анна", True),
        ("Tommy", "Tom", True),
        ("Jackie", "Jack", True),
        ("Emmy", "Emma", True),
        ("Маше", "Маша", False),  # the name itself, inflected: the rules know it already
        ("Марине", "Маша", False),  # another name sharing two letters
        ("Машины", "Маша", False),  # no diminutive suffix
        ("Jackson", "Jack", False),
        ("Tomas", "Tom", False),
        ("Lucky", "Lucy", False),
        ("Олечка", "Оля", False),  # a stem under three letters is never guessed at
        ("Ване", "Петя", False),
    ],
)
def test_a_form_is_the_names_stem_a_diminutive_suffix_and_an_ending(
    word: str, name: str, *, form: bool
) -> None:
    assert is_name_form(word, name) is form


def _task(decision: Any) -> dict[str, Any]:
    payload = json.loads(json.dumps(decision.to_json_dict()))["payload"]
    (action,) = payload["proposed_actions"]
    return action["payload"]["task"]  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    ("text", "assignee", "in_its_name"),
    [
        # The rules read the common fond forms themselves ("Машенька", "Петенька", "Tommy"
        # are in their name data); the model's reading serves the rarer ones.
        ("напомни Машуне убрать игрушки", "u-masha", "напомни Маше убрать игрушки"),
        ("напомни Машечке полить цветы завтра", "u-masha", "напомни Маше полить цветы завтра"),
    ],
)
def test_a_members_affectionate_name_is_read_by_the_rules_as_the_member(
    build: Build, llm: ScriptedLLM, text: str, assignee: str, in_its_name: str
) -> None:
    # The model's title is poor on purpose: the rules' own reading is what counts.
    llm.script = extraction("create_task", task=task(text, assignee_id=assignee))
    policy, logs = build()
    document = make_command(text)
    assert rules_decision(document).action == "clarify"

    decision = policy.decide(document)

    assert decision.decision_outcome == "execute"
    assert decision.decision_version == f"{RULES.version}+assist:{policy.llm.version}"  # type: ignore[union-attr]
    assert_schema_valid(decision)
    created = _task(decision)
    assert created["assignee_id"] == assignee
    # Every field as the rules read the command said with the member's own name.
    assert created == _task(rules_decision(make_command(in_its_name)))
    hints = only(logs, LogType.ASSIST)["hints"]
    assert [(h["field"], h["accepted"], h["reason"]) for h in hints] == [
        ("task.title", False, "read_by_rules"),
        ("assignee_id", True, None),
        ("due", False, "not_offered"),
    ]


@pytest.mark.parametrize(
    ("text", "assignee", "command"),
    [
        # The model names a member the word is no form of.
        ("напомни Машеньке убрать игрушки", "u-petya", {}),
        # A name that is no member's form at all, whoever the model says.
        ("напомни Ване вынести мусор", "u-petya", {}),
        ("remind Jackson to take out the trash", "u-tom", {}),
        # The command grants no task: the capability decides, as for any hint.
        ("напомни Машеньке убрать игрушки", "u-masha", {"capabilities": NO_TASKS}),
    ],
)
def test_anything_else_leaves_the_rules_asking_who(
    build: Build, llm: ScriptedLLM, text: str, assignee: str, command: dict[str, Any]
) -> None:
    llm.script = extraction("create_task", task=task("убрать игрушки", assignee_id=assignee))
    policy, logs = build()
    document = make_command(text, **command)

    assert policy.decide(document) == rules_decision(document)
    hints = only(logs, LogType.ASSIST)["hints"]
    assert not any(h["accepted"] for h in hints)
    assert "read_by_rules" not in {h["reason"] for h in hints}


def test_a_member_named_beside_the_unknown_one_answers_nothing(
    build: Build, llm: ScriptedLLM
) -> None:
    """The rules read Tom and still asked who Mike is: the model picking Tom is no answer."""
    llm.script = extraction("create_task", task=task("assemble the bookshelf", assignee_id="u-tom"))
    policy, logs = build()
    document = make_command("Tom and Mike need to assemble the bookshelf")

    assert policy.decide(document) == rules_decision(document)
    hints = only(logs, LogType.ASSIST)["hints"]
    assert [(h["field"], h["accepted"], h["reason"]) for h in hints] == [
        ("task.title", False, "assignee_unresolved"),
        ("assignee_id", False, "assignee_unresolved"),
        ("due", False, "not_offered"),
    ]
