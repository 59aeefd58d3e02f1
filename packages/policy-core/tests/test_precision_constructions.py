"""Issue #12, session 9, fourth round (precision): leftovers that are whole constructions.

* A need or obligation of the speaker or the listener (``_task_trigger`` through
  ``_remark_need``): "I have to …", "you need to …", "we've got to …", "мне надо …", "нам
  нужно …" before a verb of no household deed (talk, perception, feeling; motion away with no
  destination, talk with no third party) is a remark; before a chore, an errand (talk to the
  landlord, go to the post office) or a purchase it keeps its deed.
* The speaker's wish before an infinitive (``_clause_initial`` and the Russian infinitive
  reader, through ``_wished``): "I want to …", "I'd like to …", "хочу …", "хотела бы …" is a
  remark; a wish naming another doer ("I want you to …", "хочу, чтобы …") or asking ("хотела бы
  попросить …") stays a request.
* A person who is not a member told as the subject of a future buying verb
  (``_shop_trigger`` through ``_plan_of_a_person``): "dad is gonna get …", "мама купит …"
  reports a plan. A member's future stays a task ("Tom will mow the lawn tomorrow").

Each family is decided through ``decide()`` against the bilingual test household. No phrasing
is taken from golden.
"""

from __future__ import annotations

import pytest

from policy_core.testing import decide_text, item_names, task_of


@pytest.mark.parametrize(
    "text",
    [
        "I have to go",
        "sorry, I really have to run now",
        "we have to talk",
        "we need to talk to you",
        "нам надо поговорить с тобой",
        "we need to talk about the holidays",
        "you have to see this",
        "you need to hear this song",
        "I have to say, the lasagne was great",
        "I've got to leave early today",
        "we need to relax this weekend",
        "мне надо бежать",
        "мне нужно идти",
        "нам надо поговорить",
        "нам нужно обсудить отпуск",
        "тебе надо это увидеть",
        "вам нужно отдохнуть",
    ],
)
def test_a_need_of_the_speaker_or_listener_with_no_deed_is_a_remark(text: str) -> None:
    document = decide_text(text)
    assert task_of(document) is None
    assert item_names(document) == []


@pytest.mark.parametrize(
    "text",
    [
        "I have to clean the garage",
        "you have to take out the bins",
        "I need to go to the post office",
        "мне надо сходить в аптеку",
        "Tom has to talk to the plumber",
        "I need to talk to the landlord about the boiler",
        "мне надо поговорить с хозяйкой квартиры",
    ],
)
def test_a_need_before_a_deed_keeps_the_task(text: str) -> None:
    assert task_of(decide_text(text)) is not None


@pytest.mark.parametrize(
    ("text", "item"), [("мне надо купить хлеб", "хлеб"), ("we need to buy milk", "milk")]
)
def test_a_need_to_buy_keeps_the_purchase(text: str, item: str) -> None:
    assert item in item_names(decide_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "I want to bake a cake",
        "I'd like to make pancakes tonight",
        "we'd love to bake cookies",
        "хочу шарлотку испечь",
        "хочу испечь пирог",
        "я хотела бы испечь пирог",
        "мы хотим в субботу испечь пирог",
    ],
)
def test_the_speakers_wish_with_an_infinitive_is_a_remark(text: str) -> None:
    assert task_of(decide_text(text)) is None


@pytest.mark.parametrize(
    "text",
    [
        "хочу, чтобы Петя вынес мусор",
        "хотела бы попросить купить молоко",
        "I want you to remind me to call grandma",
    ],
)
def test_a_wish_that_asks_stays_a_request(text: str) -> None:
    document = decide_text(text)
    assert task_of(document) is not None or item_names(document) != []


def test_a_wish_that_adds_stays_a_purchase() -> None:
    assert "milk" in item_names(decide_text("I'd like you to add milk"))


@pytest.mark.parametrize(
    "text",
    [
        "dad is gonna get us a trampoline",
        "dad will probably get milk",
        "grandma will buy the cake",
        "мама купит торт",
        "мама завтра купит торт",
        "бабушка принесёт пирог",
    ],
)
def test_a_persons_future_purchase_is_a_plan_told(text: str) -> None:
    assert item_names(decide_text(text)) == []


@pytest.mark.parametrize(
    ("text", "item"),
    [("mom, get milk", "milk"), ("мама, купи торт", "торт"), ("I'm gonna get milk", "milk")],
)
def test_a_purchase_asked_still_buys(text: str, item: str) -> None:
    assert item in item_names(decide_text(text))


@pytest.mark.parametrize(
    ("text", "assignee"),
    [("Tom will mow the lawn tomorrow", "u-tom"), ("Петя завтра вынесет мусор", "u-petya")],
)
def test_a_members_future_stays_a_task(text: str, assignee: str) -> None:
    task = task_of(decide_text(text))
    assert task is not None
    assert task["assignee_id"] == assignee
