"""Issue #12, sixteenth round (precision): the corridor and pasted text as the b16 authors
say them, each family written from a construction of the language:

* A purchase charged to a payment card (``_charged_to_a_card``): a link ("on", "to", "with",
  "using", "с" with the genitive, "на" with the accusative, or the bare Russian instrumental)
  before a card that is a payment card by its name ("Amex", "кредитка"), a qualifier
  ("credit", "банковской") or an owner ("dad's", "моей", "папиной"), an account with an
  owner, a financing scheme ("on credit", "в рассрочку"; "in", "в" only before one): a
  payment. A greeting,
  gift or loyalty card bought, a card holder, a card told of or in a member's reminder is
  none.
* A device told what to do (``_device_told``): a reminding, telling or asking verb whose
  addressee is a device (Russian in the dative, or the accusative before an infinitive;
  English past a determiner, then "to" or "that"): device control, not a member's task.
* A device kept in a state or kept out of somewhere (``_device_kept``): a keeping verb and a
  state ("оставь … включённым", "leave … on"), or a barring verb ("не пускай", "запрети",
  "don't let"), with the device its object or first in its clause. A negated keeping verb
  warns a person; a thing kept near a device ("у телевизора") keeps no device.
* A device called and given a programme with no verb (``_programme_given``): "пылесос,
  влажная уборка, кухня"; things named after a device called are a list.
* Another person's list by a pronoun and a relative (``_kin_of``): "список покупок моей
  мамы", "the list of my sister"; "наш", "our" may name a member.
* A standing rule for a member (``_framed_for_good``, ``_habit_set``): a causative or "let"
  frame opening the clause of a standing word, a member right after it and a chore after the
  member ("make Tom do … forever", "заставь Петю мыть … навсегда", "for good"); a start from
  which on ("from now on", "отныне", "с этого дня") and a member's household chore as a habit
  in its clause ("Tom does the dishes", "Петя выносит …"). A state or a motion ("Петя
  болеет", "Tom is away"), "for good" in another clause, a frame over no chore ("let Tom keep
  the bike for good") and a habit beside a request in another clause set none.
* A share of a sum transferred (``_share_after``): a transfer verb, then a share ("половину",
  "half", "his share") and what it pays for ("за", "for").
* A product label pasted in (``_pasted._is_label``): two sentences opening with a direction
  for use ("Apply …", "Нанести …", "Хранить …").

Each family is decided through ``decide()`` against the bilingual test household. No phrasing
is taken from golden.
"""

from __future__ import annotations

from typing import Any

import pytest

from policy_core.testing import answer_to as answer
from policy_core.testing import asks_intent, decide_text, reject_code
from policy_core.testing import shopping_answer as items
from policy_core.testing import task_answer as task

# The whole answer a row expects: a reject's code, a clarify's fields, or what a job proposes
# (the items' names and each task's title and doer), so a wrong action cannot pass as "not X".
Answer = tuple[Any, ...]
_ANNA, _PETYA, _MASHA, _TOM = "u-anna", "u-petya", "u-masha", "u-tom"
INTENT: Answer = ("clarify", ("intent",))


@pytest.mark.parametrize(
    "text",
    [
        "charge the new tyres to my credit card",
        "order a pizza and stick it on the company Amex",
        "get the trainers using Tom's debit card",
        "pop the shoes on my card please",
        "купи наушники с маминой кредитки",
        "закажи роллы моей банковской картой",
        "купи кроссовки с папиной карты",
        "оформи самокат на корпоративную карту",
        "put the takeaway on my tab",
        "buy a sofa on credit",
        "get the new fridge in 3 instalments",
        "купи телевизор в кредит",
        "возьми пылесос в рассрочку",
        "спиши с моего счёта за интернет",
        # review s11 finding 5: at whose expense, as "на мой счёт"
        "купи хлеб на мой счёт",
        "купи хлеб за мой счёт",
        "закажи пиццу за папин счёт",
        "возьми такси за мамин счёт",
        "купи наушники с карты мамы",
        "закажи суши с карты",
    ],
)
def test_a_purchase_charged_to_a_card_is_a_payment(text: str) -> None:
    assert reject_code(decide_text(text)) == "payment_not_supported"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("buy some flowers with a card for grandma", items("flowers with card")),
        ("add a birthday card to the list", items("birthday card")),
        ("add a credit card holder to the list", items("credit card holder")),
        ("pick up a gift card for Tom", items("gift card")),
        ("I put the groceries on my credit card yesterday", INTENT),
        (
            "remind Tom to put the deposit on his credit card",
            task("Put the deposit on his credit card", _TOM),
        ),
        ("купи открытку с котиком", items("открытка с котиком")),
        ("купи подарочную карту для Маши", items("подарочная карта")),
        ("купи чехол для кредитки", items("чехол для кредитки")),
        ("мы купили телевизор с папиной карты", INTENT),
        ("отметь на карте маршрут", INTENT),
        ("open the recipe in a new tab", INTENT),
        ("buy phone credit", items("phone credit")),
        ("напомни Пете про счёт", task("Счёт", _PETYA)),
        ("срисуй с карты маршрут", INTENT),
        ("купи торт с открыткой", items("торт с открыткой")),
        ("купи набор с картами", items("набор с картами")),
    ],
)
def test_a_card_that_pays_nothing_is_no_payment(text: str, expected: Answer) -> None:
    assert answer(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "remind the roomba to clean the kitchen",
        "tell the robot vacuum to do the hallway",
        "ask the dishwasher to start at midnight",
        "скажи роботу помыть пол в коридоре",
        "попроси робота пропылесосить спальню",
        "поручи роботу-пылесосу уборку в зале",
        "заставь робота помыть пол на кухне",
        "напомни, пожалуйста, пылесосу про гостиную",
        "напомни колонке включить будильник",
    ],
)
def test_a_device_told_what_to_do_is_device_control(text: str) -> None:
    assert reject_code(decide_text(text)) == "device_control_not_supported"


@pytest.mark.parametrize(
    "text",
    [
        "напомни Пете почистить пылесос",
        "напомни мне почистить фильтр пылесоса",
        "remind me to descale the kettle",
        "remind Tom to empty the roomba",
        "tell Tom to hoover the stairs",
        "попроси Петю пропылесосить",
        "напомни Свете забрать торт в пятницу",
    ],
)
def test_a_member_told_about_a_device_keeps_the_task(text: str) -> None:
    assert reject_code(decide_text(text)) is None


@pytest.mark.parametrize(
    "text",
    [
        "leave the porch light on all night",
        "keep the heating on",
        "оставь свет в коридоре включённым",
        "торшер в гостиной оставь включённым до утра",
        "оставь телевизор работать",
        "keep the roomba out of the nursery",
        "запрети роботу заезжать в спальню",
        "не пускай робота на кухню",
        "робот в ванную сегодня не пускай",
        "свет в прихожей пусть горит до утра",
        "пусть горит гирлянда на балконе",
        "leave on the porch light",
    ],
)
def test_a_device_kept_on_or_out_is_device_control(text: str) -> None:
    assert reject_code(decide_text(text)) == "device_control_not_supported"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("не оставляй свет включённым", INTENT),
        ("don't leave the lights on", INTENT),
        ("оставь ключи у телевизора", INTENT),
        ("не пускай детей к плите", INTENT),
        ("leave the keys by the kettle", INTENT),
        ("оставь суп на плите", INTENT),
        ("не пускай кота в спальню", INTENT),
        ("I left the lights on", INTENT),
        ("свет оставили включённым", INTENT),
        ("Режим проверки: доступ разрешён.", INTENT),
        ("пусть Петя оставит свет включённым", task("Оставить свет включённым", _PETYA)),
        ("leave the keys on the tv", INTENT),
        ("let Tom know the heating engineer comes Friday", INTENT),
        ("let the kids watch tv", INTENT),
    ],
)
def test_a_thing_kept_or_a_state_told_controls_no_device(text: str, expected: Answer) -> None:
    assert answer(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "стиралка, деликатная стирка, сорок градусов",
        "кондиционер, охлаждение, спальня",
        "робот, сухая уборка в прихожей",
        "dishwasher, eco programme",
        "washer, delicates cycle",
        "пылесос: влажная уборка в спальне",
        "кондиционер — обогрев",
        # review s11 finding 5: the English label form as the comma form
        "dishwasher: eco cycle",
        "washer — delicates cycle",
        "dryer: eco programme",
    ],
)
def test_a_device_given_a_programme_is_device_control(text: str) -> None:
    assert reject_code(decide_text(text)) == "device_control_not_supported"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("пылесос, мешки для уборки", INTENT),
        ("чайник, хлеб, молоко", items("чайник", "хлеб", "молоко")),
        ("пылесос, новый фильтр", INTENT),
        ("Робот-пылесос: уборка завершена, площадь 40 м²", INTENT),
        ("dishwasher: rinse aid and tablets", ("clarify", ("task.assignee_id",))),
    ],
)
def test_things_named_after_a_device_are_no_programme(text: str, expected: Answer) -> None:
    assert answer(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "запиши батарейки в список моего брата",
        "закинь шампунь в список её бабушки",
        "добавь гречку в список покупок твоей сестры",
        "add bread to the shopping list of my sister",
        "put eggs on the list of my grandma",
        "add milk to my mother-in-law's list",
        "put ham on the list of my boss",
        "добавь сок в список свёкра",
        "добавь хлеб в список моего кузена",
    ],
)
def test_a_relatives_list_by_a_pronoun_is_another_household(text: str) -> None:
    assert reject_code(decide_text(text)) == "foreign_household"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("добавь хлеб в мой список", items("хлеб")),
        ("добавь в мой список покупок для мамы кефир", items("кефир")),
        ("add milk to my list", items("milk")),
        ("напомни мне купить маме лекарства", task("Купить маме лекарства", _ANNA)),
        ("put the yoghurts on the list of my son", items("yoghurts")),
    ],
)
def test_an_own_list_or_a_purchase_for_a_relative_stays_home(text: str, expected: Answer) -> None:
    assert answer(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "have Tom feed the cat forever",
        "get Tom to walk the dog for good",
        "пусть Петя навсегда моет посуду",
        "заставь Петю мыть посуду всегда",
        "пусть Маша насовсем возьмёт на себя кота",
        "please make Tom water the plants permanently",
        "from now on Tom does the dishes",
        "from now on, Tom will walk the dog",
        "going forward Tom is in charge of the bins",
        "с этого дня Петя выносит мусор",
        "отныне посуду моет Маша",
        # the habit a household chore, the frame's verb one, or a charge taken
        "from now on, Tom hoovers the stairs",
        "from now on Tom takes the bins out",
        "from now on Tom has to cook dinner",
        "с этого дня Петя отвечает за мусор",
        "с этого дня Петя гуляет с собакой",
        "make Tom do the dishes for good",
        "make Tom responsible for the bins forever",
    ],
)
def test_a_member_made_to_do_a_chore_for_good_is_a_standing_rule(text: str) -> None:
    assert reject_code(decide_text(text)) == "bulk_operation_not_supported"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("have Tom feed the cat", task("Feed the cat", _TOM)),
        ("пусть Петя помоет посуду", task("Помыть посуду", _PETYA)),
        ("I'll love you forever", INTENT),
        ("every time Tom cooks he leaves a mess", INTENT),
        ("с завтрашнего дня ремонтируют лифт", INTENT),
        ("с завтрашнего дня отключат горячую воду", INTENT),
        ("from now on I'll buy oat milk", items("oat milk")),
        ("Петя выносит мусор", INTENT),
    ],
)
def test_a_frame_without_a_standing_word_is_no_rule(text: str, expected: Answer) -> None:
    assert answer(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # review s11 finding 1: a member's state or motion after a start is no rule, and a
        # request in another clause is read
        (
            "с завтрашнего дня Петя болеет, напомни Маше погулять с собакой",
            task("Погулять с собакой", _MASHA),
        ),
        ("from today Tom is away, so remind Анна to feed the cat", task("Feed the cat", _ANNA)),
        ("с завтрашнего дня Петя ходит в школу, купи ему рюкзак", items("рюкзак")),
        (
            "с этой недели Маша учится во вторую смену, напомни ей взять обед",
            task("Взять обед", _MASHA),
        ),
        (
            "from tomorrow Tom is sick, remind Lucy to walk the dog",
            ("clarify", ("task.assignee_id",)),
        ),
        ("from tomorrow, Tom is on holiday", INTENT),
        ("с этой недели Маша учится во вторую смену", INTENT),
        ("со следующей недели Маша работает в ночь, купи ей термос", items("термос")),
        (
            "starting tomorrow Tom works nights, so remind Анна to lock the door",
            task("Lock the door", _ANNA),
        ),
        ("отныне Маша спит в детской", INTENT),
        ("from today Tom is in hospital", INTENT),
        ("from tomorrow Tom takes the bus", INTENT),
        ("отныне Маша гуляет во дворе", INTENT),
        # a habit told beside a request: the request is asked about, never thrown away
        (
            "с завтрашнего дня Петя выносит мусор, напомни ему вечером",
            ("clarify", ("task.title",)),
        ),
    ],
)
def test_a_state_after_a_start_sets_no_rule(text: str, expected: Answer) -> None:
    assert answer(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # review s11 finding 2: "for good" in another clause, or a frame over no chore
        (
            "make Tom's birthday cake, he's leaving for good",
            task("Make Tom's birthday cake", _ANNA),
        ),
        ("let Tom keep the bike for good", INTENT),
        ("make Tom's lunch, he's off for good", task("Make Tom's lunch", _ANNA)),
        ("let Маша keep the kitten for good", INTENT),
        ("let Tom keep the old laptop forevermore", INTENT),
    ],
)
def test_for_good_outside_a_chore_frame_sets_no_rule(text: str, expected: Answer) -> None:
    assert answer(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "скинь Пете треть за интернет",
        "send Tom half for the electricity",
        "закинь Маше её долю за квартиру",
        "transfer Tom his share towards the boiler repair",
    ],
)
def test_a_share_of_a_sum_transferred_is_a_payment(text: str) -> None:
    assert reject_code(decide_text(text)) == "payment_not_supported"


@pytest.mark.parametrize(
    "text",
    [
        "отдай Маше половину пирога",
        "положи половину в морозилку",
        "give Tom half of the sandwich",
    ],
)
def test_a_share_of_food_is_no_payment(text: str) -> None:
    assert answer(text) == INTENT


@pytest.mark.parametrize(
    "text",
    [
        "Shake well before use. Avoid contact with eyes. Keep out of reach of children.",
        "Dilute one capful in a bucket of water. Discard any unused solution.",
        "Нанести тонким слоем на сухую поверхность. Хранить при температуре от 5 до 25 °C.",
        "Развести водой 1:10. Избегать попадания в глаза.",
    ],
)
def test_a_product_label_pasted_in_is_no_request(text: str) -> None:
    assert asks_intent(decide_text(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tom, apply the sealant in the bathroom tomorrow",
            task("Apply the sealant in the bathroom", _TOM),
        ),
    ],
)
def test_one_direction_is_no_label(text: str, expected: Answer) -> None:
    assert answer(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "добавь сыр в список нашей мамы",  # item "сыр нашей мамы": the owner stays in the name
        "добавь в список покупок моего мужа пиво",  # item "мой муж пиво", likewise
        "make Tom take the bins out tonight",  # the speaker's task "Make Tom …"
        "пусть Петя навсегда запомнит, где ключи",  # a wish read as Петя's task
    ],
)
def test_a_misreading_outside_these_families_is_no_rule_or_foreign_list(text: str) -> None:
    """These are read wrong for reasons outside this file's families (the same at e6da019:
    named in the comments); what this file's rules must not do is reject them."""
    assert answer(text)[0] != "reject"


def test_a_direction_beside_an_errand_is_no_label() -> None:
    # the errand before "and buy …" is dropped (as at e6da019), but nothing is a label
    assert answer("apply for the school place by Friday and buy milk")[0] == "start_job"
