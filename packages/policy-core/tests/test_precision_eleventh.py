"""Issue #12, eleventh round (precision): what a messenger shows around a message is pasted,
never the user's request; reminders and device verbs no one asks for.

* A chat's turn opened by a messenger's time stamp, a date or a 12-hour clock's mark in it
  ("[7:42 PM] Tom: …", "[05.03.2026, 19:42:10] Ольга Петровна: …", "3/5/26, 7:42 pm - Tom:
  …"): two such lines are a chat; one line copied whole is one when its stamp is bracketed.
* A reaction to a message, the message quoted to the end ("Lucy reacted 😂 to "…"", a
  tapback "Loved “…”", "Аня отреагировала 👍 на «…»").
* Quoted lines ("> …") answered with assent or thanks alone ("ок", "sure, will do 👍"); an
  add verb after the quote ("> купи хлеб\nдобавь") asks the assistant.
* A reminder that is not asked for: a remind word after a privative ("без напоминаний",
  "without being reminded") tells how a deed went, and a deed told done beside a negated
  request ("…, so no need to remind her") asks nothing.
* A media or device verb whose subject is the speaker ("can I play …", "I'll skip …") is the
  speaker's own deed, and a device is called in the nominative ("Света, …", read as the
  genitive of "свет", is a person): neither is device control.
* A payment asked about, not asked for: the past asked or told with "did" ("how much did we
  pay …", "we didn't pay …") or the way asked with a how-word ("how do I pay …", "как
  вернуть деньги …").
* A search verb with the web a few words on ("поищи в гугле …", "look it up online") asks the
  assistant to search, unless a request of the user's own follows.
* A member told how to behave ("Петя, успокойся", "отстань от сестры", "помирись с Машей")
  gets no task; a word of weighing a choice before a question of what to do ("думаю, что бы
  сварить …", "не знаю, куда поставить …") thinks aloud.

Each family is decided through ``decide()`` against the bilingual test household. No phrasing
is taken from golden.
"""

from __future__ import annotations

import pytest

from policy_core.testing import asks_intent, decide_text, item_names, reject_code, task_of


@pytest.mark.parametrize(
    "text",
    [
        "[6:05 AM] Lucy: can somebody iron my blouse\n[6:09 AM] Tom: on it",
        "[05.03.2026, 19:42:10] Ольга Петровна: купите батарейки\n[05.03.2026, 19:43:02] Анна: ок",
        "3/5/26, 8:10 pm - Tom: grab tortillas\n3/5/26, 8:12 pm - Lucy: fine",
        "[21:17] Маша: полей цветы на балконе",
        "[11:58 p.m.] Jack: pick up printer paper",
    ],
)
def test_a_stamped_chat_copied_in_asks(text: str) -> None:
    document = decide_text(text)
    assert asks_intent(document), document


@pytest.mark.parametrize(
    "text",
    [
        'Lucy reacted 😂 to "someone buy cat litter pls"',
        "Tom reacted with 👍 to “get oat milk on the way”",
        "Loved “pick up the parcel at the post office”",
        "Аня отреагировала 🔥 на «купи мандарины»",
        "Петя поставил реакцию ❤️ на сообщение «вынеси мусор»",
    ],
)
def test_a_reaction_to_a_message_asks(text: str) -> None:
    document = decide_text(text)
    assert asks_intent(document), document


@pytest.mark.parametrize(
    "text",
    [
        "> захвати батон и кефир\nок",
        "> could you get dishwasher tablets?\nsure, will do 👍",
        "> пропылесось в коридоре\nладно, спасибо",
        "> grab some limes\nyep thanks",
    ],
)
def test_a_quote_answered_with_assent_asks(text: str) -> None:
    document = decide_text(text)
    assert asks_intent(document), document


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("> батон и кефир\nдобавь в список", ["батон", "кефир"]),
        ("> we're out of limes\nok, add limes", ["limes"]),
    ],
)
def test_a_quote_with_a_request_of_the_users_own_is_served(text: str, names: list[str]) -> None:
    assert item_names(decide_text(text)) == names


def test_a_member_named_before_a_colon_with_no_stamp_is_no_chat() -> None:
    document = decide_text("Tom: mow the lawn on Saturday")
    assert not asks_intent(document), document


@pytest.mark.parametrize(
    "text",
    [
        "Маша сама, без всяких напоминаний, погладила бельё",
        "Петя без напоминания полил фикус",
        "Jack hoovered the landing without being reminded",
        "Tom has already defrosted the freezer, so there's no need to remind him",
        "Lucy has walked the dog, no need to remind her",
    ],
)
def test_a_deed_done_beside_a_reminder_not_asked_for_asks(text: str) -> None:
    document = decide_text(text)
    assert asks_intent(document), document


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("без сахара не надо, напомни Пете полить фикус", "Полить фикус"),
        (
            "remind Tom to defrost the freezer without being asked",
            "Defrost the freezer without being asked",
        ),
    ],
)
def test_a_reminder_asked_for_is_still_set(text: str, title: str) -> None:
    task = task_of(decide_text(text))
    assert task is not None
    assert task["title"] == title


def test_a_product_between_a_privative_and_a_buying_verb_is_bought() -> None:
    assert item_names(decide_text("без сахара купи йогурт")) == ["йогурт"]


@pytest.mark.parametrize(
    "text",
    [
        "can I play Roblox after dinner",
        "I'll just skip the chores today, I'm exhausted",
        "we already paused it, it's fine",
    ],
)
def test_a_device_verb_of_the_speakers_own_asks(text: str) -> None:
    document = decide_text(text)
    assert asks_intent(document), document


@pytest.mark.parametrize(
    "text",
    ["play some jazz in the kitchen", "skip this track", "I'd like you to play the radio"],
)
def test_a_device_verb_asked_of_the_assistant_is_still_refused(text: str) -> None:
    assert reject_code(decide_text(text)) == "device_control_not_supported"


def test_a_person_called_whose_name_reads_as_a_device_in_the_genitive_gets_the_task() -> None:
    # "Света" is read first as the genitive of "свет" (light); a device is called in the
    # nominative, so Света is a person (not a member of the test household: no assignee)
    assert reject_code(decide_text("Света, перебери крупу на кухне")) is None
    assert reject_code(decide_text("Лампа, погасни")) == "device_control_not_supported"


@pytest.mark.parametrize(
    "text",
    [
        "how much did we pay for the garden hose",
        "did Tom pay the window cleaner?",
        "we didn't pay the nursery fees",
        "how do I pay the parking fine online?",
        "как оплатить штраф за парковку?",
        "как вернуть деньги за сломанный утюг?",
    ],
)
def test_a_payment_asked_about_is_no_payment_refused(text: str) -> None:
    assert reject_code(decide_text(text)) is None


@pytest.mark.parametrize(
    "text", ["pay the window cleaner", "оплати штраф за парковку", "can you pay the nursery fees?"]
)
def test_a_payment_asked_for_is_still_refused(text: str) -> None:
    assert reject_code(decide_text(text)) == "payment_not_supported"


@pytest.mark.parametrize(
    "text",
    [
        "поищи в гугле, сколько варить перловку",
        "глянь в интернете расписание электричек",
        "look it up online please",
        "search YouTube for a video on bleeding radiators",
    ],
)
def test_a_web_search_asks(text: str) -> None:
    document = decide_text(text)
    assert asks_intent(document), document


def test_a_web_search_then_a_request_of_ones_own_is_served() -> None:
    assert item_names(decide_text("поищи в интернете рецепт и купи перловку")) == ["перловка"]


@pytest.mark.parametrize(
    "text",
    [
        "Маша, угомонись уже",
        "Петя, отцепись от сестры",
        "Маша, помирись с братом",
        "Петя, извинись перед бабушкой",
        "Маша, прекрати баловаться",
    ],
)
def test_a_member_told_how_to_behave_gets_no_task(text: str) -> None:
    document = decide_text(text)
    assert asks_intent(document), document


def test_a_member_told_a_chore_still_gets_it() -> None:
    task = task_of(decide_text("Маша, протри пыль в гостиной"))
    assert task is not None
    assert task["assignee_id"] == "u-masha"


@pytest.mark.parametrize(
    "text",
    [
        "думаю, что бы испечь к чаю",
        "не знаю, куда повесить полку",
        "вот прикидываю, кого бы позвать на дачу",
        "интересно, чем бы отмыть плиту",
    ],
)
def test_thinking_aloud_what_to_do_asks(text: str) -> None:
    document = decide_text(text)
    assert asks_intent(document), document


@pytest.mark.parametrize("text", ["кто знает", "что думаю", "ну не знаю", "интересно"])
def test_a_word_of_weighing_said_last_asks(text: str) -> None:
    """The word ends the command, with no comma after it to read (it raised IndexError)."""
    document = decide_text(text)
    assert asks_intent(document), document


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("думаю, что надо купить гречку", ["гречка"]),
        ("не знаю, что бы приготовить, купи фарш", ["фарш"]),
    ],
)
def test_a_thought_that_opens_a_request_still_serves_it(text: str, names: list[str]) -> None:
    assert item_names(decide_text(text)) == names
