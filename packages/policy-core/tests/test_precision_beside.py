"""Issue #12, ninth round (precision): a part the platform does not serve beside one it does,
and what never acts although it holds an adding verb, read from the ninth batch's open half.

A question, or a request to the assistant, in a sentence or a clause of its own beside the
household's request leaves the request served ("what's the weather tomorrow? and put umbrellas
on the list"; "Buy lemons. By the way, is Tom home?"), and the unserved part is no item; a
question that offers another choice about the request ("… Or do we have some?") still asks.
The assistant's clock (a timer, an alarm, minutes added to one) is never added to a list.
Each family is decided through ``decide()`` against the bilingual test household. No phrasing
is taken from golden.
"""

from __future__ import annotations

import pytest

from policy_core.testing import asks_intent, decide_text, item_names, reject_code, task_of


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("what's the weather like tomorrow? and put umbrellas on the list", ["umbrellas"]),
        ("how long do you boil an egg? Also add eggs to the list", ["eggs"]),
        ("сколько сейчас градусов на улице? И добавь в список перчатки", ["перчатки"]),
        ("кто звонил утром? Пете купить батарейки", ["батарейки"]),
    ],
)
def test_a_request_after_a_question_is_served(text: str, names: list[str]) -> None:
    assert item_names(decide_text(text)) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Buy lemons. By the way, is Tom home?", ["lemons"]),
        ("Add oat milk. Did anyone feed the cat?", ["oat milk"]),
        ("купи гречку. Маша дома?", ["гречка"]),
        ("Добавь яйца. А кто вчера звонил?", ["яйца"]),
    ],
)
def test_a_request_before_a_question_is_served_alone(text: str, names: list[str]) -> None:
    assert item_names(decide_text(text)) == names


@pytest.mark.parametrize(
    "text",
    [
        "Buy lemons. Or do we have some left?",
        "купи гречку. Или ещё осталась?",
        "Купи хлеб. А может, не надо?",
        "buy lemons?",
    ],
)
def test_a_question_about_the_request_still_asks(text: str) -> None:
    document = decide_text(text)
    assert asks_intent(document), document


def test_a_reminder_before_a_question_is_served() -> None:
    task = task_of(decide_text("Remind Tom to descale the kettle. Where did I leave my phone?"))
    assert task is not None
    assert task["assignee_id"] == "u-tom"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("tell me a riddle, then add crackers", ["crackers"]),
        ("start a stopwatch, pop hummus on the list", ["hummus"]),
        ("расскажи анекдот и купи кефир", ["кефир"]),
        ("read me the news and add croissants to the list", ["croissants"]),
    ],
)
def test_a_request_after_one_to_the_assistant_is_served(text: str, names: list[str]) -> None:
    assert item_names(decide_text(text)) == names


def test_a_task_after_one_to_the_assistant_keeps_its_own_words() -> None:
    task = task_of(decide_text("play some jazz later, Петя, надо полить фикус"))
    # a device request refuses first; a joke told first leaves the member's chore
    assert task is None
    task = task_of(decide_text("какая погода в субботу? Пете надо полить фикус"))
    assert task is not None
    assert task["assignee_id"] == "u-petya"
    assert "погода" not in task["title"].lower()


@pytest.mark.parametrize(
    "text",
    [
        "tell me a joke",
        "какая погода в субботу?",
        "show me the shopping list and add it",
    ],
)
def test_the_unserved_part_alone_still_asks(text: str) -> None:
    document = decide_text(text)
    assert reject_code(document) is None
    assert not item_names(document), document


@pytest.mark.parametrize(
    "text",
    [
        "add a timer for the rice",
        "add three more minutes",
        "add an alarm for half six",
        "pop another 30 seconds on the timer",
        "добавь таймер на гречку",
        "добавь ещё пару минут",
        "накинь минуток пять к таймеру",
        "добавь будильник на шесть",
    ],
)
def test_the_assistants_clock_is_never_added(text: str) -> None:
    document = decide_text(text)
    assert not item_names(document), document
    assert asks_intent(document), document


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("add an egg timer", ["egg timer"]),
        ("add an alarm clock to the list", ["alarm clock"]),
        ("buy a timer for the kitchen", ["timer"]),
        ("купи будильник", ["будильник"]),
        ("add minute steaks", ["minute steaks"]),
        ("добавь в список секундомер", ["секундомер"]),
    ],
)
def test_a_timekeeper_bought_is_an_item(text: str, names: list[str]) -> None:
    assert item_names(decide_text(text)) == names


def test_a_due_in_minutes_is_no_clock() -> None:
    document = decide_text("add bin bags, remind Tom in 20 minutes to take the bins out")
    assert item_names(document) == ["bin bags"]
    assert task_of(document) is not None


@pytest.mark.parametrize(
    ("text", "assignee"),
    [
        ("what's the forecast for Saturday and remind Tom to cover the barbecue", "u-tom"),
        ("какой завтра курс доллара, и напомни Маше отнести книги", "u-masha"),
        ("кто сегодня звонил, Пете надо перезвонить бабушке", "u-petya"),
    ],
)
def test_a_task_after_a_question_with_no_mark_is_served(text: str, assignee: str) -> None:
    task = task_of(decide_text(text))
    assert task is not None
    assert task["assignee_id"] == assignee
    assert task.get("due") is None  # the question's "Saturday", "завтра" are not the task's


@pytest.mark.parametrize(
    "text",
    [
        "what time is it and remind me to ring the bank",
        "do we have foil, if not buy some",
        "сколько стоит молоко и напомни мне про него",
    ],
)
def test_a_question_with_no_request_of_its_own_still_asks(text: str) -> None:
    assert asks_intent(decide_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "how cold is it out, do I need a coat or not",
        "сколько градусов на улице, нужна шапка или нет",
    ],
)
def test_a_need_offered_as_a_choice_after_a_question_asks(text: str) -> None:
    assert asks_intent(decide_text(text))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("is it possible to add kitchen roll to the list?", ["kitchen roll"]),
        ("any chance you could pick up firelighters?", ["firelighters"]),
        ("можно добавить в список салфетки?", ["салфетки"]),
        ("нельзя ли купить свечи для торта?", ["свечи для торта"]),
    ],
)
def test_a_request_asked_politely_is_served(text: str, names: list[str]) -> None:
    assert item_names(decide_text(text)) == names


@pytest.mark.parametrize(
    "text",
    [
        "где можно купить рассаду?",
        "how is it possible to buy a sofa this cheap?",
        "коту можно давать сметану?",
        "is it possible that we're out of rice?",
    ],
)
def test_a_question_with_a_polite_word_still_asks(text: str) -> None:
    assert asks_intent(decide_text(text))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("I was wondering if you could add tinfoil", ["tinfoil"]),
        ("I was wondering if you'd grab some kitchen roll", ["kitchen roll"]),
        ("I was wondering whether you could maybe pick up stamps", ["stamps"]),
    ],
)
def test_a_request_wondered_politely_is_served(text: str, names: list[str]) -> None:
    assert item_names(decide_text(text)) == names


@pytest.mark.parametrize(
    "text",
    ["I wonder if we need more rice", "I wonder if it could snow", "wondering if you'd like soup"],
)
def test_wondering_aloud_still_asks(text: str) -> None:
    assert asks_intent(decide_text(text))
