"""Issue #12, round 35 (recall, the wording corpus): a household deed asked as a question or
hedged is read as the command it asks (``policy_core._deeds_asked``).

Each group is a construction of the language, not a sentence: a modal asked of the one spoken
to ("can/could/would/will you", "можешь/сможешь" before an infinitive), a Russian verb of the
2nd person future asked of whoever is called ("Света, помоешь посуду вечером?"), a deed asked
of someone unnamed ("could someone …", "кто-нибудь может …", "может кто-нибудь …"), a hedge
("было бы неплохо, если бы кто-нибудь …", "есть шанс, что …", "any chance …"),
and a Russian frame of leave or ease before an infinitive ("а можно в список ещё бананы
кинуть?", "могу я попросить добавить …?", "может добавить сахар?"). The one called first
is asked (a name no member bears asks who: ``task.assignee_id``), a word one calls a person
by ("love", "папа", "dad" said last) names no one, and a deed asked of someone is the
requester's to hand on, as the golden set reads "can someone …". The near misses are
questions of fact, abilities, musings and choices, and keep asking what is meant.

Decided through ``decide()`` against the bilingual default household (members Анна, Петя,
Маша, Tom), by the rules alone (the evidence gate off). Every row of the asked tables
clarified ``["intent"]`` before the round.
"""

from __future__ import annotations

from typing import Any

import pytest

from policy_core.testing import full_answer

ASK_INTENT = ("clarify", ("intent",))
ASK_WHO = ("clarify", ("task.assignee_id",))


def _task(title: str, assignee: str, due: str | None = None) -> tuple[Any, ...]:
    return ("start_job", (), ((title, f"u-{assignee}", due),))


def _items(*items: tuple[str, str | None, str | None]) -> tuple[Any, ...]:
    return ("start_job", tuple((*item, "l-groceries") for item in items), ())


TONIGHT = "2026-03-04T19:00:00+03:00"
TOMORROW = "2026-03-05"
TOMORROW_9 = "2026-03-05T09:00:00+03:00"
SATURDAY = "2026-03-07"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a modal and the one spoken to, past a greeting, a word one calls a person by
        (
            "love can you vacuum the living room before saturday",
            _task("Vacuum the living room", "anna", SATURDAY),
        ),
        (
            "hey gorgeous can you pick up my prescription tomorrow",
            _task("Pick up my prescription", "anna", TOMORROW),
        ),
        (
            "can you pick up my prescription tomorrow dad",
            _task("Pick up my prescription", "anna", TOMORROW),
        ),
        (
            "could u water the plants in the garden tomorrow morning",
            _task("Water the plants in the garden", "anna", TOMORROW_9),
        ),
        (
            "can you please change the sheets today, it's your turn",
            _task("Change the sheets", "anna", "2026-03-04"),
        ),
        (
            "hey, could you make a task to clear the moss off the patio",
            _task("Clear the moss off the patio", "anna"),
        ),
        # … the one called first: a name no member bears asks who (a member is asked, below)
        ("Emma, could you take the recycling out tonight?", ASK_WHO),
        ("Lucy can you unload the dishwasher after school", ASK_WHO),
        ("Kate could you pls iron the school shirt for tomorrow", ASK_WHO),
        ("Jack, sweetheart, could you take the bins out tonight", ASK_WHO),
        ("Sam mate could you fix the shower head before friday", ASK_WHO),
        ("Олег would you clean the garage в воскресенье?", ASK_WHO),
        # someone asked, with a modal, past a hedge
        (
            "hey could someone water the tomatoes tomorrow morning",
            _task("Water the tomatoes", "anna", TOMORROW_9),
        ),
        (
            "any chance someone could rake the leaves this weekend?",
            _task("Rake the leaves", "anna", SATURDAY),
        ),
        # round 35's review: a hedge of thinking or ability before the ask
        (
            "Tom, do you think you could call the plumber tomorrow?",
            _task("Call the plumber", "tom", TOMORROW),
        ),
        ("do you think you could add 3 cans of tomatoes", _items(("tomatoes", "3", "can"))),
        (
            "Tom, are you able to take the car for its MOT on monday?",
            _task("Take the car for its MOT", "tom", "2026-03-09"),
        ),
        (
            "is anyone able to water the plants tomorrow?",
            _task("Water the plants", "anna", TOMORROW),
        ),
    ],
)
def test_an_english_deed_asked_is_read_as_its_command(text: str, expected: tuple[Any, ...]) -> None:
    assert full_answer(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the 2nd person future, asked of whoever is called
        ("Света, помоешь посуду вечером?", ASK_WHO),
        ("Liam, вынесешь мусор в понедельник утром?", ASK_WHO),
        ("Kate, вынесешь trash сегодня? я поздно", ASK_WHO),
        ("Дим, ты же заберёшь Машу из садика в 6? я не успеваю", ASK_WHO),
        ("бабушке напомнишь завтра утром выпить таблетки?", ASK_WHO),
        (
            "папа, ты завтра выгуляешь собаку утром? я проспать хочу",
            _task("Выгулять собаку", "anna", TOMORROW_9),
        ),
        (
            "а добавишь лаваш, огурцы и курицу? шаверму сделаю",
            _items(("лаваш", None, None), ("огурцы", None, None), ("курица", None, None)),
        ),
        ("а хлеб купите кто-нибудь сегодня?", _items(("хлеб", None, None))),
        ("сделаешь задачу для Пети: подмести балкон?", _task("Подмести балкон", "petya")),
        # a modal before an infinitive, a when between
        ("Дима, ты сможешь завтра в 8 утра отвезти Машу в бассейн?", ASK_WHO),
        ("Ольга, а ты сможешь завтра полить цветы у мамы?", ASK_WHO),
        # someone asked
        ("кто-нибудь может сходить за хлебом?", _task("Сходить за хлебом", "anna")),
        ("может кто-нибудь выгулять собаку в 9?", _task("Выгулять собаку", "anna", TOMORROW_9)),
        (
            "кто-нибудь может поменять постельное бельё сегодня?",
            _task("Поменять постельное бельё", "anna", "2026-03-04"),
        ),
        # a hedge before someone or one named and the deed in the past or the future
        ("было бы неплохо, если бы кто-нибудь вынес мусор", _task("Вынести мусор", "anna")),
        (
            "было бы здорово, если бы Петя пропылесосил в детской до вечера",
            _task("Пропылесосить в детской", "petya", TONIGHT),
        ),
        (
            "есть шанс, что кто-то постирает шторы на выходных?",
            _task("Постирать шторы", "anna", SATURDAY),
        ),
        # a frame of leave or ease, a maybe before an adding verb
        ("а можно в список ещё бананы кинуть?", _items(("бананы", None, None))),
        (
            "могу я попросить добавить в список 2 кг картошки и лук?",
            _items(("картошка", "2", "kg"), ("лук", None, None)),
        ),
        ("а не сложно будет добавить бананы кило полтора", _items(("бананы", "1.5", "kg"))),
        ("может добавить сахар? а то на донышке осталось", _items(("сахар", None, None))),
        # round 35's review: a conditional modal, a frame of ease past the one spoken to,
        # "не … ли", a round trip, a hedge of "бы" before a past
        (
            "Маша, ты бы не могла сегодня погладить бельё?",
            _task("Погладить бельё", "masha", "2026-03-04"),
        ),
        ("Петя, ты не против вынести мусор?", _task("Вынести мусор", "petya")),
        ("Маша, а ты не хочешь убраться в комнате?", _task("Убраться в комнате", "masha")),
        ("Маша не помоешь ли ты ванну", _task("Помыть ванну", "masha")),
        ("Петя, а ты не сходишь завтра в аптеку?", _task("Сходить в аптеку", "petya", TOMORROW)),
        ("кто-нибудь сходит в субботу на рынок?", _task("Сходить на рынок", "anna", SATURDAY)),
        (
            "хорошо бы Петя убрал свою комнату до пятницы",
            _task("Убрать свою комнату", "petya", "2026-03-06"),
        ),
        ("хорошо бы кто-то сходил за продуктами", _task("Сходить за продуктами", "anna")),
    ],
)
def test_a_russian_deed_asked_is_read_as_its_command(text: str, expected: tuple[Any, ...]) -> None:
    assert full_answer(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # asked before the round, as they were
        ("Маша, помоешь посуду вечером?", _task("Помыть посуду", "masha", TONIGHT)),
        ("Tom, can you pick up the dry cleaning?", _task("Pick up the dry cleaning", "tom")),
        (
            "Tom, could you take the recycling out tonight?",
            _task("Take the recycling out", "tom", TONIGHT),
        ),
        ("Олег, возьмёшь кефира?", _items(("кефир", None, None))),
        # questions of fact, of the past, of who or when
        ("ты помыл посуду?", ASK_INTENT),
        ("Маша, ты помыла посуду?", ASK_INTENT),
        ("did you buy milk?", ASK_INTENT),
        ("who is walking the dog?", ASK_INTENT),
        ("что ты купишь на ужин?", ASK_INTENT),
        ("когда ты вынесешь мусор?", ASK_INTENT),
        ("ты завтра работаешь?", ASK_INTENT),
        ("Петя, ты придёшь завтра?", ASK_INTENT),
        ("кто-нибудь видел мои ключи?", ASK_INTENT),
        ("кто-нибудь знает где зарядка?", ASK_INTENT),
        ("есть шанс что будет дождь?", ASK_INTENT),
        ("any chance you saw my keys?", ASK_INTENT),
        # a choice, a confirmation, a plan of one's own, a rhetorical question
        ("ты купишь хлеб или мне?", ASK_INTENT),
        ("Дима, ты заберёшь Машу или я?", ASK_INTENT),
        ("Маша, ты же уберёшь в комнате, да?", ASK_INTENT),
        ("Петя, починишь себе велосипед?", ASK_INTENT),
        ("купишь ли ты когда-нибудь машину?", ASK_INTENT),
        # abilities, the mind, wishes, no deed named
        ("can you believe he ate it all?", ASK_INTENT),
        ("Lucy, can you believe it?", ASK_INTENT),
        ("can you hear me?", ASK_INTENT),
        ("will you be home tonight?", ASK_INTENT),
        ("would you like pizza tonight?", ASK_INTENT),
        ("Emma, would you like some tea?", ASK_INTENT),
        ("could someone tell me the wifi password?", ASK_INTENT),
        ("Маша, поможешь?", ASK_INTENT),
        ("Tom, would you mind?", ASK_INTENT),
        ("могу я попросить тебя об одолжении?", ASK_INTENT),
        ("не сложно будет объяснить?", ASK_INTENT),
        ("а можно я сам?", ASK_INTENT),
        ("вот бы кто-нибудь меня понял", ASK_INTENT),
        # a wish (the corpus's "вот бы кто-нибудь помыл посуду без напоминаний" is none)
        ("вот бы кто-нибудь помыл плиту", ASK_INTENT),
        # quoted, a purpose the app is asked to serve, a setting, an ability
        ('"Emma can you grab bread on your way" - that was Tom at 2pm', ASK_INTENT),
        ("> can you take the bins out tonight? 👍", ASK_INTENT),
        ("а можно как-то сделать, чтобы список видели все?", ASK_INTENT),
        ("Can you make the writing bigger? I can't read any of this.", ASK_INTENT),
        ("Would you be able to read tomorrow's tasks aloud?", ASK_INTENT),
        (
            "Купите мне шерсти для вязания, серой, мотков пять, буду внукам носки вязать.",
            ASK_INTENT,
        ),
        ("было бы здорово, если бы Петя наконец вырос", ASK_INTENT),
        # a musing of buying, a question of leave, a thing taken along
        ("может купить новый чайник", ASK_INTENT),
        ("можно ли замораживать творог?", ASK_INTENT),
        ("Liam, захватишь по пути домой шуруповерт?", ASK_INTENT),
        # a chore asked of no one called, a list edited, a thing bought no shop sells
        ("помоешь посуду?", ASK_INTENT),
        ("can you clear all the ticked stuff off the groceries list", ASK_INTENT),
        ("купишь гараж?", ASK_INTENT),
        ("Маша, погуляешь со мной?", ASK_INTENT),
        ("Петя, погладишь кота вечером?", ASK_INTENT),
        # round 35's review: leave asked, whether it happened, an exclamation, a wish
        ("можно мне погулять до девяти?", ASK_INTENT),
        ("а можно Маше сходить в кино вечером?", ASK_INTENT),
        ("можно нам завтра погулять с собакой подольше?", ASK_INTENT),
        ("можно не мыть посуду сегодня?", ASK_INTENT),
        ("есть шанс, что Петя вынес мусор?", ASK_INTENT),
        ("would you take a look at this mess", ASK_INTENT),
        ("кто-нибудь купит мне наконец собаку?", ASK_INTENT),
        ("Маша, не поможешь ли мне?", ASK_INTENT),
        ("Маша, ты могла помыть посуду?", ASK_INTENT),
        ("ты не купишь батареек. у меня пульт сел", ASK_INTENT),
        ("вы не против купить дом?", ASK_INTENT),
        # the corridor still refuses a device
        ("could you turn off the lights?", ("reject", "device_control_not_supported")),
    ],
)
def test_near_misses_keep_their_answer(text: str, expected: tuple[Any, ...]) -> None:
    assert full_answer(text) == expected
