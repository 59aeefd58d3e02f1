"""Issue #12, seventh round: precision families read from the seventh batch's open half.

Voice traffic opens with a smart speaker's name; what plays is put on a screen or a speaker;
a device named as a product on a list is bought. Each family is decided through ``decide()``
against the bilingual test household, with beside it the household's own request that must
still be served. No phrasing is taken from golden.
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
        "siri how long do I boil an egg",
        "маруся сколько варить гречку",
        "hey google is it going to rain on saturday",
        "окей гугл, сколько граммов в стакане муки",
        "alexa set an alarm for quarter to seven",
        "алиса разбуди меня в шесть",
        "алиса, заведи таймер на двадцать минут",
        "alexa has Tom walked the dog yet",
        "алиса как сварить компот",
        "alexa wake me at seven",
    ],
)
def test_a_wake_word_before_a_question_or_an_assistant_request_asks(text: str) -> None:
    document = decide_text(text)
    assert reject_code(document) is None, document
    assert asks_intent(document), document


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("siri add dish soap to the shopping list", "dish soap"),
        ("hey google, put oat milk on the list", "oat milk"),
        ("слушай алиса купи гречку", "гречка"),
        ("маруся, добавь в список хлеб", "хлеб"),
    ],
)
def test_a_wake_word_before_a_purchase_buys(text: str, name: str) -> None:
    assert item_names(decide_text(text)) == [name]


@pytest.mark.parametrize(
    "text", ["siri switch off the hall lamp", "маруся выключи торшер", "ok google, pause"]
)
def test_a_wake_word_before_device_control_still_rejects(text: str) -> None:
    assert reject_code(decide_text(text)) == "device_control_not_supported"


def test_a_member_named_like_a_speaker_is_the_doer() -> None:
    members = (*DEFAULT_MEMBERS, {"user_id": "u-alisa", "display_name": "Алиса", "role": "child"})
    task = task_of(decide_text("Алиса, пропылесось коридор", members=members))
    assert task is not None
    assert task["assignee_id"] == "u-alisa"


def test_google_alone_is_a_verb() -> None:
    document = decide_text("google how to descale a kettle")
    assert asks_intent(document), document


@pytest.mark.parametrize(
    "text",
    [
        "покажи ролик про сборку шкафа",
        "поставь детям мультфильм",
        "stick a cartoon on for the twins",
        "put on Classic FM",
        "throw the match on the telly",
        "show the wedding video on the big screen",
    ],
)
def test_media_put_on_a_screen_or_a_speaker_is_device_control(text: str) -> None:
    assert reject_code(decide_text(text)) == "device_control_not_supported"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("put the radio batteries on the list", "radio batteries"),
        ("поставь в список пульт для телевизора", "пульт для телевизора"),
        ("put a projector screen on the shopping list", "projector screen"),
    ],
)
def test_a_device_on_a_list_is_bought(text: str, name: str) -> None:
    document = decide_text(text)
    assert reject_code(document) is None, document
    assert item_names(document) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "выключи телевизор и добавь в список чипсы",
        "turn the radio off and put tea on the list",
        "set the heater to 20 and add firelighters to the list",
    ],
)
def test_a_switch_beside_a_list_still_rejects(text: str) -> None:
    assert reject_code(decide_text(text)) == "device_control_not_supported"


@pytest.mark.parametrize(
    "text", ["покажи Маше, где лежит пылесос", "show Tom how to bleed the radiator"]
)
def test_showing_a_person_plays_nothing(text: str) -> None:
    assert reject_code(decide_text(text)) is None


@pytest.mark.parametrize(
    "text",
    [
        "пылесос, уберись в коридоре",
        "робот помой прихожую",
        "робот-пылесос, пропылесось спальню",
        "roomba, do the kitchen",
        "верни пылесос на базу",
        "send the robot back to the charger",
        "запиши сериал на приставку",
        "record the match",
        "продолжи воспроизведение",
    ],
)
def test_a_device_called_sent_home_or_recording_is_device_control(text: str) -> None:
    assert reject_code(decide_text(text)) == "device_control_not_supported"


@pytest.mark.parametrize(
    "text",
    [
        "холодильник разморозь в воскресенье",
        "духовку помой",
        "чайник, купи новый, старый течёт",
        "take the hoover back to the shop",
        "Tom, lock the car",
    ],
)
def test_a_device_worked_on_bought_or_returned_is_no_control(text: str) -> None:
    assert reject_code(decide_text(text)) is None
