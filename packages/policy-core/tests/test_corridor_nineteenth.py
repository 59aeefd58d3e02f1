"""Issue #12, the open world (SPEC §4, row 3): the corridor's families read in round 19.
Requests the platform refuses that it asked about or acted on: a device's quantity added
("добавь тепла") or a song put in favourites, a setpoint without "degrees" ("set the bedroom
to 68"), money sent to a person for something or back, a sum put on a card, another
household's list named through kin ("бабушкин список", "my aunt Jo's list", "at their
place") or a Ukrainian surname, and bulk changes: a chore handed to everyone, all of a
kind under a standing word, a swap over all tasks, a rule set in so many words.

Each row is decided through ``decide()`` against the bilingual default household (Анна,
Петя, Маша, Tom); none is a golden sentence. Every refused row answered otherwise before
these rules; the kept rows are near misses whose answer must not change.
"""

from __future__ import annotations

from typing import Any

import pytest

from policy_core.testing import answer_to, shopping_answer, task_answer

DEVICE = ("reject", "device_control_not_supported")
PAYMENT = ("reject", "payment_not_supported")
FOREIGN = ("reject", "foreign_household")
BULK = ("reject", "bulk_operation_not_supported")
ASK = ("clarify", ("intent",))


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # a device's quantity added or taken away, a partitive after the verb
        ("добавь, пожалуйста, тепла в детской", DEVICE),
        ("добавь звука на телевизоре", DEVICE),
        ("добавь басов", DEVICE),
        # what plays, or "this" alone, put in favourites
        ("закинь этот трек в избранное", DEVICE),
        ("add this track to my favourites", DEVICE),
        ("add this to favorites", DEVICE),
        # a setpoint: a level verb, its object, a link and a thermostat's number
        ("set the bedroom to 68 tonight", DEVICE),
        ("set the living room to 21 please", DEVICE),
        ("bump the heating up to 70", DEVICE),
        ("turn the towel rail in the bathroom up to 30", DEVICE),
        ("поставь heated floor на 26", DEVICE),
        ("bump the heating down a few degrees", DEVICE),
        # a machine started or run by its name, a tale put on
        ("run the fountain pump for an hour", DEVICE),
        ("start the lawnmower in the back garden", DEVICE),
        ("запусти робот-газонокосилку", DEVICE),
        ("поставь сказку про колобка", DEVICE),
        ("put the Lakers game on the living room tv", DEVICE),
    ],
)
def test_device_control_said_as_adding_or_setting_is_refused(
    text: str, answer: tuple[Any, ...]
) -> None:
    assert answer_to(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("переведи Оле за интернет", PAYMENT),
        ("скинь Пете за пиццу", PAYMENT),
        ("переведи Маше 700 обратно", PAYMENT),
        ("переведи Пете 200 zł", PAYMENT),
        ("send Lucy 20 back", PAYMENT),
        ("refund the Smiths their deposit", PAYMENT),
        ("put ten dollars on the starbucks card", PAYMENT),
    ],
)
def test_money_sent_for_something_or_back_is_a_payment(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("запиши в бабушкин список муку", FOREIGN),
        ("поставь задачу семье Шевченко: забрать коляску", FOREIGN),
        ("put butter on my aunt Jo's shopping list", FOREIGN),
        ("put milk on the list at their place", FOREIGN),
        ("add bread to Sue next door's list", FOREIGN),
    ],
)
def test_another_households_list_named_through_kin_or_home_is_refused(
    text: str, answer: tuple[Any, ...]
) -> None:
    assert answer_to(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("назначь всю готовку на всех", BULK),
        ("раздай всем детям стирку на выходные", BULK),
        ("отныне все домашние дела пусть делает Маша", BULK),
        ("push all of Tom's chores to Monday", BULK),
        ("все кухонные задачи с Маши сними", BULK),
        ("archive everything on the hardware list", BULK),
        ("сделай так, чтобы Маша всегда кормила кота", BULK),
        ("поменяй местами Машу и Петю во всех задачах", BULK),
        ("swap Tom and Anna on all the chores", BULK),
        ("мусор и всё по даче теперь всегда на Петю", BULK),
        ("let's make it a rule: whoever cooks doesn't wash up", BULK),
        ("возьми за правило: посуду моет тот, кто не готовил", BULK),
    ],
)
def test_bulk_changes_and_rules_said_otherwise_are_refused(
    text: str, answer: tuple[Any, ...]
) -> None:
    assert answer_to(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # food added, a device bought, a list named: no quantity of a device
        ("добавь молока", shopping_answer("молоко")),
        ("добавь в список звук", shopping_answer("звук")),
        ("добавь громкоговоритель в список", shopping_answer("громкоговоритель")),
        ("купи яркую лампочку", shopping_answer("яркая лампочка")),
        ("купи газонокосилку", shopping_answer("газонокосилка")),
        ("buy a bike pump", shopping_answer("bike pump")),
        ("поставь книгу со сказками на полку", ASK),
        ("it's a few degrees warmer today, buy ice cream", shopping_answer("ice cream")),
        ("добавь молоко в избранное", shopping_answer("молоко в избранное")),
        # a member's list, the household's own home, a gift for kin
        ("добавь в Петин список молоко", ("clarify", ("item.list_id",))),
        ("add eggs to my husband Tom's list", ("clarify", ("item.list_id",))),
        ("купи маме молока", shopping_answer("молоко")),
        ("add milk to the list at home", shopping_answer("milk")),
        ("add milk to the list at our house", shopping_answer("milk")),
        ("fix the door's hinge", task_answer("Fix the door's hinge", "u-anna")),
        # an hour, a count, a person: no setpoint
        ("поставь уборку на 18", ASK),
        ("поставь стирку на 18:30", ASK),
        ("поставь Петю на 20", task_answer("На 20", "u-petya")),
        ("set the table for 6", task_answer("Set the table for 6", "u-anna")),
        ("put the kids to bed at 8", ASK),
        ("set the budget to 50", task_answer("Set the budget to 50", "u-anna")),
        ("put the price up to 30", task_answer("Put the price up to 30", "u-anna")),
        # translating, a thing given, a refund got, a card bought or listed: no money sent
        ("переведи на английский: молоко", ASK),
        ("переведи Оле текст на английский", ASK),
        ("отдай Пете за это книгу", ASK),
        ("переведи Пете за минуту этот абзац", ASK),
        ("put 2 pounds of apples in the bag", ASK),
        ("put the gift card on the list", shopping_answer("gift card")),
        ("add a birthday card for Gran", shopping_answer("birthday card")),
        # one chore, one task, things given out, a place told: nothing in bulk
        (
            "поменяй все лампочки в коридоре",
            task_answer("Поменяй все лампочки в коридоре", "u-anna"),
        ),
        ("поменяй Машу и Петю в задаче на завтра", ASK),
        ("назначь уборку на Петю", task_answer("Уборку", "u-petya")),
        ("назначь уборку на всех выходных", task_answer("Уборку на всех выходных", "u-anna")),
        ("напомни Пете про бабушкин список", task_answer("Бабушкин список", "u-petya")),
        ("раздай всем конфеты", ASK),
        ("теперь на Петю", ASK),
        ("ключи от машины всегда на Диме", ASK),
        (
            "сделай, чтобы всегда было тепло",
            task_answer("Сделай, чтобы всегда было тепло", "u-anna"),
        ),
        ("напомни Пете, чтобы всегда мыл руки", task_answer("Всегда мыл руки", "u-petya")),
        ("put the plant on the shelf above the tv", ASK),
        ("put new batteries on the list for the tv remote", shopping_answer("new batteries")),
    ],
)
def test_near_misses_keep_their_answer(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text) == answer
