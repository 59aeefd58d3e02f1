"""Issue #12, round 25: texts that carry someone else's words or a past story, not a request.

Read by ``policy_core._stories`` for both languages where the construction exists:

- a request told with what came of it: a deed someone asked, wanted or did (a quoted request
  after a verb of saying, a Russian infinitive after a past verb, an English one after a
  reporting verb and "to", an English past deed after its subject), then after a contrast a
  past verb, or after a mark a past verb of bringing or coming, or the same verb told done;
- a deed set in the past ("used to", "last time", "в прошлый раз", "раньше"), a habit told
  with "keep" and a gerund, a habit told with "always" or "usually" and a buying verb in the
  present (not a rule set from now on);
- a joke passed on under its name, a message copied from a chat (a copying label, a closing
  note, a sender and a chat in brackets, speakers' turns in brackets, a quoted line and an
  English reply that tells something), an e-mail's headers;
- a sender's reminder ("Напоминание от …:", "Reminder from …:"), the speaker reminding many
  ("напоминаю всем, что …"), a rule posted for everyone ("запрещается …").

Each is clarified while nothing is asked beside it; the near-misses below still act. Every row
is decided through ``decide()`` against the bilingual test household
(``policy_core.testing``); none is a golden or corpus sentence.
"""

from __future__ import annotations

from typing import Any

import pytest

from policy_core.testing import ASKS_WHAT_IS_MEANT, answer_to, shopping_answer, task_answer


@pytest.mark.parametrize(
    "text",
    [
        # a request told, then what came of it
        "просила Диму купить кефир, а он принёс ряженку",
        "хотел купить батарейки, но ларёк был закрыт",
        "я сказала «возьми сметану», а он пришёл с майонезом",
        "I asked him to get butter and he came back with margarine",
        "wanted to buy grapes but they were all mouldy",
        "I put oat milk on the list and he came back with soy milk",
        "dad asked Jack to fix the gate, Jack fixed it",
        "бабушка попросила Машу полить цветы, она полила",
        # a need reported, then what voids it
        "Петя сказал, что ему нужен циркуль, но потом нашёл свой",
        "Tom said we need bin bags, but he bought some yesterday",
        # reporting verbs of the list ("begged", "tried")
        "I begged him to buy oat milk and he came back with soy",
        "we tried to buy figs but they were mouldy",
        # a substitute bought after a contrast is what came of it
        "папа просил купить сыра, а я купила масло",
        # a deed set in the past, a habit with "keep"
        "we used to buy bagels from that bakery",
        "в прошлый раз мы забыли купить соль",
        "last time we forgot to buy foil",
        "my sister keeps telling me to buy a better kettle",
        "my dad keeps reminding me to buy cheese",
        "we used to buy it at the market",
        # a habit told
        "мы обычно покупаем мясо на рынке",
        "Петя всегда покупает не те батарейки",
        "we always get our bread at the corner bakery",
    ],
)
def test_a_story_told_is_no_request(text: str) -> None:
    assert answer_to(text) == ASKS_WHAT_IS_MEANT


@pytest.mark.parametrize(
    "text",
    [
        "смотри мем: «когда просишь купить яйца, а приносят киндеры»",
        "meme: when you ask for milk and get a cow",
        "прикол: когда просишь купить хлеб, а приносят чипсы",
        "анекдот: купи батон",
        "[прикол] когда просишь купить хлеб, а приносят торт",
        "joke: buy cheese",
        "— Мам, купишь чипсы? — Нет. — Почему? (из чата семьи)",
        "> buy more batteries\nthere are some in the drawer",
        # an adding verb inside the copied message, not the user's
        "скопировал из чата: Маша, добавь сыр",
        "[dad]: add eggs to the list [me]: ok",
        "add cheese and butter (copied from the family chat)",
        "скопировала из чата: Маша, забери посылку!!!",
        "скопировано из телеграма: нужен клей",
        "pasted from discord: who's buying the chips for tonight",
        "Lucy: can someone grab bin bags on the way (copied from the group chat)",
        "— Пап, купишь мороженое? — Посмотрим. — Ну купи! (из семейного чата)",
        "Оля (чат класса): принесите завтра краски",
        "[dad]: get eggs on the way back [me]: ok",
        "> we need more sponges\nthere's a pack in the cupboard",
        "> buy more dog food\nTom got some yesterday",
        "From: Tom. Subject: bbq. Please bring sausages and buns on Saturday.",
    ],
)
def test_someone_elses_words_are_no_request(text: str) -> None:
    assert answer_to(text) == ASKS_WHAT_IS_MEANT


@pytest.mark.parametrize(
    "text",
    [
        "Напоминание от автосервиса: ТО назначено на 20 марта",
        "Reminder from Sunny Dental: your check-up is on Friday at 4pm",
        "напоминаю всем, что в субботу собрание жильцов",
        "Категорически запрещается кормить собаку с рук",
        "Запрещается выносить мусор после 22:00",
    ],
)
def test_a_notice_to_many_is_no_request(text: str) -> None:
    assert answer_to(text) == ASKS_WHAT_IS_MEANT


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # reported speech is a request where nothing came of it, or where one is asked beside
        ("мама просила купить хлеба", shopping_answer("хлеб")),
        ("мама просила купить хлеба, а я забыла", shopping_answer("хлеб")),
        ("хотела купить творог, но забыла, запиши", shopping_answer("творог")),
        ("Kate asked me to get bread, add it", shopping_answer("bread")),
        ("I told Tom to buy eggs", shopping_answer("eggs")),
        ("we used to buy oat milk, get some again", shopping_answer("oat milk")),
        ("в прошлый раз взяли мало, купи два батона", shopping_answer("батоны")),
        ("> need milk\nadd it", shopping_answer("milk")),
        ("dad asked Jack to fix the gate", task_answer("Fix the gate", "u-anna")),
        ("бабушка попросила Машу полить цветы", task_answer("Полить цветы", "u-masha")),
        ("Маша сказала, что нужна тетрадь, но магазин был закрыт", shopping_answer("тетрадь")),
        ("Дима сказал, что нужна изолента", shopping_answer("изолента")),
        # what follows is news, not what came of the request
        ("Kate asked me to buy flowers, she got promoted", shopping_answer("flowers")),
        ("мама просила купить хлеба, она приехала с дачи", shopping_answer("хлеб")),
        ("напоминаю про хлеб", task_answer("Хлеб", "u-anna")),
        # a habit beside a request, a rule set from now on
        ("мы обычно покупаем мясо на рынке, купи там фарш", shopping_answer("мясо", "фарш")),
        ("we usually get 2 loaves, get the same", shopping_answer("loaves")),
        ("from now on we always buy oat milk", ("reject", "bulk_operation_not_supported")),
        # the speaker reminding a member, a rule a member is reminded of
        ("Петя, напоминаю тебе помыть посуду", task_answer("Помыть посуду", "u-petya")),
        (
            "напомни Пете, что запрещается кормить кота со стола",
            task_answer("Запрещается кормить кота со стола", "u-petya"),
        ),
    ],
)
def test_near_misses_keep_their_reading(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # the user's own adding verb after the copied message (review 25, A)
        ("скопировал из чата: возьми сыр. добавь в список", shopping_answer("сыр")),
        ("скопировал из чата: сыр, масло, добавь", shopping_answer("сыр", "масло")),
        ("Дима (чат дома): купите сыра. Добавь", shopping_answer("сыр")),
        ("[dad]: get eggs [me]: ok, add them", shopping_answer("eggs")),
        ("[папа]: купи яйца [я]: ок. Добавь яйца", shopping_answer("яйца")),
        # a copying note whose source is no chat: the user's own recipe or list (A)
        ("добавь сыр (скопировала из рецепта)", ("clarify", ("item.name",))),
        # another request after a contrast, the speaker kept away: no outcome (B)
        ("папа просил купить сыра, а Лена просила масла", shopping_answer("сыр")),
        ("папа просил купить сыра, но я был занят", shopping_answer("сыр")),
        ("папа просил купить сыра, но я был в командировке", shopping_answer("сыр")),
        # "keep" asked, no subject before it (D)
        ("please keep reminding me to buy cheese", shopping_answer("cheese")),
        ("keep reminding Tom to buy cheese", shopping_answer("cheese")),
        # a bare buying verb asking anew with no comma (E)
        ("we used to get cheddar get some again", shopping_answer("cheddar")),
        # a joke's name denied (F)
        ("no joke: buy cheese", shopping_answer("cheese")),
    ],
)
def test_a_request_beside_a_story_acts(text: str, answer: tuple[Any, ...]) -> None:
    assert answer_to(text) == answer


@pytest.mark.parametrize(
    ("text", "item"),
    [
        # another thing bought is news, not what came of the request (B)
        ("папа просил купить сыра, Маша купила масло", "сыр"),
        ("папа просил купить сыра и масла, масло я уже купил", "сыр"),
        # a plural imperative read first as a future (C)
        ("напоминаю всем, купите сыр", "сыр"),
        # a relayed ask, a suggestion beside a habit or a past (E, the "let's" guard)
        ("Mom always buys cheddar, ask her to get some", "cheddar"),
        ("we used to buy rye bread, let's get it again", "rye bread"),
    ],
)
def test_a_request_beside_a_story_buys_its_item(text: str, item: str) -> None:
    answer = answer_to(text)
    assert answer[0] in {"start_job", "confirm"}
    assert item in answer[1]


@pytest.mark.parametrize(
    "text",
    [
        # kin send a reminder as a member does, no organisation's notice (G)
        "Reminder from dad: cheese, butter",
        "Напоминание от дедушки: сыр и масло",
    ],
)
def test_a_reminder_from_kin_is_no_notice(text: str) -> None:
    assert answer_to(text)[0] == "start_job"


def test_the_speaker_reminding_many_to_buy_is_no_announcement() -> None:
    # (C) read as a request, not a notice: it acts
    assert answer_to("напоминаю всем взять сыр")[0] == "start_job"
