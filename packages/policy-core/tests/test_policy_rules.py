"""SPEC §4 as a table: one row per example, in Russian and English.

Each row decides a real command through ``decide()`` and checks the part of the decision the
row is about. Households: a Russian family (Wednesday 2026-03-04 10:00 +03:00) and an
English one (Wednesday 2026-03-04 18:30 -05:00).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from policy_core import PolicySettings, decide, decision_intent, validate_decision
from policy_core.testing import ALL_CAPABILITIES

ALL = list(ALL_CAPABILITIES)

RU_CONTEXT: dict[str, Any] = {
    "household": {
        "household_id": "hh-ru",
        "members": [
            {"user_id": "u-anna", "display_name": "Анна"},
            {"user_id": "u-dima", "display_name": "Дима"},
            {"user_id": "u-petya", "display_name": "Петя"},
            {"user_id": "u-masha", "display_name": "Маша"},
        ],
        "zones": [
            {"zone_id": "z-kitchen", "name": "Кухня"},
            {"zone_id": "z-bathroom", "name": "Ванная"},
            {"zone_id": "z-living", "name": "Гостиная"},
        ],
        "shopping_lists": [
            {"list_id": "l-products", "name": "Продукты"},
            {"list_id": "l-household", "name": "Хозтовары"},
        ],
    },
    "defaults": {"default_list_id": "l-products"},
}
EN_CONTEXT: dict[str, Any] = {
    "household": {
        "members": [
            {"user_id": "u-emma", "display_name": "Emma"},
            {"user_id": "u-tom", "display_name": "Tom"},
            {"user_id": "u-lucy", "display_name": "Lucy"},
        ],
        "zones": [
            {"zone_id": "z-garage", "name": "Garage"},
            {"zone_id": "z-living", "name": "Living room"},
        ],
        "shopping_lists": [
            {"list_id": "l-groceries", "name": "Groceries"},
            {"list_id": "l-costco", "name": "Costco"},
        ],
    },
    "defaults": {"default_list_id": "l-groceries"},
}


def command(text: str, *, caps: list[str] | None = None, **overrides: Any) -> dict[str, Any]:
    russian = any("\u0400" <= ch <= "\u04ff" for ch in text)
    base = {
        "command_id": "cmd-1",
        "user_id": "u-anna" if russian else "u-emma",
        "text": text,
        "timestamp": "2026-03-04T10:00:00+03:00" if russian else "2026-03-04T18:30:00-05:00",
        "capabilities": caps or ALL,
        "context": RU_CONTEXT if russian else EN_CONTEXT,
    }
    base.update(overrides)
    return base


FIXED_NOW = datetime(2026, 3, 4, 7, 0, 5, tzinfo=UTC)
SETTINGS = PolicySettings(deterministic_ids=True, clock=lambda: FIXED_NOW)


def run(text: str, **kwargs: Any) -> dict[str, Any]:
    decision = decide(command(text, **kwargs), SETTINGS)
    document = decision.to_json_dict()
    validate_decision(document)  # every decision in this table is contract-valid
    document["intent"] = decision_intent(decision)
    return document


def proposed(document: dict[str, Any]) -> list[dict[str, Any]]:
    payload = document["payload"]
    if "proposed_actions" in payload:
        return payload["proposed_actions"]  # type: ignore[no-any-return]
    return [{"action": document["action"], "payload": payload}]


def items(document: dict[str, Any]) -> list[dict[str, Any]]:
    return [a["payload"]["item"] for a in proposed(document) if "item" in a["payload"]]


def task(document: dict[str, Any]) -> dict[str, Any]:
    tasks = [a["payload"]["task"] for a in proposed(document) if "task" in a["payload"]]
    assert len(tasks) == 1, document
    return tasks[0]  # type: ignore[no-any-return]


# --- precedence rows 1, 2, 3 and 7 -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "action", "detail"),
    [
        ("", "clarify", {"missing_fields": ["text"]}),
        ("   \n\t", "clarify", {"missing_fields": ["text"]}),
        ("купи " * 250, "reject", {"code": "text_too_long"}),
        ("buy milk " * 200, "reject", {"code": "text_too_long"}),
        ("переведи Пете 500 рублей", "reject", {"code": "payment_not_supported"}),
        ("оплати интернет", "reject", {"code": "payment_not_supported"}),
        ("pay the internet bill", "reject", {"code": "payment_not_supported"}),
        ("send $50 to Tom", "reject", {"code": "payment_not_supported"}),
        ("включи свет на кухне", "reject", {"code": "device_control_not_supported"}),
        ("выключи кондиционер", "reject", {"code": "device_control_not_supported"}),
        ("turn off the lights in the garage", "reject", {"code": "device_control_not_supported"}),
        ("set the thermostat to 70", "reject", {"code": "device_control_not_supported"}),
        ("добавь молоко в список соседей", "reject", {"code": "foreign_household"}),
        ("add milk to the neighbors' list", "reject", {"code": "foreign_household"}),
        ("удали все задачи", "reject", {"code": "bulk_operation_not_supported"}),
        ("всегда назначай всё на меня", "reject", {"code": "bulk_operation_not_supported"}),
        ("delete all tasks", "reject", {"code": "bulk_operation_not_supported"}),
        ("always assign everything to me", "reject", {"code": "bulk_operation_not_supported"}),
        ("купи молоко и оплати свет", "reject", {"code": "payment_not_supported"}),
        ("what's the weather", "clarify", {"missing_fields": ["intent"]}),
        ("yes", "clarify", {"missing_fields": ["intent"]}),
        ("this is important", "clarify", {"missing_fields": ["intent"]}),
        ("да", "clarify", {"missing_fields": ["intent"]}),
        ("это важно", "clarify", {"missing_fields": ["intent"]}),
        ("какая погода", "clarify", {"missing_fields": ["intent"]}),
    ],
)
def test_precedence_rows(text: str, action: str, detail: dict[str, Any]) -> None:
    document = run(text)
    assert document["action"] == action
    for key, value in detail.items():
        assert document["payload"][key] == value


def test_nothing_recognised_offers_what_the_platform_can_do() -> None:
    assert run("это важно")["payload"]["options"] == ["Добавить покупку в список", "Создать задачу"]
    assert run("yes")["payload"]["options"] == ["Add a shopping item", "Create a task"]


# --- substring traps ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("buy papaya", "papaya"),
        ("add address labels to the list", "address labels"),
        ("купи лампочку", "лампочка"),
        ("купи всем мороженое", "мороженое"),
        ("buy light bulbs", "light bulbs"),
        ("get ice cream for everyone", "ice cream"),
    ],
)
def test_substring_traps_are_purchases(text: str, name: str) -> None:
    document = run(text)
    assert document["action"] == "start_job"
    assert [i["name"] for i in items(document)] == [name]


# --- shopping (4.1) -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("купи 2 литра молока и хлеб", [("молоко", "2", "l"), ("хлеб", None, None)]),
        ("купи полтора кг картошки", [("картошка", "1.5", "kg")]),
        ("купи пару бутылок воды", [("вода", "2", "bottle")]),
        ("купи десяток яиц", [("яйца", "10", None)]),
        ("купи пару лимонов и один ананас", [("лимоны", "2", None), ("ананас", "1", None)]),
        ("купи молоко хлеб яйца", [("молоко", None, None), ("хлеб", None, None), ("яйца", None, None)]),
        ("купи два батона и три банки горошка", [("батоны", "2", None), ("горошек", "3", "can")]),
        ("купи пачку сливочного масла", [("сливочное масло", "1", "pack")]),
        ("купи молоко, хлеб и ещё молоко", [("молоко", None, None), ("хлеб", None, None)]),
        ("buy a dozen eggs", [("eggs", "12", None)]),
        ("buy 2 pounds of red apples", [("red apples", "2", "pound")]),
        ("get two bottles of water and a couple of lemons", [("water", "2", "bottle"), ("lemons", "2", None)]),
        ("buy milk, bread & butter", [("milk", None, None), ("bread", None, None), ("butter", None, None)]),
        ("buy 3 kilos of potatoes", [("potatoes", "3", "kg")]),
        ("we need milk and eggs", [("milk", None, None), ("eggs", None, None)]),
    ],
)  # fmt: skip
def test_items_quantities_and_units(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    got = [(i["name"], i.get("quantity"), i.get("unit")) for i in items(run(text))]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "list_id"),
    [
        ("купи молоко", "l-products"),  # the default list
        ("добавь батарейки в хозтовары", "l-household"),  # named, inflection-insensitive
        ("купи губки в список хозтоваров", "l-household"),
        ("buy milk", "l-groceries"),
        ("add 3 cans of tomatoes to the costco list", "l-costco"),
    ],
)
def test_list_resolution(text: str, list_id: str) -> None:
    assert {i["list_id"] for i in items(run(text))} == {list_id}


def test_list_the_only_list_then_none_then_clarify() -> None:
    context = {
        "household": {
            "members": [{"user_id": "u1"}],
            "shopping_lists": [{"list_id": "l1", "name": "Main"}],
        }
    }
    assert items(run("buy milk", context=context))[0]["list_id"] == "l1"
    no_lists = {"household": {"members": [{"user_id": "u1"}]}}
    assert "list_id" not in items(run("buy milk", context=no_lists))[0]
    two = {"household": {"members": [{"user_id": "u1"}], "shopping_lists": [
        {"list_id": "l1", "name": "Main"}, {"list_id": "l2", "name": "Party"}]},
        "defaults": {"default_list_id": "l-gone"}}  # fmt: skip
    document = run("buy milk", context=two)
    assert document["action"] == "clarify"
    assert document["payload"]["missing_fields"] == ["item.list_id"]
    assert document["payload"]["options"] == ["Main", "Party"]


@pytest.mark.parametrize("text", ["купи", "купи что-нибудь", "купи это", "buy something", "buy"])
def test_no_item_asks_for_the_item(text: str) -> None:
    document = run(text)
    assert document["action"] == "clarify"
    assert document["payload"]["missing_fields"] == ["item.name"]
    assert document["intent"] == "add_shopping_item"


# --- tasks (4.2) --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title", "assignee", "zone", "due"),
    [
        ("Напомни Пете завтра вынести мусор", "Вынести мусор", "u-petya", None, "2026-03-05"),
        ("напомни Маше в пятницу полить цветы", "Полить цветы", "u-masha", None, "2026-03-06"),
        ("попроси Машу помыть посуду", "Помыть посуду", "u-masha", None, None),
        ("для Маши: убрать в гостиной", "Убрать в гостиной", "u-masha", "z-living", None),
        ("Диме починить кран в ванной в 18:00", "Починить кран в ванной", "u-dima", "z-bathroom", "2026-03-04T18:00:00+03:00"),
        ("нужно помыть пол в ванной", "Помыть пол в ванной", "u-anna", "z-bathroom", None),
        ("пропылесосить в гостиной через 3 дня", "Пропылесосить в гостиной", "u-anna", "z-living", "2026-03-07"),
        ("вынести мусор сегодня вечером", "Вынести мусор", "u-anna", None, "2026-03-04T19:00:00+03:00"),
        ("в среду разобрать шкаф", "Разобрать шкаф", "u-anna", None, "2026-03-11"),
        ("remind Tom to take out the trash tomorrow at 7pm", "Take out the trash", "u-tom", None, "2026-03-05T19:00:00-05:00"),
        ("ask Lucy to clean the garage this weekend", "Clean the garage", "u-lucy", "z-garage", "2026-03-07"),
        ("please vacuum the living room on friday", "Vacuum the living room", "u-emma", "z-living", "2026-03-06"),
        ("remind me to call the plumber tomorrow morning", "Call the plumber", "u-emma", None, "2026-03-05T09:00:00-05:00"),
        ("Tom, feed the cat tonight", "Feed the cat", "u-tom", None, "2026-03-04T19:00:00-05:00"),
        ("we need to mow the lawn in 3 days", "Mow the lawn", "u-emma", None, "2026-03-07"),
        ("в 8 утра Петя должен выгулять собаку", "Выгулять собаку", "u-petya", None, "2026-03-05T08:00:00+03:00"),
    ],
)  # fmt: skip
def test_task_fields(
    text: str, title: str, assignee: str, zone: str | None, due: str | None
) -> None:
    document = run(text)
    assert document["action"] == "start_job"
    assert document["payload"]["job_type"] == "create_task"
    got = task(document)
    assert got["title"] == title
    assert got["assignee_id"] == assignee
    assert got.get("zone_id") == zone
    assert got.get("due") == due


@pytest.mark.parametrize("name_form", ["Маше", "Машу", "для Маши", "Машей", "Маша,"])
def test_member_named_in_any_case(name_form: str) -> None:
    text = (
        f"напомни {name_form} помыть посуду"
        if name_form != "Машей"
        else "вместе с Машей помыть посуду"
    )
    assert task(run(text))["assignee_id"] == "u-masha"


def test_due_respects_offset_and_week_boundary() -> None:
    # Sunday 23:30 at +05:00 is already Monday in... no: the command's own local date counts.
    sunday = run("напомни Пете в понедельник вынести мусор", timestamp="2026-03-08T23:30:00+05:00")
    assert task(sunday)["due"] == "2026-03-09"
    friday = run("вынести мусор в пятницу", timestamp="2026-03-06T09:00:00+03:00")
    assert task(friday)["due"] == "2026-03-13"  # "в пятницу" said on a Friday: next week
    utc_late = run("take out the trash tomorrow at 8am", timestamp="2026-03-04T23:30:00-08:00")
    assert task(utc_late)["due"] == "2026-03-05T08:00:00-08:00"


def test_unknown_assignee_is_clarified_with_member_options() -> None:
    for text in (
        "напомни Ване вынести мусор",
        "remind Bob to clean the garage",
        "have Mike clean the garage",
    ):
        document = run(text)
        assert document["action"] == "clarify"
        assert document["payload"]["missing_fields"] == ["task.assignee_id"]
        assert document["intent"] == "create_task"
    assert run("remind Bob to clean the garage")["payload"]["options"] == ["Emma", "Tom", "Lucy"]


def test_defaults_naming_unknown_members_are_ignored() -> None:
    context = {
        **EN_CONTEXT,
        "defaults": {"default_assignee_id": "u-ghost", "default_list_id": "l-gone"},
    }
    assert task(run("clean the garage", context=context))["assignee_id"] == "u-emma"
    context = {**EN_CONTEXT, "defaults": {"default_assignee_id": "u-lucy"}}
    assert task(run("clean the garage", context=context))["assignee_id"] == "u-lucy"


# --- mixed (row 4) and capability gating ---------------------------------------------------


def test_mixed_request_is_confirmed() -> None:
    document = run("купи молоко и хлеб и напомни Пете вынести мусор")
    assert document["action"] == "confirm"
    assert document["intent"] == "mixed"
    actions = [a["action"] for a in document["payload"]["proposed_actions"]]
    assert actions == [
        "propose_add_shopping_item",
        "propose_add_shopping_item",
        "propose_create_task",
    ]
    assert document["payload"]["expires_at"] > document["created_at"]
    english = run("buy milk and take out the trash")
    assert english["action"] == "confirm"
    assert english["payload"]["summary"].startswith("Add milk")


@pytest.mark.parametrize(
    ("text", "caps", "action", "detail"),
    [
        ("купи молоко", ["propose_add_shopping_item", "clarify", "reject"], "propose_add_shopping_item", None),
        ("купи молоко и хлеб", ["propose_add_shopping_item", "confirm", "reject"], "confirm", None),
        ("купи молоко и хлеб", ["propose_add_shopping_item", "clarify", "reject"], "clarify", ["capability.confirm"]),
        ("купи молоко", ["propose_create_task", "clarify", "reject"], "clarify", ["capability.propose_add_shopping_item"]),
        ("купи молоко", ["reject"], "reject", "capability_not_granted"),
        ("buy milk and take out the trash", ["start_job", "propose_create_task", "propose_add_shopping_item", "clarify"], "clarify", ["capability.confirm"]),
        ("clean the garage", ["propose_create_task"], "propose_create_task", None),
        ("clean the garage", ["confirm", "reject"], "reject", "capability_not_granted"),
        ("what's the weather", ["start_job", "reject"], "reject", "capability_not_granted"),
        ("pay the bill", ["start_job"], "reject", "payment_not_supported"),
    ],
)  # fmt: skip
def test_capability_gating(text: str, caps: list[str], action: str, detail: object) -> None:
    document = run(text, caps=caps)
    assert document["action"] == action
    used = {document["action"]} | {a["action"] for a in proposed(document)}
    assert used <= set(caps) | {"reject"}
    if isinstance(detail, list):
        assert document["payload"]["missing_fields"] == detail
    elif isinstance(detail, str):
        assert document["payload"]["code"] == detail


# --- every decision (4.3) -----------------------------------------------------------------


def test_messages_follow_the_command_language() -> None:
    assert "?" in run("купи")["payload"]["question"]
    assert run("купи")["payload"]["question"].startswith("Что")
    assert run("buy")["payload"]["question"].startswith("What")
    assert run("купи milk")["payload"]["ui_message"].startswith("Добавить")


def test_confidence_is_computed_not_constant() -> None:
    grounded = run("добавь 2 литра молока в хозтовары")["confidence"]
    defaulted = run("купи молоко")["confidence"]
    # Calibrated (README: how executes are calibrated): an execute's probability of being
    # right stays above every clarify's confidence, whatever batch the calibration is fitted on.
    assert grounded > 0.5
    assert defaulted > 0.5
    assert grounded > defaulted
    assert run("купи")["confidence"] <= 0.5
    assert run("это важно")["confidence"] <= 0.5


def test_deterministic_ids_and_same_input_same_decision() -> None:
    first, second = run("купи молоко"), run("купи молоко")
    assert first == second
    random_settings = PolicySettings(clock=lambda: FIXED_NOW)
    random_a = decide(command("купи молоко"), random_settings).to_json_dict()
    random_b = decide(command("купи молоко"), random_settings).to_json_dict()
    assert random_a["decision_id"] != random_b["decision_id"]
    assert random_a["created_at"] == FIXED_NOW.isoformat()
    for key in ("decision_id", "trace_id"):
        random_a.pop(key), random_b.pop(key)
    random_a["payload"].pop("job_id"), random_b["payload"].pop("job_id")
    assert random_a == random_b
