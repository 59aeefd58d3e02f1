"""Issue #12, round 30: requests the rules refused to read.

Constructions a household request was refused by: the Russian "включить в список" (a device
verb followed at once by a list preposition and a list includes what follows in that list,
switching nothing); the household's own kin said in the plural possessive ("the kids' art",
"the twins' birthday"), which names no other family; a Russian infinitive of a device verb
after a first name in the dative ("Пете в пятницу перекрыть воду"), a chore put to that
person; a known product after a member's name and a colon ("Tom: milk, eggs and bread"),
what they want bought; a misspelt head verb after a courtesy ("pls addd …"); a correction whose replacement
follows "just"/"только", perhaps after the stock that is its reason ("…, wait no, we have
peanut butter — just bread"). Near-misses keep their answers: a device switched beside a
list, in a room or by an imperative; another family's list; a correction with nothing after.
Each row is decided through ``decide()`` against the bilingual test household
(``policy_core.testing``); none is a golden sentence.
"""

from __future__ import annotations

from typing import Any

import pytest

from policy_core.testing import answer_to, full_answer, shopping_answer, task_answer

DEVICE = ("reject", "device_control_not_supported")
FOREIGN = ("reject", "foreign_household")


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("включи в список покупок молоко и хлопья", shopping_answer("молоко", "хлопья")),
        ("включи в список покупок oat milk и tofu", shopping_answer("oat milk", "tofu")),
        ("включи в покупки хлеб", shopping_answer("хлеб")),
        ("включите в список хлеб, пожалуйста", shopping_answer("хлеб")),
        ("включи в список дел помыть окна", task_answer("Помыть окна", "u-anna")),
    ],
)
def test_included_in_a_list_is_added(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("включи свет в ванной", DEVICE),
        ("включи в ванной свет", DEVICE),
        ("включи в гостиной телевизор", DEVICE),
        ("включи посудомойку", DEVICE),
        ("включи свет и добавь молоко в список", DEVICE),
        ("включи в список молоко и выключи свет", DEVICE),
        ("turn off the water heater", DEVICE),
        ("напомни Пете включить посудомойку", task_answer("Включить посудомойку", "u-petya")),
    ],
)
def test_a_device_switched_stays_device_control(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        (
            "add balloons and party poppers to the party list for the twins' birthday",
            ("clarify", ("item.list_id",)),
        ),
        (
            "put picture hooks on the hardware store list, the kids' art is still on the floor",
            ("clarify", ("item.list_id",)),
        ),
        (
            "add juice boxes to the kids' list",
            ("start_job", (("juice boxes", None, None, "l-groceries"),), ()),
        ),
    ],
)
def test_own_kin_in_the_plural_possessive_is_no_other_family(
    text: str, answer: tuple[Any, ...]
) -> None:
    assert full_answer(text) == answer


@pytest.mark.parametrize(
    "text",
    [
        "add milk to the Johnsons' list",
        "add milk to the neighbours' list",
        "add cake to the list for the Smiths' party",
    ],
)
def test_another_family_named_stays_foreign(text: str) -> None:
    assert answer_to(text) == FOREIGN


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        (
            "Пете в пятницу перекрыть воду в ванной",
            task_answer("Перекрыть воду в ванной", "u-petya"),
        ),
        ("Пете вечером выключить бойлер", task_answer("Выключить бойлер", "u-petya")),
        ("Пете: выключить свет в коридоре", task_answer("Выключить свет в коридоре", "u-petya")),
    ],
)
def test_a_device_chore_put_to_a_member_is_their_task(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text) == answer


@pytest.mark.parametrize(
    "text",
    [
        "выключи свет Пете",
        "перекрой воду в ванной",
        "Алиса, выключить свет",
        "Алисе выключить свет",
        "Пете выключить свет и включи телевизор",
    ],
)
def test_a_device_switched_by_the_assistant_stays_device_control(text: str) -> None:
    assert answer_to(text) == DEVICE


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        (
            "pls addd chicken breast 2 lbs and broccoli",
            shopping_answer("chicken breast", "broccoli"),
        ),
        ("please addd milk", shopping_answer("milk")),
        ("please remnd me to call mum", task_answer("Call mum", "u-anna")),
    ],
)
def test_a_misspelt_head_verb_after_a_courtesy_is_respelt(
    text: str, answer: tuple[Any, ...]
) -> None:
    assert answer_to(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("add bread and peanut butter, no wait, just bread", shopping_answer("bread")),
        (
            "add bread and peanut butter — wait no, we have peanut butter — just bread",
            shopping_answer("bread"),
        ),
        ("milk, actually no we've got milk, just bread", shopping_answer("bread")),
        ("milk, actually no, bread", shopping_answer("bread")),
        ("купи хлеб и масло, ой нет, только хлеб", shopping_answer("хлеб")),
        ("хлеб и масло, ой нет, масло у нас есть, только хлеб", shopping_answer("хлеб")),
    ],
)
def test_a_correction_to_just_one_product_keeps_it(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text) == answer


@pytest.mark.parametrize(
    "text",
    [
        "milk, actually no",
        "milk, actually no we've got milk",
        "add milk, sorry, just kidding",
        '"Emma can you grab bread on your way" — that was Tom at 2pm, sorry only just seen it',
        "мыло, хотя нет, есть",
    ],
)
def test_a_correction_with_nothing_asked_after_asks(text: str) -> None:
    assert answer_to(text) == ("clarify", ("intent",))


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Tom: avocado x3, лимоны", shopping_answer("avocado", "лимоны")),
        ("Tom: milk, eggs and bread", shopping_answer("milk", "eggs", "bread")),
        ("Tom: take out the bins", task_answer("Take out the bins", "u-tom")),
        ("Tom: oil the squeaky gate", task_answer("Oil the squeaky gate", "u-tom")),
        ("Петя: посуда", task_answer("Посуда", "u-petya")),
        ("Tom: milk is in the fridge", ("clarify", ("intent",))),
        ("Tom: bread again?", ("clarify", ("intent",))),
    ],
)
def test_products_after_a_members_name_and_a_colon_are_bought(
    text: str, answer: tuple[Any, ...]
) -> None:
    assert answer_to(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("боюсь он ночью опять пойдёт на кухню и включит газ", ("clarify", ("intent",))),
        (
            "Kate: ты опять оставил свет на кухне включённым. Kate: и кот без еды",
            ("clarify", ("intent",)),
        ),
        (
            "напомни Диме завтра утром оплатить садик — нет, просто напомни позвонить в садик",
            ("clarify", ("task.assignee_id",)),
        ),
    ],
)
def test_other_forms_of_including_verbs_add_nothing(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("включи в список продуктов молоко", shopping_answer("молоко")),
        ("включи, пожалуйста, в список покупок молоко", shopping_answer("молоко")),
        ("включи в список воспроизведения Queen", DEVICE),
        ("включи в список избранного этот фильм", DEVICE),
        ("включи в список любимых эту песню", DEVICE),
        ("включи в список чтения эту книгу", DEVICE),
        ("включи, пожалуйста, свет", DEVICE),
    ],
)
def test_only_a_shopping_list_is_included_in(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("купи молоко и хлеб — а нет, молоко есть — только хлеб", shopping_answer("хлеб")),
        ("add bread and milk, actually no just milk", shopping_answer("milk")),
        ("add eggs and milk, wait no, just bread", shopping_answer("bread")),
        ("add eggs and bread — wait no, only bread", shopping_answer("bread")),
        ("add apples and pears — wait no, just the apples", shopping_answer("apples")),
        ("add milk to the list, wait no, just bread", shopping_answer("bread")),
        (
            "напомни Пете вынести мусор, ой нет, только Маше",
            task_answer("Вынести мусор", "u-masha"),
        ),
    ],
)
def test_just_after_a_correction_replaces_every_product(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Tom: lol yes", ("clarify", ("intent",))),
        ("Tom: sounds good", ("clarify", ("intent",))),
        ("Tom: done", ("clarify", ("intent",))),
        ("Tom: do the dishes", task_answer("Do the dishes", "u-tom")),
        ("Tom: ok take out the bins", task_answer("Take out the bins", "u-tom")),
    ],
)
def test_a_chat_reply_after_a_members_name_asks_nothing(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Диме в пятницу перекрыть воду в ванной", ("clarify", ("task.assignee_id",))),
        ("Диме выключить свет", ("clarify", ("task.assignee_id",))),
        ("Саше надо отдохнуть", ("clarify", ("intent",))),
        ("Диме исполнилось пять", ("clarify", ("intent",))),
        (
            "закончились пакеты для мусора, а Пете их на субботник нести",
            shopping_answer("пакеты для мусора"),
        ),
        (
            "внесите в продукты минеральную воду — врач рекомендовал Диме пить больше.",
            shopping_answer("минеральная вода"),
        ),
    ],
)
def test_a_chore_put_to_a_name_of_no_member_asks_who(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text) == answer
