"""Test helpers for policy-core and the packages built on it.

They ship inside the library so that policy-llm, policy-eval and consumer apps build the same
commands and clocks as policy-core's own tests, without importing another package's
``tests/``, and read a decision's document the same way (what it proposes, why it refuses).
Nothing here touches the network or the environment.

>>> from policy_core import PolicySettings, decide
>>> from datetime import datetime
>>> from policy_core.testing import FixedClock, make_command
>>> clock = FixedClock()
>>> decision = decide(make_command("Купи молоко"), PolicySettings(clock=clock))
>>> datetime.fromisoformat(decision.created_at) == clock()
True
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from policy_core._contracts import CAPABILITIES, Capability
from policy_core._policy import decide
from policy_core._settings import PolicySettings

__all__ = [
    "ALL_CAPABILITIES",
    "ASKS_WHAT_IS_MEANT",
    "DEFAULT_DEFAULTS",
    "DEFAULT_LISTS",
    "DEFAULT_MEMBERS",
    "DEFAULT_NOW",
    "DEFAULT_TIMESTAMP",
    "DEFAULT_ZONES",
    "RULES_ALONE",
    "FixedClock",
    "answer_of",
    "answer_to",
    "asks_intent",
    "decide_text",
    "full_answer",
    "item_names",
    "items_of",
    "make_command",
    "reject_code",
    "shopping_answer",
    "started_items",
    "task_answer",
    "task_of",
    "tasked",
    "tasks_of",
]

ALL_CAPABILITIES: tuple[Capability, ...] = CAPABILITIES

#: The settings of the rules alone: the evidence gate off (``min_action_evidence`` 0), so a
#: test row exercises the rule it is about, not the wording model.
RULES_ALONE = PolicySettings(min_action_evidence=0.0)

#: The ``answer_of`` of a clarify of what was meant (``missing_fields`` ["intent"]).
ASKS_WHAT_IS_MEANT: tuple[Any, ...] = ("clarify", ("intent",))

# A bilingual household: Russian and English names, so both languages and the inflection of
# member and zone names ("Маше", "в ванной") can be exercised against one context.
DEFAULT_MEMBERS: tuple[Mapping[str, Any], ...] = (
    {"user_id": "u-anna", "display_name": "Анна", "role": "parent", "workload_score": 0.4},
    {"user_id": "u-petya", "display_name": "Петя", "role": "child", "workload_score": 0.2},
    {"user_id": "u-masha", "display_name": "Маша", "role": "child", "workload_score": 0.1},
    {"user_id": "u-tom", "display_name": "Tom", "role": "parent", "workload_score": 0.3},
)
DEFAULT_ZONES: tuple[Mapping[str, Any], ...] = (
    {"zone_id": "z-kitchen", "name": "Кухня"},
    {"zone_id": "z-bathroom", "name": "Ванная"},
    {"zone_id": "z-living-room", "name": "Living room"},
    {"zone_id": "z-garage", "name": "Garage"},
)
DEFAULT_LISTS: tuple[Mapping[str, Any], ...] = (
    {"list_id": "l-groceries", "name": "Продукты"},
    {"list_id": "l-costco", "name": "Costco"},
)
# Two lists, so without a default a shopping command would have to ask which one.
DEFAULT_DEFAULTS: Mapping[str, Any] = {"default_list_id": "l-groceries"}

# A Wednesday morning in Moscow; relative dates ("завтра", "on Friday") resolve against it.
DEFAULT_TIMESTAMP = "2026-03-04T10:00:00+03:00"
DEFAULT_NOW = datetime(2026, 3, 4, 7, 0, 5, tzinfo=UTC)


def make_command(
    text: str = "Купи молоко",
    *,
    capabilities: Iterable[str] = ALL_CAPABILITIES,
    members: Iterable[Mapping[str, Any]] = DEFAULT_MEMBERS,
    zones: Iterable[Mapping[str, Any]] | None = DEFAULT_ZONES,
    lists: Iterable[Mapping[str, Any]] | None = DEFAULT_LISTS,
    defaults: Mapping[str, Any] | None = DEFAULT_DEFAULTS,
    policies: Mapping[str, Any] | None = None,
    household_id: str | None = "hh-1",
    timestamp: str = DEFAULT_TIMESTAMP,
    command_id: str = "cmd-1",
    user_id: str = "u-anna",
) -> dict[str, Any]:
    """Build a CommandDTO document (a fresh dict the caller may mutate).

    Every part defaults to the bilingual household above (members Анна, Петя, Маша, Tom; user
    Анна). Pass ``None`` for ``zones``, ``lists``, ``defaults``, ``policies`` or
    ``household_id`` to leave that key out. No validation happens here, so tests can build
    invalid commands on purpose.

    >>> make_command("Buy milk", capabilities=["clarify", "reject"])["capabilities"]
    ['clarify', 'reject']
    """
    household: dict[str, Any] = {}
    if household_id is not None:
        household["household_id"] = household_id
    household["members"] = [dict(member) for member in members]
    if zones is not None:
        household["zones"] = [dict(zone) for zone in zones]
    if lists is not None:
        household["shopping_lists"] = [dict(shopping_list) for shopping_list in lists]
    context: dict[str, Any] = {"household": household}
    if defaults is not None:
        context["defaults"] = dict(defaults)
    if policies is not None:
        context["policies"] = dict(policies)
    # deepcopy: nested values passed in must never be shared between two commands.
    return copy.deepcopy(
        {
            "command_id": command_id,
            "user_id": user_id,
            "text": text,
            "timestamp": timestamp,
            "capabilities": list(capabilities),
            "context": context,
        }
    )


@dataclass(frozen=True, slots=True)
class FixedClock:
    """A clock for ``PolicySettings(clock=...)`` that always returns the same aware instant.

    >>> FixedClock(datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC))().isoformat()
    '2026-01-02T03:04:05+00:00'
    """

    at: datetime = field(default=DEFAULT_NOW)

    def __post_init__(self) -> None:
        if self.at.tzinfo is None or self.at.utcoffset() is None:
            raise ValueError(f"FixedClock needs an aware datetime, got {self.at!r}")

    def __call__(self) -> datetime:
        return self.at


def decide_text(
    text: str, settings: PolicySettings | None = None, **command: Any
) -> dict[str, Any]:
    """The JSON document of ``decide(make_command(text, **command), settings)``; without
    settings, deterministic ids and a ``FixedClock``, so two runs give the same document,
    and ``min_action_evidence=0``: the rules' reading alone, not weighed by the evidence
    model (pass settings to see what a service with the defaults answers).

    >>> items_of(decide_text("купи 2 литра молока"))
    [('молоко', '2', 'l')]
    """
    if settings is None:
        settings = PolicySettings(
            deterministic_ids=True, clock=FixedClock(), min_action_evidence=0.0
        )
    return decide(make_command(text, **command), settings).to_json_dict()


def _proposed(document: Mapping[str, Any], kind: str) -> list[dict[str, Any]]:
    actions = document["payload"].get("proposed_actions", [])
    return [action["payload"][kind] for action in actions if kind in action["payload"]]


def items_of(document: Mapping[str, Any]) -> list[tuple[str, str | None, str | None]]:
    """The items a decision document proposes, as (name, quantity, unit), in order."""
    return [
        (item["name"], item.get("quantity"), item.get("unit"))
        for item in _proposed(document, "item")
    ]


def started_items(text: str, **command: Any) -> list[tuple[str, str | None, str | None]]:
    """The items ``decide_text(text, **command)`` proposes, asserting it starts a job; the
    household's default list is Groceries unless ``defaults`` are given.

    >>> started_items("buy 2 kg of red apples")
    [('red apples', '2', 'kg')]
    """
    command.setdefault("defaults", {"default_list_id": "l-groceries"})
    document = decide_text(text, **command)
    if document["action"] != "start_job":
        raise AssertionError(f"no job started: {document}")
    return items_of(document)


def item_names(document: Mapping[str, Any]) -> list[str]:
    """The names of the items a decision document proposes, in order."""
    return [item["name"] for item in _proposed(document, "item")]


def tasks_of(document: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The task objects a decision document proposes, in order."""
    return _proposed(document, "task")


def task_of(document: Mapping[str, Any]) -> dict[str, Any] | None:
    """The first task a decision document proposes, or None.

    >>> task_of(decide_text("remind Tom to water the plants"))["assignee_id"]
    'u-tom'
    """
    tasks = tasks_of(document)
    return tasks[0] if tasks else None


def tasked(text: str, **command: Any) -> tuple[str, str]:
    """The (title, assignee_id) of the first task ``decide_text(text, **command)`` proposes,
    asserting there is one.

    >>> tasked("remind Tom to water the plants")
    ('Water the plants', 'u-tom')
    """
    document = decide_text(text, **command)
    task = task_of(document)
    if task is None:
        raise AssertionError(f"no task proposed: {document}")
    return task["title"], task["assignee_id"]


def reject_code(document: Mapping[str, Any]) -> str | None:
    """A reject's code ("device_control_not_supported" …), None for any other action.

    >>> reject_code(decide_text("turn off the lights"))
    'device_control_not_supported'
    """
    return str(document["payload"]["code"]) if document["action"] == "reject" else None


def asks_intent(document: Mapping[str, Any]) -> bool:
    """The decision clarifies what is asked at all (``missing_fields == ["intent"]``)."""
    return bool(
        document["action"] == "clarify" and document["payload"]["missing_fields"] == ["intent"]
    )


def answer_of(document: Mapping[str, Any]) -> tuple[Any, ...]:
    """The whole answer a decision gives, for a test row to compare at once (so a wrong
    action cannot pass as "not X"): ("reject", code), ("clarify", missing fields) or
    (action, item names, ((task title, assignee), …)).

    >>> answer_of(decide_text("turn off the lights"))
    ('reject', 'device_control_not_supported')
    >>> answer_of(decide_text("купи молоко и хлеб"))
    ('start_job', ('молоко', 'хлеб'), ())
    """
    action, payload = document["action"], document["payload"]
    if action == "reject":
        return ("reject", payload["code"])
    if action == "clarify":
        return ("clarify", tuple(payload["missing_fields"]))
    tasks = tuple((task["title"], task["assignee_id"]) for task in tasks_of(document))
    return (action, tuple(item_names(document)), tasks)


def answer_to(text: str, settings: PolicySettings | None = None, **command: Any) -> tuple[Any, ...]:
    """``answer_of(decide_text(text, settings, **command))``: a test row's answer in one call.

    >>> answer_to("купи молоко и хлеб") == shopping_answer("молоко", "хлеб")
    True
    """
    return answer_of(decide_text(text, settings, **command))


def full_answer(text: str, **command: Any) -> tuple[Any, ...]:
    """The whole answer with every field a row is about: a reject's code, a clarify's missing
    fields, or (action, items as (name, quantity, unit, list_id), tasks as (title,
    assignee_id, due)).

    >>> full_answer("купи 2 литра молока")
    ('start_job', (('молоко', '2', 'l', 'l-groceries'),), ())
    >>> full_answer("turn off the lights")
    ('reject', 'device_control_not_supported')
    """
    document = decide_text(text, **command)
    action, payload = document["action"], document["payload"]
    if action == "reject":
        return (action, payload["code"])
    if action == "clarify":
        return (action, tuple(payload["missing_fields"]))
    items = tuple(
        (item["name"], item.get("quantity"), item.get("unit"), item.get("list_id"))
        for item in _proposed(document, "item")
    )
    tasks = tuple(
        (task["title"], task["assignee_id"], task.get("due")) for task in tasks_of(document)
    )
    return (action, items, tasks)


def shopping_answer(*names: str) -> tuple[Any, ...]:
    """The ``answer_of`` of a job that adds exactly these items, in order, and no task."""
    return ("start_job", names, ())


def task_answer(title: str, assignee_id: str) -> tuple[Any, ...]:
    """The ``answer_of`` of a job that creates exactly this one task, and adds no item."""
    return ("start_job", (), ((title, assignee_id),))
