"""Issue #12, the open world (SPEC §4): non-requests the rules acted on, by construction, as the
wording corpus's authors wrote them in Russian and mixed language (round 23, precision).

* **a game or a gaming platform** (``OpenWorldWords.game_worlds`` after ``game_world_links``;
  an English one closing its phrase) the command happens in, or a game's goods and currencies
  bought (``game_goods``): "в игре …", "in Minecraft", "робуксы", "v-bucks" (``_unserved``);
  a person added to a game's group ("в друзья", "в лобби", "to the clan":
  ``membership_nouns``);
* **a refusal said back** (``_statements._refuses_outright``): a refusal opener before a mark
  (``refusal_openers``: "ещё чего, …", "ага щас, …"), a mocking "as if I'd run to" before an
  infinitive (``mock_runs``), "do it yourself" (``self_doers``, ``self_reflexives``);
* **a run-out told of a place outside the home or of someone outside it**
  (``_clauses._runs_out_elsewhere``, one rule with tests/test_runouts_elsewhere.py:
  ``TriggerWords.out_of_outside_places`` after ``out_of_place_preps`` in the run-out's own
  clause, the Russian one in the prepositional, any place after ``out_of_place_qualifiers``,
  ``out_of_outsiders`` after ``out_of_holder_links``): "на работе …", "у соседки …", "at
  work"; not when a purchase is asked beside it or the home is said too
  (tests/test_precision_twentythird_fixes.py);
* **recipe steps said to the reader** (``_pasted._polite_steps``): two Russian imperatives of
  the plural (``polite_imperative_endings``), one a recipe's own step (``recipe_lemmas``),
  no member, task frame or list word: "добавьте …, перемешайте";
* **someone's own deed to come, reported with a time** (``_unserved._reported_deed``,
  ``_reported_predicate``: ``plan_report_times`` skipped after "что" and after the doer):
  "сказала, что вечером купит …", "обещал, что сам завтра купит …";
* **something sent to a messenger** (``_unserved._sent_to_a_messenger``: ``messengers`` after
  ``messenger_links``, a Russian one not in the prepositional): "… в телеграм", "… в чат",
  "on WhatsApp";
* **an order asked through an online shop by an infinitive** (``_unserved._orders_through``:
  ``order_requests`` right before the order verb): "прошу заказать … на Озоне";
* **a reply to a quoted message** (``_pasted._remarks_on_a_quote``): "> …" lines and a
  Russian reply that tells a deed done, asks back or refuses a need and asks nothing itself.

Decided through ``decide()`` against the bilingual default household by the rules alone (the
evidence gate off); none is a corpus or golden sentence. Every asked row acted before these
rules; the kept rows are near misses whose answer must not change.
"""

from __future__ import annotations

from typing import Any

import pytest

from policy_core.testing import (
    ASKS_WHAT_IS_MEANT,
    RULES_ALONE,
    answer_to,
    shopping_answer,
    task_answer,
)


@pytest.mark.parametrize(
    "text",
    [
        # a game's goods, a game or a platform the command happens in
        "купи мне робуксы на 800",
        "купи сыну вбаксы",
        "buy me 1000 robux",
        "get Jack some v-bucks",
        "купи скин на нож",
        "в игре у меня кончились патроны",
        "I ran out of wood in minecraft",
        "в роблоксе мне нужно купить меч",
        # a person added to a game's group
        "добавь меня в друзья",
        "добавь Машу в лобби",
        "add me to the clan",
        # a refusal said back
        "ещё чего, сам купи себе чипсы",
        "разбежался я убирать твою комнату",
        "ну ладно, сама купи",
        # a run-out of a place outside the home or of someone outside it
        "на работе опять кончился чай",
        "в школе закончился мел, учительница жаловалась",
        "у соседки закончилась соль, она заходила",
        "на рабочей кухне кончился сахар",
        "our neighbours ran out of firewood",
        # recipe steps said to the reader
        "добавьте сахар и взбейте до пиков",
        "добавьте 2 яйца и перемешайте",
        "накройте крышкой и добавьте зелень",
        "всыпьте рис, добавьте воду и тушите 20 минут",
        "добавьте томатную пасту и обжарьте ещё минуту",
        # someone's own deed to come, reported with a time
        "бабушка сказала, что вечером купит творог",
        "дедушка сказал, что утром купит газеты",
        "Оля пишет, что сегодня возьмёт сметану",
        "папа обещал, что сам завтра купит батарейки",
        "мама сказала, что потом закажет воду",
        # something sent to a messenger
        "закинь фотку чека в чат",
        "send the shopping list to mum on whatsapp",
        "кинь ссылку на семейный чат",
        # an order asked through an online shop by an infinitive
        "прошу заказать подгузники на Вайлдберриз",
        "можешь заказать корм коту на Озоне?",
        "мама просит заказать ей витамины в Самокате",
        # a reply to a quoted message
        "> купи сметаны\nуже купил, в холодильнике",
        "> добавь яйца\nзачем, там ещё десяток",
        "> вынеси мусор\nпочему всегда я",
        "> купи сметаны\nа я утром брал, там ещё есть",
    ],
)
def test_a_non_request_asks(text: str) -> None:
    assert answer_to(text, RULES_ALONE) == ASKS_WHAT_IS_MEANT


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Надо купить колу и чипсы на пати", shopping_answer("кола", "чипсы")),
        ("купи Пете новую игру", shopping_answer("новая игра")),
        ("buy chips for game night", shopping_answer("chips")),
        ("сам купи молоко и хлеб", shopping_answer("молоко", "хлеб")),
        ("Маша, сама убери свои игрушки", task_answer("Сама убери свои игрушки", "u-masha")),
        ("ещё чего-нибудь купи к чаю", ("clarify", ("item.name",))),
        ("на кухне закончилась соль", shopping_answer("соль")),
        ("в ванной кончилось мыло", shopping_answer("мыло")),
        ("кофе на работу закончился", shopping_answer("кофе")),
        ("офисная бумага закончилась", shopping_answer("офисная бумага")),
        ("у соседки кончилась соль, купи ей соль", shopping_answer("соль")),
        ("на работе кончился кофе, надо купить", shopping_answer("кофе")),
        ("the office is out of milk so grab some for home", shopping_answer("milk")),
        ("we're out of coffee at the office, add it to the list", shopping_answer("coffee")),
        ("Добавьте, пожалуйста, молоко в список", shopping_answer("молоко")),
        ("добавьте в покупки муку и яйца", shopping_answer("мука", "яйца")),
        ("добавьте в список муку и перемешайте", shopping_answer("мука")),
        ("купите муку и растопите масло", shopping_answer("мука")),
        ("Дима сказал завтра купить молоко", shopping_answer("молоко")),
        ("Петя сказал, что завтра надо купить хлеб", shopping_answer("хлеб")),
        ("купи то, что Оля скинула в чат", ("clarify", ("item.name",))),
        ("надо заказать на Озоне подгузники", shopping_answer("подгузники")),
        ("прошу заказать воду", shopping_answer("вода")),
        ("можешь заказать подгузники?", shopping_answer("подгузники")),
        ("скинь в продукты маслины без косточек", shopping_answer("маслины без косточек")),
        (
            "напомни мне в пятницу скинуть фото в чат",
            task_answer("Скинуть фото в чат", "u-anna"),
        ),
        ("> молоко закончилось\nдобавь три пачки", shopping_answer("молоко")),
        ("> купи хлеба\nи сметану тоже купи", shopping_answer("хлеб", "сметана")),
        ("> надо помыть окна\nпусть Маша, в субботу", task_answer("Помыть окна", "u-masha")),
        ("> кто купит хлеб?\nбот, добавь хлеб", shopping_answer("хлеб")),
    ],
)
def test_a_near_miss_keeps_its_answer(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text, RULES_ALONE) == answer


def test_a_request_after_a_reported_plan_is_read_alone() -> None:
    # the reported deed is the sayer's; the request after it is the listener's (it bought the
    # cake before the time was skipped)
    text = "мама сказала что завтра купит торт, а ты купи свечи"
    assert answer_to(text, RULES_ALONE) == shopping_answer("свечи")
