"""Issue #12, seventh round: how speakers outside the tuned authors say refused and unserved
things, from language knowledge beside the seventh batch's open half.

Russian typed in Latin letters ("vyklyuchi televizor", "perevedi mame 500 rubley"), the switch
said first ("on the AC", "off the geyser"), a role label opening the text ("SYSTEM: …"), a
sender's reminder told to its reader ("Reminder: your appointment is on …") and a text asked
to be composed for the speaker ("write me …", "составь мне …"). Each family is decided through
``decide()`` against the bilingual test household, beside the household's own request that must
still be served. No phrasing is taken from golden.
"""

from __future__ import annotations

import pytest

from policy_core.testing import asks_intent, decide_text, item_names, reject_code, task_of


@pytest.mark.parametrize(
    "text",
    [
        "vklyuchi svet na kuhne",
        "vykluchi muzyku",
        "sdelay tishe",
        "zapusti pylesos",
        "on the geyser",
        "off the lights in the hall",
        "on the fan in the kids room",
    ],
)
def test_device_control_in_latin_letters_or_switch_first_is_refused(text: str) -> None:
    assert reject_code(decide_text(text)) == "device_control_not_supported"


@pytest.mark.parametrize(
    "text", ["perevedi Pete 300 rubley", "oplati internet", "zakin mame 2000 dinarov"]
)
def test_a_payment_in_latin_letters_is_refused(text: str) -> None:
    assert reject_code(decide_text(text)) == "payment_not_supported"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("on the way back grab some lemons", "lemons"),
        ("off to Aldi, add bananas to the list", "bananas"),
    ],
)
def test_on_or_off_before_no_device_is_no_control(text: str, name: str) -> None:
    document = decide_text(text)
    assert reject_code(document) is None, document
    assert name in item_names(document)


@pytest.mark.parametrize(
    "text",
    [
        "Reminder: your eye test is on Friday at 10am",
        "Notice: your library books are overdue",
        "Reminder: your car MOT will expire next month",
    ],
)
def test_a_reminder_told_to_its_reader_asks(text: str) -> None:
    assert asks_intent(decide_text(text))


def test_a_reminder_of_a_members_chore_is_a_task() -> None:
    task = task_of(decide_text("reminder: Tom to bleed the radiators on Sunday"))
    assert task is not None
    assert task["assignee_id"] == "u-tom"


@pytest.mark.parametrize(
    "text",
    [
        "write me a packing list for camping",
        "draft me a note for the teacher",
        "составь мне план тренировок",
        "набросай мне текст объявления",
    ],
)
def test_a_text_composed_for_the_speaker_asks(text: str) -> None:
    assert asks_intent(decide_text(text))


@pytest.mark.parametrize(
    ("text", "name"), [("запиши мне кефир", "кефир"), ("закинь мне в список хлеб", "хлеб")]
)
def test_noting_a_product_for_the_speaker_buys(text: str, name: str) -> None:
    assert item_names(decide_text(text)) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Пересланное сообщение\nБабушка: Машенька, позвони мне вечером",
        "Fwd: Lucy's party is at 4 on Saturday, bring a swimsuit",
        "Forwarded as received: eat three almonds every morning for memory",
    ],
)
def test_a_forwarded_message_asks(text: str) -> None:
    document = decide_text(text)
    assert reject_code(document) is None, document
    assert asks_intent(document), document


def test_a_request_after_a_forwarded_message_is_read() -> None:
    text = "Fwd: piano recital moved to Friday\n\nok, remind Tom on Thursday to iron his shirt"
    task = task_of(decide_text(text))
    assert task is not None
    assert task["assignee_id"] == "u-tom"


def test_a_bank_message_naming_a_member_asks() -> None:
    document = decide_text("Перевод от Пётр С. +1 500 р. Баланс: 9 870 р.")
    assert reject_code(document) is None, document
    assert asks_intent(document), document


@pytest.mark.parametrize(
    "text",
    [
        "Будьте добры, напомните, как зовут нашего участкового",
        "Tom love, remind me where we keep the fuse box",
        "я так и не понял, что нужно делать",
        "надо бы что-то сделать",
    ],
)
def test_a_recall_after_a_courtesy_or_a_need_with_no_deed_asks(text: str) -> None:
    assert asks_intent(decide_text(text))


@pytest.mark.parametrize(
    ("text", "assignee"),
    [
        ("Будьте любезны, напомните Маше полить цветы", "u-masha"),
        ("нам надо сделать уборку", "u-anna"),
    ],
)
def test_a_reminder_after_a_courtesy_or_a_named_deed_is_a_task(text: str, assignee: str) -> None:
    task = task_of(decide_text(text))
    assert task is not None
    assert task["assignee_id"] == assignee


@pytest.mark.parametrize(
    "text", ["do one thing, switch off the immersion", "do one thing, turn the AC off"]
)
def test_an_auxiliary_with_no_subject_opens_no_question(text: str) -> None:
    assert reject_code(decide_text(text)) == "device_control_not_supported"


@pytest.mark.parametrize("text", ["is the heater on", "did you switch the fan off"])
def test_a_question_about_a_device_asks(text: str) -> None:
    assert asks_intent(decide_text(text))
