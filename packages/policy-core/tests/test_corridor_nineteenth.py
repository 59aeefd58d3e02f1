"""Issue #12, the open world (SPEC §4, row 3): the corridor's families read in round 19.
Requests the platform refuses that it asked about or acted on: a device's quantity added
("добавь тепла") or a song put in favourites, a setpoint without "degrees" ("set the bedroom
to 68"), money sent to a person for something or back, a sum put on a card, another
household's list named through kin ("бабушкин список", "my aunt Jo's list", "at their
place") or a Ukrainian surname, and bulk changes: a chore handed to everyone, all of a
kind under a standing word, a swap over all tasks, a rule set in so many words.

The last table holds what the review of round 19 found these rules refusing though it
asked or acted before them (a chore or a timer read as a setpoint, "за" with a thing sent,
a family helped, one thing handed on, a list with nothing added, a member's name after kin,
things in a container, a rule only mused about): each answers as before the round.

Each row is decided through ``decide()`` against the bilingual default household (Анна,
Петя, Маша, Tom); none is a golden sentence. Every refused row answered otherwise before
these rules; the kept rows are near misses whose answer must not change.
"""

from __future__ import annotations

from typing import Any

import pytest

from policy_core.testing import answer_to, shopping_answer, task_answer

DEVICE = ("reject", "device_control_not_supported")
PAYMENT = ("reject", "payment_not_supported")
FOREIGN = ("reject", "foreign_household")
BULK = ("reject", "bulk_operation_not_supported")
ASK = ("clarify", ("intent",))


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # a device's quantity added or taken away, a partitive after the verb
        ("добавь, пожалуйста, тепла в детской", DEVICE),
        ("добавь звука на телевизоре", DEVICE),
        ("добавь басов", DEVICE),
        # what plays, or "this" alone, put in favourites
        ("закинь этот трек в избранное", DEVICE),
        ("add this track to my favourites", DEVICE),
        ("add this to favorites", DEVICE),
        # a setpoint: a level verb, its object, a link and a thermostat's number
        ("set the bedroom to 68 tonight", DEVICE),
        ("set the living room to 21 please", DEVICE),
        ("bump the heating up to 70", DEVICE),
        ("turn the towel rail in the bathroom up to 30", DEVICE),
        ("поставь heated floor на 26", DEVICE),
        ("bump the heating down a few degrees", DEVICE),
        # a machine started or run by its name, a tale put on
        ("run the fountain pump for an hour", DEVICE),
        ("start the lawnmower in the back garden", DEVICE),
        ("запусти робот-газонокосилку", DEVICE),
        ("поставь сказку про колобка", DEVICE),
        ("put the Lakers game on the living room tv", DEVICE),
    ],
)
def test_device_control_said_as_adding_or_setting_is_refused(
    text: str, answer: tuple[Any, ...]
) -> None:
    assert answer_to(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("переведи Оле за интернет", PAYMENT),
        ("скинь Пете за пиццу", PAYMENT),
        ("переведи Маше 700 обратно", PAYMENT),
        ("переведи Пете 200 zł", PAYMENT),
        ("send Lucy 20 back", PAYMENT),
        ("refund the Smiths their deposit", PAYMENT),
        ("put ten dollars on the starbucks card", PAYMENT),
    ],
)
def test_money_sent_for_something_or_back_is_a_payment(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("запиши в бабушкин список муку", FOREIGN),
        ("поставь задачу семье Шевченко: забрать коляску", FOREIGN),
        ("put butter on my aunt Jo's shopping list", FOREIGN),
        ("put milk on the list at their place", FOREIGN),
        ("add bread to Sue next door's list", FOREIGN),
    ],
)
def test_another_households_list_named_through_kin_or_home_is_refused(
    text: str, answer: tuple[Any, ...]
) -> None:
    assert answer_to(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("назначь всю готовку на всех", BULK),
        ("раздай всем детям стирку на выходные", BULK),
        ("отныне все домашние дела пусть делает Маша", BULK),
        ("push all of Tom's chores to Monday", BULK),
        ("все кухонные задачи с Маши сними", BULK),
        ("archive everything on the hardware list", BULK),
        ("сделай так, чтобы Маша всегда кормила кота", BULK),
        ("поменяй местами Машу и Петю во всех задачах", BULK),
        ("swap Tom and Anna on all the chores", BULK),
        ("мусор и всё по даче теперь всегда на Петю", BULK),
        ("let's make it a rule: whoever cooks doesn't wash up", BULK),
        ("возьми за правило: посуду моет тот, кто не готовил", BULK),
    ],
)
def test_bulk_changes_and_rules_said_otherwise_are_refused(
    text: str, answer: tuple[Any, ...]
) -> None:
    assert answer_to(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # food added, a device bought, a list named: no quantity of a device
        ("добавь молока", shopping_answer("молоко")),
        ("добавь в список звук", shopping_answer("звук")),
        ("добавь громкоговоритель в список", shopping_answer("громкоговоритель")),
        ("купи яркую лампочку", shopping_answer("яркая лампочка")),
        ("купи газонокосилку", shopping_answer("газонокосилка")),
        ("buy a bike pump", shopping_answer("bike pump")),
        ("поставь книгу со сказками на полку", ASK),
        ("it's a few degrees warmer today, buy ice cream", shopping_answer("ice cream")),
        (
            "напомни Пете добавить песню в избранное",
            task_answer("Добавить песню в избранное", "u-petya"),
        ),
        # a member's list, the household's own home, a gift for kin
        ("добавь в Петин список молоко", ("clarify", ("item.list_id",))),
        ("add eggs to my husband Tom's list", ("clarify", ("item.list_id",))),
        ("купи маме молока", shopping_answer("молоко")),
        ("add milk to the list at home", shopping_answer("milk")),
        ("добавь семье Сидоровых хлеб", FOREIGN),
        ("add milk to the list at our house", shopping_answer("milk")),
        ("fix the door's hinge", task_answer("Fix the door's hinge", "u-anna")),
        # an hour, a count, a person: no setpoint
        ("поставь уборку на 18", ASK),
        ("поставь стирку на 18:30", ASK),
        ("поставь Пете будильник на 7", ASK),
        ("set the table for 6", task_answer("Set the table for 6", "u-anna")),
        ("put the kids to bed at 8", ASK),
        ("bump the garden clearout to 21", ASK),
        # translating, a thing given, a refund got, a card bought or listed: no money sent
        ("переведи на английский: молоко", ASK),
        ("переведи Оле текст на английский", ASK),
        ("отдай Пете за это книгу", ASK),
        ("переведи Пете за минуту этот абзац", ASK),
        ("put 2 pounds of apples in the bag", ASK),
        ("put the gift card on the list", shopping_answer("gift card")),
        ("add a birthday card for Gran", shopping_answer("birthday card")),
        # one chore, one task, things given out, a place told: nothing in bulk
        (
            "поменяй все лампочки в коридоре",
            task_answer("Поменяй все лампочки в коридоре", "u-anna"),
        ),
        ("поменяй Машу и Петю в задаче на завтра", ASK),
        ("назначь уборку на Петю", task_answer("Уборку", "u-petya")),
        ("назначь уборку на всех выходных", task_answer("Уборку на всех выходных", "u-anna")),
        ("напомни Пете про бабушкин список", task_answer("Бабушкин список", "u-petya")),
        ("раздай всем конфеты", ASK),
        ("теперь на Петю", ASK),
        ("ключи от машины всегда на Диме", ASK),
        ("напомни Пете, чтобы всегда мыл руки", task_answer("Всегда мыл руки", "u-petya")),
        ("put the plant on the shelf above the tv", ASK),
        ("put new batteries on the list for the tv remote", shopping_answer("new batteries")),
    ],
)
def test_near_misses_keep_their_answer(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text) == answer


# Round 19's review: sentences these rules refused though they asked or acted before them
# (each fails on 507ecd6), the reviewer's and our own phrasings of each cause.
@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # a setpoint's object headed by a chore, a word in Latin letters that is no device,
        # a timer, or a date after the number: no level set
        ("поставь уборку гостиной на 25", ASK),
        ("поставь мойку окон в спальне на 22", ASK),
        ("поставь уборку кухни на 20", ASK),
        ("поставь глажку в спальне на 19", ASK),
        ("поставь уборку в гостиной на 20 марта", task_answer("Уборку в гостиной", "u-anna")),
        ("bump the kitchen reno to 20 March", ASK),
        ("поставь meeting на 18", ASK),
        ("поставь Zoom на 19", ASK),
        ("поставь standup на 20", ASK),
        ("поставь brunch на 24", ASK),
        ("set the nursery timer to 30", ASK),
        ("set the timer in the nursery to 30", ASK),
        # "за" with no purpose paid for, or a thing sent or thrown after it: no payment
        ("скинь Маше за уроки ссылку", ASK),
        ("скинь Пете за завтра домашку", ASK),
        ("скинь Пете за вчера фотки", ASK),
        ("переведи Маше за меня", ASK),
        ("переведи Маше за неё", ASK),
        ("закинь Пете за шкаф коробку", task_answer("Закинь Пете за шкаф коробку", "u-anna")),
        ("закинь Маше за кровать подушку", task_answer("Закинь Маше за кровать подушку", "u-anna")),
        # warmth added into a dish, or brightness needed in a photo: no device
        ("добавь тепла в суп", ASK),
        ("добавь тепла в борщ", ASK),
        ("добавь холода в салат", ASK),
        # a family by its surname helped or brought something: no list of theirs
        ("напомни Пете помочь семье Шевченко", task_answer("Помочь семье Шевченко", "u-petya")),
        ("отнеси пирог семье Бондаренко", task_answer("Отнеси пирог семье Бондаренко", "u-anna")),
        (
            "напомни Маше отнести семье Ковальчук варенье",
            task_answer("Отнести семье Ковальчук варенье", "u-masha"),
        ),
        (
            "отнеси семье Петренко банку варенья",
            task_answer("Отнеси семье Петренко банку варенья", "u-anna"),
        ),
        ("отвези рассаду семье Петровых", task_answer("Отвези рассаду семье Петровых", "u-anna")),
        ("напомни Пете помочь семье Ивановых", task_answer("Помочь семье Ивановых", "u-petya")),
        # a verb before "теперь на Машу": one thing bought or handed on, no standing rule
        ("купи хлеб теперь на Машу", shopping_answer("хлеб")),
        ("купи молоко теперь на Петю", shopping_answer("молоко")),
        ("переназначь уборку теперь на Машу", ASK),
        ("перекинь стирку теперь на Петю", ASK),
        # the list at her house with nothing added to it
        (
            "remind Tom to pick up the list at her house",
            task_answer("Pick up the list at her house", "u-tom"),
        ),
        (
            "remind Tom to drop the list at their place",
            task_answer("Drop the list at their place", "u-tom"),
        ),
        (
            "Tom, drop off the list at her house",
            task_answer("Drop off the list at her house", "u-tom"),
        ),
        ("Tom, leave the list at her house", ASK),
        # a relative named with a member's name keeps her list here
        ("add milk to my brother Tom's list", ("clarify", ("item.list_id",))),
        ("add milk to my cousin Tom's list", ("clarify", ("item.list_id",))),
        ("put bread on my brother Tom's shopping list", ("clarify", ("item.list_id",))),
        # things placed in a container or at a spot: nothing in bulk
        ("swap all the items in the first aid kit", ASK),
        ("archive everything in the garage", ASK),
        ("push all items to the back of the fridge", ASK),
        ("archive all the items in the attic", ASK),
        ("push all the items to the front of the shelf", ASK),
        # a rule phrase inside a thought told: no rule set
        ("we should make it a rule to recycle", ASK),
        ("I want to make it a rule but not sure", ASK),
        ("maybe we should make it a rule", ASK),
        ("they make it a rule to call on Sundays", ASK),
    ],
)
def test_round_nineteen_overreach_answers_as_before(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text) == answer


# The review's family sentences these rules still missed: an English device quantity, a sum
# with its sign or a number put on a card, what plays said after "в избранное", a misspelt
# favourites, money sent to kin or to a name in Latin letters for something, a chore handed
# to everyone but one or in equal shares, "make this a rule", all of an English kind ("all the
# garden tasks") from now on; each fails on 507ecd6, the
# near misses keep their answer.
@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("add a little more brightness please", DEVICE),
        ("add some more volume", DEVICE),
        ("load $50 onto my transit card", PAYMENT),
        ("add 20 bucks to my metro card", PAYMENT),
        ("put 10 dollars on my lunch account", PAYMENT),
        ("добавь в избранное эту песню", DEVICE),
        ("добавь в избранное этот трек", DEVICE),
        ("add this song to my favorits", DEVICE),
        ("add this to my favs", DEVICE),
        ("переведи бабушке за лекарства", PAYMENT),
        ("скинь маме за продукты", PAYMENT),
        ("назначь готовку на всех кроме Пети", BULK),
        ("раздай стирку всем поровну", BULK),
        ("назначь всю уборку на всех плиз", BULK),
        ("make this a rule", BULK),
        ("all the garden tasks to Jack from now on", BULK),
        ("all the bathroom chores to Tom from now on", BULK),
        # near misses: a product named with the quantity's word, a fish, a thing sent to
        # kin, sweets given out, a rule mused about
        ("скинь папе за ужин фотки", ASK),
        ("раздай всем поровну конфеты", ASK),
        ("we should make this a rule", ASK),
        ("from now on all the garden tools to Jack", ASK),
        ("add brightness serum", shopping_answer("brightness serum")),
        ("add some bass", shopping_answer("bass")),
    ],
)
def test_round_nineteen_family_said_otherwise_is_refused(
    text: str, answer: tuple[Any, ...]
) -> None:
    assert answer_to(text) == answer
