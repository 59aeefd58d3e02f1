"""Issue #12, round 26 (precision): notices, alerts and work notes acted on as requests.

- a notice signed by a body that writes to many: the text's last sentence, after another
  one, is the body's name alone past an article or a possessive ("…. Родкомитет", "….
  Правление ТСЖ", "…\\nThe PTA"; ``OpenWorldWords.signature_bodies``, ``signature_skips``,
  ``signature_tails``): clarify ``["intent"]`` (``_notices._signed_by_a_body``); the body
  with a noun or a verb ("HOA rules", "Правление просило") gives a reason; a buying verb or
  a singular Russian imperative asked of one ("купи …. Родкомитет", "Постирай шторы.
  Правление"), the body as a subject ("Родкомитет просит купить …") still act; an
  imperative to many ("перчатки берите свои") is the notice's own;
- a notice's call to many readers: volunteers or donations asked for, donations ranked, a
  collection, thanks to neighbours or families, a notice to all of them ("volunteers needed",
  "Donations needed", "Most needed:", "Thank you families!", "Reminder to all residents",
  "нужны волонтёры", "Сбор вещей …", "Спасибо, соседи!"; ``OpenWorldWords.call_phrases``):
  clarify ``["intent"]``; a buying verb or a singular Russian imperative beside it acts;
  "we need volunteers" said to a member, "thank you, buy milk" keep their readings;
- an appliance's alert or a notification heading the text ("Washer alert: …", "Dishwasher
  notification: …", "Уведомление: …"; ``source_labels``): clarify ``["intent"]``; "alert Tom
  that …" (a verb), "… the low alert is on" after a request still read as before;
- office work as the deed of a need ("need to finish the quarterly report", "нужно доделать
  презентацию", "prepare a summary …"; ``work_nouns``): the speaker's own job, clarify
  ``["intent"]`` (``_clauses._own_office_work``); a member named ("need to print Tom's report
  for school", "нужно распечатать Пете доклад"), a household chore needed, a verb of handwork
  ("mop the deck": ``handwork_verbs``), a noun naming a household thing too
  (``ambiguous_work_nouns``: "the bug in the kitchen"), work for a school or a tradesperson
  (``household_work_owners``: "my science report", "for the electrician") still act;
- a heading before ":" with a list word and a class named by its grade ("Year 5 supply list:
  …", "Kindergarten class 2 list: …"; ``OpenWorldWords.class_words``): the school's list for
  a class, clarify ``["intent"]`` (``_notices._class_list_headed``); an adding or buying verb,
  a household list named, a class that is no grade ("2 class picnics") still act;
- a school's dress-up day, what is worn joined to the day's head ("Thursday is crazy sock
  day", "в четверг день пижам"; ``day_heads``, ``dress_day_words``, ``dress_day_links``):
  clarify ``["intent"]`` (``_notices._dress_day``); a date ("the day after tomorrow"), a
  buying verb, a need or a chore asked of one beside it, a household's own day ("Tuesday is
  bin day") read as before;
- a sender's own verb of informing in the first person plural ("напоминаем", "сообщаем";
  ``OpenWorldWords.sender_voice_verbs``) makes a member it names the notice's subject, not a
  doer ("Ветклиника: напоминаем о прививке Маши …"): clarify ``["intent"]``
  (``_notices._sender_voiced``); a member addressed in the dative ("напоминаем Пете: вынести
  мусор"), an imperative asked of one or a duty set on a member ("Петя должен убрать …")
  still act;
- an adding verb as a Russian short participle ("Вы записаны на стрижку …") tells a notice's
  status, no request to add (``_notices.is_notice``): clarify ``["intent"]``; "запишите
  молоко в список" still adds;
- a status, then "можно" and, a word between at most, a verb of collecting ("анализы готовы, можно забрать";
  ``OpenWorldWords.collect_verbs``): a result ready, clarify ``["intent"]``
  (``_notices._ready_to_collect``); an imperative to one or a need word still asks it done;
- a shift's handover ("Shift handover: …", "Передача смены: …"; ``call_phrases``) and clinical
  work as office work (``work_nouns`` gain "vitals", "CBC", "BMP"): clarify ``["intent"]``; a
  buying verb asked of one beside any of the calls ("…, купи хлеба") still buys.

Every row is decided through ``decide()`` against the bilingual test household
(``policy_core.testing``); none is a golden or corpus sentence.
"""

from __future__ import annotations

from typing import Any

import pytest

from policy_core.testing import answer_to, shopping_answer, task_answer

_ASKS = ("clarify", ("intent",))


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # a body's signature closes the notice; its infinitive or plural imperative asks many
        ("В субботу ярмарка. Принести выпечку и чай. Ваш родкомитет", _ASKS),
        ("Собрание в среду в 19:00. Принести паспорт. Правление ТСЖ", _ASKS),
        ("Ремонт подъезда с понедельника. Убрать велосипеды с площадки. Совет дома", _ASKS),
        ("В четверг уборка двора. Взять перчатки и мешки. Родкомитет", _ASKS),
        ("Ярмарка в пятницу, выпечку берите с собой. Оргкомитет", _ASKS),
        ("Picnic Saturday at noon. Bring a dish to share. The PTA", _ASKS),
        ("Car wash fundraiser Sunday 9-1 in the church lot. Bring towels!\nThe PTA", _ASKS),
        ("Clean-up day on the 12th. Bring gloves and rakes. Your HOA committee", _ASKS),
        # still requests: a buying verb asked of one, the body as the subject of a request
        # a reason after a request is no signature: the body with a noun or a verb
        ("Polish the car this weekend. HOA rules.", task_answer("Polish the car", "u-anna")),
        ("Постирай шторы до субботы. Совет дня", task_answer("Постирай шторы", "u-anna")),
        (
            "Отвези коробки в гараж. Правление просило",
            task_answer("Отвези коробки в гараж", "u-anna"),
        ),
        # a singular Russian imperative asks one member, not the notice's readers
        ("Постирай шторы до субботы. Правление", task_answer("Постирай шторы", "u-anna")),
        ("Родкомитет просит купить перчатки", shopping_answer("перчатки")),
        ("к субботнику купи перчатки", shopping_answer("перчатки")),
    ],
)
def test_a_notice_signed_by_a_body_asks(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # volunteers asked for, donations ranked, thanks to many
        ("Coat drive this week, volunteers wanted to sort donations", _ASKS),
        ("Pantry collection: most needed: rice, pasta, canned beans", _ASKS),
        ("Toy drive until Friday, bring new toys to the lobby. Thank you, residents!", _ASKS),
        ("Уборка сквера в субботу, требуются добровольцы, принести грабли", _ASKS),
        ("Сбор вещей для приюта до пятницы, принести тёплые вещи. Спасибо, соседи!", _ASKS),
        # donations asked for, a collection for many, a notice to all its readers
        ("Donations needed for the shelter: towels, dog food, blankets", _ASKS),
        ("Reminder to all tenants: parking lot closed Monday, move cars by 8", _ASKS),
        ("Сбор помощи для приюта: нужны корм, пелёнки, миски", _ASKS),
        # still read as before: thanks to the listener, a need said to a member
        ("thank you, buy milk", shopping_answer("milk")),
        ("Спасибо, соседи! Вынеси коробки", task_answer("Вынеси коробки", "u-anna")),
        ("Благодарим за терпение! Вынеси коробки", task_answer("Вынеси коробки", "u-anna")),
        ("donations needed, buy some towels", shopping_answer("towels")),
        ("Сбор помощи для приюта, купи корм", shopping_answer("корм")),
    ],
)
def test_a_call_to_many_readers_asks(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # an appliance's alert or a notification heading the text
        ("Dryer alert: empty the lint trap", _ASKS),
        ("Oven alert: clean the oven filter", _ASKS),
        ("Freezer warning: door left open", _ASKS),
        ("Dishwasher notification: rinse aid low", _ASKS),
        ("Холодильник уведомление: заменить фильтр для воды", _ASKS),
        # still read as before: an alerting verb, an alert told after a request
        ("add dishwasher rinse aid, the low alert is on", shopping_answer("dishwasher rinse aid")),
    ],
)
def test_an_appliance_alert_asks(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # office work as the deed of a need, no member named
        ("need to finish the quarterly report by Friday", _ASKS),
        ("need to send the client the invoice tonight", _ASKS),
        ("нужно доделать презентацию к утру, не звоните", _ASKS),
        ("prepare a summary of the water bills for the year", _ASKS),
        ("подготовь сводку по продажам за квартал", _ASKS),
        # still tasks: a household chore needed, a member named with the work
        ("need to clean the garage by Sunday", task_answer("Clean the garage", "u-anna")),
        ("нужно убрать балкон к пятнице", task_answer("Убрать балкон", "u-anna")),
        (
            "need to print Tom's report for school",
            task_answer("Print Tom's report for school", "u-anna"),
        ),
        (
            "нужно распечатать Пете доклад к уроку",
            task_answer("Распечатать Пете доклад к уроку", "u-anna"),
        ),
        # a verb of handwork, a noun that names a household thing too, work for a school, a
        # home or a tradesperson: the household's own task
        ("need to mop the deck tomorrow", task_answer("Mop the deck", "u-anna")),
        ("need to fix the bug in the kitchen", task_answer("Fix the bug in the kitchen", "u-anna")),
        (
            "need to print the invoice for the electrician",
            task_answer("Print the invoice for the electrician", "u-anna"),
        ),
        (
            "need to finish my science report by Monday",
            task_answer("Finish my science report", "u-anna"),
        ),
        (
            "нужно подготовить доклад для урока",
            task_answer("Подготовить доклад для урока", "u-anna"),
        ),
        ("нужно помыть слайд во дворе", task_answer("Помыть слайд во дворе", "u-anna")),
        (
            "Tom needs to finish his presentation tonight, remind him",
            task_answer("Finish his presentation", "u-tom"),
        ),
        ("напоминание Пете: вынести мусор", task_answer("Вынести мусор", "u-petya")),
    ],
)
def test_office_work_needed_asks(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # a heading before ":" with a list word and a class named by its grade
        ("Year 5 supply list: 2 glue sticks, 1 box of tissues", _ASKS),
        ("Kindergarten class 2 list: wipes, tissues, glue", _ASKS),
        # asked before this round too (a list heading's other readings), unchanged
        ("Supply list grade 2: 12 pencils, 2 erasers, 1 ruler", _ASKS),
        ("Список для 2А класса: 10 тетрадей, 2 ручки, линейка", _ASKS),
        # still requests: a list with no class, an adding or buying verb
        ("shopping list: milk, eggs", shopping_answer("milk", "eggs")),
        ("Supply list grade 3: add pencils", shopping_answer("pencils")),
    ],
)
def test_a_class_list_heading_asks(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # a school's dress-up day: what is worn within two words of the day's head
        ("Reminder: Thursday is crazy sock day", _ASKS),
        ("Friday is non-uniform day, bring a gold coin", _ASKS),
        ("Reminder: Wednesday is hat day, Thursday is costume day", _ASKS),
        ("Напоминание: в четверг день пижам", _ASKS),
        # asked before this round too (a possibility told), unchanged
        ("В среду день без формы, можно прийти в джинсах", _ASKS),
        # still requests: a buying verb or a need beside the day, a household day
        ("buy pajamas for pajama day", shopping_answer("pajamas")),
        ("we need a hat for hat day", shopping_answer("hat")),
        ("Tom needs a hat for hat day", shopping_answer("hat")),
        ("нужна пижама на день пижам", shopping_answer("пижама")),
        ("Reminder: Tuesday is bin day", task_answer("Bin day", "u-anna")),
        # a date with "day" names no dress-up day; a chore asked beside a dress-up day
        ("Wash the hats the day after tomorrow", task_answer("Wash the hats", "u-anna")),
        (
            "Iron the costume the day before the show",
            task_answer("Iron the costume the day before the show", "u-anna"),
        ),
        ("clean the hats, monday is hat day", task_answer("Clean the hats", "u-anna")),
        (
            "Погладь костюм, в среду день костюмов",
            task_answer("Погладь костюм, день костюмов", "u-anna"),
        ),
    ],
)
def test_a_dress_up_day_asks(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # a sender's own "напоминаем"/"сообщаем": a member named is the notice's subject
        ("Ветклиника: напоминаем о прививке Маши 12.03 в 11:00. Не забудьте паспорт", _ASKS),
        (
            "Поликлиника: напоминаем о записи Петя 13.03 11:00 к педиатру. Не забудьте сменную обувь.",
            _ASKS,
        ),
        # asked before this round too (a duty told in the future), unchanged
        ("Школа №5: сообщаем, что Петя завтра дежурит по классу", _ASKS),
        # still tasks: a member addressed in the dative, the assistant asked to remind
        ("напоминаем Пете: вынести мусор", task_answer("Вынести мусор", "u-petya")),
        ("сообщаем Маше, что надо помыть посуду", task_answer("Помыть посуду", "u-masha")),
        ("напомни Пете вынести мусор", task_answer("Вынести мусор", "u-petya")),
        # a duty set on a member: an obligation right before an infinitive
        (
            "Сообщаем: Петя должен убрать комнату в субботу",
            task_answer("Убрать комнату", "u-petya"),
        ),
    ],
)
def test_a_senders_voice_names_a_member_as_its_subject(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # an adding verb as a short participle tells a status in a notice, it adds nothing
        ("Уважаемый клиент! Вы записаны на стрижку 14.03 в 12:00. Для отмены позвоните нам", _ASKS),
        # still requests: the adding verb asked, beside a notice's greeting too
        ("Уважаемый клиент, запишите молоко в список", shopping_answer("молоко")),
        ("запиши молоко в список", shopping_answer("молоко")),
    ],
)
def test_a_notices_short_participle_adds_nothing(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # a status, then "можно" and a verb of collecting: a result ready, asked of nobody
        ("результаты анализов готовы, можно забрать с 9 до 12", _ASKS),
        ("заказ собран, можно получить в пункте выдачи", _ASKS),
        # a word between "можно" and the verb, an imperfective verb of collecting
        ("посылка доставлена, можно будет получить после обеда", _ASKS),
        ("очки готовы, можно забирать с понедельника", _ASKS),
        # still tasks: the collecting asked by an imperative or a need
        ("анализы готовы, Петя, забери", task_answer("Забери", "u-petya")),
        ("анализы готовы, надо забрать в среду", task_answer("Забрать", "u-anna")),
    ],
)
def test_a_result_ready_to_collect_asks(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # a shift's handover and clinical work for the next worker
        ("Shift handover: bed 3 needs a dressing change, recheck vitals at 6", _ASKS),
        ("Передача смены: 2 палата, Сидоров, утром сдать кровь", _ASKS),
        ("check vitals on bed 4 and draw a CBC", _ASKS),
        # still requests: a buying verb asked of one beside a notice's call
        ("volunteers needed Saturday, buy some gloves for us", shopping_answer("gloves")),
        ("Спасибо, соседи! Купи молока", shopping_answer("молоко")),
        ("сдача смены в 8, купи хлеба", shopping_answer("хлеб")),
        (
            "hang the washing and then the bedsheets",
            task_answer("Hang the washing and then the bedsheets", "u-anna"),
        ),
    ],
)
def test_a_shift_handover_asks(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text) == answer


@pytest.mark.parametrize(
    ("text", "products"),
    [
        # a body or a class after a buying verb asked of one: the request acts with its
        # products (the body's or the class's name is still read as an item too: left open)
        ("купи перчатки. Родкомитет", ("перчатки",)),
        ("Buy gloves. The PTA", ("gloves",)),
        ("купи в 2 класс: тетради, ручки", ("тетрадь", "ручки")),
    ],
)
def test_a_buying_verb_asked_of_one_beside_a_signature_buys(
    text: str, products: tuple[str, ...]
) -> None:
    action, items, tasks = answer_to(text)
    assert (action, tasks) == ("start_job", ())
    assert set(products) <= set(items)


@pytest.mark.parametrize(
    "text",
    [
        # a class that is no grade ("2 class picnics"), a household list named in the heading
        "Costco list for 2 class picnics: juice, crackers",
        "Costco list grade 3: juice, crackers",
    ],
)
def test_a_heading_with_a_household_list_or_no_grade_buys(text: str) -> None:
    action, items, tasks = answer_to(text)
    assert (action, tasks) == ("start_job", ())
    assert {"juice", "crackers"} <= set(items)
