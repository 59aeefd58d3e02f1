"""Issue #12, round 35 (the wording corpus, recall from many authors): a need or a run-out
told plainly, which is a request to buy (the corpus and golden convention: a bare report that
a product ran out is a request, "Петя говорит зубная паста кончилась", "we're out of Calpol
sachets"; a story around it is not).

Read only when the text as a whole was read as nothing (``_runouts_told.run_out_told``,
``wanted``), the report alone past openers, a teller and a verb of saying, before a place of
the home and closing words: a word of absence before the product or, in Russian, after it
("no more bread", "no ice left in the freezer", "хлеба нет", "нет больше влажных салфеток");
a state after it ("eggs are gone", "Cat food has run out", "shampoo's out"; never of a
dish, "finished" only after a link, "out" and "finished" with no verb only of a consumable or
a good of the household, as round 22 read food so told: "butter is finished" asks); a member's or kin's want of products ("Jack wants
bananas", each item a known product or measured). A purchase said by its noun in an
official's words (``purchase_by_noun``: "Требуется закупка картофеля в объёме 3 кг"); a
Russian need said last, closing words after it ("таблетки для посудомойки нужны",
"dishwasher tablets нужны срочно"; ``_spoken_lists.need_said_last``); a run-out's verb
typed one edit wrong at the text's edge ("зактнчился шампунь"; ``TriggerWords.head_spellings``).

Decided through ``decide()`` against the bilingual default household, by the rules alone;
the sentences are written for this module (a few from the family's brief). Every row of the
first table answers otherwise before the round; the second table's rows are near misses
whose answer must stay: stories, questions, run-outs of what no shop sells, plans to fix it
oneself, someone else's stock, a deed or a person wanted. Its rows of a period or an event
ended ("фильм закончился", "Кончилось лето"; ``_clauses._period_ended``,
``TriggerWords.ended_periods``) were bought before the review of this round and now ask.
"""

from __future__ import annotations

from typing import Any

import pytest

from policy_core.testing import full_answer

G = "l-groceries"
NOT_UNDERSTOOD = ("clarify", ("intent",))


def _bought(*items: tuple[str, str | None, str | None]) -> tuple[Any, ...]:
    return ("start_job", tuple((name, qty, unit, G) for name, qty, unit in items), ())


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # a word of absence, English
        ("no more rice", _bought(("rice", None, None))),
        ("No more oat milk in the fridge.", _bought(("oat milk", None, None))),
        ("we've got no teabags left", _bought(("teabags", None, None))),
        ("there's no more shampoo in the kids' bathroom", _bought(("shampoo", None, None))),
        ("alexa, no more sponges under the sink", _bought(("sponges", None, None))),
        ("no butter left at home", _bought(("butter", None, None))),
        # a word of absence, Russian, before or after the product
        ("хлеба нет", _bought(("хлеб", None, None))),
        ("у нас нет больше яиц", _bought(("яйца", None, None))),
        ("нету больше сыра вообще", _bought(("сыр", None, None))),
        ("сметаны больше нет", _bought(("сметана", None, None))),
        ("нет больше влажных салфеток", _bought(("влажные салфетки", None, None))),
        ("туалетной бумаги нет совсем, срочно", _bought(("туалетная бумага", None, None))),
        ("нет соли для посудомойки", _bought(("соль для посудомойки", None, None))),
        ("всё, гречки нет", _bought(("гречка", None, None))),
        ("кофе нет. совсем.", _bought(("кофе", None, None))),
        # a state after the product
        ("eggs are gone", _bought(("eggs", None, None))),
        ("the peanut butter's all gone", _bought(("peanut butter", None, None))),
        ("Cat food has run out", _bought(("cat food", None, None))),
        ("hamster food ran out", _bought(("hamster food", None, None))),
        ("the hand soap in the bathroom ran out", _bought(("hand soap", None, None))),
        ("toilet paper is out in the downstairs loo help", _bought(("toilet paper", None, None))),
        ("shampoo's out again", _bought(("shampoo", None, None))),
        ("the dish soap is finished", _bought(("dish soap", None, None))),
        ("laundry pods are out", _bought(("laundry pods", None, None))),
        ("the milk's all gone", _bought(("milk", None, None))),
        ("сметана is gone", _bought(("сметана", None, None))),
        # told by a member or kin
        ("Alex says we've got no bread left", _bought(("bread", None, None))),
        ("dad says there's no more loo roll", _bought(("loo roll", None, None))),
        ("grandad says his denture tablets ran out", _bought(("denture tablets", None, None))),
        ("Lucy says the ketchup's run out", _bought(("ketchup", None, None))),
        ("Олег говорит нет больше пакетов для мусора", _bought(("пакеты для мусора", None, None))),
        ("мама говорит, что у нас нет больше сахара", _bought(("сахар", None, None))),
        # a want relayed
        ("Jack wants bananas", _bought(("bananas", None, None))),
        ("gran wants biscuits", _bought(("biscuits", None, None))),
        (
            "grandma wants a dozen eggs and a pint of double cream",
            _bought(("eggs", "12", None), ("double cream", "1", "pint")),
        ),
        ("Tom wants a bag of apples, the red ones", _bought(("apples", "1", "bag"))),
        # a purchase said by its noun
        ("Требуется закупка картофеля в объёме 3 кг", _bought(("картофель", "3", "kg"))),
        ("Необходима закупка молока", _bought(("молоко", None, None))),
        (
            "Прошу обеспечить закупку продуктов для пирога: яблоки 1 кг, мука, сахар",
            _bought(("яблоки", "1", "kg"), ("мука", None, None), ("сахар", None, None)),
        ),
        ("Необходимо обеспечить наличие молока", _bought(("молоко", None, None))),
        # a need said last, closing words after it
        ("dishwasher tablets нужны срочно", _bought(("dishwasher tablets", None, None))),
        ("таблетки для посудомойки нужны", _bought(("таблетки для посудомойки", None, None))),
        ("kitchen roll needed urgently", _bought(("kitchen roll", None, None))),
        # the review's sentences: "ни … ни …", a place first, a Russian "нет" of an English
        # product, "over", "running low", "на исходе", a Russian member's want
        ("у нас нет ни хлеба ни молока", _bought(("хлеб", None, None), ("молоко", None, None))),
        ("в холодильнике молока нет", _bought(("молоко", None, None))),
        ("нет cat litter", _bought(("cat litter", None, None))),
        ("The bread is gone", _bought(("bread", None, None))),
        ("Rice is over", _bought(("rice", None, None))),
        ("dog food is running low", _bought(("dog food", None, None))),
        ("Кофе на исходе", _bought(("кофе", None, None))),
        ("Петя хочет йогурт", _bought(("йогурт", None, None))),
        # a run-out's verb typed one edit wrong
        ("зактнчился шампунь", _bought(("шампунь", None, None))),
        ("кончилсь соль", _bought(("соль", None, None))),
    ],
)
def test_a_need_or_runout_told_plainly_buys(text: str, answer: tuple[Any, ...]) -> None:
    assert full_answer(text) == answer


@pytest.mark.parametrize(
    "text",
    [
        # stories, questions, comments, plans to fix it oneself
        "на прошлой неделе яйца кончились прямо посреди заказа",
        "молоко ещё есть или кончилось?",
        "хлеба нет?",
        "кимчи закончилось, в субботу сама заквашу",
        "кофе нет, я уже купила",
        "eggs are gone, I'll get some",
        "the eggs are gone already, I bought more",
        "the milk is almost gone",
        "milk's gone off",
        "dad says the milk's gone off",
        "mum says no more sweets",
        "the dentist says no more sugar",
        "no more tea, thanks",
        # what no shop sells, a supply, a person, a place
        "no more time",
        "no more cold showers",
        "no more excuses",
        "patience is gone",
        "the battery is gone",
        "времени нет",
        "денег нет",
        "нет сил",
        "воды нет",
        "горячей воды нет",
        "Маши нет дома",
        "Tom's gone",
        "the kids are out",
        "mum is out",
        "the trash is out",
        # food with "out" or "finished" and no verb: served or eaten (the round-22 convention)
        "milk is finished",
        "cereal's out again",
        "масло out again",
        "butter is finished",
        "the soup has run out",
        "milk gone 😭",
        # someone else's stock, a dish of the oven or the table, a machine
        "в магазине хлеба нет",
        "хлеба в магазине нет",
        "у соседей нет соли",
        "my coffee is gone",
        "the cake is out",
        "the chicken is finished",
        "the dishwasher finished",
        # a bare absence may be a correction
        "no milk",
        "no sugar",
        # a deed, a person, a day, a dish or no product wanted
        "Kate wants the bathroom cleaned before sunday",
        "grandpa wants to know when the dentist is",
        "Tom wants pizza tonight",
        "Jack wants pancakes",
        "Jack wants a dog",
        "Tom wants a divorce",
        "Jack wants attention",
        "Jack wants ice cream?",
        # a purchase noun told, not asked; one of no shop
        "закупка молока",
        "в прошлом месяце закупка молока обошлась дорого",
        "требуется покупка машины",
        "обеспечить наличие детей в школе",
        # a period or an event ended, no shortage
        "фильм закончился",
        "Кончилось лето",
        "у Пети кончились каникулы",
        "Закончилась гарантия на холодильник",
        "the party is over",
        "the battery is running low",
        "терпение на исходе",
        "Маша хочет собаку",
        "Маша хочет в кино",
        # a Russian need said last of no product
        "новый директор нужен срочно",
        "справка нужна срочно",
        "подпись твоя нужна",
        "водитель нужен",
        # a Russian need said last of no list
        "посудомойка пищит, что ей надо",
        "яйца домашние 120 рублей десяток, кому надо",
        "помощь нужна",
        "мне это не нужно",
    ],
)
def test_near_misses_stay_unread(text: str) -> None:
    assert full_answer(text) == NOT_UNDERSTOOD
