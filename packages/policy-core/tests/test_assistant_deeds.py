"""Requests to the assistant that the app does not serve (issue #12, round 33, precision):
they are no task for the speaker and no item (SPEC §4, row 7: clarify ``["intent"]``; a
payment is row 3's reject). Each row asserts the whole answer; the family's rows fail on the
round's start tree (b2a4dcc), the near-misses and the family said in ways already clarified
pass on both.

- the assistant as the doer of a sending verb with what only a phone sends ("send lucy a
  meme", "скинь маме фотку списка"), of a writing verb with a letter or a note ("write a
  polite note to the neighbours"), of checking or solving schoolwork ("check Jack's essay for
  spelling", "реши за Машу пример"), of a showing verb ("…, покажи"), asked what it can do
  ("что ты умеешь");
- the app's lists and chores as the object of a managing verb: moved to a day, marked done,
  a new list made, an entry taken off after a need refused;
- an online shop or a delivery service as the channel of an order ("закажи энергетики на
  амазоне", "@HomeTaskBot order groceries online from Instacart", "закажи продукты на дом");
- money sent in another currency ("Send 5000 naira to Jack") is a payment.
"""

from __future__ import annotations

from typing import Any

import pytest

from policy_core.testing import answer_to as answer
from policy_core.testing import shopping_answer as items
from policy_core.testing import task_answer as task

Answer = tuple[Any, ...]
INTENT: Answer = ("clarify", ("intent",))
PAYMENT: Answer = ("reject", "payment_not_supported")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # something only a phone sends, the app's list among them
        ("send a text to emma saying i am running late period", INTENT),
        ("send tom the grocery list", INTENT),
        ("send the grocery list to tom", INTENT),
        ("send lucy a meme", INTENT),
        ("send me the plumber's number", INTENT),
        ("send the rash photo to the GP", INTENT),
        ("send the class chat a photo of the schedule", INTENT),
        ("Send a text to Tom saying I'm home safe from bingo.", INTENT),
        ("скинь маме фотку списка", INTENT),
        # a text composed, or a message asked to be written for someone
        ("write a polite note to the neighbours about the music", INTENT),
        ("Петя просит написать его учительнице, что он заболел", INTENT),
        # the app's entries managed
        ("move jack's chores to next week", INTENT),
        ("move cleaning to sunday", INTENT),
        ("mark my chore as done", INTENT),
        ("mark Jack's chore as done", INTENT),
        ("make a new list called snacks", INTENT),
        ("сделай новый список для дачи", INTENT),
        ("хлеб уже не надо, убери", INTENT),
        ("remove glue sticks from the list", INTENT),
        # the assistant works something out, shows or is asked what it can do
        ("check Jack's essay for spelling, I'll paste it", INTENT),
        ("проверь диктант Пети, я сфотографировала", INTENT),
        ("реши за Машу пример 345 делить на 15", INTENT),
        ("а ты можешь дз за меня сделать", INTENT),
        ("tell me how to bring a fever down naturally", INTENT),
        ("Can you show me what Jack has left to do?", INTENT),
        ("у кого сколько задач на этой неделе, покажи", INTENT),
        ("напомнишь мне что ты умеешь?", INTENT),
        ("чем ты вообще можешь помочь", INTENT),
        ("take a screenshot", INTENT),
        ("сделай скриншот", INTENT),
        # an order placed through a shop or a delivery service
        ("закажи energy drinks на амазоне", INTENT),
        ("закажи энергетики на амазоне", INTENT),
        ("@HomeTaskBot order groceries online from Instacart", INTENT),
        ("@HomeTaskBot закажи пиццу на доставку", INTENT),
        ("заказать на Озоне пылесос Dyson", INTENT),
        ("заказать пиццу с доставкой на Самокате", INTENT),
        ("можешь order пиццу через Deliveroo?", INTENT),
        ("можешь через Самокат взять молоко и хлеб с доставкой?", INTENT),
        ("закажи продукты на дом на завтра", INTENT),
        ("book a grab", INTENT),
        # money in another currency
        ("Send 5000 naira to Jack for transport", PAYMENT),
        # the review's findings: a deed beside a request leaves the request alone; a frame
        # inside the message is the message's; an entry handed on, a list made, a list edit
        # said verb last, schoolwork, a delivery scheduled, a closing check
        ("buy eggs and send tom the list", items("eggs")),
        ("send Tom the list and buy eggs", items("eggs")),
        ("купи молоко и скинь Тому номер сантехника", items("молоко")),
        ("купи молоко, проверь", items("молоко")),
        ("send Tom the list of what to buy: milk, eggs, bread", INTENT),
        ("send Tom a text reminding him to buy milk", INTENT),
        ("reassign the dishes to Tom", INTENT),
        ("передай задачу с посудой Пете", INTENT),
        ("шланг из хозтоваров убери плиз", INTENT),
        ("make a list for the beach trip", INTENT),
        ("сделай список ремонт", INTENT),
        ("сделай список покупок на неделю", INTENT),
        ("реши задачу по физике для Пети", INTENT),
        ("проверь у Пети домашку", INTENT),
        ("проверь Петину домашку по английскому", INTENT),
        ("write Masha's essay about summer", INTENT),
        ("schedule a walmart pickup for saturday", INTENT),
        ("Маша убралась в детской, проверь", INTENT),
        ("я уже убрал room, check it", INTENT),
    ],
)
def test_asked_of_the_assistant(text: str, expected: Answer) -> None:
    assert answer(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a frame, a member as the doer, a thing sent or a place keeps the household's reading
        ("remind me to send the invoice to Tom", task("Send the invoice to Tom", "u-anna")),
        ("напомни Пете написать учительнице", task("Написать учительнице", "u-petya")),
        ("напомни Пете отправить бабушке фотки", task("Отправить бабушке фотки", "u-petya")),
        ("Tom, send grandma the photos", task("Send grandma the photos", "u-tom")),
        ("Tom, send the parcel to grandma tomorrow", task("Send the parcel to grandma", "u-tom")),
        (
            "send grandma the birthday card on friday",
            task("Send grandma the birthday card", "u-anna"),
        ),
        ("Маша, напиши бабушке письмо", task("Напиши бабушке письмо", "u-masha")),
        (
            "Tom needs to write a letter to his grandma",
            task("Write a letter to his grandma", "u-tom"),
        ),
        ("move the sofa to the living room", task("Move the sofa to the living room", "u-anna")),
        (
            "напомни Пете перенести встречу на пятницу",
            task("Перенести встречу", "u-petya"),
        ),
        (
            "check the tyre pressure on the car",
            task("Check the tyre pressure on the car", "u-anna"),
        ),
        ("make a cake for Lucy's party", task("Make a cake for Lucy's party", "u-anna")),
        ("убери со стола", task("Убери со стола", "u-anna")),
        (
            "remind me to book a Grab to the airport",
            task("Book a Grab to the airport", "u-anna"),
        ),
        ("tell Tom how to cook rice", task("How to cook rice", "u-tom")),
        # the review's findings: a question of what someone can do put to a member, or with
        # a request of its own after it; a member called governs a later deed; a chore
        # verb last; a task's words are no list
        ("Петя, как ты можешь так жить, убери в комнате", task("Убери в комнате", "u-petya")),
        (
            "Маша, что ты можешь приготовить на ужин? купи курицу",
            items("курица"),
        ),
        ("Tom, what can you pick up on the way home? buy bread", items("bread")),
        ("Tom, how could you forget the milk! buy 2 liters on the way home", items("milk")),
        ("напомни Пете, что ты можешь забрать его в 5", task("Забрать его", "u-petya")),
        (
            "Маша, вынеси мусор и скинь мне фотку",
            task("Вынеси мусор и скинь мне фотку", "u-masha"),
        ),
        ("Маша, напиши сочинение", task("Напиши сочинение", "u-masha")),
        ("игрушки из детской убери", task("Игрушки из детской убери", "u-anna")),
        ("Петя, проверь", task("Проверь", "u-petya")),
        (
            "мужу задача полку на балконе прикрутить и лампочку поменять",
            task("Полку на балконе прикрутить и лампочку поменять", "u-anna"),
        ),
        ("скинь в список кофе в зёрнах и овсяное молоко", items("кофе в зернах", "овсяное молоко")),
        (
            (
                "If it isn't too much bother, would you kindly add a big bag of dog food and a"
                " case of sparkling water to the Costco list? Biscuit's bowl is looking rather"
                " empty."
            ),
            items("dog food", "sparkling water"),
        ),
        ("buy milk and eggs, show me", items("milk", "eggs")),
        # a purchase with no channel, or in a shop
        ("buy a phone charger on the way", items("phone charger")),
        ("купи молоко в Пятёрочке", items("молоко")),
        ("закажи 6 бутылок детской воды", items("детская вода")),
        ("можешь купить молоко?", items("молоко")),
        ("а ты можешь купить хлеб", items("хлеб")),
        ("Петя просит купить ему тетради", items("тетрадь")),
    ],
)
def test_household_reading_kept(text: str, expected: Answer) -> None:
    assert answer(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "отправь Пете ссылку на рецепт",
        "forward the pics to grandma",
        "draft a letter to the council about the bins",
        "перенеси уборку на субботу",
        "create a list called party",
        "no need for bread, remove it",
        "do my homework for me",
        "what can you do",
    ],
)
def test_already_unserved(text: str) -> None:
    """Said another way, the family was already clarified; it stays so."""
    assert answer(text) == INTENT
