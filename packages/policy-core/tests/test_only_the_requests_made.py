"""Issue #12, round 30: one request, and only the requests that were made. A reason, a
remark, a greeting or the speaker's own plan said beside a request is no second request,
and a request said beside a part the platform does not serve is served (SPEC §4 row 7, "The
open world"). Each asked row failed on the round's start; the kept rows are near misses
whose answer must not change.

- An infinitive a past verb governs is told, not asked (``_clauses._told_infinitive``):
  "врач рекомендовал Пете пить больше", "раз кое-кто «не успел» заехать в аптеку"; an order
  relayed ("мама сказала Пете убрать комнату"), a past with "бы", a need in the past ("надо
  было сдать") and a deed taken up by a pronoun later ("…, напомни ему") keep their reading.
- An apology to the one asked ("простите, что беспокою", "извините, что поздно") is no
  deed (``TriggerWords.non_task_verbs``).
- The speaker's own plan after a when ("on my day off I'll do costco, add …") is theirs to
  do (``_unserved.after_own_plan``, ``OpenWorldWords.own_plan_when_leads``).
- "Видите ли, …", "Я, знаете ли, …" are asides, no question (``aside_particle_heads``).
- "я хотела бы попросить вас добавить …" asks the listener, as "прошу вас добавить …" does
  (``TriggerWords.asked_listeners``).
- "отметьте для Пети: …", "отметьте, что Маше нужно …" note a deed, no list edit
  (``note_beneficiaries``, ``note_complementisers`` before a need).
- A letter asking in the imperative to put things on the list is read without its closing
  (``_pasted.letter_request``: "… С уважением, Галина Петровна", "… Love, Sarah").
- After a question, a request with its object said first ("…? И молоко добавь") and a
  reminder of a person named who is no member ("… и напомни Ване …") are requests.

Decided through ``decide()`` against the bilingual default household, by the rules alone
(the evidence gate off).
"""

from __future__ import annotations

from typing import Any

import pytest

from policy_core.testing import (
    ASKS_WHAT_IS_MEANT,
    RULES_ALONE,
    answer_to,
    full_answer,
    shopping_answer,
    task_answer,
)

ACTED = [
    # a reason told after a purchase: no task of its own
    (
        (
            "Будьте добры, внесите в продукты шесть бутылок минеральной воды без газа — врач "
            "настоятельно рекомендовал Пете пить больше."
        ),
        shopping_answer("минеральная вода без газа"),
    ),
    (
        "добавь детский нурофен, раз у нас кое-кто «не успел» заехать в аптеку",
        shopping_answer("детский нурофен"),
    ),
    ("купи хлеб, Петя не успел заехать в магазин", shopping_answer("хлеб")),
    # the speaker's own plan after a when
    (
        (
            "on my day off I'll do costco, add paper towels, 2 bags of frozen berries and a big "
            "tub of greek yogurt"
        ),
        shopping_answer("paper towels", "frozen berries", "greek yogurt"),
    ),
    ("after work I'll grab milk, you get bread please", shopping_answer("bread")),
    # an apology to the one asked
    (
        (
            "Анна Сергеевна, простите, что беспокою. Будьте любезны, внесите в продукты два "
            "рулончика бумажных полотенец и мешки для мусора, а то я у вас в субботу заметила, "
            "что всё на исходе."
        ),
        shopping_answer("бумажные полотенца", "мешки для мусора"),
    ),
    ("Маша, извините, что поздно, купите хлеба", shopping_answer("хлеб")),
    (
        "Анна, простите за беспокойство, напомните Пете вынести мусор",
        task_answer("Вынести мусор", "u-petya"),
    ),
    # an aside with "ли", the listener asked
    (
        (
            "Видите ли, внуки (а их у меня, слава богу, трое) приезжают на каникулы, и я хотела "
            "бы попросить вас добавить в список три литра кефира, две упаковки овсяного печенья "
            "и, пожалуй, банку малинового варенья."
        ),
        shopping_answer("кефир", "овсяное печенье", "малиновое варенье"),
    ),
    ("Видите ли, молоко кончилось", shopping_answer("молоко")),
    ("я хотела бы попросить вас добавить в список кефир", shopping_answer("кефир")),
    ("Маша, хочу попросить тебя купить хлеб", shopping_answer("хлеб")),
    # a note of a deed for someone
    (
        (
            "Я, знаете ли, сорок лет проработала в школе и привыкла всё записывать, поэтому прошу "
            "вас: отметьте, пожалуйста, что Маше к понедельнику нужно выучить стихотворение "
            "Пушкина (она, бедняжка, всё откладывает)."
        ),
        task_answer("Выучить стихотворение Пушкина", "u-masha"),
    ),
    (
        (
            "Не сочтите за труд, отметьте для Пети: 12 марта сдать библиотечные книги, иначе, "
            "боюсь, опять придётся платить штраф."
        ),
        task_answer("Сдать библиотечные книги", "u-petya"),
    ),
    # a letter asking to put things on the list
    (
        (
            "Анечка, доброе утро! Не сочтите за труд, добавьте, пожалуйста, в список аптечную "
            "ромашку и укропную водичку. С уважением, Галина Петровна"
        ),
        shopping_answer("аптечная ромашка", "укропная водичка"),
    ),
    ("Добавьте в список молоко. Целую, Маша", shopping_answer("молоко")),
    ("Add milk to the shopping list. Cheers, Tom", shopping_answer("milk")),
    # a request beside a part not served
    ("Какая погода будет завтра в Екатеринбурге? И молоко добавь", shopping_answer("молоко")),
    ("какая погода завтра? хлеба купи", shopping_answer("хлеб")),
    (
        "Расскажи сказку на ночь и напомни Ване почистить зубы",
        ("clarify", ("task.assignee_id",)),
    ),
    # the one called asked with "would you"
    (
        "Tom, would you please hoover the living room",
        task_answer("Hoover the living room", "u-tom"),
    ),
    ("Tom, would you clean the garage on Saturday", task_answer("Clean the garage", "u-tom")),
    # the speaker's own plan beside a request: no item, no part of the title
    (
        "Пете нужно завтра разобрать балкон, туда поставим коробки для сбора",
        task_answer("Разобрать балкон", "u-petya"),
    ),
    (
        "Маше разобрать игрушки в детской, половину отдадим",
        task_answer("Разобрать игрушки в детской", "u-masha"),
    ),
    ("после ночной куплю сам, запиши гречку и тушёнку", shopping_answer("гречка", "тушёнка")),
    ("запиши гречку, после ночной куплю сам", shopping_answer("гречка")),
    ("я куплю молоко, запиши только хлеб", shopping_answer("хлеб")),
    (
        "ребят, у нас закончилась туалетная бумага, закиньте в продукты, я завтра куплю",
        shopping_answer("туалетная бумага"),
    ),
    ("Дим, я добавлю... короче, Алиса, добавь в список зубочистки", shopping_answer("зубочистки")),
    (
        "Нужно помыть балкон в субботу. Я одна это делать не буду, сразу говорю",
        task_answer("Помыть балкон", "u-anna"),
    ),
    # the household's part under its heading
    (
        "по работе: декларации Сафиной и Ибрагимова до 15-го. по дому: картошка, морковь, свёкла",
        shopping_answer("картошка", "морковь", "свёкла"),
    ),
    ("work: finish the slides. home: milk, eggs", shopping_answer("milk", "eggs")),
    # the review's sentences, and our own
    ("Купи молоко, мама сказала Пете пить больше", shopping_answer("молоко")),
    ("Купи молоко, Петя хотел кашу варить", shopping_answer("молоко")),
    ("Купите кефир, доктор сказал Пете пить кефир на ночь", shopping_answer("кефир")),
    (
        "купи салфетки в класс 2 пачки, учительница просила всех принести",
        shopping_answer("салфетки в класс 2 пачки"),
    ),
    ("add eggs, grandma wants to bake pies this weekend", shopping_answer("eggs")),
    ("Buy flour, I'm planning to bake bread on Sunday", shopping_answer("flour")),
    ("Add lemons because Masha wants to make lemonade for the party", shopping_answer("lemons")),
    ("Прости, что отвлекаю, напомни Пете сделать уроки", task_answer("Сделать уроки", "u-petya")),
    ("Скажи, сколько сейчас времени, и добавь кефир", shopping_answer("кефир")),
    ("покажи список и добавь туда яблоки", shopping_answer("яблоки")),
    ("удали хлеб из списка и добавь батон", shopping_answer("батон")),
    ("check off the bread and add bagels instead", shopping_answer("bagels")),
    (
        "по работе: позвонить клиенту, отчёт; по дому: картошка, морковь",
        shopping_answer("картошка", "морковь"),
    ),
    ("work stuff: finish the report; home stuff: milk, bread", shopping_answer("milk", "bread")),
    ("put olive oil on the list, I want to try a new recipe tonight", shopping_answer("olive oil")),
    (
        "Petya needs to clean the garage, Tom wants to park the car there",
        task_answer("Clean the garage", "u-petya"),
    ),
    ("on my day off I'll do costco", ASKS_WHAT_IS_MEANT),
    ("Маша хочет попросить тебя купить ей собаку", ASKS_WHAT_IS_MEANT),
    ("купи курицу, Петя хочет плов варить", shopping_answer("курица")),
    # told, nobody asked (precision)
    ("мы обсуждали что надо бы поменять шторы, но пока денег нет", ASKS_WHAT_IS_MEANT),
    ("кефир вчера был просроченный пришлось выкинуть", ASKS_WHAT_IS_MEANT),
]

KEPT = [
    ("Петя обещал вынести мусор", ASKS_WHAT_IS_MEANT),
    ("мама сказала Пете убрать комнату", task_answer("Убрать комнату", "u-petya")),
    ("хотела бы попросить Петю вынести мусор", task_answer("Вынести мусор", "u-petya")),
    ("хотела бы попросить Петю купить кефир", task_answer("Купить кефир", "u-petya")),
    ("Петя, не забудь вынести мусор", task_answer("Вынести мусор", "u-petya")),
    ("Пете вынести мусор", task_answer("Вынести мусор", "u-petya")),
    ("врач рекомендовал Пете пить больше воды", ASKS_WHAT_IS_MEANT),
    (
        "Пете надо было сдать книги в библиотеку в прошлую пятницу, напомни",
        ("clarify", ("task.due",)),
    ),
    ("Петя, извинись перед Машей", ASKS_WHAT_IS_MEANT),
    ("on Friday, add milk to the list", shopping_answer("milk")),
    ("знаете ли вы, где молоко", ASKS_WHAT_IS_MEANT),
    ("видите ли вы Петю", ASKS_WHAT_IS_MEANT),
    ("понимаешь ли, купи хлеба", shopping_answer("хлеб")),
    ("отметь молоко", ASKS_WHAT_IS_MEANT),
    ("Отметьте, пожалуйста, что картофель куплен.", ASKS_WHAT_IS_MEANT),
    (
        (
            "Уважаемые родители! Просим добавить в список класса ваши контакты. С уважением, "
            "классный руководитель"
        ),
        ASKS_WHAT_IS_MEANT,
    ),
    ("best wishes for your birthday. Love, Sarah", ASKS_WHAT_IS_MEANT),
    ("наггетсы кончились кто их съел?? ну ладно добавь", shopping_answer("наггетсы")),
    ("какая погода завтра? молоко кончилось", ASKS_WHAT_IS_MEANT),
    ("tell me a joke and remind me to call mom", ASKS_WHAT_IS_MEANT),
    ("Какая погода будет завтра? Добавь молоко", shopping_answer("молоко")),
    ("я куплю молоко, а ты купи хлеб", ASKS_WHAT_IS_MEANT),
    ("ну и ладно, сама куплю", ASKS_WHAT_IS_MEANT),
    ("надо помыть посуду, я сама помою", ASKS_WHAT_IS_MEANT),
    ("я добавлю молоко в список", ASKS_WHAT_IS_MEANT),
    ("слышь, а добавь туда ещё кетчуп хайнц", shopping_answer("кетчуп хайнц")),
    ("Добавь туда же мандарины", shopping_answer("мандарины")),
    ("запиши туда молоко", shopping_answer("молоко")),
    ("Tom, would you like some tea", ASKS_WHAT_IS_MEANT),
    ("I would clean the garage but I am tired", ASKS_WHAT_IS_MEANT),
    ("Tom, will you feed the cat tonight", task_answer("Feed the cat", "u-tom")),
    ("по работе: отчёт. по дому: ничего", ASKS_WHAT_IS_MEANT),
    ("мы обсуждали ремонт по дому: решили подождать", ASKS_WHAT_IS_MEANT),
    ("по дому: картошка, морковь", shopping_answer("картошка", "морковь")),
    # the review's new error: one who asked is quoted, nobody asked here
    ("Tom asked, would you please hoover the living room, and I said later", ASKS_WHAT_IS_MEANT),
    ("Tom asked would you please hoover the living room", ASKS_WHAT_IS_MEANT),
    ("Masha said would you please feed the cat", ASKS_WHAT_IS_MEANT),
    (
        "Tom said, would you please fix the tap, so remind him tomorrow",
        ("clarify", ("task.title",)),
    ),
    ("Маша хочет сок яблочный купить надо", shopping_answer("сок яблочный")),
    ("Анна Сергеевна распорядилась приобрести кефир 1 л", shopping_answer("кефир")),
    ("Mum told Tom to clean his room, remind him tonight", task_answer("Clean his room", "u-tom")),
    ("Tom needs to clean the garage", task_answer("Clean the garage", "u-tom")),
    ("I want you to clean the garage", task_answer("Clean the garage", "u-anna")),
    ("скажи, сколько сейчас времени", ASKS_WHAT_IS_MEANT),
    ("прости, что так вышло", ASKS_WHAT_IS_MEANT),
    ("удали молоко из списка и хлеб тоже", ASKS_WHAT_IS_MEANT),
    ("take the sunscreen off groceries and put it on the pharmacy list", ASKS_WHAT_IS_MEANT),
    # a member's wish alone puts the chore on them (``test_in_domain``)
    ("Маша хочет помыть пол", task_answer("Помыть пол", "u-masha")),
    (
        "Masha wants to make lemonade for the party",
        task_answer("Make lemonade for the party", "u-masha"),
    ),
    ("find me a recipe for pancakes", ASKS_WHAT_IS_MEANT),
    ("купи молоко, расскажи анекдот", shopping_answer("молоко")),
]


@pytest.mark.parametrize(("text", "expected"), ACTED + KEPT)
def test_only_the_requests_made(text: str, expected: tuple[Any, ...]) -> None:
    assert answer_to(text, RULES_ALONE) == expected


def test_a_reasons_purchase_keeps_its_measure() -> None:
    text = (
        "Будьте добры, внесите в продукты шесть бутылок минеральной воды без газа — врач "
        "настоятельно рекомендовал Пете пить больше."
    )
    assert full_answer(text) == (
        "start_job",
        (("минеральная вода без газа", "6", "bottle", "l-groceries"),),
        (),
    )
