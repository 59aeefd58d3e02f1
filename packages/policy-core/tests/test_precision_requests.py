"""Issue #12, seventh round: requests the platform does not serve and money said in other
currencies, read from the seventh batch's open half.

A deed said in general with nothing named ("do the needful", "сделай это"), a text the
assistant would compose or work out ("write a script …", "сочини тост"), a reminder moved
("prepone the … reminder", "отложи напоминание") are clarified; money sent by a payment app or in
another currency or slang ("GPay Tom 500 rupees", "bank transfer me a tenner", "2000 динаров")
is refused; a count word read like money ("десяток яиц") is bought. Each family is decided
through ``decide()`` against the bilingual test household, beside the household's own request
that must still be served. No phrasing is taken from golden.
"""

from __future__ import annotations

import pytest

from policy_core.testing import asks_intent, decide_text, item_names, items_of, reject_code, task_of


def _assert_reads_as(text: str, kind: str) -> None:
    """The text is read as a task ("task") or as items ("item")."""
    document = decide_text(text)
    if kind == "task":
        assert task_of(document) is not None, document
    else:
        assert item_names(document), document


@pytest.mark.parametrize(
    "text",
    [
        "kindly do the needful",
        "just handle it",
        "sort that out asap",
        "do whatever",
        "сделай всё как надо",
        "разберись с этим",
        "ну сделай уже что-нибудь",
        "порешай это",
    ],
)
def test_a_deed_said_in_general_asks(text: str) -> None:
    document = decide_text(text)
    assert reject_code(document) is None, document
    assert asks_intent(document), document


@pytest.mark.parametrize(
    "text",
    [
        "do the washing up",
        "please sort out the airing cupboard",
        "Маше сделать уроки",
        "Tom, do the recycling",
    ],
)
def test_a_deed_with_its_object_is_a_task(text: str) -> None:
    assert task_of(decide_text(text)) is not None


@pytest.mark.parametrize(
    "text",
    [
        "write a sql query for my budget sheet",
        "generate a packing checklist for the beach",
        "summarise this article about sleep training",
        "explain how a heat pump works",
        "calculate how many tiles we need for 12 square metres",
        "сочини тост на свадьбу брата",
        "посчитай, сколько стоит ремонт кухни",
        "объясни, как работает ипотека",
        "напиши стихотворение для бабушки",
    ],
)
def test_a_text_composed_or_worked_out_by_the_assistant_asks(text: str) -> None:
    document = decide_text(text)
    assert reject_code(document) is None, document
    assert asks_intent(document), document


@pytest.mark.parametrize(
    "text",
    [
        "postpone the vet reminder to next week",
        "reschedule the bin reminder for Thursday",
        "snooze that reminder",
        "отложи напоминание про стрижку на завтра",
        "сдвинь задачу про шины на субботу",
    ],
)
def test_a_reminder_moved_is_a_list_edit(text: str) -> None:
    assert asks_intent(decide_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "gpay Tom 300 rupees for the cab",
        "phonepe 500 to the milkman",
        "send Anna a tenner for the school trip",
        "wire Tom 2 lakh for the car",
        "переведи Маше 3000 динаров",
        "кинь Пете бабки через сбп",
        "скинь Анне десятку на обед",
    ],
)
def test_money_by_app_currency_or_slang_is_a_payment(text: str) -> None:
    assert reject_code(decide_text(text)) == "payment_not_supported"


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("закинь в список десяток яиц", [("яйца", "10", None)]),
        ("возьми на завтра десяток яиц", [("яйца", "10", None)]),
    ],
)
def test_a_count_word_is_no_money(
    text: str, items: list[tuple[str, str | None, str | None]]
) -> None:
    document = decide_text(text)
    assert reject_code(document) is None, document
    assert items_of(document) == items


def test_a_member_before_the_verb_does_it_with_a_composed_text() -> None:
    task = task_of(decide_text("Пете выучить стихотворение к пятнице"))
    assert task is not None
    assert task["assignee_id"] == "u-petya"


def test_a_member_told_a_story_asks() -> None:
    assert asks_intent(decide_text("tell Masha a story about dragons"))


@pytest.mark.parametrize("text", ["will do", "can do", "I'll do it", "сделаю"])
def test_an_acknowledgement_asks(text: str) -> None:
    assert asks_intent(decide_text(text))


@pytest.mark.parametrize(
    ("text", "assignee"),
    [
        ("replace the smoke alarm in the hall on Sunday", "u-anna"),
        ("Tom, change the carbon monoxide alarm battery", "u-tom"),
        ("Довожу до сведения Пети: в субботу вынести мусор", "u-petya"),
    ],
)
def test_a_thing_of_the_home_or_a_speech_act_is_a_task(text: str, assignee: str) -> None:
    task = task_of(decide_text(text, defaults={}))
    assert task is not None
    assert task["assignee_id"] == assignee


@pytest.mark.parametrize(
    "text", ["set an alarm for quarter past six", "поставь таймер на 10 минут"]
)
def test_the_assistants_alarm_or_timer_still_asks(text: str) -> None:
    assert asks_intent(decide_text(text))


def test_an_abbreviation_with_dots_is_no_code() -> None:
    document = decide_text("remind Tom to feed the fish on Sunday. P.S. the food is in the shed")
    task = task_of(document)
    assert task is not None
    assert task["assignee_id"] == "u-tom"


@pytest.mark.parametrize(
    "text",
    [
        "dad always buys the cheap coffee",
        "Anna gets the veg from the market on Saturdays",
        "I might order a new rug",
        "а что если купить робот-пылесос",
        "thinking about getting a trampoline for the garden",
    ],
)
def test_a_habit_told_or_a_hypothetical_purchase_asks(text: str) -> None:
    document = decide_text(text)
    assert reject_code(document) is None, document
    assert asks_intent(document), document


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("get crumpets, mum buys the wrong ones", "crumpets"),
        ("Tom says we need more bin bags", "bin bags"),
        ("кстати, сахар закончился", "сахар"),
    ],
)
def test_a_request_beside_a_told_word_is_bought(text: str, name: str) -> None:
    assert name in item_names(decide_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Tom has emptied the dishwasher",
        "Masha has already walked the dog",
        "we've just put the bins out",
        "Anna has swept the patio",
    ],
)
def test_a_deed_told_as_done_asks(text: str) -> None:
    assert asks_intent(decide_text(text))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Tom has to hoover the stairs", "task"),
        ("Tom has got to feed the cat tonight", "task"),
        ("we've run out of teabags", "item"),
        ("we have used up the flour, we need more flour", "item"),
    ],
)
def test_an_obligation_or_a_need_after_have_is_read(text: str, kind: str) -> None:
    _assert_reads_as(text, kind)


@pytest.mark.parametrize(
    "text",
    [
        "Payment received. Thank you for shopping with us",
        "Your refund is pending",
        "Ваш платёж принят. Спасибо!",
        "Booking complete: 2 adults, Saturday 14:00",
    ],
)
def test_a_status_notice_asks(text: str) -> None:
    document = decide_text(text)
    assert reject_code(document) is None, document
    assert asks_intent(document), document


@pytest.mark.parametrize(
    "text",
    [
        "recharge my mobile with the 239 plan",
        "top up the gas meter",
        "top up my oyster with 20 quid",
        "transfer the deposit to the landlord",
        "send Tom his allowance",
        "отдай Пете 300 рублей",
        "верни Маше долг",
        "положи 200 на телефон",
    ],
)
def test_money_by_what_it_pays_is_a_payment(text: str) -> None:
    assert reject_code(decide_text(text)) == "payment_not_supported"


@pytest.mark.parametrize(
    "text", ["top up the dishwasher salt", "отдай Пете зарядку", "send grandma a birthday card"]
)
def test_topping_up_or_giving_a_thing_is_no_payment(text: str) -> None:
    assert reject_code(decide_text(text)) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("clean out the freezer in the garage on Saturday before the Costco run", "task"),
        ("When you're at the shops later, pick up a bag of rice", "item"),
        ("when you go to Tesco, add oat milk to the Costco list", "item"),
    ],
)
def test_a_chore_or_a_time_clause_before_a_request_is_read(text: str, kind: str) -> None:
    _assert_reads_as(text, kind)


@pytest.mark.parametrize(
    "text",
    [
        "take the kettle off the list",
        "remove the toaster from the Costco list",
        "when is the Costco run",
    ],
)
def test_a_list_edit_or_a_question_still_asks(text: str) -> None:
    document = decide_text(text)
    assert reject_code(document) is None, document
    assert asks_intent(document), document
