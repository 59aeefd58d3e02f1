"""Issue #12, twelfth round (precision): constructions that other speakers say the same way.

* A placing verb switches a device only with its particle AFTER it ("put the kettle on", "put
  on the heater"); "on" before it heads a day or a place ("tidy the freezer on Sunday, put it
  in my tasks").
* A device noun spelt in Latin letters in a case no device is called in ("sveta", the
  genitive of "svet") opening the command before a comma is a person called ("Sveta, …").
* Another household's list: the list of a family named after "of" ("the list of the family
  Novak", "of the Hendersons", "of the Garcia family"), or a Russian possessive adjective made
  from a first name and a kin or friend noun in the genitive ("в список Олиной мамы", "в
  список покупок Петиного друга"); "в список Олины краски" buys the paints.
* A bulk edit put first: "all" and a bulk object opening the command, its complement up to
  the verb ("все дела по даче на майские скинь на Диму"), and colloquial verbs of handing
  over ("повесить на", "скинуть на", "hand … to", "shift … to").
* "has" before a noun is possession, no obligation ("Tom has a rash", "Lucy has ballet at
  6"); "has to", "has got to" still give the member's task.
* A verb of summing with its particle ("add up what we spent", "tot them up") asks the
  assistant for a sum, no product ("add up to" amounts to; a request after it is served).
* A service's code to reply with ("Reply Y to confirm", "Text STOP to opt out", "Для отмены
  отправьте НЕТ") marks a message a service wrote, even when it names a member.
* A household noun right before a plural possessive ("family members' …") names the
  household's own people, no other household.
* A chat's name as a label opening the text ("Чат 2А: …", "swim club chat: …") heads a
  message copied from the chat, written to its members.

Each family is decided through ``decide()`` against the bilingual test household. No phrasing
is taken from golden.
"""

from __future__ import annotations

import pytest

from policy_core.testing import (
    DEFAULT_MEMBERS,
    asks_intent,
    decide_text,
    item_names,
    reject_code,
    task_of,
)


@pytest.mark.parametrize(
    "text",
    [
        "I intend to defrost the freezer on Sunday, put it in my tasks",
        "wipe down the oven on Saturday, put that on the to-do list",
        "on Friday the fridge needs cleaning, put it down for Tom",
    ],
)
def test_on_before_a_placing_verb_switches_nothing(text: str) -> None:
    assert reject_code(decide_text(text)) != "device_control_not_supported"


@pytest.mark.parametrize(
    "text",
    ["put the kettle on", "put on the heater please", "whack the telly on for the news"],
)
def test_a_placing_verb_with_its_particle_after_still_switches(text: str) -> None:
    assert reject_code(decide_text(text)) == "device_control_not_supported"


_SVETA = [*DEFAULT_MEMBERS, {"user_id": "u-sveta", "display_name": "Sveta", "role": "child"}]


@pytest.mark.parametrize(
    "text",
    [
        "Sveta, could you fold the towels tomorrow",
        "Sveta, please water the ferns on Thursday",
    ],
)
def test_a_latin_genitive_of_a_device_called_first_is_a_person(text: str) -> None:
    task = task_of(decide_text(text, members=_SVETA))
    assert task is not None
    assert task["assignee_id"] == "u-sveta"


def test_a_device_called_in_latin_letters_still_controls() -> None:
    assert reject_code(decide_text("Sveta, vyklyuchi televizor")) == (
        "device_control_not_supported"
    )


@pytest.mark.parametrize(
    "text",
    [
        "add stamps to the list of the family Novak",
        "put rice on the list of the Hendersons please",
        "add birthday candles to the list of the Garcia family",
        "запиши в список Петиного друга батарейки",
        "добавь в список Олиной бабушки гречку",
        "внеси в список покупок Машиных соседей хлеб",
    ],
)
def test_a_list_of_another_family_is_foreign(text: str) -> None:
    assert reject_code(decide_text(text)) == "foreign_household"


@pytest.mark.parametrize(
    "text",
    ["Добавь в список Олины краски", "put eggs on the list of the family", "купи Олин сок"],
)
def test_a_possessive_of_what_is_bought_is_no_other_household(text: str) -> None:
    document = decide_text(text)
    assert reject_code(document) is None
    assert item_names(document), document


@pytest.mark.parametrize(
    "text",
    [
        "все дела по даче на майские скинь на Петю",
        "все задачи к школе на этой неделе перевесь на Машу",
        "повесь на Петю все покупки",
        "all the chores for the weekend hand to Tom",
        "shift all tasks to Tom",
    ],
)
def test_a_bulk_edit_put_first_or_handed_over_is_bulk(text: str) -> None:
    assert reject_code(decide_text(text)) == "bulk_operation_not_supported"


@pytest.mark.parametrize("text", ["повесь шторы в гостиной", "Маша, повесь полотенца"])
def test_hanging_a_thing_is_a_chore(text: str) -> None:
    assert task_of(decide_text(text)) is not None


@pytest.mark.parametrize(
    "text",
    ["Tom has a rash on his arm, I put cream on it at noon", "Tom has judo at 6", "Tom has a cold"],
)
def test_has_before_a_noun_is_no_obligation(text: str) -> None:
    assert asks_intent(decide_text(text))


@pytest.mark.parametrize(
    "text", ["Tom has to mow the lawn on Saturday", "Tom has got to feed the rabbit"]
)
def test_has_to_still_gives_the_members_task(text: str) -> None:
    task = task_of(decide_text(text))
    assert task is not None
    assert task["assignee_id"] == "u-tom"


@pytest.mark.parametrize(
    "text",
    [
        "could you add up what the kids' camp cost us",
        "add these up for me please",
        "tot up the grocery receipts from March",
        "please total up the gas bills",
    ],
)
def test_a_sum_asked_is_no_purchase(text: str) -> None:
    assert asks_intent(decide_text(text))


@pytest.mark.parametrize(
    "text", ["add it all up and put yoghurt on the list", "add up to three packs of gum"]
)
def test_a_request_beside_a_sum_is_served(text: str) -> None:
    assert item_names(decide_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Reminder: Tom, eye exam Wed Apr 2 at 10:15 AM. Reply Y to confirm or N to cancel.",
        "Tom, your tennis court is booked for Sunday 8am. Text STOP to opt out.",
        "Напоминание: Петя, приём у ортодонта 18.03 в 16:40. Для отмены записи отправьте НЕТ",
    ],
)
def test_a_code_to_reply_with_marks_a_service_message(text: str) -> None:
    assert asks_intent(decide_text(text))


def test_a_member_told_to_reply_is_his_task() -> None:
    assert task_of(decide_text("remind Tom to reply YES to confirm the dentist")) is not None


@pytest.mark.parametrize(
    "text",
    ["put the family members' birthdays in the calendar", "read out all household members' phones"],
)
def test_a_households_own_members_are_no_other_household(text: str) -> None:
    assert reject_code(decide_text(text)) != "foreign_household"


@pytest.mark.parametrize(
    "text",
    [
        "Чат 2А: кто заберёт поделки из класса, отпишитесь",
        "swim club chat: parents, please bring towels on Saturday",
        "Беседа футбола: купите гетры до среды",
    ],
)
def test_a_message_under_a_chats_name_asks(text: str) -> None:
    assert asks_intent(decide_text(text))


@pytest.mark.parametrize("text", ["Продукты: кефир, творог", "Tom: buy milk"])
def test_a_label_that_names_no_chat_is_read_as_usual(text: str) -> None:
    assert item_names(decide_text(text))
