"""Issue #12, the open world (SPEC §4: the policy acts only on what it understood): texts
that speak to people rather than ask the app for anything (round 38, precision).

Two kinds, both clarified:

* an **advert** pasted or forwarded in (``_adverts``): an offer ("по цене одного", "скидка
  30%", "for the price of", a reward: "получите … в подарок", "get the third free") in the
  shop's voice (the reward, a call: "только сегодня", "при покупке", "buy now", or a Russian
  buying imperative to many: "Купите …"). Its "купите"/"buy" is the shop's, said to every
  customer;
* the speaker's **announcement** (``_stories._announces``): "напоминаю" or "напомню" opening
  its clause, set apart by a mark from what it tells ("Напоминаю, завтра собрание в 18:00"),
  nothing asked after it.

The household's own requests beside them keep their readings: a sale said as the reason to buy
("купи йогурты, там скидка 30%"), a singular imperative with no call, a gift for someone
("купи цветы в подарок маме"), a product named "free" ("get gluten free bread"); a remind verb
asked of the assistant ("напомни …", "remind me …", "поставь напоминание …"), a member told a
chore after the speaker's "напоминаю", an infinitive or a need after it, a product, a
run-out or a chore's noun named after it.

Decided through ``decide()`` against the bilingual default household (members Анна, Петя,
Маша, Tom), by the rules alone (the evidence gate off). Every row of the first two tables acted
before the round; the near misses answer as before. Our own sentences.
"""

from __future__ import annotations

import pytest

from policy_core.testing import full_answer, started_items

ASK_INTENT = ("clarify", ("intent",))


@pytest.mark.parametrize(
    "text",
    [
        "Скидка 20%. Купите три сырка по цене двух",
        "Скидка 25%!Купите две пачки творога по цене одной",
        "Купите 2 торта и получите третий в подарок!",
        "Купите 3 упаковки чая и получите кружку в подарок",
        "Только сегодня: купи 2 кетчупа по цене 1",
        "Только сегодня! Купите 4 мыла по цене 3",
        "Покупайте сыр со скидкой 40%!",
        "Купите 2 бутылки масла и получите скидку 15%",
        "Успейте купить! Печенье по цене 59 рублей",
        "Buy 3 candles and get the fourth free!",
        "Buy now and save 25% on all towels!",
        "Get 30% off when you buy two jars",
        # the deal or the call first, or in the imperative's own clause: the shop's
        "Только сегодня! Купи шампунь, скидка 20%",
        "Купите 2 пиццы и получите третью в подарок!",
        "Buy one pizza, get one free!",
        "Купите молоко Простоквашино! Скидка 20%",
        "Получите кешбэк 10% за покупку кофе",
        "Get 5% cashback when you buy two",
    ],
)
def test_an_advert_asks_the_intent(text: str) -> None:
    assert full_answer(text) == ASK_INTENT


@pytest.mark.parametrize(
    "text",
    [
        "Напоминаю, завтра родительское собрание в 19:00",
        "Напоминаю: в четверг концерт в музыкальной школе",
        "Напоминаю — в субботу субботник во дворе!",
        "Дорогие мои, напоминаю, в воскресенье у дедушки юбилей",
        "Напоминаю, в пятницу у бабушки день рождения",
        "Напомню, завтра экскурсия в 9:00",
        # an event reported after the mark, whatever it names
        "Напомню, в четверг отключат горячую воду",
        "напоминаю, завтра приезжает бабушка",
    ],
)
def test_the_speakers_announcement_asks_the_intent(text: str) -> None:
    assert full_answer(text) == ASK_INTENT


@pytest.mark.parametrize(
    "text",
    [
        # the household's purchase beside a deal
        "купи сырки, там скидка 20%",
        "купи 3 йогурта, они по акции",
        "купи кетчуп, сейчас 2 по цене 1",
        "купи цветы в подарок маме",
        "Купи две пиццы — третья в подарок",
        "buy milk, it's on sale",
        "get gluten free bread",
        "добавь в список кофе, там скидка 30%",
        "Петя, купите с Машей торт по цене 500 рублей",
        # a remind verb asked of the assistant; a deed, a need, a member after "напоминаю"
        "напомни мне завтра про родительское собрание",
        "напомни, завтра родительское собрание в 19:00",
        "remind me to buy candles",
        "поставь напоминание на завтра: собрание в 19:00",
        "Петя, напоминаю, завтра вынести мусор",
        "Напоминаю, Петя, завтра вынеси мусор",
        "Напоминаю, завтра купить хлеб",
        "напоминаю, надо купить хлеб",
        "Напоминаю Пете вынести мусор",
        "напоминаю, в пятницу Маша моет посуду",
        # a product, a run-out or a chore's noun after it
        "напоминаю: хлеб и молоко",
        "напоминаю, молоко кончилось",
        "напоминаю, завтра вынос мусора",
    ],
)
def test_the_households_own_request_still_acts(text: str) -> None:
    assert full_answer(text)[0] == "start_job"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the household's purchase opening the text; the deal or the call past the mark is
        # the reason to buy
        ("купи йогурты, только сегодня скидка 30%", "йогурты"),
        ("возьми шампунь, при покупке двух скидка 20%", "шампунь"),
        ("купи порошок, успей пока скидка 25%", "порошок"),
        ("купи творог, в Магните только до воскресенья скидка 25%", "творог"),
        ("захвати печенье, оно по цене 49 только сегодня", "печенье"),
        ("buy молоко, скидка 20% только сегодня", "молоко"),
        ("buy 2 pizzas, we get the third free", "pizzas"),
        ("get detergent, you get 20% off when you buy two", "detergent"),
        # the plural said to children or members
        ("Дети, купите молоко, там скидка 20%", "молоко"),
        ("Ребята, купите по дороге хлеб, скидка 10% при покупке двух", "хлеб"),
        ("Купите хлеба кто-нибудь, в Пятерочке скидка 15%", "хлеб"),
        # a price after "по цене" is no deal
        ("купите хлеб по дороге, он по цене 30 рублей", "хлеб"),
        ("купи сырки, там скидка 20%", "сырки"),
    ],
)
def test_the_households_purchase_beside_a_deal_acts(text: str, name: str) -> None:
    assert [item[0] for item in started_items(text)] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Напоминаю, что в четверг собрание",  # announced before the round
        "напоминаю.завтра родительское собрание",
        "Buy one get one free on all crisps this week",
        "Order now and get free delivery",
    ],
)
def test_what_asked_the_intent_still_does(text: str) -> None:
    assert full_answer(text) == ASK_INTENT
