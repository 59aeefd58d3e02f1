"""Issue #12, seventh round: what was pasted in or is no household's work, read from the
seventh batch's open half.

A sender's voice (a school's "reminder that …", a landlord's "уважаемые жильцы", an advert's
"while stocks last"), a label heading a text ("Внимание! …", "Notice: …"), a headline's status
("Order #… confirmed:"), a recipe's line (a kitchen measure beside a cooking step) and a
reminder of office work ask the household for nothing. Each family is decided through
``decide()`` against the bilingual test household, beside the household's own request that
must still be served. No phrasing is taken from golden.
"""

from __future__ import annotations

import pytest

from policy_core.testing import asks_intent, decide_text, item_names, reject_code, task_of


@pytest.mark.parametrize(
    "text",
    [
        "St Joseph's: a reminder that the library will be shut on Monday. Bring library bags.",
        "Dear residents, the lift will be serviced on Tuesday, please use the stairs",
        "Please be advised that bin collection moves to Thursday next week",
        "Fresh strawberries 2 for £3, while stocks last",
        "Напоминаем, что оплатить кружок нужно до пятого числа",
        "Уважаемые родители! В четверг сбор макулатуры, принесите по 2 кг",
        "Управляющая компания сообщает: горячей воды не будет с 3 по 5 июня",
        "Внимание! В субботу с 10 до 14 отключат электричество",
        "Notice: the gym pool closes early on Friday",
        "Booking confirmed: table for 4, Friday 7pm. Please arrive on time",
        "Посылка № 88231 доставлена. Заберите её в пункте выдачи до среды",
    ],
)
def test_a_notice_pasted_in_asks(text: str) -> None:
    document = decide_text(text)
    assert reject_code(document) is None, document
    assert asks_intent(document), document


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Внимание! Купи хлеба", "хлеб"),
        ("Update: buy more teabags", "teabags"),
    ],
)
def test_a_label_before_a_purchase_buys(text: str, name: str) -> None:
    assert item_names(decide_text(text)) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Напомни Пете: управляющая компания просит убрать велосипед из подъезда",
        "напомни Маше полить цветы",
    ],
)
def test_a_reminder_asked_of_the_assistant_is_no_notice(text: str) -> None:
    assert task_of(decide_text(text)) is not None


@pytest.mark.parametrize(
    "text",
    [
        "Pancakes: 2 cups flour, 2 eggs, a pinch of salt. Whisk and fry in butter.",
        "Stir in 3 tablespoons of honey, then bake for 20 minutes",
        "Preheat the oven, add a cup of oats and a teaspoon of cinnamon",
        "Сварить гречку, добавить ложку масла и щепотку соли",
    ],
)
def test_a_recipe_pasted_in_asks(text: str) -> None:
    document = decide_text(text)
    assert reject_code(document) is None, document
    assert asks_intent(document), document


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("add 3 cups of rice to the list", "item"),
        ("Tom, peel the potatoes and boil them", "task"),
        ("buy a measuring jug and two teaspoons", "item"),
    ],
)
def test_kitchen_words_outside_a_recipe_are_read(text: str, kind: str) -> None:
    document = decide_text(text)
    if kind == "item":
        assert item_names(document), document
    else:
        assert task_of(document) is not None, document


def test_preheating_alone_is_still_device_control() -> None:
    assert reject_code(decide_text("preheat the oven to 220")) == "device_control_not_supported"


@pytest.mark.parametrize(
    "text",
    [
        "Reminder: quarterly roadmap sync at 10 on Teams",
        "reminder: webinar kickoff tomorrow",
        "напомни про планёрку в понедельник",
        "напоминание: дейлик в 10:30",
    ],
)
def test_a_reminder_of_office_work_asks(text: str) -> None:
    assert asks_intent(decide_text(text))


def test_a_reminder_of_a_chore_is_a_task() -> None:
    task = task_of(decide_text("reminder: Tom to clear the gutters on Saturday"))
    assert task is not None
    assert task["assignee_id"] == "u-tom"


@pytest.mark.parametrize(
    "text",
    [
        "Сырники: творог 400 г, 2 яйца, мука 60 г. Перемешать и обжарить",
        "Shortbread: 250 g flour, 175 g butter, 75 g sugar. Knead lightly and bake",
    ],
)
def test_a_recipe_with_measured_amounts_and_a_step_asks(text: str) -> None:
    assert asks_intent(decide_text(text))


@pytest.mark.parametrize(
    "text", ["buy 2 kg of flour and bake a loaf", "купи 300 г муки и испеки пирог"]
)
def test_a_purchase_beside_a_baking_chore_is_read(text: str) -> None:
    document = decide_text(text)
    assert not asks_intent(document), document
