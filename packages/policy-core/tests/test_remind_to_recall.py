"""A remind verb that asks the assistant to recall (issue #12, round 19): what is remembered
right after "напомни"/"remind me" (``OpenWorldWords.recalled_things``: a recipe, a password, an
address, a number, a name), past a determiner and one English word, with no deed and no due
after it; a question word after a preposition ("напомни, во сколько …", "remind me at what
time …"; ``recall_prepositions``). Both clarify ``["intent"]``; a deed or a due after the
thing, or a member reminded, is still a task."""

from __future__ import annotations

import pytest

from policy_core.testing import answer_to, shopping_answer, task_answer

INTENT = ("clarify", ("intent",))


@pytest.mark.parametrize(
    "text",
    [
        "напомни рецепт блинов",
        "напомни мне пароль от роутера",
        "напомни номер телефона электрика",
        "remind me the wifi password",
        "remind me the name of the plumber",
        "remind me the code for the garage door",
        "напомни, во сколько мы вчера кормили кота",
        "remind me at what time the dentist opens",
        "напомни мне номер машины Тома",  # whose number: no one reminded
        # past a courtesy
        "напомни пж пароль",
        "напомни пожалуйста рецепт сырников",
        "remind me please the wifi password",
    ],
)
def test_a_recall_asks_nothing(text: str) -> None:
    assert answer_to(text) == INTENT


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("напомни мне пароль сменить", task_answer("Пароль сменить", "u-anna")),
        ("напомни Пете пароль от вайфая", task_answer("Пароль от вайфая", "u-petya")),
        (
            "remind me to change the wifi password",
            task_answer("Change the wifi password", "u-anna"),
        ),
        ("напомни в пятницу забрать посылку", task_answer("Забрать посылку", "u-anna")),
        # a member reminded after the thing (in the dative)
        ("напомни код от домофона Маше", task_answer("Код от домофона", "u-masha")),
        ("напомни номер телефона бабушки Пете", task_answer("Номер телефона бабушки", "u-petya")),
        ("напомни пароль от вайфая Маше", task_answer("Пароль от вайфая", "u-masha")),
        ("напомни пожалуйста купить хлеб", task_answer("Купить хлеб", "u-anna")),
    ],
)
def test_a_deed_or_a_member_is_still_a_task(text: str, expected: tuple[object, ...]) -> None:
    assert answer_to(text) == expected


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("remind me the recipe and add flour", "flour"),
        ("remind me the wifi password and add batteries", "batteries"),
        ("напомни рецепт и купи творог", "творог"),
        ("напомни пароль от роутера и добавь молоко", "молоко"),
    ],
)
def test_a_request_beside_the_recall_is_read_alone(text: str, item: str) -> None:
    # the recall is the assistant's to answer (served_part): the request alone acts
    assert answer_to(text) == shopping_answer(item)
